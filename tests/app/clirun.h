#pragma once

// Runs a program (kaji, kubectl) against the local cluster for the
// command-line tests: KUBECONFIG points at the test cluster's kubeconfig.

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace KajiCliTest {

struct Run {
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
    qint64 ms = 0; // how long it ran
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
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(), 0};
}

// `program` with exactly `env`; killed after `timeoutMs`.
inline Run runWith(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
               int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, process.readAllStandardOutput(), process.readAllStandardError(), timer.elapsed()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError(), timer.elapsed()};
}

inline TextRun runText(const QString &program, const QStringList &arguments)
{
    const Run r = run(program, arguments);
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

} // namespace KajiCliTest
