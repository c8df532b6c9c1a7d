#include "serviceselector.h"

#include "diagramaccess.h"
#include "jsonfields.h"

#include <QMap>

#include <algorithm>

namespace Kaji::Models {

using Kube::jsonChild;
using Kube::jsonText;

namespace {

constexpr int shownNames = 3;

QString namesList(const QStringList &names)
{
    if (names.size() <= shownNames)
        return names.join(QLatin1String(", "));
    return names.first(shownNames).join(QLatin1String(", ")) + u' '
        + ServiceSelector::tr("and %n more", nullptr, int(names.size() - shownNames));
}

} // namespace

ServiceSelector::ServiceSelector(const nlohmann::json &serviceSpec)
{
    const nlohmann::json &selector = jsonChild(serviceSpec, "selector");
    if (!selector.is_object())
        return;
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (it->is_string())
            m_terms.append({QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>())});
    }
    std::sort(m_terms.begin(), m_terms.end());
}

bool ServiceSelector::matches(const Labels &labels) const
{
    if (m_terms.isEmpty())
        return false; // an empty selector selects nothing: the endpoints are someone else's
    for (const auto &[key, value] : m_terms) {
        bool present = false;
        if (DiagramAccess::label(labels, key, &present) != value || !present)
            return false;
    }
    return true;
}

QString ServiceSelector::text() const
{
    QStringList parts;
    for (const auto &[key, value] : m_terms)
        parts.append(key + u'=' + value);
    return parts.join(u',');
}

bool ServiceSelector::resembles(const QString &have, const QString &want)
{
    if (have.isEmpty() || want.isEmpty())
        return false;
    if (have.compare(want, Qt::CaseInsensitive) == 0)
        return true;
    // "legacy-search-v2" for "legacy-search", "search" for "legacy-search";
    // short values would resemble too much.
    const QString &shorter = have.size() < want.size() ? have : want;
    const QString &longer = have.size() < want.size() ? want : have;
    return shorter.size() >= 3 && longer.contains(shorter, Qt::CaseInsensitive);
}

QStringList ServiceSelector::nearMisses(const QList<const Kube::PodRecord *> &podsInNamespace) const
{
    // (what the pod has instead, what the selector wants) → pod names
    QMap<std::pair<QString, QString>, QStringList> groups;
    for (const Kube::PodRecord *pod : podsInNamespace) {
        int misses = 0;
        QString missedKey;
        QString missedWant;
        QString have;
        bool havePresent = false;
        for (const auto &[key, value] : m_terms) {
            bool present = false;
            const QString actual = DiagramAccess::label(pod->labels, key, &present);
            if (present && actual == value)
                continue;
            if (++misses > 1)
                break;
            missedKey = key;
            missedWant = value;
            have = actual;
            havePresent = present;
        }
        if (misses != 1)
            continue;
        QString instead;
        if (havePresent)
            instead = missedKey + u'=' + have;
        else
            instead = tr("no label %1").arg(missedKey);
        if (m_terms.size() == 1) {
            instead.clear();
            if (havePresent && resembles(have, missedWant)) {
                instead = missedKey + u'=' + have;
            } else {
                for (const auto &[key, value] : pod->labels) {
                    if (key != missedKey && value == missedWant) {
                        instead = key + u'=' + value;
                        break;
                    }
                }
            }
            if (instead.isEmpty())
                continue;
        }
        groups[{instead, missedKey + u'=' + missedWant}].append(pod->name);
    }
    QStringList reasons;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QStringList &names = it.value();
        names.sort();
        reasons.append(tr("Near miss: %n pod(s) with %1 instead of %2: %3", nullptr, int(names.size()))
                           .arg(it.key().first, it.key().second, namesList(names)));
    }
    return reasons;
}

QStringList ServiceSelector::unresolvedTargetPorts(const nlohmann::json &serviceSpec,
                                                   const QList<const Kube::PodRecord *> &selected,
                                                   const QHash<QString, QStringList> &slicePorts, bool *failed)
{
    *failed = false;
    QStringList reasons;
    const nlohmann::json &ports = jsonChild(serviceSpec, "ports");
    if (!ports.is_array() || selected.isEmpty())
        return reasons;
    for (const nlohmann::json &port : ports) {
        const nlohmann::json &target = jsonChild(port, "targetPort");
        if (!target.is_string())
            continue;
        const QString name = QString::fromStdString(target.get<std::string>());
        const QString servicePortName = jsonText(port, "name");
        QString protocol = jsonText(port, "protocol");
        if (protocol.isEmpty())
            protocol = QStringLiteral("TCP");
        QStringList lacking;
        for (const Kube::PodRecord *pod : selected) {
            if (slicePorts.value(pod->uid).contains(servicePortName))
                continue;
            const bool declared = std::any_of(pod->ports.cbegin(), pod->ports.cend(), [&](const Kube::PodPort &p) {
                return p.name == name && (p.protocol.isEmpty() ? QStringLiteral("TCP") : p.protocol) == protocol;
            });
            if (!declared)
                lacking.append(pod->name);
        }
        if (lacking.isEmpty())
            continue;
        const QString portText = QString::number(Kube::jsonInt(port, "port"));
        if (lacking.size() == selected.size()) {
            reasons.append(tr("No selected pod declares a container port named %1 (%2): port %3 of the Service "
                              "reaches no pod")
                               .arg(name, protocol, portText));
            if (ports.size() == 1)
                *failed = true;
        } else {
            lacking.sort();
            reasons.append(tr("%n selected pod(s) declare no container port named %1 (%2) and get no traffic on "
                              "port %3: %4",
                              nullptr, int(lacking.size()))
                               .arg(name, protocol, portText, namesList(lacking)));
        }
    }
    return reasons;
}

} // namespace Kaji::Models
