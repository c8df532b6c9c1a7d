#include "yamlhighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace Kaji::Ui {
namespace {

// Loading the definitions costs tens of milliseconds: one repository for the
// whole application, as KSyntaxHighlighting recommends.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

QColor colour(const KSyntaxHighlighting::Theme &theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}

} // namespace

KSyntaxHighlighting::SyntaxHighlighter *YamlHighlighting::create(QTextDocument *document, const QPalette &palette)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("YAML")));
    highlighter->setTheme(repository().themeForPalette(palette));
    return highlighter;
}

void YamlHighlighting::followPalette(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QPalette &palette)
{
    highlighter->setTheme(repository().themeForPalette(palette));
    highlighter->rehighlight();
}

YamlEditorColours YamlHighlighting::editorColours(const QPalette &palette)
{
    using Role = KSyntaxHighlighting::Theme::EditorColorRole;
    const auto theme = repository().themeForPalette(palette);
    YamlEditorColours colours;
    colours.gutterBackground = colour(theme, Role::IconBorder);
    colours.lineNumber = colour(theme, Role::LineNumbers);
    colours.currentLineNumber = colour(theme, Role::CurrentLineNumber);
    colours.currentLine = colour(theme, Role::CurrentLine);
    colours.foldMarker = colour(theme, Role::CodeFolding);
    colours.searchHit = colour(theme, Role::SearchHighlight);
    colours.separator = colour(theme, Role::Separator);
    return colours;
}

} // namespace Kaji::Ui
