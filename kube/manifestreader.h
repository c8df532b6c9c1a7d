#pragma once

#include "manifestdocument.h"

#include <QList>

// Pure functions; any thread.
namespace Kaji::Kube {

struct ManifestProblem {
    QString source;
    YamlPosition position;
    QString message;
};

struct ManifestSet {
    QList<ManifestDocument> documents; // in file order, Lists expanded
    QList<ManifestProblem> errors; // documents that cannot be sent
    QList<ManifestProblem> warnings;
};

// A manifest file as kubectl -f reads it: split into documents, empty ones
// skipped, `kind: List` expanded into its items; each document checked as
// the API server will read it (syntax, duplicate keys, an object with
// apiVersion and kind).
class ManifestReader {
public:
    static ManifestSet read(const QByteArray &text, const QString &source);

private:
    static void add(ManifestDocument document, ManifestSet &set);
};

} // namespace Kaji::Kube
