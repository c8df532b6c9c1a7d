#include "jsonscan.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Kaji::Kube::JsonScan {

std::string_view view(Value value)
{
    std::string_view out;
    if (value.get_string().get(out) != simdjson::SUCCESS)
        return {};
    return out;
}

QString text(Value value)
{
    const std::string_view v = view(value);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QByteArray bytes(Value value)
{
    const std::string_view v = view(value);
    return QByteArray(v.data(), qsizetype(v.size()));
}

bool boolean(Value value)
{
    bool out = false;
    return value.get_bool().get(out) == simdjson::SUCCESS && out;
}

qint64 int32(Value value)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS || type != simdjson::ondemand::json_type::number)
        return 0;
    simdjson::ondemand::number_type kind;
    if (value.get_number_type().get(kind) != simdjson::SUCCESS)
        return 0;
    constexpr qint64 low = std::numeric_limits<qint32>::min();
    constexpr qint64 high = std::numeric_limits<qint32>::max();
    if (kind == simdjson::ondemand::number_type::signed_integer) {
        int64_t out = 0;
        return value.get_int64().get(out) == simdjson::SUCCESS ? std::clamp<qint64>(out, low, high) : 0;
    }
    if (kind == simdjson::ondemand::number_type::unsigned_integer) {
        uint64_t out = 0;
        return value.get_uint64().get(out) == simdjson::SUCCESS ? qint64(std::min<uint64_t>(out, uint64_t(high))) : 0;
    }
    return 0; // a float or a big integer beyond 64 bits
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil), so the common "2026-11-26T10:00:00Z" needs no QDateTime.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool digits(std::string_view s, size_t at, size_t count, unsigned &out)
{
    out = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + unsigned(s[i] - '0');
    }
    return true;
}

// The exact shape the API server writes; anything else goes the slow way.
bool fastUtcStamp(std::string_view s, qint64 &out)
{
    if (s.size() != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return false;
    unsigned y, mo, d, h, mi, se;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, mo) || !digits(s, 8, 2, d) || !digits(s, 11, 2, h)
        || !digits(s, 14, 2, mi) || !digits(s, 17, 2, se))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
        return false;
    out = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
    return true;
}

} // namespace

qint64 epochSecs(Value value)
{
    const std::string_view raw = view(value);
    qint64 fast = 0;
    if (fastUtcStamp(raw, fast))
        return fast;
    const QString stamp = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    if (stamp.isEmpty())
        return 0;
    const QDateTime time = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

bool isNull(Value value)
{
    bool null = false;
    return value.is_null().get(null) == simdjson::SUCCESS && null;
}

simdjson::ondemand::parser &parser()
{
    thread_local simdjson::ondemand::parser instance;
    return instance;
}

void releaseLargeParser()
{
    constexpr size_t LargeCapacity = 1 << 20; // bytes of text: a watch event is a few KB
    simdjson::ondemand::parser &instance = parser();
    if (instance.capacity() > LargeCapacity)
        instance = simdjson::ondemand::parser();
}

simdjson::padded_string padded(std::string_view json)
{
    return simdjson::padded_string(json.data(), json.size());
}

void reservePadding(QByteArray &buffer)
{
    if (buffer.capacity() - buffer.size() < Padding)
        buffer.reserve(buffer.size() + Padding);
}

InPlace::InPlace(const QByteArray &json)
{
    // capacity() counts from data() to the end of the allocation; raw data
    // (fromRawData) and shared empty arrays report 0 and are copied.
    if (json.capacity() - json.size() >= Padding) {
        m_view = simdjson::padded_string_view(json.constData(), size_t(json.size()), size_t(json.capacity()));
        return;
    }
    m_copy = padded(std::string_view(json.constData(), size_t(json.size())));
    m_view = simdjson::padded_string_view(m_copy.data(), m_copy.size(), m_copy.size() + size_t(Padding));
}

} // namespace Kaji::Kube::JsonScan
