// Kubeconfig housekeeping as a user does it, on temporary copies of the
// tests/kube/kubeconfigedit fixtures: the sidebar's right-click menu renames,
// sets a default namespace and deletes (with the confirmation naming the
// file); the import dialog reads a file or pasted text, names clashes and
// merges or keeps a separate copy. Screenshots of the dialog in English and
// Japanese are left to look at.

#include "guifixture.h"

#include "application.h"
#include "contextlistmodel.h"
#include "kubeconfigcontroller.h"
#include "kubeconfigimportdialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDirIterator>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace Kaji;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs `handle` on the first modal dialog or popup of type T once it shows;
// the dialog's own event loop keeps the timer running.
template<typename T> void whenShown(std::function<void(T *)> handle)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        QWidget *widget = QApplication::activePopupWidget();
        if (!qobject_cast<T *>(widget))
            widget = QApplication::activeModalWidget();
        if (auto *found = qobject_cast<T *>(widget)) {
            timer->deleteLater();
            timer->stop();
            handle(found);
        }
    });
    timer->start(50);
}

// Right-clicks the context's row and picks the menu entry named `action`.
void chooseFromMenu(QListView *list, const QString &context, const char *action)
{
    const QModelIndexList rows = list->model()->match(
        list->model()->index(0, 0), Models::ContextListModel::NameRole, context, 1, Qt::MatchExactly);
    QVERIFY2(!rows.isEmpty(), qPrintable(context));
    whenShown<QMenu>([action](QMenu *menu) {
        auto *chosen = menu->findChild<QAction *>(QLatin1String(action));
        QVERIFY(chosen);
        menu->setActiveAction(chosen);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    const QPoint pos = list->visualRect(rows.first()).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, list->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(list->viewport(), &event);
}

QStringList names(QListView *list)
{
    QStringList out;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        out << list->model()->index(row, 0).data(Models::ContextListModel::NameRole).toString();
    return out;
}

} // namespace

class TestKubeconfigEdits : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_main;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Kaji"));
        QCoreApplication::setApplicationName(QStringLiteral("Kaji"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        const QDir source(QStringLiteral(KAJI_SOURCE_DIR "/tests/kube/kubeconfigedit"));
        QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = QDir(m_dir.path()).filePath(QStringLiteral("kube/") + source.relativeFilePath(from));
            QDir().mkpath(QFileInfo(to).absolutePath());
            QVERIFY(QFile::copy(from, to));
            QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::WriteOwner);
        }
        m_main = m_dir.filePath(QStringLiteral("kube/main.yaml"));
        qputenv("KUBECONFIG",
            (m_main + QDir::listSeparator() + m_dir.filePath(QStringLiteral("kube/team/shared.yaml"))).toLocal8Bit());
        qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        QSettings().clear();
    }

    void sidebarRenamesSetsNamespaceAndDeletes()
    {
        QSettings().setValue(QStringLiteral("contexts/dev/addedNamespaces"), QStringList { QStringLiteral("web") });
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *list = window->findChild<QListView *>(QStringLiteral("contextList"));
        QCOMPARE(window->currentContext(), QStringLiteral("dev"));

        whenShown<QInputDialog>([](QInputDialog *dialog) {
            QCOMPARE(dialog->textValue(), QStringLiteral("dev"));
            dialog->setTextValue(QStringLiteral("dev-eu"));
            dialog->accept();
        });
        chooseFromMenu(list, QStringLiteral("dev"), "renameContextAction");
        QTRY_VERIFY(names(list).contains(QStringLiteral("dev-eu")));
        QVERIFY(!names(list).contains(QStringLiteral("dev")));
        QVERIFY(contents(m_main).contains("current-context: dev-eu"));
        // The renamed context stays the one shown.
        QCOMPARE(window->currentContext(), QStringLiteral("dev-eu"));
        QCOMPARE(QSettings().value(QStringLiteral("session/lastContext")).toString(), QStringLiteral("dev-eu"));
        // What Kaji remembers of the context follows the new name.
        QCOMPARE(QSettings().value(QStringLiteral("contexts/dev-eu/addedNamespaces")).toStringList(),
            QStringList { QStringLiteral("web") });
        QVERIFY(!QSettings().contains(QStringLiteral("contexts/dev/addedNamespaces")));

        // A clash is refused with a message and nothing is written.
        const QByteArray beforeClash = contents(m_main);
        QString refusal;
        whenShown<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("prod"));
            dialog->accept();
        });
        whenShown<QMessageBox>([&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        chooseFromMenu(list, QStringLiteral("staging"), "renameContextAction");
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.contains(QStringLiteral("already exists")), qPrintable(refusal));
        QCOMPARE(contents(m_main), beforeClash);

        whenShown<QInputDialog>([](QInputDialog *dialog) {
            QCOMPARE(dialog->textValue(), QStringLiteral("default"));
            dialog->setTextValue(QStringLiteral("qa"));
            dialog->accept();
        });
        chooseFromMenu(list, QStringLiteral("staging"), "contextNamespaceAction");
        const auto namespaceOf = [list](const QString &name) {
            const int row = int(names(list).indexOf(name));
            return list->model()->index(row, 0).data(Models::ContextListModel::NamespaceRole).toString();
        };
        QTRY_COMPARE(namespaceOf(QStringLiteral("staging")), QStringLiteral("qa"));

        // Cancel first: the confirmation names the file, and nothing changes.
        QString question;
        whenShown<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->reject();
        });
        chooseFromMenu(list, QStringLiteral("staging"), "deleteContextAction");
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY2(question.contains(m_main), qPrintable(question));
        QVERIFY(names(list).contains(QStringLiteral("staging")));
        whenShown<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        chooseFromMenu(list, QStringLiteral("staging"), "deleteContextAction");
        QTRY_VERIFY(!names(list).contains(QStringLiteral("staging")));
        QVERIFY(contents(m_main).contains("name: local")); // its cluster stays
        QVERIFY(QFile::exists(m_main + QStringLiteral(".kaji-backup")));
    }

    void importDialogKeepsASeparateCopy()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *list = window->findChild<QListView *>(QStringLiteral("contextList"));
        // The File menu's entry, which the palette offers too, opens the dialog.
        QAction *importAction = nullptr;
        for (QAction *action : window->commandActions()) {
            if (action->objectName() == QLatin1String("importKubeconfigAction"))
                importAction = action;
        }
        QVERIFY(importAction);
        importAction->trigger();
        Ui::KubeconfigImportDialog *dialog = app.kubeconfigEdits()->importDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->mode(), Ui::KubeconfigImportMode::File);
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(!importButton->isEnabled());

        dialog->setFilePath(m_dir.filePath(QStringLiteral("kube/import/incoming.yaml")));
        auto *contexts = dialog->findChild<QListWidget *>(QStringLiteral("importContexts"));
        QCOMPARE(contexts->count(), 2);
        QVERIFY(contexts->item(0)->text().contains(QStringLiteral("already in use")));
        auto *conflicts = dialog->findChild<QLabel *>(QStringLiteral("importConflicts"));
        QVERIFY(conflicts->isVisibleTo(dialog));
        QVERIFY2(conflicts->text().contains(QStringLiteral("clusters: remote")), qPrintable(conflicts->text()));
        QVERIFY(importButton->isEnabled());
        dialog->findChild<QRadioButton *>(QStringLiteral("importSeparate"))->setChecked(true);
        dialog->findChild<QRadioButton *>(QStringLiteral("importRename"))->setChecked(true);
        QVERIFY(KajiGuiTest::screenshot(dialog, QStringLiteral("kubeconfig-import-en.png")));
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY(!app.kubeconfigEdits()->importDialog());

        const QStringList separate = QSettings().value(QStringLiteral("kubeconfig/separateFiles")).toStringList();
        QCOMPARE(separate.size(), 1);
        QVERIFY2(separate.first().startsWith(m_dir.filePath(QStringLiteral("data"))), qPrintable(separate.first()));
        QTRY_VERIFY(names(list).contains(QStringLiteral("fresh")));
        QVERIFY(names(list).contains(QStringLiteral("dev-imported")));
        QVERIFY(names(list).contains(QStringLiteral("dev")));
        QCOMPARE(window->currentContext(), QStringLiteral("dev"));

        // Japanese, paste mode: bad text is named, and nothing is written.
        app.setLanguage(QStringLiteral("ja"));
        window->requestKubeconfigImport(Ui::KubeconfigImportMode::Paste);
        dialog = app.kubeconfigEdits()->importDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->mode(), Ui::KubeconfigImportMode::Paste);
        const QByteArray mainBefore = contents(m_main);
        dialog->setPastedText(QStringLiteral("clusters: [\n  - name: x\n"));
        QVERIFY(!dialog->currentPreview().error.isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("importProblem"))->isVisibleTo(dialog));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        dialog->setPastedText(QString::fromUtf8(contents(m_dir.filePath(QStringLiteral("kube/import/incoming.yaml")))));
        QVERIFY(dialog->currentPreview().error.isEmpty());
        QVERIFY(!dialog->currentPreview().unresolvedPaths.isEmpty());
        QVERIFY(KajiGuiTest::screenshot(dialog, QStringLiteral("kubeconfig-import-ja.png")));
        QCOMPARE(contents(m_main), mainBefore);

        // Merged into the first kubeconfig file; every name is taken by now.
        dialog->findChild<QRadioButton *>(QStringLiteral("importMerge"))->setChecked(true);
        dialog->findChild<QRadioButton *>(QStringLiteral("importRename"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("importSuffix"))->setText(QStringLiteral("-pasted"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_VERIFY(!app.kubeconfigEdits()->importDialog());
        QVERIFY(contents(m_main).contains("fresh-user-pasted"));
        QTRY_VERIFY(names(list).contains(QStringLiteral("fresh-pasted")));
        QCOMPARE(contents(m_main + QStringLiteral(".kaji-backup")), mainBefore);
    }
};

QTEST_MAIN(TestKubeconfigEdits)
#include "tst_kubeconfigedits.moc"
