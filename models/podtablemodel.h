#pragma once

#include "podstore.h"

#include "keyedtablemodel.h"
#include "rowordering.h"
#include "tableroles.h"

// GUI thread.
namespace Kaji::Models {

// Pods as `kubectl get pods -o wide` shows them, updated in place from the
// store's change batches: rows are inserted, changed and removed without a
// reset (only the first list resets), so selection and scroll stay put.
class PodTableModel : public KeyedTableModel<Kube::PodRecord>, public RowOrdering {
    Q_OBJECT
public:
    enum Column { Namespace, Name, Ready, Status, Restarts, Age, Ip, Node, ColumnCount };
    static constexpr int HealthRole = Models::HealthRole;
    static constexpr int KeyRole = Models::KeyRole;
    static constexpr int SortRole = Models::SortRole;
    using Health = Models::Health;

    explicit PodTableModel(QObject *parent = nullptr);

    void applyBatch(const Kube::PodChangeBatchPtr &batch) { applyRows(*batch); }
    // AGE and "(… ago)" are read from the clock at each data() call: views
    // repaint now and then to move them on.
    void setNow(qint64 epochSecs) { m_fixedNow = epochSecs; } // tests: a fixed clock

    static Health healthOf(const Kube::PodRecord &pod);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool rowLessThan(int column, int leftRow, int rightRow) const override;
    void prepareOrdering(int column) const override;

private:
    SortKey sortKey(int column, int row) const;
    qint64 now() const;
    qint64 m_fixedNow = 0;
};

} // namespace Kaji::Models
