#pragma once

#include "diagram/diagramgraph.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Main thread of the headless process (a QApplication: pictures are drawn by the window's scene).
namespace Kaji::App {

// `kaji diagram architecture|workloads|storage|network [-n NS | -A]
// [--context C] -o FILE.svg|FILE.png|dot|json`: the same graph the window
// draws, read from the live cluster, as a picture or as data. Exit code 0,
// 1 when the cluster could not be read or the file not written, 2 for a
// wrong command line.
class DiagramCommand {
    Q_DECLARE_TR_FUNCTIONS(DiagramCommand)
public:
    DiagramCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &arguments);
    // Whether `arguments` (without the program name) run this command, which
    // needs a QGuiApplication rather than a QCoreApplication.
    static bool wanted(const QStringList &arguments);

    static constexpr int ReadTimeoutMs = 60000;

private:
    struct Options {
        Models::DiagramView view = Models::DiagramView::Workloads;
        QString namespaceName;
        bool allNamespaces = false;
        QString context;
        QString output; // "dot", "json" or a file name ending in .svg or .png
    };

    bool parse(const QStringList &arguments, Options &options);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
