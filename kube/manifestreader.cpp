#include "manifestreader.h"

#include "yamlstream.h"

#include <QCoreApplication>

namespace Kaji::Kube {
namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::ManifestReader", text);
}

void report(QList<ManifestProblem> &into, const QString &source, const QList<YamlProblem> &problems)
{
    for (const YamlProblem &problem : problems)
        into.append({source, problem.position, problem.message});
}

} // namespace

ManifestSet ManifestReader::read(const QByteArray &text, const QString &source)
{
    ManifestSet set;
    const YamlStreamSplit split = YamlStream::split(text);
    if (split.error) {
        set.errors.append({source, split.error->position, split.error->message});
        return set;
    }
    for (const YamlStreamDocument &chunk : split.documents) {
        YamlReadResult read = YamlReader::read(chunk.text, chunk.firstLine);
        report(set.warnings, source, read.warnings);
        if (read.error) {
            set.errors.append({source, read.error->position, read.error->message});
            continue;
        }
        // The server's Strict validation would refuse them; say where.
        report(set.errors, source, read.duplicateKeys);
        if (!read.duplicateKeys.isEmpty() || read.value.is_null())
            continue;
        ManifestDocument document;
        document.source = source;
        document.firstLine = chunk.firstLine;
        document.body = chunk.text;
        document.bodyLine = chunk.firstLine;
        document.object = std::move(read.value);
        document.positions = std::move(read.positions);
        add(std::move(document), set);
    }
    return set;
}

void ManifestReader::add(ManifestDocument document, ManifestSet &set)
{
    const YamlPosition start{document.firstLine, 1};
    if (!document.object.is_object()) {
        set.errors.append({document.source, start,
                           message(QT_TRANSLATE_NOOP("Kaji::Kube::ManifestReader",
                                                     "a document must be a mapping of fields (apiVersion, kind, metadata, …)"))});
        return;
    }
    QStringList missing;
    if (document.apiVersion().isEmpty())
        missing << QStringLiteral("apiVersion");
    if (document.kind().isEmpty())
        missing << QStringLiteral("kind");
    if (!missing.isEmpty()) {
        set.errors.append({document.source, start,
                           message(QT_TRANSLATE_NOOP("Kaji::Kube::ManifestReader", "%1 not set")).arg(missing.join(QLatin1String(", ")))});
        return;
    }
    const nlohmann::json &items = document.object.contains("items") ? document.object["items"] : nlohmann::json();
    if (!document.kind().endsWith(QLatin1String("List")) || !items.is_array()) {
        set.documents.append(std::move(document));
        return;
    }
    // Each item on its own, as kubectl applies a List; its fields keep
    // their places in the file.
    for (size_t i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("/items/%1").arg(i);
        ManifestDocument item;
        item.source = document.source;
        item.object = items[i];
        // ASCII only: YAML 1.1 readers (the server's) take a raw NEL, LS or
        // PS inside a JSON string for a line break.
        item.body = QByteArray::fromStdString(items[i].dump(-1, ' ', true));
        for (auto it = document.positions.cbegin(); it != document.positions.cend(); ++it) {
            if (it.key() == prefix || it.key().startsWith(prefix + u'/'))
                item.positions.insert(it.key().mid(prefix.size()), it.value());
        }
        item.firstLine = item.positions.value(QString(), start).line;
        add(std::move(item), set);
    }
}

} // namespace Kaji::Kube
