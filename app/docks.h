#pragma once

#include "kubeconfig.h"
#include "objectactions.h"
#include "portforwarder.h"

#include <QHash>

#include <QObject>
#include <QPointer>

class QDockWidget;

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Models {
struct Evidence;
struct ObjectRef;
class FindingModel;
class KubePortForwarder;
}
namespace Kaji::Ui {
class LogView;
class MainWindow;
class PortForwardsPane;
class ProblemsView;
class TerminalDock;
class TerminalWidget;
}
namespace Kaji::Models {
class TerminalChannel;
}

namespace Kaji::App {

// The bottom docks: Logs (of the object whose Logs button was pressed),
// Port forwards (every session of this Kaji), and Problems (the diagnosis
// of the connected context, refreshed every minute, which also feeds the
// details' Diagnosis tab and the tables' badges), and Terminal (a tab per
// shell or attach session).
class DiagnosisRunner;

class Docks : public QObject {
    Q_OBJECT
public:
    Docks(Ui::MainWindow *window, const Kube::KubeConfig &config, QObject *parent = nullptr);
    ~Docks() override;

    void setConnection(Kube::ClusterConnection *connection);
    void showLogs(const Models::ObjectActions::Target &target);
    void requestForward(const Models::ObjectActions::Target &target);
    void diagnose();
    // Follows an Evidence::reference(): shows its object; a log line opens
    // that pod's log at the line, an event its object's Events tab at it.
    void openReference(const QString &reference);
    // Shows the Problems dock on the most severe finding about `object`, or
    // about what it controls; false when there is none.
    bool showFindingAbout(const Models::ObjectRef &object);

    // Opens a terminal tab on a running session (the dock owns `channel`)
    // titled "pod/container", and shows the Terminal dock.
    Ui::TerminalWidget *openTerminal(const QString &title, Models::TerminalChannel *channel);

    Ui::LogView *logView() const { return m_logView; }
    Ui::TerminalDock *terminals() const { return m_terminals; }
    Ui::PortForwardsPane *portForwards() const { return m_forwards; }
    Ui::ProblemsView *problems() const { return m_problems; }
    Models::FindingModel *findings() const { return m_findings; }
    DiagnosisRunner *diagnosisRunner() const { return m_diagnosis; }

Q_SIGNALS:
    void diagnosed(int findings);
    // Evidence clicked in Problems: show this object ("pod", "event", ...).
    void objectRequested(const QString &kind, const QString &namespaceName, const QString &name);

private:
    QDockWidget *addDock(const QString &objectName, QWidget *content);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showRunState();
    void openLogLine(const Models::Evidence &line);

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
    Ui::TerminalDock *m_terminals;
    QDockWidget *m_terminalDock;
    DiagnosisRunner *m_diagnosis;
    QHash<int, Models::PortForwardRequest> m_requests; // by session id

};

} // namespace Kaji::App
