#include "logtarget.h"

#include "jsonfields.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>

namespace Kaji::Kube::LogTarget {
namespace {

void append(QList<LogContainer> &out, const nlohmann::json &list, LogContainer::Kind kind)
{
    if (!list.is_array())
        return;
    for (const auto &c : list)
        out.append({jsonText(c, "name"), kind});
}

bool isReady(const nlohmann::json &pod)
{
    const auto &conditions = jsonChild(jsonChild(pod, "status"), "conditions");
    if (!conditions.is_array())
        return false;
    for (const auto &c : conditions)
        if (jsonText(c, "type") == QLatin1String("Ready"))
            return jsonText(c, "status") == QLatin1String("True");
    return false;
}

qint64 readySince(const nlohmann::json &pod)
{
    const auto &conditions = jsonChild(jsonChild(pod, "status"), "conditions");
    if (conditions.is_array())
        for (const auto &c : conditions)
            if (jsonText(c, "type") == QLatin1String("Ready"))
                return QDateTime::fromString(jsonText(c, "lastTransitionTime"), Qt::ISODate).toSecsSinceEpoch();
    return 0;
}

qint64 maxRestarts(const nlohmann::json &pod)
{
    qint64 most = 0;
    const auto &statuses = jsonChild(jsonChild(pod, "status"), "containerStatuses");
    if (statuses.is_array())
        for (const auto &s : statuses)
            most = std::max(most, jsonInt(s, "restartCount"));
    return most;
}

qint64 created(const nlohmann::json &pod)
{
    const QString text = jsonText(jsonChild(pod, "metadata"), "creationTimestamp");
    return text.isEmpty() ? 0 : QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch();
}

// kubectl's afterOrZero: a zero time sorts last.
bool afterOrZero(qint64 a, qint64 b)
{
    if (a == 0 || b == 0)
        return a == 0;
    return a > b;
}

bool logsBefore(const nlohmann::json &a, const nlohmann::json &b)
{
    const QString nodeA = jsonText(jsonChild(a, "spec"), "nodeName");
    const QString nodeB = jsonText(jsonChild(b, "spec"), "nodeName");
    if (nodeA != nodeB && (nodeA.isEmpty() || nodeB.isEmpty()))
        return !nodeA.isEmpty();
    const auto phaseRank = [](const nlohmann::json &pod) {
        const QString phase = jsonText(jsonChild(pod, "status"), "phase");
        return phase == QLatin1String("Running") ? 0 : phase == QLatin1String("Unknown") ? 1 : phase == QLatin1String("Pending") ? 2 : 3;
    };
    if (phaseRank(a) != phaseRank(b))
        return phaseRank(a) < phaseRank(b);
    const bool readyA = isReady(a), readyB = isReady(b);
    if (readyA != readyB)
        return readyA;
    if (readyA && readyB && readySince(a) != readySince(b))
        return afterOrZero(readySince(b), readySince(a));
    if (maxRestarts(a) != maxRestarts(b))
        return maxRestarts(a) > maxRestarts(b);
    if (created(a) != created(b))
        return afterOrZero(created(b), created(a));
    return false;
}

} // namespace

QList<LogContainer> containers(const nlohmann::json &pod)
{
    QList<LogContainer> out;
    const auto &spec = jsonChild(pod, "spec");
    append(out, jsonChild(spec, "initContainers"), LogContainer::Kind::Init);
    append(out, jsonChild(spec, "containers"), LogContainer::Kind::Regular);
    append(out, jsonChild(spec, "ephemeralContainers"), LogContainer::Kind::Ephemeral);
    return out;
}

QString defaultContainer(const nlohmann::json &pod)
{
    const QList<LogContainer> all = containers(pod);
    const QString annotated
        = jsonText(jsonChild(jsonChild(pod, "metadata"), "annotations"), "kubectl.kubernetes.io/default-container");
    for (const LogContainer &c : all)
        if (!annotated.isEmpty() && c.name == annotated)
            return c.name;
    for (const LogContainer &c : all)
        if (c.kind == LogContainer::Kind::Regular)
            return c.name;
    return {};
}

int bestPod(const std::vector<nlohmann::json> &pods)
{
    if (pods.empty())
        return -1;
    std::vector<int> order(pods.size());
    for (size_t i = 0; i < pods.size(); ++i)
        order[i] = int(i);
    // Stable, as Go's insertion sort is for the short lists involved.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return logsBefore(pods[a], pods[b]); });
    return order.front();
}

QString selector(const nlohmann::json &object)
{
    const auto &spec = jsonChild(object, "spec");
    const auto &sel = jsonChild(spec, "selector");
    if (!sel.is_object())
        return {};
    QStringList parts;
    // A Service's selector is a plain map; workloads have matchLabels.
    const bool plain = !sel.contains("matchLabels") && !sel.contains("matchExpressions");
    const auto &labels = plain ? sel : jsonChild(sel, "matchLabels");
    if (labels.is_object())
        for (auto it = labels.begin(); it != labels.end(); ++it)
            if (it.value().is_string())
                parts << QString::fromStdString(it.key()) + u'=' + QString::fromStdString(it.value().get<std::string>());
    const auto &expressions = jsonChild(sel, "matchExpressions");
    if (expressions.is_array()) {
        for (const auto &e : expressions) {
            const QString key = jsonText(e, "key");
            const QString op = jsonText(e, "operator");
            QStringList values;
            if (jsonChild(e, "values").is_array())
                for (const auto &v : e["values"])
                    if (v.is_string())
                        values << QString::fromStdString(v.get<std::string>());
            if (op == QLatin1String("In"))
                parts << QStringLiteral("%1 in (%2)").arg(key, values.join(u','));
            else if (op == QLatin1String("NotIn"))
                parts << QStringLiteral("%1 notin (%2)").arg(key, values.join(u','));
            else if (op == QLatin1String("Exists"))
                parts << key;
            else if (op == QLatin1String("DoesNotExist"))
                parts << u'!' + key;
        }
    }
    return parts.join(u',');
}

Workload workload(const QString &typeSlashName, const QString &namespaceName)
{
    const qsizetype slash = typeSlashName.indexOf(u'/');
    const QString type = typeSlashName.left(slash).toLower();
    const QString name = typeSlashName.mid(slash + 1);
    struct Kind {
        QStringList aliases;
        const char *group; // "" for the core group
        const char *resource;
    };
    static const Kind kinds[] = {
        {{QStringLiteral("deployment"), QStringLiteral("deployments"), QStringLiteral("deploy")}, "apps/v1", "deployments"},
        {{QStringLiteral("replicaset"), QStringLiteral("replicasets"), QStringLiteral("rs")}, "apps/v1", "replicasets"},
        {{QStringLiteral("statefulset"), QStringLiteral("statefulsets"), QStringLiteral("sts")}, "apps/v1", "statefulsets"},
        {{QStringLiteral("daemonset"), QStringLiteral("daemonsets"), QStringLiteral("ds")}, "apps/v1", "daemonsets"},
        {{QStringLiteral("job"), QStringLiteral("jobs")}, "batch/v1", "jobs"},
        {{QStringLiteral("service"), QStringLiteral("services"), QStringLiteral("svc")}, "", "services"},
        {{QStringLiteral("replicationcontroller"), QStringLiteral("replicationcontrollers"), QStringLiteral("rc")}, "", "replicationcontrollers"},
    };
    for (const Kind &k : kinds) {
        if (!k.aliases.contains(type))
            continue;
        const QByteArray group(k.group);
        const QByteArray prefix = group.isEmpty() ? QByteArrayLiteral("/api/v1") : "/apis/" + group;
        const QString groupName = group.isEmpty() ? QString() : QString::fromLatin1(group.left(group.indexOf('/')));
        return {prefix + "/namespaces/" + QUrl::toPercentEncoding(namespaceName) + '/' + k.resource + '/'
                    + QUrl::toPercentEncoding(name),
                groupName.isEmpty() ? QString::fromLatin1(k.resource) : QString::fromLatin1(k.resource) + u'.' + groupName,
                name};
    }
    return {{}, type, name};
}

} // namespace Kaji::Kube::LogTarget
