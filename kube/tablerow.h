#pragma once

#include "objectindex.h"
#include "sharedrecord.h"

#include <QList>
#include <QMetaType>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

// Plain data; any thread.
namespace Kaji::Kube {

// A column of the server's printed table (`kubectl get`): priority 0 is the
// normal view, 1 is what `-o wide` adds.
struct TableColumn {
    QString name;
    QString type; // string, integer, number, boolean, date
    QString format; // "name" for the object's name
    QString description;
    int priority = 0;

    bool operator==(const TableColumn &) const = default;
};

struct OwnerReference {
    QString kind;
    QString name;
    QString uid;
    bool controller = false;
};

} // namespace Kaji::Kube

// Qt's implicitly shared types only: records move with memmove, so removing
// a row from a long table shifts bytes instead of assigning every later row.
Q_DECLARE_TYPEINFO(Kaji::Kube::OwnerReference, Q_RELOCATABLE_TYPE);

namespace Kaji::Kube {

// One object as a table row: the cells the server printed plus the
// metadata Kaji navigates and filters by. A few hundred bytes per object.
struct TableRow {
    QString namespaceName;
    QString name;
    QString uid;
    QString resourceVersion;
    qint64 createdEpochSecs = 0;
    bool deleting = false;
    QList<std::pair<QString, QString>> labels;
    QList<OwnerReference> owners;
    QStringList cells;
    // When the server printed `cells`, as the table received them: cells
    // that say "time since" are moved on from there. 0 when unknown.
    qint64 printedEpochSecs = 0;

    QString key() const { return namespaceName.isEmpty() ? name : namespaceName + u'/' + name; }
};

} // namespace Kaji::Kube

// Likewise.
Q_DECLARE_TYPEINFO(Kaji::Kube::TableRow, Q_RELOCATABLE_TYPE);

namespace Kaji::Kube {

inline IndexedFields indexedFields(const TableRow &row)
{
    QList<QString> owners;
    for (const OwnerReference &owner : row.owners)
        owners.append(owner.uid);
    return {row.namespaceName, {}, std::move(owners), row.labels};
}

inline void shareIndexedStrings(TableRow &row, ObjectIndex &index)
{
    QString noNode;
    QList<QString> noOwners; // owner references keep their own strings
    index.shareStrings(row.namespaceName, noNode, noOwners, row.labels);
}

// Changes since the last batch, as for pods: `reset` for the first list.
struct TableChangeBatch {
    bool reset = false;
    QString scope; // a namespace: the batch concerns its rows only (see PodChangeBatch)
    QList<TableColumn> columns; // set on reset and when the server's columns change
    QList<SharedRecord<TableRow>> upserted; // shared with the store
    QStringList removed;
};
using TableChangeBatchPtr = QSharedPointer<const TableChangeBatch>;

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::TableChangeBatchPtr)
