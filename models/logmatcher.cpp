#include "logmatcher.h"

#include <algorithm>
#include <cstring>

namespace Kaji::Models {
namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

} // namespace

LogMatcher::LogMatcher(LogPattern pattern) : m_pattern(std::move(pattern))
{
    if (m_pattern.regex) {
        m_regex.setPattern(m_pattern.text);
        m_regex.setPatternOptions(m_pattern.caseSensitive ? QRegularExpression::NoPatternOption
                                                          : QRegularExpression::CaseInsensitiveOption);
        m_regex.optimize();
        return;
    }
    const bool ascii = std::all_of(m_pattern.text.begin(), m_pattern.text.end(), [](QChar c) { return c.unicode() < 128; });
    if (ascii) {
        m_ascii = m_pattern.text.toLatin1();
        if (!m_pattern.caseSensitive)
            m_ascii = m_ascii.toLower();
    }
}

bool LogMatcher::matches(QByteArrayView line) const
{
    if (m_pattern.text.isEmpty())
        return false;
    if (m_pattern.regex)
        return m_regex.isValid() && m_regex.match(QString::fromUtf8(line)).hasMatch();
    if (m_ascii.isEmpty())
        return QString::fromUtf8(line).contains(m_pattern.text,
                                                m_pattern.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (m_pattern.caseSensitive)
        return line.contains(m_ascii);
    // Case-insensitive: find the first needle byte in either case with
    // memchr, then compare the rest.
    const char first = m_ascii[0];
    const char upper = first >= 'a' && first <= 'z' ? char(first - ('a' - 'A')) : first;
    const qsizetype n = m_ascii.size();
    const char *data = line.data();
    const qsizetype last = line.size() - n;
    for (qsizetype i = 0; i <= last; ++i) {
        if (data[i] != first && data[i] != upper) {
            const void *a = std::memchr(data + i, first, size_t(last - i + 1));
            const void *b = first == upper ? nullptr : std::memchr(data + i, upper, size_t(last - i + 1));
            if (!a && !b)
                return false;
            const char *next = !a ? static_cast<const char *>(b) : !b ? static_cast<const char *>(a)
                                                               : std::min(static_cast<const char *>(a), static_cast<const char *>(b));
            i = next - data;
        }
        qsizetype k = 1;
        while (k < n && lower(data[i + k]) == m_ascii[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

QList<std::pair<int, int>> LogMatcher::ranges(const QString &text) const
{
    QList<std::pair<int, int>> out;
    if (m_pattern.text.isEmpty())
        return out;
    if (m_pattern.regex) {
        if (!m_regex.isValid())
            return out;
        for (auto it = m_regex.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                out.append({int(m.capturedStart()), int(m.capturedLength())});
        }
        return out;
    }
    const Qt::CaseSensitivity cs = m_pattern.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype at = text.indexOf(m_pattern.text, 0, cs); at >= 0;
         at = text.indexOf(m_pattern.text, at + m_pattern.text.size(), cs))
        out.append({int(at), int(m_pattern.text.size())});
    return out;
}

std::vector<qint32> LogMatcher::find(const LogStore::Snapshot &lines, qsizetype from, qsizetype to,
                                     const std::atomic<bool> &cancelled) const
{
    std::vector<qint32> out;
    for (qsizetype i = from; i < to; ++i) {
        if ((i & 0xfff) == 0 && cancelled.load(std::memory_order_relaxed))
            break;
        if (matches(lines.text(i)))
            out.push_back(qint32(i));
    }
    return out;
}

} // namespace Kaji::Models
