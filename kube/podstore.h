#pragma once

#include "podrecord.h"
#include "recordsink.h"

#include <QMetaType>
#include <QSharedPointer>

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
    QList<SharedRecord<PodRecord>> upserted; // shared with the store
    QStringList removed; // keys ("namespace/name")
};
using PodChangeBatchPtr = QSharedPointer<const PodChangeBatch>;

// Compact pod records fed by a Reflector, handed on in coalesced batches: a
// few per second at most, or at once when a batch grows large.
class PodStore : public QObject, public RecordSink<PodRecord, PodChangeBatch> {
    Q_OBJECT
public:
    explicit PodStore(QObject *parent = nullptr);

    void listPage(const QByteArray &page) override;
    void apply(WatchEvent::Type type, std::string_view object) override;
    const QHash<QString, SharedRecord<PodRecord>> &pods() const { return records().items(); }

Q_SIGNALS:
    void changed(const Kaji::Kube::PodChangeBatchPtr &batch);

protected:
    void emitBatch(const QSharedPointer<PodChangeBatch> &batch) override { Q_EMIT changed(batch); }
};

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::PodChangeBatchPtr)
