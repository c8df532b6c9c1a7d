#include "awscli.h"

#include "executablelookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace Kaji::Models {
namespace {

constexpr int keptErrorLines = 8;

QStringList profileArguments(const QString &profile)
{
    return profile.isEmpty() ? QStringList() : QStringList { QStringLiteral("--profile"), profile };
}

// The context name in the CLI's closing line: "Added new context X to F"
// or "Updated context X in F".
QString contextOfLine(const QString &line)
{
    static const QRegularExpression added(QStringLiteral("^Added new context (.+) to .+$"));
    static const QRegularExpression updated(QStringLiteral("^Updated context (.+) in .+$"));
    for (const QRegularExpression *pattern : { &added, &updated }) {
        const QRegularExpressionMatch match = pattern->match(line);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

} // namespace

AwsCli::AwsCli(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int seconds = m_command == Command::List ? m_listTimeoutMs / 1000 : m_updateTimeoutMs / 1000;
        fail(tr("The aws CLI did not finish within %n second(s) and was stopped. Check your network and "
                "that the profile does not wait for a sign-in (for SSO profiles run \"aws sso login\" first).",
            nullptr, seconds));
    });
}

AwsCli::~AwsCli()
{
    cancel();
}

QString AwsCli::installHint()
{
    return tr("The aws CLI was not found on your PATH or your login shell's PATH. Install AWS CLI v2:\n"
              "• Linux: the official installer: curl \"https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip\" "
              "-o awscliv2.zip && unzip awscliv2.zip && sudo ./aws/install\n"
              "• macOS: brew install awscli, or the official .pkg installer\n"
              "• Windows: the MSI from https://awscli.amazonaws.com/AWSCLIV2.msi\n"
              "Then run \"aws configure\" (or \"aws configure sso\") to set up a profile, and open this wizard again.");
}

void AwsCli::setTimeouts(int listMs, int updateMs)
{
    m_listTimeoutMs = listMs;
    m_updateTimeoutMs = updateMs;
}

void AwsCli::cancel()
{
    m_timeout.stop();
    if (!m_process)
        return;
    // Results of a stopped command must not arrive later.
    QProcess *process = m_process.release();
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(2000);
    }
    // We may be inside one of its signals.
    process->deleteLater();
}

void AwsCli::listClusters(const QString &profile, const QString &region)
{
    start(Command::List,
        profileArguments(profile)
            + QStringList { QStringLiteral("eks"), QStringLiteral("list-clusters"), QStringLiteral("--region"), region,
                QStringLiteral("--output"), QStringLiteral("json") },
        m_listTimeoutMs);
}

void AwsCli::updateKubeconfig(
    const QString &cluster, const QString &region, const QString &profile, const QString &alias)
{
    QStringList arguments = profileArguments(profile)
        + QStringList { QStringLiteral("eks"), QStringLiteral("update-kubeconfig"), QStringLiteral("--name"), cluster,
              QStringLiteral("--region"), region };
    if (!alias.isEmpty())
        arguments << QStringLiteral("--alias") << alias;
    m_alias = alias;
    start(Command::Update, arguments, m_updateTimeoutMs);
}

bool AwsCli::start(Command command, const QStringList &arguments, int timeoutMs)
{
    cancel();
    m_command = command;
    m_pending[0].clear();
    m_pending[1].clear();
    m_stdout.clear();
    m_stderr.clear();
    m_contextName.clear();
    const QString program = Kube::ExecutableLookup::find(QStringLiteral("aws"));
    if (program.isEmpty()) {
        // Queued, so a caller that connects after calling still hears it.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(installHint()); }, Qt::QueuedConnection);
        return false;
    }
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), Kube::ExecutableLookup::mergedPath());
    // AWS CLI v2 pages output through `less` by default.
    environment.insert(QStringLiteral("AWS_PAGER"), QString());
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
        [this] { readChannel(QProcess::StandardOutput, false); });
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
        [this] { readChannel(QProcess::StandardError, false); });
    connect(m_process.get(), &QProcess::finished, this, &AwsCli::finish);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start %1: %2").arg(program, m_process->errorString()));
    });
    m_timeout.start(timeoutMs);
    m_process->start(program, arguments);
    return true;
}

void AwsCli::readChannel(QProcess::ProcessChannel channel, bool flush)
{
    if (!m_process)
        return;
    const bool isError = channel == QProcess::StandardError;
    QByteArray &pending = m_pending[isError ? 1 : 0];
    m_process->setReadChannel(channel);
    const QByteArray chunk = m_process->readAll();
    if (!isError && m_command == Command::List)
        m_stdout += chunk;
    pending += chunk;
    qsizetype start = 0;
    for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
        const QString line = QString::fromLocal8Bit(pending.mid(start, end - start)).trimmed();
        start = end + 1;
        if (isError && !line.isEmpty()) {
            m_stderr << line;
            if (m_stderr.size() > keptErrorLines)
                m_stderr.removeFirst();
        }
        if (m_command == Command::Update) {
            if (!isError && m_contextName.isEmpty())
                m_contextName = contextOfLine(line);
            Q_EMIT outputLine(line, isError);
        }
    }
    pending.remove(0, start);
    if (flush && !pending.isEmpty()) {
        pending += '\n';
        readChannel(channel, false);
    }
}

void AwsCli::finish(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    readChannel(QProcess::StandardOutput, true);
    readChannel(QProcess::StandardError, true);
    m_timeout.stop();
    QProcess *process = m_process.release();
    process->disconnect(this);
    process->deleteLater(); // we are inside its finished signal
    if (status != QProcess::NormalExit) {
        Q_EMIT failed(tr("The aws CLI crashed.") + failureText(-1));
        return;
    }
    if (exitCode != 0) {
        Q_EMIT failed(failureText(exitCode));
        return;
    }
    if (m_command == Command::Update) {
        const QString context = m_alias.isEmpty() ? m_contextName : m_alias;
        if (context.isEmpty())
            Q_EMIT failed(tr("The aws CLI finished but did not say which context it wrote."));
        else
            Q_EMIT kubeconfigUpdated(context);
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(m_stdout);
    const QJsonValue clusters = document.object().value(QLatin1String("clusters"));
    if (!clusters.isArray()) {
        Q_EMIT failed(tr("The aws CLI answered with something other than a cluster list: %1")
                          .arg(QString::fromLocal8Bit(m_stdout.left(300)).trimmed()));
        return;
    }
    QStringList names;
    for (const QJsonValue &value : clusters.toArray()) {
        if (value.isString())
            names << value.toString();
    }
    Q_EMIT clustersListed(names);
}

void AwsCli::fail(const QString &message)
{
    cancel();
    Q_EMIT failed(message);
}

QString AwsCli::failureText(int exitCode) const
{
    const QString details = m_stderr.isEmpty() ? tr("(it wrote no error message)") : m_stderr.join(u'\n');
    if (exitCode < 0)
        return u'\n' + details;
    return tr("The aws CLI failed (exit code %1):\n%2").arg(exitCode).arg(details);
}

} // namespace Kaji::Models
