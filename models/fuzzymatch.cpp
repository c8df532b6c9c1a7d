#include "fuzzymatch.h"

namespace Kaji::Models {
namespace {

bool isWordStart(QStringView text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text[i - 1];
    return before == u'/' || before == u'-' || before == u'.' || before == u'_' || before == u' ' || before == u':';
}

} // namespace

std::optional<int> fuzzyScore(QStringView typed, QStringView text)
{
    typed = typed.trimmed();
    if (typed.isEmpty())
        return 0;
    int score = 0;
    qsizetype t = 0;
    qsizetype previous = -2;
    for (const QChar wanted : typed) {
        const QChar lower = wanted.toLower();
        while (t < text.size() && text[t].toLower() != lower)
            ++t;
        if (t == text.size())
            return std::nullopt;
        score += 1;
        if (isWordStart(text, t))
            score += 8;
        if (t == previous + 1)
            score += 5;
        else if (previous >= 0)
            score -= int(std::min<qsizetype>(t - previous - 1, 5)); // a gap
        previous = t;
        ++t;
    }
    const qsizetype at = text.indexOf(typed, 0, Qt::CaseInsensitive);
    if (at == 0)
        score += 30;
    else if (at > 0)
        score += isWordStart(text, at) ? 20 : 10;
    // Of equal matches, the shorter name is the likelier one.
    score -= int(std::min<qsizetype>(text.size() / 8, 10));
    return score;
}

} // namespace Kaji::Models
