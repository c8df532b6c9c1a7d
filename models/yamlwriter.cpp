#include "yamlwriter.h"

#include "yamlscalar.h"

#include <QStringList>

namespace Kaji::Models {
namespace {

using nlohmann::json;

// QString::fromUtf8 drops a leading byte order mark; a value may start
// with one and must keep it.
QString fromUtf8(const std::string &s)
{
    if (s.rfind("\xEF\xBB\xBF", 0) == 0)
        return QChar(0xFEFF) + QString::fromUtf8(s.data() + 3, qsizetype(s.size()) - 3);
    return QString::fromStdString(s);
}

// Whether YAML's syntax lets `s` stand unquoted in block context: no
// indicator first, nothing that starts a comment or a mapping value, no
// surrounding spaces, only printable characters.
bool plainSyntaxAllows(const QString &s)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return false;
    if (QStringLiteral(",[]{}#&*!|>'\"%@`").contains(s.front()))
        return false;
    // "-", "?" and ":" start a plain scalar when no space follows ("--all").
    if (QStringLiteral("-?:").contains(s.front()) && (s.size() == 1 || s[1].isSpace()))
        return false;
    if (s.startsWith(QLatin1String("---")) || s.startsWith(QLatin1String("...")))
        return false;
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) || s.endsWith(u':'))
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFEFF || u == 0xFFFE || u == 0xFFFF)
            return false;
    }
    return true;
}

// Strings that would read back as something else (`yes`, `0755`, `~`,
// `1e3`, a timestamp) or that YAML's syntax claims get double quotes. `<<`
// is a merge key and `=` a YAML 1.1 value key to some readers.
bool needsQuotes(const QString &s)
{
    if (!plainSyntaxAllows(s) || s == QLatin1String("<<") || s == QLatin1String("="))
        return true;
    const QByteArray utf8 = s.toUtf8();
    return !Kube::YamlScalar::readsBackAsString(std::string_view(utf8.constData(), size_t(utf8.size())));
}

// A double-quoted scalar. Line breaks YAML 1.1 knows beyond \n (NEL, LS,
// PS) are escaped too, or a reader would fold them; NEL as \x85, which
// yaml-cpp decodes right (its \N gives a lone byte).
QString quoted(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case 0x2028: out += QLatin1String("\\L"); break;
        case 0x2029: out += QLatin1String("\\P"); break;
        case 0xFEFF: out += QLatin1String("\\uFEFF"); break;
        default:
            if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
                out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
            else if (u == 0xFFFE || u == 0xFFFF)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16);
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

// Multi-line text as a literal block when that keeps it exactly: printable
// lines, no trailing spaces (a block drops nothing, but the writer of the
// text would not see them), and a first line that does not start with a
// space (the block's indentation would swallow it).
bool fitsLiteralBlock(const QString &s)
{
    if (!s.contains(u'\n') || s.contains(u'\r'))
        return false;
    const QStringList lines = s.split(u'\n');
    bool content = false;
    for (const QString &line : lines) {
        if (!line.isEmpty() && (line.back() == u' ' || line.back() == u'\t'))
            return false;
        for (const QChar c : line) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\t') || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFEFF)
                return false;
        }
        if (!content && !line.isEmpty()) {
            if (line.front() == u' ' || line.front() == u'\t')
                return false;
            content = true;
        }
    }
    return content;
}

QString scalar(const json &value)
{
    switch (value.type()) {
    case json::value_t::null: return QStringLiteral("null");
    case json::value_t::boolean: return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case json::value_t::string: return toYamlScalar(fromUtf8(value.get<std::string>()));
    default: return QString::fromStdString(value.dump());
    }
}

bool isEmptyCollection(const json &value)
{
    return (value.is_object() || value.is_array()) && value.empty();
}

void write(const json &value, int indent, QString &out);

// "key: value" or "key:" plus a nested block on the following lines.
void writeEntry(const QString &prefix, const json &value, int indent, QString &out)
{
    if (value.is_string()) {
        const QString s = fromUtf8(value.get<std::string>());
        if (fitsLiteralBlock(s)) {
            // A literal block keeps configuration files readable. Its
            // chomping says how many line breaks end the text: none (|-),
            // one (|) or all that follow (|+).
            qsizetype trailing = 0;
            while (trailing < s.size() && s[s.size() - 1 - trailing] == u'\n')
                ++trailing;
            out += prefix + (trailing == 0 ? QStringLiteral(" |-\n") : trailing == 1 ? QStringLiteral(" |\n") : QStringLiteral(" |+\n"));
            const QStringList lines = s.left(s.size() - trailing).split(u'\n');
            for (const QString &line : lines)
                out += (line.isEmpty() ? QString() : QString(indent + 2, u' ') + line) + u'\n';
            for (qsizetype i = 1; i < trailing; ++i)
                out += u'\n';
            return;
        }
    }
    if ((value.is_object() || value.is_array()) && !value.empty()) {
        out += prefix + u'\n';
        // Sequences under a key sit at the key's indentation, as kubectl prints them.
        write(value, value.is_array() ? indent : indent + 2, out);
        return;
    }
    out += prefix + u' ' + (isEmptyCollection(value) ? (value.is_object() ? QStringLiteral("{}") : QStringLiteral("[]")) : scalar(value))
        + u'\n';
}

void write(const json &value, int indent, QString &out)
{
    const QString pad(indent, u' ');
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString key = fromUtf8(it.key());
            writeEntry(pad + toYamlScalar(key) + u':', it.value(), indent, out);
        }
        return;
    }
    if (value.is_array()) {
        for (const json &item : value) {
            if (item.is_object() && !item.empty()) {
                // The first key shares the dash's line.
                QString block;
                write(item, indent + 2, block);
                out += pad + QStringLiteral("- ") + block.mid(indent + 2);
            } else if (item.is_array() && !item.empty()) {
                out += pad + QStringLiteral("-\n");
                write(item, indent + 2, out);
            } else {
                writeEntry(pad + u'-', item, indent + 2, out);
            }
        }
        return;
    }
    out += pad + scalar(value) + u'\n';
}

} // namespace

QString toYamlScalar(const QString &text)
{
    return needsQuotes(text) ? quoted(text) : text;
}

QString toYaml(const json &document)
{
    // An empty map or list has no block form: written as nothing, it would
    // read back as null.
    if (isEmptyCollection(document))
        return document.is_object() ? QStringLiteral("{}\n") : QStringLiteral("[]\n");
    QString out;
    write(document, 0, out);
    return out;
}

json objectForDisplay(json object, const ObjectYamlOptions &options)
{
    if (!object.is_object())
        return object;
    if (options.hideManagedFields && object.contains("metadata") && object["metadata"].is_object())
        object["metadata"].erase("managedFields");
    const bool secret = object.value("kind", json()).is_string() && object["kind"].get<std::string>() == "Secret";
    if (secret && !options.revealSecrets) {
        for (const char *field : {"data", "stringData"}) {
            if (object.contains(field) && object[field].is_object()) {
                for (auto &entry : object[field])
                    entry = "••••••••";
            }
        }
        // kubectl apply keeps the whole manifest, values included, in an annotation.
        if (object["metadata"].is_object() && object["metadata"].contains("annotations")
            && object["metadata"]["annotations"].is_object())
            if (object["metadata"]["annotations"].contains("kubectl.kubernetes.io/last-applied-configuration"))
                object["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"] = "••••••••";
    }
    return object;
}

} // namespace Kaji::Models
