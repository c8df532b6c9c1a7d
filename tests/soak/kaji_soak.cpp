// The soak run (not a test: tests/soak/soak.sh starts it; see README.md).
// The whole windowed app runs offscreen against the local cluster while
// soak.sh churns pods and restarts the API server, compacts etcd and
// restarts kwok. Beside the app, this program keeps
//   - the Pods table and the table of another kind (--kind) open, and the
//     Problems dock shown (diagnosis runs on its own schedule);
//   - a port-forward (the app's KubePortForwarder) to deploy/storefront:8080
//     carrying checksummed echoes continuously (ForwardTraffic);
//   - the app's Logs dock following a storefront pod, whose log file this
//     program appends numbered lines to (kwok serves the file);
// and after each fault soak.sh reports it measures how long until both
// tables equal the API's truth (uids and resourceVersions) and the forward
// and the log follow have resumed. RSS is sampled throughout.
//
//   QT_QPA_PLATFORM=offscreen KUBECONFIG=STATE/kubeconfig kaji_soak --state STATE
//       --faults STATE/soak/faults.log [--context kaji-admin] [--kind nodes] [--minutes 30]
//
// soak.sh appends to the faults file: "<epoch ms> start <kind> <n>",
// "<epoch ms> end <kind> <n> <exit code>" and finally "<epoch ms> done"
// once the faults and the churn have stopped. Exit code 0 when nothing was
// lost, duplicated, corrupted or left diverged; 1 otherwise.

#include "application.h"
#include "apiclient.h"
#include "benchstats.h"
#include "docks.h"
#include "forwardtraffic.h"
#include "kindpanes.h"
#include "kubeconfigloader.h"
#include "kubeportforwarder.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "podspane.h"
#include "podtablemodel.h"
#include "problemsview.h"
#include "resourcepane.h"
#include "resourcetablemodel.h"
#include "restconfig.h"
#include "soakchecks.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <array>
#include <deque>
#include <map>
#include <functional>
#include <optional>

using namespace Kaji;
using namespace KajiSoak;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

// The log marker of the numbered lines this program writes.
constexpr char Marker[] = "kaji-soak seq=";
constexpr int LogLineIntervalMs = 100;
constexpr int ConvergeTimeoutMs = 120 * 1000;
constexpr int WindowMs = 1500; // between the two lists of a comparison round

struct Fault {
    QString kind;
    int number = 0;
    qint64 startMs = 0;
    qint64 endMs = 0; // 0 while it runs
    int exitCode = 0;
    double storesSecs = -1; // -1: never converged
    QString divergence; // what was still wrong when the measurement gave up
    double forwardSecs = -1;
    double logSecs = -1;
};

struct Options {
    QString state, faults, context, kind;
    int minutes = 30;
    double maxRssSlope = 50; // MiB/h over the second half
};

class Soak : public QObject {
public:
    explicit Soak(Options options);
    void start();
    int exitCode() const { return m_exitCode; }

private:
    // Setup, in steps driven by a timer until each holds.
    void setupTick();
    void readFaults();
    void onFaultLine(const QList<QByteArray> &fields);
    void writeLogLine();
    void scanLog();
    void startOverLog();
    void sampleRss();

    // Convergence: rounds of list, snapshot, list until nothing diverges.
    void beginMeasure();
    void measureRound();
    void list(const QByteArray &path, std::function<void(std::optional<Listing>)> done);
    ObjectMap podsShown() const;
    ObjectMap kindShown() const;
    void finishMeasure(const Divergence &pods, const Divergence &kind, qint64 snapshotMs);

    void finish();
    void report();

    Options m_options;
    App::Application m_app;
    Kube::KubeConfig m_kubeconfig;
    std::unique_ptr<Kube::ApiClient> m_truth;
    std::unique_ptr<Models::KubePortForwarder> m_forwarder;
    ForwardTraffic m_traffic{64 * 1024, 100};
    int m_forwardId = 0;
    QByteArray m_kindPath;

    Models::PodTableModel *m_pods = nullptr;
    Models::ResourceTableModel *m_kindModel = nullptr;
    Models::LogModel *m_logModel = nullptr;
    QString m_logPod;

    QTimer m_setup, m_faultPoll, m_logWriter, m_logScan, m_rss;
    qint64 m_faultsRead = 0;
    QByteArray m_faultsPartial;
    bool m_done = false; // soak.sh said "done"
    qint64 m_startMs = 0;

    // Numbered log lines: when each was written and first arrived.
    QFile m_logFile;
    std::vector<qint64> m_writtenAt; // index n-1 for number n
    std::vector<qint64> m_arrivedAt; // 0 until it arrived
    NumberedLines m_lines;
    qsizetype m_logScanned = 0;
    int m_logClears = 0;
    qint64 m_linesFrom = 0; // the first number seen since the view last started over

    std::deque<Fault> m_faults;
    std::deque<size_t> m_toMeasure; // indexes into m_faults
    std::optional<size_t> m_measuring;
    bool m_finalCheck = false;
    qint64 m_finalStartMs = 0;
    double m_finalSecs = -1;
    QString m_finalDivergence;
    int m_rounds = 0;

    std::vector<std::pair<double, double>> m_rssSamples; // seconds since start, MiB
    std::vector<qint64> m_diagnosedAt;
    int m_exitCode = 0;
};

Soak::Soak(Options options) : m_options(std::move(options))
{
    const QString kubeconfig = qEnvironmentVariable("KUBECONFIG");
    m_kubeconfig = Kube::KubeConfigLoader::load({kubeconfig});
    auto rest = Kube::restConfigFor(m_kubeconfig, m_options.context);
    if (auto *error = std::get_if<QString>(&rest)) {
        std::fprintf(stderr, "kaji_soak: %s\n", qPrintable(*error));
        std::exit(2);
    }
    m_truth = std::make_unique<Kube::ApiClient>(std::get<Kube::RestConfig>(rest));
    m_forwarder = std::make_unique<Models::KubePortForwarder>(m_kubeconfig);
    m_logFile.setFileName(m_options.state + QStringLiteral("/pod-logs/storefront.log"));
}

void Soak::start()
{
    m_startMs = nowMs();
    m_app.show();
    m_app.mainWindow()->resize(1400, 900);
    m_app.mainWindow()->selectContext(m_options.context);
    connect(m_app.docks(), &App::Docks::diagnosed, this, [this](int) { m_diagnosedAt.push_back(nowMs()); });
    connect(m_app.kindPanes(), &App::KindPanes::tableOpened, this,
            [this](const QString &id, Models::ResourceTableModel *model, Ui::ResourcePane *) {
                if (id == m_options.kind)
                    m_kindModel = model;
            });
    connect(&m_setup, &QTimer::timeout, this, &Soak::setupTick);
    m_setup.start(500);
    connect(&m_faultPoll, &QTimer::timeout, this, &Soak::readFaults);
    m_faultPoll.start(100);
    connect(&m_logWriter, &QTimer::timeout, this, &Soak::writeLogLine);
    connect(&m_logScan, &QTimer::timeout, this, &Soak::scanLog);
    connect(&m_rss, &QTimer::timeout, this, &Soak::sampleRss);
    m_rss.start(5000);
    sampleRss();
    // A safety net: soak.sh says "done" long before this.
    QTimer::singleShot((m_options.minutes + 10) * 60 * 1000, this, [this] {
        std::fprintf(stderr, "kaji_soak: no \"done\" from soak.sh in time\n");
        m_exitCode = 1;
        finish();
    });
}

void Soak::setupTick()
{
    if (!m_pods) {
        QAbstractItemModel *model = m_app.mainWindow()->podsPane()->view()->model();
        while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
            model = proxy->sourceModel();
        m_pods = qobject_cast<Models::PodTableModel *>(model);
        if (!m_pods) {
            std::fprintf(stderr, "kaji_soak: the Pods pane does not show a PodTableModel\n");
            std::exit(2);
        }
    }
    if (!m_kindModel) {
        m_app.kindPanes()->open(m_options.kind); // once discovery answered
        return;
    }
    if (m_kindPath.isEmpty()) {
        m_kindPath = m_kindModel->resource().collectionPath(QString());
        m_app.kindPanes()->open(QStringLiteral("pods"));
        for (QWidget *w = m_app.docks()->problems(); w; w = w->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                dock->show();
                dock->raise();
                break;
            }
        }
        std::printf("kaji_soak: showing Pods (%lld rows), %s (%d rows) and Problems\n",
                    qint64(m_pods ? m_pods->rowCount() : -1), qPrintable(m_options.kind), m_kindModel->rowCount());
    }
    if (m_logPod.isEmpty()) {
        for (const Kube::PodRecord &pod : m_pods->records()) {
            const bool storefront = pod.labels.contains({QStringLiteral("app.kubernetes.io/name"), QStringLiteral("storefront")});
            if (pod.namespaceName == QLatin1String("shop") && storefront && pod.phase == QLatin1String("Running")
                && !pod.terminating) {
                m_logPod = pod.name;
                break;
            }
        }
        if (m_logPod.isEmpty())
            return;
        m_app.docks()->showLogs({QStringLiteral("pods"), QStringLiteral("Pod"), QStringLiteral("shop"), m_logPod});
        m_logModel = m_app.docks()->logView()->model();
        // The dock shows the other docks' tabs too: Logs stays open beside Problems.
        // A view that starts over (it reloads once it knows the pod's
        // containers) shows the log anew: the check starts over with it.
        connect(m_logModel, &QAbstractItemModel::modelReset, this, [this] { startOverLog(); });
        m_logScan.start(100);
        std::printf("kaji_soak: following shop/%s\n", qPrintable(m_logPod));
    }
    if (!m_forwardId) {
        Models::PortForwardRequest request;
        request.context = m_options.context;
        request.namespaceName = QStringLiteral("shop");
        request.kind = QStringLiteral("deployment");
        request.name = QStringLiteral("storefront");
        request.remotePort = QStringLiteral("8080");
        m_forwardId = m_forwarder->start(request);
        return;
    }
    const Models::PortForwarder::Session session = m_forwarder->session(m_forwardId);
    if (session.state != Models::PortForwarder::State::Active)
        return;
    if (!m_logFile.open(QIODevice::WriteOnly | QIODevice::Append)) {
        std::fprintf(stderr, "kaji_soak: cannot append to %s: %s\n", qPrintable(m_logFile.fileName()),
                     qPrintable(m_logFile.errorString()));
        std::exit(2);
    }
    m_traffic.start(session.localPort);
    // Numbered lines once the Logs view has settled on its container (it
    // reloads when it learns them, which would show the first lines twice).
    QTimer::singleShot(5000, this, [this] { m_logWriter.start(LogLineIntervalMs); });
    m_setup.stop();
    std::printf("kaji_soak: forwarding 127.0.0.1:%d to %s (%s); writing numbered lines; ready after %.1f s\n",
                session.localPort, qPrintable(session.podName), qPrintable(session.transport),
                double(nowMs() - m_startMs) / 1000);
    std::fflush(stdout);
}

void Soak::readFaults()
{
    QFile file(m_options.faults);
    if (!file.open(QIODevice::ReadOnly) || file.size() <= m_faultsRead)
        return;
    file.seek(m_faultsRead);
    const QByteArray data = file.readAll();
    m_faultsRead += data.size();
    m_faultsPartial += data;
    qsizetype newline;
    while ((newline = m_faultsPartial.indexOf('\n')) >= 0) {
        const QByteArray line = m_faultsPartial.left(newline).trimmed();
        m_faultsPartial.remove(0, newline + 1);
        if (!line.isEmpty())
            onFaultLine(line.split(' '));
    }
}

void Soak::onFaultLine(const QList<QByteArray> &fields)
{
    const qint64 at = fields.value(0).toLongLong();
    const QByteArray what = fields.value(1);
    if (what == "start" && fields.size() >= 4) {
        Fault fault;
        fault.kind = QString::fromUtf8(fields[2]);
        fault.number = fields[3].toInt();
        fault.startMs = at;
        m_faults.push_back(fault);
        std::printf("%7.1f s  fault %zu: %s %d\n", double(at - m_startMs) / 1000, m_faults.size(),
                    qPrintable(fault.kind), fault.number);
    } else if (what == "end" && !m_faults.empty() && m_faults.back().endMs == 0) {
        Fault &fault = m_faults.back();
        fault.endMs = at;
        fault.exitCode = fields.value(4).toInt();
        m_toMeasure.push_back(m_faults.size() - 1);
        if (!m_measuring)
            beginMeasure();
    } else if (what == "done") {
        m_done = true;
        if (!m_measuring)
            beginMeasure();
    }
    std::fflush(stdout);
}

void Soak::writeLogLine()
{
    // The CRI format kwok reads: "<RFC 3339 nano> stdout F <text>", one write per line.
    const qint64 n = qint64(m_writtenAt.size()) + 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray line = now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1() + "000000Z stdout F "
        + Marker + QByteArray::number(n) + '\n';
    if (m_logFile.write(line) != line.size() || !m_logFile.flush()) {
        std::fprintf(stderr, "kaji_soak: writing %s failed: %s\n", qPrintable(m_logFile.fileName()),
                     qPrintable(m_logFile.errorString()));
        m_exitCode = 1;
        return;
    }
    m_writtenAt.push_back(now.toMSecsSinceEpoch());
    m_arrivedAt.push_back(0);
}

void Soak::scanLog()
{
    if (!m_logModel)
        return;
    const qsizetype total = m_logModel->lineCount();
    if (total < m_logScanned) // cleared without a reset signal
        startOverLog();
    const qint64 now = nowMs();
    for (; m_logScanned < total; ++m_logScanned) {
        const qint64 n = NumberedLines::numberIn(m_logModel->lineText(m_logScanned), Marker);
        if (n < 0)
            continue;
        m_lines.seen(n);
        if (m_linesFrom == 0)
            m_linesFrom = n;
        if (n >= 1 && n <= qint64(m_arrivedAt.size()) && m_arrivedAt[size_t(n - 1)] == 0)
            m_arrivedAt[size_t(n - 1)] = now;
    }
}

void Soak::startOverLog()
{
    ++m_logClears;
    m_logScanned = 0;
    m_lines = NumberedLines();
    m_linesFrom = 0;
}

void Soak::sampleRss()
{
    m_rssSamples.push_back({double(nowMs() - m_startMs) / 1000, double(BenchStats::statusKiB("VmRSS")) / 1024});
}

void Soak::list(const QByteArray &path, std::function<void(std::optional<Listing>)> done)
{
    Kube::RequestOptions options;
    // Metadata only: uids and versions are all the comparison needs.
    options.accept = QByteArrayLiteral("application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io");
    m_truth->get(path, [done = std::move(done)](const Kube::ApiResult &result) {
        if (!result.ok() || !result.body.is_object()) {
            done(std::nullopt);
            return;
        }
        Listing listing;
        const auto &meta = result.body.value("metadata", nlohmann::json::object());
        listing.resourceVersion = QByteArray::fromStdString(meta.value("resourceVersion", std::string())).toLongLong();
        for (const auto &item : result.body.value("items", nlohmann::json::array())) {
            const auto &m = item.value("metadata", nlohmann::json::object());
            const QString ns = QString::fromStdString(m.value("namespace", std::string()));
            const QString name = QString::fromStdString(m.value("name", std::string()));
            listing.objects.insert(ns.isEmpty() ? name : ns + u'/' + name,
                                   {QString::fromStdString(m.value("uid", std::string())),
                                    QByteArray::fromStdString(m.value("resourceVersion", std::string())).toLongLong()});
        }
        done(std::move(listing));
    }, options);
}

ObjectMap Soak::podsShown() const
{
    ObjectMap shown;
    for (const Kube::PodRecord &pod : m_pods->records())
        shown.insert(pod.key(), {pod.uid, pod.resourceVersion.toLongLong()});
    return shown;
}

ObjectMap Soak::kindShown() const
{
    ObjectMap shown;
    for (const Kube::TableRow &row : m_kindModel->records())
        shown.insert(row.key(), {row.uid, row.resourceVersion.toLongLong()});
    return shown;
}

void Soak::beginMeasure()
{
    if (!m_toMeasure.empty()) {
        m_measuring = m_toMeasure.front();
        m_toMeasure.pop_front();
    } else if (m_done && !m_finalCheck) {
        m_finalCheck = true;
        m_measuring = m_faults.size(); // not a fault: the final check
        m_finalStartMs = nowMs();
        std::printf("%7.1f s  churn and faults over: final check\n", double(nowMs() - m_startMs) / 1000);
    } else {
        return;
    }
    m_rounds = 0;
    measureRound();
}

void Soak::measureRound()
{
    if (!m_pods || !m_kindModel || m_kindPath.isEmpty()) {
        QTimer::singleShot(500, this, &Soak::measureRound);
        return;
    }
    ++m_rounds;
    // Pods first, then the other kind, each between two lists of its own.
    auto podsBefore = std::make_shared<std::optional<Listing>>();
    auto kindBefore = std::make_shared<std::optional<Listing>>();
    list("/api/v1/pods", [=, this](std::optional<Listing> podsListed) {
        *podsBefore = std::move(podsListed);
        list(m_kindPath, [=, this](std::optional<Listing> kindListed) {
            *kindBefore = std::move(kindListed);
            if (!*podsBefore || !*kindBefore) {
                finishMeasure({}, {}, -1); // the API does not answer yet
                return;
            }
            QTimer::singleShot(WindowMs, this, [=, this] {
                const qint64 snapshotMs = nowMs();
                auto pods = std::make_shared<ObjectMap>(podsShown());
                auto kind = std::make_shared<ObjectMap>(kindShown());
                list("/api/v1/pods", [=, this](std::optional<Listing> podsAfter) {
                    list(m_kindPath, [=, this](std::optional<Listing> kindAfter) {
                        if (!podsAfter || !kindAfter) {
                            finishMeasure({}, {}, -1);
                            return;
                        }
                        finishMeasure(compareStore(*pods, **podsBefore, *podsAfter),
                                      compareStore(*kind, **kindBefore, *kindAfter), snapshotMs);
                    });
                });
            });
        });
    });
}

void Soak::finishMeasure(const Divergence &pods, const Divergence &kind, qint64 snapshotMs)
{
    const bool final = m_finalCheck && *m_measuring == m_faults.size();
    const qint64 from = final ? 0 : m_faults[*m_measuring].endMs;
    const bool converged = snapshotMs > 0 && pods.none() && kind.none();
    QString divergence;
    if (snapshotMs < 0)
        divergence = QStringLiteral("the API did not answer the lists");
    else if (!converged)
        divergence = QStringLiteral("pods: %1; %2: %3").arg(pods.summary(), m_options.kind, kind.summary());
    const bool nextFaultStarted = !final && m_faults.size() > *m_measuring + 1;
    const bool gaveUp = !converged && (nowMs() - (final ? m_finalStartMs : from) > ConvergeTimeoutMs || nextFaultStarted);
    if (!converged && !gaveUp) {
        QTimer::singleShot(500, this, &Soak::measureRound);
        return;
    }
    if (final) {
        m_finalSecs = converged ? double(nowMs() - m_finalStartMs) / 1000 : -1;
        m_finalDivergence = divergence;
        std::printf("           final check: %s after %d round(s)\n", converged ? "stores equal the API" : qPrintable(divergence),
                    m_rounds);
        m_measuring.reset();
        finish();
        return;
    }
    Fault &fault = m_faults[*m_measuring];
    if (converged)
        fault.storesSecs = double(snapshotMs - fault.endMs) / 1000;
    else
        fault.divergence = (nextFaultStarted ? QStringLiteral("next fault began; ") : QString()) + divergence;
    std::printf("%7.1f s  fault %zu (%s) over after %.1f s: stores %s\n", double(fault.endMs - m_startMs) / 1000,
                *m_measuring + 1, qPrintable(fault.kind), double(fault.endMs - fault.startMs) / 1000,
                converged ? qPrintable(QStringLiteral("equal the API after %1 s").arg(fault.storesSecs, 0, 'f', 1))
                          : qPrintable(QStringLiteral("DIVERGED: ") + fault.divergence));
    std::fflush(stdout);
    m_measuring.reset();
    beginMeasure();
}

void Soak::finish()
{
    // The last numbered lines get a moment to arrive.
    m_logWriter.stop();
    QTimer::singleShot(10000, this, [this] {
        scanLog();
        m_traffic.stop();
        m_logScan.stop();
        m_rss.stop();
        sampleRss();
        report();
        QCoreApplication::exit(m_exitCode);
    });
}

struct Spread {
    std::vector<double> values;
    int never = 0;
    void add(double v)
    {
        if (v < 0)
            ++never;
        else
            values.push_back(v);
    }
    QString text() const
    {
        QString t = values.empty() ? QStringLiteral("     -        -  ")
                                   : QStringLiteral("%1 / %2").arg(BenchStats::median(values), 6, 'f', 1)
                                         .arg(BenchStats::maximum(values), 6, 'f', 1);
        if (never)
            t += QStringLiteral(" (%1 never)").arg(never);
        return t;
    }
};

void Soak::report()
{
    const ForwardTraffic::Totals traffic = m_traffic.totals();
    for (Fault &fault : m_faults) {
        if (fault.endMs == 0)
            continue;
        const ForwardTraffic::Echo echo = m_traffic.firstEchoFrom(fault.endMs);
        fault.forwardSecs = echo.endMs ? double(echo.endMs - fault.endMs) / 1000 : -1;
        for (size_t i = 0; i < m_writtenAt.size(); ++i) {
            if (m_writtenAt[i] >= fault.endMs && m_arrivedAt[i] != 0) {
                fault.logSecs = double(m_arrivedAt[i] - fault.endMs) / 1000;
                break;
            }
        }
    }
    const double minutes = double(nowMs() - m_startMs) / 60000;
    std::printf("\n== kaji_soak: %.1f minutes, %zu faults ==\n", minutes, m_faults.size());
    std::printf("  #  fault               at (s)  knob (s)  stores (s)  forward (s)  log (s)\n");
    int mismatches = 0, notResumed = 0, knobFailures = 0;
    std::map<QString, std::array<Spread, 3>> byKind;
    for (size_t i = 0; i < m_faults.size(); ++i) {
        const Fault &f = m_faults[i];
        const auto secs = [](double v) { return v < 0 ? QStringLiteral("never") : QString::number(v, 'f', 1); };
        std::printf("%3zu  %-18s %7.1f  %8.1f  %10s  %11s  %7s%s\n", i + 1, qPrintable(f.kind),
                    double(f.startMs - m_startMs) / 1000, double(f.endMs - f.startMs) / 1000,
                    qPrintable(secs(f.storesSecs)), qPrintable(secs(f.forwardSecs)), qPrintable(secs(f.logSecs)),
                    f.exitCode ? qPrintable(QStringLiteral("  knob exit %1").arg(f.exitCode)) : "");
        if (!f.divergence.isEmpty())
            std::printf("       diverged: %s\n", qPrintable(f.divergence));
        auto &spread = byKind[f.kind];
        spread[0].add(f.storesSecs);
        spread[1].add(f.forwardSecs);
        spread[2].add(f.logSecs);
        mismatches += f.storesSecs < 0 ? 1 : 0;
        notResumed += (f.forwardSecs < 0 ? 1 : 0) + (f.logSecs < 0 ? 1 : 0);
        knobFailures += f.exitCode != 0 ? 1 : 0;
    }
    std::printf("\n  time from the fault's end until ... (median / max, s)\n");
    std::printf("  %-18s %5s  %-22s %-22s %-22s\n", "fault", "count", "stores = API", "forward resumed", "log resumed");
    for (const auto &[kind, spread] : byKind)
        std::printf("  %-18s %5zu  %-22s %-22s %-22s\n", qPrintable(kind),
                    spread[0].values.size() + size_t(spread[0].never), qPrintable(spread[0].text()),
                    qPrintable(spread[1].text()), qPrintable(spread[2].text()));
    if (m_finalSecs < 0)
        ++mismatches;

    // Lines written before the view last started over may be out of its tail.
    const NumberedLines::Summary lines =
        m_lines.check(qint64(m_writtenAt.size()), m_logClears > 0 && m_linesFrom > 0 ? m_linesFrom : 1);
    const auto half = secondHalf(m_rssSamples);
    const double slope = slopePerHour(half);
    std::vector<double> gaps;
    for (size_t i = 1; i < m_diagnosedAt.size(); ++i)
        gaps.push_back(double(m_diagnosedAt[i] - m_diagnosedAt[i - 1]) / 1000);
    const double lastGap = m_diagnosedAt.empty() ? minutes * 60 : double(nowMs() - m_diagnosedAt.back()) / 1000;
    const double maxGap = std::max(BenchStats::maximum(gaps), lastGap);

    std::printf("\n  stores vs API        %d mismatch(es); final check (quiet cluster): %s\n", mismatches,
                m_finalSecs < 0 ? qPrintable(QStringLiteral("DIVERGED: ") + m_finalDivergence)
                                : qPrintable(QStringLiteral("equal after %1 s").arg(m_finalSecs, 0, 'f', 1)));
    std::printf("  port-forward         %lld echoes intact, %.1f MiB each way, %lld corrupted, %lld cut off by faults\n",
                traffic.echoes, double(traffic.bytes) / 1048576, traffic.corrupted, traffic.interrupted);
    std::printf("  log follow           %lld lines written, %lld received: %lld lost (first %lld), %lld duplicated "
                "(first %lld), %lld out of order, %lld unexpected; the view was cleared %d time(s)\n",
                qint64(m_writtenAt.size()), lines.received, lines.lost, lines.firstLost, lines.duplicated,
                lines.firstDuplicated, lines.outOfOrder, lines.unexpected, m_logClears);
    std::printf("  RSS                  %.0f MiB at start, %.0f at the end, peak %.0f; second half slope %+.1f MiB/h "
                "(%zu samples, limit %.0f)\n",
                m_rssSamples.empty() ? 0 : m_rssSamples.front().second, m_rssSamples.empty() ? 0 : m_rssSamples.back().second,
                double(BenchStats::statusKiB("VmHWM")) / 1024, slope, half.size(), m_options.maxRssSlope);
    std::printf("  diagnosis            %zu runs finished, longest wait %.0f s\n", m_diagnosedAt.size(), maxGap);

    QStringList failures;
    if (mismatches)
        failures << QStringLiteral("%1 store mismatch(es)").arg(mismatches);
    if (notResumed)
        failures << QStringLiteral("%1 forward/log resumption(s) missing").arg(notResumed);
    if (!lines.ok() || m_writtenAt.empty())
        failures << QStringLiteral("followed log not intact");
    if (traffic.corrupted || traffic.echoes == 0)
        failures << QStringLiteral("forward bytes not intact");
    if (slope > m_options.maxRssSlope)
        failures << QStringLiteral("RSS grows %1 MiB/h").arg(slope, 0, 'f', 1);
    if (maxGap > 5 * 60)
        failures << QStringLiteral("diagnosis idle for %1 s").arg(maxGap, 0, 'f', 0);
    if (knobFailures)
        failures << QStringLiteral("%1 fault(s) did not run cleanly").arg(knobFailures);
    if (!failures.isEmpty())
        m_exitCode = 1;
    std::printf("\n  verdict: %s\n", failures.isEmpty() ? "PASS" : qPrintable(QStringLiteral("FAIL: ") + failures.join(QStringLiteral(", "))));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication qapp(argc, argv);
    // Settings of their own, so the soak never touches the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("Kaji"));
    QCoreApplication::setApplicationName(QStringLiteral("KajiSoak"));
    QSettings().clear();
    const QStringList args = qapp.arguments();
    Options options;
    options.state = argument(args, QStringLiteral("--state"), QString());
    options.faults = argument(args, QStringLiteral("--faults"), QString());
    options.context = argument(args, QStringLiteral("--context"), QStringLiteral("kaji-admin"));
    options.kind = argument(args, QStringLiteral("--kind"), QStringLiteral("nodes"));
    options.minutes = argument(args, QStringLiteral("--minutes"), QStringLiteral("30")).toInt();
    options.maxRssSlope = argument(args, QStringLiteral("--max-rss-slope"), QStringLiteral("50")).toDouble();
    if (options.state.isEmpty() || options.faults.isEmpty() || qEnvironmentVariableIsEmpty("KUBECONFIG")) {
        std::fprintf(stderr, "usage: KUBECONFIG=STATE/kubeconfig kaji_soak --state STATE --faults FILE [--context C] "
                             "[--kind nodes] [--minutes 30] [--max-rss-slope MiB/h]\n");
        return 2;
    }
    Soak soak(options);
    soak.start();
    return qapp.exec();
}
