#include "actionbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QVBoxLayout>
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
    : QWidget(parent), m_layout(new QHBoxLayout), m_terminalRow(new QHBoxLayout), m_status(new QLabel(this)),
      m_logs(new QPushButton(this)), m_forward(new QPushButton(this)), m_shell(new QPushButton(this)),
      m_attach(new QPushButton(this)), m_run(new QPushButton(this))
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(m_layout);
    rows->addLayout(m_terminalRow);
    const std::pair<QPushButton *, void (ActionBar::*)(const Models::ObjectActions::Target &)> terminals[] = {
        {m_shell, &ActionBar::shellRequested}, {m_attach, &ActionBar::attachRequested}, {m_run, &ActionBar::runCommandRequested}};
    for (const auto &[button, signal] : terminals) {
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, signal] { Q_EMIT(this->*signal)(m_target); });
        m_terminalRow->addWidget(button);
    }
    m_terminalRow->addStretch(1);
    m_shell->setObjectName(QStringLiteral("openShell"));
    m_attach->setObjectName(QStringLiteral("attachContainer"));
    m_run->setObjectName(QStringLiteral("runCommand"));
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
    const bool pod = target.kind == QLatin1String("Pod");
    for (QPushButton *button : {m_shell, m_attach, m_run})
        button->setVisible(pod);
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
    for (const QHBoxLayout *row : {m_layout, m_terminalRow})
        for (int i = 0; i < row->count(); ++i) {
            auto *button = qobject_cast<QPushButton *>(row->itemAt(i)->widget());
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
    m_shell->setText(tr("Shell"));
    m_shell->setToolTip(tr("Open a shell in a container (bash, else sh) in the Terminal dock"));
    m_attach->setText(tr("Attach"));
    m_attach->setToolTip(tr("Attach to the main process of a container"));
    m_run->setText(tr("Run command…"));
    m_run->setToolTip(tr("Run one command in a container, in a terminal"));
}

} // namespace Kaji::Ui
