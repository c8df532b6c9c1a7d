// The schema engine against the local cluster's own /openapi/v3: the
// index and apps/v1 fetched once, a second session served from the disk
// cache with no request, validation that agrees with the server's strict
// field validation, and failures (an unreachable server, a group-version
// the server does not have, a damaged cache file) as messages.

#include "../kube/clusterfixture.h"

#include "editor/schemaprovider.h"
#include "editor/schemavalidator.h"
#include "yamlreader.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Kaji;
using namespace Kaji::Models;

namespace {

const QString apps = QStringLiteral("apis/apps/v1");

// Loads `path` and waits for the answer: the set, or the failure message.
std::pair<SchemaSetPtr, QString> loadAndWait(SchemaProvider &provider, const QString &path)
{
    if (SchemaSetPtr ready = provider.schemas(path))
        return { ready, {} };
    if (!KajiTest::waitUntil([&] { return !provider.isLoading(path); }, 60000))
        return { nullptr, QStringLiteral("timed out") };
    const QString failure = provider.failure(path);
    return { failure.isEmpty() ? provider.schemas(path) : nullptr, failure };
}

QList<SchemaProblem> check(const SchemaSet &schemas, const QByteArray &yaml)
{
    const auto read = Kube::YamlReader::read(yaml);
    return SchemaValidator::validate(schemas, read.value, read.positions);
}

QString describe(const QList<SchemaProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines.append(p.pointer + QStringLiteral(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

const QByteArray widgetCrd = R"(apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.schema-test.kaji.test
spec:
  group: schema-test.kaji.test
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [color]
            properties:
              color: {type: string}
              size: {type: integer}
              extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
)";

const QByteArray typo = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: schema-typo
  namespace: default
spec:
  replics: 2
  selector:
    matchLabels: {app: schema-typo}
  template:
    metadata:
      labels: {app: schema-typo}
    spec:
      containers:
      - name: web
        image: nginx
)";

} // namespace

class TestSchemaCluster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }
    void cleanupTestCase()
    {
        KajiTest::kubectl({ QStringLiteral("delete"), QStringLiteral("crd"),
            QStringLiteral("widgets.schema-test.kaji.test"), QStringLiteral("--ignore-not-found") });
    }

    void fetchesOnceThenReadsTheCache()
    {
        QTemporaryDir cache;
        Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        SchemaProvider first(Kube::OpenApiLoader::fetchFrom(&client), cache.path());
        QSignalSpy ready(&first, &SchemaProvider::schemaReady);
        const auto [set, error] = loadAndWait(first, apps);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(first.loader().indexRequests(), 1);
        QCOMPARE(first.loader().documentRequests(), 1);
        const QString hash = first.loader().index()->documents.value(apps).hash;
        QVERIFY(!hash.isEmpty());
        QVERIFY(QFile::exists(first.loader().cache().fileFor(hash)));
        // Asking again in the same session is answered from memory.
        QCOMPARE(first.schemas(apps), set);

        // A new session (a new connection) reads the index again, and the
        // document from disk: no request for it.
        SchemaProvider second(Kube::OpenApiLoader::fetchFrom(&client), cache.path());
        const auto [again, againError] = loadAndWait(second, apps);
        QVERIFY2(again, qPrintable(againError));
        QCOMPARE(second.loader().indexRequests(), 1);
        QCOMPARE(second.loader().documentRequests(), 0);
        QVERIFY(again->kindSchema({ QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("Deployment") }));

        // A damaged file is dropped and fetched again.
        QFile file(first.loader().cache().fileFor(hash));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"components\": {\"sche");
        file.close();
        SchemaProvider third(Kube::OpenApiLoader::fetchFrom(&client), cache.path());
        const auto [repaired, repairError] = loadAndWait(third, apps);
        QVERIFY2(repaired, qPrintable(repairError));
        QCOMPARE(third.loader().documentRequests(), 1);
        QVERIFY(SchemaSet::parse(*third.loader().cache().read(hash)).set);
    }

    void agreesWithStrictFieldValidation()
    {
        QTemporaryDir cache;
        Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        SchemaProvider provider(Kube::OpenApiLoader::fetchFrom(&client), cache.path());
        const auto [set, error] = loadAndWait(provider, apps);
        QVERIFY2(set, qPrintable(error));

        const auto problems = check(*set, typo);
        QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
        QCOMPARE(problems[0].pointer, QStringLiteral("/spec/replics"));
        QCOMPARE(problems[0].position.line, 7);
        QVERIFY2(
            problems[0].message.contains(QLatin1String("did you mean \"replicas\"")), qPrintable(problems[0].message));
        // The server names the same field.
        QProcess kubectl;
        kubectl.start(QStringLiteral("kubectl"),
            { QStringLiteral("--kubeconfig"), KajiTest::clusterKubeconfig(), QStringLiteral("--context"),
                QStringLiteral("kaji-admin"), QStringLiteral("create"), QStringLiteral("--dry-run=server"),
                QStringLiteral("--validate=strict"), QStringLiteral("-f"), QStringLiteral("-") });
        kubectl.write(typo);
        kubectl.closeWriteChannel();
        QVERIFY(kubectl.waitForFinished(60000));
        QVERIFY(kubectl.exitCode() != 0);
        QVERIFY2(kubectl.readAllStandardError().contains("unknown field \"spec.replics\""), "the server disagrees");

        // What the server itself writes (status, managedFields and all) is valid.
        const QByteArray live
            = KajiTest::kubectl({ QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-A"),
                QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--show-managed-fields") });
        const auto list = nlohmann::json::parse(live.toStdString());
        QVERIFY(!list["items"].empty());
        for (auto item : list["items"]) {
            item["apiVersion"] = "apps/v1";
            item["kind"] = "Deployment";
            const auto liveProblems = SchemaValidator::validate(*set, item, {});
            QVERIFY2(liveProblems.isEmpty(), qPrintable(describe(liveProblems)));
        }
    }

    void coreGroupAndCustomResources()
    {
        QTemporaryDir cache;
        Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        SchemaProvider provider(Kube::OpenApiLoader::fetchFrom(&client), cache.path());
        const auto [core, error] = loadAndWait(provider, QStringLiteral("api/v1"));
        QVERIFY2(core, qPrintable(error));
        const auto problems = check(*core,
            "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n"
            "  - {port: 80, targetPort: http}\n  - {port: \"81\"}\n");
        QVERIFY2(problems.size() == 1 && problems[0].pointer == QLatin1String("/spec/ports/1/port"),
            qPrintable(describe(problems)));
        // A custom resource of our own: its schema comes through the same
        // documents once the server has published it (a few seconds).
        KajiTest::kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, widgetCrd);
        const QString widgets = QStringLiteral("apis/schema-test.kaji.test/v1");
        SchemaSetPtr widgetSet;
        QVERIFY(KajiTest::waitUntil(
            [&] {
                if (provider.isLoading(widgets))
                    return false;
                provider.forget();
                widgetSet = provider.schemas(widgets);
                return widgetSet != nullptr;
            },
            60000));
        const auto widgetProblems = check(*widgetSet,
            "apiVersion: schema-test.kaji.test/v1\nkind: Widget\n"
            "metadata: {name: w}\nspec:\n  size: 3\n  colr: red\n"
            "  extra: {any: thing}\n");
        QVERIFY2(widgetProblems.size() == 2, qPrintable(describe(widgetProblems)));
        QCOMPARE(widgetProblems[0].message, QStringLiteral("missing required field \"color\""));
        QCOMPARE(widgetProblems[1].message, QStringLiteral("unknown field \"colr\" (did you mean \"color\"?)"));

        // Every custom resource definition the cluster has is served through
        // the same documents; a kind of each one is found.
        const auto crds = nlohmann::json::parse(KajiTest::kubectl(
            { QStringLiteral("get"), QStringLiteral("crd"), QStringLiteral("-o"), QStringLiteral("json") })
                                                    .toStdString());
        for (const auto &crd : crds["items"]) {
            const QString group = QString::fromStdString(crd["spec"]["group"].get<std::string>());
            const QString kind = QString::fromStdString(crd["spec"]["names"]["kind"].get<std::string>());
            for (const auto &version : crd["spec"]["versions"]) {
                if (!version.value("served", false))
                    continue;
                const GroupVersionKind gvk { group, QString::fromStdString(version["name"].get<std::string>()), kind };
                const auto [set, crdError] = loadAndWait(provider, gvk.documentPath());
                QVERIFY2(set, qPrintable(crdError));
                QVERIFY2(set->kindSchema(gvk), qPrintable(gvk.apiVersion() + QLatin1Char(' ') + kind));
            }
        }
    }

    void failuresAreMessages()
    {
        QTemporaryDir cache;
        Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        SchemaProvider provider(Kube::OpenApiLoader::fetchFrom(&client), cache.path());
        QSignalSpy failed(&provider, &SchemaProvider::schemaFailed);
        auto [none, error] = loadAndWait(provider, QStringLiteral("apis/nothere.kaji.test/v1"));
        QVERIFY(!none);
        QCOMPARE(error, QStringLiteral("the server publishes no schema for apis/nothere.kaji.test/v1"));
        QCOMPARE(failed.size(), 1);
        // Asked again at once (the editor asks on every pass), it does not
        // hammer the server; forget() lets it try again.
        QVERIFY(!provider.schemas(QStringLiteral("apis/nothere.kaji.test/v1")));
        QVERIFY(!provider.isLoading(QStringLiteral("apis/nothere.kaji.test/v1")));
        provider.forget();
        std::tie(none, error) = loadAndWait(provider, QStringLiteral("apis/nothere.kaji.test/v1"));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(provider.loader().indexRequests(), 2);

        Kube::ApiClient unreachable(KajiTest::restConfig(QStringLiteral("kaji-unreachable")));
        SchemaProvider offline(Kube::OpenApiLoader::fetchFrom(&unreachable), cache.path());
        std::tie(none, error) = loadAndWait(offline, apps);
        QVERIFY(!none);
        QVERIFY2(error.startsWith(QLatin1String("could not reach the server for /openapi/v3")), qPrintable(error));

        // Without credentials the server refuses (403 as system:anonymous, or
        // 401 where anonymous requests are off): said in words either way.
        auto anonymousConfig = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        anonymousConfig.user = Kube::UserEntry {};
        Kube::ApiClient anonymous(anonymousConfig);
        SchemaProvider refused(Kube::OpenApiLoader::fetchFrom(&anonymous), cache.path());
        std::tie(none, error) = loadAndWait(refused, apps);
        QVERIFY(!none);
        QVERIFY2(error.startsWith(QLatin1String("not allowed to read the cluster's schemas (/openapi/v3)"))
                || error.startsWith(QLatin1String("the server did not accept the credentials for /openapi/v3")),
            qPrintable(error));

        // The restricted user gets what kubectl gets: the schemas, or a
        // refusal in words.
        Kube::ApiClient jane(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        SchemaProvider restricted(Kube::OpenApiLoader::fetchFrom(&jane), cache.path());
        std::tie(none, error) = loadAndWait(restricted, apps);
        QProcess kubectl;
        kubectl.start(QStringLiteral("kubectl"),
            { QStringLiteral("--kubeconfig"), KajiTest::clusterKubeconfig(), QStringLiteral("--context"),
                QStringLiteral("kaji-restricted"), QStringLiteral("get"), QStringLiteral("--raw"),
                QStringLiteral("/openapi/v3") });
        QVERIFY(kubectl.waitForFinished(60000));
        if (kubectl.exitCode() == 0)
            QVERIFY2(none, qPrintable(error));
        else
            QVERIFY2(error.startsWith(QLatin1String("not allowed to read the cluster's schemas")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSchemaCluster)
#include "tst_schema_cluster.moc"
