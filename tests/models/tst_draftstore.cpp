// Drafts of unsaved edits on disk: written, listed after a restart,
// found, replaced, discarded; safe file names without the context's name;
// owner-only files; a half-written temporary file or a broken file is
// ignored; a writer killed with SIGKILL in the middle of writing leaves a
// complete draft behind.

#include "editor/draftstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace Kaji::Models;

namespace {

Draft draft(const QString &name, const QString &edited)
{
    Draft d;
    d.context = QStringLiteral("arn:aws:eks:eu-west-1:123456789012:cluster/prod token=abc");
    d.apiVersion = QStringLiteral("apps/v1");
    d.kind = QStringLiteral("Deployment");
    d.resource = QStringLiteral("deployments");
    d.namespaceName = QStringLiteral("shop");
    d.name = name;
    d.shownText = QStringLiteral("spec:\n  replicas: 2\n");
    d.shownResourceVersion = QStringLiteral("41");
    d.editedText = edited;
    return d;
}

} // namespace

class TestDraftStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writeListFindDiscard()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("drafts"));
        DraftStore store(dir);
        QVERIFY(store.list().isEmpty()); // no folder yet
        QString error;
        Draft web = draft(QStringLiteral("web"), QStringLiteral("spec:\n  replicas: 5\n  # \u65e5\u672c\n"));
        web.savedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY2(store.write(web, &error), qPrintable(error));
        QVERIFY(store.write(draft(QStringLiteral("api"), QStringLiteral("x: 1\n"))));

        // A new process (a restart) finds both, newest first, intact.
        const QList<Draft> drafts = DraftStore(dir).list();
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts[0].name, QStringLiteral("api"));
        QCOMPARE(drafts[1].editedText, web.editedText);
        QCOMPARE(drafts[1].shownText, web.shownText);
        QCOMPARE(drafts[1].shownResourceVersion, QStringLiteral("41"));
        QCOMPARE(drafts[1].context, web.context);
        QCOMPARE(drafts[1].resource, QStringLiteral("deployments"));
        QCOMPARE(drafts[1].savedAt.toSecsSinceEpoch(), web.savedAt.toSecsSinceEpoch());
        QVERIFY(drafts[1].sameObject(web));

        // One file per object: a later write replaces the draft.
        web.editedText = QStringLiteral("spec:\n  replicas: 6\n");
        web.savedAt = QDateTime();
        QVERIFY(store.write(web));
        QCOMPARE(store.list().size(), 2);
        const std::optional<Draft> found
            = store.find(web.context, QStringLiteral("apps/v1beta2"), web.kind, web.namespaceName, web.name);
        QVERIFY(found);
        QCOMPARE(found->editedText, web.editedText);
        const std::optional<Draft> restored = store.restore(found->fileName);
        QVERIFY(restored);
        QCOMPARE(restored->editedText, web.editedText);
        QVERIFY(!store.restore(QStringLiteral("../") + found->fileName));
        QVERIFY(!store.find(QStringLiteral("other"), web.apiVersion, web.kind, web.namespaceName, web.name));

        QVERIFY(store.discard(*found));
        QCOMPARE(store.list().size(), 1);
        QVERIFY(!store.find(web.context, web.apiVersion, web.kind, web.namespaceName, web.name));
        QVERIFY(store.discard(*found)); // already gone is fine
        Draft outside = *found;
        outside.fileName = QStringLiteral("../escape.kajidraft.json");
        QVERIFY(!store.discard(outside));
    }

    void safeNamesAndOwnerOnly()
    {
        const QString name
            = DraftStore::fileNameFor(QStringLiteral("arn:aws:eks:x:1:cluster/prod token=abc"), QStringLiteral("v1"),
                QStringLiteral("Secret"), QStringLiteral("shop"), QStringLiteral("db/../../x") + QString(300, u'a'));
        QVERIFY(!name.contains(QLatin1String("arn")));
        QVERIFY(!name.contains(QLatin1String("token")));
        QVERIFY(!name.contains(u'/'));
        QVERIFY(name.size() < 160);
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9._-]+$")).match(name).hasMatch());
        QVERIFY(name.endsWith(QLatin1String(DraftStore::Suffix)));
        // Another context, another file; the same object, the same file.
        QVERIFY(name
            != DraftStore::fileNameFor(QStringLiteral("kind-dev"), QStringLiteral("v1"), QStringLiteral("Secret"),
                QStringLiteral("shop"), QStringLiteral("db/../../x") + QString(300, u'a')));

        QTemporaryDir root;
        DraftStore store(root.path());
        QVERIFY(store.write(draft(QStringLiteral("web"), QStringLiteral("a: 1\n"))));
        const QString file = root.filePath(store.list().value(0).fileName);
        QCOMPARE(
            QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }

    void brokenFilesIgnored()
    {
        QTemporaryDir root;
        DraftStore store(root.path());
        QVERIFY(store.write(draft(QStringLiteral("web"), QStringLiteral("a: 1\n"))));
        const QString complete = store.list().value(0).fileName;
        // What a writer killed before its rename leaves: a temporary file.
        QFile temp(root.filePath(complete + QStringLiteral(".Xa91kZ")));
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write("{\"format\": 1, \"kind\": \"Deployment\", \"name\": \"web\", \"editedText\": \"a: 2");
        temp.close();
        // And files that are not drafts, or no longer are.
        for (const char *name : { "torn.kajidraft.json", "empty.kajidraft.json", "future.kajidraft.json" }) {
            QFile f(root.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (QLatin1String(name) == QLatin1String("torn.kajidraft.json"))
                f.write("{\"format\": 1, \"kind\": \"Depl");
            if (QLatin1String(name) == QLatin1String("future.kajidraft.json"))
                f.write("{\"format\": 99, \"kind\": \"Deployment\", \"name\": \"x\", \"editedText\": \"\"}");
        }
        const QList<Draft> drafts = store.list();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts[0].editedText, QStringLiteral("a: 1\n"));
    }

    void survivesKillBetweenWrites()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir root;
        const QString big = QString(200000, u'x'); // long writes: the kill lands inside one
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            DraftStore store(root.path());
            for (int i = 0;; ++i)
                store.write(draft(QStringLiteral("web"), QStringLiteral("n: %1\n#").arg(i) + big));
        }
        DraftStore store(root.path());
        QVERIFY(QTest::qWaitFor([&] { return !store.list().isEmpty(); }, 10000));
        QTest::qWait(150);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        QVERIFY(WIFSIGNALED(status));
        const QList<Draft> drafts = store.list();
        QCOMPARE(drafts.size(), 1);
        QVERIFY(drafts[0].editedText.startsWith(QLatin1String("n: ")));
        QVERIFY(drafts[0].editedText.endsWith(big));
        qInfo(
            "the killed writer had completed %d drafts", drafts[0].editedText.section(u'\n', 0, 0).mid(3).toInt() + 1);
#else
        QSKIP("fork and SIGKILL are POSIX");
#endif
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
