#include "yamlconverter.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Kaji::Kube {
namespace {

using nlohmann::json;
using YamlScalar::Kind;
using YamlScalar::Resolved;

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::YamlReader", text);
}

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

const std::string StandardTags = "tag:yaml.org,2002:";

bool isMergeKey(const YamlTree::Node &key)
{
    return key.type == YamlTree::Node::Type::Scalar && key.value == "<<"
        && ((key.plain && key.tag.empty()) || key.tag == StandardTags + "merge");
}

// Go's json.Marshal writes an integral float64 without a fraction, so it
// reaches the server (and anyone reading the JSON) as an integer.
json jsonNumber(double v)
{
    if (v == std::trunc(v) && std::fabs(v) < 1e21) {
        if (v >= -9223372036854775808.0 && v < 9223372036854775808.0)
            return qint64(v);
        if (v >= 0 && v < 18446744073709551616.0)
            return quint64(v);
    }
    return v;
}

// A float key as sigs.k8s.io/yaml spells it: Go's FormatFloat(v, 'g', -1, 32).
std::string floatKey(double v)
{
    const float f = float(v);
    if (std::isnan(f))
        return ".nan";
    if (std::isinf(f))
        return f > 0 ? ".inf" : "-.inf";
    char buffer[64];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, f, std::chars_format::scientific).ptr;
    const std::string scientific(buffer, end);
    const int exponent = std::stoi(scientific.substr(scientific.find('e') + 1));
    if (exponent < -4 || exponent >= 6)
        return scientific;
    end = std::to_chars(buffer, buffer + sizeof buffer, f, std::chars_format::fixed).ptr;
    return std::string(buffer, end);
}

Kind kindOfTag(std::string_view name, bool *known)
{
    *known = true;
    if (name == "bool")
        return Kind::Bool;
    if (name == "int")
        return Kind::Int;
    if (name == "float")
        return Kind::Float;
    if (name == "null")
        return Kind::Null;
    if (name == "timestamp")
        return Kind::Timestamp;
    *known = false;
    return Kind::String;
}

} // namespace

TextPositions::TextPositions(std::string_view text, int firstLine) : m_text(text), m_firstLine(firstLine)
{
    m_lineStarts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n')
            m_lineStarts.push_back(i + 1);
    }
}

YamlPosition TextPositions::at(size_t offset) const
{
    offset = std::min(offset, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const size_t line = size_t(next - m_lineStarts.begin()) - 1;
    int column = 1;
    for (size_t i = m_lineStarts[line]; i < offset; ++i) {
        // Count characters, not the bytes of their UTF-8.
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++column;
    }
    return {int(line) + m_firstLine, column};
}

YamlConverter::YamlConverter(const YamlTree &tree, size_t textSize, YamlReadResult &result)
    : m_tree(tree), m_result(result),
      // Aliases can multiply a small text into billions of nodes; a real
      // manifest has a few per byte at most.
      m_budget(std::max<qint64>(1000000, qint64(textSize) * 20))
{
    m_result.positions.reserve(qsizetype(tree.nodes.size()));
}

json YamlConverter::value(int index, const QString &pointer)
{
    const Node &n = node(index);
    if (--m_budget < 0)
        fail(n, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "the document contains excessive aliasing")));
    switch (n.type) {
    case Node::Type::Mapping: {
        enter(index);
        json out = json::object();
        Keys keys;
        fill(index, pointer, out, keys, nullptr);
        leave();
        return out;
    }
    case Node::Type::Sequence: {
        enter(index);
        json out = json::array();
        qsizetype position = 0;
        for (const int item : n.children) {
            const QString child = pointer + u'/' + QString::number(position++);
            notePosition(child, node(item));
            out.push_back(value(item, child));
        }
        leave();
        return out;
    }
    case Node::Type::Scalar: return scalarValue(n);
    }
    return nullptr;
}

void YamlConverter::fill(int map, const QString &pointer, json &out, Keys &keys, const YamlPosition *mergedAt)
{
    const std::vector<int> &children = node(map).children;
    for (size_t i = 0; i + 1 < children.size(); i += 2) {
        const Node &key = node(children[i]);
        if (isMergeKey(key)) {
            merge(children[i + 1], children[i], pointer, out, keys);
            continue;
        }
        const std::string name = keyText(key);
        noteKey(name, mergedAt ? *mergedAt : key.position, keys, mergedAt);
        const QString child = pointer + u'/' + YamlReader::pointerToken(qstr(name));
        notePosition(child, key);
        out[name] = value(children[i + 1], child);
    }
}

void YamlConverter::merge(int source, int mergeKey, const QString &pointer, json &out, Keys &keys)
{
    const YamlPosition at = node(mergeKey).position;
    const QString wrongValue = message(
        QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "a << merge takes a mapping or a sequence of mappings"));
    // The merged keys themselves get places (their anchor's), deeper
    // repeats do not.
    const auto mergeMap = [&](int map) {
        enter(map, false);
        fill(map, pointer, out, keys, &at);
        leave();
    };
    const Node &from = node(source);
    if (from.type == Node::Type::Mapping) {
        mergeMap(source);
        return;
    }
    if (from.type != Node::Type::Sequence)
        fail(node(mergeKey), wrongValue);
    // go-yaml merges them last to first: the first one wins.
    for (auto it = from.children.rbegin(); it != from.children.rend(); ++it) {
        if (node(*it).type != Node::Type::Mapping)
            fail(node(*it), wrongValue);
        mergeMap(*it);
    }
}

void YamlConverter::noteKey(const std::string &name, const YamlPosition &at, Keys &keys, const YamlPosition *mergedAt)
{
    const auto [it, inserted] = keys.try_emplace(name, KeySeen{at, mergedAt != nullptr});
    if (inserted)
        return;
    const QString text = (mergedAt || it->second.merged)
        ? message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader",
                                    "the key \"%1\" is set twice in this mapping, once by a << merge (line %2); "
                                    "Strict field validation rejects that"))
        : message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "the key \"%1\" is repeated (first at line %2)"));
    m_result.duplicateKeys.append({at, text.arg(qstr(name)).arg(it->second.position.line)});
    it->second = KeySeen{at, mergedAt != nullptr};
}

Resolved YamlConverter::resolve(const Node &node)
{
    const std::string &text = node.value;
    const std::string &tag = node.tag;
    if (tag.empty() && node.plain)
        return YamlScalar::resolvePlain(text);
    // Quoted or block text, and tags of the user's own: go-yaml keeps the text.
    if (tag.rfind(StandardTags, 0) != 0 || tag == StandardTags + "str")
        return {Kind::String, text};
    const std::string_view name = std::string_view(tag).substr(StandardTags.size());
    if (name == "binary") {
        const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(text).replace('\n', "").replace('\r', ""),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(node, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "!!binary value contains invalid base64 data")));
        return {Kind::String, QString::fromUtf8(*decoded).toStdString()};
    }
    bool known = false;
    const Kind wanted = kindOfTag(name, &known);
    if (!known)
        return {Kind::String, text};
    Resolved resolved = YamlScalar::resolvePlain(text);
    if (wanted == Kind::Float && resolved.kind == Kind::Int) {
        resolved = {Kind::Float, resolved.value.is_number_unsigned() ? double(resolved.value.get<quint64>())
                                                                     : double(resolved.value.get<qint64>())};
    }
    if (resolved.kind != wanted) {
        fail(node, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "cannot read %1 as !!%2"))
                       .arg(qstr(text), QString::fromUtf8(name.data(), qsizetype(name.size()))));
    }
    return resolved;
}

std::string YamlConverter::keyText(const Node &key)
{
    if (key.type != Node::Type::Scalar)
        fail(key, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "a mapping or a sequence cannot be a key")));
    const QString nullKey = message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "a key cannot be null"));
    const Resolved resolved = resolve(key);
    if (key.tag.empty() && key.plain) {
        if (const QString why = YamlScalar::surprise(key.value, resolved); !why.isEmpty())
            m_result.warnings.append({key.position, why});
    }
    switch (resolved.kind) {
    case Kind::String:
    case Kind::Timestamp: return resolved.value.get<std::string>();
    case Kind::Bool: return resolved.value.get<bool>() ? "true" : "false";
    case Kind::Int:
        // sigs.k8s.io/yaml has no case for go-yaml's uint64 keys.
        if (resolved.value.is_number_unsigned())
            fail(key, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "the key %1 is too large a number")).arg(qstr(key.value)));
        return std::to_string(resolved.value.get<qint64>());
    case Kind::Float: return floatKey(resolved.value.get<double>());
    case Kind::Null: break;
    }
    fail(key, nullKey);
}

json YamlConverter::scalarValue(const Node &node)
{
    const Resolved resolved = resolve(node);
    if (node.tag.empty() && node.plain) {
        if (const QString why = YamlScalar::surprise(node.value, resolved); !why.isEmpty())
            m_result.warnings.append({node.position, why});
    }
    if (resolved.kind != Kind::Float)
        return resolved.value;
    const double v = resolved.value.get<double>();
    if (!std::isfinite(v)) {
        fail(node, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "%1 is not a number JSON can hold"))
                       .arg(qstr(node.value)));
    }
    return jsonNumber(v);
}

void YamlConverter::enter(int index, bool quietRepeat)
{
    if (std::find(m_open.begin(), m_open.end(), index) != m_open.end())
        fail(node(index), message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "an anchor's value contains an alias of itself")));
    const bool repeat = !m_converted.insert(index).second && quietRepeat;
    m_open.push_back(index);
    m_openRepeat.push_back(repeat);
    m_repeats += repeat ? 1 : 0;
}

void YamlConverter::leave()
{
    m_repeats -= m_openRepeat.back() ? 1 : 0;
    m_open.pop_back();
    m_openRepeat.pop_back();
}

void YamlConverter::notePosition(const QString &pointer, const Node &node)
{
    // Inside an alias the places are those of its anchor, recorded once:
    // recording them for every copy could take more memory than the text.
    if (m_repeats == 0)
        m_result.positions.insert(pointer, node.position);
}

void YamlConverter::fail(const Node &node, const QString &text) const
{
    throw YamlFailure{node.position, text};
}

} // namespace Kaji::Kube
