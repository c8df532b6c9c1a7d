#pragma once

#include "diagnosis/finding.h"

#include <QAbstractTableModel>

// GUI thread.
namespace Kaji::Models {

// The findings of one diagnosis run, most severe first, as rows. A run is a
// snapshot rather than a stream of changes, so a new run replaces the rows
// with one reset; the selected finding is kept by the view through its key.
class FindingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, ObjectColumn, HeadlineColumn, RuleColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // Severity as int (0 = critical)
        RuleIdRole,
        KeyRole, // "ruleId|Kind/namespace/name": stable across runs
    };

    explicit FindingModel(QObject *parent = nullptr);

    void setFindings(Findings findings);
    const Findings &findings() const { return m_findings; }
    const Finding *findingAt(int row) const;
    int rowForKey(const QString &key) const;
    static QString keyOf(const Finding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Findings m_findings;
};

} // namespace Kaji::Models
