#pragma once

#include "diagnosis/containerusage.h"
#include "diagnosis/finding.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Kaji::Kube {
class ApiClient;
}

// Main thread of the headless process.
namespace Kaji::App {

// `kaji diagnose [--context C] [-n NS | -A] [TYPE/NAME] [-o text|json]`:
// explains what is failing, with evidence and next steps. Findings are the
// answer, not an error: the exit code is 0 with or without them, 1 when the
// cluster could not be read, 2 for a wrong command line.
class DiagnoseCommand {
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)
public:
    DiagnoseCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &arguments);

    // "pod/x", "deploy/x", "svc/x" ... -> ObjectRef kind; empty if unknown.
    static QString kindForType(const QString &type);

private:
    struct Options {
        QString namespaceName;
        bool allNamespaces = false;
        QString context;
        QString output; // "text" or "json"
        QString target; // TYPE/NAME
    };

    bool parse(const QStringList &arguments, Options &options);
    int usageError(const QString &message);
    void printText(const Models::Findings &findings);
    Models::ContainerUsagePtr readUsage(Kube::ApiClient &client, const QString &namespaceName);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Kaji::App
