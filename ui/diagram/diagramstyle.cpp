#include "diagramstyle.h"

#include "healthcolours.h"

#include <algorithm>

namespace Kaji::Ui {

using Models::DiagramEdgeState;
using Models::DiagramState;

DiagramStyle::DiagramStyle(const QPalette &palette, const QFont &font)
    : m_palette(palette)
    , m_dark(isDarkPalette(palette))
    , m_nameFont(font)
    , m_smallFont(font)
    , m_titleFont(font)
    , m_nameMetrics(font)
    , m_smallMetrics(font)
    , m_titleMetrics(font)
{
    m_nameFont.setBold(true);
    if (font.pointSizeF() > 0)
        m_smallFont.setPointSizeF(font.pointSizeF() * 0.88);
    else
        m_smallFont.setPixelSize(std::max(8, qRound(font.pixelSize() * 0.88)));
    m_titleFont.setBold(true);
    m_nameMetrics = QFontMetricsF(m_nameFont);
    m_smallMetrics = QFontMetricsF(m_smallFont);
    m_titleMetrics = QFontMetricsF(m_titleFont);
    for (DiagramState state : { DiagramState::Progressing, DiagramState::Warning, DiagramState::Failed,
             DiagramState::Finished, DiagramState::Missing, DiagramState::Unknown })
        m_widestStateWord
            = std::max(m_widestStateWord, m_smallMetrics.horizontalAdvance(Models::diagramStateLabel(state)));
}

QColor DiagramStyle::mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB), float(a.greenF() * k + b.greenF() * amountOfB),
        float(a.blueF() * k + b.blueF() * amountOfB));
}

QColor DiagramStyle::muted() const
{
    // PlaceholderText is faint on some styles: keep it readable on Base.
    return mix(text(), background(), 0.42);
}

QColor DiagramStyle::line() const
{
    return mix(text(), background(), 0.62);
}

QColor DiagramStyle::frameFill() const
{
    return mix(background(), text(), m_dark ? 0.05 : 0.035);
}

bool DiagramStyle::isUnseen(DiagramState state)
{
    return state == DiagramState::Hidden || state == DiagramState::NotObservable || state == DiagramState::NotDetected;
}

QColor DiagramStyle::stateColour(DiagramState state) const
{
    switch (state) {
    case DiagramState::Ok: return healthColour(Models::Health::Healthy, m_palette);
    case DiagramState::Progressing: return healthColour(Models::Health::Progressing, m_palette);
    case DiagramState::Warning: return Ui::severityColour(Models::Severity::Warning, m_palette);
    case DiagramState::Failed:
    case DiagramState::Missing: return healthColour(Models::Health::Failing, m_palette);
    case DiagramState::Finished:
    case DiagramState::Hidden:
    case DiagramState::NotObservable:
    case DiagramState::NotDetected:
    case DiagramState::Unknown: return muted();
    }
    return muted();
}

QColor DiagramStyle::fillFor(DiagramState state) const
{
    if (state == DiagramState::Missing)
        return background();
    if (isUnseen(state) || state == DiagramState::Unknown || state == DiagramState::Finished)
        return frameFill();
    if (state == DiagramState::Ok)
        return background();
    return mix(background(), stateColour(state), m_dark ? 0.14 : 0.07);
}

QColor DiagramStyle::edgeColour(DiagramEdgeState state) const
{
    switch (state) {
    case DiagramEdgeState::Normal: return line();
    case DiagramEdgeState::Ready: return healthColour(Models::Health::Healthy, m_palette);
    case DiagramEdgeState::ServingNotReady: return Ui::severityColour(Models::Severity::Warning, m_palette);
    case DiagramEdgeState::Terminating: return muted();
    case DiagramEdgeState::Broken: return healthColour(Models::Health::Failing, m_palette);
    }
    return line();
}

QColor DiagramStyle::severityColour(int severity) const
{
    return Ui::severityColour(Models::Severity(std::clamp(severity, 0, 3)), m_palette);
}

} // namespace Kaji::Ui
