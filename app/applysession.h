#pragma once

#include "serversideapply.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

// Main thread of the headless process.
namespace Kaji::App {

// One run of server-side apply for a command: connects to the context's
// cluster, learns the kinds it serves, applies the documents in order,
// explains each refusal on `err` and hands each success over as it
// arrives.
class ApplySession {
    Q_DECLARE_TR_FUNCTIONS(ApplySession)
public:
    using OutcomeHandler = std::function<void(const Kube::ApplyOutcome &outcome, const Kube::ManifestDocument &document)>;

    explicit ApplySession(QTextStream &err) : m_err(err) {}

    // True when every document was applied (or, in a dry run, would be);
    // false when one was refused or the cluster could not be asked what it
    // serves.
    bool run(const Kube::RestConfig &config, const QList<Kube::ManifestDocument> &documents,
             const Kube::ApplyOptions &options, const OutcomeHandler &onSuccess);

private:
    QTextStream &m_err;
};

} // namespace Kaji::App
