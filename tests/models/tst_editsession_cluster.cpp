// Saving edits on the real local cluster: a merge patch locked to a fresh
// resourceVersion, other writers' changes elsewhere kept, the same field
// changed elsewhere stopping the save with three values, a lock gone stale
// retried, a dry-run preview, a deleted object created again from the
// edits.

#include "editsessionfixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Kaji::Models;
using Kaji::Kube::ApiClient;
using KajiTest::runEdit;
using nlohmann::json;

// json compared as its text: QCOMPARE cannot take json itself.
inline QString dumped(const nlohmann::json &value)
{
    return QString::fromStdString(value.dump());
}

class TestEditSessionCluster : public QObject {
    Q_OBJECT
    QString m_ns;
    std::unique_ptr<ApiClient> m_client;

    json live(const QString &name)
    {
        const auto r
            = KajiTest::getAndWait(*m_client, KajiTest::objectPath(KajiTest::deploymentsResource(), m_ns, name));
        return r.ok() ? r.body : json();
    }

    EditableText shown(const QString &name)
    {
        KajiTest::createDeployment(m_ns, name);
        return EditableText::fromObject(live(name));
    }

    static QString edit(QString text, int replicas, const QString &image = {})
    {
        // The spec's, not the status's (which comes after it).
        const qsizetype at = text.indexOf(QLatin1String("\n  replicas: 1\n"));
        if (at >= 0)
            text.replace(at, 15, QStringLiteral("\n  replicas: %1\n").arg(replicas));
        if (!image.isEmpty())
            text.replace(QStringLiteral("image: nginx:1.25"), QStringLiteral("image: ") + image);
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        m_ns = QStringLiteral("kaji-editsession-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_ns });
        m_client = std::make_unique<ApiClient>(KajiTest::restConfig(QStringLiteral("kaji-admin")));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl(
                { QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false") });
    }

    void otherWritersChangesSurvive()
    {
        const EditableText before = shown(QStringLiteral("both"));
        const QString text = edit(before.text, 3, QStringLiteral("nginx:1.27"));
        // Meanwhile someone labels it: another field, no conflict.
        KajiTest::kubectl({ QStringLiteral("-n"), m_ns, QStringLiteral("label"), QStringLiteral("deployment"),
            QStringLiteral("both"), QStringLiteral("team=payments") });
        EditSession session(EditSession::directRunner(m_client.get()), KajiTest::deploymentsResource(), before);
        QElapsedTimer clock;
        clock.start();
        const EditOutcome saved = runEdit(session, [&] { return session.save(text); });
        qInfo("save (GET, compare, PATCH) took %lld ms", clock.elapsed());
        QVERIFY2(saved.kind == EditOutcome::Kind::Saved, qPrintable(KajiTest::describe(saved)));
        QCOMPARE(saved.touchedPaths,
            (QStringList { QStringLiteral("/spec/replicas"), QStringLiteral("/spec/template/spec/containers") }));
        QVERIFY(!EditChange::anyConflict(saved.fields));
        QVERIFY(saved.patch["metadata"]["resourceVersion"].is_string());
        QVERIFY(saved.patch["metadata"]["resourceVersion"] != json(before.resourceVersion.toStdString()));
        const json now = live(QStringLiteral("both"));
        QCOMPARE(now["spec"]["replicas"].get<int>(), 3);
        QCOMPARE(dumped(now["spec"]["template"]["spec"]["containers"][0]["image"]), dumped(json("nginx:1.27")));
        QCOMPARE(dumped(now["metadata"]["labels"]["team"]), dumped(json("payments")));
        const std::string managers = now["metadata"]["managedFields"].dump();
        QVERIFY(managers.find("\"kaji-edit\"") != std::string::npos);
        // The session rebased on what it saved: the same text is nothing new.
        QCOMPARE(session.shown().resourceVersion,
            QString::fromStdString(saved.object["metadata"]["resourceVersion"].get<std::string>()));
        QCOMPARE(
            runEdit(session, [&] { return session.save(session.shown().text); }).kind, EditOutcome::Kind::Unchanged);
    }

    void sameFieldGivesThreeValues()
    {
        const EditableText before = shown(QStringLiteral("clash"));
        KajiTest::kubectl({ QStringLiteral("-n"), m_ns, QStringLiteral("scale"), QStringLiteral("deployment"),
            QStringLiteral("clash"), QStringLiteral("--replicas=5") });
        EditSession session(EditSession::directRunner(m_client.get()), KajiTest::deploymentsResource(), before);
        const QString text = edit(before.text, 3, QStringLiteral("nginx:1.27"));
        const EditOutcome conflict = runEdit(session, [&] { return session.save(text); });
        QVERIFY2(conflict.kind == EditOutcome::Kind::Conflict, qPrintable(KajiTest::describe(conflict)));
        QCOMPARE(conflict.attempts, 0); // nothing was sent
        QCOMPARE(conflict.fields.size(), 2);
        const ThreeWayField &replicas = conflict.fields[0];
        QCOMPARE(replicas.path, QStringLiteral("/spec/replicas"));
        QVERIFY(replicas.changedOnServer);
        QCOMPARE(replicas.shown.get<int>(), 1);
        QCOMPARE(replicas.live.get<int>(), 5);
        QCOMPARE(replicas.mine.get<int>(), 3);
        QVERIFY(!conflict.fields[1].changedOnServer);
        QCOMPARE(live(QStringLiteral("clash"))["spec"]["replicas"].get<int>(), 5);
        // "Keep mine" saves over it, still locked.
        const EditOutcome mine = runEdit(session, [&] { return session.saveOverriding(text); });
        QVERIFY2(mine.kind == EditOutcome::Kind::Saved, qPrintable(KajiTest::describe(mine)));
        QCOMPARE(live(QStringLiteral("clash"))["spec"]["replicas"].get<int>(), 3);
    }

    void staleLockIsRetried()
    {
        const EditableText before = shown(QStringLiteral("stale"));
        // Between the session's read and its PATCH another write lands: the
        // lock fails with 409, the session reads again and saves.
        int requests = 0;
        const EditSession::Runner direct = EditSession::directRunner(m_client.get());
        const EditSession::Runner racing
            = [&](EditSession::Work work, QObject *receiver, EditSession::ResultHandler done) {
                  if (++requests == 2)
                      KajiTest::kubectl({ QStringLiteral("-n"), m_ns, QStringLiteral("annotate"),
                          QStringLiteral("deployment"), QStringLiteral("stale"), QStringLiteral("racer=1") });
                  direct(std::move(work), receiver, std::move(done));
              };
        EditSession session(racing, KajiTest::deploymentsResource(), before);
        const EditOutcome saved = runEdit(session, [&] { return session.save(edit(before.text, 2)); });
        QVERIFY2(saved.kind == EditOutcome::Kind::Saved, qPrintable(KajiTest::describe(saved)));
        // The racer's write makes the first PATCH fail at least; the controller
        // writing the new Deployment's status may make another one fail too.
        QVERIFY2(saved.attempts >= 2 && saved.attempts <= EditSession::LockAttempts,
            qPrintable(QString::number(saved.attempts)));
        QCOMPARE(requests, 2 * saved.attempts); // a GET before every PATCH
        const json now = live(QStringLiteral("stale"));
        QCOMPARE(now["spec"]["replicas"].get<int>(), 2);
        QCOMPARE(dumped(now["metadata"]["annotations"]["racer"]), dumped(json("1")));
    }

    void previewIsADryRun()
    {
        const EditableText before = shown(QStringLiteral("preview"));
        EditSession session(EditSession::directRunner(m_client.get()), KajiTest::deploymentsResource(), before);
        const EditOutcome preview
            = runEdit(session, [&] { return session.preview(edit(before.text, 4, QStringLiteral("nginx:1.27"))); });
        QVERIFY2(preview.kind == EditOutcome::Kind::Previewed, qPrintable(KajiTest::describe(preview)));
        QCOMPARE(preview.object["spec"]["replicas"].get<int>(), 4);
        QVERIFY2(preview.diff.contains(QLatin1String("\n-  replicas: 1\n+  replicas: 4\n")), qPrintable(preview.diff));
        QVERIFY2(preview.diff.contains(QRegularExpression(QStringLiteral("\n\\+ +(- )?image: nginx:1.27\n"))),
            qPrintable(preview.diff));
        QVERIFY(preview.diff.startsWith(QLatin1String("diff -u -N live/apps.v1.Deployment.")));
        QVERIFY(!preview.diff.contains(QLatin1String("managedFields")));
        QVERIFY(!preview.diff.contains(QLatin1String("resourceVersion")));
        QVERIFY(!preview.diff.contains(QLatin1String("generation")));
        QCOMPARE(live(QStringLiteral("preview"))["spec"]["replicas"].get<int>(), 1); // nothing stored
        QCOMPARE(runEdit(session, [&] { return session.preview(before.text); }).kind, EditOutcome::Kind::Unchanged);
        QVERIFY(preview.warnings.isEmpty());
    }

    // The server's Warning headers come with the outcome, for the banner.
    void serverWarningsAreKept()
    {
        const EditableText before = shown(QStringLiteral("warned"));
        EditSession session(EditSession::directRunner(m_client.get()), KajiTest::deploymentsResource(), before);
        QString text = before.text;
        const qsizetype at = text.indexOf(QLatin1String("\n      containers:"));
        QVERIFY(at > 0);
        text.insert(at, QStringLiteral("\n      nodeSelector:\n        beta.kubernetes.io/arch: amd64"));
        const EditOutcome saved = runEdit(session, [&] { return session.save(text); });
        QVERIFY2(saved.kind == EditOutcome::Kind::Saved, qPrintable(KajiTest::describe(saved)));
        QVERIFY2(saved.warnings.join(u'\n').contains(QLatin1String("nodeSelector[beta.kubernetes.io/arch]: deprecated")),
                 qPrintable(saved.warnings.join(u'\n')));
    }

    void deletedThenCreatedFromEdits()
    {
        const EditableText before = shown(QStringLiteral("gone"));
        KajiTest::kubectl({ QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("deployment"),
            QStringLiteral("gone"), QStringLiteral("--wait=true") });
        EditSession session(EditSession::directRunner(m_client.get()), KajiTest::deploymentsResource(), before);
        const QString text = edit(before.text, 2, QStringLiteral("nginx:1.27"));
        const EditOutcome deleted = runEdit(session, [&] { return session.save(text); });
        QVERIFY2(deleted.kind == EditOutcome::Kind::DeletedOnServer, qPrintable(KajiTest::describe(deleted)));
        QVERIFY(!deleted.message.isEmpty());
        const EditOutcome created = runEdit(session, [&] { return session.createFromEdits(text); });
        QVERIFY2(created.kind == EditOutcome::Kind::Created, qPrintable(KajiTest::describe(created)));
        QVERIFY(!created.patch["metadata"].contains("resourceVersion"));
        QVERIFY(!created.patch["metadata"].contains("uid"));
        QVERIFY(!created.patch.contains("status"));
        const json now = live(QStringLiteral("gone"));
        QCOMPARE(now["spec"]["replicas"].get<int>(), 2);
        QCOMPARE(dumped(now["spec"]["template"]["spec"]["containers"][0]["image"]), dumped(json("nginx:1.27")));
        QVERIFY(now["metadata"]["uid"] != before.shownObject["metadata"]["uid"]);
        // Created twice: the name is taken, said as such.
        const EditOutcome again = runEdit(session, [&] { return session.createFromEdits(text); });
        QCOMPARE(again.kind, EditOutcome::Kind::Failed);
        QCOMPARE(again.status, 409L);
    }
};

QTEST_GUILESS_MAIN(TestEditSessionCluster)
#include "tst_editsession_cluster.moc"
