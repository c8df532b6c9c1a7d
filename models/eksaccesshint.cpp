#include "eksaccesshint.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Kaji::Models {
namespace {

QString argAfter(const QStringList &args, const QString &flag)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == flag && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(flag + u'='))
            return args.at(i).mid(flag.size() + 1);
    }
    return {};
}

QString envValue(const Kube::ExecConfig &exec, const QString &name)
{
    for (const Kube::ExecEnvVar &var : exec.env) {
        if (var.name == name)
            return var.value;
    }
    return {};
}

// The options that pick the same identity and region as the plugin does.
QString awsOptions(const EksIdentity &identity)
{
    QString options;
    if (!identity.region.isEmpty())
        options += QStringLiteral(" --region ") + identity.region;
    if (!identity.profile.isEmpty())
        options += QStringLiteral(" --profile ") + identity.profile;
    return options;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Kaji::Models::EksAccessHint", text);
}

} // namespace

std::optional<EksIdentity> eksIdentityOf(const Kube::UserEntry &user)
{
    if (!user.exec)
        return std::nullopt;
    const Kube::ExecConfig &exec = *user.exec;
    QString program = QFileInfo(exec.command).fileName().toLower();
    if (program.endsWith(QLatin1String(".exe")))
        program.chop(4);
    EksIdentity identity;
    if (program == QLatin1String("aws") && exec.args.contains(QLatin1String("eks"))
        && exec.args.contains(QLatin1String("get-token"))) {
        identity.cluster = argAfter(exec.args, QStringLiteral("--cluster-name"));
        if (identity.cluster.isEmpty())
            identity.cluster = argAfter(exec.args, QStringLiteral("--cluster-id"));
        identity.region = argAfter(exec.args, QStringLiteral("--region"));
        identity.profile = argAfter(exec.args, QStringLiteral("--profile"));
    } else if (program == QLatin1String("aws-iam-authenticator") && exec.args.contains(QLatin1String("token"))) {
        identity.cluster = argAfter(exec.args, QStringLiteral("-i"));
        if (identity.cluster.isEmpty())
            identity.cluster = argAfter(exec.args, QStringLiteral("--cluster-id"));
        identity.region = argAfter(exec.args, QStringLiteral("--region"));
    } else {
        return std::nullopt;
    }
    // The plugin's own environment decides where the arguments do not.
    if (identity.profile.isEmpty())
        identity.profile = envValue(exec, QStringLiteral("AWS_PROFILE"));
    if (identity.region.isEmpty())
        identity.region = envValue(exec, QStringLiteral("AWS_REGION"));
    if (identity.region.isEmpty())
        identity.region = envValue(exec, QStringLiteral("AWS_DEFAULT_REGION"));
    return identity;
}

QString eksRefusalHint(const EksIdentity &identity, Refusal refusal)
{
    const QString options = awsOptions(identity);
    const QString cluster = identity.cluster.isEmpty() ? QStringLiteral("<cluster>") : identity.cluster;
    const QString who = QStringLiteral("aws sts get-caller-identity") + options;
    const QString entries = QStringLiteral("aws eks list-access-entries --cluster-name ") + cluster + options;
    if (refusal == Refusal::Unauthenticated) {
        return translated(QT_TRANSLATE_NOOP("Kaji::Models::EksAccessHint", "EKS did not recognise the IAM principal this context signs in as (profile %1). Most likely it has "
                  "no access entry in cluster %2, and no mapping in the aws-auth ConfigMap either. See which "
                  "principal that is with `%3`, then have an administrator of the cluster check `%4` (or "
                  "`kubectl describe configmap aws-auth -n kube-system`) and add it."))
            .arg(identity.profile.isEmpty() ? QStringLiteral("default") : identity.profile, cluster, who, entries);
    }
    const QString policies = QStringLiteral("aws eks list-associated-access-policies --cluster-name ") + cluster
        + QStringLiteral(" --principal-arn <ARN>") + options;
    return translated(QT_TRANSLATE_NOOP("Kaji::Models::EksAccessHint", "EKS knows the IAM principal of this context but its permissions do not allow this. Its access "
              "policies (`%1`, with the ARN `%2` prints) or the RBAC groups of its aws-auth mapping decide what it "
              "may do; `kubectl auth can-i --list` shows what it may."))
        .arg(policies, who);
}

} // namespace Kaji::Models
