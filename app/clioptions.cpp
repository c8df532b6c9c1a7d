#include "clioptions.h"

#include "kubeconfigloader.h"
#include "kubeconfigpaths.h"

#include <QCoreApplication>

namespace Kaji::App::CliOptions {

std::optional<QString> value(const QStringList &arguments, qsizetype &i, const QString &name)
{
    const QString &arg = arguments[i];
    if (arg.startsWith(name + u'='))
        return arg.mid(name.size() + 1);
    if (arg == name && i + 1 < arguments.size())
        return arguments[++i];
    return std::nullopt;
}

std::variant<Kube::RestConfig, QString> restConfig(const QString &context)
{
    const Kube::KubeConfig config = Kube::KubeConfigLoader::load(kubeconfigPaths());
    return Kube::restConfigFor(config, context.isEmpty() ? config.currentContext : context);
}

std::optional<Kube::RestConfig> restConfigOrReport(const QString &context, QTextStream &err)
{
    auto rest = restConfig(context);
    if (auto *error = std::get_if<QString>(&rest)) {
        err << QCoreApplication::translate("Kaji::App::CliOptions", "kaji: %1").arg(*error) << '\n';
        return std::nullopt;
    }
    return std::get<Kube::RestConfig>(std::move(rest));
}

} // namespace Kaji::App::CliOptions
