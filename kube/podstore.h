#pragma once

#include "podrecord.h"
#include "recordset.h"
#include "scopedwatch.h"

#include <QMetaType>
#include <QSharedPointer>
#include <QTimer>

// The connection thread; batches it emits are immutable and may be read on
// any thread (the GUI thread receives them over a queued connection).
namespace Kaji::Kube {

// Changes since the last batch. `reset` means "forget what you had": the
// first list only. A re-list arrives as ordinary upserts and removals, so
// views keep their selection and scroll position. A batch with a `scope`
// concerns that namespace only: its reset replaces that namespace's rows.
struct PodChangeBatch {
    bool reset = false;
    QString scope;
    QList<PodRecord> upserted;
    QStringList removed; // keys ("namespace/name")
};
using PodChangeBatchPtr = QSharedPointer<const PodChangeBatch>;

// Compact pod records fed by a Reflector, handed on in coalesced batches: a
// few per second at most, or at once when a batch grows large.
class PodStore : public QObject, public ScopedSink {
    Q_OBJECT
public:
    explicit PodStore(QObject *parent = nullptr);

    void beginList() override;
    void listPage(const QByteArray &page) override;
    void endList() override;
    void apply(WatchEvent::Type type, std::string_view object) override;
    void setScope(const QString &namespaceName) override { m_scope = namespaceName; }
    void replay() override;
    void drop() override;

    const QHash<QString, PodRecord> &pods() const { return m_set.items(); }
    // The pods with their indexes (namespace, node, owner, labels).
    const RecordSet<PodRecord> &records() const { return m_set; }
    void setFlushInterval(int ms) { m_flush.setInterval(ms); }
    void flush();

    static constexpr int LargeBatch = 5000;

Q_SIGNALS:
    void changed(const Kaji::Kube::PodChangeBatchPtr &batch);

private:
    void schedule();

    RecordSet<PodRecord> m_set;
    QString m_scope;
    QTimer m_flush;
};

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::PodChangeBatchPtr)
