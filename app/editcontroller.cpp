#include "editcontroller.h"

#include "clusterconnection.h"
#include "edit/editorwindow.h"
#include "editor/applydraft.h"
#include "editor/draftstore.h"
#include "editor/editabletext.h"
#include "editor/editsession.h"
#include "editor/objectwatch.h"
#include "editor/schemaprovider.h"
#include "kindtreemodel.h"
#include "openapiloader.h"
#include "yamlreader.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace Kaji::App {
namespace {

std::optional<Kube::ApiResource> resourceById(const QList<Kube::ApiResource> &kinds, const QString &id)
{
    for (const Kube::ApiResource &r : kinds) {
        if (r.id() == id)
            return r;
    }
    return std::nullopt;
}

std::optional<Kube::ApiResource> resourceOfDraft(const QList<Kube::ApiResource> &kinds, const Models::Draft &draft)
{
    const QString group = draft.apiVersion.contains(u'/') ? draft.apiVersion.section(u'/', 0, 0) : QString();
    for (const Kube::ApiResource &r : kinds) {
        if (r.group == group && r.kind == draft.kind && (draft.resource.isEmpty() || r.resource == draft.resource))
            return r;
    }
    return std::nullopt;
}

QString defaultDraftDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

} // namespace

EditController::EditController(Models::KindTreeModel *kinds, QWidget *windowParent, QObject *parent)
    : QObject(parent)
    , m_kinds(kinds)
    , m_windowParent(windowParent)
    , m_draftDirectory(defaultDraftDirectory())
{
    // Drafts need the served kinds to find their objects: offered once
    // discovery has answered for the connection.
    connect(m_kinds, &QAbstractItemModel::modelReset, this, [this] {
        if (m_connection && !m_offered && !m_kinds->kinds().isEmpty())
            offerDrafts();
    });
}

EditController::~EditController()
{
    for (const QPointer<Ui::EditorWindow> &window : std::as_const(m_windows))
        delete window.data();
}

void EditController::setConnection(Kube::ClusterConnection *connection)
{
    if (connection == m_connection)
        return;
    delete m_schemas;
    m_schemas = nullptr;
    m_connection = connection;
    m_offered = false;
    if (connection) {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/openapi");
        m_schemas = new Models::SchemaProvider(Kube::OpenApiLoader::fetchFrom(connection, this), cache, this);
        if (!m_kinds->kinds().isEmpty())
            offerDrafts();
    }
}

QString EditController::contextName() const
{
    return m_connection ? m_connection->config().contextName : QString();
}

QString EditController::keyOf(const Models::ObjectActions::Target &target)
{
    return target.resourceId + u'/' + target.namespaceName + u'/' + target.name;
}

Ui::EditorWindow *EditController::window(const Models::ObjectActions::Target &target) const
{
    return m_windows.value(keyOf(target)).data();
}

void EditController::open(const Models::ObjectActions::Target &target)
{
    if (Ui::EditorWindow *existing = window(target)) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    const Models::DraftStore drafts(m_draftDirectory);
    const auto resource = resourceById(m_kinds->kinds(), target.resourceId);
    std::optional<Models::Draft> draft;
    if (resource) {
        const QString apiVersion = resource->group.isEmpty() ? resource->version : resource->group + u'/' + resource->version;
        draft = drafts.find(contextName(), apiVersion, target.kind, target.namespaceName, target.name);
    }
    openObject(target, draft ? draft->editedText : QString(), draft ? &*draft : nullptr);
}

void EditController::openObject(
    const Models::ObjectActions::Target &target, const QString &restoredText, const Models::Draft *draft)
{
    const auto resource = resourceById(m_kinds->kinds(), target.resourceId);
    if (!m_connection || !resource) {
        Q_EMIT openFailed(target, tr("not connected"));
        return;
    }
    const QByteArray path
        = resource->collectionPath(target.namespaceName) + '/' + QUrl::toPercentEncoding(target.name);
    const std::optional<Models::Draft> kept = draft ? std::optional<Models::Draft>(*draft) : std::nullopt;
    m_connection->operate(
        [path](Kube::ResourceOperations &operations, Kube::ApiClient::ResultHandler done) {
            operations.get(path, std::move(done));
        },
        this, [this, target, restoredText, kept](const Kube::ApiResult &result) {
            if (result.ok()) {
                opened(target, result.body, restoredText, kept ? &*kept : nullptr);
            } else if (result.status == 404 && kept) {
                // Gone meanwhile: edit from the draft's base; saving then
                // offers to create it from the edits.
                opened(target, Kube::YamlReader::read(kept->shownText.toUtf8()).value, restoredText, &*kept);
            } else {
                Q_EMIT openFailed(target, result.error);
            }
        });
}

void EditController::opened(const Models::ObjectActions::Target &target, const nlohmann::json &object,
    const QString &restoredText, const Models::Draft *draft)
{
    const auto resource = resourceById(m_kinds->kinds(), target.resourceId);
    if (!resource || !m_connection || window(target))
        return;
    QPointer<Kube::ClusterConnection> connection = m_connection;
    const Models::EditSession::Runner runner
        = [connection](Models::EditSession::Work work, QObject *receiver, Models::EditSession::ResultHandler onResult) {
              if (connection)
                  connection->operate(std::move(work), receiver, std::move(onResult));
          };
    Ui::EditorWindow::Setup setup;
    setup.session = new Models::EditSession(runner, *resource, Models::EditableText::fromObject(object));
    setup.schemas = m_schemas;
    // The object stays in view while it is edited: news from the server
    // come to the window's banner.
    setup.watch = new Models::ObjectWatch(runner, *resource);
    setup.drafts = Models::DraftStore(m_draftDirectory);
    setup.draft.context = contextName();
    setup.draft.apiVersion = resource->group.isEmpty() ? resource->version : resource->group + u'/' + resource->version;
    setup.draft.kind = target.kind.isEmpty() ? resource->kind : target.kind;
    setup.draft.resource = resource->resource;
    setup.draft.namespaceName = target.namespaceName;
    setup.draft.name = target.name;
    if (draft)
        setup.draft.savedAt = draft->savedAt;
    setup.restoredText = restoredText;
    auto *window = new Ui::EditorWindow(std::move(setup), m_windowParent);
    m_windows.insert(keyOf(target), window);
    window->show();
    Q_EMIT windowOpened(window);
}

void EditController::offerDrafts()
{
    if (!m_connection)
        return;
    m_offered = true;
    QList<Models::Draft> drafts;
    for (const Models::Draft &draft : Models::DraftStore(m_draftDirectory).list()) {
        // The apply window's text is offered by the apply window.
        if (draft.context == contextName() && !Models::ApplyDraft::is(draft))
            drafts.append(draft);
    }
    if (drafts.isEmpty())
        return;
    QStringList names;
    for (const Models::Draft &draft : std::as_const(drafts))
        names.append(QStringLiteral("%1 %2").arg(draft.kind,
            draft.namespaceName.isEmpty() ? draft.name : draft.namespaceName + u'/' + draft.name));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved edits"),
        tr("You have %n unsaved edit(s) in %1 from an earlier session:", nullptr, int(drafts.size()))
                .arg(contextName())
            + u'\n' + names.join(u'\n'),
        QMessageBox::NoButton, m_windowParent);
    box->setObjectName(QStringLiteral("draftRecovery"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(tr("Open them"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("draftOpen"));
    QPushButton *discard = box->addButton(tr("Discard them"), QMessageBox::DestructiveRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, open, discard, drafts](QAbstractButton *clicked) {
        Models::DraftStore store(m_draftDirectory);
        for (const Models::Draft &draft : drafts) {
            if (clicked == discard) {
                store.discard(draft);
            } else if (clicked == open) {
                const auto resource = resourceOfDraft(m_kinds->kinds(), draft);
                if (!resource)
                    continue;
                const Models::ObjectActions::Target target { resource->id(), draft.kind, draft.namespaceName,
                    draft.name, 0, false };
                openObject(target, draft.editedText, &draft);
            }
        }
    });
    box->open();
}

} // namespace Kaji::App
