#include "palettemodel.h"

#include "fuzzymatch.h"

#include <algorithm>

namespace Kaji::Models {

PaletteModel::PaletteModel(QObject *parent) : QAbstractListModel(parent) {}

void PaletteModel::setEntries(QList<PaletteEntry> entries)
{
    m_entries = std::move(entries);
    rank();
}

void PaletteModel::setQuery(const QString &typed)
{
    m_query = typed;
    rank();
}

void PaletteModel::rank()
{
    struct Hit {
        int score;
        int index;
    };
    std::vector<Hit> hits;
    for (int i = 0; i < m_entries.size(); ++i) {
        const PaletteEntry &entry = m_entries.at(i);
        std::optional<int> score = fuzzyScore(m_query, entry.label);
        if (!score) {
            // "shop orders" reaches an object through its namespace too.
            score = fuzzyScore(m_query, entry.detail + u' ' + entry.label);
            if (score)
                *score -= 10;
        }
        if (score)
            hits.push_back({*score, i});
    }
    // Stable, so equal scores keep the order they were given in (kinds,
    // namespaces, contexts, then objects).
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
    if (hits.size() > size_t(MaxShown))
        hits.resize(MaxShown);
    beginResetModel();
    m_shown.clear();
    for (const Hit &hit : hits)
        m_shown.append(hit.index);
    endResetModel();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PaletteEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return entry.label;
    case DetailRole: return entry.detail;
    case TypeRole: return int(entry.type);
    case AvailableRole: return entry.enabled;
    case ResourceIdRole: return entry.resourceId;
    case Qt::ToolTipRole: return entry.detail.isEmpty() ? entry.label : entry.label + QStringLiteral(" · ") + entry.detail;
    default: return {};
    }
}

QString PaletteModel::typeName(PaletteEntry::Type type)
{
    switch (type) {
    case PaletteEntry::Type::Kind: return tr("Kind");
    case PaletteEntry::Type::Namespace: return tr("Namespace");
    case PaletteEntry::Type::Context: return tr("Context");
    case PaletteEntry::Type::Object: return tr("Object");
    case PaletteEntry::Type::Action: return tr("Action");
    case PaletteEntry::Type::Command: return tr("Command");
    }
    return {};
}

} // namespace Kaji::Models
