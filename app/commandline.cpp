#include "commandline.h"

#include "applycommand.h"
#include "clioptions.h"
#include "clitable.h"
#include "diagnosecommand.h"
#include "diagramcommand.h"
#include "diffcommand.h"
#include "execcommand.h"
#include "getcommand.h"
#include "kubeconfigloader.h"
#include "kubeconfigpaths.h"
#include "portforwardcommand.h"
#include "logscommand.h"
#include "topcommand.h"

#include <QFileInfo>

namespace Kaji::App {

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    // Anything else starting with "-" belongs to Qt (-platform, -style, ...).
    static const QStringList ownOptions = {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-v"),
                                           QStringLiteral("--version")};
    if (ownOptions.contains(first))
        return true;
    // A manifest handed over by the desktop (the installers offer "Open with
    // Kaji" for .yaml/.yml) opens the window, not an "unknown command".
    const QFileInfo file(first);
    if ((file.suffix().compare(QLatin1String("yaml"), Qt::CaseInsensitive) == 0
         || file.suffix().compare(QLatin1String("yml"), Qt::CaseInsensitive) == 0)
        && file.isFile())
        return false;
    return !first.startsWith(u'-');
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help"))
        return help();
    if (command == QLatin1String("-v") || command == QLatin1String("--version") || command == QLatin1String("version"))
        return version();
    if (command == QLatin1String("contexts"))
        return contexts(rest);
    if (command == QLatin1String("get"))
        return GetCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("port-forward"))
        return PortForwardCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("diagnose"))
        return DiagnoseCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("diagram"))
        return DiagramCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("exec"))
        return ExecCommand(ExecCommand::Mode::Exec, m_out, m_err).run(rest);
    if (command == QLatin1String("attach"))
        return ExecCommand(ExecCommand::Mode::Attach, m_out, m_err).run(rest);
    if (command == QLatin1String("logs"))
        return LogsCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("apply"))
        return ApplyCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("diff"))
        return DiffCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("top"))
        return TopCommand(m_out, m_err).run(rest);
    return usageError(tr("unknown command \"%1\"").arg(command));
}

int CommandLine::usageError(const QString &message)
{
    m_err << tr("kaji: %1").arg(message) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
    return 2;
}

int CommandLine::help()
{
    m_out << tr("Usage: kaji [COMMAND] [OPTIONS]\n"
                "\n"
                "Kaji is a desktop dashboard for Kubernetes clusters. Without a command it\n"
                "opens its window; with one it runs in the terminal.\n"
                "\n"
                "Commands:\n"
                "  apply -f FILE|- [-n NS] [--context C] [--dry-run=server] [--force-conflicts]\n"
                "                      Server-side apply of manifests as field manager kaji:\n"
                "                      namespaces and CRDs first, conflicts listed by field\n"
                "  attach POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER] [-i] [-t]\n"
                "                      Attach to the main process of a running container\n"
                "  contexts [-o name]  List the contexts of your kubeconfig files\n"
                "  diagnose [-n NS | -A] [--context C] [TYPE/NAME] [-o text|json]\n"
                "                      Explain failing objects with evidence and next steps\n"
                "                      (exit code 0 also when problems are found)\n"
                "  diagram architecture|workloads|storage|network [-n NS | -A] [--context C]\n"
                "          -o FILE.svg|FILE.png|dot|json\n"
                "                      Draw the live cluster as the window does, or print\n"
                "                      the graph (nodes, edges, states, reasons)\n"
                "  diff -f FILE|- [-n NS] [--context C]\n"
                "                      What apply would change, as a unified diff (exit\n"
                "                      code 0: none, 1: differences, 2: an error)\n"
                "  exec POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER] [-i] [-t] -- COMMAND [ARG...]\n"
                "                      Run a command in a container as kubectl exec does:\n"
                "                      stdin with -i, a terminal with -t, its exit code as kaji's\n"
                "  get KIND [-n NS | -A] [--context C] [-o wide|name|json|yaml] [--watch]\n"
                "                      List any kind (custom resources too) with the\n"
                "                      columns kubectl prints, or the objects as JSON/YAML\n"
                "  logs POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER | --all-containers]\n"
                "       [-f] [-p] [--timestamps] [--since 5m | --since-time T] [--tail N]\n"
                "       [--limit-bytes N] [--prefix]\n"
                "                      Print a container's log as kubectl logs does\n"
                "  port-forward [--context C] [-n NS] [--address ADDR] TYPE/NAME [LOCAL]:REMOTE ...\n"
                "                      Forward local ports to a pod, deployment, statefulset,\n"
                "                      replicaset or service until Ctrl+C; follows the\n"
                "                      workload to a new pod when its pod goes away\n"
                "  top nodes|pods [-n NS | -A] [--containers] [--sort-by cpu|memory] [--context C]\n"
                "                      CPU and memory usage from metrics.k8s.io as kubectl\n"
                "                      top prints it, or why there is none\n"
                "  version             Print the version\n"
                "\n"
                "Options:\n"
                "  -h, --help          Show this help\n"
                "  -v, --version       Print the version\n"
                "\n"
                "Kaji reads the kubeconfig files named by KUBECONFIG, or ~/.kube/config.\n");
    return 0;
}

int CommandLine::version()
{
    m_out << QStringLiteral("kaji %1 (Qt %2)\n").arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()));
    return 0;
}

int CommandLine::contexts(const QStringList &arguments)
{
    bool namesOnly = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if ((arg == QLatin1String("-o") || arg == QLatin1String("--output")) && i + 1 < arguments.size()
            && arguments[i + 1] == QLatin1String("name")) {
            namesOnly = true;
            ++i;
        } else if (arg == QLatin1String("-o=name") || arg == QLatin1String("--output=name")) {
            namesOnly = true;
        } else {
            return usageError(tr("contexts: unexpected argument \"%1\"").arg(arg));
        }
    }
    // Like kubectl: a file that cannot be read or parsed fails the command
    // (exit 1) rather than listing the other files' contexts as if complete.
    auto loaded = CliOptions::kubeConfig();
    if (auto *unusable = std::get_if<QString>(&loaded)) {
        m_err << tr("kaji: %1").arg(*unusable) << '\n';
        return 1;
    }
    const Kube::KubeConfig &config = std::get<Kube::KubeConfig>(loaded);
    for (const Kube::KubeConfigProblem &problem : config.problems) {
        m_err << tr("warning: %1: %2").arg(problem.field.isEmpty() ? problem.file : problem.file + u':' + problem.field,
                                           problem.message)
              << '\n';
    }
    if (namesOnly) {
        for (const Kube::ContextEntry &context : config.contexts)
            m_out << context.name << '\n';
        return 0;
    }
    // Column names match kubectl's so scripts and eyes can compare the two.
    CliTable table({QStringLiteral("CURRENT"), QStringLiteral("NAME"), QStringLiteral("CLUSTER"),
                    QStringLiteral("AUTHINFO"), QStringLiteral("NAMESPACE")});
    for (const Kube::ContextEntry &context : config.contexts) {
        table.addRow({context.name == config.currentContext ? QStringLiteral("*") : QString(), context.name,
                      context.cluster, context.user, context.namespaceName});
    }
    table.print(m_out);
    return 0;
}

} // namespace Kaji::App
