// The "Add an EKS cluster" wizard end to end, driven like a user against the
// local cluster's fake aws (tests/cluster/fake-aws): profiles from fixture
// files, clusters listed per region, update-kubeconfig shown live, and the
// app selecting the new context until it is connected. Also the failures a
// user meets: no aws CLI, a profile the CLI does not know. Screenshots of
// each page in English and Japanese.

#include "application.h"
#include "eks/awscli.h"
#include "eks/ekswizard.h"
#include "podspane.h"
#include "guifixture.h"
#include "kubeconfigloader.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>


using namespace Kaji;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void click(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void typeRegion(QWizard *wizard, const QString &region)
{
    QLineEdit *edit = child<QComboBox>(wizard, "eksRegion")->lineEdit();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, region);
}

void chooseCluster(QWizard *wizard, const QString &name)
{
    auto *list = child<QListWidget>(wizard, "eksClusters");
    QTRY_VERIFY_WITH_TIMEOUT(!list->findItems(name, Qt::MatchExactly).isEmpty(), 30000);
    QListWidgetItem *item = list->findItems(name, Qt::MatchExactly).first();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

} // namespace

class TestEksWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_state = qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE");
        if (KajiGuiTest::kubeconfig().isEmpty() || m_state.isEmpty())
            QSKIP("KAJI_TEST_KUBECONFIG or KAJI_TEST_CLUSTER_STATE is not set: run scripts/test.sh");
        QVERIFY(m_home.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("Kaji"));
        QCoreApplication::setApplicationName(QStringLiteral("Kaji"));
        QSettings().clear();
        // A home of our own, before anything asks the login shell for its
        // PATH: no profile there can add a real aws.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("SHELL", "/bin/sh");
        qunsetenv("AWS_PROFILE");
        qunsetenv("AWS_REGION");
        qunsetenv("AWS_DEFAULT_REGION");
        qputenv("AWS_CONFIG_FILE", QFile::encodeName(m_home.filePath(QStringLiteral("aws-config"))));
        qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(m_home.filePath(QStringLiteral("aws-credentials"))));
        writeFile(m_home.filePath(QStringLiteral("aws-config")),
            "[default]\nregion = us-west-2\n\n[profile kaji-demo]\nregion = ap-northeast-1\noutput = json\n");
        writeFile(m_home.filePath(QStringLiteral("aws-credentials")),
            "[kaji-demo]\naws_access_key_id = AKIAKAJITESTFIXTURE1\naws_secret_access_key = not-a-real-secret\n");
        m_path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_state + QStringLiteral("/bin:")) + m_path);
        m_kubeconfig = m_home.filePath(QStringLiteral("kube/config"));
        qputenv("KUBECONFIG", QFile::encodeName(m_kubeconfig));
    }

    void addsAClusterAndConnectsToIt()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1200, 760);
        window->findChild<QAction *>(QStringLiteral("addEksClusterAction"))->trigger();
        auto *wizard = window->findChild<Ui::EksWizard *>(QStringLiteral("eksWizard"));
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));

        // The profiles of both files, default first; a profile brings its region.
        auto *profile = child<QComboBox>(wizard, "eksProfile");
        QCOMPARE(profile->count(), 2);
        QCOMPARE(profile->itemText(0), QStringLiteral("default"));
        QCOMPARE(child<QComboBox>(wizard, "eksRegion")->currentText(), QStringLiteral("us-west-2"));
        profile->setCurrentIndex(1);
        QCOMPARE(profile->currentText(), QStringLiteral("kaji-demo"));
        QCOMPARE(child<QComboBox>(wizard, "eksRegion")->currentText(), QStringLiteral("ap-northeast-1"));
        QVERIFY(KajiGuiTest::screenshot(wizard, QStringLiteral("eks-account-en.png")));

        // Both clusters of the account's region, listed on entering the page.
        click(wizard, QWizard::NextButton);
        auto *clusters = child<QListWidget>(wizard, "eksClusters");
        QTRY_COMPARE_WITH_TIMEOUT(clusters->count(), 2, 30000);
        QCOMPARE(clusters->item(0)->text(), QStringLiteral("kaji-local"));
        QCOMPARE(clusters->item(1)->text(), QStringLiteral("kaji-unmapped"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

        // Another region: none, and why.
        click(wizard, QWizard::BackButton);
        typeRegion(wizard, QStringLiteral("eu-north-1"));
        click(wizard, QWizard::NextButton);
        auto *status = child<QLabel>(wizard, "eksClusterStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("No EKS clusters in eu-north-1")), 30000);
        QCOMPARE(clusters->count(), 0);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(KajiGuiTest::screenshot(wizard, QStringLiteral("eks-clusters-empty-en.png")));

        click(wizard, QWizard::BackButton);
        typeRegion(wizard, QStringLiteral("ap-northeast-1"));
        click(wizard, QWizard::NextButton);
        chooseCluster(wizard, QStringLiteral("kaji-local"));
        QVERIFY(KajiGuiTest::screenshot(wizard, QStringLiteral("eks-clusters-en.png")));
        click(wizard, QWizard::NextButton);

        // The CLI's own words, live, and the kubeconfig it wrote.
        QTest::keyClicks(child<QLineEdit>(wizard, "eksAlias"), QStringLiteral("kaji-eks-local"));
        QTest::mouseClick(child<QPushButton>(wizard, "eksAdd"), Qt::LeftButton);
        auto *output = child<QPlainTextEdit>(wizard, "eksOutput");
        QTRY_COMPARE_WITH_TIMEOUT(
            output->toPlainText(), QStringLiteral("Added new context kaji-eks-local to %1").arg(m_kubeconfig), 30000);
        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
        QVERIFY(KajiGuiTest::screenshot(wizard, QStringLiteral("eks-add-en.png")));

        const Kube::KubeConfig written = Kube::KubeConfigLoader::load({ m_kubeconfig });
        const QString arn = QStringLiteral("arn:aws:eks:ap-northeast-1:123456789012:cluster/kaji-local");
        QCOMPARE(written.currentContext, QStringLiteral("kaji-eks-local"));
        QCOMPARE(written.contexts.value(QStringLiteral("kaji-eks-local")).user, arn);
        const auto &exec = written.users.value(arn).exec;
        QVERIFY(exec.has_value());
        QCOMPARE(exec->command, QStringLiteral("aws"));
        QCOMPARE(exec->apiVersion, QStringLiteral("client.authentication.k8s.io/v1beta1"));
        QCOMPARE(exec->args.join(u' '),
            QStringLiteral("--region ap-northeast-1 eks get-token --cluster-name kaji-local --output json"));
        QCOMPARE(exec->env.size(), 1);
        QCOMPARE(exec->env[0].name, QStringLiteral("AWS_PROFILE"));
        QCOMPARE(exec->env[0].value, QStringLiteral("kaji-demo"));

        // The app took the new context and reached the cluster through aws.
        QTRY_COMPARE(window->currentContext(), QStringLiteral("kaji-eks-local"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window, "connectionStatus")->text(),
            QStringLiteral("kaji-eks-local: connected, live"), 30000);
        click(wizard, QWizard::FinishButton);
        QTRY_VERIFY(!window->findChild<Ui::EksWizard *>(QStringLiteral("eksWizard")));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("eks-connected-en.png")));
    }

    void aProfileTheCliDoesNotKnow()
    {
        App::Application app;
        Ui::EksWizard *wizard = app.openEksWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        child<QComboBox>(wizard, "eksProfile")->setCurrentIndex(1);
        // The profile goes away after the wizard read the file.
        writeFile(m_home.filePath(QStringLiteral("aws-credentials")), "");
        const QByteArray config = readAll(m_home.filePath(QStringLiteral("aws-config")));
        writeFile(m_home.filePath(QStringLiteral("aws-config")), "[default]\nregion = us-west-2\n");
        click(wizard, QWizard::NextButton);
        auto *status = child<QLabel>(wizard, "eksClusterStatus");
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(QLatin1String("The config profile (kaji-demo) could not be found")), 30000);
        QVERIFY2(status->text().contains(QLatin1String("exit code 255")), qPrintable(status->text()));
        QCOMPARE(child<QListWidget>(wizard, "eksClusters")->count(), 0);
        QVERIFY(KajiGuiTest::screenshot(wizard, QStringLiteral("eks-clusters-error-en.png")));
        writeFile(m_home.filePath(QStringLiteral("aws-config")), config);
        writeFile(m_home.filePath(QStringLiteral("aws-credentials")), "[kaji-demo]\n");
    }

    void withoutTheAwsCliSaysHowToInstallIt()
    {
        // Neither our PATH nor the login shell's has an aws.
        qputenv("PATH", "/usr/bin:/bin");
        App::Application app;
        Ui::EksWizard *wizard = app.openEksWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        click(wizard, QWizard::NextButton);
        auto *status = child<QLabel>(wizard, "eksClusterStatus");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), Models::AwsCli::installHint(), 10000);
        QVERIFY(status->text().contains(QLatin1String("aws configure")));
        QVERIFY(KajiGuiTest::screenshot(wizard, QStringLiteral("eks-no-aws-en.png")));
        qputenv("PATH", QFile::encodeName(m_state + QStringLiteral("/bin:")) + m_path);
    }

    void japanesePages()
    {
        App::Application app;
        app.setLanguage(QStringLiteral("ja"));
        Ui::EksWizard *wizard = app.openEksWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        child<QComboBox>(wizard, "eksProfile")->setCurrentIndex(1);
        QVERIFY(KajiGuiTest::screenshot(wizard, QStringLiteral("eks-account-ja.png")));
        click(wizard, QWizard::NextButton);
        chooseCluster(wizard, QStringLiteral("kaji-unmapped"));
        QVERIFY(KajiGuiTest::screenshot(wizard, QStringLiteral("eks-clusters-ja.png")));
        click(wizard, QWizard::NextButton);
        QTest::mouseClick(child<QPushButton>(wizard, "eksAdd"), Qt::LeftButton);
        const QString arn = QStringLiteral("arn:aws:eks:ap-northeast-1:123456789012:cluster/kaji-unmapped");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPlainTextEdit>(wizard, "eksOutput")->toPlainText().contains(arn), 30000);
        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(KajiGuiTest::screenshot(wizard, QStringLiteral("eks-add-ja.png")));
        QTRY_COMPARE(app.mainWindow()->currentContext(), arn);
        // The cluster answers 401 (no access entry for this principal): the
        // window says why in EKS terms, with the commands that check it.
        auto *banner = app.mainWindow()->podsPane()->findChild<QLabel *>(QStringLiteral("tableBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral(
                                     "aws eks list-access-entries --cluster-name kaji-unmapped --region ap-northeast-1 --profile kaji-demo")),
                                 30000);
        QVERIFY2(banner->text().contains(QStringLiteral("アクセスエントリ")), qPrintable(banner->text()));
        QVERIFY(KajiGuiTest::screenshot(app.mainWindow(), QStringLiteral("eks-unmapped-ja.png")));
        app.setLanguage(QStringLiteral("en"));
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString m_state;
    QByteArray m_path;
    QString m_kubeconfig;
    QTemporaryDir m_home;
};

QTEST_MAIN(TestEksWizard)
#include "tst_ekswizard.moc"
