#include "logscommand.h"

#include "apiclient.h"
#include "jsonfields.h"
#include "clioptions.h"
#include "logtarget.h"

#include <QEventLoop>
#include <QFileDevice>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

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

QString containerList(const QList<Kube::LogContainer> &containers)
{
    QStringList names;
    for (const Kube::LogContainer &c : containers)
        names << (c.kind == Kube::LogContainer::Kind::Init        ? c.name + QStringLiteral(" (init)")
                      : c.kind == Kube::LogContainer::Kind::Ephemeral ? c.name + QStringLiteral(" (ephem)")
                                                                      : c.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

qint64 LogsCommand::parseDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("([0-9]*\\.?[0-9]+)(ns|us|µs|ms|s|m|h)"));
    if (text.isEmpty())
        return -1;
    double seconds = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QRegularExpressionMatch m = part.match(text, pos, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return text == QLatin1String("0") ? 0 : -1;
        const double value = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double scale = unit == QLatin1String("h") ? 3600
            : unit == QLatin1String("m")                ? 60
            : unit == QLatin1String("s")                ? 1
            : unit == QLatin1String("ms")               ? 1e-3
            : unit == QLatin1String("ns")               ? 1e-9
                                                        : 1e-6;
        seconds += value * scale;
        pos = m.capturedEnd();
    }
    return std::llround(seconds);
}

int LogsCommand::usageError(const QString &message)
{
    m_err << tr("kaji logs: %1").arg(message) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
    return 2;
}

void LogsCommand::write(const QByteArray &bytes)
{
    // Logs are bytes, not text: pass them through unchanged, invalid UTF-8
    // included, so output matches kubectl's byte for byte.
    m_out.flush();
    if (QIODevice *device = m_out.device()) {
        device->write(bytes);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
    } else {
        m_out << QString::fromUtf8(bytes);
    }
}

bool LogsCommand::parse(const QStringList &arguments, Options &options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const auto value = [&](std::initializer_list<const char *> names) -> std::optional<QString> {
            for (const char *n : names) {
                const QString name = QString::fromLatin1(n);
                if (arg.startsWith(name + u'='))
                    return arg.mid(name.size() + 1);
                if (arg == name && i + 1 < arguments.size())
                    return arguments[++i];
            }
            return std::nullopt;
        };
        const auto flag = [&](std::initializer_list<const char *> names, bool &target) {
            for (const char *n : names) {
                const QString name = QString::fromLatin1(n);
                if (arg == name || arg == name + QStringLiteral("=true")) {
                    target = true;
                    return true;
                }
                if (arg == name + QStringLiteral("=false")) {
                    target = false;
                    return true;
                }
            }
            return false;
        };
        const auto number = [&](const QString &text, qint64 &target) {
            bool ok = false;
            target = text.toLongLong(&ok);
            if (!ok)
                usageError(tr("\"%1\" is not a number").arg(text));
            return ok;
        };
        if (flag({"-f", "--follow"}, options.log.follow) || flag({"-p", "--previous"}, options.log.previous)
            || flag({"--timestamps"}, options.log.timestamps) || flag({"--all-containers"}, options.allContainers)
            || flag({"--prefix"}, options.prefix))
            continue;
        if (auto v = value({"-n", "--namespace"}))
            options.namespaceName = *v;
        else if (auto v2 = value({"--context"}))
            options.context = *v2;
        else if (auto v3 = value({"-c", "--container"}))
            options.log.container = *v3;
        else if (auto v4 = value({"--tail"})) {
            if (!number(*v4, options.log.tailLines))
                return false;
        } else if (auto v5 = value({"--limit-bytes"})) {
            if (!number(*v5, options.log.limitBytes))
                return false;
        } else if (auto v6 = value({"--since"})) {
            options.log.sinceSeconds = parseDuration(*v6);
            if (options.log.sinceSeconds < 0) {
                usageError(tr("\"%1\" is not a duration such as 5s, 2m or 3h").arg(*v6));
                return false;
            }
        } else if (auto v7 = value({"--since-time"})) {
            options.log.sinceTime = QDateTime::fromString(*v7, Qt::ISODateWithMs);
            if (!options.log.sinceTime.isValid()) {
                usageError(tr("\"%1\" is not an RFC 3339 time").arg(*v7));
                return false;
            }
        } else if (!arg.startsWith(u'-') && options.target.isEmpty()) {
            options.target = arg;
        } else {
            usageError(tr("unexpected argument \"%1\"").arg(arg));
            return false;
        }
    }
    if (options.target.isEmpty()) {
        usageError(tr("name a pod, or TYPE/NAME such as deployment/web"));
        return false;
    }
    if (options.log.sinceSeconds > 0 && options.log.sinceTime.isValid()) {
        usageError(tr("--since and --since-time cannot be used together"));
        return false;
    }
    if (options.allContainers && !options.log.container.isEmpty()) {
        usageError(tr("--all-containers and --container cannot be used together"));
        return false;
    }
    return true;
}

int LogsCommand::run(const QStringList &arguments)
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

    // Resolve TYPE/NAME to one pod, as kubectl does.
    QString podName = options.target;
    nlohmann::json pod;
    const qsizetype slash = options.target.indexOf(u'/');
    const QString type = options.target.left(slash).toLower();
    if (slash >= 0 && type != QLatin1String("pod") && type != QLatin1String("pods") && type != QLatin1String("po")) {
        const Kube::LogTarget::Workload workload = Kube::LogTarget::workload(options.target, ns);
        if (workload.path.isEmpty()) {
            m_err << tr("kaji logs: cannot read the logs of a \"%1\"").arg(type) << '\n';
            return 1;
        }
        const Kube::ApiResult owner = getAndWait(client, workload.path);
        if (!owner.ok())
            return serverError(owner);
        const QString selector = Kube::LogTarget::selector(owner.body);
        if (selector.isEmpty()) {
            m_err << tr("kaji logs: %1 \"%2\" has no selector").arg(workload.kind, workload.name) << '\n';
            return 1;
        }
        const Kube::ApiResult list = getAndWait(
            client, "/api/v1/namespaces/" + QUrl::toPercentEncoding(ns) + "/pods?labelSelector=" + QUrl::toPercentEncoding(selector));
        if (!list.ok())
            return serverError(list);
        std::vector<nlohmann::json> pods;
        if (list.body.contains("items") && list.body["items"].is_array())
            for (const auto &item : list.body["items"])
                pods.push_back(item);
        const int best = Kube::LogTarget::bestPod(pods);
        if (best < 0) {
            m_err << tr("error: no pods found for %1 \"%2\"").arg(workload.kind, workload.name) << '\n';
            return 1;
        }
        pod = pods[size_t(best)];
        podName = Kube::jsonText(Kube::jsonChild(pod, "metadata"), "name");
        if (pods.size() > 1)
            m_err << tr("Found %1 pods, using pod/%2").arg(pods.size()).arg(podName) << '\n';
    } else {
        podName = options.target.mid(slash + 1);
        const Kube::ApiResult got
            = getAndWait(client, "/api/v1/namespaces/" + QUrl::toPercentEncoding(ns) + "/pods/" + QUrl::toPercentEncoding(podName));
        if (!got.ok())
            return serverError(got);
        pod = got.body;
    }

    // Which containers, as kubectl picks them.
    const QList<Kube::LogContainer> all = Kube::LogTarget::containers(pod);
    QStringList containers;
    if (options.allContainers) {
        for (const Kube::LogContainer &c : all)
            containers << c.name;
    } else if (!options.log.container.isEmpty()) {
        const bool known = std::any_of(all.begin(), all.end(), [&](const Kube::LogContainer &c) {
            return c.name == options.log.container;
        });
        if (!known) {
            m_err << tr("error: container %1 is not valid for pod %2").arg(options.log.container, podName) << '\n';
            return 1;
        }
        containers << options.log.container;
    } else {
        const QString chosen = Kube::LogTarget::defaultContainer(pod);
        const bool annotated = !Kube::jsonText(Kube::jsonChild(Kube::jsonChild(pod, "metadata"), "annotations"),
                                               "kubectl.kubernetes.io/default-container")
                                    .isEmpty();
        if (all.size() > 1 && !annotated)
            m_err << tr("Defaulted container \"%1\" out of: %2").arg(chosen, containerList(all)) << '\n';
        containers << chosen;
    }

    // Several followed containers run side by side; otherwise one after another.
    int exitCode = 0;
    QEventLoop loop;
    int running = 0;
    QList<Kube::LogStream *> streams;
    const bool parallel = options.log.follow && containers.size() > 1;
    qsizetype next = 0;
    std::function<void()> startNext = [&] {
        while (next < containers.size() && (parallel || running == 0)) {
            const QString container = containers[next++];
            Kube::LogOptions logOptions = options.log;
            logOptions.container = container;
            auto *stream = new Kube::LogStream(&client, ns, podName, logOptions);
            streams << stream;
            const QByteArray prefix
                = options.prefix ? QStringLiteral("[pod/%1/%2] ").arg(podName, container).toUtf8() : QByteArray();
            QObject::connect(stream, &Kube::LogStream::linesReceived, stream,
                             [&, prefix](const QByteArray &lines, const QList<qint64> &) {
                                 if (prefix.isEmpty()) {
                                     write(lines);
                                     return;
                                 }
                                 QByteArray out;
                                 for (QByteArrayView left(lines); !left.isEmpty();) {
                                     const qsizetype nl = left.indexOf('\n');
                                     const qsizetype len = nl < 0 ? left.size() : nl + 1;
                                     out += prefix;
                                     out += left.first(len);
                                     left = left.sliced(len);
                                 }
                                 write(out);
                             });
            QObject::connect(stream, &Kube::LogStream::finished, stream,
                             [&](Kube::LogFailure failure, const QString &message) {
                                 if (failure != Kube::LogFailure::None) {
                                     exitCode = 1;
                                     if (failure == Kube::LogFailure::Unreachable)
                                         m_err << tr("kaji: cannot reach %1: %2").arg(restConfig.cluster.server, message) << '\n';
                                     else
                                         m_err << tr("Error from server (%1): %2")
                                                      .arg(failure == Kube::LogFailure::ContainerNotReady ? QStringLiteral("BadRequest")
                                                               : failure == Kube::LogFailure::Forbidden   ? QStringLiteral("Forbidden")
                                                               : failure == Kube::LogFailure::NotFound    ? QStringLiteral("NotFound")
                                                                                                          : QStringLiteral("Error"),
                                                           message)
                                               << '\n';
                                     m_err.flush();
                                 }
                                 --running;
                                 if (exitCode != 0 && !parallel)
                                     next = containers.size();
                                 startNext();
                                 if (running == 0)
                                     loop.quit();
                             });
            ++running;
            stream->start();
        }
    };
    startNext();
    if (running > 0)
        loop.exec();
    qDeleteAll(streams);
    return exitCode;
}

} // namespace Kaji::App
