// The apply window against the real local cluster, driven like a user:
// File ▸ Apply manifests… opens it; a namespace and a ConfigMap in it
// (the namespace written second) are created, then unchanged; a field
// another manager owns brings the conflicts table and changes nothing
// until Force; templates of ConfigMap and Deployment from the cluster's
// schema are dry-run; text that is not YAML sends nothing and keeps the
// text. Screenshots of the conflicts in both languages.

#include "application.h"
#include "applycontroller.h"
#include "clusterconnection.h"
#include "edit/applywindow.h"
#include "edit/kindpicker.h"
#include "editor/applydraft.h"
#include "editor/applyresultmodel.h"
#include "editor/manifesteditor.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "namespacescope.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Kaji;
using State = Models::ApplyResultModel::State;

namespace {

// Made by the window in the first test: this run's own.
const QString &ns()
{
    static const QString name = QStringLiteral("kaji-apply-%1").arg(QCoreApplication::applicationPid());
    return name;
}

QByteArray kubectl(const QStringList &arguments, const QByteArray &input = {})
{
    return KajiGuiTest::kubectl(arguments, input);
}

QByteArray configMapValue(const QString &name, const QString &key)
{
    return kubectl({QStringLiteral("-n"), ns(), QStringLiteral("get"), QStringLiteral("configmap"), name,
                    QStringLiteral("-o"), QStringLiteral("jsonpath={.data.%1}").arg(key), QStringLiteral("--ignore-not-found")});
}

void ensureNamespace()
{
    kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
            QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n").arg(ns()).toUtf8());
}

// Replaces the whole text as a paste would (undoable).
void paste(Ui::ApplyWindow *window, const QString &text)
{
    QTextCursor cursor(window->editor()->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

QPushButton *button(Ui::ApplyWindow *window, const char *name)
{
    return window->findChild<QPushButton *>(QLatin1String(name));
}

// Clicks a button and waits for the run it starts to end.
bool clickAndWait(Ui::ApplyWindow *window, const char *name)
{
    QTest::mouseClick(button(window, name), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !window->isBusy() && !window->bannerText().endsWith(u'…'); }, 30000);
}

QString result(Ui::ApplyWindow *window, int row)
{
    return window->results()->index(row, Models::ApplyResultModel::ResultColumn).data().toString();
}

bool hasDiagnosticAt(Ui::ApplyWindow *window, int line, const QString &containing = {},
                     Ui::ManifestDiagnostic::Severity severity = Ui::ManifestDiagnostic::Severity::Error)
{
    const Ui::ManifestDiagnostics diagnostics = window->editor()->diagnostics();
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Ui::ManifestDiagnostic &d) {
        return d.line == line && d.severity == severity && d.message.contains(containing);
    });
}

} // namespace

class TestApplyWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_drafts;

    // The app connected to the cluster, and its apply window opened from
    // the File menu's action.
    Ui::ApplyWindow *openWindow(App::Application &app)
    {
        app.applies()->setDraftDirectory(m_drafts->path());
        app.mainWindow()->selectContext(QStringLiteral("kaji-admin"));
        if (!QTest::qWaitFor([&] { return app.connection() && !app.connection()->resources().isEmpty(); }, 20000))
            return nullptr;
        for (QAction *action : app.mainWindow()->commandActions()) {
            if (action->objectName() == QLatin1String("applyManifestAction"))
                action->trigger();
        }
        return app.applies()->window();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
    }

    void init()
    {
        m_drafts = std::make_unique<QTemporaryDir>();
        QVERIFY(m_drafts->isValid());
    }

    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns(), QStringLiteral("--wait=false"),
                 QStringLiteral("--ignore-not-found")});
    }

    void namespaceAndConfigMapAreCreatedThenUnchanged()
    {
        App::Application app;
        app.show();
        Ui::ApplyWindow *window = openWindow(app);
        QVERIFY(window);
        // The namespace comes second in the text; the engine applies it first.
        paste(window, QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: %1\n"
                                     "data:\n  mode: fast\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n")
                          .arg(ns()));
        QVERIFY(clickAndWait(window, "applyApply"));
        QVERIFY2(window->bannerText().startsWith(QLatin1String("Applied")), qPrintable(window->bannerText()));
        QCOMPARE(window->results()->rowCount(), 2);
        QCOMPARE(window->results()->index(0, 0).data().toString(), QStringLiteral("ConfigMap"));
        QCOMPARE(result(window, 0), QStringLiteral("created"));
        QCOMPARE(result(window, 1), QStringLiteral("created"));
        QCOMPARE(configMapValue(QStringLiteral("settings"), QStringLiteral("mode")), QByteArray("fast"));
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("namespace"), ns(), QStringLiteral("-o"),
                          QStringLiteral("jsonpath={.metadata.name}")}),
                 ns().toUtf8());
        // Applied as it is: nothing to keep, no draft left.
        QVERIFY(!window->isModified());
        QVERIFY(!Models::ApplyDraft::find(Models::DraftStore(m_drafts->path()), QStringLiteral("kaji-admin")));

        QVERIFY(clickAndWait(window, "applyApply"));
        QCOMPARE(result(window, 0), QStringLiteral("unchanged"));
        QCOMPARE(result(window, 1), QStringLiteral("unchanged"));
    }

    // A Warning header of the server (a deprecated node label) is marked at
    // the field it names; the dry run still succeeds.
    void serverWarningsAreMarkedAtTheirField()
    {
        App::Application app;
        app.show();
        Ui::ApplyWindow *window = openWindow(app);
        QVERIFY(window);
        paste(window, QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: warned\n  namespace: default\n"
                                     "spec:\n  selector: {matchLabels: {app: warned}}\n  template:\n"
                                     "    metadata: {labels: {app: warned}}\n    spec:\n      nodeSelector:\n"
                                     "        beta.kubernetes.io/arch: amd64\n      containers: [{name: c, image: busybox}]\n"));
        QVERIFY(clickAndWait(window, "applyDryRun"));
        QVERIFY2(result(window, 0).startsWith(QLatin1String("would be")), qPrintable(result(window, 0)));
        QVERIFY2(window->bannerText().contains(QLatin1String("warning")), qPrintable(window->bannerText()));
        QVERIFY(QTest::qWaitFor([&] {
            return hasDiagnosticAt(window, 12, QStringLiteral("deprecated"), Ui::ManifestDiagnostic::Severity::Warning);
        }, 5000));
    }

    void conflictIsShownAndForceTakesItOver()
    {
        ensureNamespace();
        kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--field-manager=other-team"),
                 QStringLiteral("-f"), QStringLiteral("-")},
                QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n  namespace: %1\n"
                               "data:\n  owner: theirs\n")
                    .arg(ns())
                    .toUtf8());
        QCOMPARE(configMapValue(QStringLiteral("shared"), QStringLiteral("owner")), QByteArray("theirs"));
        App::Application app;
        app.show();
        Ui::ApplyWindow *window = openWindow(app);
        QVERIFY(window);
        const QString text = QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n  namespace: %1\n"
                                            "data:\n  owner: ours\n")
                                 .arg(ns());
        paste(window, text);
        QVERIFY(clickAndWait(window, "applyApply"));
        QCOMPARE(window->results()->state(0), State::Failed);
        QTableWidget *conflicts = window->conflictsTable();
        QVERIFY(conflicts->isVisible());
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->item(0, 1)->text(), QStringLiteral(".data.owner"));
        QCOMPARE(conflicts->item(0, 2)->text(), QStringLiteral("other-team"));
        QVERIFY(button(window, "applyForce")->isEnabled());
        // Placed at the line that sets it; the server kept their value.
        QVERIFY(QTest::qWaitFor([&] { return hasDiagnosticAt(window, 7, QStringLiteral("other-team")); }, 5000));
        QCOMPARE(configMapValue(QStringLiteral("shared"), QStringLiteral("owner")), QByteArray("theirs"));
        QCOMPARE(window->editor()->toPlainText(), text);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("apply-conflict-en.png")));
        app.setLanguage(QStringLiteral("ja"));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("apply-conflict-ja.png")));
        app.setLanguage(QStringLiteral("en"));

        QVERIFY(clickAndWait(window, "applyForce"));
        QCOMPARE(result(window, 0), QStringLiteral("configured"));
        QVERIFY(!window->conflictsTable()->isVisible());
        QCOMPARE(configMapValue(QStringLiteral("shared"), QStringLiteral("owner")), QByteArray("ours"));
    }

    void templatesFromTheSchemaDryRun()
    {
        ensureNamespace();
        App::Application app;
        app.show();
        Ui::ApplyWindow *window = openWindow(app);
        QVERIFY(window);
        app.namespaces()->select({ns()});
        QSignalSpy added(app.applies(), &App::ApplyController::templateAdded);
        // New resource…, "configmap" typed into the picker's filter.
        auto *timer = new QTimer(this);
        timer->setInterval(100);
        QString filter = QStringLiteral("ConfigMap");
        connect(timer, &QTimer::timeout, this, [timer, &filter] {
            auto *picker = qobject_cast<Ui::KindPicker *>(QApplication::activeModalWidget());
            if (!picker)
                return;
            timer->stop();
            QTest::keyClicks(picker->filter(), filter);
            QVERIFY(picker->select(filter == QLatin1String("ConfigMap") ? QStringLiteral("configmaps")
                                                                        : QStringLiteral("deployments.apps")));
            picker->accept();
        });
        timer->start();
        app.mainWindow()->commandActions().at(1)->trigger();
        QVERIFY(added.wait(30000));
        const QString configMap = window->editor()->toPlainText();
        qInfo().noquote() << "ConfigMap template:\n" << configMap;
        QVERIFY(configMap.contains(QLatin1String("kind: ConfigMap")));
        QVERIFY(configMap.contains(QStringLiteral("namespace: %1").arg(ns())));
        QVERIFY(clickAndWait(window, "applyDryRun"));
        QCOMPARE(result(window, 0), QStringLiteral("would be created (dry run)"));
        QVERIFY(configMapValue(QStringLiteral("new-configmap"), QStringLiteral("x")).isEmpty());

        // A Deployment's template is added after it as a second document.
        filter = QStringLiteral("Deployment");
        timer->start();
        app.mainWindow()->commandActions().at(1)->trigger();
        QVERIFY(added.wait(30000));
        const QString both = window->editor()->toPlainText();
        qInfo().noquote() << "Deployment template:\n" << both.mid(configMap.size());
        QVERIFY(both.startsWith(configMap));
        QVERIFY(both.contains(QLatin1String("kind: Deployment")));
        QVERIFY(clickAndWait(window, "applyDryRun"));
        QCOMPARE(window->results()->rowCount(), 2);
        qInfo().noquote() << "Deployment dry run:" << result(window, 1);
        QCOMPARE(result(window, 0), QStringLiteral("would be created (dry run)"));
        QCOMPARE(window->results()->state(1), State::Failed);
        // The template's placeholders (an empty selector, a container
        // without name or image) do not pass the server's validation: its
        // complaints are placed at the lines of the Deployment's fields.
        const int selectorLine = int(both.left(both.indexOf(QLatin1String("  selector:"))).count(u'\n')) + 1;
        QVERIFY(selectorLine > int(configMap.count(u'\n')) + 2);
        QVERIFY(result(window, 1).contains(QLatin1String("spec.selector")));
        QVERIFY(QTest::qWaitFor([&] { return hasDiagnosticAt(window, selectorLine, QStringLiteral("spec.selector")); }, 5000));
        QVERIFY(kubectl({QStringLiteral("-n"), ns(), QStringLiteral("get"), QStringLiteral("deployment"),
                         QStringLiteral("new-deployment"), QStringLiteral("--ignore-not-found")})
                    .isEmpty());
    }

    void invalidYamlSendsNothing()
    {
        App::Application app;
        app.show();
        Ui::ApplyWindow *window = openWindow(app);
        QVERIFY(window);
        const QString text = QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\n  namespace: %1\n"
                                            "data:\n  list: [one, two\n")
                                 .arg(ns());
        paste(window, text);
        QTest::mouseClick(button(window, "applyApply"), Qt::LeftButton);
        QVERIFY(window->bannerText().startsWith(QLatin1String("Nothing was sent")));
        QVERIFY(!window->isBusy());
        QCOMPARE(window->results()->rowCount(), 0);
        QCOMPARE(window->editor()->toPlainText(), text);
        const Ui::ManifestDiagnostics diagnostics = window->editor()->diagnostics();
        QVERIFY(std::any_of(diagnostics.begin(), diagnostics.end(), [](const Ui::ManifestDiagnostic &d) {
            return d.severity == Ui::ManifestDiagnostic::Severity::Error && d.line >= 7;
        }));
        QVERIFY(kubectl({QStringLiteral("-n"), ns(), QStringLiteral("get"), QStringLiteral("configmap"),
                         QStringLiteral("broken"), QStringLiteral("--ignore-not-found")})
                    .isEmpty());
        // The text is on disk as the context's apply draft.
        const auto draft = Models::ApplyDraft::find(Models::DraftStore(m_drafts->path()), QStringLiteral("kaji-admin"));
        QVERIFY(draft);
        QCOMPARE(draft->editedText, text);
    }
};

QTEST_MAIN(TestApplyWindow)
#include "tst_applywindow.moc"
