// The text the manifest editor shows for a live object: no managedFields,
// the status block last with its line range, the server-owned metadata
// lines marked, and a text that reads back as the object it came from.

#include "editor/editabletext.h"

#include "yamlreader.h"

#include <QTest>

using namespace Kaji::Models;
using nlohmann::json;

// json compared as its text: QCOMPARE cannot take json itself.
inline QString dumped(const nlohmann::json &value)
{
    return QString::fromStdString(value.dump());
}

namespace {

json deployment()
{
    return json::parse(R"({
      "apiVersion": "apps/v1", "kind": "Deployment",
      "metadata": {
        "name": "web", "namespace": "shop", "uid": "0d9c", "resourceVersion": "1234", "generation": 3,
        "creationTimestamp": "2026-01-01T00:00:00Z", "selfLink": "/apis/apps/v1/namespaces/shop/deployments/web",
        "labels": {"app": "web", "on": "true"},
        "managedFields": [{"manager": "kubectl", "operation": "Update", "fieldsV1": {"f:spec": {}}}]
      },
      "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}}},
      "status": {"replicas": 2, "conditions": [{"type": "Available", "status": "True"}]},
      "zeta": {"sortsAfter": "status"}
    })");
}

QStringList lines(const QString &text)
{
    QStringList out = text.split(u'\n');
    if (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestEditableText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void managedFieldsGone()
    {
        const EditableText shown = EditableText::fromObject(deployment());
        QVERIFY(!shown.text.contains(QLatin1String("managedFields")));
        QVERIFY(!shown.text.contains(QLatin1String("manager")));
        QVERIFY(!shown.shownObject["metadata"].contains("managedFields"));
        QCOMPARE(shown.resourceVersion, QStringLiteral("1234"));
    }

    void statusLastAndItsRange()
    {
        const EditableText shown = EditableText::fromObject(deployment());
        const QStringList all = lines(shown.text);
        QVERIFY(shown.statusFirstLine > 0);
        QCOMPARE(all.value(shown.statusFirstLine - 1), QStringLiteral("status:"));
        QCOMPARE(shown.statusLastLine, int(all.size()));
        // Everything in the range is the status; nothing of it before.
        for (int i = shown.statusFirstLine; i < shown.statusLastLine; ++i)
            QVERIFY2(all[i].startsWith(u' ') || all[i].startsWith(u'-'), qPrintable(all[i]));
        QVERIFY(all.indexOf(QStringLiteral("zeta:")) < shown.statusFirstLine - 1);
        // The text still reads as the object, status included.
        json expected = deployment();
        expected["metadata"].erase("managedFields");
        QCOMPARE(dumped(Kaji::Kube::YamlReader::read(shown.text.toUtf8()).value), dumped(expected));
        QCOMPARE(dumped(shown.shownObject), dumped(expected));
    }

    void noStatusNoRange()
    {
        json config = { { "apiVersion", "v1" }, { "kind", "ConfigMap" }, { "metadata", { { "name", "c" } } },
            { "data", { { "k", "v" } } } };
        const EditableText shown = EditableText::fromObject(config);
        QCOMPARE(shown.statusFirstLine, 0);
        QCOMPARE(shown.statusLastLine, 0);
        QVERIFY(shown.serverOwnedLines.isEmpty());
        QVERIFY(!shown.secret);
    }

    void serverOwnedLinesMarked()
    {
        const EditableText shown = EditableText::fromObject(deployment());
        const QStringList all = lines(shown.text);
        QCOMPARE(shown.serverOwnedLines.size(), 5);
        QStringList fields;
        for (int line : shown.serverOwnedLines)
            fields.append(all.value(line - 1).trimmed().section(u':', 0, 0));
        fields.sort();
        QCOMPARE(fields,
            (QStringList { QStringLiteral("creationTimestamp"), QStringLiteral("generation"),
                QStringLiteral("resourceVersion"), QStringLiteral("selfLink"), QStringLiteral("uid") }));
        QVERIFY(std::is_sorted(shown.serverOwnedLines.begin(), shown.serverOwnedLines.end()));
    }

    void apiFormSendsNothingHidden()
    {
        const json api = EditableText::apiForm(deployment());
        QVERIFY(!api.contains("status"));
        for (const char *field :
            { "managedFields", "resourceVersion", "uid", "generation", "creationTimestamp", "selfLink" })
            QVERIFY2(!api["metadata"].contains(field), field);
        QCOMPARE(dumped(api["metadata"]["labels"]["on"]),
            dumped(json("true"))); // a string that looks like a boolean stays one
        QCOMPARE(dumped(api["zeta"]), dumped(deployment()["zeta"]));
    }

    void oddInputDoesNotCrash()
    {
        QVERIFY(EditableText::fromObject(json()).text.isEmpty()
            || EditableText::fromObject(json()).text == QLatin1String("{}\n"));
        const EditableText array = EditableText::fromObject(json::array({ 1, 2 }));
        QCOMPARE(array.statusFirstLine, 0);
        const EditableText badSecret = EditableText::fromObject({ { "apiVersion", "v1" }, { "kind", "Secret" },
            { "data", { { "n", 5 }, { "bad", "%%%" } } }, { "status", nullptr } });
        QCOMPARE(badSecret.binaryKeys, (QStringList { QStringLiteral("bad"), QStringLiteral("n") }));
        QVERIFY(badSecret.statusFirstLine > 0);
    }
};

QTEST_GUILESS_MAIN(TestEditableText)
#include "tst_editabletext.moc"
