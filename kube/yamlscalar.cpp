#include "yamlscalar.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace Kaji::Kube::YamlScalar {
namespace {

using nlohmann::json;

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// go-yaml looks at the first character to decide which rules may apply.
char hintFor(std::string_view text)
{
    if (text.empty())
        return 'N';
    const char c = text.front();
    if (c == '+' || c == '-')
        return 'S';
    if (isDigit(c))
        return 'D';
    if (std::string_view("yYnNtTfFoO~").find(c) != std::string_view::npos)
        return 'M';
    return c == '.' ? '.' : 0;
}

bool oneOf(std::string_view text, std::initializer_list<std::string_view> spellings)
{
    return std::find(spellings.begin(), spellings.end(), text) != spellings.end();
}

std::optional<Resolved> fromTable(std::string_view text)
{
    const double inf = std::numeric_limits<double>::infinity();
    if (oneOf(text, {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}))
        return Resolved{Kind::Bool, true};
    if (oneOf(text, {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}))
        return Resolved{Kind::Bool, false};
    if (oneOf(text, {"", "~", "null", "Null", "NULL"}))
        return Resolved{Kind::Null, nullptr};
    if (oneOf(text, {".nan", ".NaN", ".NAN"}))
        return Resolved{Kind::Float, std::numeric_limits<double>::quiet_NaN()};
    if (oneOf(text, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}))
        return Resolved{Kind::Float, inf};
    if (oneOf(text, {"-.inf", "-.Inf", "-.INF"}))
        return Resolved{Kind::Float, -inf};
    return std::nullopt;
}

// Go's strconv.ParseUint(s, base, 64); base 0 reads the 0x, 0o, 0b and
// leading-0 (octal) prefixes.
std::optional<quint64> parseUnsigned(std::string_view s, int base)
{
    if (s.empty())
        return std::nullopt;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            const char prefix = s.size() >= 3 ? lower(s[1]) : 0;
            base = prefix == 'b' ? 2 : prefix == 'o' ? 8 : prefix == 'x' ? 16 : 8;
            s.remove_prefix(prefix == 'b' || prefix == 'o' || prefix == 'x' ? 2 : 1);
        }
    }
    const quint64 max = std::numeric_limits<quint64>::max();
    quint64 n = 0;
    for (const char c : s) {
        int digit = 0;
        if (isDigit(c))
            digit = c - '0';
        else if (lower(c) >= 'a' && lower(c) <= 'z')
            digit = lower(c) - 'a' + 10;
        else
            return std::nullopt;
        if (digit >= base || n > (max - quint64(digit)) / quint64(base))
            return std::nullopt;
        n = n * quint64(base) + quint64(digit);
    }
    return n;
}

// Go's strconv.ParseInt(s, base, 64).
std::optional<qint64> parseSigned(std::string_view s, int base)
{
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    const std::optional<quint64> magnitude = parseUnsigned(s, base);
    const quint64 limit = quint64(1) << 63;
    if (!magnitude || (!negative && *magnitude >= limit) || (negative && *magnitude > limit))
        return std::nullopt;
    if (negative)
        return *magnitude == limit ? std::numeric_limits<qint64>::min() : -qint64(*magnitude);
    return qint64(*magnitude);
}

// Go's rule for digit separators: each underscore between digits (or after
// a base prefix).
bool underscoresOk(std::string_view s)
{
    char saw = '^';
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
        s.remove_prefix(1);
    size_t i = 0;
    bool hex = false;
    if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < s.size(); ++i) {
        if (isDigit(s[i]) || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
        } else if (s[i] == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else {
            if (saw == '_')
                return false;
            saw = '!';
        }
    }
    return saw != '_';
}

// Go's strconv.ParseFloat(s, 64) for decimal text (the callers rule out
// hexadecimal and the Inf/NaN spellings): nothing on a syntax error or when
// the value is too large for a double.
std::optional<double> parseDecimalFloat(std::string_view s)
{
    std::string digits;
    if (s.find('_') != std::string_view::npos) {
        if (!underscoresOk(s))
            return std::nullopt;
        for (const char c : s) {
            if (c != '_')
                digits += c;
        }
        s = digits;
    }
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || !(isDigit(s[0]) || s[0] == '.'))
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::general);
    if (end != s.data() + s.size())
        return std::nullopt;
    if (error == std::errc::result_out_of_range) {
        // Go rounds a value too small to hold to zero but rejects one too large.
        const size_t e = s.find_first_of("eE");
        if (e == std::string_view::npos || s[e + 1] != '-')
            return std::nullopt;
        value = 0;
    } else if (error != std::errc()) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

bool isYamlFloat(const QString &plain)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)"));
    return pattern.match(plain).hasMatch();
}

// go-yaml's extra binary branch, which also takes "0b+1" and "-0b1".
std::optional<qint64> parseBinaryTail(const std::string &plain)
{
    if (plain.rfind("0b", 0) == 0)
        return parseSigned(std::string_view(plain).substr(2), 2);
    if (plain.rfind("-0b", 0) == 0)
        return parseSigned("-" + plain.substr(3), 2);
    return std::nullopt;
}

Resolved resolveNumber(std::string_view text)
{
    if (text.size() > 4 && isDigit(text[0]) && isDigit(text[1]) && isDigit(text[2]) && isDigit(text[3])
        && text[4] == '-') {
        // Timestamps reach JSON as their text; the only question is whether
        // this could be one, as nothing else with "YYYY-" is a number.
        return {Kind::Timestamp, std::string(text)};
    }
    std::string plain;
    plain.reserve(text.size());
    for (const char c : text) {
        if (c != '_')
            plain += c;
    }
    if (const auto n = parseSigned(plain, 0))
        return {Kind::Int, *n};
    if (const auto n = parseUnsigned(plain, 0))
        return {Kind::Int, *n};
    if (isYamlFloat(QString::fromStdString(plain))) {
        if (const auto f = parseDecimalFloat(plain))
            return {Kind::Float, *f};
    }
    if (const auto n = parseBinaryTail(plain))
        return {Kind::Int, *n};
    return {Kind::String, std::string(text)};
}

bool isSexagesimal(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$)"));
    return pattern.match(text).hasMatch();
}

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::YamlScalar", text);
}

} // namespace

Resolved resolvePlain(std::string_view text)
{
    const char hint = hintFor(text);
    if (hint == 0)
        return {Kind::String, std::string(text)};
    if (auto known = fromTable(text))
        return *known;
    if (hint == '.') {
        if (const auto f = parseDecimalFloat(text))
            return {Kind::Float, *f};
    } else if (hint == 'D' || hint == 'S') {
        return resolveNumber(text);
    }
    return {Kind::String, std::string(text)};
}

bool readsBackAsString(std::string_view text)
{
    if (resolvePlain(text).kind != Kind::String)
        return false;
    // go-yaml reads these as strings, other YAML 1.1 readers as numbers.
    return !isSexagesimal(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

QString surprise(std::string_view text, const Resolved &resolved)
{
    const QString shown = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (resolved.kind == Kind::Bool && !oneOf(text, {"true", "True", "TRUE", "false", "False", "FALSE"})) {
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlScalar", "%1 is read as the boolean %2: quote it (\"%1\") to keep it as text"))
            .arg(shown, resolved.value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false"));
    }
    if (resolved.kind != Kind::Int && resolved.kind != Kind::Float)
        return {};
    std::string_view digits = text;
    if (!digits.empty() && (digits[0] == '+' || digits[0] == '-'))
        digits.remove_prefix(1);
    const bool legacyOctal = resolved.kind == Kind::Int && digits.size() > 1 && digits[0] == '0' && isDigit(digits[1]);
    if (!legacyOctal && text.find('_') == std::string_view::npos)
        return {};
    const QString number = QString::fromStdString(resolved.value.dump());
    return legacyOctal
        ? message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlScalar", "%1 is read as the octal number %2: quote it (\"%1\") to keep it as text"))
              .arg(shown, number)
        : message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlScalar", "%1 is read as the number %2: quote it (\"%1\") to keep it as text"))
              .arg(shown, number);
}

} // namespace Kaji::Kube::YamlScalar
