// The manifest editor's refusals on the real local cluster, each placed or
// explained and none touching the edited text: an unknown field and an
// invalid value at their lines, a user without patch rights, a connection
// that drops. And a Secret edited as text, saved, read back byte for byte.

#include "editsessionfixture.h"
#include "textlines.h"

#include <QTcpServer>
#include <QTcpSocket>
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

class TestEditErrorsCluster : public QObject {
    Q_OBJECT
    QString m_ns;
    std::unique_ptr<ApiClient> m_client;

    json read(const Kaji::Kube::ApiResource &r, const QString &name)
    {
        const auto result = KajiTest::getAndWait(*m_client, KajiTest::objectPath(r, m_ns, name));
        return result.ok() ? result.body : json();
    }

    EditableText shownDeployment(const QString &name)
    {
        KajiTest::createDeployment(m_ns, name);
        return EditableText::fromObject(read(KajiTest::deploymentsResource(), name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        m_ns = QStringLiteral("kaji-editerrors-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_ns });
        // jane (kaji-restricted) may read here, not write.
        KajiTest::kubectl({ QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("rolebinding"),
            QStringLiteral("jane-view"), QStringLiteral("--clusterrole=view"),
            QStringLiteral("--group=shop-developers") });
        m_client = std::make_unique<ApiClient>(KajiTest::restConfig(QStringLiteral("kaji-admin")));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl(
                { QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false") });
    }

    void unknownFieldAtItsLine()
    {
        const EditableText shown = shownDeployment(QStringLiteral("typo"));
        QString text = shown.text;
        text.replace(QStringLiteral("\nspec:\n"), QStringLiteral("\nspec:\n  replics: 2\n"));
        const QString typed = text;
        EditSession session(EditSession::directRunner(m_client.get()), KajiTest::deploymentsResource(), shown);
        const EditOutcome refused = runEdit(session, [&] { return session.save(text); });
        QVERIFY2(refused.kind == EditOutcome::Kind::Invalid, qPrintable(KajiTest::describe(refused)));
        QVERIFY(refused.message.contains(QLatin1String("unknown field \"spec.replics\"")));
        QVERIFY(!refused.message.contains(QLatin1String("managedFields"))); // the echoed object is cut out
        QVERIFY2(!refused.problems.isEmpty(), qPrintable(KajiTest::describe(refused)));
        QVERIFY2(refused.problems[0].line == KajiTest::lineOf(text, QStringLiteral("replics: 2")),
            qPrintable(KajiTest::describe(refused)));
        QCOMPARE(text, typed);
        QVERIFY(!read(KajiTest::deploymentsResource(), QStringLiteral("typo"))["spec"].contains("replics"));
    }

    void invalidValueAtItsLine()
    {
        const EditableText shown = shownDeployment(QStringLiteral("negative"));
        QString text = shown.text;
        text.replace(text.indexOf(QLatin1String("\n  replicas: 1\n")), 15, QStringLiteral("\n  replicas: -1\n"));
        EditSession session(EditSession::directRunner(m_client.get()), KajiTest::deploymentsResource(), shown);
        const EditOutcome refused = runEdit(session, [&] { return session.save(text); });
        QVERIFY2(refused.kind == EditOutcome::Kind::Invalid, qPrintable(KajiTest::describe(refused)));
        QCOMPARE(refused.status, 422L);
        QVERIFY(!refused.problems.isEmpty());
        QCOMPARE(refused.problems[0].field, QStringLiteral("spec.replicas"));
        QCOMPARE(refused.problems[0].line, KajiTest::lineOf(text, QStringLiteral("replicas: -1")));
    }

    void forbiddenKeepsTheText()
    {
        const EditableText admin = shownDeployment(QStringLiteral("locked"));
        ApiClient jane(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        // What jane is shown, read with her own rights.
        const auto got = KajiTest::getAndWait(
            jane, KajiTest::objectPath(KajiTest::deploymentsResource(), m_ns, QStringLiteral("locked")));
        QVERIFY2(got.ok(), qPrintable(got.error));
        const EditableText shown = EditableText::fromObject(got.body);
        QString text = shown.text;
        text.replace(text.indexOf(QLatin1String("\n  replicas: 1\n")), 15, QStringLiteral("\n  replicas: 3\n"));
        const QString typed = text;
        EditSession session(EditSession::directRunner(&jane), KajiTest::deploymentsResource(), shown);
        const EditOutcome refused = runEdit(session, [&] { return session.save(text); });
        QVERIFY2(refused.kind == EditOutcome::Kind::Forbidden, qPrintable(KajiTest::describe(refused)));
        QCOMPARE(refused.status, 403L);
        QVERIFY(refused.message.contains(QLatin1String("your text is kept")));
        QVERIFY(refused.message.contains(QLatin1String("patch")));
        QCOMPARE(text, typed);
        QCOMPARE(session.shown().text, shown.text); // the base is not moved either
        QCOMPARE(read(KajiTest::deploymentsResource(), QStringLiteral("locked"))["spec"]["replicas"].get<int>(), 1);
        Q_UNUSED(admin);
    }

    void droppedConnectionIsSaid()
    {
        const EditableText shown = shownDeployment(QStringLiteral("offline"));
        // A server that takes the connection and drops it at once.
        QTcpServer dropper;
        QVERIFY(dropper.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&dropper, &QTcpServer::newConnection, &dropper, [&] {
            while (QTcpSocket *socket = dropper.nextPendingConnection())
                socket->abort();
        });
        Kaji::Kube::RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        config.cluster.server = QStringLiteral("https://127.0.0.1:%1").arg(dropper.serverPort());
        ApiClient client(config);
        EditSession session(EditSession::directRunner(&client), KajiTest::deploymentsResource(), shown);
        QString text = shown.text;
        text.replace(text.indexOf(QLatin1String("\n  replicas: 1\n")), 15, QStringLiteral("\n  replicas: 3\n"));
        const EditOutcome failed = runEdit(session, [&] { return session.save(text); });
        QVERIFY2(failed.kind == EditOutcome::Kind::Failed, qPrintable(KajiTest::describe(failed)));
        QCOMPARE(failed.status, 0L);
        QVERIFY(failed.message.contains(QLatin1String("could not be reached")));
    }

    void secretEditedAsText()
    {
        const QByteArray binary("\x00\x01\xfe\xff keystore", 13);
        const QString yaml
            = QStringLiteral("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: %1\ntype: Opaque\n"
                             "data:\n  keystore: %2\n  password: %3\n  user: %4\n")
                  .arg(m_ns, QString::fromLatin1(binary.toBase64()),
                      QString::fromLatin1(QByteArray("hunter2").toBase64()),
                      QString::fromLatin1(QByteArray("admin").toBase64()));
        KajiTest::kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, yaml.toUtf8());
        const json before = read(KajiTest::secretsResource(), QStringLiteral("db"));
        const EditableText shown = EditableText::fromObject(before);
        QCOMPARE(shown.binaryKeys, QStringList { QStringLiteral("keystore") });
        QVERIFY(shown.text.contains(QLatin1String("password: hunter2")));
        QString text = shown.text;
        text.replace(QStringLiteral("password: hunter2"), QStringLiteral("password: \"correct horse: battery\""));
        text.replace(QStringLiteral("  user: admin\n"), QString());
        text.replace(QStringLiteral("stringData:\n"),
            QStringLiteral("stringData:\n  note: |\n    line one\n    \u65e5\u672c\n"));
        EditSession session(EditSession::directRunner(m_client.get()), KajiTest::secretsResource(), shown);

        const EditOutcome preview = runEdit(session, [&] { return session.preview(text); });
        QVERIFY2(preview.kind == EditOutcome::Kind::Previewed, qPrintable(KajiTest::describe(preview)));
        QVERIFY(!preview.diff.contains(QLatin1String("hunter2")));
        QVERIFY(!preview.diff.contains(QLatin1String(QByteArray("hunter2").toBase64())));
        QVERIFY2(preview.diff.contains(QLatin1String("*** (before)")), qPrintable(preview.diff));

        const EditOutcome saved = runEdit(session, [&] { return session.save(text); });
        QVERIFY2(saved.kind == EditOutcome::Kind::Saved, qPrintable(KajiTest::describe(saved)));
        QCOMPARE(saved.touchedPaths,
            (QStringList {
                QStringLiteral("/data/note"), QStringLiteral("/data/password"), QStringLiteral("/data/user") }));
        const json after = read(KajiTest::secretsResource(), QStringLiteral("db"));
        QVERIFY(!after.contains("stringData"));
        QCOMPARE(dumped(after["data"]["keystore"]), dumped(before["data"]["keystore"])); // untouched binary: same bytes
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromStdString(after["data"]["password"].get<std::string>())),
            QByteArray("correct horse: battery"));
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromStdString(after["data"]["note"].get<std::string>())),
            QStringLiteral("line one\n\u65e5\u672c\n").toUtf8());
        QVERIFY(!after["data"].contains("user"));
        // Shown again, the saved Secret reads as the text that was saved.
        QCOMPARE(dumped(EditableText::fromObject(after).shownObject["stringData"]),
            dumped(EditChange::compute(shown, text).edited["stringData"]));
    }
};

QTEST_GUILESS_MAIN(TestEditErrorsCluster)
#include "tst_editerrors_cluster.moc"
