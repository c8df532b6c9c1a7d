// ApiClient and HttpClient against the real local cluster: every credential
// kind the test kubeconfig has, TLS verification, RBAC refusals, unreachable
// servers, and a live watch stream decoded byte by byte.

#include "clusterfixture.h"
#include "watchdecoder.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Kaji::Kube;
using KajiTest::getAndWait;

namespace {

QStringList names(const nlohmann::json &list)
{
    QStringList out;
    for (const auto &item : list["items"])
        out << QString::fromStdString(item["metadata"]["name"].get<std::string>());
    return out;
}

} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }

    void adminWithClientCertificate()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        const ApiResult result = getAndWait(client, "/api/v1/namespaces");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.status, 200L);
        // HTTP/2 lets all of a cluster's watches share one connection.
        QCOMPARE(result.httpVersion, 20);
        QVERIFY(names(result.body).contains(QStringLiteral("shop")));
    }

    void restrictedTokenIsForbiddenClusterWide()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        const ApiResult namespaces = getAndWait(client, "/api/v1/namespaces");
        QCOMPARE(namespaces.status, 403L);
        QCOMPARE(namespaces.reason, QStringLiteral("Forbidden"));
        QVERIFY2(namespaces.error.contains(QStringLiteral("cannot list resource \"namespaces\"")),
                 qPrintable(namespaces.error));
        const ApiResult pods = getAndWait(client, "/api/v1/namespaces/shop/pods");
        QVERIFY2(pods.ok(), qPrintable(pods.error));
        QVERIFY(!names(pods.body).isEmpty());
    }

    void execPluginRunsOncePerExpiry()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-exec")));
        for (int i = 0; i < 3; ++i) {
            const ApiResult result = getAndWait(client, "/api/v1/namespaces/shop/pods?limit=1");
            QVERIFY2(result.ok(), qPrintable(result.error));
        }
        QCOMPARE(client.execPluginRuns(), 1);
    }

    void unreachableServerSaysSo()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-unreachable")));
        const ApiResult result = getAndWait(client, "/version");
        QCOMPARE(result.status, 0L);
        QCOMPARE(result.reason, QStringLiteral("ConnectionFailed"));
        QVERIFY2(result.error.contains(QStringLiteral("onnect")), qPrintable(result.error));
    }

    void tlsIsVerified()
    {
        RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        // Any certificate that did not sign the server's must be refused.
        config.cluster.certificateAuthorityData = config.user.clientCertificateData;
        config.cluster.certificateAuthorityFile.clear();
        if (config.cluster.certificateAuthorityData.isEmpty()) {
            QFile file(config.user.clientCertificateFile);
            QVERIFY(file.open(QIODevice::ReadOnly));
            config.cluster.certificateAuthorityData = file.readAll();
        }
        ApiClient wrongCa(config);
        const ApiResult refused = getAndWait(wrongCa, "/version");
        QCOMPARE(refused.status, 0L);
        QVERIFY2(!refused.ok(), "a server certificate from an unknown CA was accepted");

        config.cluster.insecureSkipTlsVerify = true;
        ApiClient insecure(config);
        const ApiResult accepted = getAndWait(insecure, "/version");
        QVERIFY2(accepted.ok(), qPrintable(accepted.error));
        QCOMPARE(QString::fromStdString(accepted.body["gitVersion"].get<std::string>()), QStringLiteral("v1.36.3"));
    }

    void watchStreamDeliversEvents()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        const ApiResult list = getAndWait(client, "/api/v1/namespaces/infra/configmaps");
        QVERIFY2(list.ok(), qPrintable(list.error));
        const std::string rv = list.body["metadata"]["resourceVersion"].get<std::string>();

        WatchDecoder decoder;
        std::vector<WatchEvent> events;
        std::optional<ApiResult> ended;
        const quint64 id = client.stream(
            "/api/v1/namespaces/infra/configmaps?watch=1&allowWatchBookmarks=true&resourceVersion="
                + QByteArray::fromStdString(rv),
            [&](const char *data, size_t size) {
                // One byte at a time: events must not depend on chunking.
                for (size_t i = 0; i < size; ++i)
                    decoder.feed(data + i, 1, events);
            },
            [&](const ApiResult &r) { ended = r; });

        const QString name = QStringLiteral("kaji-watch-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("infra"), QStringLiteral("create"),
                           QStringLiteral("configmap"), name, QStringLiteral("--from-literal=k=v")});
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("infra"), QStringLiteral("delete"),
                           QStringLiteral("configmap"), name});
        const auto seen = [&](WatchEvent::Type type) {
            return std::any_of(events.cbegin(), events.cend(), [&](const WatchEvent &e) {
                return e.type == type && e.parsed()["metadata"]["name"] == name.toStdString();
            });
        };
        QVERIFY(KajiTest::waitUntil([&] { return seen(WatchEvent::Type::Deleted); }));
        QVERIFY(seen(WatchEvent::Type::Added));
        QVERIFY2(!ended, ended ? qPrintable(ended->error) : "");
        client.cancel(id);
        QTest::qWait(50);
        QVERIFY(!ended); // a cancelled stream reports nothing
    }

    void expiredResourceVersionArrivesInTheStream()
    {
        // After a compaction at the current revision, resourceVersion 1 is gone.
        QVERIFY(KajiTest::clusterKnob({QStringLiteral("compact")}));
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        WatchDecoder decoder;
        std::vector<WatchEvent> events;
        client.stream(
            "/api/v1/namespaces/infra/configmaps?watch=1&resourceVersion=1",
            [&](const char *data, size_t size) { decoder.feed(data, size, events); }, [](const ApiResult &) {});
        QVERIFY(KajiTest::waitUntil([&] { return !events.empty(); }));
        QCOMPARE(int(events.front().type), int(WatchEvent::Type::Error));
        QCOMPARE(events.front().parsed()["code"].get<int>(), 410);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
