#pragma once

#include "yamlreader.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

// Plain data; any thread.
namespace Kaji::Kube {

// One object of a manifest file, ready to send: its text, what the server
// will read from it, and where its fields are written so the server's
// complaints can point at lines.
struct ManifestDocument {
    QString source; // the file ("-" for standard input)
    int firstLine = 1; // where it starts in the file
    // Sent as is (server-side apply takes YAML): the document's own text,
    // or an item of a `kind: List` as JSON.
    QByteArray body;
    // The file line `body` starts at; 0 when it is not the file's text (a
    // List item), so that a server error's "line N" cannot be placed.
    int bodyLine = 0;
    nlohmann::json object; // `body` as the API server reads it
    QHash<QString, YamlPosition> positions; // JSON pointer → place in the file

    QString apiVersion() const;
    QString kind() const;
    QString group() const; // "" for the core group
    QString version() const;
    QString name() const;
    QString generateName() const;
    QString namespaceName() const;

    // Where a field the API server names is written: its own line, or that
    // of the nearest enclosing field the document has. Takes the spellings
    // of validation causes ("spec.containers[0].image", "data[key]") and of
    // apply conflicts (".spec.containers[name=\"web\"].image").
    YamlPosition positionOf(const QString &fieldPath) const;
};

} // namespace Kaji::Kube
