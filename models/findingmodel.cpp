#include "findingmodel.h"

namespace Kaji::Models {

FindingModel::FindingModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingModel::setFindings(Findings findings, const QDateTime &ranAt)
{
    sortFindings(findings);
    beginResetModel();
    m_findings = std::move(findings);
    m_ranAt = ranAt;
    endResetModel();
}

void FindingModel::clear()
{
    setFindings({});
    m_ranAt = QDateTime();
}

void FindingModel::setRunState(RunState state, const QString &message)
{
    if (state == m_runState && message == m_runMessage)
        return;
    m_runState = state;
    m_runMessage = message;
    Q_EMIT runStateChanged();
}

Findings FindingModel::findingsConcerning(const ObjectRef &object) const
{
    Findings found;
    for (const Finding &f : m_findings) {
        if (f.concerns(object))
            found.append(f);
    }
    return found;
}

const Finding *FindingModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

QString FindingModel::keyOf(const Finding &finding)
{
    return finding.ruleId + u'|' + finding.object.kind + u'/' + finding.object.namespaceName + u'/' + finding.object.name;
}

int FindingModel::rowForKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        if (keyOf(m_findings[i]) == key)
            return int(i);
    }
    return -1;
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!f || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityLabel(f->severity);
        case ObjectColumn: return f->object.display();
        case HeadlineColumn: return f->headline;
        case RuleColumn: return f->ruleId;
        default: return {};
        }
    case Qt::ToolTipRole: return f->cause;
    case SeverityRole: return int(f->severity);
    case RuleIdRole: return f->ruleId;
    case KeyRole: return keyOf(*f);
    default: return {};
    }
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ObjectColumn: return tr("Object");
    case HeadlineColumn: return tr("Problem");
    case RuleColumn: return tr("Rule");
    default: return {};
    }
}

} // namespace Kaji::Models
