#include "getcommand.h"

#include "apiclient.h"
#include "clitable.h"
#include "clioptions.h"
#include "podstore.h"
#include "podtable.h"
#include "reflector.h"
#include "tableget.h"

#include <QDateTime>
#include <QEventLoop>
#include <QUrl>

#include <algorithm>

namespace Kaji::App {
namespace {

QList<Kube::SharedRecord<Kube::PodRecord>> sortedPods(const QHash<QString, Kube::SharedRecord<Kube::PodRecord>> &pods)
{
    QList<Kube::SharedRecord<Kube::PodRecord>> list = pods.values();
    // The order the API lists them in (its storage keys): namespace, then name.
    std::sort(list.begin(), list.end(), [](const Kube::PodRecord &a, const Kube::PodRecord &b) {
        return std::pair(a.namespaceName, a.name) < std::pair(b.namespaceName, b.name);
    });
    return list;
}

} // namespace

int GetCommand::usageError(const QString &message)
{
    m_err << tr("kaji get: %1").arg(message) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
    return 2;
}

bool GetCommand::parse(const QStringList &arguments, Options &options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const auto value = [&](const QString &name) { return CliOptions::value(arguments, i, name); };
        if (arg == QLatin1String("-A") || arg == QLatin1String("--all-namespaces"))
            options.allNamespaces = true;
        else if (arg == QLatin1String("-w") || arg == QLatin1String("--watch"))
            options.watch = true;
        else if (auto ns = value(QStringLiteral("-n")); ns)
            options.namespaceName = *ns;
        else if (auto ns2 = value(QStringLiteral("--namespace")); ns2)
            options.namespaceName = *ns2;
        else if (auto ctx = value(QStringLiteral("--context")); ctx)
            options.context = *ctx;
        else if (auto out = value(QStringLiteral("-o")); out)
            options.output = *out;
        else if (auto out2 = value(QStringLiteral("--output")); out2)
            options.output = *out2;
        else if (!arg.startsWith(u'-') && options.kind.isEmpty())
            options.kind = arg;
        else {
            usageError(tr("unexpected argument \"%1\"").arg(arg));
            return false;
        }
    }
    if (options.kind.isEmpty()) {
        usageError(tr("name the kind of resource to list, e.g. \"kaji get pods\""));
        return false;
    }
    static const QStringList formats = {QString(), QStringLiteral("wide"), QStringLiteral("name"), QStringLiteral("json"),
                                        QStringLiteral("yaml")};
    if (!formats.contains(options.output)) {
        usageError(tr("unsupported output format \"%1\" (use wide, name, json or yaml)").arg(options.output));
        return false;
    }
    return true;
}

int GetCommand::run(const QStringList &arguments)
{
    Options options;
    if (!parse(arguments, options))
        return 2;
    static const QStringList podNames = {QStringLiteral("pods"), QStringLiteral("pod"), QStringLiteral("po")};
    const std::optional<Kube::RestConfig> rest = CliOptions::restConfigOrReport(options.context, m_err);
    if (!rest)
        return 1;
    const Kube::RestConfig &restConfig = *rest;
    const QString namespaceName = options.namespaceName.isEmpty() ? restConfig.namespaceName : options.namespaceName;
    // Pods' own table comes from Kaji's pod store; every other listing from
    // the server's printed table or the objects themselves.
    const bool podTable = podNames.contains(options.kind)
        && (options.output.isEmpty() || options.output == QLatin1String("wide") || options.output == QLatin1String("name"));
    if (!podTable) {
        TableGet generic(m_out, m_err);
        return generic.run(restConfig, {options.kind, namespaceName, options.allNamespaces, options.output, options.watch});
    }
    const QByteArray path = options.allNamespaces
        ? QByteArrayLiteral("/api/v1/pods")
        : "/api/v1/namespaces/" + QUrl::toPercentEncoding(namespaceName) + "/pods";

    Kube::ApiClient client(restConfig);
    Kube::PodStore store;
    Kube::Reflector reflector(&client, path, &store);
    const PodTable table(options.allNamespaces, options.output == QLatin1String("wide"));
    QEventLoop loop;
    int exitCode = 0;
    bool listed = false;
    QHash<QString, Kube::SharedRecord<Kube::PodRecord>> lastSeen; // for printing deletions in --watch

    QObject::connect(&reflector, &Kube::Reflector::stateChanged, &loop,
                     [&](Kube::Reflector::State state, const QString &message) {
                         if (listed || state == Kube::Reflector::State::Connecting
                             || state == Kube::Reflector::State::Synced)
                             return;
                         // A command fails fast; the window keeps retrying instead.
                         if (state == Kube::Reflector::State::Reconnecting)
                             m_err << tr("kaji: cannot reach %1: %2").arg(restConfig.cluster.server, message) << '\n';
                         else
                             m_err << tr("Error from server (%1): %2")
                                          .arg(state == Kube::Reflector::State::Forbidden ? QStringLiteral("Forbidden")
                                                                                          : QStringLiteral("Error"),
                                               message)
                                   << '\n';
                         exitCode = 1;
                         loop.quit();
                     });
    QObject::connect(&store, &Kube::PodStore::changed, &loop, [&](const Kube::PodChangeBatchPtr &batch) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!listed) {
            listed = true;
            const QList<Kube::SharedRecord<Kube::PodRecord>> pods = sortedPods(store.pods());
            if (pods.isEmpty()) {
                m_err << (options.allNamespaces ? tr("No resources found") : tr("No resources found in %1 namespace.").arg(namespaceName))
                      << '\n';
                m_err.flush(); // a watch may run for hours: say it now
            } else if (options.output == QLatin1String("name")) {
                for (const Kube::PodRecord &pod : pods)
                    m_out << "pod/" << pod.name << '\n';
            } else {
                CliTable out(table.header());
                for (const Kube::PodRecord &pod : pods)
                    out.addRow(table.row(pod, now));
                out.print(m_out);
            }
            m_out.flush();
            lastSeen = store.pods();
            if (!options.watch)
                loop.quit();
            return;
        }
        // --watch: one line per change, as kubectl prints them (unaligned).
        for (const Kube::SharedRecord<Kube::PodRecord> &pod : batch->upserted) {
            m_out << table.row(*pod, now).join(QStringLiteral("   ")) << '\n';
            lastSeen.insert(pod.key(), pod); // the handle's key, made once in the store
        }
        for (const QString &key : batch->removed) {
            if (const auto it = lastSeen.constFind(key); it != lastSeen.constEnd())
                m_out << table.row(*it, now).join(QStringLiteral("   ")) << '\n';
            lastSeen.remove(key);
        }
        m_out.flush();
    });
    reflector.start();
    loop.exec();
    return exitCode;
}

} // namespace Kaji::App
