#include "unifieddiff.h"

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace Kaji::Models {
namespace {

enum class Op { Same, Removed, Added };

struct Edit {
    Op op;
    qsizetype line; // index into before (Same, Removed) or after (Added)
};

// dtl's script, with each run of changes put as diff prints it: what goes,
// then what comes.
std::vector<Edit> editScript(const QStringList &before, const QStringList &after)
{
    std::vector<std::string> a;
    std::vector<std::string> b;
    a.reserve(size_t(before.size()));
    b.reserve(size_t(after.size()));
    for (const QString &line : before)
        a.push_back(line.toStdString());
    for (const QString &line : after)
        b.push_back(line.toStdString());
    dtl::Diff<std::string> diff(a, b);
    diff.compose();
    std::vector<Edit> script;
    std::vector<Edit> added;
    qsizetype ai = 0;
    qsizetype bi = 0;
    for (const auto &element : diff.getSes().getSequence()) {
        switch (element.second.type) {
        case dtl::SES_COMMON:
            script.insert(script.end(), added.begin(), added.end());
            added.clear();
            script.push_back({Op::Same, ai++});
            ++bi;
            break;
        case dtl::SES_DELETE: script.push_back({Op::Removed, ai++}); break;
        case dtl::SES_ADD: added.push_back({Op::Added, bi++}); break;
        }
    }
    script.insert(script.end(), added.begin(), added.end());
    return script;
}

// "-3,2", "-3" for one line, "-2,0" (the line before) for none.
QString range(qsizetype first, qsizetype count)
{
    if (count == 1)
        return QString::number(first + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? first : first + 1).arg(count);
}

} // namespace

QString UnifiedDiff::hunks(const QStringList &before, const QStringList &after, int context)
{
    const std::vector<Edit> script = editScript(before, after);
    const qsizetype size = qsizetype(script.size());
    QString out;
    qsizetype i = 0;
    // Where each edit stands in before and after.
    std::vector<qsizetype> aAt(size_t(size) + 1);
    std::vector<qsizetype> bAt(size_t(size) + 1);
    for (qsizetype k = 0; k < size; ++k) {
        aAt[size_t(k + 1)] = aAt[size_t(k)] + (script[size_t(k)].op != Op::Added ? 1 : 0);
        bAt[size_t(k + 1)] = bAt[size_t(k)] + (script[size_t(k)].op != Op::Removed ? 1 : 0);
    }
    while (i < size) {
        while (i < size && script[size_t(i)].op == Op::Same)
            ++i;
        if (i == size)
            break;
        // A hunk: from `context` lines before its first change to `context`
        // after its last, taking in the next change when at most 2 × context
        // lines lie between (their contexts would meet).
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        for (;;) {
            while (end < size && script[size_t(end)].op != Op::Same)
                ++end;
            qsizetype same = end;
            while (same < size && script[size_t(same)].op == Op::Same && same - end < 2 * context)
                ++same;
            if (same < size && script[size_t(same)].op != Op::Same) {
                end = same;
                continue;
            }
            end = std::min(size, end + context);
            break;
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(aAt[size_t(start)], aAt[size_t(end)] - aAt[size_t(start)]),
                        range(bAt[size_t(start)], bAt[size_t(end)] - bAt[size_t(start)]));
        for (qsizetype k = start; k < end; ++k) {
            const Edit &e = script[size_t(k)];
            switch (e.op) {
            case Op::Same: out += u' ' + before[e.line] + u'\n'; break;
            case Op::Removed: out += u'-' + before[e.line] + u'\n'; break;
            case Op::Added: out += u'+' + after[e.line] + u'\n'; break;
            }
        }
        i = end;
    }
    return out;
}

} // namespace Kaji::Models
