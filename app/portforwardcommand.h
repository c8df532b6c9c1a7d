#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Main thread of the headless process.
namespace Kaji::App {

// `kaji port-forward [--context C] [-n NS] [--address ADDR] TYPE/NAME
// [LOCAL]:REMOTE ...`: kubectl's port-forward, natively, printing what
// kubectl prints, until SIGINT or SIGTERM.
class PortForwardCommand {
    Q_DECLARE_TR_FUNCTIONS(PortForwardCommand)
public:
    PortForwardCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // `arguments` follow "port-forward". Exit codes as CommandLine documents.
    int run(const QStringList &arguments);

private:
    struct PortPair {
        quint16 local = 0; // 0: pick a free one
        QString remote; // number or name
    };
    struct Options {
        QString context;
        QString namespaceName;
        QStringList addresses;
        QString kind;
        QString name;
        QList<PortPair> ports;
    };

    bool parse(const QStringList &arguments, Options &options);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
