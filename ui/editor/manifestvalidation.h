#pragma once

#include "manifestdiagnostic.h"

#include <QByteArray>

#include <functional>

namespace Kaji::Kube {
struct YamlReadResult;
struct YamlStreamDocument;
} // namespace Kaji::Kube

// Pure functions; any thread.
namespace Kaji::Ui {

// A further check of each document that reads as YAML (the cluster schema
// plugs in here). Runs on a worker thread, several at once: it must own
// or share (never borrow) whatever it reads. `document` has positions by
// JSON pointer already counted in lines of the whole text.
using ManifestCheck
    = std::function<ManifestDiagnostics(const Kube::YamlReadResult &document, const Kube::YamlStreamDocument &source)>;

// What is wrong with manifest text as the API server will read it: the
// stream cut as kubectl cuts it, each document read by Kube::YamlReader
// (syntax errors, duplicate keys, values that read as something else),
// documents that are no object, then `check`.
class ManifestValidation {
public:
    static ManifestDiagnostics check(const QByteArray &text, const ManifestCheck &check = {});
};

} // namespace Kaji::Ui
