#pragma once

#include <QColor>
#include <QList>
#include <QPixmap>
#include <QString>

class QPainter;
class QRect;

// GUI thread.
namespace Kaji::Ui {

// A context's avatar in the cluster switcher: its initials on a rounded
// square, with the connection state as a dot on the corner.
class ContextAvatar {
public:
    // How the connection reads on the avatar; from ContextListModel::ConnectionRole.
    enum class Connection { NotConnected, Connecting, Connected, Failed };
    static Connection connectionFor(int reflectorState);

    // The colour a context has until the user picks one: stable across runs
    // and machines (not qHash, whose seed changes), from a set that keeps
    // white initials readable in both themes.
    static QColor defaultColour(const QString &name);
    // The colours offered in the context's menu.
    static QList<QColor> swatches();
    // The user's colour ("#rrggbb") if valid, the derived one otherwise.
    static QColor colourFor(const QString &name, const QString &chosen);

    // `rect` is the square the avatar fills; `background` rings the state
    // dot so it reads on any colour; `ring` (the highlight colour, say)
    // frames the selected context, an invalid one draws none.
    static void paint(QPainter *painter, const QRect &rect, const QString &initials, const QColor &colour,
                      Connection connection, const QColor &background, const QColor &ring = {});
    // Full colour, no state: for menus.
    static QPixmap pixmap(int size, qreal devicePixelRatio, const QString &initials, const QColor &colour);
    static QColor stateColour(Connection connection);
};

} // namespace Kaji::Ui
