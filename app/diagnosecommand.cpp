#include "diagnosecommand.h"

#include "apiclient.h"
#include "diagnosis/diagnosisengine.h"
#include "resourcemetrics.h"
#include "timeouts.h"
#include "diagnosis/diagnosisloader.h"
#include "diagnosis/findingjson.h"
#include "clioptions.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace Kaji::App {

QString DiagnoseCommand::kindForType(const QString &type)
{
    static const QHash<QString, QString> kinds = {
        {QStringLiteral("pod"), QStringLiteral("Pod")},
        {QStringLiteral("po"), QStringLiteral("Pod")},
        {QStringLiteral("deployment"), QStringLiteral("Deployment")},
        {QStringLiteral("deploy"), QStringLiteral("Deployment")},
        {QStringLiteral("replicaset"), QStringLiteral("ReplicaSet")},
        {QStringLiteral("rs"), QStringLiteral("ReplicaSet")},
        {QStringLiteral("statefulset"), QStringLiteral("StatefulSet")},
        {QStringLiteral("sts"), QStringLiteral("StatefulSet")},
        {QStringLiteral("daemonset"), QStringLiteral("DaemonSet")},
        {QStringLiteral("ds"), QStringLiteral("DaemonSet")},
        {QStringLiteral("job"), QStringLiteral("Job")},
        {QStringLiteral("cronjob"), QStringLiteral("CronJob")},
        {QStringLiteral("cj"), QStringLiteral("CronJob")},
        {QStringLiteral("service"), QStringLiteral("Service")},
        {QStringLiteral("svc"), QStringLiteral("Service")},
        {QStringLiteral("ingress"), QStringLiteral("Ingress")},
        {QStringLiteral("ing"), QStringLiteral("Ingress")},
        {QStringLiteral("persistentvolumeclaim"), QStringLiteral("PersistentVolumeClaim")},
        {QStringLiteral("pvc"), QStringLiteral("PersistentVolumeClaim")},
        {QStringLiteral("persistentvolume"), QStringLiteral("PersistentVolume")},
        {QStringLiteral("pv"), QStringLiteral("PersistentVolume")},
        {QStringLiteral("node"), QStringLiteral("Node")},
        {QStringLiteral("no"), QStringLiteral("Node")},
        {QStringLiteral("horizontalpodautoscaler"), QStringLiteral("HorizontalPodAutoscaler")},
        {QStringLiteral("hpa"), QStringLiteral("HorizontalPodAutoscaler")},
        {QStringLiteral("poddisruptionbudget"), QStringLiteral("PodDisruptionBudget")},
        {QStringLiteral("pdb"), QStringLiteral("PodDisruptionBudget")},
    };
    QString key = type.toLower();
    if (key.endsWith(u's') && !kinds.contains(key))
        key.chop(1);
    return kinds.value(key);
}

int DiagnoseCommand::usageError(const QString &message)
{
    m_err << tr("kaji diagnose: %1").arg(message) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
    return 2;
}

bool DiagnoseCommand::parse(const QStringList &arguments, Options &options)
{
    options.output = QStringLiteral("text");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const auto value = [&](const QString &shortName, const QString &longName) -> std::optional<QString> {
            for (const QString &name : {shortName, longName}) {
                if (name.isEmpty())
                    continue;
                if (arg.startsWith(name + u'='))
                    return arg.mid(name.size() + 1);
                if (arg == name) {
                    if (i + 1 >= arguments.size())
                        return QString();
                    return arguments[++i];
                }
            }
            return std::nullopt;
        };
        if (arg == QLatin1String("-A") || arg == QLatin1String("--all-namespaces")) {
            options.allNamespaces = true;
        } else if (auto ns = value(QStringLiteral("-n"), QStringLiteral("--namespace"))) {
            options.namespaceName = *ns;
        } else if (auto ctx = value(QString(), QStringLiteral("--context"))) {
            options.context = *ctx;
        } else if (auto out = value(QStringLiteral("-o"), QStringLiteral("--output"))) {
            options.output = *out;
        } else if (!arg.startsWith(u'-') && options.target.isEmpty()) {
            options.target = arg;
        } else {
            usageError(tr("unexpected argument \"%1\"").arg(arg));
            return false;
        }
    }
    if (options.output != QLatin1String("text") && options.output != QLatin1String("json")) {
        usageError(tr("unsupported output format \"%1\" (use text or json)").arg(options.output));
        return false;
    }
    if (options.allNamespaces && !options.namespaceName.isEmpty()) {
        usageError(tr("use either -n or -A, not both"));
        return false;
    }
    if (!options.target.isEmpty()
        && (!options.target.contains(u'/') || kindForType(options.target.section(u'/', 0, 0)).isEmpty()
            || options.target.section(u'/', 1).isEmpty())) {
        usageError(tr("name the object as TYPE/NAME, e.g. pod/orders-api-7c9 or deploy/orders-api"));
        return false;
    }
    return true;
}

// One reading of metrics.k8s.io for the rules on limits (`namespaceName`
// empty: all). Without it those rules stay quiet, and the user is told why.
Models::ContainerUsagePtr DiagnoseCommand::readUsage(Kube::ApiClient &client, const QString &namespaceName)
{
    const QString path = namespaceName.isEmpty()
        ? QStringLiteral("/apis/metrics.k8s.io/v1beta1/pods")
        : QStringLiteral("/apis/metrics.k8s.io/v1beta1/namespaces/%1/pods").arg(namespaceName);
    const qint64 takenMs = QDateTime::currentMSecsSinceEpoch();
    QEventLoop loop;
    Kube::ApiResult answer;
    Kube::RequestOptions options;
    options.parseBody = false;
    client.get(path.toUtf8(), [&](const Kube::ApiResult &r) {
        answer = r;
        loop.quit();
    }, options);
    loop.exec();
    const std::optional<Kube::PodUsageList> pods = answer.ok() ? Kube::decodePodMetrics(answer.raw) : std::nullopt;
    if (!pods) {
        m_err << tr("warning: not checked: usage against limits (%1)")
                     .arg(answer.ok() ? tr("unreadable metrics") : answer.error)
              << '\n';
        return nullptr;
    }
    return std::make_shared<const Models::ContainerUsage>(Models::ContainerUsage::fromReading(*pods, takenMs));
}

int DiagnoseCommand::run(const QStringList &arguments)
{
    Options options;
    if (!parse(arguments, options))
        return 2;
    const std::optional<Kube::RestConfig> rest = CliOptions::restConfigOrReport(options.context, m_err);
    if (!rest)
        return 1;
    const Kube::RestConfig &restConfig = *rest;
    const QString namespaceName = options.namespaceName.isEmpty() ? restConfig.namespaceName : options.namespaceName;

    Kube::ApiClient client(restConfig);
    Models::DiagnosisLoader loader(&client);
    QEventLoop loop;
    bool loaded = false;
    QObject::connect(&loader, &Models::DiagnosisLoader::finished, &loop, [&] {
        loaded = true;
        loop.quit();
    });
    // One bound on the whole read, as the Problems dock has: each request
    // has its own deadline, but page after page of a server that answers
    // just within it would keep a script waiting without end.
    const int readMs = Kube::Timeouts::current().readMs;
    QTimer readWatchdog;
    readWatchdog.setSingleShot(true);
    QObject::connect(&readWatchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
    readWatchdog.start(readMs);
    loader.load(options.allNamespaces ? QStringList() : QStringList{namespaceName}, namespaceName);
    if (!loaded)
        loop.exec();
    readWatchdog.stop();
    if (!loaded || !loader.error().isEmpty()) {
        const QString why = !loaded ? tr("the cluster was not read within %1 s").arg((readMs + 500) / 1000)
                                     : loader.error();
        m_err << tr("kaji: cannot read the cluster at %1: %2").arg(restConfig.cluster.server, why) << '\n';
        return 1;
    }
    for (const QString &skipped : loader.skipped())
        m_err << tr("warning: not checked: %1").arg(skipped) << '\n';

    Models::Findings findings = Models::DiagnosisEngine::diagnose(
        loader.snapshot(), loader.logReader(), QDateTime::currentSecsSinceEpoch(),
        readUsage(client, options.allNamespaces ? QString() : namespaceName));
    if (!options.target.isEmpty()) {
        // The object's own findings and the ones they point at (a
        // Deployment's failing pods, the Service a crash loop needs).
        const QString kind = kindForType(options.target.section(u'/', 0, 0));
        const bool clusterScoped = kind == QLatin1String("Node") || kind == QLatin1String("PersistentVolume");
        const Models::ObjectRef target{kind, clusterScoped ? QString() : namespaceName, options.target.section(u'/', 1)};
        QList<Models::ObjectRef> wanted{target};
        Models::Findings selected;
        for (const Models::Finding &f : std::as_const(findings)) {
            if (f.object == target)
                wanted += f.relatedFindings;
        }
        for (const Models::Finding &f : std::as_const(findings)) {
            if (wanted.contains(f.object))
                selected.append(f);
        }
        findings = selected;
    }

    if (options.output == QLatin1String("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const Models::Finding &f : std::as_const(findings))
            list.push_back(Models::findingToJson(f));
        nlohmann::json skipped = nlohmann::json::array();
        for (const QString &s : loader.skipped())
            skipped.push_back(s.toStdString());
        const nlohmann::json document = {{"findings", std::move(list)}, {"notChecked", std::move(skipped)}};
        m_out << QString::fromStdString(document.dump(2)) << '\n';
    } else {
        printText(findings);
        if (findings.isEmpty())
            m_out << (options.allNamespaces ? tr("No problems found.") : tr("No problems found in namespace %1.").arg(namespaceName)) << '\n';
    }
    m_out.flush();
    return 0;
}

void DiagnoseCommand::printText(const Models::Findings &findings)
{
    using Models::Evidence;
    for (const Models::Finding &f : findings) {
        m_out << Models::severityLabel(f.severity).toUpper() << "  " << f.object.display() << "  [" << f.ruleId << "]\n";
        m_out << "  " << f.headline << '\n';
        m_out << "  " << tr("Cause: %1").arg(f.cause) << '\n';
        if (!f.evidence.isEmpty()) {
            m_out << "  " << tr("Evidence:") << '\n';
            for (const Evidence &e : f.evidence) {
                QString where;
                switch (e.kind) {
                case Evidence::Kind::StatusField: where = e.fieldPath.isEmpty() ? e.object.display() : e.fieldPath; break;
                case Evidence::Kind::Event: where = tr("event"); break;
                case Evidence::Kind::LogLine:
                    where = e.previousLog ? tr("previous log %1 line %2").arg(e.container).arg(e.lineNumber)
                                          : tr("log %1 line %2").arg(e.container).arg(e.lineNumber);
                    break;
                case Evidence::Kind::RelatedObject: where = e.object.display(); break;
                }
                m_out << "    - [" << where << "] " << e.text << '\n';
            }
        }
        if (!f.nextSteps.isEmpty()) {
            m_out << "  " << tr("Next steps:") << '\n';
            for (const Models::NextStep &s : f.nextSteps) {
                m_out << "    - " << s.text << '\n';
                if (!s.command.isEmpty())
                    m_out << "      $ " << s.command << '\n';
            }
        }
        m_out << '\n';
    }
    if (!findings.isEmpty()) {
        int counts[4] = {};
        for (const Models::Finding &f : findings)
            ++counts[int(f.severity)];
        m_out << tr("%n finding(s): ", nullptr, int(findings.size()))
              << tr("%1 critical, %2 error, %3 warning, %4 info").arg(counts[0]).arg(counts[1]).arg(counts[2]).arg(counts[3])
              << '\n';
    }
}

} // namespace Kaji::App
