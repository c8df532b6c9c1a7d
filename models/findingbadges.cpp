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

void FindingBadges::follow(QAbstractItemModel *model)
{
    connect(shared(), &FindingBadges::changed, model, [model] {
        const int rows = model->rowCount();
        if (rows > 0)
            Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, model->columnCount() - 1),
                                      {FindingSeverityRole, FindingTextRole});
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
    if (badges.isEmpty() && m_table.m_badges.isEmpty())
        return;
    m_table.m_badges = std::move(badges);
    Q_EMIT changed();
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
