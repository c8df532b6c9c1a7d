#include "findingbadges.h"

#include "tableroles.h"

namespace Kaji::Models {
namespace {

QString badgeKey(const QString &kind, const QString &key)
{
    return kind + u'/' + key;
}

QString keyOf(const ObjectRef &ref)
{
    return badgeKey(ref.kind, ref.namespaceName.isEmpty() ? ref.name : ref.namespaceName + u'/' + ref.name);
}

} // namespace

FindingBadges *FindingBadges::shared()
{
    static FindingBadges instance;
    return &instance;
}

QVariant FindingBadges::data(const QString &kind, const QString &key, int role)
{
    const Badge *b = shared()->badge(kind, key);
    if (!b)
        return {};
    if (role == FindingSeverityRole)
        return int(b->severity);
    if (role == FindingTextRole)
        return shared()->tooltip(kind, key);
    return {};
}

void FindingBadges::follow(QAbstractItemModel *model, std::function<QString()> kindOf,
                           std::function<int(const QString &key)> rowOf)
{
    connect(shared(), &FindingBadges::changed, model,
            [model, kindOf = std::move(kindOf), rowOf = std::move(rowOf)](const QSet<QString> &badgeKeys) {
                const QString prefix = kindOf() + u'/';
                const int lastColumn = model->columnCount() - 1;
                for (const QString &badgeKey : badgeKeys) {
                    if (!badgeKey.startsWith(prefix))
                        continue;
                    const int row = rowOf(badgeKey.mid(prefix.size()));
                    if (row >= 0)
                        Q_EMIT model->dataChanged(model->index(row, 0), model->index(row, lastColumn),
                                                  {FindingSeverityRole, FindingTextRole});
                }
            });
}

void FindingBadges::setFindings(const Findings &findings)
{
    Findings sorted = findings;
    sortFindings(sorted); // most severe first: the first headline is the worst
    QHash<QString, Badge> badges;
    for (const Finding &f : std::as_const(sorted)) {
        for (const ObjectRef &ref : QList<ObjectRef>{f.object} + f.owners) {
            auto it = badges.find(keyOf(ref));
            if (it == badges.end()) {
                badges.insert(keyOf(ref), {f.severity, {f.headline}});
            } else {
                it->severity = std::min(it->severity, f.severity);
                if (!it->headlines.contains(f.headline))
                    it->headlines.append(f.headline);
            }
        }
    }
    QSet<QString> changedKeys;
    for (auto it = badges.cbegin(); it != badges.cend(); ++it) {
        const auto old = m_table.m_badges.constFind(it.key());
        if (old == m_table.m_badges.cend() || !(*old == *it))
            changedKeys.insert(it.key());
    }
    for (auto it = m_table.m_badges.cbegin(); it != m_table.m_badges.cend(); ++it) {
        if (!badges.contains(it.key()))
            changedKeys.insert(it.key());
    }
    m_table.m_badges = std::move(badges);
    if (!changedKeys.isEmpty())
        Q_EMIT changed(changedKeys);
}

const FindingBadges::Badge *FindingBadges::Table::badge(const QString &kind, const QString &key) const
{
    const auto it = m_badges.constFind(badgeKey(kind, key));
    return it == m_badges.cend() ? nullptr : &*it;
}

QString FindingBadges::Table::tooltip(const QString &kind, const QString &key) const
{
    const Badge *b = badge(kind, key);
    if (!b)
        return QString();
    // A workload with a hundred crash-looping pods needs no hundred lines.
    constexpr int Shown = 5;
    QStringList lines = b->headlines.mid(0, Shown);
    if (b->headlines.size() > Shown)
        lines.append(FindingBadges::tr("… and %n more", nullptr, int(b->headlines.size() - Shown)));
    return severityLabel(b->severity) + QStringLiteral(": ") + lines.join(u'\n');
}

} // namespace Kaji::Models
