#include "manifestinput.h"

#include "manifestreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Kaji::App {
namespace {

// What kubectl's file visitor takes from a directory.
QStringList manifestsIn(const QString &directory)
{
    QStringList files;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                                             QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

QString ManifestInput::place(const QString &source, const Kube::YamlPosition &position)
{
    if (!position.isValid())
        return source;
    return position.column > 0 ? QStringLiteral("%1:%2:%3").arg(source).arg(position.line).arg(position.column)
                               : QStringLiteral("%1:%2").arg(source).arg(position.line);
}

std::optional<QList<Kube::ManifestDocument>> ManifestInput::read(const QStringList &sources, QTextStream &err)
{
    QStringList files;
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (source == QLatin1String("-"))
            files << source;
        else if (info.isDir())
            files << manifestsIn(source);
        else if (info.exists())
            files << source;
        else {
            err << tr("kaji: the path \"%1\" does not exist").arg(source) << '\n';
            return std::nullopt;
        }
    }
    QList<Kube::ManifestDocument> documents;
    bool sendable = true;
    for (const QString &path : std::as_const(files)) {
        QFile file;
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            err << tr("kaji: cannot read %1: %2").arg(path, file.errorString()) << '\n';
            return std::nullopt;
        }
        const QString name = path == QLatin1String("-") ? QStringLiteral("STDIN") : path;
        const Kube::ManifestSet set = Kube::ManifestReader::read(file.readAll(), name);
        for (const Kube::ManifestProblem &warning : set.warnings)
            err << tr("warning: %1: %2").arg(place(warning.source, warning.position), warning.message) << '\n';
        for (const Kube::ManifestProblem &error : set.errors)
            err << tr("kaji: %1: %2").arg(place(error.source, error.position), error.message) << '\n';
        sendable = sendable && set.errors.isEmpty();
        documents += set.documents;
    }
    if (!sendable)
        return std::nullopt;
    return documents;
}

} // namespace Kaji::App
