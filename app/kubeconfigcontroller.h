#pragma once

#include "kubeconfigimporter.h"

#include <QObject>
#include <QPointer>

// GUI thread.
namespace Kaji::Kube {
class KubeConfigSource;
}
namespace Kaji::Ui {
class KubeconfigImportDialog;
class MainWindow;
} // namespace Kaji::Ui

namespace Kaji::App {

// Carries out the kubeconfig housekeeping the window asks for (rename,
// default namespace, delete, import) with Kube::KubeConfigEditor and
// KubeConfigImport, keeps the list of Kaji's separate kubeconfigs in the
// settings, and reloads the source after every write. The files are small:
// the writes run on the GUI thread.
class KubeconfigController : public QObject, public Ui::KubeconfigImporter {
    Q_OBJECT
public:
    KubeconfigController(Ui::MainWindow *window, Kube::KubeConfigSource *source, QObject *parent = nullptr);

    // Shows the import dialog (one at a time) in file or paste mode.
    void openImport(Ui::KubeconfigImportMode mode);
    Ui::KubeconfigImportDialog *importDialog() const;

    void renameContext(const QString &from, const QString &to);
    void setNamespace(const QString &context, const QString &namespaceName);
    void deleteContext(const QString &name);

    Ui::KubeconfigImportPreview preview(const QByteArray &text, const QString &sourcePath) override;
    Ui::KubeconfigImportOutcome import(const QByteArray &text, const QString &sourcePath, bool keepSeparate,
        bool renameConflicts, const QString &suffix) override;

private:
    void refused(const QString &error);
    void done(const QString &message);

    Ui::MainWindow *m_window;
    Kube::KubeConfigSource *m_source;
    QPointer<Ui::KubeconfigImportDialog> m_dialog;
};

} // namespace Kaji::App
