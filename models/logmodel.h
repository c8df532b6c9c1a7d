#pragma once

#include "logbatch.h"
#include "logmatcher.h"
#include "logstore.h"

#include <QAbstractListModel>
#include <QMutex>

#include <memory>

// GUI thread; searches run on QThreadPool and report back through queued calls.
namespace Kaji::Models {

// A log of up to millions of lines as a list model: lines live in a packed
// LogStore, the text for a row is built only when a view asks for it.
// Appends insert one block of rows per batch. A search runs on the thread
// pool over a snapshot (stale results are dropped by generation) and keeps
// up with appended lines; in filter-only mode the rows are just the matching
// lines.
class LogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TextRole = Qt::UserRole + 1, // QString: the line alone, no timestamp or source prefix
        SeverityRole, // int: LogSeverity
        TimestampRole, // qint64: nanoseconds since the epoch, 0 if unknown
        SourceRole, // QString: the pod (or other source) of the line
        HighlightsRole, // QVariantList of QPoint(start, length) in DisplayRole's text
        MatchRole, // bool: the line matches the search
        LineRole, // qint64: the line's index in the whole log
    };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void clear();
    void append(const LogBatch &batch);
    // Names source index `index` (0-based; merged workload logs).
    void setSourceName(int index, const QString &name);

    qsizetype lineCount() const { return m_store.size(); }
    qsizetype byteCount() const { return m_store.bytes(); }
    qsizetype longestLine() const { return m_longest; } // in bytes
    QByteArrayView lineText(qsizetype line) const { return m_store.text(line); }
    const LogLine &lineInfo(qsizetype line) const { return m_store.line(line); }

    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_showTimestamps; }
    void setShowSources(bool show);
    bool showSources() const { return m_showSources; }

    void setPattern(const LogPattern &pattern);
    const LogPattern &pattern() const { return m_matcher.pattern(); }
    bool patternValid() const { return m_matcher.isValid(); }
    QString patternError() const { return m_matcher.errorString(); }
    bool isSearching() const { return m_job != nullptr; }
    int matchCount() const { return int(m_matches.size()); }
    qsizetype matchLine(int i) const { return m_matches[size_t(i)]; }

    void setFilterOnly(bool on);
    bool filterOnly() const { return m_filterOnly; }
    bool filtering() const { return m_filterOnly && !m_matcher.isEmpty() && m_matcher.isValid(); }
    qsizetype lineOfRow(int row) const { return filtering() ? qsizetype(m_matches[size_t(row)]) : row; }
    // The row showing `line`, or -1 when the filter hides it.
    int rowOfLine(qsizetype line) const;
    // The row of the next match after `row` (before it when `backwards`),
    // wrapping around; -1 without matches. `row` -1 starts at an end.
    int nextMatchRow(int row, bool backwards) const;
    // Which match (0-based) `row` shows, or -1.
    int matchIndexOfRow(int row) const;

    QString displayText(qsizetype line) const;

Q_SIGNALS:
    void matchesChanged();
    // Every line appended so far has been searched.
    void searchFinished();

private:
    struct Job {
        QMutex mutex;
        LogModel *model = nullptr; // null once the result is no longer wanted
        std::atomic<bool> cancelled{false};
        std::atomic<int> remaining{0}; // slices still running
        std::vector<std::vector<qint32>> slices; // one per pool task, each written by its own
    };

    void startSearch();
    void cancelSearch();
    void onSearchDone(quint64 generation, qsizetype searchedTo, std::vector<qint32> matches);
    QString prefix(const LogLine &line) const;

    LogStore m_store;
    QStringList m_sourceNames;
    QList<LogSeverity> m_lastSeverity; // per source: stack traces continue across batches
    bool m_showTimestamps = false;
    bool m_showSources = false;

    LogMatcher m_matcher;
    bool m_filterOnly = false;
    std::vector<qint32> m_matches; // ascending line indices
    qsizetype m_searchedTo = 0;
    qsizetype m_longest = 0;
    quint64 m_generation = 0;
    std::shared_ptr<Job> m_job;
};

} // namespace Kaji::Models
