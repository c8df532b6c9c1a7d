#pragma once

#include "logstore.h"

#include <QRegularExpression>
#include <QString>

#include <atomic>
#include <vector>

// A value type: copy one to each thread that searches with it.
namespace Kaji::Models {

struct LogPattern {
    QString text;
    bool regex = false;
    bool caseSensitive = false;
    bool operator==(const LogPattern &) const = default;
};

// A compiled search pattern. Plain ASCII text is matched on the raw bytes
// (no UTF-16 conversion per line, which dominates a million-line search);
// anything else goes through QString.
class LogMatcher {
public:
    LogMatcher() = default;
    explicit LogMatcher(LogPattern pattern);

    bool isEmpty() const { return m_pattern.text.isEmpty(); }
    bool isValid() const { return !m_pattern.regex || m_regex.isValid(); }
    QString errorString() const { return m_regex.errorString(); }
    const LogPattern &pattern() const { return m_pattern; }

    bool matches(QByteArrayView line) const;
    // [start, length) of each match in `text`, in order.
    QList<std::pair<int, int>> ranges(const QString &text) const;
    // Indices of the matching lines in [from, to); stops early (and returns
    // what it has) once `cancelled` turns true.
    std::vector<qint32> find(const LogStore::Snapshot &lines, qsizetype from, qsizetype to,
                             const std::atomic<bool> &cancelled) const;

private:
    LogPattern m_pattern;
    QRegularExpression m_regex;
    QByteArray m_ascii; // the needle, lower-cased unless case-sensitive; empty if not plain ASCII
};

} // namespace Kaji::Models
