// The editor window against the real local cluster, driven like a user,
// for what happens around the text: a Secret's values masked until
// revealed (and never sent as a mask), and the object changing or going on
// the server while it is edited (told in the banner, the text kept).
// Screenshots of both in English and Japanese.

#include "edit/reviewdialog.h"
#include "edit/secretconcealer.h"
#include "editor/draftstore.h"
#include "editor/editorgutter.h"
#include "editor/objectwatch.h"
#include "editor/secretmask.h"
#include "editorwindowfixture.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBlock>

using namespace Kaji;
using KajiGuiTest::answerDialog;
using KajiGuiTest::replaceText;

namespace {

const QString &ns()
{
    static const QString name = QStringLiteral("kaji-editlive-test-%1").arg(QCoreApplication::applicationPid());
    return name;
}

QByteArray kubectl(const QStringList &arguments, const QByteArray &input = {})
{
    return KajiGuiTest::kubectl(arguments, input);
}

QByteArray get(const QString &kind, const QString &name, const QString &jsonPath)
{
    return kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("get"), kind, name, QStringLiteral("-o"),
        QStringLiteral("jsonpath={%1}").arg(jsonPath) });
}

QByteArray secretValue(const QString &name, const QString &key)
{
    return QByteArray::fromBase64(get(QStringLiteral("secret"), name, QStringLiteral(".data.") + key));
}

QPushButton *button(QWidget *window, const char *name)
{
    return window->findChild<QPushButton *>(QLatin1String(name));
}

// Puts the cursor at the end of the first line that starts with `start`.
bool cursorToEndOf(Ui::ManifestEditor *editor, const QString &start)
{
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(start)) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock);
            editor->setTextCursor(cursor);
            return true;
        }
    }
    return false;
}

// Clicks the lock in the gutter beside the first line that starts with `start`.
bool clickLock(Ui::ManifestEditor *editor, const QString &start)
{
    auto *gutter = editor->findChild<Ui::EditorGutter *>();
    for (QTextBlock block = editor->document()->begin(); gutter && block.isValid(); block = block.next()) {
        if (block.text().startsWith(start)) {
            const int y = editor->cursorRect(QTextCursor(block)).center().y();
            QTest::mouseClick(gutter, Qt::LeftButton, {}, QPoint(5, y));
            return true;
        }
    }
    return false;
}

bool bannerSays(Ui::EditorWindow *window, const QString &text)
{
    return window->bannerText().contains(text);
}

} // namespace

class TestEditorLive : public QObject {
    Q_OBJECT

    QTemporaryDir m_drafts;

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

    void secretValuesAreMaskedUntilRevealed()
    {
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("create"), QStringLiteral("secret"),
            QStringLiteral("generic"), QStringLiteral("creds"), QStringLiteral("--from-literal=password=hunter2-gui"),
            QStringLiteral("--from-literal=user=admin-gui"), QStringLiteral("--from-literal=token=tok-gui"),
            QStringLiteral("--from-literal=apikey=key-gui") });
        App::Application app;
        app.show();
        Ui::EditorWindow *window
            = KajiGuiTest::openEditor(app, m_drafts.path(), QStringLiteral("secrets"), ns(), QStringLiteral("creds"));
        QVERIFY(window);
        Ui::ManifestEditor *editor = window->editor();
        const QString mask = Models::SecretMask::mask();
        // Nothing of the values is in the editor, decoded or in base64.
        for (const char *value : { "hunter2-gui", "admin-gui", "tok-gui", "key-gui" }) {
            QVERIFY2(!editor->toPlainText().contains(QLatin1String(value)), value);
            QVERIFY2(!editor->toPlainText().contains(QString::fromLatin1(QByteArray(value).toBase64())), value);
        }
        QVERIFY(editor->toPlainText().contains(QStringLiteral("  password: ") + mask));
        QCOMPARE(window->secrets()->maskedKeys().size(), 4);
        QVERIFY(!window->isModified());
        QVERIFY(button(window, "editorRevealAll")->isVisible());
        QVERIFY(window->bannerText().contains(QLatin1String("masked")));

        // The lock in the gutter reveals one key.
        QVERIFY(clickLock(editor, QStringLiteral("  password:")));
        QVERIFY(editor->toPlainText().contains(QLatin1String("  password: hunter2-gui")));
        QVERIFY(!editor->toPlainText().contains(QLatin1String("admin-gui")));
        QVERIFY(!window->isModified());
        window->resize(1000, 560);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("editor-secret-masked-en.png")));

        // Typing into a mask does not type into it: the value shows first.
        QVERIFY(cursorToEndOf(editor, QStringLiteral("  token:")));
        QTest::keyClick(editor, Qt::Key_X);
        QTRY_VERIFY_WITH_TIMEOUT(editor->toPlainText().contains(QLatin1String("  token: tok-gui\n")), 5000);
        QVERIFY(!editor->toPlainText().contains(mask + u'x'));
        QVERIFY(!window->isModified());

        // Selecting the whole mask and typing replaces the value: the user's.
        QTextCursor user = editor->document()->find(QStringLiteral("  user: ") + mask);
        QVERIFY(!user.isNull());
        user.setPosition(user.selectionEnd() - int(mask.size()));
        user.setPosition(user.position() + int(mask.size()), QTextCursor::KeepAnchor);
        editor->setTextCursor(user);
        QTest::keyClicks(editor, QStringLiteral("root-gui"));
        QVERIFY(editor->toPlainText().contains(QLatin1String("  user: root-gui")));
        QVERIFY(window->isModified());
        // apikey stays masked on screen; what would be sent has its value.
        QVERIFY(!editor->toPlainText().contains(QLatin1String("key-gui")));
        QVERIFY(window->realText().contains(QLatin1String("  apikey: key-gui")));
        // The draft keeps what the user means, never a mask (a restored
        // draft must save the same values).
        QString draft;
        QVERIFY(QTest::qWaitFor([&] {
            for (const Models::Draft &kept : Models::DraftStore(m_drafts.path()).list()) {
                if (kept.name == QLatin1String("creds") && kept.editedText.contains(QLatin1String("root-gui")))
                    draft = kept.editedText;
            }
            return !draft.isEmpty();
        }, 5000));
        QVERIFY(draft.contains(QLatin1String("  apikey: key-gui")));
        QVERIFY(!draft.contains(mask));

        QTest::mouseClick(button(window, "editorSave"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return window->bannerText().startsWith(QLatin1String("Saved")); }, 15000));
        QCOMPARE(secretValue(QStringLiteral("creds"), QStringLiteral("user")), QByteArray("root-gui"));
        QCOMPARE(secretValue(QStringLiteral("creds"), QStringLiteral("password")), QByteArray("hunter2-gui"));
        QCOMPARE(secretValue(QStringLiteral("creds"), QStringLiteral("token")), QByteArray("tok-gui"));
        QCOMPARE(secretValue(QStringLiteral("creds"), QStringLiteral("apikey")), QByteArray("key-gui"));
        // The stored object is shown, the unrevealed value still masked.
        QVERIFY(!editor->toPlainText().contains(QLatin1String("key-gui")));
        QVERIFY(editor->toPlainText().contains(QLatin1String("  password: hunter2-gui")));
        QVERIFY(!window->isModified());

        QTest::mouseClick(button(window, "editorHideAll"), Qt::LeftButton);
        QCOMPARE(window->secrets()->maskedKeys().size(), 4);
        QVERIFY(!editor->toPlainText().contains(QLatin1String("hunter2-gui")));
        QVERIFY(!window->isModified());
        QVERIFY(window->secrets()->reveal(QStringLiteral("password")));
        app.setLanguage(QStringLiteral("ja"));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("editor-secret-masked-ja.png")));
        app.setLanguage(QStringLiteral("en"));
    }

    void serverChangesAreToldAndTheTextKept()
    {
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("create"), QStringLiteral("configmap"),
            QStringLiteral("live"), QStringLiteral("--from-literal=color=blue") });
        App::Application app;
        app.show();
        Ui::EditorWindow *window
            = KajiGuiTest::openEditor(app, m_drafts.path(), QStringLiteral("configmaps"), ns(), QStringLiteral("live"));
        QVERIFY(window);
        Ui::ManifestEditor *editor = window->editor();
        QVERIFY(replaceText(editor, QStringLiteral("color: blue"), QStringLiteral("color: green")));
        const QString text = editor->toPlainText();

        // Someone labels it: told within seconds, by whom; the text stays.
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("label"), QStringLiteral("configmap"),
            QStringLiteral("live"), QStringLiteral("team=orders") });
        QVERIFY(QTest::qWaitFor([&] { return bannerSays(window, QStringLiteral("Changed on the server")); }, 5000));
        QVERIFY(window->bannerText().contains(QLatin1String("kubectl")));
        QVERIFY(window->bannerText().contains(QLatin1String("Saving applies your changes")));
        QCOMPARE(editor->toPlainText(), text);
        window->resize(1000, 560);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("editor-server-changed-en.png")));

        // What changed: the label, and not the user's own edit.
        QString diff;
        bool canTake = true;
        answerDialog<Ui::ReviewDialog>(false, QStringLiteral("editor-server-diff-en.png"), [&](Ui::ReviewDialog *d) {
            diff = d->view()->toPlainText();
            canTake = d->findChild<QPushButton *>(QStringLiteral("reviewSave"))->isEnabled();
        });
        QTest::mouseClick(button(window, "editorBannerAction"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !diff.isEmpty(); }, 5000));
        QVERIFY(diff.contains(QLatin1String("+    team: orders")));
        QVERIFY(diff.contains(QLatin1String("+++ server/v1.ConfigMap.")));
        QVERIFY(!diff.contains(QLatin1String("green")));
        QVERIFY(!canTake); // the user has edits: they are not overwritten
        QCOMPARE(editor->toPlainText(), text);

        // Once more in Japanese.
        app.setLanguage(QStringLiteral("ja"));
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("label"), QStringLiteral("configmap"),
            QStringLiteral("live"), QStringLiteral("team=payments"), QStringLiteral("--overwrite") });
        auto *watch = window->findChild<Models::ObjectWatch *>();
        QVERIFY(watch);
        const QString labelled = QString::fromUtf8(get(QStringLiteral("configmap"), QStringLiteral("live"),
            QStringLiteral(".metadata.resourceVersion")));
        QVERIFY(QTest::qWaitFor([&] { return window->bannerText().contains(labelled); }, 5000));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("editor-server-changed-ja.png")));
        app.setLanguage(QStringLiteral("en"));
        QCOMPARE(editor->toPlainText(), text);

        // Deleted: told, and the edits can bring it back.
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("delete"), QStringLiteral("configmap"),
            QStringLiteral("live") });
        QVERIFY(QTest::qWaitFor([&] { return bannerSays(window, QStringLiteral("Deleted on the server")); }, 5000));
        QCOMPARE(editor->toPlainText(), text);
        QPushButton *create = button(window, "editorBannerAction");
        QCOMPARE(create->text(), QStringLiteral("Create from my edits"));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("editor-server-deleted-en.png")));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return bannerSays(window, QStringLiteral("Created from your edits")); }, 10000));
        QCOMPARE(get(QStringLiteral("configmap"), QStringLiteral("live"), QStringLiteral(".data.color")),
            QByteArray("green"));
        // Its own creation is no news.
        QTest::qWait(1500);
        QVERIFY(bannerSays(window, QStringLiteral("Created from your edits")));
        QVERIFY(!window->isModified());

        // Without edits, the update can be taken into the text.
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("annotate"), QStringLiteral("configmap"),
            QStringLiteral("live"), QStringLiteral("note=from-kubectl") });
        QVERIFY(QTest::qWaitFor([&] { return bannerSays(window, QStringLiteral("Changed on the server")); }, 5000));
        QPushButton *take = button(window, "editorBannerAction2");
        QVERIFY(take->isVisible());
        QCOMPARE(take->text(), QStringLiteral("Take the update"));
        QTest::mouseClick(take, Qt::LeftButton);
        QVERIFY(editor->toPlainText().contains(QLatin1String("note: from-kubectl")));
        QVERIFY(!window->isModified());
        // Closing the window ends its watch.
        QPointer<Models::ObjectWatch> gone(watch);
        window->close();
        QVERIFY(QTest::qWaitFor([&] { return gone.isNull(); }, 5000));
    }

    void statusWritesAndOwnSavesDoNotNag()
    {
        const QString yaml = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: quiet
  namespace: %1
spec:
  replicas: 1
  selector:
    matchLabels: {app: quiet}
  template:
    metadata:
      labels: {app: quiet}
    spec:
      containers:
      - name: web
        image: registry.kaji.test/web:1.0
)")
                                 .arg(ns());
        kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, yaml.toUtf8());
        // The deployment controller's own annotation first: that one is a
        // real change of the object, made before the user opens it.
        QVERIFY(QTest::qWaitFor([&] {
            return !get(QStringLiteral("deployment"), QStringLiteral("quiet"),
                QStringLiteral(".metadata.annotations.deployment\\.kubernetes\\.io/revision"))
                        .isEmpty();
        }, 20000));
        App::Application app;
        app.show();
        Ui::EditorWindow *window = KajiGuiTest::openEditor(
            app, m_drafts.path(), QStringLiteral("deployments.apps"), ns(), QStringLiteral("quiet"));
        QVERIFY(window);
        auto *watch = window->findChild<Models::ObjectWatch *>();
        QVERIFY(watch);
        QVERIFY(replaceText(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 2")));
        const QString before = watch->resourceVersion();
        kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("patch"), QStringLiteral("deployment"),
            QStringLiteral("quiet"), QStringLiteral("--subresource=status"), QStringLiteral("--type=merge"),
            QStringLiteral("-p"), QStringLiteral(R"({"status":{"collisionCount":7}})") });
        // The watch saw the write, and the window said nothing of it.
        QVERIFY(QTest::qWaitFor([&] { return watch->resourceVersion() != before; }, 5000));
        QTest::qWait(300);
        QVERIFY(!bannerSays(window, QStringLiteral("Changed on the server")));
        // Our own save comes back through the watch too (and the controller's
        // status writes after it): no news either.
        const QString beforeSave = watch->resourceVersion();
        QTest::mouseClick(button(window, "editorSave"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return window->bannerText().startsWith(QLatin1String("Saved")); }, 15000));
        QCOMPARE(get(QStringLiteral("deployment"), QStringLiteral("quiet"), QStringLiteral(".spec.replicas")),
            QByteArray("2"));
        QVERIFY(QTest::qWaitFor([&] { return watch->resourceVersion() != beforeSave; }, 5000));
        QTest::qWait(1000);
        QVERIFY(window->bannerText().startsWith(QLatin1String("Saved")));
    }
};

QTEST_MAIN(TestEditorLive)
#include "tst_editorlive.moc"
