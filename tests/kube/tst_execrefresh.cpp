// Exec plugin credentials against the real cluster. The cluster accepts the
// fake `aws eks get-token` tokens as bound service-account JWTs signed with
// its service-account key, and rejects one whose `exp` has passed (401).
// A wrapper around that plugin hands out such a rejected token on chosen
// runs while claiming it is good for an hour, as a revoked session does:
// the client must run the plugin again once, not on every request and not
// in a loop; and with short-lived tokens it runs once per expiry.

#include "clusterfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Kaji::Kube;
using KajiTest::getAndWait;

namespace {

class Plugin {
public:
    Plugin()
    {
        // A copy per test: it counts its runs in a log beside itself.
        const QString path = m_dir.filePath(QStringLiteral("aws-wrapper"));
        if (!QFile::copy(QStringLiteral(KAJI_TEST_DATA_DIR "/exec/aws-wrapper.sh"), path))
            qFatal("cannot copy the wrapper plugin");
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    RestConfig config(const QString &rejectedRuns, const QString &ttl = {}) const
    {
        RestConfig rest = KajiTest::restConfig(QStringLiteral("kaji-exec"));
        rest.user.exec->command = m_dir.filePath(QStringLiteral("aws-wrapper"));
        rest.user.exec->env.append({QStringLiteral("REAL_PLUGIN"),
                                    qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE") + QStringLiteral("/bin/aws")});
        rest.user.exec->env.append({QStringLiteral("REJECTED_RUNS"), rejectedRuns});
        if (!ttl.isEmpty())
            rest.user.exec->env.append({QStringLiteral("KAJI_FAKE_AWS_TOKEN_TTL"), ttl});
        return rest;
    }

    // When each run started, as the wrapper logged it.
    QList<double> runs() const
    {
        QFile log(m_dir.filePath(QStringLiteral("runs.log")));
        QList<double> out;
        if (log.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : log.readAll().split('\n')) {
                if (!line.isEmpty())
                    out.append(line.toDouble());
            }
        }
        return out;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

class TestExecRefresh : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }

    void rejectedTokenRunsThePluginOnceMore()
    {
        Plugin plugin;
        ApiClient client(plugin.config(QStringLiteral("1")));
        const ApiResult first = getAndWait(client, "/api/v1/namespaces/shop/pods?limit=1");
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(plugin.runs().size(), 2); // the rejected token, then a good one
        QCOMPARE(client.execPluginRuns(), 2);
        for (int i = 0; i < 5; ++i)
            QVERIFY(getAndWait(client, "/api/v1/namespaces/shop/pods?limit=1").ok());
        QCOMPARE(plugin.runs().size(), 2); // the good token is reused
    }

    void aSecondRejectionFailsTheRequestWithoutLooping()
    {
        Plugin plugin;
        ApiClient client(plugin.config(QStringLiteral("1 2")));
        const ApiResult failed = getAndWait(client, "/api/v1/namespaces/shop/pods?limit=1");
        QCOMPARE(failed.status, 401L);
        QCOMPARE(failed.reason, QStringLiteral("Unauthorized"));
        QCOMPARE(plugin.runs().size(), 2);
        // The next request gets its own one retry, and the third token is good.
        const ApiResult next = getAndWait(client, "/api/v1/namespaces/shop/pods?limit=1");
        QVERIFY2(next.ok(), qPrintable(next.error));
        QCOMPARE(plugin.runs().size(), 3);
    }

    void shortLivedTokensRunThePluginOncePerExpiry()
    {
        // A 70 s token: the plugin says it expires after 35 s, the client
        // renews 30 s before that, so every 5 s, whatever the request rate.
        Plugin plugin;
        ApiClient client(plugin.config({}, QStringLiteral("70")));
        QElapsedTimer elapsed;
        elapsed.start();
        int requests = 0;
        while (elapsed.elapsed() < 12000) {
            const ApiResult result = getAndWait(client, "/api/v1/namespaces/shop/pods?limit=1");
            QVERIFY2(result.ok(), qPrintable(result.error));
            ++requests;
            QTest::qWait(50);
        }
        const QList<double> runs = plugin.runs();
        qInfo("%d requests in %.1f s ran the plugin %lld times", requests, elapsed.elapsed() / 1000.0, runs.size());
        QVERIFY(requests >= 40);
        QVERIFY2(runs.size() >= 2 && runs.size() <= 4, "expected one run per 5 s token life");
        for (qsizetype i = 1; i < runs.size(); ++i)
            QVERIFY2(runs[i] - runs[i - 1] >= 4.0, "the plugin ran again before its token was due");
        QCOMPARE(client.execPluginRuns(), int(runs.size()));
    }
};

QTEST_GUILESS_MAIN(TestExecRefresh)
#include "tst_execrefresh.moc"
