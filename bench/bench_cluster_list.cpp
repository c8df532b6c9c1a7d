// The list+store half of `kaji get pods -A -o name`, without the rest of
// the application: a Reflector lists every pod of the current context into
// the PodStore (in pages; KAJI_INITIAL_LIST=streamed streams it where the
// server serves that), and once the store is synced the
// names are printed as kubectl's `-o name` prints them. Run under
// /usr/bin/time by bench_cluster_list.sh beside kubectl; prints the time to
// a synced store and how the list was read on stderr.
//
//   kaji_bench_cluster_list [--context NAME]    (KUBECONFIG as kubectl reads it)

#include "kubeconfigloader.h"
#include "podstore.h"
#include "reflector.h"
#include "restconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    const QStringList args = app.arguments();
    const auto config = Kaji::Kube::KubeConfigLoader::load(Kaji::Kube::KubeConfigLoader::defaultPaths());
    const qsizetype at = args.indexOf(QStringLiteral("--context"));
    const QString context = at > 0 && at + 1 < args.size() ? args[at + 1] : config.currentContext;
    auto rest = Kaji::Kube::restConfigFor(config, context);
    if (const auto *error = std::get_if<QString>(&rest)) {
        std::fprintf(stderr, "%s\n", qPrintable(*error));
        return 1;
    }
    Kaji::Kube::ApiClient client(std::get<Kaji::Kube::RestConfig>(rest));
    Kaji::Kube::PodStore store;
    Kaji::Kube::Reflector reflector(&client, "/api/v1/pods", &store);
    int exitCode = 0;
    QObject::connect(&reflector, &Kaji::Kube::Reflector::stateChanged, &app,
                     [&](Kaji::Kube::Reflector::State state, const QString &message) {
                         if (state == Kaji::Kube::Reflector::State::Synced) {
                             std::fprintf(stderr, "synced %lld pods in %.3f s (%s)\n", qlonglong(store.pods().size()),
                                          double(timer.nsecsElapsed()) / 1e9,
                                          reflector.streamedListCount() > 0 ? "streamed" : "paged");
                             QList<QString> names;
                             names.reserve(store.pods().size());
                             for (const Kaji::Kube::PodRecord &pod : store.pods())
                                 names.append(pod.name);
                             std::sort(names.begin(), names.end());
                             for (const QString &name : names)
                                 std::printf("pod/%s\n", qPrintable(name));
                             app.quit();
                         } else if (state != Kaji::Kube::Reflector::State::Connecting) {
                             std::fprintf(stderr, "%s\n", qPrintable(message));
                             exitCode = 1;
                             app.quit();
                         }
                     });
    reflector.start();
    app.exec();
    return exitCode;
}
