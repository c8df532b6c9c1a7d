#include "tablestore.h"

#include "tablescan.h"

namespace Kaji::Kube {

TableStore::TableStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TableChangeBatchPtr>();
    m_flush.setSingleShot(true);
    m_flush.setInterval(250);
    connect(&m_flush, &QTimer::timeout, this, &TableStore::flush);
}

void TableStore::beginList()
{
    m_set.beginList();
}

void TableStore::listPage(const QByteArray &page)
{
    const QList<TableColumn> before = m_columns;
    readTable(page, &m_columns, [this](TableRow &&row) { m_set.listed(std::move(row)); });
    m_columnsChanged = m_columnsChanged || m_columns != before;
}

void TableStore::endList()
{
    m_set.endList();
    schedule();
}

void TableStore::apply(WatchEvent::Type type, std::string_view object)
{
    const QList<TableColumn> before = m_columns;
    readTable(QByteArray::fromRawData(object.data(), qsizetype(object.size())), &m_columns, [this, type](TableRow &&row) {
        if (type == WatchEvent::Type::Deleted)
            m_set.remove(row.key());
        else
            m_set.upsert(std::move(row));
    });
    m_columnsChanged = m_columnsChanged || m_columns != before;
    schedule();
}

void TableStore::schedule()
{
    if (m_set.pendingCount() >= LargeBatch || (m_set.hasChanges() && m_set.pendingCount() == 0))
        flush();
    else if (m_set.hasChanges() && !m_flush.isActive())
        m_flush.start();
}

void TableStore::flush()
{
    m_flush.stop();
    if (!m_set.hasChanges() && !m_columnsChanged)
        return;
    auto batch = QSharedPointer<TableChangeBatch>::create();
    batch->scope = m_scope;
    m_set.drainInto(*batch);
    if (batch->reset || m_columnsChanged)
        batch->columns = m_columns;
    m_columnsChanged = false;
    Q_EMIT changed(batch);
}

void TableStore::replay()
{
    m_flush.stop();
    auto batch = QSharedPointer<TableChangeBatch>::create();
    batch->scope = m_scope;
    m_set.snapshotInto(*batch);
    batch->columns = m_columns;
    m_columnsChanged = false;
    Q_EMIT changed(batch);
}

void TableStore::drop()
{
    // Readers hold what was flushed; nothing held, nothing to take away
    // (a part that was refused before it listed).
    flush();
    if (m_set.items().isEmpty())
        return;
    auto batch = QSharedPointer<TableChangeBatch>::create();
    batch->scope = m_scope;
    batch->reset = true; // and nothing in its place
    Q_EMIT changed(batch);
}

} // namespace Kaji::Kube
