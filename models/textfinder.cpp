#include "textfinder.h"

namespace Kaji::Models {

namespace {

constexpr char16_t FirstBeyondAscii = 0x80;

char16_t lowerAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

} // namespace

TextFinder::TextFinder(const QString &text) : m_text(text)
{
    m_ascii = true;
    m_lowerAscii.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= FirstBeyondAscii) {
            m_ascii = false;
            m_lowerAscii.clear();
            return;
        }
        m_lowerAscii.append(char(lowerAscii(c.unicode())));
    }
}

bool TextFinder::foundIn(QStringView cell) const
{
    if (!m_ascii)
        return cell.contains(m_text, Qt::CaseInsensitive);
    const qsizetype length = m_lowerAscii.size();
    if (length == 0)
        return true;
    const char16_t *chars = cell.utf16();
    const char16_t first = char16_t(m_lowerAscii.at(0));
    // A match starts at the latest `length` characters from the end: folding
    // maps one UTF-16 unit to one, and whatever is beyond ASCII goes to Qt.
    for (qsizetype start = 0; start + length <= cell.size(); ++start) {
        const char16_t c = chars[start];
        if (c >= FirstBeyondAscii)
            return cell.contains(m_text, Qt::CaseInsensitive);
        if (lowerAscii(c) != first)
            continue;
        qsizetype matched = 1;
        while (matched < length) {
            const char16_t next = chars[start + matched];
            if (next >= FirstBeyondAscii)
                return cell.contains(m_text, Qt::CaseInsensitive);
            if (lowerAscii(next) != char16_t(m_lowerAscii.at(matched)))
                break;
            ++matched;
        }
        if (matched == length)
            return true;
    }
    return false;
}

} // namespace Kaji::Models
