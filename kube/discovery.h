#pragma once

#include "apiclient.h"
#include "apiresource.h"
#include "reflector.h"

#include <QTimer>

// The connection thread of its cluster.
namespace Kaji::Kube {

// What the cluster serves: built-in kinds and custom resources, from the
// aggregated discovery endpoints (two requests, not one per group). Asked
// again when CustomResourceDefinitions change, watched with a reflector.
class Discovery : public QObject, private ReflectorSink {
    Q_OBJECT
public:
    explicit Discovery(ApiClient *client, QObject *parent = nullptr);

    void start();
    const QList<ApiResource> &resources() const { return m_resources; }
    // By id ("deployments.apps"), plural, kind or short name, like kubectl.
    std::optional<ApiResource> find(const QString &name) const;
    // Asks again now, without waiting for a CustomResourceDefinition to
    // change: an apply that has just created one needs its kinds. Ends in
    // refreshed() or failed(); a refresh under way counts as this one.
    void refresh();

Q_SIGNALS:
    void resourcesChanged(const QList<Kaji::Kube::ApiResource> &resources);
    // After every successful refresh, changed or not.
    void refreshed();
    void failed(const QString &message);

private:
    void fetch(const QByteArray &path, QList<ApiResource> *into);
    void finish();

    void beginList() override {}
    void listPage(const QByteArray &) override {}
    void endList() override;
    void apply(WatchEvent::Type type, std::string_view object) override;

    ApiClient *m_client;
    Reflector *m_crds;
    QTimer m_debounce;
    QList<ApiResource> m_resources;
    QList<ApiResource> m_core;
    QList<ApiResource> m_groups;
    int m_pending = 0;
    QString m_error;
    bool m_crdsListed = false;
};

} // namespace Kaji::Kube
