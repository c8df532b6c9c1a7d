// Fails when any user-visible string lacks a finished Japanese translation:
// lupdate scans the sources afresh and every message it finds must be
// translated in translations/kaji_ja.ts.

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QStringList translations; // one per numerus form, or just one
    bool finished = false;
};

// Keyed by "context\x1fsource\x1fcomment", as lupdate identifies messages.
using Catalog = QMap<QString, Message>;

Catalog readTs(const QString &path, QString *error)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Message message;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                message = {};
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            }
            else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                message.finished = type.isEmpty();
                // Plural messages keep their forms in <numerusform> children.
                if (!numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                message.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalog.insert(context + u'\x1f' + source + u'\x1f' + comment, message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalog;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // lupdate reads string literals only: a context passed in a variable
    // (translate(context, "OK")) leaves its strings out of the catalogue, and
    // they stay English in every language without any other test noticing.
    void translateContextsAreLiterals()
    {
        const QRegularExpression call(QStringLiteral("::translate\\(\\s*([^\"\\s])"));
        QStringList offenders;
        for (const char *dir : {"app", "ui", "models", "kube"}) {
            QDirIterator it(QStringLiteral(KAJI_SOURCE_DIR "/") + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto match = call.globalMatch(text); match.hasNext();) {
                    const auto m = match.next();
                    offenders << QStringLiteral("%1:%2").arg(it.filePath()).arg(text.left(m.capturedStart()).count(u'\n') + 1);
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }

    void japaneseIsComplete()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ja.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(KAJI_SOURCE_DIR));
        lupdate.start(QStringLiteral(KAJI_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("app"),
                       QStringLiteral("ui"), QStringLiteral("models"), QStringLiteral("kube"), QStringLiteral("-ts"),
                       fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        const Catalog sources = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Catalog japanese = readTs(QStringLiteral(KAJI_SOURCE_DIR "/translations/kaji_ja.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(sources.size() > 20, "lupdate found almost no strings: is the scan broken?");
        QStringList missing, unfinished;
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            const QString readable = QString(it.key()).replace(u'\x1f', QStringLiteral(" | "));
            const auto found = japanese.constFind(it.key());
            if (found == japanese.cend())
                missing << readable;
            else if (!found->finished || found->translations.isEmpty()
                     || std::any_of(found->translations.cbegin(), found->translations.cend(),
                                    [](const QString &t) { return t.trimmed().isEmpty(); }))
                unfinished << readable;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in kaji_ja.ts (run scripts/update-translations.sh):\n")
                            + missing.join(u'\n')));
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("unfinished in kaji_ja.ts:\n") + unfinished.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
