#include "portforwardcommand.h"

#include "apiclient.h"
#include "clioptions.h"
#include "portforwardsession.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>

namespace Kaji::App {
namespace {

std::atomic<int> g_stopSignal{0};

void onStopSignal(int signal)
{
    g_stopSignal = signal;
}

} // namespace

int PortForwardCommand::usageError(const QString &message)
{
    m_err << tr("kaji port-forward: %1").arg(message) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
    return 2;
}

bool PortForwardCommand::parse(const QStringList &arguments, Options &options)
{
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const auto value = [&](const QString &name) { return CliOptions::value(arguments, i, name); };
        if (auto ns = value(QStringLiteral("-n")); ns)
            options.namespaceName = *ns;
        else if (auto ns2 = value(QStringLiteral("--namespace")); ns2)
            options.namespaceName = *ns2;
        else if (auto ctx = value(QStringLiteral("--context")); ctx)
            options.context = *ctx;
        else if (auto address = value(QStringLiteral("--address")); address)
            options.addresses += address->split(u',', Qt::SkipEmptyParts);
        else if (!arg.startsWith(u'-') || arg == QLatin1String("-"))
            positional.append(arg);
        else {
            usageError(tr("unexpected argument \"%1\"").arg(arg));
            return false;
        }
    }
    if (positional.size() < 2) {
        usageError(tr("name a target and at least one port, e.g. \"kaji port-forward svc/web 8080:80\""));
        return false;
    }
    const QString target = positional.takeFirst();
    const QString typed = target.contains(u'/') ? target.section(u'/', 0, 0) : QStringLiteral("pod");
    options.name = target.contains(u'/') ? target.section(u'/', 1) : target;
    const auto kind = Kube::PortForwardTarget::canonicalKind(typed);
    if (!kind || options.name.isEmpty()) {
        usageError(tr("cannot forward to \"%1\": use pod, deployment, statefulset, replicaset, "
                      "replicationcontroller or service").arg(target));
        return false;
    }
    options.kind = *kind;
    for (const QString &spec : std::as_const(positional)) {
        PortPair pair;
        const QString local = spec.contains(u':') ? spec.section(u':', 0, 0) : spec;
        pair.remote = spec.contains(u':') ? spec.section(u':', 1) : spec;
        bool localOk = true;
        const uint localNumber = local.isEmpty() ? 0 : local.toUInt(&localOk);
        bool remoteNumeric = false;
        const uint remoteNumber = pair.remote.toUInt(&remoteNumeric);
        const bool remoteOk = remoteNumeric ? remoteNumber > 0 && remoteNumber < 65536 : !pair.remote.isEmpty();
        if (!localOk || localNumber > 65535 || !remoteOk || (!spec.contains(u':') && !remoteNumeric)) {
            usageError(tr("invalid port \"%1\" (use LOCAL:REMOTE, :REMOTE or PORT)").arg(spec));
            return false;
        }
        pair.local = quint16(localNumber);
        options.ports.append(pair);
    }
    if (options.addresses.isEmpty())
        options.addresses.append(QStringLiteral("127.0.0.1"));
    for (const QString &address : std::as_const(options.addresses)) {
        if (address != QLatin1String("localhost") && QHostAddress(address).isNull()) {
            usageError(tr("invalid address \"%1\"").arg(address));
            return false;
        }
    }
    return true;
}

int PortForwardCommand::run(const QStringList &arguments)
{
    Options options;
    if (!parse(arguments, options))
        return 2;
    const std::optional<Kube::RestConfig> rest = CliOptions::restConfigOrReport(options.context, m_err);
    if (!rest)
        return 1;
    const Kube::RestConfig &restConfig = *rest;
    const QString namespaceName = options.namespaceName.isEmpty() ? restConfig.namespaceName : options.namespaceName;
    QList<QHostAddress> addresses;
    for (const QString &address : std::as_const(options.addresses)) {
        if (address == QLatin1String("localhost"))
            addresses << QHostAddress(QHostAddress::LocalHost) << QHostAddress(QHostAddress::LocalHostIPv6);
        else
            addresses << QHostAddress(address);
    }

    Kube::ApiClient client(restConfig);
    QEventLoop loop;
    int exitCode = 0;
    std::vector<std::unique_ptr<Kube::PortForwardSession>> sessions;
    // Sessions start one after another: a ":REMOTE" port picks a free port
    // on the first address and keeps it on the others, as kubectl does.
    std::function<void(qsizetype)> startNext = [&](qsizetype index) {
        const qsizetype perPort = addresses.size();
        if (index >= options.ports.size() * perPort)
            return;
        const PortPair &pair = options.ports[index / perPort];
        const quint16 local = index % perPort == 0 ? pair.local : sessions.back()->localPort();
        auto session = std::make_unique<Kube::PortForwardSession>(
            &client, Kube::PortForwardTarget{namespaceName, options.kind, options.name, pair.remote},
            addresses[index % perPort], local);
        Kube::PortForwardSession *s = session.get();
        sessions.push_back(std::move(session));
        QObject::connect(s, &Kube::PortForwardSession::stateChanged, &loop,
                         [&, s, index](Kube::PortForwardSession::State state, const QString &message) {
                             using State = Kube::PortForwardSession::State;
                             if (state == State::Active && !s->property("announced").toBool()) {
                                 s->setProperty("announced", true);
                                 const QString host = s->address().protocol() == QAbstractSocket::IPv6Protocol
                                     ? u'[' + s->address().toString() + u']'
                                     : s->address().toString();
                                 m_out << "Forwarding from " << host << ':' << s->localPort() << " -> "
                                       << s->remotePort() << '\n';
                                 m_out.flush();
                                 startNext(index + 1);
                             } else if (state == State::Reconnecting) {
                                 m_err << tr("kaji: %1").arg(message) << '\n';
                                 m_err.flush();
                             } else if (state == State::Failed) {
                                 m_err << tr("error: %1").arg(message) << '\n';
                                 exitCode = 1;
                                 loop.quit();
                             }
                         });
        QObject::connect(s, &Kube::PortForwardSession::connectionAccepted, &loop, [&, s] {
            m_out << "Handling connection for " << s->localPort() << '\n';
            m_out.flush();
        });
        QObject::connect(s, &Kube::PortForwardSession::transportChanged, &loop, [&, s] {
            m_err << tr("kaji: the server offers no SPDY tunnel for port-forward; using %1").arg(s->transportName())
                  << '\n';
            m_err.flush();
        });
        QObject::connect(s, &Kube::PortForwardSession::connectionFailed, &loop, [&](const QString &message) {
            m_err << tr("error: %1").arg(message) << '\n';
            m_err.flush();
        });
        s->start();
    };

    g_stopSignal = 0;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &loop, [&] {
        if (g_stopSignal != 0)
            loop.quit();
    });
    signalPoll.start(100);
    startNext(0);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    for (const auto &session : sessions)
        session->stop();
    return exitCode;
}

} // namespace Kaji::App
