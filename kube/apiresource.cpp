#include "apiresource.h"

#include "jsonfields.h"

#include <QUrl>

namespace Kaji::Kube {

QString ApiResource::id() const
{
    return group.isEmpty() ? resource : resource + u'.' + group;
}

QByteArray ApiResource::collectionPath(const QString &namespaceName) const
{
    QByteArray path = group.isEmpty() ? QByteArrayLiteral("/api/") + version.toUtf8()
                                      : "/apis/" + group.toUtf8() + '/' + version.toUtf8();
    if (namespaced && !namespaceName.isEmpty())
        path += "/namespaces/" + QUrl::toPercentEncoding(namespaceName);
    return path + '/' + resource.toUtf8();
}

bool ApiResource::isBuiltIn() const
{
    return !group.contains(u'.') || group.endsWith(QLatin1String(".k8s.io"));
}

namespace {

QStringList texts(const nlohmann::json &object, const char *key)
{
    QStringList out;
    const nlohmann::json &values = jsonChild(object, key);
    if (values.is_array()) {
        for (const nlohmann::json &value : values) {
            if (value.is_string())
                out.append(QString::fromStdString(value.get<std::string>()));
        }
    }
    return out;
}

} // namespace

QList<ApiResource> parseAggregatedDiscovery(const nlohmann::json &list)
{
    QList<ApiResource> out;
    const nlohmann::json &groups = jsonChild(list, "items");
    if (!groups.is_array())
        return out;
    for (const nlohmann::json &group : groups) {
        const QString groupName = jsonText(jsonChild(group, "metadata"), "name");
        const nlohmann::json &versions = jsonChild(group, "versions");
        // The server lists versions most preferred first.
        if (!versions.is_array() || versions.empty())
            continue;
        const nlohmann::json &preferred = versions.front();
        const nlohmann::json &resources = jsonChild(preferred, "resources");
        if (!resources.is_array())
            continue;
        for (const nlohmann::json &entry : resources) {
            ApiResource resource;
            resource.group = groupName;
            resource.version = jsonText(preferred, "version");
            resource.resource = jsonText(entry, "resource");
            resource.kind = jsonText(jsonChild(entry, "responseKind"), "kind");
            resource.namespaced = jsonText(entry, "scope") == QLatin1String("Namespaced");
            resource.verbs = texts(entry, "verbs");
            resource.shortNames = texts(entry, "shortNames");
            resource.categories = texts(entry, "categories");
            if (resource.resource.isEmpty() || !resource.allows(QStringLiteral("list"))
                || !resource.allows(QStringLiteral("watch")))
                continue;
            out.append(std::move(resource));
        }
    }
    return out;
}

} // namespace Kaji::Kube
