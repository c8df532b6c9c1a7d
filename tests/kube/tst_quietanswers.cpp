// HTTP/2 answers end when their last bytes arrive, even when nothing else is
// said on the connection afterwards. libcurl before 8.1 could hold a large
// gzipped answer until its deadline when its last DATA frame arrived while
// another answer was being read (HttpClient::nudgeQuietAnswers works around
// it); `kaji diagnose -A` waited 60 s for the list of events in 1 run of 25.
// Without the workaround this test failed in 3 of 4 runs (a round is held
// about once in 25); with it, each held round costs about a second.

#include "clusterfixture.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Kaji::Kube;

namespace {

constexpr int ConfigMaps = 48;
constexpr int Rounds = 80;
constexpr int AtOnce = 16;

// A List of ConfigMaps whose data gzip cannot shrink much: the answer must
// be over the 128 KiB above which the server compresses, and still many
// DATA frames once compressed.
QByteArray configMaps(const QString &ns)
{
    QRandomGenerator random(21); // the same objects each run
    QByteArray items;
    for (int i = 0; i < ConfigMaps; ++i) {
        QByteArray data(5000, Qt::Uninitialized);
        for (char &c : data)
            c = "abcdefghijklmnopqrstuvwxyz0123456789"[random.bounded(36)];
        if (i > 0)
            items += ',';
        items += R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"filler-)" + QByteArray::number(i)
            + R"(","namespace":")" + ns.toUtf8() + R"(","labels":{"role":"filler"}},"data":{"text":")" + data + R"("}})";
    }
    return R"({"apiVersion":"v1","kind":"List","items":[)" + items + "]}";
}

} // namespace

class TestQuietAnswers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        m_ns = QStringLiteral("kaji-answers-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, configMaps(m_ns));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    // Many lists at once on one connection, each parsed where it arrives as
    // the diagnosis's reader does: the next bytes pile up meanwhile, and are
    // read in large pieces that hold several answers' frames.
    void concurrentCompressedListsEnd()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        const QByteArray path = "/api/v1/namespaces/" + m_ns.toUtf8() + "/configmaps?labelSelector=role%3Dfiller";
        RequestOptions options;
        options.parseBody = false;
        options.timeoutMs = 20000; // a held answer fails; a slow machine does not
        for (int round = 0; round < Rounds; ++round) {
            int pending = 0;
            QStringList failures;
            for (int i = 0; i < AtOnce; ++i) {
                ++pending;
                client.get(
                    path,
                    [&](const ApiResult &r) {
                        --pending;
                        const nlohmann::json list = nlohmann::json::parse(r.raw.constBegin(), r.raw.constEnd(), nullptr, false);
                        const qsizetype items = list.is_object() && list.contains("items") ? qsizetype(list["items"].size()) : -1;
                        if (!r.ok() || items != ConfigMaps || r.httpVersion != 20)
                            failures << QStringLiteral("%1 items, HTTP %2: %3").arg(items).arg(r.httpVersion).arg(r.error);
                    },
                    options);
            }
            QVERIFY(KajiTest::waitUntil([&] { return pending == 0; }, 60000));
            QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(failures.join(u'\n'))));
        }
    }

private:
    QString m_ns;
};

QTEST_GUILESS_MAIN(TestQuietAnswers)
#include "tst_quietanswers.moc"
