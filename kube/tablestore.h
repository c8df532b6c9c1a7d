#pragma once

#include "recordset.h"
#include "scopedwatch.h"
#include "tablerow.h"

#include <QTimer>

// The connection thread; the batches it emits may be read on any thread.
namespace Kaji::Kube {

// Rows of one kind as the server prints them (Table format), for every kind
// alike, custom resources included; changes handed on in coalesced batches.
class TableStore : public QObject, public ScopedSink {
    Q_OBJECT
public:
    explicit TableStore(QObject *parent = nullptr);

    void beginList() override;
    void listPage(const QByteArray &page) override;
    void endList() override;
    void apply(WatchEvent::Type type, std::string_view object) override;
    void setScope(const QString &namespaceName) override { m_scope = namespaceName; }
    void replay() override;
    void drop() override;

    const QHash<QString, TableRow> &rows() const { return m_set.items(); }
    // The rows with their indexes (namespace, owner, labels).
    const RecordSet<TableRow> &records() const { return m_set; }
    const QList<TableColumn> &columns() const { return m_columns; }
    void flush();

    static constexpr int LargeBatch = 5000;

Q_SIGNALS:
    void changed(const Kaji::Kube::TableChangeBatchPtr &batch);

private:
    void schedule();

    QList<TableColumn> m_columns;
    bool m_columnsChanged = false;
    RecordSet<TableRow> m_set;
    QString m_scope;
    QTimer m_flush;
};

} // namespace Kaji::Kube
