// JSON merge patches (RFC 7386) of edits: what is sent for a change, a
// deletion, a nested map, a list; which paths an edit touches; when another
// writer's change meets the edit. And the whole of an edit's change:
// Secrets decoded and encoded again, kubectl edit's preconditions, fields
// that are never sent.

#include "editor/editchange.h"
#include "editor/editsecret.h"
#include "editor/mergepatch.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Kaji::Models;
using nlohmann::json;

// json compared as its text: QCOMPARE cannot take json itself.
inline QString dumped(const nlohmann::json &value)
{
    return QString::fromStdString(value.dump());
}

namespace {

const json Shown = json::parse(R"({
  "apiVersion": "apps/v1", "kind": "Deployment",
  "metadata": {"name": "web", "namespace": "shop", "labels": {"app": "web", "app.kubernetes.io/name": "web"},
               "resourceVersion": "41", "uid": "u-1"},
  "spec": {"replicas": 2, "paused": false,
           "template": {"spec": {"containers": [{"name": "web", "image": "nginx:1.25"}]}}},
  "status": {"replicas": 2}
})");

} // namespace

class TestMergePatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void patchesWhatChanged_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QStringList>("touched");
        QTest::newRow("equal") << QStringLiteral(R"({"a":1,"b":{"c":[1]}})")
                               << QStringLiteral(R"({"a":1,"b":{"c":[1]}})") << QStringLiteral("{}") << QStringList();
        QTest::newRow("scalar") << QStringLiteral(R"({"a":1,"b":2})") << QStringLiteral(R"({"a":1,"b":3})")
                                << QStringLiteral(R"({"b":3})") << QStringList { QStringLiteral("/b") };
        QTest::newRow("deleted") << QStringLiteral(R"({"a":1,"b":2})") << QStringLiteral(R"({"a":1})")
                                 << QStringLiteral(R"({"b":null})") << QStringList { QStringLiteral("/b") };
        QTest::newRow("nested") << QStringLiteral(R"({"m":{"l":{"x":"1","y":"2"}}})")
                                << QStringLiteral(R"({"m":{"l":{"x":"1","z":"3"}}})")
                                << QStringLiteral(R"({"m":{"l":{"y":null,"z":"3"}}})")
                                << QStringList { QStringLiteral("/m/l/y"), QStringLiteral("/m/l/z") };
        QTest::newRow("list is one path")
            << QStringLiteral(R"({"c":[{"n":"a","i":"1"},{"n":"b"}]})")
            << QStringLiteral(R"({"c":[{"n":"a","i":"2"},{"n":"b"}]})")
            << QStringLiteral(R"({"c":[{"n":"a","i":"2"},{"n":"b"}]})") << QStringList { QStringLiteral("/c") };
        QTest::newRow("map became scalar") << QStringLiteral(R"({"a":{"b":1}})") << QStringLiteral(R"({"a":"x"})")
                                           << QStringLiteral(R"({"a":"x"})") << QStringList { QStringLiteral("/a") };
        QTest::newRow("new map") << QStringLiteral(R"({"a":1})") << QStringLiteral(R"({"a":1,"m":{"k":"v","e":{}}})")
                                 << QStringLiteral(R"({"m":{"k":"v","e":{}}})")
                                 << QStringList { QStringLiteral("/m/e"), QStringLiteral("/m/k") };
        QTest::newRow("escaped key") << QStringLiteral(R"({"l":{"a/b":"1"}})")
                                     << QStringLiteral(R"({"l":{"a/b":"2","c~d":"3"}})")
                                     << QStringLiteral(R"({"l":{"a/b":"2","c~d":"3"}})")
                                     << QStringList { QStringLiteral("/l/a~1b"), QStringLiteral("/l/c~0d") };
    }

    void patchesWhatChanged()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, patch);
        QFETCH(QStringList, touched);
        const json a = json::parse(from.toStdString());
        const json b = json::parse(to.toStdString());
        const json made = MergePatch::create(a, b);
        QCOMPARE(QString::fromStdString(made.dump()), QString::fromStdString(json::parse(patch.toStdString()).dump()));
        QCOMPARE(MergePatch::touchedPaths(made), touched);
        // The server's reading of the patch gives back the edited object.
        QCOMPARE(QString::fromStdString(MergePatch::apply(a, made).dump()), QString::fromStdString(b.dump()));
    }

    void findsByPointer()
    {
        QCOMPARE(
            MergePatch::find(Shown, QStringLiteral("/metadata/labels/app.kubernetes.io~1name"))->get<std::string>(),
            std::string("web"));
        QCOMPARE(MergePatch::find(Shown, QStringLiteral("/spec/template/spec/containers/0/image"))->get<std::string>(),
            std::string("nginx:1.25"));
        QVERIFY(!MergePatch::find(Shown, QStringLiteral("/spec/template/spec/containers/1")));
        QVERIFY(!MergePatch::find(Shown, QStringLiteral("/spec/replicas/x")));
        QVERIFY(MergePatch::find(Shown, QString()) == &Shown);
    }

    void overlapIsFieldByField()
    {
        json live = Shown;
        live["metadata"]["labels"]["team"] = "a"; // someone labelled it
        live["status"]["replicas"] = 3;
        QVERIFY(!MergePatch::changedAt(Shown, live, QStringLiteral("/spec/replicas")));
        QVERIFY(!MergePatch::changedAt(Shown, live, QStringLiteral("/metadata/labels/app")));
        QVERIFY(MergePatch::changedAt(Shown, live, QStringLiteral("/metadata/labels/team")));
        live["spec"]["replicas"] = 5;
        QVERIFY(MergePatch::changedAt(Shown, live, QStringLiteral("/spec/replicas")));
        // A list is compared whole: another container's change meets mine.
        live["spec"]["template"]["spec"]["containers"].push_back({ { "name", "sidecar" } });
        QVERIFY(MergePatch::changedAt(Shown, live, QStringLiteral("/spec/template/spec/containers")));
        // A map on the way replaced by something else is a change too.
        json flat = Shown;
        flat["spec"]["template"] = "gone";
        QVERIFY(MergePatch::changedAt(Shown, flat, QStringLiteral("/spec/template/spec/containers")));
        // Absent on both sides is no change.
        QVERIFY(!MergePatch::changedAt(Shown, live, QStringLiteral("/spec/strategy/type")));
    }

    void editChangeThreeWay()
    {
        EditableText shown = EditableText::fromObject(Shown);
        QString edited = shown.text;
        edited.replace(QStringLiteral("replicas: 2\n  template"), QStringLiteral("replicas: 4\n  template"));
        edited.replace(QStringLiteral("nginx:1.25"), QStringLiteral("nginx:1.27"));
        const EditChange change = EditChange::compute(shown, edited);
        QVERIFY(!change.refusal);
        QCOMPARE(change.touchedPaths,
            (QStringList { QStringLiteral("/spec/replicas"), QStringLiteral("/spec/template/spec/containers") }));
        QVERIFY(change.ignoredPaths.isEmpty());
        QCOMPARE(change.patch["spec"]["replicas"].get<int>(), 4);
        QVERIFY(!change.patch.contains("status"));
        QVERIFY(!change.patch.contains("metadata"));

        json live = Shown;
        live["metadata"]["labels"]["team"] = "a";
        QList<ThreeWayField> fields = change.threeWay(shown.shownApiObject, EditableText::apiForm(live));
        QVERIFY(!EditChange::anyConflict(fields));

        live["spec"]["replicas"] = 7;
        fields = change.threeWay(shown.shownApiObject, EditableText::apiForm(live));
        QVERIFY(EditChange::anyConflict(fields));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0].path, QStringLiteral("/spec/replicas"));
        QVERIFY(fields[0].changedOnServer);
        QCOMPARE(fields[0].shown.get<int>(), 2);
        QCOMPARE(fields[0].live.get<int>(), 7);
        QCOMPARE(fields[0].mine.get<int>(), 4);
        QVERIFY(!fields[1].changedOnServer);
    }

    void neverSendsWhatIsHidden()
    {
        EditableText shown = EditableText::fromObject(Shown);
        QString edited = shown.text;
        edited.replace(QStringLiteral("resourceVersion: \"41\""), QStringLiteral("resourceVersion: \"1\""));
        edited.replace(QStringLiteral("status:\n  replicas: 2"), QStringLiteral("status:\n  replicas: 9"));
        QVERIFY(edited != shown.text);
        const EditChange change = EditChange::compute(shown, edited);
        QVERIFY(!change.refusal);
        QVERIFY(change.touchedPaths.isEmpty());
        QCOMPARE(change.ignoredPaths,
            (QStringList { QStringLiteral("/metadata/resourceVersion"), QStringLiteral("/status/replicas") }));
        // Removing the status block from the text deletes nothing either.
        const qsizetype status = shown.text.indexOf(QLatin1String("status:"));
        QVERIFY(EditChange::compute(shown, shown.text.left(status)).touchedPaths.isEmpty());
    }

    void preconditionsAndBadText()
    {
        EditableText shown = EditableText::fromObject(Shown);
        QString renamed = shown.text;
        renamed.replace(QStringLiteral("name: web\n  namespace"), QStringLiteral("name: web2\n  namespace"));
        EditChange change = EditChange::compute(shown, renamed);
        QVERIFY(change.refusal);
        QCOMPARE(change.refusal->kind, EditOutcome::Kind::PreconditionFailed);
        QCOMPARE(change.refusal->problems.value(0).field, QStringLiteral("metadata.name"));
        const int line = change.refusal->problems.value(0).line;
        QVERIFY(renamed.split(u'\n').value(line - 1).contains(QLatin1String("name: web2")));

        QString kind = shown.text;
        kind.replace(QStringLiteral("kind: Deployment"), QStringLiteral("kind: StatefulSet"));
        QCOMPARE(EditChange::compute(shown, kind).refusal->problems.value(0).field, QStringLiteral("kind"));

        change = EditChange::compute(shown, shown.text + QStringLiteral("spec: [\n"));
        QCOMPARE(change.refusal->kind, EditOutcome::Kind::Invalid);
        QVERIFY(change.refusal->problems.value(0).line > 0);
        change = EditChange::compute(shown, shown.text + QStringLiteral("kind: Deployment\n"));
        QCOMPARE(change.refusal->kind, EditOutcome::Kind::Invalid); // a key set twice
        QCOMPARE(EditChange::compute(shown, QStringLiteral("- a\n")).refusal->kind, EditOutcome::Kind::Invalid);
    }

    void secretRoundTrip()
    {
        const QByteArray binary("\x30\x82\x01\xff\x00\xfe", 6);
        json secret = { { "apiVersion", "v1" }, { "kind", "Secret" }, { "type", "Opaque" },
            { "metadata", { { "name", "db" }, { "namespace", "shop" } } },
            { "data",
                { { "password", QByteArray("s3cr\xc3\xa9t: yes").toBase64().toStdString() },
                    { "multi", QByteArray("line1\nline2\n").toBase64().toStdString() },
                    { "keystore", binary.toBase64().toStdString() }, { "empty", "" } } } };
        const EditableText shown = EditableText::fromObject(secret);
        QVERIFY(shown.secret);
        QCOMPARE(shown.binaryKeys, QStringList { QStringLiteral("keystore") });
        QVERIFY(shown.text.contains(QStringLiteral("stringData:")));
        QVERIFY(shown.text.contains(QStringLiteral("s3cr\u00e9t: yes")));
        QVERIFY(shown.text.contains(QStringLiteral("line1")));
        QVERIFY2(shown.text.contains(
                     QStringLiteral("keystore: ") + QString::fromLatin1(binary.toBase64()) + QStringLiteral(" # ")),
            qPrintable(shown.text));
        // Shown as it is: nothing to save, every value the same bytes.
        QVERIFY(EditChange::compute(shown, shown.text).touchedPaths.isEmpty());
        QCOMPARE(dumped(shown.shownApiObject["data"]), dumped(secret["data"]));

        QString edited = shown.text;
        edited.replace(QStringLiteral("s3cr\u00e9t: yes"), QStringLiteral("n\u00e9w"));
        edited.replace(QRegularExpression(QStringLiteral("\n  multi: [^\n]*\n(    [^\n]*\n)*")), QStringLiteral("\n"));
        edited.replace(QStringLiteral("stringData:\n"), QStringLiteral("stringData:\n  port: 5432\n"));
        const EditChange change = EditChange::compute(shown, edited);
        QVERIFY2(!change.refusal, qPrintable(edited));
        QCOMPARE(change.touchedPaths,
            (QStringList {
                QStringLiteral("/data/multi"), QStringLiteral("/data/password"), QStringLiteral("/data/port") }));
        QVERIFY(change.patch["data"]["multi"].is_null());
        QCOMPARE(
            dumped(change.patch["data"]["password"]), dumped(json(QByteArray("n\xc3\xa9w").toBase64().toStdString())));
        QCOMPARE(dumped(change.patch["data"]["port"]), dumped(json(QByteArray("5432").toBase64().toStdString())));
        QVERIFY(!change.patch.contains("stringData"));
        QVERIFY(!change.editedApi.contains("stringData"));
        QCOMPARE(dumped(change.editedApi["data"]["keystore"]), dumped(secret["data"]["keystore"]));
        QVERIFY(change.threeWay(shown.shownApiObject, shown.shownApiObject).value(0).secretValue);
    }

    void largeObjectIsQuick()
    {
        // A ConfigMap of 5,000 lines (about 1 MB): shown, then one line changed.
        json config = { { "apiVersion", "v1" }, { "kind", "ConfigMap" },
            { "metadata", { { "name", "big" }, { "namespace", "shop" } } } };
        QString body;
        for (int i = 0; i < 5000; ++i)
            body += QStringLiteral("line %1 of a large configuration file, long enough to matter here: %2\n")
                        .arg(i)
                        .arg(QString(120, u'x'));
        config["data"] = { { "app.conf", body.toStdString() }, { "other", "1" } };
        QElapsedTimer clock;
        clock.start();
        const EditableText shown = EditableText::fromObject(config);
        const qint64 showMs = clock.restart();
        QString edited = shown.text;
        edited.replace(QStringLiteral("line 2500 of"), QStringLiteral("line 2500 (changed) of"));
        const EditChange change = EditChange::compute(shown, edited);
        const qint64 changeMs = clock.elapsed();
        qInfo("%lld bytes: editable text %lld ms, change %lld ms", qint64(edited.toUtf8().size()), showMs, changeMs);
        QCOMPARE(change.touchedPaths, QStringList { QStringLiteral("/data/app.conf") });
        QVERIFY(showMs < 3000 && changeMs < 3000);
    }

    void secretTextTest()
    {
        QVERIFY(EditSecret::isText("plain\ttext\r\n"));
        QVERIFY(!EditSecret::isText(QByteArray("a\0b", 3)));
        QVERIFY(!EditSecret::isText("\xff\xfe"));
        QVERIFY(!EditSecret::isText("\xef\xbb\xbf"
                                    "bom"));
        // Base64 that is not the canonical spelling stays as written.
        const json odd = { { "apiVersion", "v1" }, { "kind", "Secret" }, { "data", { { "k", "YQ" } } } };
        QCOMPARE(EditSecret::decode(odd).binaryKeys, QStringList { QStringLiteral("k") });
    }
};

QTEST_GUILESS_MAIN(TestMergePatch)
#include "tst_mergepatch.moc"
