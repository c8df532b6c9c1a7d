#include "manifestdocument.h"

#include "jsonfields.h"

#include <optional>

namespace Kaji::Kube {
namespace {

using nlohmann::json;

struct PathToken {
    bool bracket = false; // [0], [key], [name="web"] rather than .name
    QString text;
};

QList<PathToken> tokenize(const QString &path)
{
    QList<PathToken> tokens;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path[i] == u'.') {
            ++i;
        } else if (path[i] == u'[') {
            qsizetype j = i + 1;
            bool quoted = false;
            for (; j < path.size() && (quoted || path[j] != u']'); ++j) {
                if (path[j] == u'"' && path[j - 1] != u'\\')
                    quoted = !quoted;
            }
            tokens.append({true, path.mid(i + 1, j - i - 1)});
            i = j + 1;
        } else {
            qsizetype j = i;
            while (j < path.size() && path[j] != u'.' && path[j] != u'[')
                ++j;
            tokens.append({false, path.mid(i, j - i)});
            i = j;
        }
    }
    return tokens;
}

// A selector value as apply conflicts write it: JSON ("web", 80), else text.
json selectorValue(const QString &text)
{
    json value = json::parse(text.toStdString(), nullptr, false);
    return value.is_discarded() ? json(text.toStdString()) : value;
}

// The item a bracket picks: an index, `=value` of a set, or `k="v",k2=1`
// keys of a keyed list.
std::optional<size_t> itemIndex(const json &array, const QString &selector)
{
    bool isIndex = false;
    const qulonglong index = selector.toULongLong(&isIndex);
    if (isIndex)
        return index < array.size() ? std::optional<size_t>(index) : std::nullopt;
    QList<std::pair<std::string, json>> wanted;
    if (selector.startsWith(u'=')) {
        wanted.append({std::string(), selectorValue(selector.mid(1))});
    } else {
        for (const QString &pair : selector.split(QLatin1String(","))) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0)
                return std::nullopt;
            wanted.append({pair.left(equals).toStdString(), selectorValue(pair.mid(equals + 1))});
        }
    }
    for (size_t i = 0; i < array.size(); ++i) {
        const json &item = array[i];
        const bool matches = std::all_of(wanted.begin(), wanted.end(), [&](const auto &want) {
            if (want.first.empty())
                return item == want.second;
            return item.is_object() && item.contains(want.first) && item[want.first] == want.second;
        });
        if (matches)
            return i;
    }
    return std::nullopt;
}

QString metadataText(const json &object, const char *key)
{
    return jsonText(jsonChild(object, "metadata"), key);
}

} // namespace

QString ManifestDocument::apiVersion() const
{
    return jsonText(object, "apiVersion");
}

QString ManifestDocument::kind() const
{
    return jsonText(object, "kind");
}

QString ManifestDocument::group() const
{
    const QString v = apiVersion();
    return v.contains(u'/') ? v.section(u'/', 0, 0) : QString();
}

QString ManifestDocument::version() const
{
    return apiVersion().section(u'/', -1);
}

QString ManifestDocument::name() const
{
    return metadataText(object, "name");
}

QString ManifestDocument::generateName() const
{
    return metadataText(object, "generateName");
}

QString ManifestDocument::namespaceName() const
{
    return metadataText(object, "namespace");
}

YamlPosition ManifestDocument::positionOf(const QString &fieldPath) const
{
    const QList<PathToken> tokens = tokenize(fieldPath);
    const json *node = &object;
    QString pointer;
    QString best;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        if (node->is_object()) {
            // Map keys may hold dots ("app.kubernetes.io/name"), which the
            // path does not escape: join names until one is there.
            QString key = tokens[t].text;
            qsizetype last = t;
            while (!node->contains(key.toStdString()) && !tokens[t].bracket && last + 1 < tokens.size()
                   && !tokens[last + 1].bracket)
                key += u'.' + tokens[++last].text;
            if (!node->contains(key.toStdString()))
                break;
            node = &(*node)[key.toStdString()];
            pointer += u'/' + YamlReader::pointerToken(key);
            t = last;
        } else if (node->is_array() && tokens[t].bracket) {
            const std::optional<size_t> index = itemIndex(*node, tokens[t].text);
            if (!index)
                break;
            node = &(*node)[*index];
            pointer += u'/' + QString::number(*index);
        } else {
            break;
        }
        if (positions.contains(pointer))
            best = pointer;
    }
    return positions.value(best, YamlPosition{firstLine, 1});
}

} // namespace Kaji::Kube
