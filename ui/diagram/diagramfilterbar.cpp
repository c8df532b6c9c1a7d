#include "diagramfilterbar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace Kaji::Ui {
namespace {

constexpr int LabelDelayMs = 500; // typing a selector: report once it rests

} // namespace

DiagramFilterBar::DiagramFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_kindsButton(new QPushButton(this))
    , m_kindsMenu(new QMenu(this))
    , m_labels(new QLineEdit(this))
    , m_problems(new QPushButton(this))
    , m_labelTimer(new QTimer(this))
{
    m_kindsButton->setMenu(m_kindsMenu);
    m_kindsButton->setObjectName(QStringLiteral("diagramKinds"));
    m_kindsMenu->installEventFilter(this);
    m_labels->setClearButtonEnabled(true);
    m_labels->setObjectName(QStringLiteral("diagramLabelSelector"));
    m_labels->setMinimumWidth(200);
    m_problems->setCheckable(true);
    m_problems->setObjectName(QStringLiteral("diagramProblemsOnly"));
    m_labelTimer->setSingleShot(true);
    m_labelTimer->setInterval(LabelDelayMs);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kindsButton);
    layout->addWidget(m_labels, 1);
    layout->addWidget(m_problems);

    connect(m_labels, &QLineEdit::textEdited, m_labelTimer, qOverload<>(&QTimer::start));
    connect(m_labels, &QLineEdit::returnPressed, this, &DiagramFilterBar::labelsEdited);
    connect(m_labels, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            labelsEdited();
    });
    connect(m_labelTimer, &QTimer::timeout, this, &DiagramFilterBar::labelsEdited);
    connect(m_problems, &QPushButton::toggled, this, [this](bool on) {
        m_filter.problemsOnly = on;
        report();
    });
    retranslate();
}

void DiagramFilterBar::setFilter(const Models::DiagramFilter &filter)
{
    m_filter = filter;
    const QSignalBlocker labels(m_labels);
    const QSignalBlocker problems(m_problems);
    m_labels->setText(filter.labelSelector);
    m_problems->setChecked(filter.problemsOnly);
    addKinds(QStringList(filter.kinds.cbegin(), filter.kinds.cend()));
    rebuildMenu();
}

void DiagramFilterBar::addKinds(const QStringList &kinds)
{
    bool added = false;
    for (const QString &kind : kinds) {
        if (!kind.isEmpty() && !m_kinds.contains(kind)) {
            m_kinds.append(kind);
            added = true;
        }
    }
    if (!added)
        return;
    std::sort(m_kinds.begin(), m_kinds.end());
    rebuildMenu();
}

void DiagramFilterBar::clearKinds()
{
    m_kinds.clear();
    const bool narrowed = !m_filter.kinds.isEmpty();
    m_filter.kinds.clear();
    rebuildMenu();
    if (narrowed)
        report();
}

void DiagramFilterBar::rebuildMenu()
{
    m_kindsMenu->clear();
    QAction *all = m_kindsMenu->addAction(tr("Every kind"));
    all->setObjectName(QStringLiteral("everyKind"));
    connect(all, &QAction::triggered, this, [this] {
        m_filter.kinds.clear();
        rebuildMenu();
        report();
    });
    m_kindsMenu->addSeparator();
    for (const QString &kind : std::as_const(m_kinds)) {
        QAction *action = m_kindsMenu->addAction(kind);
        action->setCheckable(true);
        action->setChecked(m_filter.kinds.isEmpty() || m_filter.kinds.contains(kind));
        action->setData(kind);
        connect(action, &QAction::toggled, this, &DiagramFilterBar::kindToggled);
    }
    updateButton();
}

void DiagramFilterBar::updateButton()
{
    m_kindsButton->setText(m_filter.kinds.isEmpty()
            ? tr("Kinds: all")
            : tr("Kinds: %1 of %2").arg(m_filter.kinds.size()).arg(m_kinds.size()));
}

void DiagramFilterBar::kindToggled()
{
    QSet<QString> checked;
    for (QAction *action : m_kindsMenu->actions()) {
        if (action->isCheckable() && action->isChecked())
            checked.insert(action->data().toString());
    }
    // Every kind checked is no filter at all: kinds that turn up later show too.
    m_filter.kinds = checked.size() == m_kinds.size() ? QSet<QString>() : checked;
    updateButton();
    report();
}

void DiagramFilterBar::labelsEdited()
{
    m_labelTimer->stop();
    const QString selector = m_labels->text().trimmed();
    if (selector == m_filter.labelSelector)
        return;
    m_filter.labelSelector = selector;
    report();
}

void DiagramFilterBar::report()
{
    Q_EMIT filterChanged(m_filter);
}

bool DiagramFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Ticking several kinds should not reopen the menu each time: a click
    // on a check box toggles it and the menu stays.
    if (watched == m_kindsMenu && event->type() == QEvent::MouseButtonRelease) {
        QAction *action = m_kindsMenu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (action && action->isCheckable()) {
            action->toggle();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DiagramFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiagramFilterBar::retranslate()
{
    m_labels->setPlaceholderText(tr("Label selector, e.g. app=web,tier!=db"));
    m_labels->setToolTip(tr("Only objects whose labels match, as kubectl -l reads it"));
    m_problems->setText(tr("Problems only"));
    m_problems->setToolTip(tr("Only groups that hold something failing, degraded or missing"));
    m_kindsButton->setToolTip(tr("Which kinds to draw"));
    rebuildMenu();
}

} // namespace Kaji::Ui
