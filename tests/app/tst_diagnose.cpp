// `kaji diagnose` as a user runs it, against the real local cluster: the JSON
// form carries the seeded failures with stable fields, the text form is
// readable, TYPE/NAME narrows to an object and what explains it, and the exit
// codes are 0 with findings, 1 when the cluster cannot be read, 2 for usage.

#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Run = KajiCliTest::TextRun;

Run kaji(const QStringList &arguments)
{
    return KajiCliTest::runText(QStringLiteral(KAJI_EXECUTABLE), QStringList{QStringLiteral("diagnose")} + arguments);
}

QStringList rulesAndObjects(const QString &json)
{
    QStringList out;
    const QJsonArray findings = QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("findings")).toArray();
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        const QJsonObject o = f.value(QLatin1String("object")).toObject();
        out << f.value(QLatin1String("ruleId")).toString() + u' ' + o.value(QLatin1String("kind")).toString() + u'/'
                + o.value(QLatin1String("name")).toString();
    }
    return out;
}

} // namespace

class TestDiagnose : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KAJI_TEST_KUBECONFIG"),
                 "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void jsonAllNamespaces()
    {
        const Run r = kaji({QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0); // findings are an answer, not a failure
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(r.out));
        const QJsonArray findings = doc.object().value(QLatin1String("findings")).toArray();
        QVERIFY(findings.size() >= 9);
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            for (const char *field : {"ruleId", "severity", "object", "headline", "cause", "evidence", "nextSteps"})
                QVERIFY2(f.contains(QLatin1String(field)), field);
            QVERIFY(QStringList({QStringLiteral("critical"), QStringLiteral("error"), QStringLiteral("warning"),
                                 QStringLiteral("info")})
                        .contains(f.value(QLatin1String("severity")).toString()));
        }
        const QString all = rulesAndObjects(r.out).join(u'\n');
        for (const char *expected : {"pod.image-pull.secret-missing Pod/payments-", "pod.crashloop.db-migration Pod/orders-api-",
                                     "job.backoff-limit-exceeded Job/db-backup", "pvc.provisioner-missing PersistentVolumeClaim/grafana-data"})
            QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(all));
    }

    void textIsReadable()
    {
        const Run r = kaji({QStringLiteral("-n"), QStringLiteral("shop")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Image pull fails: pull secret payments-registry does not exist")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Cause: ")));
        QVERIFY(r.out.contains(QStringLiteral("Evidence:")));
        QVERIFY(r.out.contains(QStringLiteral("$ kubectl -n shop logs pod/orders-api-")));
        QVERIFY(r.out.contains(QStringLiteral("previous log orders-api line ")));
        QVERIFY(!r.out.contains(QStringLiteral("db-backup"))); // another namespace
    }

    void oneObject()
    {
        const Run r = kaji({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("deploy/orders-api"),
                            QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QStringList found = rulesAndObjects(r.out);
        QVERIFY2(found.size() == 2, qPrintable(found.join(u'\n')));
        QVERIFY(found.join(u'\n').contains(QStringLiteral("Deployment/orders-api")));
        QVERIFY(found.join(u'\n').contains(QStringLiteral("pod.crashloop.db-migration Pod/orders-api-")));
    }

    void healthyNamespace()
    {
        const Run r = kaji({QStringLiteral("-n"), QStringLiteral("kube-system")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("No problems found in namespace kube-system.\n"));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unreachable") << QStringList{QStringLiteral("--context"), QStringLiteral("kaji-unreachable")} << 1
                                     << QStringLiteral("cannot read the cluster");
        QTest::newRow("bad output") << QStringList{QStringLiteral("-o"), QStringLiteral("yaml")} << 2
                                    << QStringLiteral("unsupported output format");
        QTest::newRow("bad target") << QStringList{QStringLiteral("orders-api")} << 2 << QStringLiteral("TYPE/NAME");
        QTest::newRow("both scopes") << QStringList{QStringLiteral("-A"), QStringLiteral("-n"), QStringLiteral("shop")} << 2
                                     << QStringLiteral("either -n or -A");
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = kaji(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestDiagnose)
#include "tst_diagnose.moc"
