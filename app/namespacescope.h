#pragma once

#include "apiresource.h"
#include "reflector.h"
#include "tablerow.h"

#include <QObject>
#include <QPointer>
#include <QSet>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Ui {
class NamespacePicker;
}

namespace Kaji::App {

class KindPanes;

// The namespaces the tables show, for the connected context: keeps the
// picker's list current from the cluster (when the user may list
// namespaces), remembers the choice and the names added by hand per context,
// filters every table, and tells the connection which namespaces to watch
// where the user may not list a kind across all of them.
class NamespaceScope : public QObject {
    Q_OBJECT
public:
    NamespaceScope(Ui::NamespacePicker *picker, KindPanes *panes, QObject *parent = nullptr);

    // `connection` may be null (no context).
    void setConnection(Kube::ClusterConnection *connection);
    // Empty: all namespaces.
    QStringList selection() const { return m_selection; }
    void select(const QStringList &namespaces);
    // Every namespace the user can pick: listed, the context's own, added.
    QStringList known() const;

Q_SIGNALS:
    void selectionChanged(const QStringList &namespaces);

private:
    void watchNamespaces(const QList<Kube::ApiResource> &resources);
    void applyNamespaces(const QString &resourceId, const Kube::TableChangeBatchPtr &batch);
    void showListingState(const QString &resourceId, Kube::Reflector::State state);
    void onPicked(const QStringList &namespaces);
    void apply();
    void showList();
    QStringList listedOrOwn() const;

    Ui::NamespacePicker *m_picker;
    KindPanes *m_panes;
    QPointer<Kube::ClusterConnection> m_connection;
    QString m_context;
    QString m_contextNamespace;
    QSet<QString> m_listed;
    QStringList m_added;
    QStringList m_selection;
    bool m_watching = false;
};

} // namespace Kaji::App
