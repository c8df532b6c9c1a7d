#pragma once

#include "apiresource.h"

#include <QHash>
#include <QObject>
#include <QPointer>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Ui {
class ApplyWindow;
}

namespace Kaji::App {

class EditController;
class NamespaceScope;

// "Apply manifest…" and "New resource…" for the connected context: one
// apply window per context (asking again raises it), its engine on a
// thread of its own, the connection's schemas for validation and
// templates, and the text kept as the context's apply draft, offered back
// when the context connects again.
class ApplyController : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("edit/applywindow.h")
public:
    ApplyController(EditController *edits, NamespaceScope *namespaces, QWidget *windowParent, QObject *parent = nullptr);
    ~ApplyController() override;

    // `directory` for drafts; the app data location unless a test says otherwise.
    void setDraftDirectory(const QString &directory) { m_draftDirectory = directory; }
    void setConnection(Kube::ClusterConnection *connection);

    // The window of the connected context, opened (with its draft, if any)
    // or raised; null when not connected.
    Ui::ApplyWindow *openWindow();
    Ui::ApplyWindow *window() const;
    // Asks for a kind, then adds its template to the window.
    void newResource();
    // The template of `resource` from the cluster's schema, added to the
    // window once the schema is loaded.
    void addTemplate(const Kube::ApiResource &resource);
    // Offers the context's apply draft, if there is one and no window shows it.
    void offerDraft();

Q_SIGNALS:
    void windowOpened(Kaji::Ui::ApplyWindow *window);
    void templateAdded(Kaji::Ui::ApplyWindow *window);

private:
    QString contextName() const;
    QString currentNamespace() const;
    void templateReady(const Kube::ApiResource &resource, const QString &text, const QString &problem);

    EditController *m_edits;
    NamespaceScope *m_namespaces;
    QWidget *m_windowParent;
    QPointer<Kube::ClusterConnection> m_connection;
    QString m_draftDirectory;
    QHash<QString, QPointer<Ui::ApplyWindow>> m_windows; // by context
};

} // namespace Kaji::App
