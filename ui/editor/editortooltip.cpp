#include "editortooltip.h"

#include "editordiagnostics.h"
#include "editorregions.h"
#include "manifesteditor.h"

#include <QTextDocument>

namespace Kaji::Ui {

QString EditorToolTip::at(const ManifestEditor &editor, const QPoint &viewportPos)
{
    const QTextCursor cursor = editor.cursorForPosition(viewportPos);
    QTextCursor lineEnd = cursor;
    lineEnd.movePosition(QTextCursor::EndOfBlock);
    // Right of a line's end there is no text to explain, only the line.
    const bool onText = viewportPos.x() <= editor.cursorRect(lineEnd).right();
    QStringList notes = onText ? editor.m_diagnostics->messagesAt(cursor.position()) : QStringList();
    const QString region = editor.m_regions->toolTipAt(cursor.position());
    if (!region.isEmpty())
        notes.append(region);
    QString documentation;
    if (editor.m_hover && onText) {
        const YamlCursorContext context = editor.contextAt(cursor);
        if (context.kind == YamlCursorContext::Kind::Key || context.kind == YamlCursorContext::Kind::Value)
            documentation = editor.m_hover(context);
    }
    return compose(notes, documentation);
}

QString EditorToolTip::compose(QStringList notes, const QString &documentation)
{
    if (documentation.isEmpty())
        return notes.join(u'\n');
    if (!Qt::mightBeRichText(documentation))
        return (notes << documentation).join(QStringLiteral("\n\n"));
    // Rich documentation makes the whole tooltip rich: the notes escaped.
    for (QString &note : notes)
        note = note.toHtmlEscaped();
    return (notes << documentation).join(QStringLiteral("<hr/>"));
}

} // namespace Kaji::Ui
