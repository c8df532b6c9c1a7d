// A Secret's values masked in the editor's text and mapped back: what is
// sent is always the real value or the user's own, never the mask. The
// texts are those EditableText makes of real Secrets (decoded stringData,
// base64 left in data with its note, a multi-line value as a literal block).

#include "editor/editabletext.h"
#include "editor/secretmask.h"
#include "editor/editsecret.h"
#include "yamlreader.h"

#include <QTest>

using namespace Kaji::Models;
using nlohmann::json;

namespace {

json secretObject()
{
    return {
        { "apiVersion", "v1" },
        { "kind", "Secret" },
        { "metadata", { { "name", "db" }, { "namespace", "shop" }, { "resourceVersion", "7" } } },
        { "type", "Opaque" },
        { "data",
            {
                { "password", QByteArray("hunter2").toBase64().toStdString() },
                { "user", QByteArray("admin").toBase64().toStdString() },
                { "cert", QByteArray("line one\nline two\n").toBase64().toStdString() },
                { "keystore", QByteArray("\x01\x02\xff\x00", 4).toBase64().toStdString() },
                { "a:b", QByteArray("colon key").toBase64().toStdString() },
            } },
    };
}

// The object as the API would receive it from `text`.
json apiOf(const QString &text)
{
    return EditableText::apiForm(Kaji::Kube::YamlReader::read(text.toUtf8()).value);
}

std::string dataValue(const json &object, const char *key)
{
    return object.at("data").value(key, std::string("<absent>"));
}

std::string base64(const char *text)
{
    return QByteArray(text).toBase64().toStdString();
}

QString replaceLine(const QString &text, const QString &startsWith, const QString &with)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(startsWith)) {
            line = with;
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace

class TestSecretMask : public QObject {
    Q_OBJECT

    EditableText m_shown = EditableText::fromObject(secretObject());

private Q_SLOTS:
    void masksEveryValueAndKeepsTheRestOfTheText()
    {
        SecretMask::Concealed concealed;
        const QString masked = SecretMask::conceal(m_shown.text, {}, concealed);
        for (const char *value : { "hunter2", "admin", "line one", "colon key" })
            QVERIFY2(!masked.contains(QLatin1String(value)), value);
        QVERIFY(!masked.contains(QString::fromStdString(base64("hunter2"))));
        QVERIFY(!masked.contains(QString::fromStdString(secretObject()["data"]["keystore"].get<std::string>())));
        QVERIFY(masked.contains(QStringLiteral("  password: ") + SecretMask::mask()));
        QVERIFY(masked.contains(QStringLiteral("name: db")));
        // The base64 note stays on the binary key's masked line.
        QVERIFY(masked.contains(QStringLiteral("  keystore: ") + SecretMask::mask() + QStringLiteral(" # base64")));
        QCOMPARE(concealed.lines.size(), 5);
        const auto entries = SecretMask::entries(masked);
        QCOMPARE(entries.size(), 5);
        for (const auto &entry : entries)
            QVERIFY2(entry.masked, qPrintable(entry.key));
        // Nothing edited: the text maps back to exactly what was shown.
        const SecretMask::Unmasked back = SecretMask::unmask(masked, concealed);
        QCOMPARE(back.text, m_shown.text);
        QVERIFY(back.unresolved.isEmpty());
        QCOMPARE(back.maskedLineOf.size(), m_shown.text.count(u'\n') + 1);
    }

    void keepsRevealedKeysShown()
    {
        SecretMask::Concealed concealed;
        const QString masked
            = SecretMask::conceal(m_shown.text, { QStringLiteral("stringData\nuser") }, concealed);
        QVERIFY(masked.contains(QLatin1String("user: admin")));
        QVERIFY(!masked.contains(QLatin1String("hunter2")));
        QCOMPARE(SecretMask::unmask(masked, concealed).text, m_shown.text);
    }

    void editOfAnotherKeyKeepsTheMaskedValues()
    {
        SecretMask::Concealed concealed;
        QString masked = SecretMask::conceal(m_shown.text, { QStringLiteral("stringData\nuser") }, concealed);
        masked.replace(QLatin1String("user: admin"), QLatin1String("user: root"));
        const json api = apiOf(SecretMask::unmask(masked, concealed).text);
        QCOMPARE(dataValue(api, "user"), base64("root"));
        QCOMPARE(dataValue(api, "password"), base64("hunter2"));
        QCOMPARE(dataValue(api, "cert"), base64("line one\nline two\n"));
        QCOMPARE(dataValue(api, "keystore"), secretObject()["data"]["keystore"].get<std::string>());
        QCOMPARE(dataValue(api, "a:b"), base64("colon key"));
    }

    void aMaskedValueTheUserReplacedIsTheUsers()
    {
        SecretMask::Concealed concealed;
        QString masked = SecretMask::conceal(m_shown.text, {}, concealed);
        masked = replaceLine(masked, QStringLiteral("  password:"), QStringLiteral("  password: s3cret"));
        masked = replaceLine(masked, QStringLiteral("  cert:"), QStringLiteral("  cert: |-\n    new\n    cert"));
        const SecretMask::Unmasked back = SecretMask::unmask(masked, concealed);
        QVERIFY(back.unresolved.isEmpty());
        const json api = apiOf(back.text);
        QCOMPARE(dataValue(api, "password"), base64("s3cret"));
        QCOMPARE(dataValue(api, "cert"), base64("new\ncert"));
        QCOMPARE(dataValue(api, "user"), base64("admin"));
    }

    void aDeletedKeyIsDeleted()
    {
        SecretMask::Concealed concealed;
        QString masked = SecretMask::conceal(m_shown.text, {}, concealed);
        QStringList lines = masked.split(u'\n');
        lines.removeIf([](const QString &line) {
            return line.startsWith(QLatin1String("  password:")) || line.startsWith(QLatin1String("  keystore:"));
        });
        const json api = apiOf(SecretMask::unmask(lines.join(u'\n'), concealed).text);
        QCOMPARE(dataValue(api, "password"), std::string("<absent>"));
        QCOMPARE(dataValue(api, "keystore"), std::string("<absent>"));
        QCOMPARE(dataValue(api, "user"), base64("admin"));
    }

    void aRenamedKeyKeepsItsValue()
    {
        SecretMask::Concealed concealed;
        QString masked = SecretMask::conceal(m_shown.text, {}, concealed);
        masked.replace(QStringLiteral("  password: ") + SecretMask::mask(),
            QStringLiteral("  db-password: ") + SecretMask::mask());
        masked.replace(QStringLiteral("  keystore: "), QStringLiteral("  store.p12: "));
        const SecretMask::Unmasked back = SecretMask::unmask(masked, concealed);
        QVERIFY(back.unresolved.isEmpty());
        const json api = apiOf(back.text);
        QCOMPARE(dataValue(api, "db-password"), base64("hunter2"));
        QCOMPARE(dataValue(api, "password"), std::string("<absent>"));
        QCOMPARE(dataValue(api, "store.p12"), secretObject()["data"]["keystore"].get<std::string>());
        QCOMPARE(dataValue(api, "keystore"), std::string("<absent>"));
    }

    void aMaskWithNothingBehindItIsUnresolved()
    {
        SecretMask::Concealed concealed;
        QString masked = SecretMask::conceal(m_shown.text, {}, concealed);
        // A masked line pasted under a new key while every key is still there.
        masked = replaceLine(masked, QStringLiteral("  user:"),
            QStringLiteral("  user: ") + SecretMask::mask() + QStringLiteral("\n  token: ") + SecretMask::mask());
        const SecretMask::Unmasked back = SecretMask::unmask(masked, concealed);
        QCOMPARE(back.unresolved, QStringList { QStringLiteral("token") });
        QVERIFY(back.text.contains(QStringLiteral("token: ") + SecretMask::mask()));
        // An already masked entry (a draft saved so) is not taken for a value.
        SecretMask::Concealed again;
        const QString remasked = SecretMask::conceal(back.text, {}, again);
        QVERIFY(!again.lines.contains(QStringLiteral("stringData\ntoken")));
        QCOMPARE(SecretMask::unmask(remasked, again).unresolved, QStringList { QStringLiteral("token") });
    }

    void linesMapBackToTheMaskedText()
    {
        SecretMask::Concealed concealed;
        const QString masked = SecretMask::conceal(m_shown.text, {}, concealed);
        const SecretMask::Unmasked back = SecretMask::unmask(masked, concealed);
        const QStringList real = back.text.split(u'\n');
        const QStringList shown = masked.split(u'\n');
        const int type = int(real.indexOf(QStringLiteral("type: Opaque")));
        QVERIFY(type > 0);
        QCOMPARE(shown.at(back.maskedLineOf.at(type)), QStringLiteral("type: Opaque"));
        // The second line of the multi-line value stands on its key's masked line.
        const int two = int(real.indexOf(QStringLiteral("    line two")));
        QVERIFY(two > 0);
        QVERIFY(shown.at(back.maskedLineOf.at(two)).startsWith(QLatin1String("  cert: ")));
    }

    void otherObjectsAndOtherMapsAreLeftAlone()
    {
        const QString configMap = QStringLiteral("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n");
        SecretMask::Concealed concealed;
        // The window conceals Secrets only; the functions themselves see
        // top-level data maps, so nested ones are never taken for values.
        const QString nested = QStringLiteral("spec:\n  data:\n    a: b\nmetadata:\n  name: x\n");
        QCOMPARE(SecretMask::conceal(nested, {}, concealed), nested);
        QVERIFY(concealed.isEmpty());
        QCOMPARE(SecretMask::entries(configMap).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretMask)
#include "tst_secretmask.moc"
