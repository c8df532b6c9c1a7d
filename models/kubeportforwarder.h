#pragma once

#include "kubeconfig.h"
#include "portforwarder.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

// GUI thread: sessions, their sockets and the API clients live there, all
// asynchronous (an exec plugin still runs on it while it refreshes a token).
namespace Kaji::Kube {
class ApiClient;
class PortForwardSession;
} // namespace Kaji::Kube

namespace Kaji::Models {

// PortForwarder over kube/'s native sessions, one ApiClient per context.
class KubePortForwarder : public PortForwarder {
    Q_OBJECT
public:
    explicit KubePortForwarder(Kube::KubeConfig config, QObject *parent = nullptr);
    ~KubePortForwarder() override;

    int start(const PortForwardRequest &request) override;
    void stop(int id) override;
    void restart(int id) override;
    void remove(int id) override;
    QList<int> sessionIds() const override { return m_order; }
    Session session(int id) const override;
    void queryPorts(const PortForwardRequest &target) override;

    // How often active sessions check that their pod still exists.
    void setHealthCheckInterval(int ms) { m_healthMs = ms; }

private:
    struct Entry;
    Kube::ApiClient *clientFor(const QString &context, QString *error);
    void markChanged(int id);

    Kube::KubeConfig m_config;
    std::map<QString, std::unique_ptr<Kube::ApiClient>> m_clients;
    std::map<int, std::unique_ptr<Entry>> m_entries;
    QList<int> m_order;
    QSet<int> m_dirty; // byte counts change per chunk: tell the views a few times a second
    QTimer m_flush;
    int m_nextId = 1;
    int m_healthMs = 0;
};

} // namespace Kaji::Models
