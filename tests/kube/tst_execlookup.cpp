// Exec plugins are found the way a terminal finds them: in our PATH, then in
// the login shell's PATH (which desktop launchers do not pass on), and a
// missing one is reported with its command, context and install hint.

#include "execcredentialprovider.h"
#include "executablelookup.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji::Kube;

namespace {

void writeExecutable(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestExecLookup : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("shell-bin"));
        // A plugin only the login shell knows about.
        writeExecutable(m_dir.filePath(QStringLiteral("shell-bin/kaji-test-plugin")),
                        "#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\","
                        "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t0k\","
                        "\"expirationTimestamp\":\"2999-01-01T00:00:00Z\"}}'\n");
        // A "login shell" whose profile sets PATH and prints a banner first.
        writeExecutable(m_dir.filePath(QStringLiteral("fake-shell")),
                        "#!/bin/sh\necho 'Welcome banner'\nPATH=\"" + m_dir.filePath(QStringLiteral("shell-bin")).toUtf8()
                            + ":$PATH\"\nexport PATH\nshift 2\neval \"$1\"\n");
        qputenv("SHELL", m_dir.filePath(QStringLiteral("fake-shell")).toLocal8Bit());
    }

    void findsPluginInLoginShellPath()
    {
        QVERIFY(QStandardPaths::findExecutable(QStringLiteral("kaji-test-plugin")).isEmpty());
        QCOMPARE(ExecutableLookup::find(QStringLiteral("kaji-test-plugin")),
                 m_dir.filePath(QStringLiteral("shell-bin/kaji-test-plugin")));
        QVERIFY(ExecutableLookup::mergedPath().contains(m_dir.filePath(QStringLiteral("shell-bin"))));
    }

    void pluginFromLoginShellPathRunsAndIsCached()
    {
        ExecConfig exec;
        exec.command = QStringLiteral("kaji-test-plugin");
        ExecCredentialProvider provider(QStringLiteral("ctx"), exec, ClusterEntry{});
        for (int i = 0; i < 3; ++i) {
            auto result = provider.credential();
            QVERIFY2(std::holds_alternative<ExecCredential>(result),
                     qPrintable(std::get_if<QString>(&result) ? *std::get_if<QString>(&result) : QString()));
            QCOMPARE(std::get<ExecCredential>(result).token, QStringLiteral("t0k"));
        }
        QCOMPARE(provider.runCount(), 1);
        provider.invalidate();
        QVERIFY(std::holds_alternative<ExecCredential>(provider.credential()));
        QCOMPARE(provider.runCount(), 2);
    }

    void missingPluginNamesCommandContextAndHint()
    {
        ExecConfig exec;
        exec.command = QStringLiteral("aws-not-installed-here");
        exec.installHint = QStringLiteral("Install the AWS CLI: see your platform's package manager");
        ExecCredentialProvider provider(QStringLiteral("prod-eks"), exec, ClusterEntry{});
        const auto result = provider.credential();
        const QString *message = std::get_if<QString>(&result);
        QVERIFY(message);
        QVERIFY2(message->contains(QStringLiteral("\"aws-not-installed-here\"")), qPrintable(*message));
        QVERIFY(message->contains(QStringLiteral("\"prod-eks\"")));
        QVERIFY(message->contains(exec.installHint));
        QCOMPARE(provider.runCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExecLookup)
#include "tst_execlookup.moc"
