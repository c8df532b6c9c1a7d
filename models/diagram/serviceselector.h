#pragma once

#include "podrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Pure functions; any thread.
namespace Kaji::Models {

// A Service's spec.selector (equality only, unlike a workload's) and the
// ways it goes wrong: a typo that matches nothing, a named targetPort that no
// selected pod declares.
class ServiceSelector {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ServiceSelector)
public:
    using Labels = QList<std::pair<QString, QString>>;

    explicit ServiceSelector(const nlohmann::json &serviceSpec);

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(const Labels &labels) const;
    QString text() const; // "app=web,tier=api", keys sorted

    // Reasons naming the pods that miss by one label, grouped by what they
    // have instead. With a one-label selector every pod misses "by one", so
    // there a near miss must resemble it: the key with a similar value, or
    // the wanted value under another key (app=x for app.kubernetes.io/name=x).
    QStringList nearMisses(const QList<const Kube::PodRecord *> &podsInNamespace) const;

    // Reasons for each named targetPort of `serviceSpec` that selected pods do
    // not declare (with the port's protocol): the endpoint controller leaves
    // such a pod out of that port. `slicePorts` maps a pod's uid to the port
    // names of the EndpointSlices listing it: a slice port named like the
    // Service's port proves the controller resolved it for that pod.
    // `failed` is set when no pod serves a Service's only port.
    static QStringList unresolvedTargetPorts(const nlohmann::json &serviceSpec,
                                             const QList<const Kube::PodRecord *> &selected,
                                             const QHash<QString, QStringList> &slicePorts, bool *failed);

private:
    static bool resembles(const QString &have, const QString &want);

    Labels m_terms; // sorted by key
};

} // namespace Kaji::Models
