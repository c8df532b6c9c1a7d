#include "execcredentialprovider.h"

#include "executablelookup.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <nlohmann/json.hpp>

namespace Kaji::Kube {
namespace {

constexpr int PluginTimeoutMs = 60000;
// Refresh a little early so a request never leaves with a token that expires
// on its way.
constexpr int ExpirySlackSecs = 30;

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::ExecCredentialProvider", text);
}

QByteArray readPem(const std::string &value)
{
    return QByteArray::fromStdString(value);
}

} // namespace

ExecCredentialProvider::ExecCredentialProvider(QString contextName, ExecConfig exec, ClusterEntry cluster)
    : m_contextName(std::move(contextName)), m_exec(std::move(exec)), m_cluster(std::move(cluster))
{
}

std::variant<ExecCredential, QString> ExecCredentialProvider::credential()
{
    if (m_cached) {
        const bool expired = m_cached->expiry.isValid()
            && m_cached->expiry.addSecs(-ExpirySlackSecs) <= QDateTime::currentDateTimeUtc();
        if (!expired)
            return *m_cached;
        m_cached.reset();
    }
    auto result = run();
    if (auto *credential = std::get_if<ExecCredential>(&result))
        m_cached = *credential;
    return result;
}

QByteArray ExecCredentialProvider::execInfo() const
{
    nlohmann::json spec = {{"interactive", false}};
    if (m_exec.provideClusterInfo) {
        nlohmann::json cluster = {{"server", m_cluster.server.toStdString()}};
        if (!m_cluster.tlsServerName.isEmpty())
            cluster["tls-server-name"] = m_cluster.tlsServerName.toStdString();
        if (m_cluster.insecureSkipTlsVerify)
            cluster["insecure-skip-tls-verify"] = true;
        QByteArray ca = m_cluster.certificateAuthorityData;
        if (ca.isEmpty() && !m_cluster.certificateAuthorityFile.isEmpty()) {
            QFile file(m_cluster.certificateAuthorityFile);
            if (file.open(QIODevice::ReadOnly))
                ca = file.readAll();
        }
        if (!ca.isEmpty())
            cluster["certificate-authority-data"] = ca.toBase64().toStdString();
        if (!m_cluster.proxyUrl.isEmpty())
            cluster["proxy-url"] = m_cluster.proxyUrl.toStdString();
        spec["cluster"] = cluster;
    }
    const std::string apiVersion = m_exec.apiVersion.isEmpty() ? "client.authentication.k8s.io/v1beta1"
                                                               : m_exec.apiVersion.toStdString();
    const nlohmann::json info = {{"apiVersion", apiVersion}, {"kind", "ExecCredential"}, {"spec", spec}};
    return QByteArray::fromStdString(info.dump());
}

std::variant<ExecCredential, QString> ExecCredentialProvider::run()
{
    if (m_exec.interactiveMode == QLatin1String("Always"))
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::ExecCredentialProvider",
                                         "the exec plugin \"%1\" of context \"%2\" needs an interactive terminal "
                                         "(interactiveMode: Always), which Kaji cannot offer"))
            .arg(m_exec.command, m_contextName);
    const QString program = ExecutableLookup::find(m_exec.command);
    if (program.isEmpty()) {
        QString text = message(QT_TRANSLATE_NOOP("Kaji::Kube::ExecCredentialProvider",
                                                 "the exec plugin \"%1\" of context \"%2\" was not found in PATH "
                                                 "or in your login shell's PATH"))
                           .arg(m_exec.command, m_contextName);
        if (!m_exec.installHint.isEmpty())
            text += u'\n' + m_exec.installHint.trimmed();
        return text;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), ExecutableLookup::mergedPath());
    for (const ExecEnvVar &var : std::as_const(m_exec.env))
        env.insert(var.name, var.value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo()));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    ++m_runs;
    process.start(program, m_exec.args);
    if (!process.waitForFinished(PluginTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::ExecCredentialProvider",
                                         "the exec plugin \"%1\" of context \"%2\" did not finish within %3 seconds"))
            .arg(program, m_contextName)
            .arg(PluginTimeoutMs / 1000);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // The plugin's own words say what to do (expired SSO session, ...).
        const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed().right(2000);
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::ExecCredentialProvider",
                                         "the exec plugin \"%1\" of context \"%2\" failed with exit code %3: %4"))
            .arg(program, m_contextName)
            .arg(process.exitCode())
            .arg(stderrText);
    }
    const nlohmann::json out = nlohmann::json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
    const auto invalid = [&] {
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::ExecCredentialProvider",
                                         "the exec plugin \"%1\" of context \"%2\" printed no valid ExecCredential"))
            .arg(program, m_contextName);
    };
    if (!out.is_object() || !out.contains("status") || !out["status"].is_object())
        return invalid();
    const nlohmann::json &status = out["status"];
    ExecCredential credential;
    if (status.contains("token") && status["token"].is_string())
        credential.token = QString::fromStdString(status["token"].get<std::string>());
    if (status.contains("clientCertificateData") && status["clientCertificateData"].is_string()
        && status.contains("clientKeyData") && status["clientKeyData"].is_string()) {
        credential.clientCertificatePem = readPem(status["clientCertificateData"].get<std::string>());
        credential.clientKeyPem = readPem(status["clientKeyData"].get<std::string>());
    }
    if (credential.token.isEmpty() && credential.clientCertificatePem.isEmpty())
        return invalid();
    if (status.contains("expirationTimestamp") && status["expirationTimestamp"].is_string())
        credential.expiry = QDateTime::fromString(QString::fromStdString(status["expirationTimestamp"].get<std::string>()),
                                                  Qt::ISODateWithMs);
    return credential;
}

} // namespace Kaji::Kube
