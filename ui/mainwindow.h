#pragma once

#include "kubeconfigimporter.h"

#include <QMainWindow>

class QAbstractItemModel;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;

// GUI thread.
namespace Kaji::Models {
class ContextListModel;
class PodTableModel;
}

namespace Kaji::Ui {

class ContextOverview;
class ContextSidebar;
class ShortcutOverlay;
class DetailsPanel;
class KindNavigator;
class NamespacePicker;
class PodsPane;
class TablePane;
class WelcomePage;

// The shell: sidebar on the left, the selected page in the middle, the
// connection state in the status bar. Docks for logs, diagnosis and
// port-forwards are added by their features; none is shown before it works.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Models::ContextListModel *contexts, Models::PodTableModel *pods, QAbstractItemModel *kinds,
               QWidget *parent = nullptr);

    void selectContext(const QString &name);
    QString currentContext() const;

    // Marks the language and theme the app is using in the View menu.
    void setLanguage(const QString &code);
    void setTheme(const QString &theme);

    // What the status bar and the panes say about the live connection.
    // `problem` is empty while the data is current.
    void setConnectionState(const QString &status, const QString &problem);
    PodsPane *podsPane() const { return m_pods; }
    KindNavigator *kindNavigator() const { return m_kinds; }
    NamespacePicker *namespacePicker() const { return m_namespaces; }
    DetailsPanel *detailsPanel() const { return m_details; }
    // Shown instead of the tabs while no context is known.
    WelcomePage *welcomePage() const { return m_welcome; }
    void setDetailsVisible(bool visible);
    // Shows the table of a kind in the first tab (added to it on first use);
    // `pane` is then owned by the window.
    void showKindPane(QWidget *pane, const QString &title);
    QWidget *currentKindPane() const;
    // Back to the Pods table and forget the other panes (a context switch).
    void resetKindPanes();
    // Adds the Diagrams tab; the details panel moves beside whichever of the
    // table and the diagrams is shown, so a node opens the same details a
    // row does.
    void addDiagramsPage(QWidget *page);
    void showDiagrams();
    // Adds the Overview tab as the first one; a context that opens shows it.
    void addOverviewPage(QWidget *page);
    void showOverview();
    QTabWidget *contextTabs() const { return m_tabs; }
    // The menu commands the palette offers too (each with an object name).
    QList<QAction *> commandActions() const;
    // Opens the kubeconfig import dialog (through importKubeconfigRequested),
    // e.g. from a welcome page: on a file to pick or a box to paste into.
    void requestKubeconfigImport(KubeconfigImportMode mode);
    // A context about to be renamed in the kubeconfig stays the one shown
    // when the reload brings it back under its new name.
    void followContextRename(const QString &from, const QString &to);
    ContextSidebar *contextSidebar() const { return m_sidebar; }

    // The size and proportions of a first start on a screen whose available
    // area is `available`: about 80% of it (within sensible bounds), the
    // switcher narrow, the details panel wide enough for a pod, bottom docks
    // a quarter of the height. A restored geometry replaces it.
    void applyFirstStartLayout(const QRect &available);
    // The splitters whose sizes are remembered, each with an object name.
    QList<QSplitter *> splitters() const;
    // The keyboard shortcuts over the window (`?`, F1, Help menu).
    void showShortcuts();
    ShortcutOverlay *shortcutOverlay() const { return m_shortcuts; }

Q_SIGNALS:
    void contextSelected(const QString &name);
    void kindSelected(const QString &resourceId);
    void reloadRequested();
    void paletteRequested(); // Ctrl+K
    void disconnectRequested(const QString &context);
    void languageRequested(const QString &code); // "system", "en" or "ja"
    void themeRequested(const QString &theme); // "system", "light" or "dark"
    void applyManifestRequested(); // Ctrl+Shift+A
    void newResourceRequested();
    // Kubeconfig edits, asked for and confirmed in the sidebar.
    void renameContextRequested(const QString &from, const QString &to);
    void contextNamespaceRequested(const QString &context, const QString &namespaceName);
    void deleteContextRequested(const QString &name);
    void importKubeconfigRequested(Kaji::Ui::KubeconfigImportMode mode);
    void addEksClusterRequested(); // File → Add EKS cluster…; a welcome page may emit it too

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void showContext(const QString &name);
    void updateStatus();
    void showAbout();
    void showLicences();
    void watchRowMenus(TablePane *pane);
    void placeDetails();
    void updateContextActions();
    void createObjectMenu();

    Models::ContextListModel *m_contexts;
    ContextSidebar *m_sidebar;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    ContextOverview *m_overview;
    PodsPane *m_pods;
    QStackedWidget *m_kindStack;
    QSplitter *m_browse;
    QSplitter *m_diagrams = nullptr;
    QWidget *m_clusterOverview = nullptr;
    QString m_shownContext; // the overview comes first when another context opens
    KindNavigator *m_kinds;
    DetailsPanel *m_details;
    QToolBar *m_toolBar;
    NamespacePicker *m_namespaces;
    QLabel *m_connectionStatus;
    QLabel *m_kubeconfigStatus;

    QAction *m_addEksAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_namespacesAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_newResourceAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_licencesAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_tablesAction = nullptr;
    QAction *m_diagramsAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_previousContextAction = nullptr;
    QAction *m_nextContextAction = nullptr;
    QMenu *m_clusterMenu = nullptr;
    QMenu *m_objectMenu = nullptr;
    // The details' buttons for the selected object, from the keyboard.
    struct ObjectAction {
        QAction *action;
        const char *text;
    };
    QList<ObjectAction> m_objectActions;
    QList<QAction *> m_contextActions; // Ctrl+1…9: the first nine contexts as listed
    ShortcutOverlay *m_shortcuts = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
};

} // namespace Kaji::Ui
