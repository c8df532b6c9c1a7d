#include "emptystateoverlay.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

// The API server's 403 wording: `pods is forbidden: User "jane" cannot list
// resource "pods" in API group "" in the namespace "infra"` (or "at the
// cluster scope").
struct Refusal {
    QString user, verb, resource, group, namespaceName;
};

std::optional<Refusal> parseRefusal(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"re(User "([^"]*)" cannot (\w+) resource "([^"]*)"(?: in API group "([^"]*)")?(?: in the namespace "([^"]*)")?)re"));
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return std::nullopt;
    return Refusal{match.captured(1), match.captured(2), match.captured(3), match.captured(4), match.captured(5)};
}

} // namespace

EmptyStateOverlay::Text EmptyStateOverlay::describe(const Facts &facts)
{
    if (facts.shown > 0)
        return {};
    const QString namespaces = facts.namespaces.join(QStringLiteral(", "));
    switch (facts.state) {
    case DataState::Loading:
        if (facts.total == 0)
            return {tr("Loading %1…").arg(facts.kind), QString(), Action::None};
        break;
    case DataState::Forbidden: {
        if (const std::optional<Refusal> refusal = parseRefusal(facts.message)) {
            const QString resource = refusal->group.isEmpty() ? refusal->resource
                                                              : refusal->resource + u'.' + refusal->group;
            // Kaji asks again each minute (the reflector's forbidden retry).
            const QString retry = tr("Kaji asks again every minute: once it is granted, the table fills by itself.");
            if (!refusal->namespaceName.isEmpty())
                return {tr("No permission to %1 %2").arg(refusal->verb, resource),
                        tr("The cluster refused user \"%1\" to %2 %3 in namespace %4. Ask an administrator for a Role "
                           "there that grants \"%2\" on \"%3\", or choose a namespace you may read (Ctrl+Shift+N).")
                                .arg(refusal->user, refusal->verb, resource, refusal->namespaceName)
                            + u' ' + retry,
                        Action::None};
            return {tr("No permission to %1 %2").arg(refusal->verb, resource),
                    tr("The cluster refused user \"%1\" to %2 %3 at the cluster scope. Ask an administrator for a "
                       "ClusterRole that grants \"%2\" on \"%3\"; for a kind that lives in namespaces, a namespace "
                       "you may read (Ctrl+Shift+N) can be enough.")
                            .arg(refusal->user, refusal->verb, resource)
                        + u' ' + retry,
                    Action::None};
        }
        return {tr("Access denied"), tr("The server said: %1").arg(facts.message), Action::None};
    }
    case DataState::Reconnecting:
    case DataState::Failed:
        if (facts.total == 0)
            return {tr("Cannot reach the cluster"),
                    tr("Kaji tried to list %1 and got: %2. It retries by itself, waiting a little longer after each "
                       "failure (at most 30 seconds); the table fills as soon as the server answers.")
                        .arg(facts.kind, facts.message),
                    Action::None};
        break;
    case DataState::Disconnected:
        return {tr("Not connected"), facts.message, Action::None};
    case DataState::Live: break;
    }
    if (facts.total == 0 && facts.state == DataState::Live) {
        if (facts.namespaces.isEmpty())
            return {tr("No %1 in this cluster").arg(facts.kind),
                    tr("There are no objects of this kind. They appear here as soon as they are created."), Action::None};
        return {tr("No %1 in %2").arg(facts.kind, namespaces),
                tr("The namespaces shown hold no objects of this kind. Choose other namespaces with Ctrl+Shift+N."),
                Action::None};
    }
    if (facts.total > 0) {
        const int hidden = facts.total - facts.shown;
        if (!facts.filter.isEmpty())
            return {tr("No %1 match \"%2\"").arg(facts.kind, facts.filter),
                    facts.namespaces.isEmpty()
                        ? tr("The filter hides %Ln object(s).", nullptr, hidden)
                        : tr("The filter and the namespaces chosen (%1) hide %Ln object(s).", nullptr, hidden).arg(namespaces),
                    Action::ClearFilter};
        if (!facts.namespaces.isEmpty())
            return {tr("No %1 in %2").arg(facts.kind, namespaces),
                    tr("%Ln object(s) are in other namespaces. Choose namespaces with Ctrl+Shift+N.", nullptr, hidden),
                    Action::None};
    }
    return {};
}

EmptyStateOverlay::EmptyStateOverlay(QAbstractScrollArea *view)
    : QWidget(view->viewport()), m_title(new QLabel(this)), m_detail(new QLabel(this)),
      m_action(new QPushButton(this)), m_viewport(view->viewport())
{
    setObjectName(QStringLiteral("emptyState"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_detail->setObjectName(QStringLiteral("emptyStateDetail"));
    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No alignment on the labels: an aligned item gets its one-line width
    // and loses the wrapped lines. The margins centre a column instead.
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addSpacing(6);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_action, &QPushButton::clicked, this, &EmptyStateOverlay::clearFilterRequested);
    m_viewport->installEventFilter(this);
    place();
    hide();
}

void EmptyStateOverlay::present(const Facts &facts)
{
    const Text text = describe(facts);
    m_title->setText(text.title);
    m_detail->setText(text.detail);
    m_detail->setVisible(!text.detail.isEmpty());
    m_action->setText(tr("Clear the filter"));
    m_action->setVisible(text.action == Action::ClearFilter);
    place();
    setVisible(!text.title.isEmpty());
}

void EmptyStateOverlay::place()
{
    const QRect area = m_viewport->rect();
    const int side = std::max(16, (area.width() - 560) / 2);
    layout()->setContentsMargins(side, 12, side, 12);
    setGeometry(area);
}

QString EmptyStateOverlay::title() const
{
    return isVisibleTo(parentWidget()) ? m_title->text() : QString();
}

QString EmptyStateOverlay::detail() const
{
    return isVisibleTo(parentWidget()) ? m_detail->text() : QString();
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace Kaji::Ui
