#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QPainter;
class QPalette;
class QRectF;

// GUI thread (icons and pixmaps).
namespace Kaji::Ui {

// The pictures of Kubernetes kinds and of the resource tree's groups, drawn
// for Kaji (resources/icons/kinds/*.svg: a 16-unit grid, 1.5 strokes, round
// joins) in one colour, `currentColor`. There is no second set of files for
// dark themes: the light and dark variants are made when an icon is loaded,
// by putting a colour of the current palette in place of `currentColor`.
// Icons are cached by name and colour, so after a theme switch the next
// paint simply asks for (and gets) the other colour.
//
// `kindOrResource` may be a kind ("Deployment"), a resource id
// ("deployments.apps"), a plural ("deployments"), a group row's key
// ("group:workloads", as KindTreeModel::IconKeyRole answers) or "command";
// anything else (a custom resource, a component) gets the generic picture.

// The file's base name the string maps to: "deployment", "group-workloads",
// "custom" for what Kaji has no picture of.
QString kindIconName(const QString &kindOrResource);
// Every picture there is, by base name (for tests and the legend).
QStringList kindIconNames();

// The icon in the palette's colours: a muted text colour normally, the
// highlighted text colour when selected, the disabled text colour when
// disabled. Renders from the vector at every size and device pixel ratio.
QIcon kindIcon(const QString &kindOrResource, const QPalette &palette);
// The same, in the application's palette.
QIcon kindIcon(const QString &kindOrResource);

// Draws the picture as vectors in `colour` (the diagrams: crisp at any zoom
// and in exported SVG).
void paintKindIcon(QPainter *painter, const QRectF &rect, const QString &kindOrResource, const QColor &colour);

} // namespace Kaji::Ui
