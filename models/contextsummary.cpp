#include "contextsummary.h"

#include "yamlwriter.h"

#include <QStringList>

namespace Kaji::Models {
namespace {

class YamlWriter {
public:
    void field(int indent, const char *key, const QString &value)
    {
        if (!value.isEmpty())
            line(indent, QLatin1String(key) + QStringLiteral(": ") + toYamlScalar(value));
    }
    void flag(int indent, const char *key, bool value)
    {
        if (value)
            line(indent, QLatin1String(key) + QStringLiteral(": true"));
    }
    void secret(int indent, const char *key, bool present)
    {
        if (present)
            line(indent, QLatin1String(key) + QStringLiteral(": ") + secretMask());
    }
    void line(int indent, const QString &text) { m_lines << QString(indent, u' ') + text; }
    QString text() const { return m_lines.join(u'\n') + u'\n'; }

private:
    QStringList m_lines;
};

void writeExec(YamlWriter &w, const Kube::ExecConfig &exec)
{
    w.line(2, QStringLiteral("exec:"));
    w.field(4, "apiVersion", exec.apiVersion);
    w.field(4, "command", exec.command);
    if (!exec.args.isEmpty()) {
        w.line(4, QStringLiteral("args:"));
        for (const QString &arg : exec.args)
            w.line(4, QStringLiteral("- ") + toYamlScalar(arg));
    }
    if (!exec.env.isEmpty()) {
        w.line(4, QStringLiteral("env:"));
        // Plugin environments often carry credentials (AWS keys): mask values.
        for (const Kube::ExecEnvVar &var : exec.env) {
            w.line(4, QStringLiteral("- name: ") + toYamlScalar(var.name));
            w.line(6, QStringLiteral("value: ") + secretMask());
        }
    }
    w.flag(4, "provideClusterInfo", exec.provideClusterInfo);
    w.field(4, "interactiveMode", exec.interactiveMode);
}

} // namespace

QString secretMask()
{
    return QStringLiteral("••••••••");
}

QString maskedContextYaml(const Kube::KubeConfig &config, const QString &contextName)
{
    const Kube::ContextEntry *context = config.context(contextName);
    if (!context)
        return {};
    YamlWriter w;
    w.line(0, QStringLiteral("context:"));
    w.field(2, "name", context->name);
    w.field(2, "cluster", context->cluster);
    w.field(2, "user", context->user);
    w.field(2, "namespace", context->namespaceName);
    if (const Kube::ClusterEntry *cluster = config.clusterFor(*context)) {
        w.line(0, QStringLiteral("cluster:"));
        w.field(2, "name", cluster->name);
        w.field(2, "server", cluster->server);
        w.field(2, "certificate-authority", cluster->certificateAuthorityFile);
        // A CA is public, but a screen full of base64 helps nobody.
        w.secret(2, "certificate-authority-data", !cluster->certificateAuthorityData.isEmpty());
        w.flag(2, "insecure-skip-tls-verify", cluster->insecureSkipTlsVerify);
        w.field(2, "tls-server-name", cluster->tlsServerName);
        w.field(2, "proxy-url", cluster->proxyUrl);
        w.flag(2, "disable-compression", cluster->disableCompression);
    }
    if (const Kube::UserEntry *user = config.userFor(*context)) {
        w.line(0, QStringLiteral("user:"));
        w.field(2, "name", user->name);
        w.field(2, "client-certificate", user->clientCertificateFile);
        w.secret(2, "client-certificate-data", !user->clientCertificateData.isEmpty());
        w.field(2, "client-key", user->clientKeyFile);
        w.secret(2, "client-key-data", !user->clientKeyData.isEmpty());
        w.secret(2, "token", !user->token.isEmpty());
        w.field(2, "tokenFile", user->tokenFile);
        w.field(2, "username", user->username);
        w.secret(2, "password", !user->password.isEmpty());
        w.field(2, "as", user->impersonate);
        w.field(2, "auth-provider", user->authProviderName);
        if (user->exec)
            writeExec(w, *user->exec);
    }
    return w.text();
}

} // namespace Kaji::Models
