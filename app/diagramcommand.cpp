#include "diagramcommand.h"

#include "clioptions.h"
#include "diagram/diagramexporter.h"
#include "diagram/diagrambuild.h"
#include "diagram/diagramexport.h"
#include "diagramreader.h"

namespace Kaji::App {
namespace {

std::optional<Models::DiagramView> viewNamed(const QString &name)
{
    for (Models::DiagramView view : {Models::DiagramView::Architecture, Models::DiagramView::Workloads,
                                     Models::DiagramView::Storage, Models::DiagramView::Network}) {
        if (Models::diagramViewName(view) == name)
            return view;
    }
    return std::nullopt;
}

} // namespace

bool DiagramCommand::wanted(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("diagram");
}

int DiagramCommand::usageError(const QString &message)
{
    m_err << tr("kaji diagram: %1").arg(message) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
    return 2;
}

bool DiagramCommand::parse(const QStringList &arguments, Options &options)
{
    bool haveView = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("-A") || arg == QLatin1String("--all-namespaces")) {
            options.allNamespaces = true;
        } else if (auto shortNs = CliOptions::value(arguments, i, QStringLiteral("-n"))) {
            options.namespaceName = *shortNs;
        } else if (auto longNs = CliOptions::value(arguments, i, QStringLiteral("--namespace"))) {
            options.namespaceName = *longNs;
        } else if (auto context = CliOptions::value(arguments, i, QStringLiteral("--context"))) {
            options.context = *context;
        } else if (auto shortOut = CliOptions::value(arguments, i, QStringLiteral("-o"))) {
            options.output = *shortOut;
        } else if (auto longOut = CliOptions::value(arguments, i, QStringLiteral("--output"))) {
            options.output = *longOut;
        } else if (!arg.startsWith(u'-') && !haveView) {
            const std::optional<Models::DiagramView> view = viewNamed(arg);
            if (!view) {
                usageError(tr("unknown view \"%1\" (use architecture, workloads, storage or network)").arg(arg));
                return false;
            }
            options.view = *view;
            haveView = true;
        } else {
            usageError(tr("unexpected argument \"%1\"").arg(arg));
            return false;
        }
    }
    if (!haveView) {
        usageError(tr("name a view: architecture, workloads, storage or network"));
        return false;
    }
    const QString lower = options.output.toLower();
    if (options.output.isEmpty()
        || (lower != QLatin1String("dot") && lower != QLatin1String("json") && !lower.endsWith(QLatin1String(".svg"))
            && !lower.endsWith(QLatin1String(".png")))) {
        usageError(tr("give -o FILE.svg, -o FILE.png, -o dot or -o json"));
        return false;
    }
    if (options.allNamespaces && !options.namespaceName.isEmpty()) {
        usageError(tr("use either -n or -A, not both"));
        return false;
    }
    return true;
}

int DiagramCommand::run(const QStringList &arguments)
{
    Options options;
    if (!parse(arguments, options))
        return 2;
    const std::optional<Kube::RestConfig> rest = CliOptions::restConfigOrReport(options.context, m_err);
    if (!rest)
        return 1;

    DiagramReader reader(*rest);
    const std::optional<Models::DiagramInput> input = reader.read(options.view, ReadTimeoutMs);
    if (!input) {
        m_err << tr("kaji: %1").arg(reader.error()) << '\n';
        return 1;
    }
    const bool architecture = options.view == Models::DiagramView::Architecture;
    Models::DiagramOptions diagramOptions;
    if (!options.allNamespaces && !architecture)
        diagramOptions.namespaces = {options.namespaceName.isEmpty()
                                         ? (rest->namespaceName.isEmpty() ? QStringLiteral("default") : rest->namespaceName)
                                         : options.namespaceName};
    const Models::DiagramGraph graph =
        Models::buildDiagram(options.view, *input, diagramOptions);
    for (const QString &note : graph.notes)
        m_err << tr("note: %1").arg(note) << '\n';

    const QString lower = options.output.toLower();
    if (lower == QLatin1String("json")) {
        m_out << QString::fromStdString(Models::diagramToJson(graph).dump(2)) << '\n';
        return 0;
    }
    if (lower == QLatin1String("dot")) {
        m_out << Models::diagramToDot(graph);
        return 0;
    }
    QString error;
    if (!Ui::exportDiagram(graph, options.output, &error)) {
        m_err << tr("kaji: cannot write %1: %2").arg(options.output, error) << '\n';
        return 1;
    }
    return 0;
}

} // namespace Kaji::App
