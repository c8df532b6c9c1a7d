#pragma once

#include "objectactions.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QObject>
#include <QPointer>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Models {
class KindTreeModel;
class SchemaProvider;
struct Draft;
}
namespace Kaji::Ui {
class EditorWindow;
}

namespace Kaji::App {

// Opens objects of the connected context in editor windows (one per
// object: asking again raises it), with the connection's schemas for
// validation and drafts kept on disk. When a context connects, drafts left
// over from an earlier run (a crash, a refused save, a closed window) are
// offered back.
class EditController : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("edit/editorwindow.h")
public:
    EditController(Models::KindTreeModel *kinds, QWidget *windowParent, QObject *parent = nullptr);
    ~EditController() override;

    // `directory` for drafts; the app data location unless a test says otherwise.
    void setDraftDirectory(const QString &directory) { m_draftDirectory = directory; }
    void setConnection(Kube::ClusterConnection *connection);
    void open(const Models::ObjectActions::Target &target);
    // Offers the drafts of the connected context, if there are any.
    void offerDrafts();

    Ui::EditorWindow *window(const Models::ObjectActions::Target &target) const;
    // The connection's schemas (shared with the apply window); null when not connected.
    Models::SchemaProvider *schemas() const { return m_schemas; }

Q_SIGNALS:
    void windowOpened(Kaji::Ui::EditorWindow *window);
    // Reading the object failed: nothing to edit.
    void openFailed(const Kaji::Models::ObjectActions::Target &target, const QString &message);

private:
    void openObject(const Models::ObjectActions::Target &target, const QString &restoredText,
        const Models::Draft *draft);
    void opened(const Models::ObjectActions::Target &target, const nlohmann::json &object,
        const QString &restoredText, const Models::Draft *draft);
    static QString keyOf(const Models::ObjectActions::Target &target);
    QString contextName() const;

    Models::KindTreeModel *m_kinds;
    QWidget *m_windowParent;
    QPointer<Kube::ClusterConnection> m_connection;
    Models::SchemaProvider *m_schemas = nullptr;
    QString m_draftDirectory;
    QHash<QString, QPointer<Ui::EditorWindow>> m_windows;
    bool m_offered = false;
};

} // namespace Kaji::App
