#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Plain data read from kubeconfig files; immutable once loaded, safe to share
// between threads.
namespace Kaji::Kube {

// Where a kubeconfig problem sits, so messages can name the file and field.
struct KubeConfigProblem {
    QString file;
    QString field; // e.g. "users[eks-admin].exec.command"; empty for the whole file
    QString message;
};

struct ClusterEntry {
    QString name;
    QString sourceFile; // the file that defined this entry; relative paths resolve against its directory
    QString server;
    QString certificateAuthorityFile;
    QByteArray certificateAuthorityData;
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;

    bool operator==(const ClusterEntry &) const = default;
};

struct ExecEnvVar {
    QString name;
    QString value;

    bool operator==(const ExecEnvVar &) const = default;
};

struct ExecConfig {
    QString command;
    QStringList args;
    QList<ExecEnvVar> env;
    QString apiVersion;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode;

    bool operator==(const ExecConfig &) const = default;
};

enum class AuthKind { None, ClientCertificate, Token, TokenFile, Basic, Exec, AuthProvider };

struct UserEntry {
    QString name;
    QString sourceFile;
    QString clientCertificateFile;
    QByteArray clientCertificateData;
    QString clientKeyFile;
    QByteArray clientKeyData;
    QString token; // secret: never log or display
    QString tokenFile;
    QString username;
    QString password; // secret: never log or display
    QString impersonate;
    QStringList impersonateGroups;
    QString authProviderName;
    std::optional<ExecConfig> exec;

    // The credential kubectl would use first when several are present.
    AuthKind authKind() const;

    bool operator==(const UserEntry &) const = default;
};

struct ContextEntry {
    QString name;
    QString sourceFile;
    QString cluster;
    QString user;
    QString namespaceName; // empty means "default"
};

// The merged view over every file in the KUBECONFIG path list.
struct KubeConfig {
    QStringList files; // files actually read, in merge order
    QMap<QString, ContextEntry> contexts; // sorted by name, as kubectl lists them
    QMap<QString, ClusterEntry> clusters;
    QMap<QString, UserEntry> users;
    QString currentContext;
    QList<KubeConfigProblem> problems;

    const ContextEntry *context(const QString &name) const;
    const ClusterEntry *clusterFor(const ContextEntry &context) const;
    const UserEntry *userFor(const ContextEntry &context) const;
};

QString authKindName(AuthKind kind);

// Translates a problem message marked with QT_TRANSLATE_NOOP in the
// "Kaji::Kube::KubeConfig" context into the application's language.
QString problemText(const char *sourceText);

} // namespace Kaji::Kube
