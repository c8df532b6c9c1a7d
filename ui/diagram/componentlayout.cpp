#include "componentlayout.h"

#include <QHashFunctions>
#include <QMap>

#include <algorithm>

namespace Kaji::Ui {

size_t ComponentInput::structuralHash() const
{
    // Sizes are whole pixels already; rounding keeps a hash from telling
    // apart two inputs that Graphviz would lay out the same.
    size_t seed = qHashMulti(0, boxes.size(), links.size(), qRound(rankSeparation));
    for (const LayoutBox &box : boxes)
        seed = qHashMulti(seed, box.id, qRound(box.size.width()), qRound(box.size.height()), box.column);
    for (const LayoutLink &link : links)
        seed = qHashMulti(seed, link.from, link.to);
    return seed;
}

ComponentLayout plainLayout(const ComponentInput &input, const QString &error)
{
    ComponentLayout layout;
    layout.error = error;
    QMap<int, QList<int>> columns;
    for (int i = 0; i < input.boxes.size(); ++i)
        columns[input.boxes[i].column].append(i);
    layout.centres.resize(input.boxes.size());
    double x = 0;
    for (const QList<int> &members : std::as_const(columns)) {
        double width = 0;
        double y = 0;
        for (int i : members) {
            const QSizeF size = input.boxes[i].size;
            width = std::max(width, size.width());
            layout.centres[i] = QPointF(x + size.width() / 2, y + size.height() / 2);
            y += size.height() + 24;
            layout.size.setHeight(std::max(layout.size.height(), y - 24));
        }
        x += width + input.rankSeparation;
    }
    layout.size.setWidth(std::max(0.0, x - input.rankSeparation));
    for (const LayoutLink &link : input.links) {
        EdgeRoute route;
        if (link.from != link.to) {
            route.path.moveTo(layout.centres[link.from]);
            route.path.lineTo(layout.centres[link.to]);
        }
        layout.routes.append(route);
    }
    return layout;
}

} // namespace Kaji::Ui
