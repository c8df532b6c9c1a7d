#pragma once

#include "clustersnapshot.h"
#include "reflector.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

// Lives on the thread of its ApiClient (the diagnosis reader's thread).
namespace Kaji::Models {
class FrozenStore;

// Every kind a diagnosis reads, listed once and then kept current by
// watches, so that a run takes its snapshot from memory instead of listing
// the whole cluster again: at 10,000 pods a re-list was most of the CPU the
// app spent with nothing changing, and at 50,000 it took eight seconds of a
// core. Costs the documents it holds (frozen, trimmed, what repeats held
// once: 624 bytes a pod of the local cluster) and one watch per kind.
class DiagnosisMirror : public QObject {
    Q_OBJECT
public:
    explicit DiagnosisMirror(Kube::ApiClient *client, QObject *parent = nullptr);
    ~DiagnosisMirror() override;

    // Empty: cluster-wide. Another scope starts every kind over; the same
    // one keeps what is held.
    void setNamespaces(const QStringList &namespaces);
    bool isStarted() const { return !m_parts.empty(); }
    const QStringList &namespaces() const { return m_namespaces; }

    // Every kind has been listed once, or found unreadable: a snapshot is
    // whole. settled() says when it becomes so.
    bool isSettled() const;
    // What is held now; kinds that cannot be read are marked so and named
    // in `skipped` ("secrets: Forbidden"). A kind whose first list failed
    // otherwise (a server error) sets `error`: the snapshot is not whole.
    // Each kind's table is kept for the next snapshot (SnapshotTable).
    ClusterSnapshot snapshot(QStringList *skipped, QString *error = nullptr);

    // Lists made so far, re-lists included, and objects parsed from lists
    // and events: what the mirror cost the server and the client.
    int listCount() const;
    quint64 parsedCount() const;
    size_t bytes() const;
    // Tables the snapshots were given, by how they were made: built from
    // every object of the kind, or the last one changed in place.
    int tablesBuilt() const { return m_tablesBuilt; }
    int tablesUpdated() const { return m_tablesUpdated; }

Q_SIGNALS:
    void settled();

private:
    struct Part;
    // The table the last snapshot got for a kind, and what it was made of.
    struct KindTable {
        std::shared_ptr<SnapshotTable> table;
        quint64 generation = 0; // the sum of its parts' store generations
    };
    void stop();
    void stateChanged();
    std::shared_ptr<const SnapshotTable> tableOf(ClusterSnapshot::Kind kind, const std::vector<Part *> &parts);
    static bool updateInPlace(KindTable &held, const std::vector<Part *> &parts);

    Kube::ApiClient *m_client;
    QStringList m_namespaces;
    std::vector<std::unique_ptr<Part>> m_parts;
    bool m_wasSettled = false;
    KindTable m_tables[ClusterSnapshot::KindCount];
    int m_tablesBuilt = 0;
    int m_tablesUpdated = 0;
};

} // namespace Kaji::Models
