#pragma once

#include "restconfig.h"

#include <QCoreApplication>
#include <QTextStream>

// Main thread of the headless process.
namespace Kaji::App {

// `kaji get KIND` for any kind the server serves (custom resources too):
// discovery finds the kind, the server prints the columns (as for kubectl),
// `-o json|yaml` prints the objects themselves. Pods in the default table
// format go through GetCommand's own store instead.
class TableGet {
    Q_DECLARE_TR_FUNCTIONS(TableGet)
public:
    struct Request {
        QString kind;
        QString namespaceName; // resolved: the flag's or the context's
        bool allNamespaces = false;
        QString output; // "", "wide", "name", "json", "yaml"
        bool watch = false;
    };

    TableGet(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const Kube::RestConfig &config, const Request &request);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
