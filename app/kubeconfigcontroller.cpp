#include "kubeconfigcontroller.h"

#include "kubeconfigeditor.h"
#include "kubeconfigimport.h"
#include "kubeconfigimportdialog.h"
#include "kubeconfigloader.h"
#include "kubeconfigpaths.h"
#include "kubeconfigsource.h"
#include "mainwindow.h"
#include "settings.h"

#include <QMessageBox>
#include <QStatusBar>

namespace Kaji::App {

KubeconfigController::KubeconfigController(Ui::MainWindow *window, Kube::KubeConfigSource *source, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_source(source)
{
    connect(window, &Ui::MainWindow::renameContextRequested, this, &KubeconfigController::renameContext);
    connect(window, &Ui::MainWindow::contextNamespaceRequested, this, &KubeconfigController::setNamespace);
    connect(window, &Ui::MainWindow::deleteContextRequested, this, &KubeconfigController::deleteContext);
    connect(window, &Ui::MainWindow::importKubeconfigRequested, this, &KubeconfigController::openImport);
}

void KubeconfigController::openImport(Ui::KubeconfigImportMode mode)
{
    if (!m_dialog) {
        m_dialog = new Ui::KubeconfigImportDialog(this, mode, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &Ui::KubeconfigImportDialog::imported, this, &KubeconfigController::done);
    } else {
        m_dialog->setMode(mode);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

Ui::KubeconfigImportDialog *KubeconfigController::importDialog() const
{
    return m_dialog.data();
}

void KubeconfigController::renameContext(const QString &from, const QString &to)
{
    const auto result = Kube::KubeConfigEditor::renameContext(m_source->config(), from, to);
    if (!result.ok())
        return refused(result.error);
    Settings().renameContext(from, to);
    m_window->followContextRename(from, to);
    m_source->reload();
    done(tr("Renamed context \"%1\" to \"%2\" in %3.").arg(from, to, result.writtenFiles.join(QStringLiteral(", "))));
}

void KubeconfigController::setNamespace(const QString &context, const QString &namespaceName)
{
    const auto result = Kube::KubeConfigEditor::setNamespace(m_source->config(), context, namespaceName);
    if (!result.ok())
        return refused(result.error);
    m_source->reload();
    done(namespaceName.isEmpty()
            ? tr("Context \"%1\" now uses the namespace \"default\" (%2).").arg(context, result.writtenFiles.value(0))
            : tr("Context \"%1\" now uses the namespace \"%2\" (%3).")
                  .arg(context, namespaceName, result.writtenFiles.value(0)));
}

void KubeconfigController::deleteContext(const QString &name)
{
    const auto result = Kube::KubeConfigEditor::deleteContext(m_source->config(), name);
    if (!result.ok())
        return refused(result.error);
    m_source->reload();
    QString message = tr("Deleted context \"%1\" from %2.").arg(name, result.writtenFiles.value(0));
    if (result.removedCurrentContext)
        message += u' ' + tr("It was the current context: choose another with kubectl config use-context.");
    done(message);
}

Ui::KubeconfigImportPreview KubeconfigController::preview(const QByteArray &text, const QString &sourcePath)
{
    const Kube::KubeConfigImportPreview p = Kube::KubeConfigImport(text, sourcePath).preview(m_source->config());
    Ui::KubeconfigImportPreview out;
    out.error = p.error;
    out.contexts = p.contexts;
    out.clusters = p.clusters;
    out.users = p.users;
    out.contextConflicts = p.contextConflicts;
    out.clusterConflicts = p.clusterConflicts;
    out.userConflicts = p.userConflicts;
    out.unresolvedPaths = p.unresolvedPaths;
    out.mergeTarget = Kube::KubeConfigEditor::writeTarget(Kube::KubeConfigLoader::defaultPaths());
    return out;
}

Ui::KubeconfigImportOutcome KubeconfigController::import(
    const QByteArray &text, const QString &sourcePath, bool keepSeparate, bool renameConflicts, const QString &suffix)
{
    const Kube::KubeConfigImport import(text, sourcePath);
    const auto conflicts
        = renameConflicts ? Kube::KubeConfigImport::Conflicts::Rename : Kube::KubeConfigImport::Conflicts::Skip;
    const Kube::KubeConfigImportResult result = keepSeparate
        ? import.keepSeparate(Kube::KubeConfigImport::separateDirectory(), m_source->config(), conflicts, suffix)
        : import.mergeInto(Kube::KubeConfigEditor::writeTarget(Kube::KubeConfigLoader::defaultPaths()),
            m_source->config(), conflicts, suffix);
    Ui::KubeconfigImportOutcome outcome;
    if (!result.ok()) {
        outcome.error = result.error;
        return outcome;
    }
    if (keepSeparate) {
        Settings settings;
        QStringList separate = settings.separateKubeconfigs();
        separate << result.file;
        settings.setSeparateKubeconfigs(separate);
        m_source->setPaths(kubeconfigPaths());
    } else {
        m_source->reload();
    }
    outcome.summary = keepSeparate ? tr("Imported into a separate kubeconfig, %1.").arg(result.file)
                                   : tr("Imported into %1.").arg(result.file);
    if (!result.renamedContexts.isEmpty()) {
        QStringList renames;
        for (auto it = result.renamedContexts.cbegin(); it != result.renamedContexts.cend(); ++it)
            renames << QStringLiteral("%1 → %2").arg(it.key(), it.value());
        outcome.summary += u' ' + tr("Renamed: %1.").arg(renames.join(QStringLiteral(", ")));
    }
    if (!result.skipped.isEmpty())
        outcome.summary += u' ' + tr("Skipped %n entries whose names were taken.", nullptr, int(result.skipped.size()));
    return outcome;
}

void KubeconfigController::refused(const QString &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Kubeconfig not changed"), error, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("kubeconfigRefusedBox"));
    box.exec();
}

void KubeconfigController::done(const QString &message)
{
    m_window->statusBar()->showMessage(message, 10000);
}

} // namespace Kaji::App
