#include "applyresultmodel.h"

namespace Kaji::Models {

ApplyResultModel::ApplyResultModel(QObject *parent) : QAbstractTableModel(parent) {}

QString ApplyResultModel::objectOf(const QString &namespaceName, const QString &name)
{
    return namespaceName.isEmpty() ? name : namespaceName + u'/' + name;
}

void ApplyResultModel::start(const QList<Kube::ManifestDocument> &documents, bool dryRun)
{
    beginResetModel();
    m_rows.clear();
    for (const Kube::ManifestDocument &document : documents) {
        Row row;
        row.kind = document.kind();
        row.object = objectOf(document.namespaceName(), document.name().isEmpty() ? document.generateName() : document.name());
        row.line = document.firstLine;
        row.dryRun = dryRun;
        m_rows.append(row);
    }
    endResetModel();
}

void ApplyResultModel::restart(const QList<int> &rows, bool dryRun)
{
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        m_rows[row].state = State::Waiting;
        m_rows[row].dryRun = dryRun;
        m_rows[row].failure = {};
        changed(row);
    }
}

void ApplyResultModel::finish(int row, const Kube::ApplyOutcome &outcome)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    using Result = Kube::ApplyOutcome::Result;
    switch (outcome.result) {
    case Result::Created: r.state = State::Created; break;
    case Result::Applied: r.state = State::Configured; break;
    case Result::Unchanged: r.state = State::Unchanged; break;
    case Result::Failed: r.state = State::Failed; break;
    }
    r.failure = outcome.failure;
    // The server's view: the namespace a document without one went to, the
    // name it generated.
    if (!outcome.name.isEmpty())
        r.object = objectOf(outcome.namespaceName, outcome.name);
    if (outcome.resource)
        r.kind = outcome.resource->kind;
    changed(row);
}

void ApplyResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ApplyResultModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ApplyResultModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<int> ApplyResultModel::conflictedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state == State::Failed && !m_rows[i].failure.conflicts.isEmpty())
            rows.append(i);
    }
    return rows;
}

bool ApplyResultModel::allSucceeded() const
{
    return !m_rows.isEmpty() && std::none_of(m_rows.begin(), m_rows.end(), [](const Row &r) {
        return r.state == State::Failed || r.state == State::Waiting;
    });
}

int ApplyResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplyResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplyResultModel::resultText(State state, bool dryRun, const Kube::ApplyFailure &failure)
{
    switch (state) {
    case State::Waiting: return tr("waiting…");
    case State::Created: return dryRun ? tr("would be created (dry run)") : tr("created");
    case State::Configured: return dryRun ? tr("would be configured (dry run)") : tr("configured");
    case State::Unchanged: return dryRun ? tr("unchanged (dry run)") : tr("unchanged");
    case State::Failed:
        if (!failure.conflicts.isEmpty())
            return tr("failed: %n field(s) owned by another manager", nullptr, int(failure.conflicts.size()));
        return tr("failed: %1").arg(failure.message);
    }
    return {};
}

QVariant ApplyResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn: return r.kind;
        case ObjectColumn: return r.object;
        case ResultColumn: return resultText(r.state, r.dryRun, r.failure);
        default: return {};
        }
    case StateRole: return int(r.state);
    case LineRole: return r.line;
    default: return {};
    }
}

QVariant ApplyResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case ObjectColumn: return tr("Object");
    case ResultColumn: return tr("Result");
    default: return {};
    }
}

} // namespace Kaji::Models
