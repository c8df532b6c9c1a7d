#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <utility>

// Pure functions; any thread.
namespace Kaji::Models {

// What `kaji diff` and a preview before applying show: the live object
// against the one a dry-run apply returned, both written as Kaji writes
// YAML, so that only real changes differ.
class ObjectDiff {
public:
    // The two as a reader compares them. managedFields, generation and
    // resourceVersion are dropped: kubectl diff drops only managedFields,
    // but the other two move with every write and say nothing about it. A
    // Secret's values (and the kubectl annotation that copies them) are
    // masked as kubectl diff masks them: "***", or "*** (before)" and
    // "*** (after)" where a value changes. Null (no object) stays null.
    static std::pair<nlohmann::json, nlohmann::json> comparable(nlohmann::json live, nlohmann::json merged);

    // `diff -u -N live/NAME merged/NAME` of the two: the header lines and
    // the hunks, empty when nothing differs.
    static QString unified(const nlohmann::json &live, const nlohmann::json &merged, const QString &name);

    // kubectl diff's name for an object: "apps.v1.Deployment.shop.web",
    // "v1.Namespace..team" for one without a namespace.
    static QString name(const QString &group, const QString &version, const QString &kind, const QString &namespaceName,
                        const QString &objectName);
};

} // namespace Kaji::Models
