// The shell completions installed with the package offer exactly the
// commands `kaji --help` lists: a command added to the help without its
// completion (or a completion for a command that is gone) fails here.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QSet<QString> helpCommands()
{
    QProcess process;
    process.start(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("--help")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    const QString commands = help.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\nOptions:"), 0, 0);
    // A command starts a line after exactly two spaces; continuation lines
    // are indented further.
    static const QRegularExpression start(QStringLiteral("^  ([a-z][a-z-]*)"), QRegularExpression::MultilineOption);
    QSet<QString> names;
    for (auto it = start.globalMatch(commands); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

QString completion(const QString &name)
{
    QFile file(QStringLiteral(KAJI_SOURCE_DIR "/installer/linux/completion/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> wordsAfter(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
    const QStringList words = match.captured(1).split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(words.begin(), words.end());
}

} // namespace

class TestCompletions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpListsTheCommands()
    {
        const QSet<QString> commands = helpCommands();
        QVERIFY(commands.contains(QStringLiteral("get")));
        QVERIFY(commands.contains(QStringLiteral("port-forward")));
        QVERIFY(commands.contains(QStringLiteral("top")));
        QVERIFY(commands.contains(QStringLiteral("exec")));
        QVERIFY(commands.contains(QStringLiteral("attach")));
        QCOMPARE(commands.size(), 12);
    }

    void bashOffersEveryCommand()
    {
        const QString script = completion(QStringLiteral("kaji.bash"));
        QVERIFY(!script.isEmpty());
        const QSet<QString> commands = helpCommands();
        QCOMPARE(wordsAfter(script, QStringLiteral("local commands=\"([^\"]*)\"")), commands);
        // Every command but version takes options: each has a case of its own.
        for (const QString &command : commands) {
            if (command != QLatin1String("version"))
                QVERIFY2(script.contains(QStringLiteral("\n    %1)").arg(command)), qPrintable(command));
        }
    }

    void zshOffersEveryCommand()
    {
        const QString script = completion(QStringLiteral("_kaji"));
        QVERIFY(script.startsWith(QStringLiteral("#compdef kaji\n")));
        const QSet<QString> commands = helpCommands();
        QCOMPARE(wordsAfter(script, QStringLiteral("# kaji-commands: ([^\n]*)")), commands);
        QSet<QString> described;
        static const QRegularExpression entry(QStringLiteral("^        '([a-z-]+):"), QRegularExpression::MultilineOption);
        for (auto it = entry.globalMatch(script); it.hasNext();)
            described.insert(it.next().captured(1));
        QCOMPARE(described, commands);
        for (const QString &command : commands) {
            if (command != QLatin1String("version"))
                QVERIFY2(script.contains(QStringLiteral("\n    %1)").arg(command)), qPrintable(command));
        }
    }
};

QTEST_GUILESS_MAIN(TestCompletions)
#include "tst_completions.moc"
