#pragma once

#include "manifestdocument.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

// Main thread of the headless process.
namespace Kaji::App {

// The documents of the -f sources of `kaji apply` and `kaji diff`.
class ManifestInput {
    Q_DECLARE_TR_FUNCTIONS(ManifestInput)
public:
    // Reads files, directories (their .yaml, .yml and .json files, by name,
    // not recursing) and "-" (standard input) as kubectl -f does. Problems
    // go to `err` as "kaji: FILE:LINE:COLUMN: …" and warnings as
    // "warning: FILE:LINE:COLUMN: …". Nothing when a source cannot be read
    // or a document cannot be sent: kubectl then sends nothing either.
    static std::optional<QList<Kube::ManifestDocument>> read(const QStringList &sources, QTextStream &err);

    // "FILE:LINE:COLUMN", or less of it as far as it is known.
    static QString place(const QString &source, const Kube::YamlPosition &position);
};

} // namespace Kaji::App
