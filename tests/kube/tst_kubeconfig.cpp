// The kubeconfig loader against fixture files: kubectl's merge rules, every
// auth kind, and broken input that must produce a message naming the file
// and field while the rest keeps working.

#include "kubeconfigloader.h"
#include "kubeconfigparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Kaji::Kube;

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(KAJI_TEST_DATA_DIR "/kubeconfig")).absoluteFilePath(name);
}

bool hasProblem(const KubeConfig &config, const QString &field, const QString &messagePart)
{
    return std::any_of(config.problems.cbegin(), config.problems.cend(), [&](const KubeConfigProblem &p) {
        return p.field == field && p.message.contains(messagePart);
    });
}

QString describe(const KubeConfig &config)
{
    QStringList lines;
    for (const KubeConfigProblem &p : config.problems)
        lines << p.file + u'|' + p.field + u'|' + p.message;
    return lines.join(u'\n');
}

} // namespace

class TestKubeConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pathListIsSplitAndDeduplicated()
    {
        const QString sep = QString(QDir::listSeparator());
        const QStringList paths = KubeConfigLoader::pathsFrom(
            QStringLiteral("/a/one") + sep + sep + QStringLiteral("/b/two") + sep + QStringLiteral("/a/one"),
            QStringLiteral("/home/u"));
        QCOMPARE(paths, (QStringList{QStringLiteral("/a/one"), QStringLiteral("/b/two")}));
    }

    void emptyVariableMeansHomeConfig()
    {
        QCOMPARE(KubeConfigLoader::pathsFrom(QString(), QStringLiteral("/home/u")),
                 QStringList{QStringLiteral("/home/u/.kube/config")});
    }

    void firstFileWinsWholeEntries()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("merge/first.yaml")),
                                                          fixture(QStringLiteral("merge/second.yaml"))});
        QVERIFY2(config.problems.isEmpty(), qPrintable(describe(config)));
        QCOMPARE(config.files.size(), 2);
        QCOMPARE(config.clusters.value(QStringLiteral("shared")).server, QStringLiteral("https://first.example:6443"));
        // The whole user entry comes from the first file: no token leaks in
        // from the second file's entry of the same name.
        const UserEntry user = config.users.value(QStringLiteral("shared-user"));
        QCOMPARE(user.authKind(), AuthKind::ClientCertificate);
        QVERIFY(user.token.isEmpty());
        const ContextEntry *shared = config.context(QStringLiteral("shared"));
        QVERIFY(shared);
        QCOMPARE(shared->user, QStringLiteral("shared-user"));
        QCOMPARE(shared->namespaceName, QStringLiteral("from-first"));
        QCOMPARE(config.contexts.keys(),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("shared"), QStringLiteral("zeta")}));
    }

    void currentContextIsFirstNonEmpty()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("merge/first.yaml")),
                                                          fixture(QStringLiteral("merge/second.yaml"))});
        QCOMPARE(config.currentContext, QStringLiteral("zeta"));
    }

    void relativePathsResolveAgainstDefiningFile()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("merge/first.yaml")),
                                                          fixture(QStringLiteral("merge/second.yaml"))});
        QCOMPARE(config.clusters.value(QStringLiteral("shared")).certificateAuthorityFile,
                 fixture(QStringLiteral("merge/certs/ca.crt")));
        QCOMPARE(config.users.value(QStringLiteral("shared-user")).clientKeyFile, QStringLiteral("/etc/absolute/client.key"));
        const ClusterEntry proxied = config.clusters.value(QStringLiteral("proxied"));
        QCOMPARE(proxied.certificateAuthorityFile, fixture(QStringLiteral("merge/ca-second.crt")));
        QCOMPARE(proxied.certificateAuthorityData, QByteArray("CA DATA"));
        QCOMPARE(proxied.proxyUrl, QStringLiteral("socks5://127.0.0.1:1080"));
        QCOMPARE(proxied.tlsServerName, QStringLiteral("api.internal"));
        QVERIFY(config.clusters.value(QStringLiteral("only-first")).insecureSkipTlsVerify);
        QVERIFY(!proxied.insecureSkipTlsVerify);
    }

    void impersonationIsRead()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("merge/second.yaml"))});
        const UserEntry user = config.users.value(QStringLiteral("token-user"));
        QCOMPARE(user.impersonate, QStringLiteral("admin"));
        QCOMPARE(user.impersonateGroups, (QStringList{QStringLiteral("system:masters"), QStringLiteral("ops")}));
    }

    void authKinds_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<AuthKind>("kind");
        QTest::newRow("cert") << QStringLiteral("cert") << AuthKind::ClientCertificate;
        QTest::newRow("token") << QStringLiteral("token") << AuthKind::Token;
        QTest::newRow("token-file") << QStringLiteral("token-file") << AuthKind::TokenFile;
        QTest::newRow("basic") << QStringLiteral("basic") << AuthKind::Basic;
        QTest::newRow("provider") << QStringLiteral("provider") << AuthKind::AuthProvider;
        QTest::newRow("eks") << QStringLiteral("eks") << AuthKind::Exec;
    }

    void authKinds()
    {
        QFETCH(QString, user);
        QFETCH(AuthKind, kind);
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("auth-kinds.yaml"))});
        QVERIFY2(config.problems.isEmpty(), qPrintable(describe(config)));
        QCOMPARE(config.users.value(user).authKind(), kind);
    }

    void certificateDataIsDecoded()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("auth-kinds.yaml"))});
        const UserEntry cert = config.users.value(QStringLiteral("cert"));
        QCOMPARE(cert.clientCertificateData, QByteArray("CERT"));
        QCOMPARE(cert.clientKeyData, QByteArray("KEY"));
        QCOMPARE(config.users.value(QStringLiteral("token-file")).tokenFile, fixture(QStringLiteral("tokens/t.txt")));
    }

    void execPluginLikeAwsEks()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("auth-kinds.yaml"))});
        const UserEntry eks = config.users.value(QStringLiteral("eks"));
        QVERIFY(eks.exec);
        QCOMPARE(eks.exec->command, QStringLiteral("aws")); // bare names are looked up in PATH later
        QCOMPARE(eks.exec->apiVersion, QStringLiteral("client.authentication.k8s.io/v1beta1"));
        QCOMPARE(eks.exec->args.size(), 8);
        QCOMPARE(eks.exec->args.at(5), QStringLiteral("prod"));
        QCOMPARE(eks.exec->env.size(), 1);
        QCOMPARE(eks.exec->env.first().name, QStringLiteral("AWS_PROFILE"));
        QCOMPARE(eks.exec->env.first().value, QStringLiteral("prod-admin"));
        QCOMPARE(eks.exec->installHint, QStringLiteral("Install the AWS CLI"));
        QCOMPARE(eks.exec->interactiveMode, QStringLiteral("IfAvailable"));
        QVERIFY(!eks.exec->provideClusterInfo);
        const UserEntry local = config.users.value(QStringLiteral("local-plugin"));
        QVERIFY(local.exec);
        QCOMPARE(local.exec->command, fixture(QStringLiteral("bin/get-token")));
        QVERIFY(local.exec->provideClusterInfo);
    }

    void malformedYamlNamesFileAndLine()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("malformed.yaml")),
                                                          fixture(QStringLiteral("auth-kinds.yaml"))});
        QCOMPARE(config.problems.size(), 1);
        QCOMPARE(config.problems.first().file, fixture(QStringLiteral("malformed.yaml")));
        QVERIFY2(config.problems.first().message.contains(QStringLiteral("line 6")), qPrintable(describe(config)));
        // The other file still provides its contexts.
        QCOMPARE(config.contexts.size(), 7);
    }

    void brokenFieldsAreReportedAndTheRestLoads()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("broken-fields.yaml"))});
        const QString why = describe(config);
        QVERIFY2(hasProblem(config, QStringLiteral("clusters[bad-ca].cluster.certificate-authority-data"),
                            QStringLiteral("base64")), qPrintable(why));
        QVERIFY2(hasProblem(config, QStringLiteral("clusters[bad-ca].cluster.insecure-skip-tls-verify"),
                            QStringLiteral("true or false")), qPrintable(why));
        QVERIFY2(hasProblem(config, QStringLiteral("clusters[no-server].cluster.server"), QStringLiteral("missing")),
                 qPrintable(why));
        QVERIFY2(hasProblem(config, QStringLiteral("clusters[2]"), QStringLiteral("no name")), qPrintable(why));
        QVERIFY2(hasProblem(config, QStringLiteral("users[no-command].user.exec.command"), QStringLiteral("missing")),
                 qPrintable(why));
        QVERIFY2(hasProblem(config, QStringLiteral("contexts[dangling].context.cluster"), QStringLiteral("nowhere")),
                 qPrintable(why));
        QVERIFY2(hasProblem(config, QStringLiteral("contexts[dangling].context.user"), QStringLiteral("nobody")),
                 qPrintable(why));
        QVERIFY2(hasProblem(config, QStringLiteral("current-context"), QStringLiteral("missing-context")), qPrintable(why));
        QCOMPARE(config.contexts.size(), 3);
        QCOMPARE(config.clusters.value(QStringLiteral("bad-ca")).server, QStringLiteral("https://bad-ca.example"));
    }

    void missingFileIsReportedOthersLoad()
    {
        const QString missing = fixture(QStringLiteral("does-not-exist.yaml"));
        const KubeConfig config = KubeConfigLoader::load({missing, fixture(QStringLiteral("auth-kinds.yaml"))});
        QCOMPARE(config.problems.size(), 1);
        QCOMPARE(config.problems.first().file, missing);
        QCOMPARE(config.contexts.size(), 7);
    }

    void emptyFileIsAnEmptyConfig()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("empty.yaml"))});
        QVERIFY2(config.problems.isEmpty(), qPrintable(describe(config)));
        QVERIFY(config.contexts.isEmpty());
    }

    void topLevelListIsRejected()
    {
        const KubeConfig config = KubeConfigLoader::load({fixture(QStringLiteral("not-a-map.yaml"))});
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(config.problems.first().message.contains(QStringLiteral("top level")));
    }

    // Found by fuzz_kubeconfig: an exec that is not a map used to throw and
    // drop the rest of the file.
    void execThatIsNotAMapIsOneProblem()
    {
        const KubeConfigFileContents contents = parseKubeConfig(
            "clusters: [{name: c, cluster: {server: https://c}}]\n"
            "users: [{name: u, user: {exec: aws}}]\n"
            "contexts: [{name: x, context: {cluster: c, user: u}}]\n",
            QStringLiteral("f"));
        QCOMPARE(contents.problems.size(), 1);
        QCOMPARE(contents.problems.first().field, QStringLiteral("users[u].user.exec"));
        QCOMPARE(contents.contexts.size(), 1);
        QCOMPARE(contents.users.size(), 1);
        QVERIFY(!contents.users.first().exec);
    }

    // client-go refuses a file that names two entries alike ("duplicate name
    // in list"). Found by fuzz_kubeconfigedit: Kaji took the later one, so
    // after renaming it the earlier one appeared under the old name.
    void duplicateNamesAreReadAsNeither()
    {
        const KubeConfigFileContents contents = parseKubeConfig(
            "clusters: [{name: c, cluster: {server: https://c}}, {name: d, cluster: {server: https://d1}},\n"
            "           {name: d, cluster: {server: https://d2}}]\n"
            "users: [{name: u, user: {token: t}}]\n"
            "contexts:\n"
            "- {name: x, context: {cluster: c, user: u}}\n"
            "- {name: y, context: {cluster: c, user: u, namespace: first}}\n"
            "- {name: y, context: {cluster: c, user: u, namespace: second}}\n",
            QStringLiteral("f"));
        QVERIFY(contents.unusable); // so the command line fails as kubectl does
        QCOMPARE(contents.clusters.size(), 1);
        QCOMPARE(contents.clusters.first().name, QStringLiteral("c"));
        QCOMPARE(contents.contexts.size(), 1);
        QCOMPARE(contents.contexts.first().name, QStringLiteral("x"));
        QStringList fields;
        for (const KubeConfigProblem &problem : contents.problems)
            fields << problem.field;
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("clusters[d]"), QStringLiteral("contexts[y]")}));
        QVERIFY(contents.problems.first().message.contains(QStringLiteral("more than once")));
    }

    // Every prefix of every fixture is some kind of broken file: none may
    // crash the parser or throw.
    void truncatedFilesNeverCrash()
    {
        const QStringList names = {QStringLiteral("auth-kinds.yaml"), QStringLiteral("broken-fields.yaml"),
                                   QStringLiteral("merge/second.yaml")};
        for (const QString &name : names) {
            QFile file(fixture(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (qsizetype n = 0; n <= bytes.size(); ++n)
                parseKubeConfig(bytes.left(n), name);
        }
    }
};

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
