#include "logclassifier.h"

namespace Kaji::Models {
namespace {

bool isWordChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// klog: "E1126 10:00:00.000000 ..." (severity letter, month, day).
bool klog(QByteArrayView line, char letter)
{
    if (line.size() < 6 || line[0] != letter)
        return false;
    for (int i = 1; i <= 4; ++i)
        if (line[i] < '0' || line[i] > '9')
            return false;
    return line[5] == ' ';
}

// A lower-case level word counts only where a format puts the level:
// `"level":"error"`, `level=error`, envoy's `][error]`.
bool inLevelField(QByteArrayView line, qsizetype start, qsizetype end)
{
    const QByteArrayView before = line.first(start);
    if (before.endsWith("level\":\"") || before.endsWith("level=") || before.endsWith("severity\":\""))
        return true;
    return before.endsWith("][") && end < line.size() && line[end] == ']';
}

} // namespace

LogSeverity classifyLogLine(QByteArrayView line, LogSeverity previous)
{
    if (previous == LogSeverity::Error && !line.isEmpty()
        && (line[0] == '\t' || line.startsWith("    ") || line.startsWith("Caused by:") || line.startsWith("  Position")))
        return LogSeverity::Error;
    if (line.startsWith("panic:") || klog(line, 'E') || klog(line, 'F'))
        return LogSeverity::Error;
    LogSeverity found = klog(line, 'W') ? LogSeverity::Warning : LogSeverity::None;
    // One pass over the words: millions of lines are classified as they arrive.
    const qsizetype size = line.size();
    const char *data = line.data();
    for (qsizetype i = 0; i < size;) {
        if (!isWordChar(data[i])) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < size && isWordChar(data[end]))
            ++end;
        const QByteArrayView word(data + i, end - i);
        // Most words start with none of the level words' letters: skip them cheaply.
        const char c0 = data[i];
        const bool candidate = c0 == 'E' || c0 == 'F' || c0 == 'P' || c0 == 'C' || c0 == 'W' || c0 == 'e' || c0 == 'f'
            || c0 == 'w' || c0 == 'c';
        if (!candidate) {
            if (data[end - 1] == 'n' && end < size && data[end] == ':' && word.endsWith("Exception"))
                return LogSeverity::Error;
            i = end;
            continue;
        }
        switch (word.size()) {
        case 4:
            if (word == "WARN" && found == LogSeverity::None)
                found = LogSeverity::Warning;
            else if (word == "warn" && inLevelField(line, i, end))
                found = LogSeverity::Warning;
            break;
        case 5:
            if (word == "ERROR" || word == "FATAL" || word == "PANIC" || word == "Error")
                return LogSeverity::Error;
            if ((word == "error" || word == "fatal") && inLevelField(line, i, end))
                return LogSeverity::Error;
            break;
        case 6:
            if (word == "FAILED")
                return LogSeverity::Error;
            break;
        case 7:
            if (word == "WARNING" || word == "Warning" || (word == "warning" && inLevelField(line, i, end)))
                found = LogSeverity::Warning;
            break;
        case 8:
            if (word == "CRITICAL" || (word == "critical" && inLevelField(line, i, end)))
                return LogSeverity::Error;
            break;
        default: break;
        }
        // "java.lang.IllegalStateException: ..." reports an error.
        if (word.endsWith("Exception") && end < size && data[end] == ':')
            return LogSeverity::Error;
        i = end;
    }
    if (found == LogSeverity::None && previous == LogSeverity::Error && line.startsWith("\tat "))
        return LogSeverity::Error;
    return found;
}

} // namespace Kaji::Models
