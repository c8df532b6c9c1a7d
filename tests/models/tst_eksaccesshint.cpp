// EKS users are recognised from their exec plugin as `aws eks
// update-kubeconfig` and aws-iam-authenticator write them, and a refusal is
// explained with the commands that check the principal's access.

#include "eksaccesshint.h"

#include <QTest>

using namespace Kaji;

namespace {

Kube::UserEntry execUser(const QString &command, const QStringList &args, QList<Kube::ExecEnvVar> env = {})
{
    Kube::UserEntry user;
    user.name = QStringLiteral("u");
    Kube::ExecConfig exec;
    exec.command = command;
    exec.args = args;
    exec.env = std::move(env);
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1beta1");
    user.exec = exec;
    return user;
}

} // namespace

class TestEksAccessHint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsWhatUpdateKubeconfigWrites()
    {
        const auto identity = Models::eksIdentityOf(execUser(
            QStringLiteral("aws"),
            {QStringLiteral("--region"), QStringLiteral("ap-northeast-1"), QStringLiteral("eks"), QStringLiteral("get-token"),
             QStringLiteral("--cluster-name"), QStringLiteral("orders"), QStringLiteral("--output"), QStringLiteral("json")},
            {{QStringLiteral("AWS_PROFILE"), QStringLiteral("staging")}}));
        QVERIFY(identity);
        QCOMPARE(identity->cluster, QStringLiteral("orders"));
        QCOMPARE(identity->region, QStringLiteral("ap-northeast-1"));
        QCOMPARE(identity->profile, QStringLiteral("staging"));
    }

    void readsOtherSpellings()
    {
        // A full path on Windows, --profile as an argument, region from the env.
        auto identity = Models::eksIdentityOf(execUser(
            QStringLiteral("C:/Program Files/Amazon/AWSCLIV2/aws.exe"),
            {QStringLiteral("eks"), QStringLiteral("get-token"), QStringLiteral("--cluster-name=web"),
             QStringLiteral("--profile"), QStringLiteral("ops")},
            {{QStringLiteral("AWS_REGION"), QStringLiteral("eu-west-1")}}));
        QVERIFY(identity);
        QCOMPARE(identity->cluster, QStringLiteral("web"));
        QCOMPARE(identity->profile, QStringLiteral("ops"));
        QCOMPARE(identity->region, QStringLiteral("eu-west-1"));
        identity = Models::eksIdentityOf(execUser(QStringLiteral("/usr/local/bin/aws-iam-authenticator"),
                                                  {QStringLiteral("token"), QStringLiteral("-i"), QStringLiteral("legacy")}));
        QVERIFY(identity);
        QCOMPARE(identity->cluster, QStringLiteral("legacy"));
    }

    void otherUsersAreNotEks()
    {
        QVERIFY(!Models::eksIdentityOf(Kube::UserEntry{}));
        QVERIFY(!Models::eksIdentityOf(execUser(QStringLiteral("gke-gcloud-auth-plugin"), {})));
        QVERIFY(!Models::eksIdentityOf(execUser(QStringLiteral("aws"), {QStringLiteral("sts"), QStringLiteral("get-caller-identity")})));
    }

    void hintsNameTheChecks()
    {
        const Models::EksIdentity identity{QStringLiteral("orders"), QStringLiteral("ap-northeast-1"), QStringLiteral("staging")};
        const QString unauthenticated = Models::eksRefusalHint(identity, Models::Refusal::Unauthenticated);
        QVERIFY(unauthenticated.contains(QStringLiteral("access entry")));
        QVERIFY(unauthenticated.contains(QStringLiteral("aws-auth")));
        QVERIFY2(unauthenticated.contains(QStringLiteral(
                     "aws eks list-access-entries --cluster-name orders --region ap-northeast-1 --profile staging")),
                 qPrintable(unauthenticated));
        QVERIFY(unauthenticated.contains(QStringLiteral("aws sts get-caller-identity --region ap-northeast-1 --profile staging")));
        const QString forbidden = Models::eksRefusalHint(identity, Models::Refusal::Forbidden);
        QVERIFY(forbidden.contains(QStringLiteral("aws eks list-associated-access-policies --cluster-name orders")));
        QVERIFY(forbidden.contains(QStringLiteral("kubectl auth can-i --list")));
        // Without profile and region the command picks the defaults, as the plugin does.
        const QString plain = Models::eksRefusalHint({QStringLiteral("orders"), {}, {}}, Models::Refusal::Unauthenticated);
        QVERIFY(plain.contains(QStringLiteral("`aws eks list-access-entries --cluster-name orders`")));
    }
};

QTEST_GUILESS_MAIN(TestEksAccessHint)
#include "tst_eksaccesshint.moc"
