#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Any thread: every call touches only its own file, and writes are atomic.
namespace Kaji::Kube {

// OpenAPI v3 documents on disk, one file per hash. A hashed URL never
// changes its content, so a file once written is good for every cluster
// that names the same hash, for ever; nothing expires.
class OpenApiCache {
public:
    // `directory`: e.g. QStandardPaths::CacheLocation + "/openapi"; made when first written.
    explicit OpenApiCache(QString directory)
        : m_directory(std::move(directory))
    {
    }

    const QString &directory() const { return m_directory; }
    // Empty for a hash that cannot name a file (anything but [A-Za-z0-9_-]).
    QString fileFor(const QString &hash) const;
    bool contains(const QString &hash) const;
    std::optional<QByteArray> read(const QString &hash) const;
    // Writes through QSaveFile; the error in words, empty on success.
    QString write(const QString &hash, const QByteArray &document) const;
    // Drops a file found unreadable, so the next open fetches it again.
    void remove(const QString &hash) const;

private:
    QString m_directory;
};

} // namespace Kaji::Kube
