#pragma once

// Shared by the manifest editor's cluster tests: a namespace of their own,
// objects read as the editor shows them, and a save session run to its end.

#include "../kube/clusterfixture.h"
#include "editor/editsession.h"

#include <QDateTime>
#include <QUrl>

namespace KajiTest {

inline Kaji::Kube::ApiResource deploymentsResource()
{
    Kaji::Kube::ApiResource r;
    r.group = QStringLiteral("apps");
    r.version = QStringLiteral("v1");
    r.resource = QStringLiteral("deployments");
    r.kind = QStringLiteral("Deployment");
    r.namespaced = true;
    return r;
}

inline Kaji::Kube::ApiResource secretsResource()
{
    Kaji::Kube::ApiResource r;
    r.version = QStringLiteral("v1");
    r.resource = QStringLiteral("secrets");
    r.kind = QStringLiteral("Secret");
    r.namespaced = true;
    return r;
}

inline QByteArray objectPath(const Kaji::Kube::ApiResource &r, const QString &ns, const QString &name)
{
    return r.collectionPath(ns) + '/' + QUrl::toPercentEncoding(name);
}

// Runs one request of the session (`start` calls save(), preview(), …) and
// waits for its outcome.
template<typename Start> Kaji::Models::EditOutcome runEdit(Kaji::Models::EditSession &session, Start start)
{
    std::optional<Kaji::Models::EditOutcome> outcome;
    const QMetaObject::Connection c = QObject::connect(
        &session, &Kaji::Models::EditSession::finished, [&](const Kaji::Models::EditOutcome &o) { outcome = o; });
    if (!start())
        qFatal("the session was busy");
    if (!waitUntil([&] { return outcome.has_value(); }, 60000))
        qFatal("the edit session never answered");
    QObject::disconnect(c);
    return *outcome;
}

// A deployment of one replica, made by the admin.
inline void createDeployment(const QString &ns, const QString &name, int replicas = 1)
{
    const QString yaml
        = QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %1\n  namespace: %2\n"
                         "  labels: {app: %1}\nspec:\n  replicas: %3\n  selector:\n    matchLabels: {app: %1}\n"
                         "  template:\n    metadata:\n      labels: {app: %1}\n    spec:\n      containers:\n"
                         "      - name: web\n        image: nginx:1.25\n")
              .arg(name, ns)
              .arg(replicas);
    kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, yaml.toUtf8());
}

inline QString describe(const Kaji::Models::EditOutcome &o)
{
    QString text
        = QStringLiteral("kind %1, HTTP %2 %3: %4").arg(int(o.kind)).arg(o.status).arg(o.reason, o.message.right(300));
    for (const auto &p : o.problems)
        text += QStringLiteral("\n  line %1: %2 (%3)").arg(p.line).arg(p.message.right(200), p.field);
    return text;
}

} // namespace KajiTest
