#pragma once

#include "apiclient.h"
#include "manifestdocument.h"

#include <QList>
#include <QString>

// Plain data; any thread.
namespace Kaji::Kube {

// A field another field manager owns, from a 409 of server-side apply.
struct FieldConflict {
    QString field; // as the server names it: .spec.template.spec.containers[name="web"].image
    QString manager; // who owns it: "kube-controller-manager", "kubectl-client-side-apply", …
    QString detail; // the server's words ("conflict with \"x\" using apps/v1")
    YamlPosition position; // where the document sets it
};

// One complaint about one field: a validation cause, an unknown field, a
// value of the wrong type, a key set twice.
struct FieldProblem {
    QString field; // empty when the server gave only a line
    QString message;
    YamlPosition position;
};

// Why the API server refused a document, taken apart so that a person can
// act on it: the conflicts to force or give up, the fields to fix and the
// lines they are on.
struct ApplyFailure {
    long status = 0; // HTTP status, 0 when the server was not reached
    QString reason; // Status.reason: Conflict, Invalid, BadRequest, Forbidden, NotFound, … ("InternalError" for a 500)
    QString message; // the server's message, or the transport's
    QList<FieldConflict> conflicts;
    QList<FieldProblem> problems;
    YamlPosition position; // the first field's place, else the document's start

    static ApplyFailure fromResult(const ApiResult &result, const ManifestDocument &document);
};

} // namespace Kaji::Kube
