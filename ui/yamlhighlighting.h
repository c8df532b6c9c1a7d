#pragma once

#include <QColor>

class QPalette;
class QTextDocument;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

// GUI thread.
namespace Kaji::Ui {

// The colours an editor needs around the text (gutter, current line,
// search hits), taken from the same theme as the highlighting so the
// editor looks like one piece in light and dark palettes.
struct YamlEditorColours {
    QColor gutterBackground;
    QColor lineNumber;
    QColor currentLineNumber;
    QColor currentLine;
    QColor foldMarker;
    QColor searchHit;
    QColor separator;
};

// YAML highlighting for the YAML view and the manifest editor: one
// definition repository for the application, and one rule for the theme
// (the light or dark theme that matches the palette), so both views always
// look alike.
class YamlHighlighting {
public:
    // A highlighter for YAML on `document`, themed after `palette`.
    static KSyntaxHighlighting::SyntaxHighlighter *create(QTextDocument *document, const QPalette &palette);
    // After a palette change: the matching theme, text highlighted again.
    static void followPalette(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QPalette &palette);
    static YamlEditorColours editorColours(const QPalette &palette);
};

} // namespace Kaji::Ui
