#pragma once

#include <QWidget>

// GUI thread.
namespace Kaji::Ui {

// What the colours and line styles mean: a swatch per node state and a
// line per edge state, in the diagram's own style, wrapping to the width.
class DiagramLegend : public QWidget {
    Q_OBJECT
public:
    explicit DiagramLegend(QWidget *parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry;
    // Lays the entries out in rows of `width`; paints them when given a painter.
    int flow(int width, QPainter *painter) const;
};

} // namespace Kaji::Ui
