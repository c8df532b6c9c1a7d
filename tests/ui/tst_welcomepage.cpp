// The first run without any context: the welcome page says which files Kaji
// read and what was wrong with them, offers the ways in, and gives way to the
// tabs as soon as a kubeconfig names a context.

#include "application.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "welcomepage.h"
#include "eks/ekswizard.h"
#include "kubeconfigcontroller.h"
#include "kubeconfigimportdialog.h"

#include <QPushButton>
#include <QRadioButton>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji;

namespace {

QStringList sourceLines(Ui::WelcomePage *page)
{
    return page->sourceLines();
}

bool linesAreShown(Ui::WelcomePage *page)
{
    const QString shown = page->findChild<QLabel *>(QStringLiteral("welcomeSources"))->text();
    for (const QString &line : page->sourceLines()) {
        if (!shown.contains(line.toHtmlEscaped()))
            return false;
    }
    return true;
}

} // namespace

class TestWelcomePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Kaji"));
        QCoreApplication::setApplicationName(QStringLiteral("KajiWelcomeTest"));
        QSettings().clear();
    }

    void saysWhatItReadAndGivesWayToAContext()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("config"));
        const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(KAJI_TEST_DATA_DIR "/kubeconfig/malformed.yaml"), broken));
        qputenv("KUBECONFIG", (missing + QDir::listSeparator() + broken).toLocal8Bit());

        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        Ui::WelcomePage *page = window->welcomePage();
        QVERIFY(page->isVisible());
        const QStringList lines = sourceLines(page);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QDir::toNativeSeparators(missing)) && lines.at(0).endsWith(QStringLiteral("does not exist")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("cannot be used")), qPrintable(lines.at(1)));
        QVERIFY(linesAreShown(page));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("welcomeDemo"))->text().contains(QStringLiteral("--demo")));
        for (const char *button : {"welcomeAddFile", "welcomePaste", "welcomeAddEks"})
            QVERIFY(page->findChild<QPushButton *>(QLatin1String(button))->isVisible());
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("connectionStatus"))->text(), QStringLiteral("No context selected"));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("welcome-en.png")));

        app.setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(page->findChild<QLabel *>(QStringLiteral("welcomeTitle"))->text(), QStringLiteral("Kaji へようこそ"));
        QVERIFY2(sourceLines(page).at(0).endsWith(QStringLiteral("存在しません")), qPrintable(sourceLines(page).at(0)));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("welcome-ja.png")));
        app.setLanguage(QStringLiteral("en"));

        // Each way in opens its dialog: a file, the wizard, pasted text.
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("welcomeAddFile")), Qt::LeftButton);
        QTRY_VERIFY(app.kubeconfigEdits()->importDialog());
        QCOMPARE(app.kubeconfigEdits()->importDialog()->mode(), Ui::KubeconfigImportMode::File);
        app.kubeconfigEdits()->importDialog()->close();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("welcomeAddEks")), Qt::LeftButton);
        Ui::EksWizard *wizard = window->findChild<Ui::EksWizard *>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->close();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("welcomePaste")), Qt::LeftButton);
        QTRY_VERIFY(app.kubeconfigEdits()->importDialog());
        Ui::KubeconfigImportDialog *dialog = app.kubeconfigEdits()->importDialog();
        QCOMPARE(dialog->mode(), Ui::KubeconfigImportMode::Paste);

        // The pasted kubeconfig is merged: the tabs take over, on its context.
        dialog->setPastedText(QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: late\n"
                                             "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:1'}}]\n"
                                             "users: [{name: u, user: {token: t}}]\n"
                                             "contexts: [{name: late, context: {cluster: c, user: u}}]\n"));
        QVERIFY(dialog->currentPreview().error.isEmpty());
        dialog->findChild<QRadioButton *>(QStringLiteral("importMerge"))->setChecked(true);
        // As kubectl, Kaji writes to the first file that exists: the broken
        // one, which it refuses to touch, and says so.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("importProblem"));
        QTRY_VERIFY(problem->isVisibleTo(dialog));
        QVERIFY2(problem->text().contains(QStringLiteral("broken.yaml")), qPrintable(problem->text()));
        QVERIFY(KajiGuiTest::screenshot(dialog, QStringLiteral("welcome-paste-refused-en.png")));
        // Without it (the user moved it away) the first file is created.
        QVERIFY(QFile::rename(broken, broken + QStringLiteral(".old")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_VERIFY(!app.kubeconfigEdits()->importDialog());
        QVERIFY(QFile::exists(broken));
        QTRY_VERIFY(!page->isVisible());
        QVERIFY(window->findChild<QTabWidget *>(QStringLiteral("contextTabs"))->isVisible());
        QTRY_COMPARE(window->currentContext(), QStringLiteral("late"));
        QSettings().clear();
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
