#include "yamlview.h"

#include "yamlhighlighting.h"

#include <QEvent>
#include <QFontDatabase>

namespace Kaji::Ui {

YamlView::YamlView(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(YamlHighlighting::create(document(), palette()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void YamlView::setYaml(const QString &text)
{
    setPlainText(text);
}

void YamlView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        YamlHighlighting::followPalette(m_highlighter, palette());
    QPlainTextEdit::changeEvent(event);
}

} // namespace Kaji::Ui
