#pragma once

#include "apiresource.h"
#include "reflector.h"

#include <QHash>
#include <QObject>
#include <QPointer>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Models {
class KindTreeModel;
class ResourceTableModel;
}
namespace Kaji::Ui {
class MainWindow;
class ResourcePane;
class TablePane;
}

namespace Kaji::App {

// Opens the table of a kind when the user picks it: a model fed by the
// connection's live table of that kind, and its pane in the main window.
// Panes are made on first use and kept (their watches too) until the
// context changes.
class KindPanes : public QObject {
    Q_OBJECT
public:
    KindPanes(Ui::MainWindow *window, Models::KindTreeModel *kinds, QObject *parent = nullptr);

    // Forgets every pane; `connection` may be null (no context).
    void setConnection(Kube::ClusterConnection *connection);
    void open(const QString &resourceId);
    // Every table, open or opened later, shows these namespaces (empty: all).
    void setNamespaces(const QStringList &namespaces);
    Ui::ResourcePane *pane(const QString &resourceId) const;
    // The Pods pane for "pods", the kind's ResourcePane otherwise (if open).
    Ui::TablePane *tablePane(const QString &resourceId) const;
    // "pods" and every kind whose table has been opened.
    QStringList openKinds() const;

Q_SIGNALS:
    // The user moved to another row of a table.
    void selectionChanged(const QString &resourceId, const QString &key);
    // A kind's table was made (on first use after a context change).
    void tableOpened(const QString &resourceId, Models::ResourceTableModel *model, Ui::ResourcePane *pane);

private:
    struct Entry {
        Models::ResourceTableModel *model = nullptr;
        QPointer<Ui::ResourcePane> pane;
    };
    void showState(const QString &resourceId, Kube::Reflector::State state, const QString &message);

    Ui::MainWindow *m_window;
    Models::KindTreeModel *m_kinds;
    Kube::ClusterConnection *m_connection = nullptr;
    QHash<QString, Entry> m_entries;
    QStringList m_namespaces;
    QHash<QString, QStringList> m_scopes; // kinds narrowed to some namespaces
};

} // namespace Kaji::App
