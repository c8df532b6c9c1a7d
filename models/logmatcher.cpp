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
    if (m_pattern.regex && m_regex.isValid()) {
        // One UTF-16 conversion and one PCRE scan per few thousand lines
        // instead of per line: candidates found in the joined text are
        // confirmed on their own line, so nothing matches across lines.
        QRegularExpression joined(m_regex.pattern(), m_regex.patternOptions() | QRegularExpression::MultilineOption);
        constexpr qsizetype Group = 4096;
        QByteArray text;
        std::vector<qsizetype> starts;
        for (qsizetype first = from; first < to && !cancelled.load(std::memory_order_relaxed); first += Group) {
            const qsizetype last = std::min(to, first + Group);
            text.clear();
            starts.clear();
            for (qsizetype i = first; i < last; ++i) {
                starts.push_back(text.size());
                text += lines.text(i);
                text += '\n';
            }
            const QString utf16 = QString::fromUtf8(text);
            // Line starts in UTF-16 units (they differ from bytes only for non-ASCII text).
            std::vector<qsizetype> starts16;
            starts16.reserve(starts.size());
            for (qsizetype pos = 0, i = 0; i < qsizetype(starts.size()); ++i) {
                starts16.push_back(pos);
                pos = utf16.indexOf(u'\n', pos) + 1;
            }
            for (qsizetype at = 0; at < utf16.size();) {
                // fromUtf8() always yields valid UTF-16: skip PCRE's re-check
                // of the whole subject on every call.
                const QRegularExpressionMatch m = joined.match(utf16, at, QRegularExpression::NormalMatch,
                                                               QRegularExpression::DontCheckSubjectStringMatchOption);
                if (!m.hasMatch())
                    break;
                const auto it = std::upper_bound(starts16.begin(), starts16.end(), m.capturedStart()) - 1;
                const qsizetype index = it - starts16.begin();
                if (matches(lines.text(first + index)))
                    out.push_back(qint32(first + index));
                at = index + 1 < qsizetype(starts16.size()) ? starts16[size_t(index + 1)] : utf16.size();
            }
        }
        return out;
    }
    for (qsizetype i = from; i < to; ++i) {
        if ((i & 0xfff) == 0 && cancelled.load(std::memory_order_relaxed))
            break;
        if (matches(lines.text(i)))
            out.push_back(qint32(i));
    }
    return out;
}

} // namespace Kaji::Models
