#pragma once

#include <QPoint>
#include <QStringList>

// GUI thread (compose: any thread).
namespace Kaji::Ui {

class ManifestEditor;

// One tooltip from what the editor knows about a place (diagnostics, why a
// line is protected) and the field's documentation from the hover hook,
// which may be rich text.
class EditorToolTip {
public:
    // What to show where the mouse rests on the editor's viewport.
    static QString at(const ManifestEditor &editor, const QPoint &viewportPos);
    static QString compose(QStringList notes, const QString &documentation);
};

} // namespace Kaji::Ui
