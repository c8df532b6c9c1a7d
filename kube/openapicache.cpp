#include "openapicache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Kaji::Kube {

QString OpenApiCache::fileFor(const QString &hash) const
{
    if (m_directory.isEmpty() || hash.isEmpty() || hash.size() > 256)
        return {};
    for (const QChar c : hash) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return {};
    }
    return m_directory + QLatin1Char('/') + hash + QStringLiteral(".json");
}

bool OpenApiCache::contains(const QString &hash) const
{
    const QString file = fileFor(hash);
    return !file.isEmpty() && QFile::exists(file);
}

std::optional<QByteArray> OpenApiCache::read(const QString &hash) const
{
    QFile file(fileFor(hash));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QString OpenApiCache::write(const QString &hash, const QByteArray &document) const
{
    const QString name = fileFor(hash);
    if (name.isEmpty())
        return QCoreApplication::translate(
            "Kaji::Kube::OpenApiCache", "no cache directory, or a hash that names no file");
    if (!QDir().mkpath(m_directory))
        return QCoreApplication::translate("Kaji::Kube::OpenApiCache", "cannot create %1").arg(m_directory);
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit())
        return QCoreApplication::translate("Kaji::Kube::OpenApiCache", "cannot write %1: %2")
            .arg(name, file.errorString());
    return {};
}

void OpenApiCache::remove(const QString &hash) const
{
    const QString name = fileFor(hash);
    if (!name.isEmpty())
        QFile::remove(name);
}

} // namespace Kaji::Kube
