#pragma once

#include "apiclient.h"

#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

#include <variant>

// Plain data and pure functions; any thread.
namespace Kaji::Kube {

// One document of /openapi/v3: where to GET it, and the hash that makes
// that URL immutable (empty when the server sends none).
struct OpenApiDocumentRef {
    QByteArray url; // server-relative, query included ("/openapi/v3/apis/apps/v1?hash=…")
    QString hash;
};

// The index of /openapi/v3: every group-version the server describes
// ("apis/apps/v1", "api/v1", custom resources and aggregated APIs too).
struct OpenApiIndex {
    QHash<QString, OpenApiDocumentRef> documents;

    // Reads `{"paths": {"apis/apps/v1": {"serverRelativeURL": …}}}`; an
    // error in words when the document is not such an index.
    static std::variant<OpenApiIndex, QString> parse(const nlohmann::json &index);
};

// Failures of /openapi/v3 requests in words a user can act on ("not
// allowed to read the cluster's schemas", "the server publishes no OpenAPI
// v3", "could not reach the server: …"). `what` names the document.
QString openApiFailure(const ApiResult &result, const QString &what);

} // namespace Kaji::Kube
