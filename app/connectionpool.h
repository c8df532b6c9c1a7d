#pragma once

#include "reflector.h"
#include "restconfig.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}

namespace Kaji::App {

// The contexts connected at once. Going back to one that is still
// connected is instant: its watches kept running, so its tables refill
// from memory, not from a new list. The least recently shown connection
// beyond the limit is closed.
class ConnectionPool : public QObject {
    Q_OBJECT
public:
    explicit ConnectionPool(int limit = 4, QObject *parent = nullptr);
    ~ConnectionPool() override;

    // The live connection of `config`'s context, made if needed; `reused`
    // says whether it was already there. A changed configuration (the
    // kubeconfig was edited) replaces the old connection.
    Kube::ClusterConnection *acquire(const Kube::RestConfig &config, bool *reused = nullptr);
    Kube::ClusterConnection *find(const QString &context) const;
    void close(const QString &context);
    // Closes the connections of contexts no longer in `contexts`.
    void keepOnly(const QStringList &contexts);
    QStringList connected() const { return m_order; }

Q_SIGNALS:
    // `state` is a Reflector::State, or -1 once the context is disconnected.
    void stateChanged(const QString &context, int state, const QString &message);

private:
    void touch(const QString &context);

    int m_limit;
    std::map<QString, std::unique_ptr<Kube::ClusterConnection>> m_connections;
    QStringList m_order; // most recently shown first
};

} // namespace Kaji::App
