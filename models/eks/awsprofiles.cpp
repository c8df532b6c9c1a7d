#include "awsprofiles.h"

#include <QDir>
#include <QFile>

namespace Kaji::Models {
namespace {

enum class FileKind { Config, Credentials };

// The profile a section header names, or empty for other sections
// ([sso-session x], [services x]) and for lines that are no header.
QString profileOfHeader(QByteArrayView line, FileKind kind)
{
    if (!line.startsWith('[') || !line.endsWith(']'))
        return {};
    const QString inner = QString::fromUtf8(line.sliced(1, line.size() - 2)).simplified();
    if (kind == FileKind::Credentials)
        return inner;
    if (inner == QLatin1String("default"))
        return inner;
    if (inner.startsWith(QLatin1String("profile ")))
        return inner.mid(8).trimmed();
    return {};
}

// `region = x` (an inline " #" or " ;" comment dropped), else empty.
QString regionOf(QByteArrayView line)
{
    if (!line.startsWith("region"))
        return {};
    QByteArrayView rest = line.sliced(6).trimmed();
    if (!rest.startsWith('='))
        return {};
    rest = rest.sliced(1).trimmed();
    for (const char *marker : { " #", " ;", "\t#", "\t;" }) {
        if (const qsizetype at = rest.indexOf(QByteArrayView(marker)); at >= 0)
            rest = rest.first(at).trimmed();
    }
    return QString::fromUtf8(rest);
}

void readFile(const QString &path, FileKind kind, QList<AwsProfile> &profiles)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    qsizetype current = -1;
    // One line at a time into a fixed buffer that is wiped at the end: the
    // key lines pass through it and nowhere else.
    QByteArray buffer(4096, '\0');
    bool partial = false; // the last chunk was a long line's beginning
    while (!file.atEnd()) {
        const qint64 length = file.readLine(buffer.data(), buffer.size());
        if (length < 0)
            break;
        const bool continuation = partial;
        partial = length > 0 && buffer.at(length - 1) != '\n';
        if (continuation)
            continue;
        const QByteArrayView line = QByteArrayView(buffer.constData(), length).trimmed();
        if (line.startsWith('[')) {
            const QString name = profileOfHeader(line, kind);
            current = -1;
            if (name.isEmpty())
                continue;
            for (qsizetype i = 0; i < profiles.size(); ++i) {
                if (profiles[i].name == name)
                    current = i;
            }
            if (current < 0) {
                profiles.append({ name, {} });
                current = profiles.size() - 1;
            }
        } else if (kind == FileKind::Config && current >= 0 && profiles[current].region.isEmpty()) {
            profiles[current].region = regionOf(line);
        }
    }
    buffer.fill('\0');
}

QString fromEnvironment(const char *variable, const QString &fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? fallback : QDir::cleanPath(QDir::fromNativeSeparators(value));
}

} // namespace

QString AwsProfiles::configPath()
{
    return fromEnvironment("AWS_CONFIG_FILE", QDir::home().filePath(QStringLiteral(".aws/config")));
}

QString AwsProfiles::credentialsPath()
{
    return fromEnvironment("AWS_SHARED_CREDENTIALS_FILE", QDir::home().filePath(QStringLiteral(".aws/credentials")));
}

QList<AwsProfile> AwsProfiles::read()
{
    return read(configPath(), credentialsPath());
}

QList<AwsProfile> AwsProfiles::read(const QString &configFile, const QString &credentialsFile)
{
    QList<AwsProfile> profiles;
    readFile(configFile, FileKind::Config, profiles);
    readFile(credentialsFile, FileKind::Credentials, profiles);
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles[i].name == QLatin1String("default")) {
            profiles.move(i, 0);
            break;
        }
    }
    return profiles;
}

} // namespace Kaji::Models
