#pragma once

#include "diagram/diagramgraph.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPalette>

// GUI thread.
namespace Kaji::Ui {

// Colours and fonts of a diagram, derived from a palette and a font, so the
// picture follows light and dark themes and draws dark text on light
// backgrounds and light text on dark ones. State colours are the tables'
// (healthcolours.h): a failing pod is the same red everywhere. What Kaji
// cannot see (hidden, not observable, not detected) is grey, never red.
class DiagramStyle {
public:
    DiagramStyle(const QPalette &palette, const QFont &font);

    const QPalette &palette() const { return m_palette; }
    bool isDark() const { return m_dark; }

    QColor background() const { return m_palette.color(QPalette::Base); }
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor muted() const;
    QColor line() const; // neutral borders and edges
    QColor frameFill() const;
    QColor highlight() const { return m_palette.color(QPalette::Highlight); }
    QColor stateColour(Models::DiagramState state) const;
    QColor fillFor(Models::DiagramState state) const;
    QColor edgeColour(Models::DiagramEdgeState state) const;
    QColor severityColour(int severity) const;

    const QFont &nameFont() const { return m_nameFont; }
    const QFont &smallFont() const { return m_smallFont; }
    const QFont &titleFont() const { return m_titleFont; }
    const QFontMetricsF &nameMetrics() const { return m_nameMetrics; }
    const QFontMetricsF &smallMetrics() const { return m_smallMetrics; }
    const QFontMetricsF &titleMetrics() const { return m_titleMetrics; }
    // The widest word a problem state shows at a node's first row, so every
    // node has room for whichever state it comes to.
    double widestStateWord() const { return m_widestStateWord; }

    // What Kaji could not see, drawn dashed and grey with a glyph and words.
    static bool isUnseen(Models::DiagramState state);
    static QColor mix(const QColor &a, const QColor &b, double amountOfB);

private:
    QPalette m_palette;
    bool m_dark;
    QFont m_nameFont;
    QFont m_smallFont;
    QFont m_titleFont;
    QFontMetricsF m_nameMetrics;
    QFontMetricsF m_smallMetrics;
    QFontMetricsF m_titleMetrics;
    double m_widestStateWord = 0;
};

} // namespace Kaji::Ui
