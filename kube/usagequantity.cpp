#include "usagequantity.h"

#include <limits>

namespace Kaji::Kube {
namespace {

// digits × 10^decimalExponent × 2^binaryExponent, read from the text.
struct Parsed {
    quint64 digits = 0;
    int decimalExponent = 0;
    int binaryExponent = 0;
    bool dropped = false; // non-zero digits past what 64 bits hold: they round up
};

std::optional<Parsed> parse(std::string_view text)
{
    Parsed p;
    size_t i = 0;
    if (i < text.size() && text[i] == '+')
        ++i;
    bool any = false, dot = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !dot) {
            dot = true;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        any = true;
        if (p.digits >= 100'000'000'000'000'000ULL) {
            // Beyond what any usage holds: the further digits only round.
            if (!dot)
                ++p.decimalExponent;
            p.dropped = p.dropped || c != '0';
            continue;
        }
        p.digits = p.digits * 10 + unsigned(c - '0');
        if (dot)
            --p.decimalExponent;
    }
    if (!any)
        return std::nullopt;
    const std::string_view suffix = text.substr(i);
    static const struct {
        std::string_view text;
        int decimal, binary;
    } suffixes[] = {{"", 0, 0},   {"n", -9, 0}, {"u", -6, 0}, {"m", -3, 0},  {"k", 3, 0},   {"M", 6, 0},
                    {"G", 9, 0},  {"T", 12, 0}, {"P", 15, 0}, {"E", 18, 0},  {"Ki", 0, 10}, {"Mi", 0, 20},
                    {"Gi", 0, 30}, {"Ti", 0, 40}, {"Pi", 0, 50}, {"Ei", 0, 60}};
    for (const auto &s : suffixes) {
        if (suffix == s.text) {
            p.decimalExponent += s.decimal;
            p.binaryExponent = s.binary;
            return p;
        }
    }
    // Scientific notation: 2e3, 1.5E-3.
    if (suffix.size() >= 2 && (suffix[0] == 'e' || suffix[0] == 'E')) {
        int sign = 1, exponent = 0;
        size_t j = 1;
        if (suffix[j] == '-' || suffix[j] == '+')
            sign = suffix[j++] == '-' ? -1 : 1;
        if (j >= suffix.size())
            return std::nullopt;
        for (; j < suffix.size(); ++j) {
            if (suffix[j] < '0' || suffix[j] > '9' || exponent > 100)
                return std::nullopt;
            exponent = exponent * 10 + (suffix[j] - '0');
        }
        p.decimalExponent += sign * exponent;
        return p;
    }
    return std::nullopt;
}

// The value × 10^scale, rounded up to an integer.
std::optional<qint64> scaled(std::string_view text, int scale)
{
    const std::optional<Parsed> p = parse(text);
    if (!p)
        return std::nullopt;
    quint64 value = p->digits;
    // Checked before each step, so nothing wraps (quint64 holds 2 × limit).
    const auto limit = static_cast<quint64>(std::numeric_limits<qint64>::max());
    for (int b = 0; b < p->binaryExponent; ++b) {
        if (value > limit / 2)
            return std::nullopt;
        value <<= 1;
    }
    int exponent = p->decimalExponent + scale;
    for (; exponent > 0; --exponent) {
        if (value > limit / 10)
            return std::nullopt;
        value *= 10;
    }
    bool remainder = p->dropped;
    for (; exponent < 0; ++exponent) {
        remainder = remainder || value % 10 != 0;
        value /= 10;
    }
    if (remainder)
        ++value;
    if (value > limit)
        return std::nullopt;
    return static_cast<qint64>(value);
}

} // namespace

std::optional<qint64> cpuNanocores(std::string_view quantity)
{
    return scaled(quantity, 9);
}

std::optional<qint64> memoryBytes(std::string_view quantity)
{
    return scaled(quantity, 0);
}

} // namespace Kaji::Kube
