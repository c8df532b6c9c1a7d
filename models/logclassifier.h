#pragma once

#include <QByteArrayView>

// Pure functions; any thread (searches and appends call them off the GUI thread).
namespace Kaji::Models {

enum class LogSeverity : quint8 { None, Warning, Error };

// Sorts one log line by what it reports: the level words of common formats
// (ERROR, WARN, "level":"error", klog's E/W prefixes, panics, exceptions).
// Indented lines and "Caused by:" after an error continue its stack trace
// and take its severity (`previous`).
LogSeverity classifyLogLine(QByteArrayView line, LogSeverity previous = LogSeverity::None);

} // namespace Kaji::Models
