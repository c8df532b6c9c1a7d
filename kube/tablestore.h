#pragma once

#include "recordsink.h"
#include "tablerow.h"

#include <functional>

// The connection thread; the batches it emits may be read on any thread.
namespace Kaji::Kube {

// Rows of one kind as the server prints them (Table format), for every kind
// alike, custom resources included; changes handed on in coalesced batches.
class TableStore : public QObject, public RecordSink<TableRow, TableChangeBatch> {
    Q_OBJECT
public:
    explicit TableStore(QObject *parent = nullptr);

    void listPage(const QByteArray &page) override;
    void apply(WatchEvent::Type type, std::string_view object) override;
    const QHash<QString, SharedRecord<TableRow>> &rows() const { return records().items(); }
    const QList<TableColumn> &columns() const { return m_columns; }
    // New columns go out even without a changed row.
    void flush() override { flushBatch(m_columnsChanged); }

Q_SIGNALS:
    void changed(const Kaji::Kube::TableChangeBatchPtr &batch);

protected:
    void emitBatch(const QSharedPointer<TableChangeBatch> &batch) override;

private:
    void read(const QByteArray &json, const std::function<void(TableRow &&)> &onRow);

    QList<TableColumn> m_columns;
    bool m_columnsChanged = false;
};

} // namespace Kaji::Kube
