#include "execcommand.h"

#include "apiclient.h"
#include "clioptions.h"
#include "execprecheck.h"
#include "execsession.h"
#include "jsonfields.h"
#include "logtarget.h"
#include "rawterminal.h"
#include "stdinreader.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace Kaji::App {
namespace {

Kube::ApiResult getAndWait(Kube::ApiClient &client, const QByteArray &path)
{
    Kube::ApiResult result;
    QEventLoop loop;
    client.get(path, [&](const Kube::ApiResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

// How much stdin may wait in the socket before reading pauses.
constexpr qint64 StdinBacklog = 1024 * 1024;

} // namespace

int ExecCommand::usageError(const QString &message)
{
    const QString name = m_mode == Mode::Exec ? QStringLiteral("exec") : QStringLiteral("attach");
    m_err << tr("kaji %1: %2").arg(name, message) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
    return 2;
}

bool ExecCommand::parse(const QStringList &arguments, Options &options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const auto value = [&](const QString &name) { return CliOptions::value(arguments, i, name); };
        if (arg == QLatin1String("--")) {
            options.command = arguments.mid(i + 1);
            break;
        }
        if (auto ns = value(QStringLiteral("-n")); ns)
            options.namespaceName = *ns;
        else if (auto ns2 = value(QStringLiteral("--namespace")); ns2)
            options.namespaceName = *ns2;
        else if (auto ctx = value(QStringLiteral("--context")); ctx)
            options.context = *ctx;
        else if (auto c = value(QStringLiteral("-c")); c)
            options.container = *c;
        else if (auto c2 = value(QStringLiteral("--container")); c2)
            options.container = *c2;
        else if (arg == QLatin1String("--stdin"))
            options.stdinOpen = true;
        else if (arg == QLatin1String("--tty"))
            options.tty = true;
        else if (arg.size() > 1 && arg.startsWith(u'-') && !arg.startsWith(QLatin1String("--"))
                 && QStringView(arg).mid(1).toString().remove(u'i').remove(u't').isEmpty()) {
            // -i, -t, -it, -ti
            options.stdinOpen |= arg.contains(u'i');
            options.tty |= arg.contains(u't');
        } else if (!arg.startsWith(u'-') && options.target.isEmpty())
            options.target = arg;
        else {
            usageError(tr("unexpected argument \"%1\"").arg(arg));
            return false;
        }
    }
    if (options.target.isEmpty()) {
        usageError(m_mode == Mode::Exec ? tr("name a pod and a command, e.g. \"kaji exec web-1 -- ls /\"")
                                        : tr("name a pod, or TYPE/NAME such as deployment/web"));
        return false;
    }
    if (m_mode == Mode::Exec && options.command.isEmpty()) {
        usageError(tr("name the command after \"--\", e.g. \"kaji exec %1 -- sh\"").arg(options.target));
        return false;
    }
    if (m_mode == Mode::Attach && !options.command.isEmpty()) {
        usageError(tr("attach takes no command"));
        return false;
    }
    return true;
}

int ExecCommand::run(const QStringList &arguments)
{
    Options options;
    if (!parse(arguments, options))
        return 2;
    const std::optional<Kube::RestConfig> rest = CliOptions::restConfigOrReport(options.context, m_err);
    if (!rest)
        return 1;
    const Kube::RestConfig &restConfig = *rest;
    const QString ns = options.namespaceName.isEmpty() ? restConfig.namespaceName : options.namespaceName;
    Kube::ApiClient client(restConfig);
    const auto serverError = [&](const Kube::ApiResult &result) {
        if (result.status == 0)
            m_err << tr("kaji: cannot reach %1: %2").arg(restConfig.cluster.server, result.error) << '\n';
        else
            m_err << tr("Error from server (%1): %2").arg(result.reason, result.error) << '\n';
        return 1;
    };

    // The pod (a workload's best one) and its container, as kubectl picks them.
    nlohmann::json pod;
    QString podName = options.target;
    const qsizetype slash = options.target.indexOf(u'/');
    const QString type = options.target.left(slash).toLower();
    if (slash >= 0 && type != QLatin1String("pod") && type != QLatin1String("pods") && type != QLatin1String("po")) {
        const Kube::LogTarget::Workload workload = Kube::LogTarget::workload(options.target, ns);
        if (workload.path.isEmpty()) {
            usageError(tr("cannot pick a pod of a \"%1\"").arg(type));
            return 2;
        }
        const Kube::ApiResult owner = getAndWait(client, workload.path);
        if (!owner.ok())
            return serverError(owner);
        const QString selector = Kube::LogTarget::selector(owner.body);
        const Kube::ApiResult list = getAndWait(client, "/api/v1/namespaces/" + QUrl::toPercentEncoding(ns)
                                                            + "/pods?labelSelector=" + QUrl::toPercentEncoding(selector));
        if (!list.ok())
            return serverError(list);
        std::vector<nlohmann::json> pods;
        if (!selector.isEmpty() && list.body.contains("items") && list.body["items"].is_array())
            for (const auto &item : list.body["items"])
                pods.push_back(item);
        const int best = Kube::LogTarget::bestPod(pods);
        if (best < 0) {
            m_err << tr("error: no pods found for %1 \"%2\"").arg(workload.kind, workload.name) << '\n';
            return 1;
        }
        pod = pods[size_t(best)];
        podName = Kube::jsonText(Kube::jsonChild(pod, "metadata"), "name");
    } else {
        podName = options.target.mid(slash + 1);
        const Kube::ApiResult got = getAndWait(client, "/api/v1/namespaces/" + QUrl::toPercentEncoding(ns) + "/pods/"
                                                           + QUrl::toPercentEncoding(podName));
        if (!got.ok())
            return serverError(got);
        pod = got.body;
    }
    QString container = options.container;
    if (container.isEmpty()) {
        container = Kube::LogTarget::defaultContainer(pod);
        QStringList names;
        for (const Kube::LogContainer &c : Kube::LogTarget::containers(pod)) {
            if (c.kind == Kube::LogContainer::Kind::Regular)
                names << c.name;
        }
        const bool annotated = !Kube::jsonText(Kube::jsonChild(Kube::jsonChild(pod, "metadata"), "annotations"),
                                               "kubectl.kubernetes.io/default-container")
                                    .isEmpty();
        if (names.size() > 1 && !annotated)
            m_err << tr("Defaulted container \"%1\" out of: %2").arg(container, names.join(QStringLiteral(", ")))
                  << '\n';
    }

    // kubectl refuses only a completed pod, with the phase; Kaji names the
    // container and its state for every container that is not running.
    if (const QString why = Kube::ExecPrecheck::notRunning(pod, container); !why.isEmpty()) {
        m_err << tr("error: %1").arg(why) << '\n';
        return 1;
    }

    // A TTY needs a terminal to be raw; without one kubectl goes on without.
    RawTerminal terminal;
    bool tty = options.tty;
    if (tty && !(options.stdinOpen && RawTerminal::stdinIsTerminal())) {
        m_err << tr("Unable to use a TTY - input is not a terminal or the right kind of file") << '\n';
        tty = false;
    }
    m_err.flush();

    Kube::ExecRequest request{ns, podName, container, options.command, m_mode == Mode::Attach, options.stdinOpen, tty};
    Kube::ExecSession session(&client, request);
    QFile out, err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QObject::connect(&session, &Kube::ExecSession::output, &session, [&](int channel, const QByteArray &data) {
        (channel == 2 ? err : out).write(data);
    });

    QEventLoop loop;
    Kube::ExecResult result;
    QObject::connect(&session, &Kube::ExecSession::finished, &loop, [&](const Kube::ExecResult &r) {
        result = r;
        loop.quit();
    });

    StdinReader reader;
    // A chunk is sent, the reader waits for room. Out here: the handlers
    // below read it for as long as the session runs, after the block that
    // connects them has ended.
    bool waiting = false;
    if (options.stdinOpen) {
        QObject::connect(&reader, &StdinReader::chunk, &session, [&](const QByteArray &data) {
            session.writeStdin(data);
            if (session.bytesToWrite() < StdinBacklog)
                reader.consumed();
            else
                waiting = true;
        });
        QObject::connect(&session, &Kube::ExecSession::bytesWritten, &reader, [&] {
            if (waiting && session.bytesToWrite() < StdinBacklog) {
                waiting = false;
                reader.consumed();
            }
        });
        QObject::connect(&reader, &StdinReader::finished, &session, [&] { session.closeStdin(); });
        reader.start();
    }

    QTimer resizeWatch;
    if (tty) {
        terminal.enterRawMode();
        const QSize size = RawTerminal::size();
        if (size.isValid())
            session.resize(size.width(), size.height());
        RawTerminal::watchResize();
        QObject::connect(&resizeWatch, &QTimer::timeout, &session, [&] {
            if (!RawTerminal::resized())
                return;
            const QSize now = RawTerminal::size();
            if (now.isValid())
                session.resize(now.width(), now.height());
        });
        resizeWatch.start(100);
    }

    session.start();
    loop.exec();
    terminal.restore();

    switch (result.kind) {
    case Kube::ExecResult::Kind::Success:
        return 0;
    case Kube::ExecResult::Kind::ExitCode:
        m_err << result.message << '\n';
        return result.exitCode;
    case Kube::ExecResult::Kind::ConnectionFailed:
        m_err << tr("kaji: cannot reach %1: %2").arg(restConfig.cluster.server, result.message) << '\n';
        return 1;
    default:
        m_err << tr("error: %1").arg(result.message) << '\n';
        return 1;
    }
}

} // namespace Kaji::App
