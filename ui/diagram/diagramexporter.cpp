#include "diagramexporter.h"

#include "diagramlayouter.h"
#include "diagramscene.h"

#include <QApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Kaji::Ui {
namespace {

constexpr double Margin = 24;
constexpr double PngScale = 2; // sharp on high-DPI screens and in print
constexpr double MaxPngSide = 16384; // what image viewers still open

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool cannotWrite(QString *error, const QString &path)
{
    return fail(error, QCoreApplication::translate("Kaji::Ui::DiagramExporter", "Cannot write %1.").arg(path));
}

bool writeSvg(DiagramScene &scene, const QRectF &source, const QString &path, QString *error)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(), source.size()));
    svg.setTitle(QCoreApplication::translate("Kaji::Ui::DiagramExporter", "Kaji diagram: %1")
                     .arg(Models::diagramViewName(scene.graph().view)));
    QPainter painter;
    if (!painter.begin(&svg))
        return cannotWrite(error, path);
    scene.render(&painter, QRectF(QPointF(), source.size()), source);
    return painter.end() || cannotWrite(error, path);
}

bool writePng(DiagramScene &scene, const QRectF &source, const QString &path, QString *error)
{
    const double scale = std::min(PngScale, MaxPngSide / std::max(source.width(), source.height()));
    QImage image(QSize(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale))),
        QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(error,
            QCoreApplication::translate(
                "Kaji::Ui::DiagramExporter", "The diagram is too large for a PNG image; export it as SVG."));
    image.setDevicePixelRatio(scale);
    image.fill(scene.diagramStyle().background());
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(), source.size()), source);
    }
    if (!image.save(path, "PNG"))
        return cannotWrite(error, path);
    return true;
}

} // namespace

bool exportScene(DiagramScene &scene, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return fail(error,
            QCoreApplication::translate("Kaji::Ui::DiagramExporter", "Choose a file name ending in .svg or .png."));
    if (scene.diagramBounds().isEmpty())
        return fail(error,
            QCoreApplication::translate(
                "Kaji::Ui::DiagramExporter", "The diagram is empty: there is nothing to export."));
    const QRectF source = scene.diagramBounds().adjusted(-Margin, -Margin, Margin, Margin);

    // The picture, not the user's selection.
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    QGraphicsItem *focused = scene.focusItem();
    scene.clearSelection();
    scene.clearFocus();
    const bool written
        = suffix == QLatin1String("svg") ? writeSvg(scene, source, path, error) : writePng(scene, source, path, error);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    if (focused)
        focused->setFocus();
    return written;
}

bool exportDiagram(const Models::DiagramGraph &graph, const QString &path, QString *error)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(error,
            QCoreApplication::translate(
                "Kaji::Ui::DiagramExporter", "Exporting a diagram needs the application's graphics (QApplication)."));
    DiagramScene scene;
    DiagramLayouter layouter;
    scene.show(graph, layouter.arrangeNow(graph, scene.measure(graph)), false);
    return exportScene(scene, path, error);
}

} // namespace Kaji::Ui
