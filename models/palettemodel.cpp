#include "palettemodel.h"

#include "fuzzymatch.h"

#include <algorithm>

namespace Kaji::Models {

PaletteModel::PaletteModel(QObject *parent) : QAbstractListModel(parent) {}

void PaletteModel::setEntries(QList<PaletteEntry> entries)
{
    m_entries = std::move(entries);
    rank(false);
}

void PaletteModel::setQuery(const QString &typed)
{
    const QString query = typed.trimmed();
    if (query == m_query)
        return;
    // A longer text matches a subset of what its start matched (by label
    // or through the detail); from nothing typed, everything matched.
    const bool narrowing = !m_query.isEmpty() && query.startsWith(m_query);
    m_query = query;
    rank(narrowing);
}

std::optional<int> PaletteModel::score(const PaletteEntry &entry) const
{
    std::optional<int> score = fuzzyScore(m_query, entry.label);
    if (!score && !entry.detail.isEmpty()) {
        // "shop orders" reaches an object through its namespace too.
        score = fuzzyScore(m_query, entry.detail + u' ' + entry.label);
        if (score)
            *score -= 10;
    }
    return score;
}

void PaletteModel::rank(bool narrowing)
{
    std::vector<Hit> hits;
    if (m_query.isEmpty()) {
        hits.reserve(size_t(m_entries.size()));
        for (int i = 0; i < m_entries.size(); ++i)
            hits.push_back({0, i});
    } else if (narrowing) {
        for (const Hit &previous : m_hits) {
            if (const std::optional<int> s = score(m_entries.at(previous.index)))
                hits.push_back({*s, previous.index});
        }
    } else {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (const std::optional<int> s = score(m_entries.at(i)))
                hits.push_back({*s, i});
        }
    }
    m_hits = std::move(hits);
    // The best MaxShown, equal scores in the order the entries were given
    // (kinds, namespaces, contexts, then objects): only those are sorted.
    std::vector<Hit> best = m_hits;
    const auto shown = best.begin() + std::min<qsizetype>(qsizetype(best.size()), MaxShown);
    std::partial_sort(best.begin(), shown, best.end(), [](const Hit &a, const Hit &b) {
        return a.score != b.score ? a.score > b.score : a.index < b.index;
    });
    beginResetModel();
    m_shown.clear();
    for (auto hit = best.begin(); hit != shown; ++hit)
        m_shown.append(hit->index);
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
