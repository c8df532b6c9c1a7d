#pragma once

#include "serversideapply.h"

#include <QCoreApplication>
#include <QTextStream>

// Main thread of the headless process.
namespace Kaji::App {

// How `kaji apply` and `kaji diff` name objects and explain refusals.
class ApplyReport {
    Q_DECLARE_TR_FUNCTIONS(ApplyReport)
public:
    // kubectl's name: "deployment.apps/web", "configmap/settings".
    static QString objectName(const Kube::ApplyOutcome &outcome, const Kube::ManifestDocument &document);

    // Why a document was not applied and the lines it concerns: the fields
    // other managers own as a table, the server's complaints field by
    // field. `server` names the cluster when it could not be reached.
    static void printFailure(QTextStream &err, const Kube::ApplyOutcome &outcome, const Kube::ManifestDocument &document,
                             const QString &server);
};

} // namespace Kaji::App
