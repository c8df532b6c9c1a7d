#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <memory>

// GUI thread: QProcess signals drive it, nothing blocks.
namespace Kaji::Models {

// Runs the aws CLI for the "Add an EKS cluster" wizard: `eks list-clusters`
// and `eks update-kubeconfig`. The CLI is found like exec plugins are (our
// PATH, then the login shell's) and runs with that merged PATH, its
// arguments passed as a list (no shell), stdin closed so a prompt cannot
// wait for ever, and a time limit. One command at a time: starting one stops
// the one before, whose results are then dropped.
class AwsCli : public QObject {
    Q_OBJECT
public:
    explicit AwsCli(QObject *parent = nullptr);
    ~AwsCli() override;

    // How to install AWS CLI v2 and set up a profile, for when it is missing.
    static QString installHint();

    // Per-command time limits; the process is killed after them.
    void setTimeouts(int listMs, int updateMs);
    bool isRunning() const { return m_process != nullptr; }
    void cancel();

    // `aws [--profile P] eks list-clusters --region R --output json`;
    // answers with clustersListed or failed.
    void listClusters(const QString &profile, const QString &region);
    // `aws [--profile P] eks update-kubeconfig --name N --region R [--alias A]`
    // into the default kubeconfig (first KUBECONFIG entry or ~/.kube/config);
    // streams outputLine, then answers with kubeconfigUpdated or failed.
    void updateKubeconfig(const QString &cluster, const QString &region, const QString &profile, const QString &alias);

Q_SIGNALS:
    void clustersListed(const QStringList &clusters);
    void outputLine(const QString &line, bool fromStandardError);
    // The context the CLI wrote: the alias, else the cluster's ARN.
    void kubeconfigUpdated(const QString &contextName);
    void failed(const QString &message);

private:
    enum class Command { List, Update };
    bool start(Command command, const QStringList &arguments, int timeoutMs);
    void readChannel(QProcess::ProcessChannel channel, bool flush);
    void finish(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);
    QString failureText(int exitCode) const;

    std::unique_ptr<QProcess> m_process;
    QTimer m_timeout;
    Command m_command = Command::List;
    QString m_alias;
    QByteArray m_pending[2]; // unfinished last line of stdout, stderr
    QByteArray m_stdout; // all of it, for list-clusters' JSON
    QStringList m_stderr; // the last lines, for the error message
    QString m_contextName; // from "Added new context X to F"
    int m_listTimeoutMs = 60000;
    int m_updateTimeoutMs = 120000;
};

} // namespace Kaji::Models
