#include "tablestore.h"

#include "tablescan.h"

namespace Kaji::Kube {

TableStore::TableStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TableChangeBatchPtr>();
}

void TableStore::emitBatch(const QSharedPointer<TableChangeBatch> &batch)
{
    // A first list and a replay give the readers the columns too.
    if (batch->reset || m_columnsChanged)
        batch->columns = m_columns;
    m_columnsChanged = false;
    Q_EMIT changed(batch);
}

void TableStore::read(const QByteArray &json, const std::function<void(TableRow &&)> &onRow)
{
    const QList<TableColumn> before = m_columns;
    readTable(json, &m_columns, onRow);
    m_columnsChanged = m_columnsChanged || m_columns != before;
}

void TableStore::listPage(const QByteArray &page)
{
    read(page, [this](TableRow &&row) { listed(std::move(row)); });
}

void TableStore::apply(WatchEvent::Type type, std::string_view object)
{
    read(QByteArray::fromRawData(object.data(), qsizetype(object.size())),
         [this, type](TableRow &&row) { applyRecord(type, std::move(row)); });
}

} // namespace Kaji::Kube
