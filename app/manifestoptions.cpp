#include "manifestoptions.h"

#include "clioptions.h"

namespace Kaji::App {
namespace {

// kubectl's boolean flags: "--flag" or "--flag=true|false".
std::optional<bool> boolFlag(const QString &arg, const QString &name)
{
    if (arg == name || arg == name + QLatin1String("=true"))
        return true;
    if (arg == name + QLatin1String("=false"))
        return false;
    return std::nullopt;
}

} // namespace

QString ManifestOptions::parse(const QStringList &arguments, bool dryRunAllowed)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const auto value = [&](const QString &name) { return CliOptions::value(arguments, i, name); };
        if (auto file = value(QStringLiteral("-f")))
            files << *file;
        else if (auto longFile = value(QStringLiteral("--filename")))
            files << *longFile;
        else if (auto ns = value(QStringLiteral("-n")))
            namespaceName = *ns;
        else if (auto longNs = value(QStringLiteral("--namespace")))
            namespaceName = *longNs;
        else if (auto ctx = value(QStringLiteral("--context")))
            context = *ctx;
        else if (auto force = boolFlag(arg, QStringLiteral("--force-conflicts")))
            forceConflicts = *force;
        else if (auto serverSide = boolFlag(arg, QStringLiteral("--server-side"))) {
            if (!*serverSide)
                return tr("Kaji applies server-side only: --server-side=false is not supported");
        } else if (dryRunAllowed && arg.startsWith(QLatin1String("--dry-run="))) {
            const QString mode = arg.mid(10);
            if (mode == QLatin1String("client"))
                return tr("--dry-run=client is not supported: use --dry-run=server, where the server checks what it would store");
            if (mode != QLatin1String("server") && mode != QLatin1String("none"))
                return tr("invalid --dry-run value \"%1\" (use server or none)").arg(mode);
            dryRun = mode == QLatin1String("server");
        } else {
            return tr("unexpected argument \"%1\"").arg(arg);
        }
    }
    if (files.isEmpty())
        return tr("name the manifests with -f FILE (a file, a directory, or - for standard input)");
    if (files.count(QStringLiteral("-")) > 1)
        return tr("standard input (-f -) can be read only once");
    return {};
}

Kube::ApplyOptions ManifestOptions::applyOptions(const Kube::RestConfig &config) const
{
    Kube::ApplyOptions options;
    options.namespaceName = namespaceName.isEmpty() ? config.namespaceName : namespaceName;
    options.namespaceEnforced = !namespaceName.isEmpty();
    options.dryRun = dryRun;
    options.force = forceConflicts;
    return options;
}

} // namespace Kaji::App
