#pragma once

#include "kubeconfig.h"

#include <QDateTime>

#include <variant>

// The connection thread of its cluster. Not thread-safe: one per connection.
namespace Kaji::Kube {

// What an exec plugin hands back: a bearer token or a client certificate.
struct ExecCredential {
    QString token; // secret: never log
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem; // secret: never log
    QDateTime expiry; // invalid when the plugin gave none
};

// Runs a kubeconfig exec plugin (client.authentication.k8s.io v1 or v1beta1)
// and caches its credential until it expires or the server rejects it.
class ExecCredentialProvider {
public:
    ExecCredentialProvider(QString contextName, ExecConfig exec, ClusterEntry cluster);

    // The cached credential while it is valid, otherwise a fresh one. Blocks
    // while the plugin runs (bounded by a timeout): it runs on the
    // connection thread, never on the GUI thread.
    std::variant<ExecCredential, QString> credential();

    // The server answered 401: the next credential() runs the plugin again.
    void invalidate() { m_cached.reset(); }

    int runCount() const { return m_runs; }

private:
    std::variant<ExecCredential, QString> run();
    QByteArray execInfo() const;

    QString m_contextName;
    ExecConfig m_exec;
    ClusterEntry m_cluster;
    std::optional<ExecCredential> m_cached;
    int m_runs = 0;
};

} // namespace Kaji::Kube
