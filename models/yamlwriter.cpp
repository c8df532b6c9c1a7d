#include "yamlwriter.h"

#include <QRegularExpression>

namespace Kaji::Models {
namespace {

using nlohmann::json;

// Plain scalars YAML 1.1/1.2 readers would take for another type, or that
// its syntax claims: those get double quotes.
bool needsQuotes(const QString &s)
{
    if (s.isEmpty() || s != s.trimmed())
        return true;
    static const QRegularExpression special(QStringLiteral(
        R"(^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o?[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (special.match(s).hasMatch())
        return true;
    const QChar first = s.front();
    if (QStringLiteral("-?:,[]{}#&*!|>'\"%@`").contains(first))
        return true;
    return s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) || s.endsWith(u':')
        || s.contains(u'\t');
}

QString quoted(const QString &s)
{
    return QString::fromStdString(json(s.toStdString()).dump());
}

QString scalar(const json &value)
{
    switch (value.type()) {
    case json::value_t::null: return QStringLiteral("null");
    case json::value_t::boolean: return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case json::value_t::string: {
        const QString s = QString::fromStdString(value.get<std::string>());
        return needsQuotes(s) ? quoted(s) : s;
    }
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
        const QString s = QString::fromStdString(value.get<std::string>());
        if (s.contains(u'\n') && !s.contains(u'\r')) {
            // A literal block keeps configuration files readable.
            const bool trailingNewline = s.endsWith(u'\n');
            out += prefix + (trailingNewline ? QStringLiteral(" |\n") : QStringLiteral(" |-\n"));
            const QStringList lines = (trailingNewline ? s.chopped(1) : s).split(u'\n');
            for (const QString &line : lines)
                out += (line.isEmpty() ? QString() : QString(indent + 2, u' ') + line) + u'\n';
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
            const QString key = QString::fromStdString(it.key());
            writeEntry(pad + (needsQuotes(key) ? quoted(key) : key) + u':', it.value(), indent, out);
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

QString toYaml(const json &document)
{
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
