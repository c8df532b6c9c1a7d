// Manifest files as kubectl -f reads them: split where Kubernetes' own
// stream reader splits, empty documents skipped, Lists expanded; each
// document's fields mapped to lines so server errors can point at them.

#include "manifestreader.h"
#include "yamlstream.h"

#include <QTest>

using namespace Kaji::Kube;

class TestManifestReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitsAtSeparatorLines()
    {
        const YamlStreamSplit split = YamlStream::split("---\n"
                                                        "a: 1\n"
                                                        "--- # second\n"
                                                        "\n"
                                                        "---\n"
                                                        "# only a comment\n"
                                                        "---   \n"
                                                        "b: |\n"
                                                        "  ---\n"
                                                        " --- not a separator\n"
                                                        "---\r\n"
                                                        "c: 3");
        QVERIFY(!split.error);
        QCOMPARE(split.documents.size(), 5);
        QCOMPARE(split.documents[0].text, QByteArray("a: 1\n"));
        QCOMPARE(split.documents[0].firstLine, 2);
        QCOMPARE(split.documents[1].text, QByteArray("\n"));
        QCOMPARE(split.documents[1].firstLine, 4);
        QCOMPARE(split.documents[2].firstLine, 6);
        QCOMPARE(split.documents[3].text, QByteArray("b: |\n  ---\n --- not a separator\n"));
        QCOMPARE(split.documents[3].firstLine, 8);
        QCOMPARE(split.documents[4].text, QByteArray("c: 3"));
        QCOMPARE(split.documents[4].firstLine, 12);
    }

    void refusesSeparatorsWithContent_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("tag") << QByteArray("a: 1\n--- !tag\nb: 2\n") << 2 << 5;
        QTest::newRow("inline value") << QByteArray("--- {a: 1}\n") << 1 << 5;
        QTest::newRow("four dashes") << QByteArray("a: 1\n----\n") << 2 << 4;
    }

    void refusesSeparatorsWithContent()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const YamlStreamSplit split = YamlStream::split(text);
        QVERIFY(split.error);
        QCOMPARE(split.error->position, (YamlPosition{line, column}));
        // kubectl refuses the whole file; nothing of it is sent.
        const ManifestSet set = ManifestReader::read(text, QStringLiteral("f.yaml"));
        QVERIFY(set.documents.isEmpty());
        QCOMPARE(set.errors.size(), 1);
        QCOMPARE(set.errors[0].source, QStringLiteral("f.yaml"));
    }

    void documentsWithTheirTextAndLines()
    {
        const QByteArray text = "# a comment before anything\n"
                                "---\n"
                                "apiVersion: v1\n"
                                "kind: ConfigMap\n"
                                "metadata:\n"
                                "  name: one\n"
                                "  namespace: shop\n"
                                "data:\n"
                                "  enabled: \"true\"\n"
                                "---\n"
                                "---\n"
                                "apiVersion: apps/v1\n"
                                "kind: Deployment\n"
                                "metadata: {generateName: web-}\n";
        const ManifestSet set = ManifestReader::read(text, QStringLiteral("m.yaml"));
        QVERIFY(set.errors.isEmpty());
        QCOMPARE(set.documents.size(), 2);
        const ManifestDocument &cm = set.documents[0];
        QCOMPARE(cm.firstLine, 3);
        QCOMPARE(cm.body, text.mid(text.indexOf("apiVersion"), text.indexOf("---\n---") - text.indexOf("apiVersion")));
        QCOMPARE(cm.kind(), QStringLiteral("ConfigMap"));
        QCOMPARE(cm.group(), QString());
        QCOMPARE(cm.version(), QStringLiteral("v1"));
        QCOMPARE(cm.name(), QStringLiteral("one"));
        QCOMPARE(cm.namespaceName(), QStringLiteral("shop"));
        QCOMPARE(cm.positionOf(QStringLiteral("data[enabled]")), (YamlPosition{9, 3}));
        const ManifestDocument &deploy = set.documents[1];
        QCOMPARE(deploy.firstLine, 12);
        QCOMPARE(deploy.group(), QStringLiteral("apps"));
        QCOMPARE(deploy.version(), QStringLiteral("v1"));
        QCOMPARE(deploy.name(), QString());
        QCOMPARE(deploy.generateName(), QStringLiteral("web-"));
    }

    void listsExpandIntoTheirItems()
    {
        const QByteArray text = "apiVersion: v1\n"
                                "kind: List\n"
                                "items:\n"
                                "- apiVersion: v1\n"
                                "  kind: ConfigMap\n"
                                "  metadata:\n"
                                "    name: a\n"
                                "- apiVersion: v1\n"
                                "  kind: ServiceList\n"
                                "  items:\n"
                                "  - apiVersion: v1\n"
                                "    kind: Service\n"
                                "    metadata: {name: b}\n";
        const ManifestSet set = ManifestReader::read(text, QStringLiteral("list.yaml"));
        QVERIFY(set.errors.isEmpty());
        QCOMPARE(set.documents.size(), 2);
        QCOMPARE(set.documents[0].name(), QStringLiteral("a"));
        QCOMPARE(set.documents[0].firstLine, 4);
        QCOMPARE(set.documents[0].positionOf(QStringLiteral("metadata.name")), (YamlPosition{7, 5}));
        QCOMPARE(set.documents[1].kind(), QStringLiteral("Service"));
        QCOMPARE(set.documents[1].firstLine, 11);
        QCOMPARE(set.documents[1].positionOf(QStringLiteral(".metadata.name")), (YamlPosition{13, 16}));
        // An item goes to the server as JSON, which YAML reads the same.
        QVERIFY(nlohmann::json::parse(set.documents[0].body.toStdString()) == set.documents[0].object);
    }

    void documentsThatCannotBeSent()
    {
        const QByteArray text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: 1, k: 2}\n"
                                "---\n"
                                "- just\n- a list\n"
                                "---\n"
                                "metadata: {name: b}\n"
                                "---\n"
                                "a: [\n"
                                "---\n"
                                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\ndata: {k: yes}\n";
        const ManifestSet set = ManifestReader::read(text, QStringLiteral("bad.yaml"));
        QCOMPARE(set.documents.size(), 1);
        QCOMPARE(set.documents[0].name(), QStringLiteral("ok"));
        QCOMPARE(set.errors.size(), 4);
        QCOMPARE(set.errors[0].position, (YamlPosition{4, 14})); // the repeated key
        QCOMPARE(set.errors[1].position.line, 6); // not a mapping
        QCOMPARE(set.errors[2].position.line, 9);
        QVERIFY(set.errors[2].message.contains(QLatin1String("apiVersion, kind")));
        QCOMPARE(set.errors[3].position.line, 12); // where yaml-cpp notices the open sequence
        QCOMPARE(set.warnings.size(), 1);
        QCOMPARE(set.warnings[0].position, (YamlPosition{16, 11}));
    }

    void fieldPathsOfServerErrorsFindTheirLines_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("validation cause") << QStringLiteral("spec.template.spec.containers[0].image") << 15 << 9;
        QTest::newRow("apply conflict") << QStringLiteral(".spec.template.spec.containers[name=\"side\"].image") << 17 << 9;
        QTest::newRow("keyed by two fields") << QStringLiteral(".spec.template.spec.containers[name=\"web\"].ports[containerPort=80,protocol=\"TCP\"]") << 13 << 17;
        QTest::newRow("set member") << QStringLiteral(".metadata.finalizers[=\"example.com/x\"]") << 7 << 5;
        QTest::newRow("label with dots") << QStringLiteral(".metadata.labels.app.kubernetes.io/name") << 5 << 5;
        QTest::newRow("map key in brackets") << QStringLiteral("metadata.labels[app.kubernetes.io/name]") << 5 << 5;
        QTest::newRow("missing field: nearest parent") << QStringLiteral("spec.replics") << 8 << 1;
        QTest::newRow("index beyond the list") << QStringLiteral("spec.template.spec.containers[7].image") << 11 << 7;
        QTest::newRow("nothing known") << QStringLiteral("status") << 1 << 1;
    }

    void fieldPathsOfServerErrorsFindTheirLines()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        const QByteArray text = "apiVersion: apps/v1\n" // 1
                                "kind: Deployment\n"
                                "metadata:\n"
                                "  labels:\n"
                                "    app.kubernetes.io/name: web\n" // 5
                                "  finalizers:\n"
                                "  - example.com/x\n"
                                "spec:\n"
                                "  template:\n"
                                "    spec:\n" // 10
                                "      containers:\n"
                                "      - name: web\n"
                                "        ports: [{containerPort: 80, protocol: TCP}]\n"
                                "        # a comment line\n"
                                "        image: nginx\n" // 15
                                "      - name: side\n"
                                "        image: busybox\n";
        const ManifestSet set = ManifestReader::read(text, QStringLiteral("d.yaml"));
        QCOMPARE(set.documents.size(), 1);
        QCOMPARE(set.documents[0].positionOf(path), (YamlPosition{line, column}));
    }
};

QTEST_GUILESS_MAIN(TestManifestReader)
#include "tst_manifestreader.moc"
