// A pod's anatomy read from its full JSON: the recorded scenario's
// storefront (two containers, a Secret mounted read-only) and postgres (a
// claim), a hand-written pod with init containers, sidecars, projected and
// ephemeral volumes, and broken input that must not crash.

#include "podfixture.h"

#include <QTest>

using namespace Kaji::Models;
using nlohmann::json;
using Anatomy = PodAnatomy;
using KajiTest::scenarioPod;

namespace {

QStringList names(const QList<Anatomy::Container> &containers)
{
    QStringList out;
    for (const Anatomy::Container &c : containers)
        out.append(c.name);
    return out;
}

const Anatomy::Container &container(const Anatomy &a, const QString &name)
{
    for (const Anatomy::Container &c : a.containers) {
        if (c.name == name)
            return c;
    }
    qFatal("no container %s", qPrintable(name));
}

} // namespace

class TestPodAnatomy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storefront()
    {
        const json pod = scenarioPod(QStringLiteral("storefront-"));
        const Anatomy a = Anatomy::fromJson(pod);
        QCOMPARE(a.namespaceName, QStringLiteral("shop"));
        QVERIFY(a.name.startsWith(QLatin1String("storefront-")));
        QCOMPARE(a.phase, QStringLiteral("Running"));
        QCOMPARE(a.podIps, QStringList{QString::fromStdString(pod["status"]["podIP"].get<std::string>())});
        QCOMPARE(a.nodeName, QString::fromStdString(pod["spec"]["nodeName"].get<std::string>()));
        QCOMPARE(a.hostIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(a.qosClass, QStringLiteral("Burstable"));
        QCOMPARE(a.serviceAccount, QStringLiteral("default"));

        QVERIFY(a.containersOf(Anatomy::Role::Init).isEmpty());
        QVERIFY(a.containersOf(Anatomy::Role::Sidecar).isEmpty());
        QCOMPARE(names(a.containersOf(Anatomy::Role::App)), (QStringList{QStringLiteral("storefront"), QStringLiteral("envoy")}));
        const Anatomy::Container &storefront = container(a, QStringLiteral("storefront"));
        QCOMPARE(storefront.image, QStringLiteral("ghcr.io/kaji-demo/storefront:1.4.2"));
        QCOMPARE(storefront.ports, (QList<Anatomy::Port>{{QStringLiteral("http"), 8080, QStringLiteral("TCP")}}));
        QCOMPARE(container(a, QStringLiteral("envoy")).ports,
                 (QList<Anatomy::Port>{{QStringLiteral("admin"), 9901, QStringLiteral("TCP")}}));
        QCOMPARE(storefront.state, Anatomy::State::Running);
        QVERIFY(storefront.ready && storefront.started);
        QCOMPARE(storefront.health, Health::Healthy);

        const QString tlsMismatch = KajiTest::storefrontTlsMismatch(a);
        QVERIFY2(tlsMismatch.isEmpty(), qPrintable(tlsMismatch));
        QCOMPARE(a.volume(QStringLiteral("tls"))->references(a.namespaceName),
                 (QList<ObjectLink>{{QStringLiteral("Secret"), {}, QStringLiteral("shop"), QStringLiteral("storefront-tls"), QStringLiteral("volume")}}));

        // The service account's token volume: three sources, both containers.
        QCOMPARE(a.volumes.size(), 2);
        const Anatomy::Volume &token = a.volumes.at(1);
        QCOMPARE(token.type, Anatomy::VolumeType::Projected);
        QCOMPARE(token.sources.size(), 3);
        QCOMPARE(token.sources.at(0).kind, QStringLiteral("ServiceAccountToken"));
        QCOMPARE(token.sources.at(0).detail, QStringLiteral("token"));
        QCOMPARE(token.sources.at(0).expirationSeconds, qint64(3607));
        QCOMPARE(token.sources.at(1).kind, QStringLiteral("ConfigMap"));
        QCOMPARE(token.sources.at(1).name, QStringLiteral("kube-root-ca.crt"));
        QVERIFY(!token.sources.at(1).optional);
        QCOMPARE(token.sources.at(2).kind, QStringLiteral("DownwardAPI"));
        QCOMPARE(token.sources.at(2).detail, QStringLiteral("metadata.namespace"));
        QCOMPARE(token.uses.size(), 2);
        QCOMPARE(token.uses.at(1).container, QStringLiteral("envoy"));
    }

    void postgres()
    {
        const Anatomy a = Anatomy::fromJson(scenarioPod(QStringLiteral("postgres-0")));
        QCOMPARE(a.namespaceName, QStringLiteral("infra"));
        QCOMPARE(names(a.containers), QStringList{QStringLiteral("postgres")});
        const Anatomy::Volume *data = a.volume(QStringLiteral("data"));
        QVERIFY(data);
        QCOMPARE(data->type, Anatomy::VolumeType::PersistentVolumeClaim);
        QCOMPARE(data->sourceName, QStringLiteral("data-postgres-0"));
        QCOMPARE(data->uses, (QList<Anatomy::Use>{{QStringLiteral("postgres"), {QStringLiteral("data"), QStringLiteral("/var/lib/postgresql/data"), false, {}, false}}}));
        QCOMPARE(data->references(a.namespaceName).first().kind, QStringLiteral("PersistentVolumeClaim"));
        QCOMPARE(container(a, QStringLiteral("postgres")).ports.first().number, 5432);
    }

    void initSidecarsAndEveryVolumeType()
    {
        const Anatomy a = Anatomy::fromJson(KajiTest::complexPod());
        // Init containers keep the spec's order, sidecars among them.
        QCOMPARE(names(a.containers),
                 (QStringList{QStringLiteral("wait-for-db"), QStringLiteral("log-shipper"), QStringLiteral("migrate"), QStringLiteral("mesh-proxy"),
                              QStringLiteral("fetch-assets"), QStringLiteral("api"), QStringLiteral("worker"), QStringLiteral("thumbnailer"),
                              QStringLiteral("metrics")}));
        QCOMPARE(names(a.containersOf(Anatomy::Role::Init)),
                 (QStringList{QStringLiteral("wait-for-db"), QStringLiteral("migrate"), QStringLiteral("fetch-assets")}));
        QCOMPARE(names(a.containersOf(Anatomy::Role::Sidecar)), (QStringList{QStringLiteral("log-shipper"), QStringLiteral("mesh-proxy")}));
        QCOMPARE(a.containersOf(Anatomy::Role::App).size(), 4);
        QCOMPARE(a.podIps, (QStringList{QStringLiteral("10.244.2.17"), QStringLiteral("fd00:10:244:2::11")}));
        QCOMPARE(a.hostIp, QStringLiteral("172.18.0.4"));
        QCOMPARE(a.serviceAccount, QStringLiteral("media-worker"));

        // States, each with the health the view colours.
        const Anatomy::Container &migrate = container(a, QStringLiteral("migrate"));
        QCOMPARE(migrate.state, Anatomy::State::Terminated);
        QCOMPARE(migrate.reason, QStringLiteral("Completed"));
        QCOMPARE(migrate.health, Health::Finished);
        QCOMPARE(migrate.restarts, 1);
        QCOMPARE(migrate.lastTermination, QStringLiteral("Error"));
        const Anatomy::Container &proxy = container(a, QStringLiteral("mesh-proxy"));
        QCOMPARE(proxy.state, Anatomy::State::Running);
        QCOMPARE(proxy.health, Health::Healthy);
        QCOMPARE(proxy.lastTermination, QStringLiteral("OOMKilled"));
        QCOMPARE(proxy.lastExitCode, 137);
        QCOMPARE(proxy.ports, (QList<Anatomy::Port>{{QStringLiteral("proxy"), 15001, QStringLiteral("TCP")},
                                                   {QStringLiteral("prom"), 15090, QStringLiteral("TCP")}}));
        QCOMPARE(container(a, QStringLiteral("log-shipper")).ports.first().protocol, QStringLiteral("UDP"));
        const Anatomy::Container &worker = container(a, QStringLiteral("worker"));
        QCOMPARE(worker.state, Anatomy::State::Waiting);
        QCOMPARE(worker.reason, QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(worker.restarts, 7);
        QCOMPARE(worker.health, Health::Failing);
        QCOMPARE(container(a, QStringLiteral("thumbnailer")).reason, QStringLiteral("ImagePullBackOff"));
        QCOMPARE(container(a, QStringLiteral("metrics")).health, Health::Failing); // running, not ready
        QCOMPARE(container(a, QStringLiteral("api")).health, Health::Healthy);

        QCOMPARE(a.volumes.size(), 11);
        using Type = Anatomy::VolumeType;
        const auto volume = [&](const char *name) {
            const Anatomy::Volume *v = a.volume(QString::fromLatin1(name));
            if (!v)
                qFatal("no volume %s", name);
            return *v;
        };
        QCOMPARE(volume("config").type, Type::ConfigMap);
        QCOMPARE(volume("config").sourceName, QStringLiteral("media-config"));
        QCOMPARE(volume("credentials").type, Type::Secret);
        QVERIFY(volume("credentials").optional);
        // Mounted by an init container and an app container, in that order.
        QCOMPARE(volume("credentials").uses.size(), 2);
        QCOMPARE(volume("credentials").uses.at(0).container, QStringLiteral("migrate"));
        QCOMPARE(volume("credentials").uses.at(1).mount.path, QStringLiteral("/var/run/creds"));

        const Anatomy::Volume uploads = volume("uploads");
        QCOMPARE(uploads.type, Type::PersistentVolumeClaim);
        QCOMPARE(uploads.uses.size(), 3);
        QCOMPARE(uploads.uses.at(2).container, QStringLiteral("thumbnailer"));
        QCOMPARE(uploads.uses.at(2).mount.subPath, QStringLiteral("originals"));
        QVERIFY(uploads.uses.at(2).mount.readOnly);

        QCOMPARE(volume("scratch").type, Type::EmptyDir);
        QCOMPARE(volume("scratch").medium, QStringLiteral("Memory"));
        QCOMPARE(volume("scratch").sizeLimit, QStringLiteral("256Mi"));
        QCOMPARE(volume("scratch").uses.first().mount.subPath, QStringLiteral("$(POD_NAME)")); // subPathExpr

        const Anatomy::Volume cache = volume("cache");
        QCOMPARE(cache.type, Type::Ephemeral);
        QCOMPARE(cache.sourceName, a.name + QStringLiteral("-cache"));
        QCOMPARE(cache.detail, QStringLiteral("fast, 5Gi"));
        QCOMPARE(cache.references(a.namespaceName).first(),
                 (ObjectLink{QStringLiteral("PersistentVolumeClaim"), {}, QStringLiteral("media"), a.name + QStringLiteral("-cache"), QStringLiteral("volume")}));

        const Anatomy::Volume bundle = volume("bundle");
        QCOMPARE(bundle.type, Type::Projected);
        QCOMPARE(bundle.sources.size(), 3);
        QCOMPARE(bundle.sources.at(0).kind, QStringLiteral("Secret"));
        QVERIFY(bundle.sources.at(0).optional);
        QCOMPARE(bundle.sources.at(2).audience, QStringLiteral("vault"));
        QCOMPARE(bundle.sources.at(2).expirationSeconds, qint64(600));
        QCOMPARE(bundle.references(a.namespaceName).size(), 2);
        QCOMPARE(bundle.references(a.namespaceName).at(0).name, QStringLiteral("media-tls"));
        QCOMPARE(bundle.references(a.namespaceName).at(1).kind, QStringLiteral("ConfigMap"));

        QCOMPARE(volume("podinfo").type, Type::DownwardApi);
        QCOMPARE(volume("podinfo").detail, QStringLiteral("metadata.labels, limits.cpu"));
        QCOMPARE(volume("varlog").type, Type::HostPath);
        QCOMPARE(volume("varlog").sourceName, QStringLiteral("/var/log"));
        QCOMPARE(volume("varlog").detail, QStringLiteral("Directory"));
        QCOMPARE(volume("secrets-store").type, Type::Csi);
        QCOMPARE(volume("secrets-store").sourceName, QStringLiteral("secrets-store.csi.k8s.io"));
        QVERIFY(volume("secrets-store").readOnly);
        QCOMPARE(volume("secrets-store").detail, QStringLiteral("secretProviderClass=media"));
        QCOMPARE(volume("archive").type, Type::Other);
        QCOMPARE(volume("archive").typeKey, QStringLiteral("nfs"));
        QVERIFY(volume("archive").detail.contains(QLatin1String("server=nfs.storage.internal")));
        QVERIFY(volume("archive").references(a.namespaceName).isEmpty());
        // The token volume is mounted by one init container and one app container.
        QCOMPARE(volume("kube-api-access-x7k2p").uses.size(), 2);
    }

    // A pod nobody scheduled yet, raw block devices, a mount of an
    // undeclared volume, a volume without a source.
    void pendingDevicesAndBrokenReferences()
    {
        const json pod = json::parse(R"({"kind":"Pod","metadata":{"name":"p","namespace":"n"},
            "spec":{"containers":[{"name":"db","volumeDevices":[{"name":"raw","devicePath":"/dev/xvdb"}],
                                   "volumeMounts":[{"name":"gone","mountPath":"/gone"}]}],
                    "volumes":[{"name":"raw","persistentVolumeClaim":{"claimName":"raw-claim","readOnly":true}},{"name":"bare"}]},
            "status":{"phase":"Pending"}})");
        const Anatomy a = Anatomy::fromJson(pod);
        QCOMPARE(a.containers.size(), 1);
        QCOMPARE(a.containers.first().state, Anatomy::State::Unknown);
        QCOMPARE(a.containers.first().health, Health::Progressing);
        QVERIFY(a.podIps.isEmpty());
        QVERIFY(a.nodeName.isEmpty());
        const Anatomy::Volume *raw = a.volume(QStringLiteral("raw"));
        QVERIFY(raw && raw->readOnly);
        QCOMPARE(raw->uses.size(), 1);
        QVERIFY(raw->uses.first().mount.device);
        QCOMPARE(raw->uses.first().mount.path, QStringLiteral("/dev/xvdb"));
        const Anatomy::Volume *gone = a.volume(QStringLiteral("gone"));
        QVERIFY(gone);
        QCOMPARE(gone->type, Anatomy::VolumeType::Missing);
        QCOMPARE(gone->uses.size(), 1);
        QVERIFY(a.volume(QStringLiteral("bare")));
        QVERIFY(a.volume(QStringLiteral("bare"))->typeKey.isEmpty());
    }

    void wrongTypesNeverThrow()
    {
        for (const char *text : {R"(null)", R"([])", R"({"spec":[]})", R"({"spec":{"containers":{"a":1},"volumes":[1,"x",{"name":3}]}})",
                                 R"({"spec":{"containers":[null,{"ports":[7],"volumeMounts":"x"}],"volumes":[{"name":"v","projected":{"sources":[1,{}]}}]},
                                     "status":{"containerStatuses":[{"state":{"waiting":7}}],"podIPs":"x"}})"}) {
            const Anatomy a = Anatomy::fromJson(json::parse(text));
            QVERIFY(a.name.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPodAnatomy)
#include "tst_podanatomy.moc"
