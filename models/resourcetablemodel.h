#pragma once

#include "apiresource.h"
#include "keyedtablemodel.h"
#include "rowordering.h"
#include "tablerow.h"
#include "tableroles.h"

// GUI thread.
namespace Kaji::Models {

// Any kind as `kubectl get -o wide` prints it: the server's own columns
// (custom resources' printer columns included), a Namespace column first for
// namespaced kinds, and AGE kept current from the creation time rather than
// frozen at the moment the server printed it.
class ResourceTableModel : public KeyedTableModel<Kube::TableRow>, public RowOrdering {
    Q_OBJECT
public:
    explicit ResourceTableModel(Kube::ApiResource resource, QObject *parent = nullptr);

    const Kube::ApiResource &resource() const { return m_resource; }
    void applyBatch(const Kube::TableChangeBatchPtr &batch);
    // AGE moves with the clock: views call this now and then.
    void refreshTimes();
    void setNow(qint64 epochSecs) { m_fixedNow = epochSecs; } // tests: a fixed clock

    // Column of the server's column `name` ("Status", "Ready"), or -1.
    int columnNamed(const QString &name) const;
    static Health healthOf(const QList<Kube::TableColumn> &columns, const Kube::TableRow &row);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool rowLessThan(int column, int leftRow, int rightRow) const override;

private:
    int serverColumn(int column) const { return column - (m_resource.namespaced ? 1 : 0); }
    QString cell(const Kube::TableRow &row, int column) const;
    // A cell's value as it sorts: numbers (counts, "2/3" fractions, AGE)
    // before text, numbers by value.
    struct SortKey {
        bool isNumber = false;
        double number = 0;
        QString text;
        bool operator<(const SortKey &other) const;
    };
    SortKey sortKey(const Kube::TableRow &row, int column) const;
    qint64 now() const;

    Kube::ApiResource m_resource;
    QList<Kube::TableColumn> m_columns;
    int m_ageColumn = -1; // server column index of AGE
    qint64 m_fixedNow = 0;
};

} // namespace Kaji::Models
