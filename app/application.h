#pragma once

#include "eksaccesshint.h"

#include <QObject>
#include <QPointer>

#include <memory>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
class KubeConfigSource;
}
namespace Kaji::Models {
class ContextListModel;
class KindTreeModel;
class PodTableModel;
}
namespace Kaji::Ui {
class EksWizard;
class MainWindow;
}

namespace Kaji::App {

class ConnectionPool;
class DetailsController;
class DiagramsController;
class OverviewController;
class ApplyController;
class EditController;
class Docks;
class KindPanes;
class KubeconfigController;
class MetricsController;
class UsageColumns;
class TerminalController;
class LanguageManager;
class NamespaceScope;
class PaletteController;

// Wires the layers together for the windowed app: the kubeconfig source,
// the models over it, the main window, language, theme and saved settings.
class Application : public QObject {
    Q_OBJECT
public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    Ui::MainWindow *mainWindow() const { return m_window.get(); }
    LanguageManager *languages() const { return m_languages; }

    void show();
    void setLanguage(const QString &choice);
    void setTheme(const QString &theme);

    Kube::ClusterConnection *connection() const { return m_connection; }
    ConnectionPool *connections() const { return m_pool; }
    KindPanes *kindPanes() const { return m_kindPanes; }
    DetailsController *details() const { return m_details; }
    Docks *docks() const { return m_docks; }
    NamespaceScope *namespaces() const { return m_namespaces; }
    DiagramsController *diagrams() const { return m_diagrams; }
    OverviewController *overview() const { return m_overview; }
    EditController *edits() const { return m_edits; }
    ApplyController *applies() const { return m_applies; }
    PaletteController *palette() const { return m_palette; }
    // Kubeconfig housekeeping; openImport(mode) shows the import dialog.
    KubeconfigController *kubeconfigEdits() const { return m_kubeconfigEdits; }
    MetricsController *metrics() const { return m_metrics; }
    TerminalController *terminals() const { return m_terminals; }

    // Opens the "Add an EKS cluster" wizard (File menu, or a welcome page
    // through MainWindow::addEksClusterRequested); the context it adds is
    // loaded and selected. Returns the open wizard (one at a time).
    Ui::EksWizard *openEksWizard();

    // What the window remembers (geometry, docks, splitters); done on quit.
    void saveWindowState();

private:
    void restoreWindowState();
    void applySwitcherColours();
    void connectTo(const QString &contextName);
    void disconnectFrom(const QString &contextName);
    void showConnectionState();
    QString refusalHint(Models::Refusal refusal) const;

    LanguageManager *m_languages;
    Kube::KubeConfigSource *m_kubeconfig;
    Models::ContextListModel *m_contexts;
    Models::PodTableModel *m_pods;
    Models::KindTreeModel *m_kindModel;
    std::unique_ptr<Ui::MainWindow> m_window;
    KindPanes *m_kindPanes = nullptr;
    DetailsController *m_details = nullptr;
    Docks *m_docks = nullptr;
    NamespaceScope *m_namespaces = nullptr;
    DiagramsController *m_diagrams = nullptr;
    OverviewController *m_overview = nullptr;
    EditController *m_edits = nullptr;
    ApplyController *m_applies = nullptr;
    KubeconfigController *m_kubeconfigEdits = nullptr;
    MetricsController *m_metrics = nullptr;
    UsageColumns *m_usageColumns = nullptr;
    TerminalController *m_terminals = nullptr;
    PaletteController *m_palette = nullptr;
    QPointer<Ui::EksWizard> m_eksWizard;
    ConnectionPool *m_pool;
    Kube::ClusterConnection *m_connection = nullptr; // the shown context's, owned by m_pool
    QString m_connectionError; // why no connection could be made, if so
};

} // namespace Kaji::App
