#include "actionbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace Kaji::Ui {

using Action = Models::ObjectActions::Action;

namespace {

bool hasLogs(const QString &kind)
{
    static const QStringList kinds = {QStringLiteral("Pod"), QStringLiteral("Deployment"), QStringLiteral("StatefulSet"),
                                      QStringLiteral("DaemonSet"), QStringLiteral("ReplicaSet"), QStringLiteral("Job"),
                                      QStringLiteral("Service")};
    return kinds.contains(kind);
}

bool canForward(const QString &kind)
{
    static const QStringList kinds = {QStringLiteral("Pod"), QStringLiteral("Deployment"), QStringLiteral("StatefulSet"),
                                      QStringLiteral("ReplicaSet"), QStringLiteral("Service")};
    return kinds.contains(kind);
}

} // namespace

ActionBar::ActionBar(QWidget *parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this)), m_status(new QLabel(this)), m_logs(new QPushButton(this)),
      m_forward(new QPushButton(this))
{
    m_logs->setObjectName(QStringLiteral("showLogs"));
    m_forward->setObjectName(QStringLiteral("portForward"));
    m_logs->hide();
    m_forward->hide();
    connect(m_logs, &QPushButton::clicked, this, [this] { Q_EMIT logsRequested(m_target); });
    connect(m_forward, &QPushButton::clicked, this, [this] { Q_EMIT portForwardRequested(m_target); });
    setObjectName(QStringLiteral("actionBar"));
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_status->setWordWrap(true);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_logs);
    m_layout->addWidget(m_forward);
    m_layout->addStretch(1);
    m_layout->addWidget(m_status, 2);
    retranslate();
}

void ActionBar::setActions(Models::ObjectActions *actions)
{
    m_actions = actions;
    connect(actions, &Models::ObjectActions::permissionChecked, this,
            [this](const Models::ObjectActions::Target &target, Action action, bool allowed, const QString &reason) {
                QPushButton *b = m_buttons.value(int(action));
                if (!b || !(target == m_target))
                    return;
                b->setEnabled(allowed);
                b->setToolTip(allowed ? QString() : tr("Not allowed: %1").arg(reason));
            });
    connect(actions, &Models::ObjectActions::finished, this,
            [this](const Models::ObjectActions::Target &target, Action action, bool ok, const QString &message) {
                if (!(target == m_target))
                    return;
                m_status->setText(ok ? tr("%1: done.").arg(label(action)) : tr("%1 failed: %2").arg(label(action), message));
            });
}

void ActionBar::setTarget(const Models::ObjectActions::Target &target)
{
    m_target = target;
    m_status->clear();
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_logs->setVisible(hasLogs(target.kind));
    m_forward->setVisible(canForward(target.kind));
    int position = 0;
    for (const Action action : Models::ObjectActions::applicable(target)) {
        auto *b = new QPushButton(label(action), this);
        b->setObjectName(QStringLiteral("action%1").arg(int(action)));
        b->setEnabled(false);
        b->setToolTip(tr("Checking your permissions…"));
        connect(b, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_layout->insertWidget(position++, b);
        m_buttons.insert(int(action), b);
        if (m_actions)
            m_actions->checkPermission(target, action);
    }
}

QList<QPushButton *> ActionBar::offeredButtons() const
{
    QList<QPushButton *> buttons;
    for (int i = 0; i < m_layout->count(); ++i) {
        auto *button = qobject_cast<QPushButton *>(m_layout->itemAt(i)->widget());
        if (button && !button->isHidden())
            buttons.append(button);
    }
    return buttons;
}

QString ActionBar::statusText() const
{
    return m_status->text();
}

QString ActionBar::label(Action action) const
{
    switch (action) {
    case Action::Scale: return tr("Scale…");
    case Action::Restart: return tr("Restart");
    case Action::Delete: return tr("Delete…");
    case Action::Cordon: return tr("Cordon");
    case Action::Uncordon: return tr("Uncordon");
    case Action::Edit: return tr("Edit…");
    }
    return {};
}

void ActionBar::trigger(Action action)
{
    if (!m_actions)
        return;
    const QString object = m_target.namespaceName.isEmpty() ? m_target.name : m_target.namespaceName + u'/' + m_target.name;
    int replicas = 0;
    switch (action) {
    case Action::Scale: {
        bool ok = false;
        replicas = QInputDialog::getInt(this, tr("Scale %1").arg(object), tr("Replicas:"), m_target.replicas, 0, 10000, 1, &ok);
        if (!ok)
            return;
        break;
    }
    case Action::Restart:
        if (QMessageBox::question(this, tr("Restart %1").arg(object),
                                  tr("Replace every pod of %1 %2, one after another?").arg(m_target.kind, object))
            != QMessageBox::Yes)
            return;
        break;
    case Action::Delete:
        if (QMessageBox::warning(this, tr("Delete %1").arg(object), tr("Delete %1 %2? This cannot be undone.").arg(m_target.kind, object),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
        break;
    case Action::Cordon:
    case Action::Uncordon: break;
    case Action::Edit:
        // The editor opens elsewhere (a window of its own): nothing runs here.
        Q_EMIT editRequested(m_target);
        return;
    }
    m_status->setText(tr("%1: working…").arg(label(action)));
    m_actions->perform(m_target, action, replicas);
}

void ActionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ActionBar::retranslate()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setText(label(Action(it.key())));
    m_logs->setText(tr("Logs"));
    m_forward->setText(tr("Port forward…"));
}

} // namespace Kaji::Ui
