#pragma once

#include <QObject>

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
class MainWindow;
}

namespace Kaji::App {

class DetailsController;
class Docks;
class KindPanes;
class LanguageManager;

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

    Kube::ClusterConnection *connection() const { return m_connection.get(); }
    KindPanes *kindPanes() const { return m_kindPanes; }
    DetailsController *details() const { return m_details; }
    Docks *docks() const { return m_docks; }

private:
    void saveWindowState();
    void connectTo(const QString &contextName);
    void showConnectionState();

    LanguageManager *m_languages;
    Kube::KubeConfigSource *m_kubeconfig;
    Models::ContextListModel *m_contexts;
    Models::PodTableModel *m_pods;
    Models::KindTreeModel *m_kindModel;
    std::unique_ptr<Ui::MainWindow> m_window;
    KindPanes *m_kindPanes = nullptr;
    DetailsController *m_details = nullptr;
    Docks *m_docks = nullptr;
    std::unique_ptr<Kube::ClusterConnection> m_connection;
    QString m_connectionError; // why no connection could be made, if so
};

} // namespace Kaji::App
