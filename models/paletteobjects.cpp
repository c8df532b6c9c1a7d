#include "paletteobjects.h"

#include <QHash>

namespace Kaji::Models {

void appendObjectEntries(QList<PaletteEntry> &entries, const QList<QString> &keys, const QString &resourceId,
                         const QString &kindName)
{
    QHash<QStringView, QString> details; // namespace -> "Pod · shop"; views into `keys`
    entries.reserve(entries.size() + keys.size());
    for (const QString &key : keys) {
        const qsizetype slash = key.indexOf(u'/');
        if (slash < 0) {
            entries.append({PaletteEntry::Type::Object, key, kindName, resourceId, key});
            continue;
        }
        const QStringView namespaceName = QStringView(key).left(slash);
        auto detail = details.find(namespaceName);
        if (detail == details.end())
            detail = details.insert(namespaceName, kindName + QStringLiteral(" · ") + namespaceName.toString());
        entries.append({PaletteEntry::Type::Object, key.mid(slash + 1), *detail, resourceId, key});
    }
}

} // namespace Kaji::Models
