// AWS profile names and regions from ~/.aws/config and ~/.aws/credentials
// fixtures: which sections are profiles, which region wins, the environment
// overrides, and that long secret lines cannot pose as headers.

#include "eks/awsprofiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Kaji::Models::AwsProfile;
using Kaji::Models::AwsProfiles;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KAJI_TEST_DATA_DIR "/aws/") + QLatin1String(name);
}

QStringList names(const QList<AwsProfile> &profiles)
{
    QStringList result;
    for (const AwsProfile &profile : profiles)
        result << profile.name;
    return result;
}

void write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestAwsProfiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void profilesOfBothFiles()
    {
        const QList<AwsProfile> profiles = AwsProfiles::read(fixture("config"), fixture("credentials"));
        // sso-session and services sections are no profiles; dev is listed once.
        QCOMPARE(names(profiles),
            (QStringList { QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("spaced"),
                QStringLiteral("sso-user"), QStringLiteral("ops") }));
        QCOMPARE(profiles[0].region, QStringLiteral("eu-west-1"));
        // The inline comment is dropped; the later [profile dev] does not override.
        QCOMPARE(profiles[1].region, QStringLiteral("ap-northeast-1"));
        QCOMPARE(profiles[2].region, QStringLiteral("us-east-2"));
        QCOMPARE(profiles[3].region, QString());
        // The credentials file is not where the CLI reads regions from.
        QCOMPARE(profiles[4].region, QString());
    }

    void onlyOneFile()
    {
        QCOMPARE(names(AwsProfiles::read(QStringLiteral("/nonexistent/config"), fixture("credentials"))),
            (QStringList { QStringLiteral("default"), QStringLiteral("ops"), QStringLiteral("dev") }));
        QCOMPARE(names(AwsProfiles::read(fixture("config"), QStringLiteral("/nonexistent/credentials"))),
            (QStringList { QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("spaced"),
                QStringLiteral("sso-user") }));
        QVERIFY(AwsProfiles::read(QStringLiteral("/nonexistent/a"), QStringLiteral("/nonexistent/b")).isEmpty());
    }

    void pathsFromTheEnvironmentOrHome()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qunsetenv("AWS_CONFIG_FILE");
        qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws")));
        write(home.filePath(QStringLiteral(".aws/config")), "[profile from-home]\r\nregion = ca-central-1\r\n");
        QCOMPARE(AwsProfiles::configPath(), QDir(home.path()).filePath(QStringLiteral(".aws/config")));
        QCOMPARE(AwsProfiles::read(),
            (QList<AwsProfile> { { QStringLiteral("from-home"), QStringLiteral("ca-central-1") } }));

        qputenv("AWS_CONFIG_FILE", QFile::encodeName(fixture("config")));
        qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(fixture("credentials")));
        QCOMPARE(AwsProfiles::credentialsPath(), fixture("credentials"));
        QCOMPARE(AwsProfiles::read().size(), 5);
        qunsetenv("AWS_CONFIG_FILE");
        qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
        qputenv("HOME", oldHome);
    }

    void longLinesCannotPoseAsHeaders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A value long enough to be read in pieces, whose piece boundary
        // falls right before something that looks like a header.
        QByteArray text = "[good]\nkey = ";
        text += QByteArray(4095 - 6, 'x');
        text += "[evil]\n[after]\n";
        write(dir.filePath(QStringLiteral("credentials")), text);
        QCOMPARE(names(AwsProfiles::read(QString(), dir.filePath(QStringLiteral("credentials")))),
            (QStringList { QStringLiteral("good"), QStringLiteral("after") }));
    }
};

QTEST_GUILESS_MAIN(TestAwsProfiles)
#include "tst_awsprofiles.moc"
