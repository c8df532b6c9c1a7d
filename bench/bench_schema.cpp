// The manifest editor's schema engine against a live cluster: the first
// open of apps/v1 and core/v1 (index + documents over the network), parse
// times of both documents, validation of ~1 MB documents (target ≤ 100 ms),
// and the requests a second open makes (target 0). Prints figures only.
//
// usage: kaji_bench_schema --kubeconfig FILE [--context NAME] [--runs N]

#include "benchstats.h"

#include "editor/schemaprovider.h"
#include "editor/schemavalidator.h"
#include "kubeconfigloader.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Kaji;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

// Runs the event loop until nothing in `paths` is loading (60 s at most).
void waitForAll(Models::SchemaProvider &provider, const QStringList &paths)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (std::none_of(paths.begin(), paths.end(), [&](const QString &p) { return provider.isLoading(p); }))
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    for (const QString &path : paths)
        provider.schemas(path);
    loop.exec();
}

// A Deployment of ~1 MB: many containers, each with many variables.
QByteArray bigDeployment()
{
    QByteArray yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: big\n  labels: {app: big}\nspec:\n"
                      "  replicas: 3\n  selector:\n    matchLabels: {app: big}\n  template:\n    metadata:\n"
                      "      labels: {app: big}\n    spec:\n      containers:\n";
    const QByteArray value(100, 'v');
    for (int c = 0; yaml.size() < 1024 * 1024; ++c) {
        yaml += "      - name: c" + QByteArray::number(c)
            + "\n        image: registry.example.com/app:1.0\n"
              "        ports:\n        - {containerPort: "
            + QByteArray::number(8000 + c)
            + ", protocol: TCP}\n"
              "        resources:\n          limits: {cpu: 500m, memory: 128Mi}\n        env:\n";
        for (int e = 0; e < 60; ++e)
            yaml += "        - name: VARIABLE_" + QByteArray::number(e) + "\n          value: \"" + value + "\"\n";
    }
    return yaml;
}

// A ConfigMap of ~1 MB: many keys of text.
QByteArray bigConfigMap()
{
    QByteArray yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n";
    const QByteArray value(400, 'x');
    for (int k = 0; yaml.size() < 1024 * 1024; ++k)
        yaml += "  key-" + QByteArray::number(k) + ": \"" + value + "\"\n";
    return yaml;
}

void benchValidation(const char *what, const Models::SchemaSet &schemas, const QByteArray &yaml, int runs)
{
    std::vector<double> reads, checks;
    qsizetype problems = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto read = Kube::YamlReader::read(yaml);
        reads.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        problems = Models::SchemaValidator::validate(schemas, read.value, read.positions).size();
        checks.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("%-10s %7.0f KiB  YAML read median %6.1f ms   validation median %6.1f ms (max %.1f)   problems %lld\n",
        what, double(yaml.size()) / 1024, BenchStats::median(reads), BenchStats::median(checks),
        BenchStats::maximum(checks), static_cast<long long>(problems));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString kubeconfig = option(args, QStringLiteral("--kubeconfig"));
    if (kubeconfig.isEmpty()) {
        std::fprintf(stderr, "usage: kaji_bench_schema --kubeconfig FILE [--context NAME] [--runs N]\n");
        return 2;
    }
    const int runs = std::max(1, option(args, QStringLiteral("--runs"), QStringLiteral("9")).toInt());
    const auto config = Kube::KubeConfigLoader::load({ kubeconfig });
    auto rest = Kube::restConfigFor(config, option(args, QStringLiteral("--context"), config.currentContext));
    if (const auto *error = std::get_if<QString>(&rest)) {
        std::fprintf(stderr, "%s\n", qPrintable(*error));
        return 1;
    }
    Kube::ApiClient client(std::get<Kube::RestConfig>(rest));
    QTemporaryDir cache;
    const QStringList paths { QStringLiteral("apis/apps/v1"), QStringLiteral("api/v1") };

    QElapsedTimer timer;
    timer.start();
    Models::SchemaProvider first(Kube::OpenApiLoader::fetchFrom(&client), cache.path());
    waitForAll(first, paths);
    for (const QString &path : paths) {
        if (!first.failure(path).isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(first.failure(path)));
            return 1;
        }
    }
    std::printf("first open of apps/v1 + v1: %.0f ms (requests: index %d, documents %d)\n", double(timer.elapsed()),
        first.loader().indexRequests(), first.loader().documentRequests());

    std::vector<double> parses;
    qsizetype bytes = 0;
    for (int i = 0; i < runs; ++i) {
        double total = 0;
        bytes = 0;
        for (const QString &path : paths) {
            const QByteArray document
                = *first.loader().cache().read(first.loader().index()->documents.value(path).hash);
            bytes += document.size();
            timer.restart();
            const auto parsed = Models::SchemaSet::parse(document);
            total += double(timer.nsecsElapsed()) / 1e6;
        }
        parses.push_back(total);
    }
    std::printf("parse of apps/v1 + v1 (%.0f KiB): median %.1f ms\n", double(bytes) / 1024, BenchStats::median(parses));

    benchValidation("Deployment", *first.schemas(paths[0]), bigDeployment(), runs);
    benchValidation("ConfigMap", *first.schemas(paths[1]), bigConfigMap(), runs);

    timer.restart();
    Models::SchemaProvider second(Kube::OpenApiLoader::fetchFrom(&client), cache.path());
    waitForAll(second, paths);
    std::printf("second open of apps/v1 + v1: %.0f ms, document requests %d (index %d)\n", double(timer.elapsed()),
        second.loader().documentRequests(), second.loader().indexRequests());
    return 0;
}
