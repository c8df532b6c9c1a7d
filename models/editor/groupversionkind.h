#pragma once

#include <QString>

#include <nlohmann/json.hpp>

// Plain data; any thread.
namespace Kaji::Models {

// The type of an object as its apiVersion and kind name it.
struct GroupVersionKind {
    QString group; // empty for the core group
    QString version;
    QString kind;

    // From `apiVersion` ("apps/v1", "v1") and `kind`.
    static GroupVersionKind fromApiVersion(const QString &apiVersion, const QString &kind);
    // From an object's apiVersion and kind; empty fields where they are missing.
    static GroupVersionKind fromObject(const nlohmann::json &object);

    bool isValid() const { return !version.isEmpty() && !kind.isEmpty(); }
    // "apps/v1", "v1": what an object's apiVersion says.
    QString apiVersion() const;
    // The group-version as /openapi/v3 names it: "apis/apps/v1", "api/v1".
    QString documentPath() const;

    bool operator==(const GroupVersionKind &) const = default;
};

// The OpenAPI v3 document path of an apiVersion ("apps/v1" → "apis/apps/v1").
QString openApiDocumentPath(const QString &apiVersion);

} // namespace Kaji::Models
