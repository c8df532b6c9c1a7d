#include "applysession.h"

#include "applyreport.h"
#include "discovery.h"

#include <QEventLoop>

namespace Kaji::App {

bool ApplySession::run(const Kube::RestConfig &config, const QList<Kube::ManifestDocument> &documents,
                       const Kube::ApplyOptions &options, const OutcomeHandler &onSuccess)
{
    Kube::ApiClient client(config);
    Kube::Discovery discovery(&client);
    QEventLoop loop;
    QString discoveryError;
    // A one-off look at what the server serves; no watch on CRDs: the
    // engine asks again after applying one.
    const QMetaObject::Connection refreshed = QObject::connect(&discovery, &Kube::Discovery::refreshed, &loop, &QEventLoop::quit);
    const QMetaObject::Connection failed = QObject::connect(&discovery, &Kube::Discovery::failed, &loop, [&](const QString &why) {
        discoveryError = why;
        loop.quit();
    });
    discovery.refresh();
    loop.exec();
    QObject::disconnect(refreshed);
    QObject::disconnect(failed);
    if (!discoveryError.isEmpty()) {
        m_err << tr("kaji: cannot reach %1: %2").arg(config.cluster.server, discoveryError) << '\n';
        return false;
    }
    bool allApplied = true;

    Kube::ServerSideApply apply(&client, &discovery);
    QObject::connect(&apply, &Kube::ServerSideApply::documentDone, &loop, [&](const Kube::ApplyOutcome &outcome) {
        const Kube::ManifestDocument &document = documents[outcome.index];
        // As kubectl prints them, on the error stream before the result.
        for (const QString &warning : outcome.warnings)
            m_err << "Warning: " << warning << '\n';
        m_err.flush();
        if (outcome.result != Kube::ApplyOutcome::Result::Failed) {
            onSuccess(outcome, document);
            return;
        }
        allApplied = false;
        ApplyReport::printFailure(m_err, outcome, document, config.cluster.server);
        m_err.flush();
    });
    QObject::connect(&apply, &Kube::ServerSideApply::finished, &loop, &QEventLoop::quit);
    apply.apply(documents, options);
    loop.exec();
    return allApplied;
}

} // namespace Kaji::App
