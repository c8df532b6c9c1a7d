#pragma once

#include "diagnosis/finding.h"

#include <QAbstractTableModel>
#include <QDateTime>

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

    // Whether the rows are a finished run's: an empty model only means
    // "no problems" when the last run succeeded.
    enum class RunState { NotRun, Running, Current, Failed };

    explicit FindingModel(QObject *parent = nullptr);

    // `ranAt`: when the snapshot was read (default: now).
    void setFindings(Findings findings, const QDateTime &ranAt = QDateTime::currentDateTime());
    // No findings and no run (another context, no connection).
    void clear();
    // Running and Failed keep the rows of the last run (marked not current).
    void setRunState(RunState state, const QString &message = {});
    RunState runState() const { return m_runState; }
    QString runMessage() const { return m_runMessage; }
    // When the shown findings were made; invalid before the first run.
    QDateTime ranAt() const { return m_ranAt; }
    // The findings about `object` or its pods (Finding::concerns), in order.
    Findings findingsConcerning(const ObjectRef &object) const;
    const Findings &findings() const { return m_findings; }
    const Finding *findingAt(int row) const;
    int rowForKey(const QString &key) const;
    static QString keyOf(const Finding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void runStateChanged();

private:
    Findings m_findings;
    RunState m_runState = RunState::NotRun;
    QString m_runMessage;
    QDateTime m_ranAt;
};

} // namespace Kaji::Models
