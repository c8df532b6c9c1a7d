#pragma once

#include "execchannel.h"
#include "objectactions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Kaji::Kube {
class ApiClient;
class ClusterConnection;
}
namespace Kaji::Ui {
class ActionBar;
class TerminalWidget;
}

// GUI thread.
namespace Kaji::App {

class Docks;

// Shell, Attach and Run command on a pod: reads the pod to offer its
// containers, opens a tab in the Terminal dock on an ExecChannel, and
// starts a finished tab again when the user asks.
class TerminalController : public QObject {
    Q_OBJECT
public:
    TerminalController(Ui::ActionBar *bar, Docks *docks, QWidget *dialogParent, QObject *parent = nullptr);
    ~TerminalController() override;

    void setConnection(Kube::ClusterConnection *connection);

    // An empty container asks the user when the pod has several; an empty
    // command (Command mode) asks for one.
    void open(ExecSpec::Mode mode, const QString &namespaceName, const QString &pod, const QString &container = {},
              const QStringList &command = {});

Q_SIGNALS:
    // Why a terminal could not be opened (no connection, pod unreadable).
    void failed(const QString &message);

private:
    void openWithPod(ExecSpec spec, const nlohmann::json &pod);
    void openTab(const ExecSpec &spec);

    Docks *m_docks;
    QWidget *m_dialogParent;
    QPointer<Kube::ClusterConnection> m_connection;
    std::unique_ptr<Kube::ApiClient> m_client; // reads pods for the container choice
    QHash<Ui::TerminalWidget *, ExecSpec> m_specs; // for Restart
};

} // namespace Kaji::App
