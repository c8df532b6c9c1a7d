#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// Plain data; any thread.
namespace Kaji::Ui {

// A problem found in manifest text, at a place in it: what validation
// (YAML reading, the cluster's schema) tells the editor to underline.
struct ManifestDiagnostic {
    enum class Severity { Error, Warning, Info };

    int line = 0; // 1-based, in the whole text (as Kube::YamlPosition)
    int column = 0; // 1-based, in characters; 0 underlines the whole line
    Severity severity = Severity::Error;
    QString message;

    bool operator==(const ManifestDiagnostic &) const = default;
};

using ManifestDiagnostics = QList<ManifestDiagnostic>;

} // namespace Kaji::Ui

Q_DECLARE_METATYPE(Kaji::Ui::ManifestDiagnostic)
