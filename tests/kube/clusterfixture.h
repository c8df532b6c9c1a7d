#pragma once

// Shared by the tests that talk to the local cluster from tests/cluster:
// finding its kubeconfig, waiting for asynchronous answers, running kubectl.

#include "apiclient.h"
#include "kubeconfigloader.h"

#include <QEventLoop>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include "../namespaceready.h"

namespace KajiTest {

// The local cluster's kubeconfig; empty (and the test fails) when
// scripts/test.sh did not start one.
inline QString clusterKubeconfig()
{
    return qEnvironmentVariable("KAJI_TEST_KUBECONFIG");
}

inline Kaji::Kube::RestConfig restConfig(const QString &context)
{
    const auto config = Kaji::Kube::KubeConfigLoader::load({clusterKubeconfig()});
    auto rest = Kaji::Kube::restConfigFor(config, context);
    if (auto *error = std::get_if<QString>(&rest))
        qFatal("%s", qPrintable(*error));
    return std::get<Kaji::Kube::RestConfig>(rest);
}

// Runs the event loop until `done` returns true or `timeoutMs` passes.
// Returns the answer that ended the wait: `done` is not asked again after it
// said yes (a predicate may be throttled or stateful, and asking twice would
// turn a success into a failure).
template<typename Done>
bool waitUntil(Done done, int timeoutMs = 20000)
{
    bool met = done();
    if (met)
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!met && (met = done()))
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    return met || done();
}

inline Kaji::Kube::ApiResult getAndWait(Kaji::Kube::ApiClient &client, const QByteArray &path)
{
    std::optional<Kaji::Kube::ApiResult> result;
    client.get(path, [&](const Kaji::Kube::ApiResult &r) { result = r; });
    if (!waitUntil([&] { return result.has_value(); }))
        qFatal("no answer for %s", path.constData());
    return *result;
}

// Runs a knob of tests/cluster/knobs.sh (compact, restart-apiserver, ...) on
// the test cluster; returns whether it succeeded.
inline bool clusterKnob(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("bash"), QStringList{QStringLiteral(KAJI_SOURCE_DIR "/tests/cluster/knobs.sh"),
                                                      qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE")}
                                              + arguments);
    return process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// kubectl against the local cluster as the admin; returns stdout, fails the
// test on a non-zero exit.
inline QByteArray kubectl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("kubectl"),
                  QStringList{QStringLiteral("--kubeconfig"), clusterKubeconfig(), QStringLiteral("--context"),
                              QStringLiteral("kaji-admin")}
                      + arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning("kubectl %s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
    else if (KajiTestNamespaces::isCreateNamespace(arguments))
        KajiTestNamespaces::waitForDefaultServiceAccount(
            {QStringLiteral("--kubeconfig"), clusterKubeconfig(), QStringLiteral("--context"), QStringLiteral("kaji-admin")},
            arguments.at(2));
    return process.readAllStandardOutput();
}

// A pod of one container in `ns`, for `kubectl apply -f -`.
inline QByteArray podManifest(const QString &ns, const QString &name)
{
    return QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: %2\n  namespace: %1\n"
                          "spec:\n  containers:\n  - name: app\n    image: registry.example/app:1\n")
        .arg(ns, name)
        .toUtf8();
}

// The name of the first pod of `ns` with `label` ("" when there is none).
inline QString firstPod(const QString &ns, const QString &label)
{
    return QString::fromUtf8(kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns,
                                      QStringLiteral("-l"), label, QStringLiteral("-o"),
                                      QStringLiteral("jsonpath={.items[0].metadata.name}")}))
        .trimmed();
}

} // namespace KajiTest

#define KAJI_REQUIRE_CLUSTER()                                                                                         \
    QVERIFY2(!KajiTest::clusterKubeconfig().isEmpty() && qEnvironmentVariableIsSet("KAJI_TEST_CLUSTER_STATE"),         \
             "KAJI_TEST_KUBECONFIG/KAJI_TEST_CLUSTER_STATE are not set: run scripts/test.sh, which starts the "      \
             "local cluster")
