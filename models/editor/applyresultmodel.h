#pragma once

#include "serversideapply.h"

#include <QAbstractTableModel>

// GUI thread.
namespace Kaji::Models {

// What became of each document of the apply window's text: one row per
// document, in the order of the text (the engine applies namespaces and
// CRDs first; outcomes find their rows by document index).
class ApplyResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, ObjectColumn, ResultColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // State, as int
        LineRole, // the line the document starts at, 1-based
    };
    enum class State { Waiting, Created, Configured, Unchanged, Failed };

    explicit ApplyResultModel(QObject *parent = nullptr);

    // A new run over all of `documents`: every row waits.
    void start(const QList<Kube::ManifestDocument> &documents, bool dryRun);
    // A run over some rows again (forcing conflicts): those rows wait, the
    // others keep what they say.
    void restart(const QList<int> &rows, bool dryRun);
    // What the server did with the document of `row`.
    void finish(int row, const Kube::ApplyOutcome &outcome);
    void clear();
    // The words changed language: headers and results are worded again.
    void retranslate();

    State state(int row) const { return m_rows.at(row).state; }
    const Kube::ApplyFailure &failure(int row) const { return m_rows.at(row).failure; }
    // The rows refused for fields other managers own.
    QList<int> conflictedRows() const;
    bool allSucceeded() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The words of a result, as the table shows them.
    static QString resultText(State state, bool dryRun, const Kube::ApplyFailure &failure = {});

private:
    struct Row {
        QString kind;
        QString object; // namespace/name, or name
        int line = 0;
        State state = State::Waiting;
        bool dryRun = false;
        Kube::ApplyFailure failure;
    };

    static QString objectOf(const QString &namespaceName, const QString &name);
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace Kaji::Models
