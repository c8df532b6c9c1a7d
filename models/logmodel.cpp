#include "logmodel.h"

// GCC 12 at -O2 takes the atomic loads below, through a shared_ptr, for
// writes past an object (a known false positive, GCC bug 104475).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#endif

#include "logstream.h"

#include <QPoint>
#include <QThreadPool>

#include <algorithm>

namespace Kaji::Models {

LogModel::LogModel(QObject *parent) : QAbstractListModel(parent)
{
    qRegisterMetaType<LogBatch>();
}

LogModel::~LogModel()
{
    cancelSearch();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(filtering() ? qsizetype(m_matches.size()) : m_store.size());
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TextRole, "text");
    names.insert(SeverityRole, "severity");
    names.insert(TimestampRole, "timestamp");
    names.insert(SourceRole, "source");
    names.insert(HighlightsRole, "highlights");
    names.insert(MatchRole, "match");
    names.insert(LineRole, "line");
    return names;
}

QString LogModel::prefix(const LogLine &line) const
{
    QString out;
    if (m_showTimestamps && line.timestamp != 0)
        out += QString::fromLatin1(Kube::LogStream::formatTimestamp(line.timestamp)) + u' ';
    if (m_showSources && line.source < m_sourceNames.size() && !m_sourceNames[line.source].isEmpty())
        out += u'[' + m_sourceNames[line.source] + QStringLiteral("] ");
    return out;
}

QString LogModel::displayText(qsizetype line) const
{
    return prefix(m_store.line(line)) + QString::fromUtf8(m_store.text(line));
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype line = lineOfRow(index.row());
    const LogLine &info = m_store.line(line);
    switch (role) {
    case Qt::DisplayRole: return displayText(line);
    case TextRole: return QString::fromUtf8(m_store.text(line));
    case SeverityRole: return int(info.severity);
    case TimestampRole: return info.timestamp;
    case SourceRole: return info.source < m_sourceNames.size() ? m_sourceNames[info.source] : QString();
    case LineRole: return qint64(line);
    case MatchRole: return !m_matcher.isEmpty() && m_matcher.matches(m_store.text(line));
    case HighlightsRole: {
        QVariantList out;
        if (m_matcher.isEmpty())
            return out;
        const int shift = int(prefix(info).size());
        for (const auto &[start, length] : m_matcher.ranges(QString::fromUtf8(m_store.text(line))))
            out.append(QPoint(start + shift, length));
        return out;
    }
    default: return {};
    }
}

void LogModel::setSourceName(int index, const QString &name)
{
    while (m_sourceNames.size() <= index)
        m_sourceNames.append(QString());
    m_sourceNames[index] = name;
    if (m_showSources && rowCount() > 0)
        Q_EMIT dataChanged(this->index(0), this->index(rowCount() - 1), {Qt::DisplayRole, HighlightsRole});
}

void LogModel::clear()
{
    cancelSearch();
    beginResetModel();
    m_store.clear();
    m_lastSeverity.clear();
    m_matches.clear();
    m_searchedTo = 0;
    m_longest = 0;
    endResetModel();
    Q_EMIT matchesChanged();
}

void LogModel::append(const LogBatch &batch)
{
    if (batch.text.isEmpty())
        return;
    const qsizetype before = m_store.size();
    const qsizetype added = batch.text.count('\n') + (batch.text.endsWith('\n') ? 0 : 1);
    // The rows of a batch are announced in one go; in filter-only mode the
    // search decides which of them become rows.
    const bool rows = !filtering();
    if (rows)
        beginInsertRows({}, int(before), int(before + added - 1));
    qsizetype lineNo = 0;
    for (QByteArrayView rest(batch.text); !rest.isEmpty(); ++lineNo) {
        const qsizetype newline = rest.indexOf('\n');
        QByteArrayView line = newline < 0 ? rest : rest.first(newline);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        const quint16 source = lineNo < batch.sources.size() ? batch.sources[lineNo] : 0;
        while (m_lastSeverity.size() <= source)
            m_lastSeverity.append(LogSeverity::None);
        const LogSeverity severity = classifyLogLine(line, m_lastSeverity[source]);
        m_lastSeverity[source] = severity;
        m_longest = std::max(m_longest, line.size());
        m_store.append(line, lineNo < batch.timestamps.size() ? batch.timestamps[lineNo] : 0, source, severity);
    }
    if (rows)
        endInsertRows();
    if (!m_matcher.isEmpty() && !m_job)
        startSearch();
}

void LogModel::setShowTimestamps(bool show)
{
    if (show == m_showTimestamps)
        return;
    m_showTimestamps = show;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, HighlightsRole});
}

void LogModel::setShowSources(bool show)
{
    if (show == m_showSources)
        return;
    m_showSources = show;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, HighlightsRole});
}

void LogModel::setPattern(const LogPattern &pattern)
{
    if (pattern == m_matcher.pattern())
        return;
    cancelSearch();
    const bool wasFiltering = filtering();
    LogMatcher matcher(pattern);
    if (wasFiltering || (m_filterOnly && !matcher.isEmpty()))
        beginResetModel();
    m_matcher = std::move(matcher);
    m_matches.clear();
    m_searchedTo = 0;
    ++m_generation;
    if (wasFiltering || filtering())
        endResetModel();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {HighlightsRole, MatchRole});
    Q_EMIT matchesChanged();
    if (!m_matcher.isEmpty() && m_matcher.isValid())
        startSearch();
    else
        Q_EMIT searchFinished();
}

void LogModel::setFilterOnly(bool on)
{
    if (on == m_filterOnly)
        return;
    beginResetModel();
    m_filterOnly = on;
    endResetModel();
}

void LogModel::startSearch()
{
    if (m_job || !m_matcher.isValid() || m_matcher.isEmpty())
        return;
    auto job = std::make_shared<Job>();
    job->model = this;
    m_job = job;
    const LogStore::Snapshot snapshot = m_store.snapshot();
    const qsizetype from = m_searchedTo;
    const qsizetype to = snapshot.count;
    const quint64 generation = m_generation;
    // Large ranges are cut into slices, one pool thread each; the slice that
    // finishes last joins the results (in line order) and reports.
    const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const int slices = int(std::clamp<qsizetype>((to - from) / 100000, 1, threads));
    job->slices.resize(size_t(slices));
    job->remaining = slices;
    for (int s = 0; s < slices; ++s) {
        const qsizetype begin = from + (to - from) * s / slices;
        const qsizetype end = from + (to - from) * (s + 1) / slices;
        QThreadPool::globalInstance()->start([job, snapshot, pattern = m_matcher.pattern(), s, begin, end, to, generation] {
            // Its own compiled copy: nothing implicitly shared crosses threads.
            const LogMatcher matcher(pattern);
            job->slices[size_t(s)] = matcher.find(snapshot, begin, end, job->cancelled);
            if (job->remaining.fetch_sub(1, std::memory_order_acq_rel) != 1)
                return;
            std::vector<qint32> found;
            for (auto &slice : job->slices)
                found.insert(found.end(), slice.begin(), slice.end());
            QMutexLocker lock(&job->mutex);
            if (!job->model || job->cancelled.load(std::memory_order_acquire))
                return;
            // Queued: a model deleted before it runs drops the call with its events.
            QMetaObject::invokeMethod(
                job->model,
                [model = job->model, generation, to, found = std::move(found)]() mutable {
                    model->onSearchDone(generation, to, std::move(found));
                },
                Qt::QueuedConnection);
        });
    }
}

void LogModel::cancelSearch()
{
    if (!m_job)
        return;
    QMutexLocker lock(&m_job->mutex);
    m_job->cancelled = true;
    m_job->model = nullptr;
    lock.unlock();
    m_job.reset();
}

void LogModel::onSearchDone(quint64 generation, qsizetype searchedTo, std::vector<qint32> matches)
{
    if (generation != m_generation)
        return;
    m_job.reset();
    if (!matches.empty()) {
        const bool rows = filtering();
        if (rows)
            beginInsertRows({}, int(m_matches.size()), int(m_matches.size() + matches.size() - 1));
        m_matches.insert(m_matches.end(), matches.begin(), matches.end());
        if (rows)
            endInsertRows();
    }
    m_searchedTo = searchedTo;
    Q_EMIT matchesChanged();
    if (m_store.size() > m_searchedTo)
        startSearch();
    else
        Q_EMIT searchFinished();
}

int LogModel::rowOfLine(qsizetype line) const
{
    if (!filtering())
        return line < m_store.size() ? int(line) : -1;
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), qint32(line));
    return it != m_matches.end() && *it == line ? int(it - m_matches.begin()) : -1;
}

int LogModel::matchIndexOfRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    if (filtering())
        return row;
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), qint32(row));
    return it != m_matches.end() && *it == row ? int(it - m_matches.begin()) : -1;
}

int LogModel::nextMatchRow(int row, bool backwards) const
{
    if (m_matches.empty())
        return -1;
    const int count = int(m_matches.size());
    int match;
    if (filtering()) {
        match = row < 0 ? (backwards ? count - 1 : 0) : backwards ? row - 1 : row + 1;
    } else if (backwards) {
        const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), qint32(row < 0 ? m_store.size() : row));
        match = int(it - m_matches.begin()) - 1;
    } else {
        const auto it = std::upper_bound(m_matches.begin(), m_matches.end(), qint32(row));
        match = int(it - m_matches.begin());
    }
    match = (match + count) % count;
    return filtering() ? match : int(m_matches[size_t(match)]);
}

} // namespace Kaji::Models
