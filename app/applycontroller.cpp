#include "applycontroller.h"

#include "clusterconnection.h"
#include "edit/applywindow.h"
#include "edit/kindpicker.h"
#include "editcontroller.h"
#include "editor/applydraft.h"
#include "editor/applyrunner.h"
#include "editor/schemaprovider.h"
#include "editor/schematemplate.h"
#include "namespacescope.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include <memory>

namespace Kaji::App {

ApplyController::ApplyController(EditController *edits, NamespaceScope *namespaces, QWidget *windowParent,
                                 QObject *parent)
    : QObject(parent), m_edits(edits), m_namespaces(namespaces), m_windowParent(windowParent),
      m_draftDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"))
{
}

ApplyController::~ApplyController()
{
    for (const QPointer<Ui::ApplyWindow> &window : std::as_const(m_windows))
        delete window.data();
}

void ApplyController::setConnection(Kube::ClusterConnection *connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    if (connection)
        offerDraft();
}

QString ApplyController::contextName() const
{
    return m_connection ? m_connection->config().contextName : QString();
}

QString ApplyController::currentNamespace() const
{
    // One namespace picked in the tables is where the user works; else the
    // context's own.
    const QStringList picked = m_namespaces ? m_namespaces->selection() : QStringList();
    if (picked.size() == 1)
        return picked.first();
    return m_connection ? m_connection->config().namespaceName : QString();
}

Ui::ApplyWindow *ApplyController::window() const
{
    return m_windows.value(contextName()).data();
}

Ui::ApplyWindow *ApplyController::openWindow()
{
    if (!m_connection)
        return nullptr;
    if (Ui::ApplyWindow *existing = window()) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    Ui::ApplyWindow::Setup setup;
    setup.runner = new Models::ApplyRunner(m_connection->config());
    setup.schemas = m_edits->schemas();
    setup.drafts = Models::DraftStore(m_draftDirectory);
    setup.draft = Models::ApplyDraft::forContext(contextName());
    setup.namespaceName = currentNamespace();
    if (const auto draft = Models::ApplyDraft::find(setup.drafts, contextName())) {
        setup.text = draft->editedText;
        setup.draft.savedAt = draft->savedAt;
        setup.restored = true;
    }
    auto *window = new Ui::ApplyWindow(std::move(setup), m_windowParent);
    m_windows.insert(contextName(), window);
    window->show();
    Q_EMIT windowOpened(window);
    return window;
}

void ApplyController::offerDraft()
{
    if (!m_connection || window())
        return;
    const auto draft = Models::ApplyDraft::find(Models::DraftStore(m_draftDirectory), contextName());
    if (!draft)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unapplied manifests"),
                                tr("You have manifest text for %1 that was not applied, from %2.")
                                    .arg(contextName(), QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)),
                                QMessageBox::NoButton, m_windowParent);
    box->setObjectName(QStringLiteral("applyDraftRecovery"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(tr("Open it"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("Discard it"), QMessageBox::DestructiveRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    const QString context = contextName();
    connect(box, &QMessageBox::buttonClicked, this, [this, open, discard, context, draft](QAbstractButton *clicked) {
        if (context != contextName())
            return;
        if (clicked == open)
            openWindow();
        else if (clicked == discard)
            Models::DraftStore(m_draftDirectory).discard(*draft);
    });
    box->open();
}

void ApplyController::newResource()
{
    if (!m_connection)
        return;
    Ui::KindPicker picker(m_connection->resources(), window() ? static_cast<QWidget *>(window()) : m_windowParent);
    if (picker.exec() != QDialog::Accepted)
        return;
    if (const auto kind = picker.chosen())
        addTemplate(*kind);
}

void ApplyController::addTemplate(const Kube::ApiResource &resource)
{
    Models::SchemaProvider *schemas = m_edits->schemas();
    if (!m_connection || !schemas)
        return;
    const Models::GroupVersionKind gvk{resource.group, resource.version, resource.kind};
    const QString path = gvk.documentPath();
    const QString name = QStringLiteral("new-%1").arg(resource.kind.toLower());
    const QString ns = resource.namespaced ? currentNamespace() : QString();
    if (const Models::SchemaSetPtr set = schemas->schemas(path)) {
        templateReady(resource, Models::SchemaTemplate::yaml(*set, gvk, name, ns), {});
        return;
    }
    // Loading: the first answer for this group-version makes the template.
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto done = [connections] {
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            QObject::disconnect(c);
    };
    connections->append(connect(schemas, &Models::SchemaProvider::schemaReady, this,
                                [=, this](const QString &loaded, const Models::SchemaSetPtr &set) {
                                    if (loaded != path)
                                        return;
                                    done();
                                    templateReady(resource, Models::SchemaTemplate::yaml(*set, gvk, name, ns), {});
                                }));
    connections->append(connect(schemas, &Models::SchemaProvider::schemaFailed, this,
                                [=, this](const QString &failed, const QString &why) {
                                    if (failed != path)
                                        return;
                                    done();
                                    // Still something to start from: the
                                    // object's identity without its fields.
                                    QString text = QStringLiteral("apiVersion: %1\nkind: %2\nmetadata:\n  name: %3\n")
                                                       .arg(gvk.apiVersion(), gvk.kind, name);
                                    if (!ns.isEmpty())
                                        text += QStringLiteral("  namespace: %1\n").arg(ns);
                                    templateReady(resource, text, why);
                                }));
}

void ApplyController::templateReady(const Kube::ApiResource &resource, const QString &text, const QString &problem)
{
    Ui::ApplyWindow *target = openWindow();
    if (!target)
        return;
    target->addDocument(text);
    if (!problem.isEmpty())
        target->showNote(tr("The schema of %1 could not be read (%2): the template has only its apiVersion, kind and "
                            "name.")
                             .arg(resource.kind, problem));
    Q_EMIT templateAdded(target);
}

} // namespace Kaji::App
