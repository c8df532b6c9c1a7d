#include "palettecontroller.h"

#include "actionbar.h"
#include "commandpalette.h"
#include "contextlistmodel.h"
#include "detailscontroller.h"
#include "detailspanel.h"
#include "kindnavigator.h"
#include "kindpanes.h"
#include "keyedrows.h"
#include "kindtreemodel.h"
#include "mainwindow.h"
#include "namespacescope.h"
#include "palettemodel.h"
#include "paletteobjects.h"
#include "tablefilterproxy.h"
#include "tablepane.h"

#include <QAction>
#include <QPushButton>
#include <QRegularExpression>

namespace Kaji::App {

using Models::PaletteEntry;

namespace {

QString objectKey(const Models::ObjectActions::Target &target)
{
    return target.namespaceName.isEmpty() ? target.name : target.namespaceName + u'/' + target.name;
}

} // namespace

PaletteController::PaletteController(Ui::MainWindow *window, Models::ContextListModel *contexts,
                                     Models::KindTreeModel *kinds, KindPanes *panes, NamespaceScope *namespaces,
                                     DetailsController *details, QObject *parent)
    : QObject(parent), m_window(window), m_contexts(contexts), m_kinds(kinds), m_panes(panes),
      m_namespaces(namespaces), m_details(details), m_model(new Models::PaletteModel(this)),
      m_palette(new Ui::CommandPalette(m_model, window))
{
    connect(window, &Ui::MainWindow::paletteRequested, this, &PaletteController::open);
    connect(m_palette, &Ui::CommandPalette::picked, this, &PaletteController::go);
}

void PaletteController::open()
{
    m_model->setEntries(gather());
    m_palette->popUp(m_window->centralWidget());
}

QList<PaletteEntry> PaletteController::gather() const
{
    QList<PaletteEntry> entries;
    addActions(entries);
    for (const Kube::ApiResource &resource : m_kinds->kinds()) {
        entries.append({PaletteEntry::Type::Kind, Models::KindTreeModel::displayName(resource),
                        resource.group.isEmpty() ? Models::PaletteModel::typeName(PaletteEntry::Type::Kind)
                                                 : resource.group,
                        resource.id(), QString()});
    }
    for (const QString &name : m_namespaces->known())
        entries.append({PaletteEntry::Type::Namespace, name, Models::PaletteModel::typeName(PaletteEntry::Type::Namespace),
                        QString(), name});
    for (int row = 0; row < m_contexts->rowCount(); ++row) {
        const QModelIndex index = m_contexts->index(row, 0);
        const QString name = index.data(Models::ContextListModel::NameRole).toString();
        entries.append({PaletteEntry::Type::Context, name,
                        Models::PaletteModel::typeName(PaletteEntry::Type::Context) + QStringLiteral(" · ")
                            + index.data(Models::ContextListModel::ServerRole).toString(),
                        QString(), name});
    }
    for (const QAction *action : m_window->commandActions()) {
        // The menu's words without the mnemonic: "Apply manifests…".
        QString label = action->text();
        label.remove(QRegularExpression(QStringLiteral(R"(\(&\w\)|&(?=\w))")));
        // Its key beside it, so the palette teaches the shortcut it stands in for.
        QString detail = Models::PaletteModel::typeName(PaletteEntry::Type::Command);
        if (!action->shortcut().isEmpty())
            detail += QStringLiteral(" · ") + action->shortcut().toString(QKeySequence::NativeText);
        entries.append({PaletteEntry::Type::Command, label, detail, QString(), action->objectName()});
    }
    addObjects(entries);
    return entries;
}

// What the details' action bar offers for the object it shows, first: the
// palette's way to edit, scale or follow the logs of what is selected. A
// refused action stays listed with the reason, as the bar's button does.
void PaletteController::addActions(QList<PaletteEntry> &entries) const
{
    const Ui::ActionBar *bar = m_window->detailsPanel()->actionBar();
    const Models::ObjectActions::Target &target = bar->target();
    if (target.name.isEmpty())
        return;
    const QString object = target.kind + u' ' + objectKey(target);
    for (const QPushButton *button : bar->offeredButtons()) {
        PaletteEntry entry{PaletteEntry::Type::Action, button->text(), object, target.resourceId,
                           button->objectName() + u'|' + objectKey(target)};
        entry.enabled = button->isEnabled();
        if (!entry.enabled)
            entry.detail = object + QStringLiteral(" · ") + button->toolTip();
        entries.append(entry);
    }
}

// The rows of every open table, whatever their filters: the palette finds
// what the filter hides, and going there shows it.
void PaletteController::addObjects(QList<PaletteEntry> &entries) const
{
    const QList<Kube::ApiResource> kinds = m_kinds->kinds();
    for (const QString &resourceId : m_panes->openKinds()) {
        const Ui::TablePane *pane = m_panes->tablePane(resourceId);
        if (!pane)
            continue;
        QString kindName = resourceId;
        for (const Kube::ApiResource &resource : kinds) {
            if (resource.id() == resourceId)
                kindName = resource.kind;
        }
        if (const auto *keyed = dynamic_cast<const Models::KeyedRows *>(pane->proxy()->sourceModel()))
            Models::appendObjectEntries(entries, keyed->rowKeys(), resourceId, kindName);
    }
}

void PaletteController::go(const PaletteEntry &entry)
{
    switch (entry.type) {
    case PaletteEntry::Type::Action:
    {
        // The bar may have moved on to another object since: its button is
        // pressed only while it still shows the object the entry named.
        const Ui::ActionBar *bar = m_window->detailsPanel()->actionBar();
        if (bar->target().resourceId != entry.resourceId
            || entry.key != entry.key.section(u'|', 0, 0) + u'|' + objectKey(bar->target()))
            break;
        for (QPushButton *button : bar->offeredButtons()) {
            if (button->objectName() == entry.key.section(u'|', 0, 0) && button->isEnabled())
                button->click();
        }
        break;
    }
    case PaletteEntry::Type::Kind:
        m_panes->open(entry.resourceId);
        m_window->kindNavigator()->selectKind(entry.resourceId);
        break;
    case PaletteEntry::Type::Namespace: m_namespaces->select({entry.key}); break;
    case PaletteEntry::Type::Context: m_window->selectContext(entry.key); break;
    case PaletteEntry::Type::Command:
        for (QAction *action : m_window->commandActions()) {
            if (action->objectName() == entry.key)
                action->trigger();
        }
        break;
    case PaletteEntry::Type::Object:
        for (const Kube::ApiResource &resource : m_kinds->kinds()) {
            if (resource.id() != entry.resourceId)
                continue;
            const qsizetype slash = entry.key.indexOf(u'/');
            // A namespace the tables hide now is added to what they show.
            if (slash >= 0 && !m_namespaces->selection().isEmpty()
                && !m_namespaces->selection().contains(entry.key.left(slash)))
                m_namespaces->select(m_namespaces->selection() + QStringList{entry.key.left(slash)});
            m_details->navigate({resource.kind, resource.group, slash < 0 ? QString() : entry.key.left(slash),
                                 slash < 0 ? entry.key : entry.key.mid(slash + 1), QStringLiteral("palette")});
            return;
        }
        break;
    }
}

} // namespace Kaji::App
