#pragma once

#include "kubeconfig.h"
#include "objectactions.h"
#include "portforwarder.h"

#include <QHash>

#include <QObject>
#include <QPointer>

class QDockWidget;
template<typename T>
class QFutureWatcher;
class QTimer;

// GUI thread.
namespace Kaji::Kube {
class ApiClient;
class ClusterConnection;
}
namespace Kaji::Models {
struct Finding;
class DiagnosisLoader;
class FindingModel;
class KubePortForwarder;
}
namespace Kaji::Ui {
class LogView;
class MainWindow;
class PortForwardsPane;
class ProblemsView;
}

namespace Kaji::App {

// The bottom docks: Logs (of the object whose Logs button was pressed),
// Port forwards (every session of this Kaji), and Problems (the diagnosis
// of the connected context, refreshed every minute).
class Docks : public QObject {
    Q_OBJECT
public:
    Docks(Ui::MainWindow *window, const Kube::KubeConfig &config, QObject *parent = nullptr);
    ~Docks() override;

    void setConnection(Kube::ClusterConnection *connection);
    void showLogs(const Models::ObjectActions::Target &target);
    void requestForward(const Models::ObjectActions::Target &target);
    void diagnose();

    Ui::LogView *logView() const { return m_logView; }
    Ui::PortForwardsPane *portForwards() const { return m_forwards; }
    Ui::ProblemsView *problems() const { return m_problems; }
    Models::FindingModel *findings() const { return m_findings; }

Q_SIGNALS:
    void diagnosed(int findings);
    // Evidence clicked in Problems: show this object ("pod", "event", ...).
    void objectRequested(const QString &kind, const QString &namespaceName, const QString &name);

private:
    QDockWidget *addDock(const QString &objectName, QWidget *content);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dropDiagnosis();
    void openReference(const QString &reference);

    Ui::MainWindow *m_window;
    Kube::ClusterConnection *m_connection = nullptr;
    Models::KubePortForwarder *m_forwarder;
    Ui::PortForwardsPane *m_forwards;
    Models::FindingModel *m_findings;
    Ui::ProblemsView *m_problems;
    Ui::LogView *m_logView = nullptr; // owned by its dock
    QDockWidget *m_logsDock;
    QDockWidget *m_forwardsDock;
    QDockWidget *m_problemsDock;
    std::unique_ptr<Kube::ApiClient> m_diagnosisClient;
    Models::DiagnosisLoader *m_loader = nullptr; // loading, or read by the engine
    QFutureWatcher<QList<Models::Finding>> *m_engine = nullptr; // the rules running on the pool
    QTimer *m_refresh;
    QHash<int, Models::PortForwardRequest> m_requests; // by session id

};

} // namespace Kaji::App
