#pragma once

#include <QObject>

// GUI thread.
namespace Kaji::Models {
class ContextListModel;
class KindTreeModel;
class PaletteModel;
struct PaletteEntry;
}
namespace Kaji::Ui {
class CommandPalette;
class MainWindow;
}

namespace Kaji::App {

class DetailsController;
class KindPanes;
class NamespaceScope;

// Fills the command palette with what there is to go to (the served kinds,
// the namespaces, the contexts and the objects of the open tables) and
// goes where the user picked.
class PaletteController : public QObject {
    Q_OBJECT
public:
    PaletteController(Ui::MainWindow *window, Models::ContextListModel *contexts, Models::KindTreeModel *kinds,
                      KindPanes *panes, NamespaceScope *namespaces, DetailsController *details,
                      QObject *parent = nullptr);

    Ui::CommandPalette *palette() const { return m_palette; }
    void open();
    void go(const Models::PaletteEntry &entry);

private:
    QList<Models::PaletteEntry> gather() const;
    void addActions(QList<Models::PaletteEntry> &entries) const;
    void addObjects(QList<Models::PaletteEntry> &entries) const;

    Ui::MainWindow *m_window;
    Models::ContextListModel *m_contexts;
    Models::KindTreeModel *m_kinds;
    KindPanes *m_panes;
    NamespaceScope *m_namespaces;
    DetailsController *m_details;
    Models::PaletteModel *m_model;
    Ui::CommandPalette *m_palette;
};

} // namespace Kaji::App
