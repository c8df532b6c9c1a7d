#include "objectdiff.h"

#include "unifieddiff.h"
#include "yamlwriter.h"

#include <QStringList>

namespace Kaji::Models {
namespace {

using nlohmann::json;

const char *const LastApplied = "kubectl.kubernetes.io/last-applied-configuration";

void dropNoise(json &object)
{
    if (!object.is_object() || !object.contains("metadata") || !object["metadata"].is_object())
        return;
    json &metadata = object["metadata"];
    for (const char *field : {"managedFields", "generation", "resourceVersion"})
        metadata.erase(field);
}

bool isSecret(const json &object)
{
    return object.is_object() && object.value("apiVersion", json()) == "v1" && object.value("kind", json()) == "Secret";
}

json *child(json &object, std::initializer_list<const char *> path)
{
    json *at = &object;
    for (const char *key : path) {
        if (!at->is_object() || !at->contains(key))
            return nullptr;
        at = &(*at)[key];
    }
    return at;
}

// kubectl diff's Masker, for the values of one map on both sides.
void maskValues(json *from, json *to)
{
    const json before = from && from->is_object() ? *from : json::object();
    const json after = to && to->is_object() ? *to : json::object();
    if (from && from->is_object()) {
        for (auto it = from->begin(); it != from->end(); ++it) {
            const bool changed = after.contains(it.key()) && after[it.key()] != it.value();
            it.value() = changed ? "*** (before)" : "***";
        }
    }
    if (to && to->is_object()) {
        for (auto it = to->begin(); it != to->end(); ++it) {
            const bool changed = before.contains(it.key()) && before[it.key()] != it.value();
            it.value() = changed ? "*** (after)" : "***";
        }
    }
}

void maskSecrets(json &live, json &merged)
{
    if (!isSecret(live) && !isSecret(merged))
        return;
    for (const char *field : {"data", "stringData"})
        maskValues(child(live, {field}), child(merged, {field}));
    // The annotation client-side apply keeps holds the values too.
    json *from = child(live, {"metadata", "annotations", LastApplied});
    json *to = child(merged, {"metadata", "annotations", LastApplied});
    const bool changed = from && to && *from != *to;
    if (from)
        *from = changed ? "*** (before)" : "***";
    if (to)
        *to = changed ? "*** (after)" : "***";
}

QStringList lines(const json &object)
{
    if (object.is_null())
        return {};
    QStringList out = toYaml(object).split(u'\n');
    if (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

std::pair<json, json> ObjectDiff::comparable(json live, json merged)
{
    dropNoise(live);
    dropNoise(merged);
    maskSecrets(live, merged);
    return {std::move(live), std::move(merged)};
}

QString ObjectDiff::unified(const json &live, const json &merged, const QString &name)
{
    const auto [from, to] = comparable(live, merged);
    const QString hunks = UnifiedDiff::hunks(lines(from), lines(to));
    if (hunks.isEmpty())
        return {};
    return QStringLiteral("diff -u -N live/%1 merged/%1\n--- live/%1\n+++ merged/%1\n").arg(name) + hunks;
}

QString ObjectDiff::name(const QString &group, const QString &version, const QString &kind, const QString &namespaceName,
                         const QString &objectName)
{
    const QString gv = group.isEmpty() ? version : group + u'.' + version;
    return QStringList{gv, kind, namespaceName, objectName}.join(u'.');
}

} // namespace Kaji::Models
