#include "topcommand.h"

#include "apiclient.h"
#include "clioptions.h"
#include "clitable.h"
#include "metrics/metricsgap.h"
#include "resourcemetrics.h"
#include "usagequantity.h"

#include <QEventLoop>

#include <algorithm>

namespace Kaji::App {
namespace {

// One request, waited for: the headless process has nothing else to do.
Kube::ApiResult fetch(Kube::ApiClient &client, const QString &path, bool parse)
{
    QEventLoop loop;
    Kube::ApiResult answer;
    Kube::RequestOptions options;
    options.parseBody = parse;
    client.get(path.toUtf8(), [&](const Kube::ApiResult &r) {
        answer = r;
        loop.quit();
    }, options);
    loop.exec();
    return answer;
}

QString cpuText(qint64 nanocores)
{
    return QString::number(Kube::nanocoresToMillis(nanocores)) + u'm';
}

QString memoryText(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024)) + QStringLiteral("Mi");
}

// kubectl's percentage: milli-values divided, truncated.
QString percent(qint64 usedMilli, qint64 availableMilli)
{
    const double fraction = availableMilli > 0 ? double(usedMilli) / double(availableMilli) * 100 : 0.0;
    return QString::number(qint64(fraction)) + u'%';
}

struct Allocatable {
    qint64 cpuMillis = 0;
    qint64 memoryMilli = 0; // memory in milli-bytes, as Quantity.MilliValue() gives it
};

std::map<QString, Allocatable> allocatableOf(const nlohmann::json &nodeList)
{
    std::map<QString, Allocatable> nodes;
    for (const nlohmann::json &node : nodeList.value("items", nlohmann::json::array())) {
        const QString name = QString::fromStdString(node["metadata"].value("name", std::string()));
        const nlohmann::json allocatable = node.value("status", nlohmann::json::object()).value("allocatable", nlohmann::json::object());
        Allocatable a;
        a.cpuMillis = Kube::nanocoresToMillis(Kube::cpuNanocores(allocatable.value("cpu", std::string("0"))).value_or(0));
        a.memoryMilli = Kube::memoryBytes(allocatable.value("memory", std::string("0"))).value_or(0) * 1000;
        nodes[name] = a;
    }
    return nodes;
}

} // namespace

int TopCommand::usageError(const QString &message)
{
    m_err << tr("kaji top: %1").arg(message) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
    return 2;
}

bool TopCommand::parse(const QStringList &arguments, Options &options)
{
    if (arguments.isEmpty()) {
        usageError(tr("name what to show: \"kaji top nodes\" or \"kaji top pods\""));
        return false;
    }
    const QString &what = arguments.first();
    if (what == QLatin1String("nodes") || what == QLatin1String("node") || what == QLatin1String("no"))
        options.nodes = true;
    else if (what != QLatin1String("pods") && what != QLatin1String("pod") && what != QLatin1String("po")) {
        usageError(tr("unknown resource \"%1\" (use nodes or pods)").arg(what));
        return false;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("-A") || arg == QLatin1String("--all-namespaces"))
            options.allNamespaces = true;
        else if (arg == QLatin1String("--containers"))
            options.containers = true;
        else if (auto ns = CliOptions::value(arguments, i, QStringLiteral("-n")); ns)
            options.namespaceName = *ns;
        else if (auto ns2 = CliOptions::value(arguments, i, QStringLiteral("--namespace")); ns2)
            options.namespaceName = *ns2;
        else if (auto sort = CliOptions::value(arguments, i, QStringLiteral("--sort-by")); sort)
            options.sortBy = *sort;
        else if (auto ctx = CliOptions::value(arguments, i, QStringLiteral("--context")); ctx)
            options.context = *ctx;
        else {
            usageError(tr("unexpected argument \"%1\"").arg(arg));
            return false;
        }
    }
    if (!options.sortBy.isEmpty() && options.sortBy != QLatin1String("cpu") && options.sortBy != QLatin1String("memory")) {
        usageError(tr("--sort-by accepts only cpu or memory"));
        return false;
    }
    return true;
}

int TopCommand::run(const QStringList &arguments)
{
    Options options;
    if (!parse(arguments, options))
        return 2;
    const std::optional<Kube::RestConfig> rest = CliOptions::restConfigOrReport(options.context, m_err);
    if (!rest)
        return 1;
    Kube::ApiClient client(*rest);
    if (options.nodes)
        return topNodes(client, options);
    return topPods(client, options, options.namespaceName.isEmpty() ? rest->namespaceName : options.namespaceName);
}

int TopCommand::reportFailure(Kube::ApiClient &client, const Kube::ApiResult &result)
{
    const Kube::ApiResult apiService = fetch(client, Models::metricsApiServicePath(), true);
    const Models::MetricsGap gap = Models::explainMetricsFailure(
        result, apiService.status == 0 || apiService.status == 403 ? std::nullopt : std::optional(apiService));
    m_err << tr("error: %1").arg(gap.text) << '\n';
    return 1;
}

int TopCommand::topNodes(Kube::ApiClient &client, const Options &options)
{
    const Kube::ApiResult answer = fetch(client, QStringLiteral("/apis/metrics.k8s.io/v1beta1/nodes"), false);
    if (!answer.ok())
        return reportFailure(client, answer);
    std::optional<Kube::NodeUsageList> metrics = Kube::decodeNodeMetrics(answer.raw);
    if (!metrics) {
        m_err << tr("error: the metrics API answered with something that is not a NodeMetricsList") << '\n';
        return 1;
    }
    if (metrics->items.isEmpty()) {
        m_err << tr("error: metrics not available yet") << '\n';
        return 1;
    }
    const Kube::ApiResult nodes = fetch(client, QStringLiteral("/api/v1/nodes"), true);
    if (!nodes.ok()) {
        m_err << tr("Error from server (%1): %2").arg(nodes.reason, nodes.error) << '\n';
        return 1;
    }
    std::map<QString, Allocatable> available = allocatableOf(nodes.body);
    QList<Kube::NodeUsage> &items = metrics->items;
    std::sort(items.begin(), items.end(), [&](const Kube::NodeUsage &a, const Kube::NodeUsage &b) {
        if (options.sortBy == QLatin1String("cpu"))
            return Kube::nanocoresToMillis(a.usage.cpuNanocores) > Kube::nanocoresToMillis(b.usage.cpuNanocores);
        if (options.sortBy == QLatin1String("memory"))
            return a.usage.memoryBytes > b.usage.memoryBytes;
        return a.name < b.name;
    });
    CliTable table({QStringLiteral("NAME"), QStringLiteral("CPU(cores)"), QStringLiteral("CPU(%)"),
                    QStringLiteral("MEMORY(bytes)"), QStringLiteral("MEMORY(%)")});
    for (const Kube::NodeUsage &node : std::as_const(items)) {
        QStringList row{node.name, cpuText(node.usage.cpuNanocores)};
        const auto a = available.find(node.name);
        if (a != available.end())
            row << percent(Kube::nanocoresToMillis(node.usage.cpuNanocores), a->second.cpuMillis);
        row << memoryText(node.usage.memoryBytes);
        if (a != available.end()) {
            row << percent(node.usage.memoryBytes * 1000, a->second.memoryMilli);
            available.erase(a);
        }
        table.addRow(row);
    }
    // Nodes the metrics API has no sample of, as kubectl lists them.
    const QString unknown = QStringLiteral("<unknown>");
    for (const auto &[name, unused] : available)
        table.addRow({name, unknown, unknown, unknown, unknown});
    table.print(m_out);
    return 0;
}

int TopCommand::topPods(Kube::ApiClient &client, const Options &options, const QString &namespaceName)
{
    const QString path = options.allNamespaces
        ? QStringLiteral("/apis/metrics.k8s.io/v1beta1/pods")
        : QStringLiteral("/apis/metrics.k8s.io/v1beta1/namespaces/%1/pods").arg(namespaceName);
    const Kube::ApiResult answer = fetch(client, path, false);
    if (!answer.ok())
        return reportFailure(client, answer);
    std::optional<Kube::PodUsageList> metrics = Kube::decodePodMetrics(answer.raw);
    if (!metrics) {
        m_err << tr("error: the metrics API answered with something that is not a PodMetricsList") << '\n';
        return 1;
    }
    if (metrics->items.isEmpty()) {
        m_err << (options.allNamespaces ? tr("No resources found") : tr("No resources found in %1 namespace.").arg(namespaceName))
              << '\n';
        return 0;
    }
    QList<Kube::PodUsage> &items = metrics->items;
    const auto byUsage = [&](const Kube::Usage &a, const Kube::Usage &b, const QString &aName, const QString &bName) {
        if (options.sortBy == QLatin1String("cpu"))
            return Kube::nanocoresToMillis(a.cpuNanocores) > Kube::nanocoresToMillis(b.cpuNanocores);
        if (options.sortBy == QLatin1String("memory"))
            return a.memoryBytes > b.memoryBytes;
        return aName < bName;
    };
    std::sort(items.begin(), items.end(), [&](const Kube::PodUsage &a, const Kube::PodUsage &b) {
        if (options.sortBy.isEmpty() && options.allNamespaces && a.namespaceName != b.namespaceName)
            return a.namespaceName < b.namespaceName;
        return byUsage(a.total(), b.total(), a.name, b.name);
    });
    QStringList header;
    if (options.allNamespaces)
        header << QStringLiteral("NAMESPACE");
    if (options.containers)
        header << QStringLiteral("POD");
    header << QStringLiteral("NAME") << QStringLiteral("CPU(cores)") << QStringLiteral("MEMORY(bytes)");
    CliTable table(header);
    for (Kube::PodUsage &pod : items) {
        const QStringList lead = options.allNamespaces ? QStringList{pod.namespaceName} : QStringList{};
        if (!options.containers) {
            const Kube::Usage total = pod.total();
            table.addRow(lead + QStringList{pod.name, cpuText(total.cpuNanocores), memoryText(total.memoryBytes)});
            continue;
        }
        std::sort(pod.containers.begin(), pod.containers.end(), [&](const Kube::ContainerUsage &a, const Kube::ContainerUsage &b) {
            return byUsage(a.usage, b.usage, a.name, b.name);
        });
        for (const Kube::ContainerUsage &c : std::as_const(pod.containers))
            table.addRow(lead + QStringList{pod.name, c.name, cpuText(c.usage.cpuNanocores), memoryText(c.usage.memoryBytes)});
    }
    table.print(m_out);
    return 0;
}

} // namespace Kaji::App
