#pragma once

#include "schemaset.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// Pure functions; any thread (a worker while the user types).
namespace Kaji::Models {

struct SchemaProblem {
    enum class Severity { Error, Warning, Information };

    QString pointer; // JSON pointer of the field ("/spec/replics"); "" for the object
    Kube::YamlPosition position; // where it is written (of the nearest written parent if not itself)
    Severity severity = Severity::Error;
    QString message;
};

// Checks an object against its kind's schema as the API server's strict
// field validation would: fields the schema does not know (with the known
// key it most likely meant), values of the wrong type or outside an enum,
// required fields left out, duplicate keys of a keyed list. Stays silent
// where the schema says nothing (preserved unknown fields, free-form
// objects), and never asks for fields the server fills in (status).
class SchemaValidator {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::SchemaValidator)
public:
    // `object` and `positions` as Kube::YamlReader::read gives them. An
    // object whose kind `schemas` does not hold gets one Information
    // problem saying so, and no other.
    static QList<SchemaProblem> validate(
        const SchemaSet &schemas, const nlohmann::json &object, const QHash<QString, Kube::YamlPosition> &positions);
    // The note to show when the schema could not be had (`why`: the loader's message).
    static SchemaProblem unavailable(const QString &why);
    // The known key closest to `key` by edit distance, if close enough to be
    // a typo ("replics" → "replicas"); empty otherwise.
    static QString suggestion(const QString &key, const QStringList &known);
};

} // namespace Kaji::Models
