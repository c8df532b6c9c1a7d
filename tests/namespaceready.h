#pragma once

// A namespace a test has just created takes pods only once the controller
// manager has made its "default" ServiceAccount (the admission plugin
// refuses pods before). That is milliseconds on an idle machine and seconds
// on a loaded one, so the fixtures' `kubectl create namespace` waits for it,
// as a user would.

#include <QDeadlineTimer>
#include <QProcess>
#include <QStringList>
#include <QThread>

namespace KajiTestNamespaces {

inline bool isCreateNamespace(const QStringList &arguments)
{
    return arguments.size() >= 3 && arguments.at(0) == QLatin1String("create")
        && (arguments.at(1) == QLatin1String("namespace") || arguments.at(1) == QLatin1String("ns"));
}

// `prefix` is the kubectl arguments that pick the cluster and user.
inline void waitForDefaultServiceAccount(const QStringList &prefix, const QString &namespaceName)
{
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QProcess get;
        get.start(QStringLiteral("kubectl"), prefix + QStringList{QStringLiteral("-n"), namespaceName, QStringLiteral("get"),
                                                                  QStringLiteral("serviceaccount"), QStringLiteral("default")});
        if (get.waitForFinished(20000) && get.exitStatus() == QProcess::NormalExit && get.exitCode() == 0)
            return;
        QThread::msleep(200);
    }
    qWarning("namespace %s: no default ServiceAccount after 30 s", qPrintable(namespaceName));
}

} // namespace KajiTestNamespaces
