#pragma once

// Runs a program (kaji, kubectl) against the local cluster for the
// command-line tests: KUBECONFIG points at the test cluster's kubeconfig.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace KajiCliTest {

struct Run {
    int exitCode = -1; // -1: did not finish within a minute
    QByteArray out;
    QByteArray err;
};

// The same, decoded, for commands whose output is text to compare.
struct TextRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), qEnvironmentVariable("KAJI_TEST_KUBECONFIG"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

inline TextRun runText(const QString &program, const QStringList &arguments)
{
    const Run r = run(program, arguments);
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

} // namespace KajiCliTest
