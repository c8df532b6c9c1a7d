#include "groupversionkind.h"

namespace Kaji::Models {

GroupVersionKind GroupVersionKind::fromApiVersion(const QString &apiVersion, const QString &kind)
{
    GroupVersionKind gvk;
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        gvk.version = apiVersion;
    } else {
        gvk.group = apiVersion.left(slash);
        gvk.version = apiVersion.mid(slash + 1);
    }
    gvk.kind = kind;
    return gvk;
}

GroupVersionKind GroupVersionKind::fromObject(const nlohmann::json &object)
{
    if (!object.is_object())
        return {};
    const auto text = [&object](const char *key) {
        const auto it = object.find(key);
        return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    return fromApiVersion(text("apiVersion"), text("kind"));
}

QString GroupVersionKind::apiVersion() const
{
    return group.isEmpty() ? version : group + QLatin1Char('/') + version;
}

QString GroupVersionKind::documentPath() const
{
    return group.isEmpty() ? QStringLiteral("api/") + version
                           : QStringLiteral("apis/") + group + QLatin1Char('/') + version;
}

QString openApiDocumentPath(const QString &apiVersion)
{
    return GroupVersionKind::fromApiVersion(apiVersion, {}).documentPath();
}

} // namespace Kaji::Models
