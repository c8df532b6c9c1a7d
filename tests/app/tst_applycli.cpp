// `kaji apply` and `kaji diff` against `kubectl apply --server-side` and
// `kubectl diff --server-side` on the real local cluster: kaji works in the
// namespace editor-test, kubectl in editor-test-kubectl, both with the same
// manifests (tests/data/apply/manifests), and what they store and show must
// agree. Both namespaces and the CRD widgets.editor-test.kaji.dev are
// deleted at the end.

#include "../samejson.h"
#include "clirun.h"
#include "yamlreader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using nlohmann::json;
using KajiCliTest::TextRun;
using KajiTest::sameJson;

namespace {

const QString Ns = QStringLiteral("editor-test");
const QString KubectlNs = QStringLiteral("editor-test-kubectl");
const QString Crd = QStringLiteral("widgets.editor-test.kaji.dev");

TextRun kaji(const QStringList &arguments)
{
    return KajiCliTest::runText(QStringLiteral(KAJI_EXECUTABLE), arguments);
}

TextRun kubectl(const QStringList &arguments)
{
    return KajiCliTest::runText(QStringLiteral("kubectl"), arguments);
}

// `kaji apply|diff -f FILE -n NS …`
TextRun kajiOn(const QString &command, const QString &file, const QString &ns, const QStringList &more = {})
{
    return kaji(QStringList{command, QStringLiteral("-f"), file, QStringLiteral("-n"), ns} + more);
}

// `kubectl apply|diff --server-side -f FILE -n NS …`
TextRun kubectlOn(const QString &command, const QString &file, const QString &ns, const QStringList &more = {})
{
    return kubectl(QStringList{command, QStringLiteral("--server-side"), QStringLiteral("-f"), file, QStringLiteral("-n"), ns} + more);
}

QString manifest(const char *name)
{
    return QStringLiteral(KAJI_TEST_DATA_DIR "/apply/manifests/") + QLatin1String(name);
}

json stored(const QString &kind, const QString &name, const QString &ns)
{
    const TextRun r = kubectl({QStringLiteral("get"), kind, name, QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json"),
                               QStringLiteral("--show-managed-fields")});
    return r.exitCode == 0 ? json::parse(r.out.toStdString()) : json();
}

// What two objects of the same manifest share wherever they were applied:
// no identity, no bookkeeping, no status the controllers keep writing.
json comparable(json object)
{
    if (!object.is_object())
        return object;
    object.erase("status");
    json &metadata = object["metadata"];
    for (const char *field : {"managedFields", "uid", "resourceVersion", "creationTimestamp", "namespace", "generation"})
        metadata.erase(field);
    if (metadata.contains("annotations")) {
        metadata["annotations"].erase("deployment.kubernetes.io/revision");
        if (metadata["annotations"].empty())
            metadata.erase("annotations");
    }
    return object;
}

QString dump(const json &j)
{
    return QString::fromStdString(j.dump(2));
}

// The first of `objects` (kind, name) that differs between the two
// namespaces, shown both ways; empty when all agree.
QString firstDifference(const QList<std::pair<QString, QString>> &objects)
{
    for (const auto &[kind, name] : objects) {
        const json mine = comparable(stored(kind, name, Ns));
        const json kubectls = comparable(stored(kind, name, KubectlNs));
        if (mine.is_null() || !sameJson(mine, kubectls))
            return kind + u'/' + name + u'\n' + dump(mine) + u'\n' + dump(kubectls);
    }
    return {};
}

// Each object's changed lines in `diff -u` output, comparable between the
// two tools: the object named without its namespace, quotes and the
// namespace's name left out, and the lines of identity and bookkeeping
// (uid, creationTimestamp, generation, resourceVersion) dropped: kubectl
// shows generation changes, Kaji leaves them out.
QMap<QString, QStringList> changes(const QString &diff)
{
    static const QRegularExpression header(QStringLiteral(R"(^diff -u -N \S+ \S*/(\S+)$)"));
    static const QRegularExpression noise(QStringLiteral(R"(^[-+]\s*(uid|creationTimestamp|generation|resourceVersion):)"));
    QMap<QString, QStringList> out;
    QString object;
    for (QString line : diff.split(u'\n')) {
        if (const QRegularExpressionMatch m = header.match(line); m.hasMatch()) {
            object = m.captured(1).replace(QLatin1String(".") + KubectlNs + u'.', QLatin1String(".")).replace(QLatin1String(".") + Ns + u'.', QLatin1String("."));
            continue;
        }
        if (line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("+++"))
            || !(line.startsWith(u'-') || line.startsWith(u'+')) || noise.match(line).hasMatch())
            continue;
        line.remove(u'"').remove(u'\'').replace(KubectlNs, Ns);
        out[object] << line;
    }
    for (QStringList &lines : out)
        lines.sort();
    return out;
}

// kubectl prints several objects as JSON one after the other.
QList<json> jsonStream(const QString &text)
{
    QList<json> out;
    const std::string s = text.toStdString();
    int depth = 0;
    bool inString = false;
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            if (depth++ == 0)
                start = i;
        } else if (c == '}' && --depth == 0) {
            out << json::parse(s.substr(start, i + 1 - start));
        }
    }
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(text);
    return file.fileName();
}

} // namespace

#define COMPARE_JSON(actual, expected) \
    QVERIFY2((actual) == (expected), qPrintable(QString::fromStdString(json(actual).dump() + " != " + json(expected).dump())))

class TestApplyCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KAJI_TEST_KUBECONFIG"),
                 "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
        QVERIFY(m_dir.isValid());
        removeTestObjects(true);
        for (const QString &ns : {Ns, KubectlNs})
            QCOMPARE(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), ns}).exitCode, 0);
    }

    void cleanupTestCase() { removeTestObjects(false); }

    // One kaji apply creates a CRD and its custom resource although the
    // resource comes first in the file; a second one changes nothing.
    void baseAppliesInOneGo()
    {
        const TextRun first = kajiOn(QStringLiteral("apply"), manifest("base.yaml"), Ns);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.out, QStringLiteral("customresourcedefinition.apiextensions.k8s.io/widgets.editor-test.kaji.dev serverside-applied\n"
                                           "widget.editor-test.kaji.dev/gear serverside-applied\n"
                                           "configmap/settings serverside-applied\n"
                                           "deployment.apps/web serverside-applied\n"
                                           "secret/credentials serverside-applied\n"));
        const TextRun again = kajiOn(QStringLiteral("apply"), manifest("base.yaml"), Ns);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QString(first.out).replace(QLatin1String("serverside-applied"), QLatin1String("unchanged")));
        // kubectl cannot map the resource before its CRD exists; now it does.
        const TextRun theirs = kubectlOn(QStringLiteral("apply"), manifest("base.yaml"), KubectlNs);
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        const QString difference = firstDifference(baseObjects());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void diffShowsWhatKubectlDiffShows()
    {
        // Controllers keep writing status: a write between a tool's read
        // and its dry run shows as a change once, not again.
        TextRun ours, theirs;
        QMap<QString, QStringList> ourChanges, theirChanges;
        for (int attempt = 0; attempt < 3 && (attempt == 0 || ourChanges != theirChanges); ++attempt) {
            ours = kajiOn(QStringLiteral("diff"), manifest("changed.yaml"), Ns);
            theirs = kubectlOn(QStringLiteral("diff"), manifest("changed.yaml"), KubectlNs);
            ourChanges = changes(ours.out);
            theirChanges = changes(theirs.out);
        }
        QVERIFY2(ours.exitCode == 1, qPrintable(ours.err));
        QVERIFY2(theirs.exitCode == 1, qPrintable(theirs.err));
        QCOMPARE(ourChanges.keys(), theirChanges.keys());
        for (auto it = ourChanges.cbegin(); it != ourChanges.cend(); ++it)
            QCOMPARE(it.value(), theirChanges.value(it.key()));
        QCOMPARE(ourChanges.size(), 6);
        QVERIFY(ourChanges.value(QStringLiteral("v1.Secret.credentials")).contains(QStringLiteral("+  password: *** (after)")));
        QVERIFY(!ours.out.contains(QLatin1String("aHVudGVy"))); // base64 of "hunter"
        QVERIFY(!ours.out.contains(QLatin1String("generation")));
    }

    void applyStoresWhatKubectlStores()
    {
        const TextRun ours = kajiOn(QStringLiteral("apply"), manifest("changed.yaml"), Ns);
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        QCOMPARE(ours.out, QStringLiteral("configmap/settings serverside-applied\n"
                                          "deployment.apps/web serverside-applied\n"
                                          "secret/credentials serverside-applied\n"
                                          "widget.editor-test.kaji.dev/gear serverside-applied\n"
                                          "widget.editor-test.kaji.dev/sprocket serverside-applied\n"
                                          "configmap/fresh serverside-applied\n"));
        const TextRun theirs = kubectlOn(QStringLiteral("apply"), manifest("changed.yaml"), KubectlNs);
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QList<std::pair<QString, QString>> objects = baseObjects();
        objects << std::pair(Crd, QStringLiteral("sprocket")) << std::pair(QStringLiteral("configmaps"), QStringLiteral("fresh"));
        const QString difference = firstDifference(objects);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(!stored(QStringLiteral("configmap"), QStringLiteral("settings"), Ns)["data"].contains("obsolete"));
        // Nothing is left to change.
        TextRun after;
        for (int attempt = 0; attempt < 5 && (attempt == 0 || after.exitCode == 1); ++attempt) {
            if (attempt > 0)
                QTest::qWait(1000); // a status write between read and dry run
            after = kajiOn(QStringLiteral("diff"), manifest("changed.yaml"), Ns);
        }
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, QString());
    }

    void trickyStringsStoredAlike()
    {
        QCOMPARE(kajiOn(QStringLiteral("apply"), manifest("tricky-strings.yaml"), Ns).exitCode, 0);
        QCOMPARE(kubectlOn(QStringLiteral("apply"), manifest("tricky-strings.yaml"), KubectlNs).exitCode, 0);
        const json mine = stored(QStringLiteral("configmap"), QStringLiteral("tricky"), Ns);
        const json kubectls = stored(QStringLiteral("configmap"), QStringLiteral("tricky"), KubectlNs);
        QVERIFY2(sameJson(comparable(mine), comparable(kubectls)), qPrintable(dump(mine) + u'\n' + dump(kubectls)));
        COMPARE_JSON(mine["metadata"]["labels"]["true"], json("yes"));
        COMPARE_JSON(mine["data"]["true"], json("1"));
        COMPARE_JSON(mine["data"]["1000"], json("thousand"));
        COMPARE_JSON(mine["data"]["16"], json("sixteen"));
        COMPARE_JSON(mine["data"]["octal"], json("0755"));
        COMPARE_JSON(mine["data"]["sexagesimal"], json("1:30"));
        COMPARE_JSON(mine["data"]["multiline"], json("line one\nyes\n"));

        // Kaji's YAML of them, read by kubectl, gives them back.
        const TextRun yaml = kaji({QStringLiteral("get"), QStringLiteral("configmaps"), QStringLiteral("-n"), Ns, QStringLiteral("-o"), QStringLiteral("yaml")});
        QCOMPARE(yaml.exitCode, 0);
        QVERIFY(yaml.out.contains(QLatin1String("octal: \"0755\"")));
        const TextRun read = kubectl({QStringLiteral("create"), QStringLiteral("--dry-run=client"), QStringLiteral("-o"), QStringLiteral("json"),
                                      QStringLiteral("-f"), writeFile(m_dir, QStringLiteral("kaji-get.yaml"), yaml.out.toUtf8())});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        bool found = false;
        for (const json &item : jsonStream(read.out)) {
            if (item["metadata"]["name"] != "tricky")
                continue;
            found = true;
            QVERIFY2(item["data"] == mine["data"], qPrintable(dump(item["data"])));
            QVERIFY(item["metadata"]["labels"] == mine["metadata"]["labels"]);
            QVERIFY(item["metadata"]["annotations"] == mine["metadata"]["annotations"]);
        }
        QVERIFY(found);
    }

    // Unquoted, these are no strings: the server refuses them in a string
    // field, whoever sends them; those that are strings after all are
    // stored alike.
    void unquotedScalarsInStringFields_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("accepted");
        for (const char *refused : {"yes", "on", "Off", "0755", "1e3", "true", "12", "0x1F"})
            QTest::newRow(refused) << QByteArray(refused) << false;
        for (const char *accepted : {"~", "1:30", "2001-12-14", "0x", "yEs", "<<"})
            QTest::newRow(accepted) << QByteArray(accepted) << true;
    }

    void unquotedScalarsInStringFields()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, accepted);
        static int row = 0;
        const QString name = QStringLiteral("scalar-%1").arg(++row);
        const QString file = writeFile(m_dir, name + QStringLiteral(".yaml"),
                                       "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name.toUtf8() + "\ndata:\n  k: " + value + '\n');
        const TextRun ours = kajiOn(QStringLiteral("apply"), file, Ns);
        const TextRun theirs = kubectlOn(QStringLiteral("apply"), file, KubectlNs);
        QCOMPARE(ours.exitCode == 0, accepted);
        QCOMPARE(theirs.exitCode == 0, accepted);
        const json mine = stored(QStringLiteral("configmap"), name, Ns);
        const json kubectls = stored(QStringLiteral("configmap"), name, KubectlNs);
        if (!accepted) {
            QVERIFY(mine.is_null() && kubectls.is_null());
            QVERIFY2(ours.err.contains(QStringLiteral(".data.k: expected string")), qPrintable(ours.err));
            QVERIFY2(ours.err.contains(file + QStringLiteral(":6:3")), qPrintable(ours.err));
            return;
        }
        QVERIFY(sameJson(mine["data"], kubectls["data"]));
    }

    // Where any type may go, what both ends store is what Kaji's reader
    // says the YAML means.
    void scalarsReadAsTheServerReadsThem()
    {
        QCOMPARE(kajiOn(QStringLiteral("apply"), manifest("tricky-scalars.yaml"), Ns).exitCode, 0);
        QCOMPARE(kubectlOn(QStringLiteral("apply"), manifest("tricky-scalars.yaml"), KubectlNs).exitCode, 0);
        const json mine = stored(Crd, QStringLiteral("scalars"), Ns);
        const json kubectls = stored(Crd, QStringLiteral("scalars"), KubectlNs);
        QVERIFY2(sameJson(mine["spec"], kubectls["spec"]), qPrintable(dump(mine["spec"]) + u'\n' + dump(kubectls["spec"])));
        QFile file(manifest("tricky-scalars.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Kaji::Kube::YamlReadResult read = Kaji::Kube::YamlReader::read(file.readAll());
        QVERIFY(read.ok());
        QVERIFY2(sameJson(read.value["spec"], mine["spec"]), qPrintable(dump(read.value["spec"]) + u'\n' + dump(mine["spec"])));
        COMPARE_JSON(mine["spec"]["octal"], json(493));
        COMPARE_JSON(mine["spec"]["true"], json("key was yes"));
        COMPARE_JSON(mine["spec"]["1e+06"], json("float key"));
    }

    void conflictWithAnotherManager()
    {
        const QString theirs = writeFile(m_dir, QStringLiteral("other.yaml"),
                                         "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\ndata:\n  owner: other\n  note: theirs\n");
        QCOMPARE(kubectlOn(QStringLiteral("apply"), theirs, Ns, {QStringLiteral("--field-manager=other")}).exitCode, 0);
        const QString mine = writeFile(m_dir, QStringLiteral("mine.yaml"),
                                       "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\ndata:\n  owner: kaji\n");
        const TextRun refused = kajiOn(QStringLiteral("apply"), mine, Ns);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("1 field belongs to another field manager")), qPrintable(refused.err));
        QVERIFY2(QRegularExpression(QStringLiteral(R"(\.data\.owner\s+other\s+\S*mine\.yaml:6:3)")).match(refused.err).hasMatch(),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("--force-conflicts")));
        COMPARE_JSON(stored(QStringLiteral("configmap"), QStringLiteral("shared"), Ns)["data"]["owner"], json("other"));
        // The preview refuses alike, and with force shows the change.
        QCOMPARE(kajiOn(QStringLiteral("diff"), mine, Ns).exitCode, 2);
        const TextRun preview = kajiOn(QStringLiteral("diff"), mine, Ns, {QStringLiteral("--force-conflicts")});
        QCOMPARE(preview.exitCode, 1);
        QVERIFY2(preview.out.contains(QStringLiteral("\n-  owner: other\n+  owner: kaji\n")), qPrintable(preview.out));

        const TextRun forced = kajiOn(QStringLiteral("apply"), mine, Ns, {QStringLiteral("--force-conflicts")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(forced.out, QStringLiteral("configmap/shared serverside-applied\n"));
        const json shared = stored(QStringLiteral("configmap"), QStringLiteral("shared"), Ns);
        COMPARE_JSON(shared["data"]["owner"], json("kaji"));
        COMPARE_JSON(shared["data"]["note"], json("theirs"));
        QVERIFY(shared["metadata"].contains("managedFields"));
        for (const json &entry : shared["metadata"]["managedFields"]) {
            const bool ownsOwner = entry["fieldsV1"].dump().find("f:owner") != std::string::npos;
            QCOMPARE(ownsOwner, entry["manager"] == "kaji");
        }
    }

    // A key a << merge sets and the mapping sets again reaches the server
    // as text, whose Strict decoding refuses it; Kaji says so before
    // sending, at the line. kubectl resolves the merge itself and sends
    // JSON, so the later value silently wins there.
    void keysSetTwiceRefusedBeforeSending()
    {
        const QString file = writeFile(m_dir, QStringLiteral("twice.yaml"),
                                       "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: twice\n  labels: &l {a: x}\n"
                                       "data:\n  <<: *l\n  a: y\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: twice-b\n"
                                       "data:\n  k: one\n  k: two\n");
        const TextRun r = kajiOn(QStringLiteral("apply"), file, Ns);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(file + QStringLiteral(":8:3: the key \"a\" is set twice in this mapping, once by a << merge")), qPrintable(r.err));
        QVERIFY2(r.err.contains(file + QStringLiteral(":16:3: the key \"k\" is repeated (first at line 15)")), qPrintable(r.err));
        QVERIFY(stored(QStringLiteral("configmap"), QStringLiteral("twice"), Ns).is_null());
    }

    void serverErrorsPointAtLines()
    {
        const QString file = writeFile(m_dir, QStringLiteral("broken.yaml"),
                                       "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken\nspec:\n  replics: 2\n"
                                       "  selector: {matchLabels: {app: broken}}\n  template:\n    metadata: {labels: {app: broken}}\n"
                                       "    spec:\n      containers: [{name: c, image: busybox}]\n---\n"
                                       "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: invalid\nspec:\n  replicas: -1\n"
                                       "  selector: {matchLabels: {app: invalid}}\n  template:\n    metadata: {labels: {app: invalid}}\n"
                                       "    spec:\n      containers: [{name: c, image: busybox}]\n");
        const TextRun r = kajiOn(QStringLiteral("apply"), file, Ns, {QStringLiteral("--dry-run=server")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(":6:3: .spec.replics: field not declared in schema")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Error from server (Invalid): ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(file + QStringLiteral(":18:3: spec.replicas: Invalid value: -1")), qPrintable(r.err));
        // A dry run creates nothing.
        QVERIFY(stored(QStringLiteral("deployment"), QStringLiteral("broken"), Ns).is_null());
    }

    // The server's Warning headers reach the user as kubectl prints them.
    void serverWarningsArePrinted()
    {
        const QString file = writeFile(m_dir, QStringLiteral("warned.yaml"),
                                       "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: warned}\nspec:\n"
                                       "  selector: {matchLabels: {app: warned}}\n  template:\n    metadata: {labels: {app: warned}}\n"
                                       "    spec:\n      nodeSelector: {beta.kubernetes.io/arch: amd64}\n"
                                       "      containers: [{name: c, image: busybox}]\n");
        const TextRun r = kajiOn(QStringLiteral("apply"), file, Ns, {QStringLiteral("--dry-run=server")});
        QCOMPARE(r.exitCode, 0);
        const TextRun k = kubectlOn(QStringLiteral("apply"), file, Ns, {QStringLiteral("--dry-run=server")});
        const QString line = QStringLiteral("Warning: spec.template.spec.nodeSelector[beta.kubernetes.io/arch]: deprecated since v1.14; "
                                            "use \"kubernetes.io/arch\" instead\n");
        QVERIFY2(k.err.contains(line), qPrintable(k.err));
        QVERIFY2(r.err.contains(line), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("deployment.apps/warned serverside-applied (server dry run)")), qPrintable(r.out));
    }

    void kindsTheServerDoesNotServe()
    {
        const QString file = writeFile(m_dir, QStringLiteral("unknown.yaml"),
                                       "apiVersion: apps/v1beta1\nkind: Deployment\nmetadata: {name: old}\n---\n"
                                       "apiVersion: editor-test.kaji.dev/v1\nkind: Gizmo\nmetadata: {name: g}\n");
        const TextRun r = kajiOn(QStringLiteral("apply"), file, Ns, {QStringLiteral("--dry-run=server")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(":1:1: deployment.apps/old: no matches for kind \"Deployment\" in version \"apps/v1beta1\"\n")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(file + QStringLiteral(":5:1: gizmo.editor-test.kaji.dev/g: no matches for kind \"Gizmo\" in version "
                                                      "\"editor-test.kaji.dev/v1\": is its CustomResourceDefinition installed?")),
                 qPrintable(r.err));
    }

private:
    static QList<std::pair<QString, QString>> baseObjects()
    {
        return {{QStringLiteral("configmaps"), QStringLiteral("settings")}, {QStringLiteral("deployments"), QStringLiteral("web")},
                {QStringLiteral("secrets"), QStringLiteral("credentials")}, {Crd, QStringLiteral("gear")}};
    }

    static void removeTestObjects(bool wait)
    {
        const QString waitFlag = wait ? QStringLiteral("--wait=true") : QStringLiteral("--wait=false");
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), Ns, KubectlNs, QStringLiteral("--ignore-not-found"), waitFlag,
                 QStringLiteral("--timeout=50s")});
        kubectl({QStringLiteral("delete"), QStringLiteral("crd"), Crd, QStringLiteral("--ignore-not-found"), waitFlag,
                 QStringLiteral("--timeout=50s")});
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestApplyCli)
#include "tst_applycli.moc"
