// SECURITY.md: files Kaji writes that may hold secrets are the owner's
// alone (0600), also when they replace a file someone made readable by
// others: kubeconfig edits and their backups, kubeconfig imports, editor
// drafts, and downloaded logs (the last against the local cluster; that row
// skips without it).

#include "editor/draftstore.h"
#include "kubeconfigfile.h"
#include "kubeconfigimport.h"
#include "kubeconfigloader.h"
#include "podlogworker.h"
#include "restconfig.h"

#include "../kube/clusterfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji;

namespace {

constexpr QFile::Permissions Others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
    | QFile::WriteOther | QFile::ExeOther;

// A file readable by everyone, as an editor or a careless umask leaves it.
bool writeWorldReadable(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

QString mode(const QString &path)
{
    return QString::number(int(QFile::permissions(path)), 16);
}

#define VERIFY_OWNER_ONLY(path)                                                                                        \
    do {                                                                                                               \
        QVERIFY2(QFile::exists(path), qPrintable(path));                                                               \
        QVERIFY2((QFile::permissions(path) & Others) == QFile::Permissions(),                                          \
                 qPrintable(QStringLiteral("%1 has mode %2").arg(path, mode(path))));                                  \
        QVERIFY(QFile::permissions(path) & QFile::ReadOwner);                                                          \
    } while (false)

const QByteArray Kubeconfig = "apiVersion: v1\nkind: Config\ncurrent-context: a\n"
                              "clusters:\n- name: a\n  cluster:\n    server: https://127.0.0.1:1\n"
                              "users:\n- name: a\n  user:\n    token: secure-files-test-token\n"
                              "contexts:\n- name: a\n  context:\n    cluster: a\n    user: a\n";

} // namespace

class TestSecureFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kubeconfigEditAndBackupAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QVERIFY(writeWorldReadable(path, Kubeconfig));
        Kube::KubeConfigFile file;
        QVERIFY2(file.load(path), qPrintable(file.errorString()));
        QVERIFY(file.removeEntry("contexts", QStringLiteral("a")));
        QVERIFY2(file.save(), qPrintable(file.errorString()));
        VERIFY_OWNER_ONLY(path);
        VERIFY_OWNER_ONLY(Kube::KubeConfigFile::backupPath(path));
        // Widened again and rewritten: narrowed again, backup included.
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(file.save());
        VERIFY_OWNER_ONLY(path);
        VERIFY_OWNER_ONLY(Kube::KubeConfigFile::backupPath(path));
    }

    void kubeconfigImportIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("downloaded.yaml"));
        QVERIFY(writeWorldReadable(source, Kubeconfig));
        const Kube::KubeConfigImport import = Kube::KubeConfigImport::fromFile(source);
        const Kube::KubeConfigImportResult separate = import.keepSeparate(
            dir.filePath(QStringLiteral("kubeconfigs")), {}, Kube::KubeConfigImport::Conflicts::Rename, QStringLiteral("-2"));
        QVERIFY(!separate.file.isEmpty());
        VERIFY_OWNER_ONLY(separate.file);
        // Merged into an existing, world-readable kubeconfig.
        const QString target = dir.filePath(QStringLiteral("config"));
        QVERIFY(writeWorldReadable(target, "apiVersion: v1\nkind: Config\n"));
        const Kube::KubeConfigImportResult merged
            = import.mergeInto(target, {}, Kube::KubeConfigImport::Conflicts::Rename, QStringLiteral("-2"));
        QCOMPARE(merged.file, target);
        VERIFY_OWNER_ONLY(target);
    }

    void draftsAreOwnerOnlyAlsoWhenRewritten()
    {
        QTemporaryDir root;
        Models::DraftStore store(root.filePath(QStringLiteral("drafts")));
        Models::Draft draft;
        draft.context = QStringLiteral("a");
        draft.apiVersion = QStringLiteral("v1");
        draft.kind = QStringLiteral("Secret");
        draft.namespaceName = QStringLiteral("shop");
        draft.name = QStringLiteral("db");
        draft.shownText = QStringLiteral("data:\n  password: aHVudGVyMg==\n");
        draft.editedText = QStringLiteral("stringData:\n  password: hunter3\n");
        QVERIFY(store.write(draft));
        const QString path = QDir(store.directory()).filePath(store.list().value(0).fileName);
        VERIFY_OWNER_ONLY(path);
        QVERIFY((QFile::permissions(store.directory()) & Others) == QFile::Permissions());
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadGroup | QFile::ReadOther));
        draft.editedText += QStringLiteral("  more: x\n");
        QVERIFY(store.write(draft));
        VERIFY_OWNER_ONLY(path);
    }

    void downloadedLogIsOwnerOnlyAlsoWhenReplacing()
    {
        if (KajiTest::clusterKubeconfig().isEmpty())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: no local cluster");
        const QByteArray pod = KajiTest::kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                                                  QStringLiteral("shop"), QStringLiteral("-l"),
                                                  QStringLiteral("app.kubernetes.io/name=storefront"), QStringLiteral("-o"),
                                                  QStringLiteral("jsonpath={.items[0].metadata.name}")})
                                   .trimmed();
        QVERIFY(!pod.isEmpty());
        QTemporaryDir dir;
        for (const bool replacing : {false, true}) {
            const QString path = dir.filePath(replacing ? QStringLiteral("old.log") : QStringLiteral("new.log"));
            if (replacing)
                QVERIFY(writeWorldReadable(path, "an older log\n"));
            Models::PodLogWorker worker(KajiTest::restConfig(QStringLiteral("kaji-admin")), QStringLiteral("shop"),
                                        QString::fromUtf8(pod));
            QSignalSpy done(&worker, &Models::PodLogWorker::downloadFinished);
            Models::LogRequest request;
            request.follow = false;
            request.container = QStringLiteral("storefront");
            worker.download(request, path);
            QVERIFY(done.wait(20000));
            QVERIFY2(done.first().first().toBool(), qPrintable(done.first().last().toString()));
            VERIFY_OWNER_ONLY(path);
        }
    }
};

QTEST_GUILESS_MAIN(TestSecureFiles)
#include "tst_securefiles.moc"
