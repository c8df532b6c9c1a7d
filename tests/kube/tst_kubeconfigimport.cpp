// Importing a kubeconfig whose names clash with the user's: merged into the
// first file or kept as a separate copy, clashes skipped or renamed, relative
// paths made absolute. `kubectl config view --raw` over the files after the
// import must equal the view before plus the imported entries as kubectl
// reads them from the original file (relative paths resolved there).

#include "kubeconfigviewcheck.h"

#include "kubeconfigfile.h"
#include "kubeconfigimport.h"
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

class TestKubeConfigImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_main, m_shared, m_incoming;

    QStringList files() const { return { m_main, m_shared }; }

    // before + the incoming entries (as kubectl resolves them in place),
    // renamed by `renames` ("contexts/dev" -> "dev-imported"); `skip` lists
    // keys left out.
    void compareWithKubectl(const QStringList &after, const Check::View &before, const QMap<QString, QString> &renames,
        const QStringList &skip)
    {
        QString error;
        const Check::View incoming = Check::view({ m_incoming }, &error);
        QVERIFY2(!incoming.isEmpty(), qPrintable(error));
        Check::View wanted = before;
        for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
            if (it.key() == QLatin1String("current-context") || skip.contains(it.key()))
                continue;
            YAML::Node entry = YAML::Clone(it.value());
            // kubectl shows paths as written; read in place they resolve
            // against the incoming file's directory.
            for (const char *field : { "certificate-authority", "client-certificate", "client-key", "tokenFile" }) {
                if (entry[field] && !QDir::isAbsolutePath(QString::fromStdString(entry[field].Scalar())))
                    entry[field] = QDir::cleanPath(
                        QFileInfo(m_incoming).dir().filePath(QString::fromStdString(entry[field].Scalar())))
                                       .toStdString();
            }
            QString key = it.key();
            if (renames.contains(key))
                key = key.section(u'/', 0, 0) + u'/' + renames.value(key);
            if (key.startsWith(QLatin1String("contexts/"))) {
                for (const char *ref : { "cluster", "user" }) {
                    const QString refKey
                        = QStringLiteral("%1s/%2").arg(QLatin1String(ref), QString::fromStdString(entry[ref].Scalar()));
                    if (renames.contains(refKey))
                        entry[ref] = renames.value(refKey).toStdString();
                }
            }
            wanted.insert(key, entry);
        }
        const Check::View actual = Check::view(after, &error);
        QVERIFY2(!actual.isEmpty(), qPrintable(error));
        QVERIFY2(Check::differences(wanted, actual).isEmpty(), qPrintable(Check::differences(wanted, actual)));
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
            QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::WriteOwner);
        }
        m_main = m_dir.filePath(QStringLiteral("main.yaml"));
        m_shared = m_dir.filePath(QStringLiteral("team/shared.yaml"));
        m_incoming = m_dir.filePath(QStringLiteral("import/incoming.yaml"));
    }

    void previewNamesClashes()
    {
        const KubeConfig existing = KubeConfigLoader::load(files());
        const KubeConfigImportPreview preview = KubeConfigImport::fromFile(m_incoming).preview(existing);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QCOMPARE(preview.contexts, (QStringList { QStringLiteral("dev"), QStringLiteral("fresh") }));
        QCOMPARE(preview.contextConflicts, QStringList { QStringLiteral("dev") });
        QCOMPARE(preview.clusterConflicts, QStringList { QStringLiteral("remote") });
        QCOMPARE(preview.userConflicts, QStringList { QStringLiteral("ops") });
        QVERIFY(preview.unresolvedPaths.isEmpty());
    }

    void badInputIsReported()
    {
        const KubeConfig existing = KubeConfigLoader::load(files());
        QVERIFY(KubeConfigImport(contents(m_dir.filePath(QStringLiteral("malformed.yaml"))), {})
                    .preview(existing)
                    .error.contains(QStringLiteral("not valid YAML")));
        QVERIFY(!KubeConfigImport("just a string", {}).preview(existing).error.isEmpty());
        QVERIFY(!KubeConfigImport("", {}).preview(existing).error.isEmpty());
        QVERIFY(!KubeConfigImport("contexts: {a: b}", {}).preview(existing).error.isEmpty());
        QVERIFY(!KubeConfigImport::fromFile(m_dir.filePath(QStringLiteral("nothing.yaml")))
                     .preview(existing)
                     .error.isEmpty());
        const KubeConfigImportResult result
            = KubeConfigImport("clusters: [", {}).mergeInto(m_main, existing, KubeConfigImport::Conflicts::Skip, {});
        QVERIFY(!result.ok());
        QVERIFY(!QFile::exists(KubeConfigFile::backupPath(m_main)));
        // Pasted text has no directory: relative paths are named, not guessed.
        const KubeConfigImportPreview pasted = KubeConfigImport(contents(m_incoming), {}).preview(existing);
        QVERIFY(pasted.unresolvedPaths.contains(QStringLiteral("token.txt")));
        // A malformed merge target is refused and left as it is.
        const QString broken = m_dir.filePath(QStringLiteral("malformed.yaml"));
        const QByteArray brokenBytes = contents(broken);
        QVERIFY(!KubeConfigImport::fromFile(m_incoming)
                     .mergeInto(broken, existing, KubeConfigImport::Conflicts::Skip, {})
                     .ok());
        QCOMPARE(contents(broken), brokenBytes);
        // Every cut-off copy of a real kubeconfig either imports into a file
        // the loader reads without a whole-file problem, or is refused.
        const QByteArray whole = contents(m_incoming);
        const QString target = m_dir.filePath(QStringLiteral("cut/config"));
        for (qsizetype size = 0; size <= whole.size(); size += 5) {
            QFile::remove(target);
            const KubeConfigImport cut(whole.left(size), m_incoming);
            const KubeConfigImportResult merged
                = cut.mergeInto(target, existing, KubeConfigImport::Conflicts::Rename, QStringLiteral("-x"));
            QCOMPARE(merged.ok(), cut.preview(existing).error.isEmpty());
            if (!merged.ok())
                continue;
            for (const KubeConfigProblem &problem : KubeConfigLoader::load({ target }).problems)
                QVERIFY2(!problem.field.isEmpty(), qPrintable(QString::number(size) + u' ' + problem.message));
        }
    }

    void mergeSkippingClashes()
    {
        const KubeConfig existing = KubeConfigLoader::load(files());
        const QByteArray mainBefore = contents(m_main);
        QString error;
        const Check::View before = Check::kubectl().isEmpty() ? Check::View() : Check::view(files(), &error);
        const KubeConfigImportResult result
            = KubeConfigImport::fromFile(m_incoming).mergeInto(m_main, existing, KubeConfigImport::Conflicts::Skip, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.file, m_main);
        QCOMPARE(result.skipped.size(), 3);
        QCOMPARE(contents(KubeConfigFile::backupPath(m_main)), mainBefore);
        const KubeConfig after = KubeConfigLoader::load(files());
        QCOMPARE(after.clusters[QStringLiteral("fresh")].certificateAuthorityFile,
            m_dir.filePath(QStringLiteral("team/certs/remote-ca.crt")));
        QCOMPARE(
            after.users[QStringLiteral("fresh-user")].tokenFile, m_dir.filePath(QStringLiteral("import/token.txt")));
        QCOMPARE(after.clusters[QStringLiteral("remote")].server, QStringLiteral("https://remote.example:6443"));
        KubeConfigFile file;
        QVERIFY(file.load(m_main));
        QCOMPARE(file.currentContext(), QStringLiteral("dev"));
        QCOMPARE(file.entry("users", QStringLiteral("fresh-user"))["user"]["exec-like-unknown"].as<std::string>(),
            std::string("stays"));
        if (Check::kubectl().isEmpty())
            QFAIL("kubectl is not on PATH: this test compares with kubectl's own view of the files (the local cluster needs kubectl too)");
        compareWithKubectl(files(), before, {},
            { QStringLiteral("contexts/dev"), QStringLiteral("clusters/remote"), QStringLiteral("users/ops") });
    }

    void mergeRenamingClashes()
    {
        const KubeConfig existing = KubeConfigLoader::load(files());
        QString error;
        const Check::View before = Check::kubectl().isEmpty() ? Check::View() : Check::view(files(), &error);
        const KubeConfigImportResult result
            = KubeConfigImport::fromFile(m_incoming)
                  .mergeInto(m_main, existing, KubeConfigImport::Conflicts::Rename, QStringLiteral("-imported"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.renamedContexts.value(QStringLiteral("dev")), QStringLiteral("dev-imported"));
        const KubeConfig after = KubeConfigLoader::load(files());
        QCOMPARE(after.contexts[QStringLiteral("dev-imported")].cluster, QStringLiteral("remote-imported"));
        QCOMPARE(after.contexts[QStringLiteral("dev-imported")].user, QStringLiteral("ops-imported"));
        QCOMPARE(after.users[QStringLiteral("ops-imported")].clientKeyFile,
            m_dir.filePath(QStringLiteral("import/certs/ops.key")));
        // A second import renames once more instead of clashing with the first.
        const KubeConfigImportResult again
            = KubeConfigImport::fromFile(m_incoming)
                  .mergeInto(m_main, after, KubeConfigImport::Conflicts::Rename, QStringLiteral("-imported"));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.renamedContexts.value(QStringLiteral("dev")), QStringLiteral("dev-imported-2"));
        QCOMPARE(again.renamedContexts.value(QStringLiteral("fresh")), QStringLiteral("fresh-imported"));
        if (Check::kubectl().isEmpty())
            QFAIL("kubectl is not on PATH: this test compares with kubectl's own view of the files (the local cluster needs kubectl too)");
        QFile::copy(KubeConfigFile::backupPath(m_main), m_main + QStringLiteral(".first"));
        QFile::remove(m_main);
        QFile::copy(m_main + QStringLiteral(".first"), m_main); // the state after the first import
        const QMap<QString, QString> renames { { QStringLiteral("contexts/dev"), QStringLiteral("dev-imported") },
            { QStringLiteral("clusters/remote"), QStringLiteral("remote-imported") },
            { QStringLiteral("users/ops"), QStringLiteral("ops-imported") } };
        compareWithKubectl(files(), before, renames, {});
    }

    // The welcome-page case: no kubeconfig yet. The merge creates it, owner
    // only, and the imported current-context becomes the current one.
    void firstKubeconfigIsCreated()
    {
        const QString target = m_dir.filePath(QStringLiteral("home/.kube/config"));
        const KubeConfig none = KubeConfigLoader::load({ target });
        const KubeConfigImportResult result
            = KubeConfigImport::fromFile(m_incoming).mergeInto(target, none, KubeConfigImport::Conflicts::Skip, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.skipped.isEmpty());
        QVERIFY(!QFile::exists(KubeConfigFile::backupPath(target)));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(target) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
        const KubeConfig after = KubeConfigLoader::load({ target });
        QCOMPARE(after.currentContext, QStringLiteral("dev"));
        QCOMPARE(after.contexts.keys(), (QStringList { QStringLiteral("dev"), QStringLiteral("fresh") }));
        QVERIFY(after.problems.isEmpty());
        // An existing current context is never replaced.
        const KubeConfigImportResult again = KubeConfigImport(
            "current-context: other\ncontexts:\n- name: other\n  context: {cluster: fresh, user: ops}\n", {})
                                                 .mergeInto(target, after, KubeConfigImport::Conflicts::Skip, {});
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(KubeConfigLoader::load({ target }).currentContext, QStringLiteral("dev"));
        if (Check::kubectl().isEmpty())
            QFAIL("kubectl is not on PATH: this test compares with kubectl's own view of the files (the local cluster needs kubectl too)");
        QString error;
        const Check::View view = Check::view({ target }, &error);
        QCOMPARE(view[QStringLiteral("current-context")].Scalar(), std::string("dev"));
        QVERIFY(view.contains(QStringLiteral("contexts/other")));
    }

    void keepSeparateCopy()
    {
        const KubeConfig existing = KubeConfigLoader::load(files());
        const QByteArray mainBefore = contents(m_main);
        QString error;
        const Check::View before = Check::kubectl().isEmpty() ? Check::View() : Check::view(files(), &error);
        const QString directory = m_dir.filePath(QStringLiteral("kaji/kubeconfigs"));
        const KubeConfigImportResult result
            = KubeConfigImport::fromFile(m_incoming)
                  .keepSeparate(directory, existing, KubeConfigImport::Conflicts::Skip, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.file, QDir(directory).filePath(QStringLiteral("incoming.yaml")));
        QCOMPARE(contents(m_main), mainBefore);
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(result.file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
        QVERIFY(contents(result.file).contains(m_dir.filePath(QStringLiteral("import/token.txt")).toUtf8()));
        const KubeConfigImportResult second
            = KubeConfigImport::fromFile(m_incoming)
                  .keepSeparate(directory, existing, KubeConfigImport::Conflicts::Skip, {});
        QCOMPARE(second.file, QDir(directory).filePath(QStringLiteral("incoming-2.yaml")));
        if (Check::kubectl().isEmpty())
            QFAIL("kubectl is not on PATH: this test compares with kubectl's own view of the files (the local cluster needs kubectl too)");
        compareWithKubectl(files() << result.file, before, {},
            { QStringLiteral("contexts/dev"), QStringLiteral("clusters/remote"), QStringLiteral("users/ops") });
    }
};

QTEST_GUILESS_MAIN(TestKubeConfigImport)
#include "tst_kubeconfigimport.moc"
