#pragma once

#include "podrecord.h"
#include "reflector.h"

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QSharedPointer>
#include <QTimer>

#include <optional>

// The connection thread; batches it emits are immutable and may be read on
// any thread (the GUI thread receives them over a queued connection).
namespace Kaji::Kube {

// Changes since the last batch. `reset` means "forget what you had": the
// first list only. A re-list arrives as ordinary upserts and removals, so
// views keep their selection and scroll position.
struct PodChangeBatch {
    bool reset = false;
    QList<PodRecord> upserted;
    QStringList removed; // keys ("namespace/name")
};
using PodChangeBatchPtr = QSharedPointer<const PodChangeBatch>;

// Compact pod records fed by a Reflector, handed on in coalesced batches: a
// few per second at most, or at once when a batch grows large.
class PodStore : public QObject, public ReflectorSink {
    Q_OBJECT
public:
    explicit PodStore(QObject *parent = nullptr);

    void beginList() override;
    void listPage(std::string_view page) override;
    void endList() override;
    void apply(WatchEvent::Type type, std::string_view object) override;

    const QHash<QString, PodRecord> &pods() const { return m_pods; }
    void setFlushInterval(int ms) { m_flush.setInterval(ms); }
    void flush();

    static constexpr int LargeBatch = 5000;

Q_SIGNALS:
    void changed(const Kaji::Kube::PodChangeBatchPtr &batch);

private:
    void upsert(PodRecord record);
    void remove(const QString &key);
    void schedule();

    void take(PodRecord record);

    QHash<QString, PodRecord> m_pods;
    bool m_listed = false;
    QSet<QString> m_seen; // keys listed so far in a re-list
    bool m_pendingReset = false;
    QHash<QString, std::optional<PodRecord>> m_pending; // nullopt: removed
    QTimer m_flush;
};

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::PodChangeBatchPtr)
