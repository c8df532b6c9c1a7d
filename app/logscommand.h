#pragma once

#include "logstream.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Main thread of the headless process.
namespace Kaji::App {

// `kaji logs [-n NS] [--context C] [-c C | --all-containers] [-f] [-p]
// [--timestamps] [--since D | --since-time T] [--tail N] [--limit-bytes N]
// [--prefix] POD | TYPE/NAME`: the bytes `kubectl logs` prints for the same
// arguments, through Kaji's own LogStream (a follow survives dropped
// connections).
class LogsCommand {
    Q_DECLARE_TR_FUNCTIONS(LogsCommand)
public:
    LogsCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // `arguments` follow "logs". Exit codes as CommandLine documents.
    int run(const QStringList &arguments);

    // Go's duration syntax ("5m", "1h30m", "90s", "1.5h") rounded to whole
    // seconds; -1 when `text` is not a duration.
    static qint64 parseDuration(const QString &text);

private:
    struct Options {
        QString target; // POD or TYPE/NAME
        QString namespaceName;
        QString context;
        bool allContainers = false;
        bool prefix = false;
        Kube::LogOptions log;
    };

    bool parse(const QStringList &arguments, Options &options);
    int usageError(const QString &message);
    void write(const QByteArray &bytes);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
