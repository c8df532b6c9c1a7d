#pragma once

#include "podstore.h"

#include <QAbstractTableModel>
#include <QHash>

// GUI thread.
namespace Kaji::Models {

// Pods as `kubectl get pods -o wide` shows them, updated in place from the
// store's change batches: rows are inserted, changed and removed without a
// reset (only the first list resets), so selection and scroll stay put.
class PodTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Namespace, Name, Ready, Status, Restarts, Age, Ip, Node, ColumnCount };
    enum Role {
        HealthRole = Qt::UserRole + 1, // Health as int
        KeyRole, // "namespace/name"
        SortRole, // a value that sorts naturally (numbers as numbers)
    };
    enum class Health { Healthy, Progressing, Failing, Finished };

    explicit PodTableModel(QObject *parent = nullptr);

    void applyBatch(const Kube::PodChangeBatchPtr &batch);
    void clear();
    // AGE and "(… ago)" move with the clock: views call this now and then.
    void refreshTimes();
    void setNow(qint64 epochSecs) { m_fixedNow = epochSecs; } // tests: a fixed clock

    int rowForKey(const QString &key) const { return m_rows.value(key, -1); }
    static Health healthOf(const Kube::PodRecord &pod);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 now() const;
    void removeKeys(const QStringList &keys);
    void reindexFrom(int row);

    QList<Kube::PodRecord> m_pods;
    QHash<QString, int> m_rows;
    qint64 m_fixedNow = 0;
};

} // namespace Kaji::Models
