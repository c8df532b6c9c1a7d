#pragma once

#include "factshapetree.h"
#include "objectfacts.h"
#include "recordsink.h"

// The connection thread; the batches it emits may be read on any thread.
namespace Kaji::Kube {

// Objects of one kind reduced to their facts (metadata plus the fields a
// shape keeps), for any kind alike; changes handed on in coalesced batches
// as the other stores do. Reads list pages in place, building only what is
// kept.
class FactStore : public QObject, public RecordSink<ObjectFacts, FactChangeBatch> {
    Q_OBJECT
public:
    explicit FactStore(const FactShape &shape, QObject *parent = nullptr);

    void listPage(const QByteArray &page) override;
    void apply(WatchEvent::Type type, std::string_view object) override;
    const QHash<QString, SharedRecord<ObjectFacts>> &facts() const { return records().items(); }

Q_SIGNALS:
    void changed(const Kaji::Kube::FactChangeBatchPtr &batch);

protected:
    void emitBatch(const QSharedPointer<FactChangeBatch> &batch) override { Q_EMIT changed(batch); }

private:
    FactShapeTree m_shape;
};

} // namespace Kaji::Kube
