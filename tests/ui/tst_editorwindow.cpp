// The manifest editor against the real local cluster, driven like a user:
// Edit from the details' action bar opens a window on the live object;
// a save merges with what another writer changed meanwhile; the same field
// changed by both brings the three-way view; a field the server does not
// know is refused and the text stays; the dry-run review shows the diff;
// a draft left behind is offered back by the next run. Screenshots of the
// editor, the review and the three-way view in both languages.

#include "actionbar.h"
#include "application.h"
#include "clusteractions.h"
#include "clusterconnection.h"
#include "detailscontroller.h"
#include "detailspanel.h"
#include "edit/editorwindow.h"
#include "edit/reviewdialog.h"
#include "edit/threewaydialog.h"
#include "editcontroller.h"
#include "editor/manifesteditor.h"
#include "editorwindowfixture.h"
#include "guifixture.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Kaji;

namespace {

// Set in the child process that draftSurvivesAKill() starts and kills.
const char *const ChildEnv = "KAJI_TEST_KILLED_CHILD"; // "<namespace>|<draft folder>|<file for the typed text>"

// A namespace of this run's own: the last run's may still be terminating.
// The killed child works in its parent's.
const QString &ns()
{
    static const QString name = qEnvironmentVariableIsSet(ChildEnv)
        ? qEnvironmentVariable(ChildEnv).section(u'|', 0, 0)
        : QStringLiteral("kaji-edit-gui-%1").arg(QCoreApplication::applicationPid());
    return name;
}

QByteArray kubectl(const QStringList &arguments, const QByteArray &input = {})
{
    return KajiGuiTest::kubectl(arguments, input);
}

QByteArray field(const QString &name, const QString &jsonPath)
{
    return kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("get"), QStringLiteral("deployment"), name,
        QStringLiteral("-o"), QStringLiteral("jsonpath={%1}").arg(jsonPath) });
}

void createDeployment(const QString &name)
{
    const QString yaml = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: %1
  namespace: %2
spec:
  replicas: 1
  selector:
    matchLabels: {app: %1}
  template:
    metadata:
      labels: {app: %1}
    spec:
      containers:
      - name: web
        image: registry.kaji.test/web:1.0
)")
                             .arg(name, ns());
    kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, yaml.toUtf8());
}

using KajiGuiTest::answerDialog;
using KajiGuiTest::replaceText;

} // namespace

class TestEditorWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_drafts;

    Ui::EditorWindow *openEditor(App::Application &app, const QString &name)
    {
        return KajiGuiTest::openEditor(app, m_drafts.path(), QStringLiteral("deployments.apps"), ns(), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
        QVERIFY(m_drafts.isValid());
        kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), ns() });
    }

    void cleanupTestCase()
    {
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), ns(), QStringLiteral("--wait=false") });
    }

    void saveMergesWithAnotherWriter()
    {
        createDeployment(QStringLiteral("merge"));
        App::Application app;
        app.show();
        Ui::EditorWindow *editor = openEditor(app, QStringLiteral("merge"));
        QVERIFY(editor);
        QVERIFY(editor->editor()->toPlainText().contains(QLatin1String("replicas: 1")));
        QVERIFY(!editor->editor()->toPlainText().contains(QLatin1String("managedFields")));
        QVERIFY(replaceText(editor->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 2")));
        QVERIFY(replaceText(editor->editor(), QStringLiteral("image: registry.kaji.test/web:1.0"), QStringLiteral("image: registry.kaji.test/web:1.1")));
        // Meanwhile someone labels the object: no conflict, both survive.
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("label"), QStringLiteral("deployment"),
            QStringLiteral("merge"), QStringLiteral("team=orders") });
        // A save while the session is still busy (loading, a dry run) is not started.
        QVERIFY(QTest::qWaitFor([&] { return !editor->isBusy(); }, 15000));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("editorSave")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return editor->bannerText().startsWith(QLatin1String("Saved")); }, 15000));
        QCOMPARE(field(QStringLiteral("merge"), QStringLiteral(".spec.replicas")), QByteArray("2"));
        QCOMPARE(field(QStringLiteral("merge"), QStringLiteral(".spec.template.spec.containers[0].image")),
            QByteArray("registry.kaji.test/web:1.1"));
        QCOMPARE(field(QStringLiteral("merge"), QStringLiteral(".metadata.labels.team")), QByteArray("orders"));
        // The editor now shows the object as stored.
        QVERIFY(editor->editor()->toPlainText().contains(QLatin1String("team: orders")));
        QVERIFY(!editor->isModified());
    }

    // The server's Warning headers show in the banner; the save stands.
    void serverWarningsShowAfterSaving()
    {
        createDeployment(QStringLiteral("warned"));
        App::Application app;
        app.show();
        Ui::EditorWindow *editor = openEditor(app, QStringLiteral("warned"));
        QVERIFY(editor);
        QVERIFY(editor->editor()->toPlainText().contains(QLatin1String("\n      containers:\n")));
        QVERIFY(replaceText(editor->editor(), QStringLiteral("containers:"),
                            QStringLiteral("nodeSelector:\n        beta.kubernetes.io/arch: amd64\n      containers:")));
        // A save while the session is still busy (loading, a dry run) is not started.
        QVERIFY(QTest::qWaitFor([&] { return !editor->isBusy(); }, 15000));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("editorSave")), Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([&] { return editor->bannerText().startsWith(QLatin1String("Saved")); }, 15000),
                 qPrintable(editor->bannerText()));
        QVERIFY2(editor->bannerText().contains(QLatin1String("The server warns: spec.template.spec.nodeSelector[beta.kubernetes.io/arch]: deprecated")),
                 qPrintable(editor->bannerText()));
        QCOMPARE(field(QStringLiteral("warned"), QStringLiteral(".spec.template.spec.nodeSelector.beta\\.kubernetes\\.io/arch")),
                 QByteArray("amd64"));
        // The new template makes the Deployment controller write revision 2
        // right after the save. That answer to our own save is shown, and
        // the save's banner with the server's warnings stays.
        QVERIFY(QTest::qWaitFor([&] {
            return field(QStringLiteral("warned"), QStringLiteral(".metadata.annotations.deployment\\.kubernetes\\.io/revision"))
                == QByteArray("2");
        }, 15000));
        QVERIFY2(QTest::qWaitFor([&] {
            return editor->editor()->toPlainText().contains(QLatin1String("deployment.kubernetes.io/revision: \"2\""));
        }, 5000), qPrintable(editor->bannerText()));
        QVERIFY2(editor->bannerText().contains(QLatin1String("The server warns:")), qPrintable(editor->bannerText()));
        QVERIFY(!editor->isModified());
    }

    void sameFieldBringsThreeWayView()
    {
        createDeployment(QStringLiteral("conflict"));
        App::Application app;
        app.show();
        Ui::EditorWindow *editor = openEditor(app, QStringLiteral("conflict"));
        QVERIFY(editor);
        QVERIFY(replaceText(editor->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 4")));
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("scale"), QStringLiteral("deployment"),
            QStringLiteral("conflict"), QStringLiteral("--replicas=3") });
        QStringList row;
        answerDialog<Ui::ThreeWayDialog>(true, QStringLiteral("editor-threeway-en.png"), [&row](Ui::ThreeWayDialog *d) {
            for (int c = 0; c < d->table()->columnCount(); ++c)
                row.append(d->table()->item(0, c)->text());
        });
        // A save while the session is still busy (loading, a dry run) is not started.
        QVERIFY(QTest::qWaitFor([&] { return !editor->isBusy(); }, 15000));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("editorSave")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return field(QStringLiteral("conflict"), QStringLiteral(".spec.replicas")) == "4"; },
            20000));
        QCOMPARE(row, (QStringList { QStringLiteral("/spec/replicas"), QStringLiteral("1"), QStringLiteral("3"),
                          QStringLiteral("4") }));

        // Once more in Japanese, for the screenshot; back to editing this time.
        app.setLanguage(QStringLiteral("ja"));
        QVERIFY(QTest::qWaitFor([&] { return !editor->isModified(); }, 10000));
        QVERIFY(replaceText(editor->editor(), QStringLiteral("replicas: 4"), QStringLiteral("replicas: 6")));
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("scale"), QStringLiteral("deployment"),
            QStringLiteral("conflict"), QStringLiteral("--replicas=7") });
        bool shown = false;
        answerDialog<Ui::ThreeWayDialog>(false, QStringLiteral("editor-threeway-ja.png"),
            [&shown](Ui::ThreeWayDialog *) { shown = true; });
        // A save while the session is still busy (loading, a dry run) is not started.
        QVERIFY(QTest::qWaitFor([&] { return !editor->isBusy(); }, 15000));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("editorSave")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return shown; }, 20000));
        QVERIFY(editor->editor()->toPlainText().contains(QLatin1String("replicas: 6")));
        app.setLanguage(QStringLiteral("en"));
    }

    void unknownFieldIsRefusedAndTextKept()
    {
        createDeployment(QStringLiteral("typo"));
        App::Application app;
        app.show();
        Ui::EditorWindow *editor = openEditor(app, QStringLiteral("typo"));
        QVERIFY(editor);
        QVERIFY(replaceText(editor->editor(), QStringLiteral("  replicas: 1"), QStringLiteral("  replics: 3")));
        const QString text = editor->editor()->toPlainText();
        // The schema check finds it while typing, before any save.
        QVERIFY(QTest::qWaitFor([&] {
            for (const auto &d : editor->editor()->diagnostics()) {
                if (d.message.contains(QLatin1String("replics")))
                    return true;
            }
            return false;
        }, 20000));
        editor->resize(1000, 700);
        QVERIFY(KajiGuiTest::screenshot(editor, QStringLiteral("editor-diagnostic-en.png")));
        // A save while the session is still busy (loading, a dry run) is not started.
        QVERIFY(QTest::qWaitFor([&] { return !editor->isBusy(); }, 15000));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("editorSave")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return editor->bannerText().contains(QLatin1String("refused")); }, 15000));
        QCOMPARE(editor->editor()->toPlainText(), text);
        QCOMPARE(field(QStringLiteral("typo"), QStringLiteral(".spec.replicas")), QByteArray("1"));
        app.setLanguage(QStringLiteral("ja"));
        QVERIFY(KajiGuiTest::screenshot(editor, QStringLiteral("editor-diagnostic-ja.png")));
        app.setLanguage(QStringLiteral("en"));
    }

    void reviewShowsTheServersDiff()
    {
        createDeployment(QStringLiteral("review"));
        App::Application app;
        app.show();
        Ui::EditorWindow *editor = openEditor(app, QStringLiteral("review"));
        QVERIFY(editor);
        QVERIFY(replaceText(editor->editor(), QStringLiteral("image: registry.kaji.test/web:1.0"), QStringLiteral("image: registry.kaji.test/web:2.0")));
        QString diff;
        answerDialog<Ui::ReviewDialog>(false, QStringLiteral("editor-review-en.png"),
            [&diff](Ui::ReviewDialog *d) { diff = d->view()->toPlainText(); });
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("editorReview")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !diff.isEmpty(); }, 15000));
        QVERIFY(diff.contains(QLatin1String("-        image: registry.kaji.test/web:1.0"))
            || diff.contains(QLatin1String("web:1.0")));
        QVERIFY(diff.contains(QLatin1String("web:2.0")));
        QVERIFY(!diff.contains(QLatin1String("managedFields")));
        app.setLanguage(QStringLiteral("ja"));
        bool reviewed = false;
        answerDialog<Ui::ReviewDialog>(false, QStringLiteral("editor-review-ja.png"),
            [&reviewed](Ui::ReviewDialog *) { reviewed = true; });
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("editorReview")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return reviewed; }, 15000));
        app.setLanguage(QStringLiteral("en"));
        // A dry run stores nothing.
        QCOMPARE(field(QStringLiteral("review"), QStringLiteral(".spec.template.spec.containers[0].image")),
            QByteArray("registry.kaji.test/web:1.0"));
    }

    void editIsRefusedWithTheReasonWithoutPatchRights()
    {
        App::Application app;
        app.show();
        app.mainWindow()->selectContext(QStringLiteral("kaji-restricted"));
        QVERIFY(QTest::qWaitFor([&] { return app.connection() && !app.connection()->resources().isEmpty(); }, 20000));
        // jane may patch Deployments in shop, but no Node: the Edit button
        // is enabled for the one and disabled with the reason for the other.
        Models::ObjectActions *actions = app.details()->actions();
        QSignalSpy answers(actions, &Models::ObjectActions::permissionChecked);
        using Action = Models::ObjectActions::Action;
        actions->checkPermission({ QStringLiteral("nodes"), QStringLiteral("Node"), {}, QStringLiteral("kaji-worker-1") },
            Action::Edit);
        actions->checkPermission({ QStringLiteral("deployments.apps"), QStringLiteral("Deployment"),
                                     QStringLiteral("shop"), QStringLiteral("storefront") },
            Action::Edit);
        QVERIFY(QTest::qWaitFor([&] { return answers.size() == 2; }, 10000));
        for (const QList<QVariant> &answer : std::as_const(answers)) {
            const auto target = answer.at(0).value<Models::ObjectActions::Target>();
            QCOMPARE(answer.at(1).value<Action>(), Action::Edit);
            QCOMPARE(answer.at(2).toBool(), target.kind == QLatin1String("Deployment"));
            if (target.kind == QLatin1String("Node"))
                QVERIFY(answer.at(3).toString().contains(QLatin1String("patch")));
        }
    }

    // Crash safety with a real kill: a process types into the editor and
    // is killed (SIGKILL; TerminateProcess on Windows) once the autosave
    // ran; the next run offers the draft back, intact.
    void draftSurvivesAKill()
    {
        createDeployment(QStringLiteral("draft"));
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString typedFile = scratch.filePath(QStringLiteral("typed.yaml"));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ChildEnv), ns() + u'|' + m_drafts.path() + u'|' + typedFile);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY(child.waitForStarted(10000));
        QByteArray said;
        QVERIFY(QTest::qWaitFor([&] {
            said += child.readAllStandardOutput();
            return said.contains("typed\n") || child.state() == QProcess::NotRunning;
        }, 60000));
        QVERIFY2(said.contains("typed\n"), said.constData());
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QFile typed(typedFile);
        QVERIFY(typed.open(QIODevice::ReadOnly));
        const QString edited = QString::fromUtf8(typed.readAll());
        QVERIFY(edited.contains(QLatin1String("replicas: 5 # mine")));

        App::Application app;
        app.show();
        app.edits()->setDraftDirectory(m_drafts.path());
        QSignalSpy opened(app.edits(), &App::EditController::windowOpened);
        app.mainWindow()->selectContext(QStringLiteral("kaji-admin"));
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            box = app.mainWindow()->findChild<QMessageBox *>(QStringLiteral("draftRecovery"));
            return box != nullptr;
        }, 20000));
        QVERIFY(box->text().contains(QStringLiteral("Deployment %1/draft").arg(ns())));
        box->findChild<QPushButton *>(QStringLiteral("draftOpen"))->click();
        // Every draft of the context opens; this test's is the one of `draft`.
        const Models::ObjectActions::Target target { QStringLiteral("deployments.apps"), QStringLiteral("Deployment"),
            ns(), QStringLiteral("draft") };
        QVERIFY(QTest::qWaitFor([&] { return app.edits()->window(target) != nullptr; }, 20000));
        Ui::EditorWindow *editor = app.edits()->window(target);
        QCOMPARE(editor->editor()->toPlainText(), edited);
        QVERIFY(editor->bannerText().contains(QLatin1String("unsaved edit")));
    }
};

// The child process of draftSurvivesAKill(): types into the editor, waits
// for the autosave, says so and waits to be killed. Any other end is a
// failure the parent reports (it never reads "typed").
int runChildToBeKilled()
{
    if (!KajiGuiTest::prepareApp())
        return 1;
    const QStringList parts = qEnvironmentVariable(ChildEnv).split(u'|');
    if (parts.size() != 3)
        return 1;
    App::Application app;
    app.show();
    Ui::EditorWindow *editor = KajiGuiTest::openEditor(app, parts.at(1), QStringLiteral("deployments.apps"), ns(),
                                                       QStringLiteral("draft"));
    if (!editor || !replaceText(editor->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 5 # mine")))
        return 1;
    if (!QTest::qWaitFor([&] { return !QDir(parts.at(1)).entryList({ QStringLiteral("*_draft-*") }, QDir::Files).isEmpty(); },
            5000))
        return 1;
    QFile typed(parts.at(2));
    if (!typed.open(QIODevice::WriteOnly) || typed.write(editor->editor()->toPlainText().toUtf8()) < 0)
        return 1;
    typed.close();
    std::fputs("typed\n", stdout);
    std::fflush(stdout);
    QTest::qWait(120000); // killed long before
    return 1;
}

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    if (qEnvironmentVariableIsSet(ChildEnv))
        return runChildToBeKilled();
    QTEST_SET_MAIN_SOURCE_PATH
    TestEditorWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_editorwindow.moc"
