#include "clioptions.h"

#include "kubeconfigloader.h"
#include "kubeconfigpaths.h"

#include <QCoreApplication>
#include <QFileInfo>

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

std::variant<Kube::KubeConfig, QString> kubeConfig()
{
    QStringList unusable;
    Kube::KubeConfig config = Kube::KubeConfigLoader::load(kubeconfigPaths(), &unusable);
    if (unusable.isEmpty())
        return config;
    const QString file = unusable.first();
    QString reason;
    for (const Kube::KubeConfigProblem &problem : std::as_const(config.problems)) {
        if (problem.field.isEmpty() && QFileInfo(problem.file).absoluteFilePath() == QFileInfo(file).absoluteFilePath()) {
            reason = problem.message;
            break;
        }
    }
    return QCoreApplication::translate("Kaji::App::CliOptions", "cannot load the kubeconfig file %1: %2").arg(file, reason);
}

std::variant<Kube::RestConfig, QString> restConfig(const QString &context)
{
    auto loaded = kubeConfig();
    if (auto *unusable = std::get_if<QString>(&loaded))
        return *unusable;
    const Kube::KubeConfig &config = std::get<Kube::KubeConfig>(loaded);
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
