#include "rowmenu.h"

#include "actionbar.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace Kaji::Ui {

RowMenu::RowMenu(ActionBar *bar, const QString &key, QWidget *parent)
    : QMenu(parent), m_bar(bar), m_key(key), m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("rowMenu"));
    setToolTipsVisible(true);
    setAttribute(Qt::WA_DeleteOnClose);
    m_pending = addAction(tr("Checking what you may do…"));
    m_pending->setEnabled(false);
    m_separator = addSeparator();
    const QString name = key.section(u'/', -1);
    QAction *copyName = addAction(tr("Copy name"), this, [name] { QGuiApplication::clipboard()->setText(name); });
    copyName->setObjectName(QStringLiteral("copyName"));
    if (key.contains(u'/')) {
        const QString ns = key.section(u'/', 0, 0);
        addAction(tr("Copy namespace/name"), this, [key] { QGuiApplication::clipboard()->setText(key); });
        addAction(tr("Copy as kubectl -n %1 …").arg(ns), this,
                  [ns, name] { QGuiApplication::clipboard()->setText(QStringLiteral("-n %1 %2").arg(ns, name)); });
    }
    connect(m_poll, &QTimer::timeout, this, &RowMenu::sync);
    m_poll->start(100);
    sync();
}

bool RowMenu::barShowsRow() const
{
    const auto &target = m_bar->target();
    const QString shown = target.namespaceName.isEmpty() ? target.name : target.namespaceName + u'/' + target.name;
    return !target.name.isEmpty() && shown == m_key;
}

void RowMenu::sync()
{
    if (!barShowsRow())
        return; // the row's details are still being fetched
    // Looking before changing: logs, port forward and terminals first, then the
    // writes, in the bar's order.
    QList<QPushButton *> buttons = m_bar->offeredButtons();
    static const QStringList terminals = {QStringLiteral("openShell"), QStringLiteral("attachContainer"),
                                          QStringLiteral("runCommand")};
    std::stable_partition(buttons.begin(), buttons.end(), [this](QPushButton *button) {
        return button == m_bar->logsButton() || button == m_bar->forwardButton()
               || terminals.contains(button->objectName());
    });
    if (m_mirrored.size() != buttons.size()) {
        qDeleteAll(m_mirrored);
        m_mirrored.clear();
        for (QPushButton *button : buttons) {
            auto *action = new QAction(button->text(), this);
            action->setObjectName(button->objectName());
            connect(action, &QAction::triggered, button, &QPushButton::click);
            insertAction(m_pending, action);
            m_mirrored.append(action);
        }
        m_pending->setVisible(false);
        m_separator->setVisible(!buttons.isEmpty());
    }
    // Permissions answer after the menu opened: follow the bar.
    for (int i = 0; i < buttons.size(); ++i) {
        m_mirrored[i]->setEnabled(buttons[i]->isEnabled());
        m_mirrored[i]->setToolTip(buttons[i]->toolTip());
        m_mirrored[i]->setText(buttons[i]->text());
    }
}

} // namespace Kaji::Ui
