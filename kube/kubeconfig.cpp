#include "kubeconfig.h"

#include <QCoreApplication>

namespace Kaji::Kube {

AuthKind UserEntry::authKind() const
{
    // Client certificates and tokens can coexist; kubectl presents the
    // certificate in the TLS handshake and the token as a header, so we report
    // the one that identifies the user to the apiserver first.
    if (exec)
        return AuthKind::Exec;
    if (!authProviderName.isEmpty())
        return AuthKind::AuthProvider;
    if (!token.isEmpty())
        return AuthKind::Token;
    if (!tokenFile.isEmpty())
        return AuthKind::TokenFile;
    if (!clientCertificateFile.isEmpty() || !clientCertificateData.isEmpty())
        return AuthKind::ClientCertificate;
    if (!username.isEmpty())
        return AuthKind::Basic;
    return AuthKind::None;
}

const ContextEntry *KubeConfig::context(const QString &name) const
{
    auto it = contexts.constFind(name);
    return it == contexts.constEnd() ? nullptr : &it.value();
}

const ClusterEntry *KubeConfig::clusterFor(const ContextEntry &entry) const
{
    auto it = clusters.constFind(entry.cluster);
    return it == clusters.constEnd() ? nullptr : &it.value();
}

const UserEntry *KubeConfig::userFor(const ContextEntry &entry) const
{
    auto it = users.constFind(entry.user);
    return it == users.constEnd() ? nullptr : &it.value();
}

QString authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None: return QStringLiteral("none");
    case AuthKind::ClientCertificate: return QStringLiteral("client-certificate");
    case AuthKind::Token: return QStringLiteral("token");
    case AuthKind::TokenFile: return QStringLiteral("token-file");
    case AuthKind::Basic: return QStringLiteral("basic");
    case AuthKind::Exec: return QStringLiteral("exec");
    case AuthKind::AuthProvider: return QStringLiteral("auth-provider");
    }
    return {};
}

QString problemText(const char *sourceText)
{
    return QCoreApplication::translate("Kaji::Kube::KubeConfig", sourceText);
}

} // namespace Kaji::Kube
