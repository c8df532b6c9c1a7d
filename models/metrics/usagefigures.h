#pragma once

#include "metricssampler.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

// Built on any thread from a reading (the pool, by App::UsageColumns), then
// read-only: shared between threads without locks.
namespace Kaji::Models {

// One reading's figures as table cells read them: a pod's or node's usage
// in one lookup without building a key, and why a figure is missing. A cell
// without a figure shows a dash and this reason, never a 0.
class UsageFigures {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::UsageFigures)
public:
    // `podGap` / `nodeGap`: why that list failed (MetricsController::gap),
    // empty when it was read.
    UsageFigures(const Kube::MetricsSample &sample, QString podGap, QString nodeGap);

    struct Figure {
        qint64 cpuMillis = 0;
        qint64 memoryBytes = 0;
    };
    const Figure *pod(const QString &namespaceName, const QString &name) const;
    const Figure *pod(const QString &key) const; // "namespace/name"

    // Looks up the figure of every row of a table whose rows had `keys`
    // ("namespace/name") at `rowsVersion` (KeyedTableModel::rowsVersion).
    // Called once, before the figures are shared. Why: the GUI thread then
    // reads a row's figure from an array. Sorting by a usage column reads
    // every row's figure, and 10,000 lookups by two strings cost ~5 ms there.
    // One lookup per row: the figures are held by the rows' own keys.
    void indexRows(const QList<QString> &keys, quint64 rowsVersion);
    // Whether indexRows() was given the rows of `rowsVersion`.
    bool rowsIndexed(quint64 rowsVersion) const { return m_rowsIndexed && m_rowsVersion == rowsVersion; }
    // Row `row`'s figure, when rowsIndexed(); null: no figure.
    const Figure *podAtRow(int row) const
    {
        return row >= 0 && size_t(row) < m_byRow.size() ? m_byRow[size_t(row)] : nullptr;
    }
    const Figure *node(const QString &name) const;
    // Why pod (node) `object` has no figure: the list's failure, else that it
    // was not sampled.
    QString podGap(const QString &namespaceName, const QString &name) const;
    QString nodeGap(const QString &name) const;

    // Cell texts as kubectl top writes them: "851m", "305Mi"; percentages
    // of a request, limit or allocatable as "85%".
    static QString cpuText(qint64 millis);
    static QString memoryText(qint64 bytes);
    static QString percentText(qint64 used, qint64 of);
    // What a percentage cell says when there is nothing to divide by.
    static QString noRequest(bool cpu);
    static QString noLimit(bool cpu);

    // The reading these figures come from (MetricsSample::takenMs).
    qint64 takenMs() const { return m_takenMs; }

private:
    qint64 m_takenMs = 0;
    QHash<QString, Figure> m_pods; // "namespace/name" ->
    QHash<QString, Figure> m_nodes;
    std::vector<const Figure *> m_byRow; // into m_pods, which no longer changes
    quint64 m_rowsVersion = 0;
    bool m_rowsIndexed = false;
    QString m_podGap, m_nodeGap;
};

using UsageFiguresPtr = std::shared_ptr<const UsageFigures>;

} // namespace Kaji::Models
