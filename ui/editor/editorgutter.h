#pragma once

#include <QTextBlock>
#include <QWidget>

class QPainter;

// GUI thread.
namespace Kaji::Ui {

class ManifestEditor;
struct ValueMarker;

// The strip left of the manifest editor's text: a marker for the worst
// diagnostic on a line, line numbers, and fold markers (click to fold).
class EditorGutter : public QWidget {
    Q_OBJECT
public:
    explicit EditorGutter(ManifestEditor *editor);

    QSize sizeHint() const override;
    // "⋯" after the text of each folded line, painted on the editor's viewport.
    static void paintFoldHints(ManifestEditor *editor, QPainter &painter, const QRect &area);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int markerWidth() const;
    int foldWidth() const;
    QTextBlock blockAt(int y) const;
    const ValueMarker *markerOn(int blockNumber) const;
    void paintLock(QPainter &painter, const QRectF &cell, bool shut) const;

    ManifestEditor *m_editor;
};

} // namespace Kaji::Ui
