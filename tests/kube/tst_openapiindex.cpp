// The /openapi/v3 index as the API server writes it, the words for its
// failures, and the disk cache keyed by the documents' hashes.

#include "openapicache.h"
#include "openapiindex.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji::Kube;

class TestOpenApiIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheIndex()
    {
        QFile file(QStringLiteral(KAJI_TEST_DATA_DIR "/openapi/index.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto json = nlohmann::json::parse(file.readAll().toStdString());
        const auto parsed = OpenApiIndex::parse(json);
        QVERIFY(std::holds_alternative<OpenApiIndex>(parsed));
        const auto &index = std::get<OpenApiIndex>(parsed);
        QCOMPARE(index.documents.size(), 3);
        QCOMPARE(index.documents.value(QStringLiteral("apis/apps/v1")).url,
            QByteArray("/openapi/v3/apis/apps/v1?hash=CD34EF"));
        QCOMPARE(index.documents.value(QStringLiteral("apis/apps/v1")).hash, QStringLiteral("CD34EF"));
        QCOMPARE(index.documents.value(QStringLiteral("api/v1")).hash, QStringLiteral("AB12"));
    }

    void rejectsWhatIsNoIndex()
    {
        QVERIFY(std::holds_alternative<QString>(OpenApiIndex::parse(nlohmann::json::array())));
        QVERIFY(std::holds_alternative<QString>(OpenApiIndex::parse(nlohmann::json { { "paths", 3 } })));
        // Entries without a URL are skipped, not fatal; a URL without a hash has no hash.
        const auto parsed = OpenApiIndex::parse(nlohmann::json::parse(
            R"({"paths": {"a": 1, "b": {}, "apis/x/v1": {"serverRelativeURL": "/openapi/v3/apis/x/v1"}}})"));
        const auto &index = std::get<OpenApiIndex>(parsed);
        QCOMPARE(index.documents.size(), 1);
        QVERIFY(index.documents.value(QStringLiteral("apis/x/v1")).hash.isEmpty());
    }

    void failuresInWords()
    {
        ApiResult result;
        result.status = 403;
        result.error = QStringLiteral("forbidden: User \"jane\" cannot get path \"/openapi/v3\"");
        QVERIFY(openApiFailure(result, QStringLiteral("/openapi/v3"))
                    .startsWith(QLatin1String("not allowed to read the cluster's schemas")));
        result.status = 404;
        QVERIFY(
            openApiFailure(result, QStringLiteral("/openapi/v3")).contains(QLatin1String("publishes no OpenAPI v3")));
        result.status = 0;
        result.error = QStringLiteral("Connection refused");
        QCOMPARE(openApiFailure(result, QStringLiteral("apis/apps/v1")),
            QStringLiteral("could not reach the server for apis/apps/v1: Connection refused"));
    }

    void cacheByHash()
    {
        QTemporaryDir dir;
        const OpenApiCache cache(dir.path() + QStringLiteral("/openapi"));
        const QString hash = QStringLiteral("3A0F2B9C1D");
        QVERIFY(!cache.contains(hash));
        QVERIFY(!cache.read(hash));
        QCOMPARE(cache.write(hash, "{\"components\":{}}"), QString());
        QVERIFY(cache.contains(hash));
        QCOMPARE(*cache.read(hash), QByteArray("{\"components\":{}}"));
        cache.remove(hash);
        QVERIFY(!cache.contains(hash));
        // A hash is a file name only when it is a plain token: a server cannot
        // make Kaji write outside its directory.
        QVERIFY(cache.fileFor(QStringLiteral("../../etc/passwd")).isEmpty());
        QVERIFY(!cache.write(QStringLiteral("a/b"), "x").isEmpty());
        QVERIFY(OpenApiCache(QString()).fileFor(hash).isEmpty());
        // An unwritable place is an error in words, not a crash.
        QFile blocker(dir.path() + QStringLiteral("/file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!OpenApiCache(blocker.fileName() + QStringLiteral("/openapi")).write(hash, "x").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenApiIndex)
#include "tst_openapiindex.moc"
