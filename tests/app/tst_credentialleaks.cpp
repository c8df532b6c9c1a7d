// SECURITY.md's promise: with each credential kind of the local cluster (client certificate,
//   token, exec plugin) no command and no short window session writes the
//   token or the private key anywhere: stdout, stderr, or any file under its
//   HOME/XDG/TMPDIR (settings, drafts, caches, logs).
// Needs the local cluster; skips without it.

#include "kubeconfigloader.h"
#include "restconfig.h"
#include "clirun.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji;

namespace {

using KajiCliTest::Run;
using KajiCliTest::runWith;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString shortHash(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace

class TestCredentialLeaks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each credential kind, every command, then a short window session: the
    // secrets appear nowhere Kaji writes. The exec plugin is wrapped so the
    // test learns the tokens it handed out (they change on every run).
    void credentialsAreWrittenNowhere_data()
    {
        QTest::addColumn<QString>("context");
        QTest::newRow("client certificate") << QStringLiteral("kaji-admin");
        QTest::newRow("token") << QStringLiteral("kaji-restricted");
        QTest::newRow("exec plugin") << QStringLiteral("kaji-exec");
    }

    void credentialsAreWrittenNowhere()
    {
        QFETCH(QString, context);
        const QString clusterConfig = qEnvironmentVariable("KAJI_TEST_KUBECONFIG");
        if (clusterConfig.isEmpty())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: no local cluster");
        const Kube::KubeConfig config = Kube::KubeConfigLoader::load({clusterConfig});
        auto rest = Kube::restConfigFor(config, context);
        QVERIFY(std::holds_alternative<Kube::RestConfig>(rest));
        const Kube::UserEntry user = std::get<Kube::RestConfig>(rest).user;

        QTemporaryDir work;   // the test's own: kubeconfig override, captured tokens
        QTemporaryDir home;   // everything Kaji may write
        const QString capture = work.filePath(QStringLiteral("tokens"));
        QJsonObject override{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                             {QStringLiteral("kind"), QStringLiteral("Config")},
                             {QStringLiteral("current-context"), context}};
        if (user.exec) {
            const QString wrapper = work.filePath(QStringLiteral("plugin"));
            QVERIFY(writeFile(wrapper, "#!/bin/sh\n'" + user.exec->command.toUtf8() + "' \"$@\" | tee -a '"
                                           + capture.toUtf8() + "'\n"));
            QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QJsonArray env;
            for (const Kube::ExecEnvVar &var : user.exec->env)
                env.append(QJsonObject{{QStringLiteral("name"), var.name}, {QStringLiteral("value"), var.value}});
            const QJsonObject exec{{QStringLiteral("apiVersion"), user.exec->apiVersion},
                                   {QStringLiteral("command"), wrapper},
                                   {QStringLiteral("args"), QJsonArray::fromStringList(user.exec->args)},
                                   {QStringLiteral("env"), env}};
            override.insert(QStringLiteral("users"),
                            QJsonArray{QJsonObject{{QStringLiteral("name"), user.name},
                                                   {QStringLiteral("user"), QJsonObject{{QStringLiteral("exec"), exec}}}}});
        }
        const QString overrideFile = work.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(writeFile(overrideFile, QJsonDocument(override).toJson()));
        const QString manifest = work.filePath(QStringLiteral("cm.yaml"));
        QVERIFY(writeFile(manifest, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kaji-security-test\n"
                                    "  namespace: shop\ndata:\n  a: b\n"));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), overrideFile + QDir::listSeparator() + clusterConfig);
        env.insert(QStringLiteral("HOME"), home.path());
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("TMPDIR"), home.filePath(QStringLiteral("tmp")));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("tmp"))));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Debug output too, where a careless qDebug would show.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));

        const QString kaji = QStringLiteral(KAJI_EXECUTABLE);
        const QString pod = QString::fromUtf8(runWith(kaji, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                                                             QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("name")},
                                                      env).out)
                                .section(u'\n', 0, 0)
                                .trimmed();
        const QList<QStringList> commands = {
            {QStringLiteral("contexts")},
            {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A")},
            {QStringLiteral("get"), QStringLiteral("secrets"), QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("yaml")},
            {QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("json")},
            {QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("shop"), pod.isEmpty() ? QStringLiteral("nothing") : pod, QStringLiteral("--tail"), QStringLiteral("20")},
            {QStringLiteral("diagnose"), QStringLiteral("-n"), QStringLiteral("shop")},
            {QStringLiteral("top"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("shop")},
            {QStringLiteral("diff"), QStringLiteral("-f"), manifest},
            {QStringLiteral("apply"), QStringLiteral("-f"), manifest, QStringLiteral("--dry-run=server")},
            {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("--context"), QStringLiteral("kaji-unreachable")},
            {QStringLiteral("--screenshot"), home.filePath(QStringLiteral("window.png")), QStringLiteral("--screenshot-delay"), QStringLiteral("4000")},
        };
        QByteArray written;
        for (const QStringList &command : commands) {
            const Run r = runWith(kaji, command, env);
            qInfo("kaji %s: exit %d, %lld bytes out, %lld bytes err", qPrintable(command.first()), r.exitCode,
                  qint64(r.out.size()), qint64(r.err.size()));
            QVERIFY2(r.exitCode >= 0, qPrintable(QStringLiteral("did not finish: kaji ") + command.join(u' ')));
            written += r.out + '\n' + r.err + '\n';
        }
        QStringList files;
        for (QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            files << file.fileName().mid(home.path().size());
            if (file.open(QIODevice::ReadOnly))
                written += file.readAll() + '\n';
        }
        qInfo("files Kaji wrote: %s", qPrintable(files.join(QStringLiteral(", "))));

        // The secrets, in every form they could be written in.
        QList<QByteArray> secrets;
        if (!user.token.isEmpty())
            secrets << user.token.toUtf8();
        if (!user.clientKeyData.isEmpty()) {
            secrets << user.clientKeyData.toBase64();
            for (const QByteArray &line : user.clientKeyData.split('\n'))
                if (!line.startsWith("-----") && line.size() >= 16)
                    secrets << line; // the PEM body, line by line
        }
        if (user.exec) {
            QFile tokens(capture);
            QVERIFY2(tokens.open(QIODevice::ReadOnly), "the exec plugin never ran");
            for (const QByteArray &line : tokens.readAll().split('"')) {
                if (line.count('.') == 2 && line.size() > 40) { // a JWT
                    secrets << line;
                    secrets << line.mid(line.lastIndexOf('.') + 1); // its signature alone
                }
            }
        }
        QVERIFY2(!secrets.isEmpty(), "found no secret to look for");
        // The search works: the secret is where it belongs, in its source.
        QFile source(user.exec ? capture : clusterConfig);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray sourceBytes = source.readAll();
        QVERIFY(sourceBytes.contains(user.clientKeyData.isEmpty() ? secrets.first() : user.clientKeyData.toBase64()));
        for (const QByteArray &secret : std::as_const(secrets)) {
            QVERIFY2(!written.contains(secret),
                     qPrintable(QStringLiteral("a secret (%1 bytes, sha256 %2…) was written").arg(secret.size()).arg(shortHash(secret))));
        }
        qInfo("%lld secrets looked for in %lld bytes of output and %lld files", qint64(secrets.size()), qint64(written.size()),
              qint64(files.size()));
    }
};

QTEST_GUILESS_MAIN(TestCredentialLeaks)
#include "tst_credentialleaks.moc"
