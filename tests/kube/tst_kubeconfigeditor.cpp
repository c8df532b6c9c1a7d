// Kubeconfig edits on copies of fixture files (two files, a context whose
// cluster sits in the other file, relative paths, comments, unknown fields):
// the real `kubectl config view --raw` before and after each edit must differ
// by exactly that edit; backups, owner-only permissions, refusals and broken
// files are checked on the files themselves.

#include "kubeconfigviewcheck.h"

#include "kubeconfigeditor.h"
#include "kubeconfigfile.h"
#include "kubeconfigloader.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji::Kube;
namespace Check = KubeconfigViewCheck;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestKubeConfigEditor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_main, m_shared;
    QByteArray m_mainBefore, m_sharedBefore;
    Check::View m_viewBefore;

    QStringList files() const { return { m_main, m_shared }; }

    // The view after the edit, compared with the view before plus `expected`.
    void compareWithKubectl(const std::function<void(Check::View &)> &expected)
    {
        if (Check::kubectl().isEmpty())
            QFAIL("kubectl is not on PATH: this test compares with kubectl's own view of the files (the local cluster needs kubectl too)");
        QString error;
        const Check::View after = Check::view(files(), &error);
        QVERIFY2(!after.isEmpty(), qPrintable(error));
        Check::View wanted = m_viewBefore;
        expected(wanted);
        QVERIFY2(Check::differences(wanted, after).isEmpty(), qPrintable(Check::differences(wanted, after)));
    }

    void checkWritten(const QString &path, const QByteArray &previous)
    {
        QCOMPARE(contents(KubeConfigFile::backupPath(path)), previous);
#ifdef Q_OS_UNIX
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::WriteOwner);
#endif
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        const QDir source(QStringLiteral(KAJI_SOURCE_DIR "/tests/kube/kubeconfigedit"));
        QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = QDir(m_dir.path()).filePath(source.relativeFilePath(from));
            QDir().mkpath(QFileInfo(to).absolutePath());
            QVERIFY(QFile::copy(from, to));
            QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        }
        m_main = m_dir.filePath(QStringLiteral("main.yaml"));
        m_shared = m_dir.filePath(QStringLiteral("team/shared.yaml"));
        m_mainBefore = contents(m_main);
        m_sharedBefore = contents(m_shared);
        m_viewBefore.clear();
        if (!Check::kubectl().isEmpty()) {
            QString error;
            m_viewBefore = Check::view(files(), &error);
            QVERIFY2(!m_viewBefore.isEmpty(), qPrintable(error));
            // The fixture is what the test means: dev uses the other file's cluster.
            QCOMPARE(m_viewBefore[QStringLiteral("contexts/dev")]["cluster"].Scalar(), std::string("remote"));
        }
    }

    void renameCurrentContext()
    {
        const KubeConfig config = KubeConfigLoader::load(files());
        const KubeConfigEditResult result
            = KubeConfigEditor::renameContext(config, QStringLiteral("dev"), QStringLiteral("dev-eu"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.writtenFiles, QStringList { m_main });
        checkWritten(m_main, m_mainBefore);
        QCOMPARE(contents(m_shared), m_sharedBefore);
        // Fields kubectl would drop stay in the file.
        KubeConfigFile file;
        QVERIFY(file.load(m_main));
        QCOMPARE(file.root()["x-kaji-unknown-top"].as<std::string>(), std::string("keep me"));
        QCOMPARE(file.entry("clusters", QStringLiteral("local"))["cluster"]["x-unknown-cluster-field"].as<int>(), 42);
        QCOMPARE(file.entry("contexts", QStringLiteral("dev-eu"))["context"]["x-unknown-context-field"].size(),
            std::size_t(2));
        QCOMPARE(
            file.entry("contexts", QStringLiteral("staging"))["extensions"][0]["extension"]["note"].as<std::string>(),
            std::string("unknown extension kept"));
        QVERIFY(!contents(m_main).contains("# ")); // comments are lost, as with kubectl
        compareWithKubectl([](Check::View &view) {
            view.insert(QStringLiteral("contexts/dev-eu"), view.take(QStringLiteral("contexts/dev")));
            view[QStringLiteral("current-context")] = YAML::Node("dev-eu");
        });
    }

    void renameUpdatesEveryFilesCurrentContext()
    {
        const KubeConfig config = KubeConfigLoader::load(files());
        const KubeConfigEditResult result
            = KubeConfigEditor::renameContext(config, QStringLiteral("prod"), QStringLiteral("prod-eu"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.writtenFiles, QStringList { m_shared });
        KubeConfigFile shared;
        QVERIFY(shared.load(m_shared));
        QCOMPARE(shared.currentContext(), QStringLiteral("prod-eu"));
        checkWritten(m_shared, m_sharedBefore);
        QCOMPARE(contents(m_main), m_mainBefore);
        compareWithKubectl([](Check::View &view) {
            view.insert(QStringLiteral("contexts/prod-eu"), view.take(QStringLiteral("contexts/prod")));
        });
    }

    void renameRefusesAClash()
    {
        const KubeConfig config = KubeConfigLoader::load(files());
        for (const QString &to : { QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral(" ") }) {
            const KubeConfigEditResult result = KubeConfigEditor::renameContext(config, QStringLiteral("dev"), to);
            QVERIFY(!result.ok());
            QVERIFY(result.writtenFiles.isEmpty());
        }
        QVERIFY(KubeConfigEditor::renameContext(config, QStringLiteral("dev"), QStringLiteral("prod"))
                    .error.contains(QStringLiteral("already exists")));
        QVERIFY(!KubeConfigEditor::renameContext(config, QStringLiteral("missing"), QStringLiteral("x")).ok());
        QCOMPARE(contents(m_main), m_mainBefore);
        QCOMPARE(contents(m_shared), m_sharedBefore);
        QVERIFY(!QFile::exists(KubeConfigFile::backupPath(m_main)));
        compareWithKubectl([](Check::View &) {});
    }

    void deleteKeepsClusterAndUser()
    {
        const KubeConfig config = KubeConfigLoader::load(files());
        const KubeConfigEditResult result = KubeConfigEditor::deleteContext(config, QStringLiteral("dev"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.removedCurrentContext);
        QCOMPARE(result.writtenFiles, QStringList { m_main });
        checkWritten(m_main, m_mainBefore);
        KubeConfigFile file;
        QVERIFY(file.load(m_main));
        QCOMPARE(file.currentContext(), QStringLiteral("dev")); // as kubectl leaves it
        const KubeConfig reloaded = KubeConfigLoader::load(files());
        QVERIFY(!KubeConfigEditor::deleteContext(reloaded, QStringLiteral("staging")).removedCurrentContext);
        QVERIFY(!KubeConfigEditor::deleteContext(reloaded, QStringLiteral("dev")).ok());
        compareWithKubectl([](Check::View &view) {
            view.remove(QStringLiteral("contexts/dev"));
            view.remove(QStringLiteral("contexts/staging"));
        });
    }

    void setAndClearNamespace()
    {
        KubeConfig config = KubeConfigLoader::load(files());
        KubeConfigEditResult result
            = KubeConfigEditor::setNamespace(config, QStringLiteral("staging"), QStringLiteral("qa"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        checkWritten(m_main, m_mainBefore);
        const QByteArray afterFirst = contents(m_main);
        result = KubeConfigEditor::setNamespace(config, QStringLiteral("dev"), QString());
        QVERIFY2(result.ok(), qPrintable(result.error));
        checkWritten(m_main, afterFirst); // the latest backup only
        config = KubeConfigLoader::load(files());
        QCOMPARE(config.contexts[QStringLiteral("staging")].namespaceName, QStringLiteral("qa"));
        QVERIFY(config.contexts[QStringLiteral("dev")].namespaceName.isEmpty());
        QCOMPARE(contents(m_shared), m_sharedBefore);
        compareWithKubectl([](Check::View &view) {
            view[QStringLiteral("contexts/staging")]["namespace"] = "qa";
            view[QStringLiteral("contexts/dev")].remove("namespace");
        });
    }

    void malformedFileIsNeverWritten()
    {
        const KubeConfig config = KubeConfigLoader::load(files());
        // The file turns bad between the read and the edit.
        const QByteArray broken = contents(m_dir.filePath(QStringLiteral("malformed.yaml")));
        {
            QFile file(m_main);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(broken);
        }
        for (const KubeConfigEditResult &result :
            { KubeConfigEditor::setNamespace(config, QStringLiteral("staging"), QStringLiteral("x")),
                KubeConfigEditor::renameContext(config, QStringLiteral("dev"), QStringLiteral("dev2")),
                KubeConfigEditor::deleteContext(config, QStringLiteral("staging")) }) {
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(m_main) && result.error.contains(QStringLiteral("not valid YAML")),
                qPrintable(result.error));
        }
        QCOMPARE(contents(m_main), broken);
        QVERIFY(!QFile::exists(KubeConfigFile::backupPath(m_main)));

        // A broken file elsewhere in the list does not block a rename there.
        QFile::copy(m_dir.filePath(QStringLiteral("malformed.yaml")), m_dir.filePath(QStringLiteral("other.yaml")));
        const KubeConfig withBroken
            = KubeConfigLoader::load({ m_shared, m_dir.filePath(QStringLiteral("other.yaml")) });
        QVERIFY(KubeConfigEditor::renameContext(withBroken, QStringLiteral("prod"), QStringLiteral("p")).ok());
        QCOMPARE(contents(m_dir.filePath(QStringLiteral("other.yaml"))), broken);
    }

    // The file gains a second entry of the edited name between the read and
    // the edit: which one is meant cannot be told, so neither is touched.
    void ambiguousNameIsNeverEdited()
    {
        const KubeConfig config = KubeConfigLoader::load(files());
        QVERIFY(config.contexts.contains(QStringLiteral("staging")));
        // A second staging entry, first in the contexts list.
        const QByteArray text = contents(m_main);
        QByteArray twice = text;
        twice.replace("contexts:\n", "contexts:\n- name: staging\n  context:\n    cluster: remote\n    user: dev-user\n");
        QVERIFY(twice != text);
        QFile file(m_main);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(twice);
        file.close();
        for (const KubeConfigEditResult &result :
             {KubeConfigEditor::setNamespace(config, QStringLiteral("staging"), QStringLiteral("x")),
              KubeConfigEditor::renameContext(config, QStringLiteral("staging"), QStringLiteral("staging2")),
              KubeConfigEditor::deleteContext(config, QStringLiteral("staging"))}) {
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(QStringLiteral("staging")), qPrintable(result.error));
        }
        QCOMPARE(contents(m_main), twice);
        // Read again, the file names the problem and offers neither entry.
        const KubeConfig again = KubeConfigLoader::load(files());
        QVERIFY(!again.contexts.contains(QStringLiteral("staging")));
        bool named = false;
        for (const KubeConfigProblem &problem : again.problems)
            named |= problem.file == m_main && problem.field == QStringLiteral("contexts[staging]");
        QVERIFY(named);
    }

    void writeTargetAsKubectl()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.yaml"));
        QCOMPARE(KubeConfigEditor::writeTarget({ missing }), missing);
        QCOMPARE(KubeConfigEditor::writeTarget({ missing, m_shared, m_main }), m_shared);
        QCOMPARE(KubeConfigEditor::writeTarget({ missing, missing + u'2' }), missing + u'2');
    }
};

QTEST_GUILESS_MAIN(TestKubeConfigEditor)
#include "tst_kubeconfigeditor.moc"
