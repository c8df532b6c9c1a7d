#include "docks.h"

#include "apiclient.h"
#include "clusterconnection.h"
#include "detailspanel.h"
#include "actionbar.h"
#include "diagnosis/diagnosisengine.h"
#include "diagnosis/diagnosisloader.h"
#include "findingmodel.h"
#include "kubeportforwarder.h"
#include "logview.h"
#include "mainwindow.h"
#include "podlogsource.h"
#include "portforwardmemory.h"
#include "portforwardspane.h"
#include "problemsview.h"
#include "workloadlogsource.h"

#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QTimer>
#include <QtConcurrent>

namespace Kaji::App {

Docks::Docks(Ui::MainWindow *window, const Kube::KubeConfig &config, QObject *parent)
    : QObject(parent), m_window(window), m_forwarder(new Models::KubePortForwarder(config, this)),
      m_forwards(new Ui::PortForwardsPane(m_forwarder)), m_findings(new Models::FindingModel(this)),
      m_problems(new Ui::ProblemsView(m_findings)), m_refresh(new QTimer(this))
{
    auto *noLogs = new QLabel;
    noLogs->setObjectName(QStringLiteral("noLogs"));
    noLogs->setAlignment(Qt::AlignCenter);
    m_logsDock = addDock(QStringLiteral("logsDock"), noLogs);
    m_forwardsDock = addDock(QStringLiteral("portForwardsDock"), m_forwards);
    m_problemsDock = addDock(QStringLiteral("problemsDock"), m_problems);
    window->tabifyDockWidget(m_logsDock, m_forwardsDock);
    window->tabifyDockWidget(m_forwardsDock, m_problemsDock);
    m_problemsDock->raise();

    Ui::ActionBar *bar = window->detailsPanel()->actionBar();
    connect(bar, &Ui::ActionBar::logsRequested, this, &Docks::showLogs);
    connect(bar, &Ui::ActionBar::portForwardRequested, this, &Docks::requestForward);
    connect(m_forwards, &Ui::PortForwardsPane::forwardStarted, this, [this](int id) {
        m_forwardsDock->raise();
        const Models::PortForwardRequest request = m_forwarder->session(id).request;
        m_requests.insert(id, request);
        if (request.reopenOnStart)
            PortForwardMemory::remember(request);
    });
    // Removing a session is the user saying they no longer want it back.
    connect(m_forwarder, &Models::PortForwarder::sessionRemoved, this, [this](int id) {
        const Models::PortForwardRequest request = m_requests.take(id);
        if (request.reopenOnStart)
            PortForwardMemory::forget(request);
    });
    connect(m_problems, &Ui::ProblemsView::referenceActivated, this, &Docks::openReference);
    for (const Models::PortForwardRequest &request : PortForwardMemory::load())
        m_requests.insert(m_forwarder->start(request), request);
    // Problems change as the cluster does; a minute is what a person
    // watching a failing rollout would tolerate, and cheap for the server.
    m_refresh->setInterval(60000);
    connect(m_refresh, &QTimer::timeout, this, &Docks::diagnose);
    window->installEventFilter(this);
    retranslate();
}

Docks::~Docks()
{
    dropDiagnosis();
}

// Forgets the diagnosis under way. Rules still running on the pool read
// the loader's snapshot, so they are waited for before it goes.
void Docks::dropDiagnosis()
{
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->waitForFinished();
        delete m_engine;
        m_engine = nullptr;
    }
    delete m_loader;
    m_loader = nullptr;
}

QDockWidget *Docks::addDock(const QString &objectName, QWidget *content)
{
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    return dock;
}

void Docks::setConnection(Kube::ClusterConnection *connection)
{
    m_connection = connection;
    dropDiagnosis();
    m_diagnosisClient.reset();
    m_findings->setFindings({});
    m_refresh->stop();
    if (!connection) {
        m_problems->setStatus(tr("Not connected."));
        return;
    }
    m_problems->setStatus(tr("Diagnosing…"));
    m_diagnosisClient = std::make_unique<Kube::ApiClient>(connection->config());
    m_refresh->start();
    diagnose();
}

void Docks::showLogs(const Models::ObjectActions::Target &target)
{
    if (!m_connection)
        return;
    Models::LogSource *source = nullptr;
    if (target.kind == QLatin1String("Pod"))
        source = new Models::PodLogSource(m_connection->config(), target.namespaceName, target.name);
    else
        source = new Models::WorkloadLogSource(m_connection->config(), target.namespaceName, target.kind.toLower() + u'/' + target.name);
    // One log at a time: the new view replaces the old, which stops its stream.
    auto *view = new Ui::LogView(source);
    view->setObjectName(QStringLiteral("logView"));
    QWidget *old = m_logsDock->widget();
    m_logsDock->setWidget(view);
    delete old;
    m_logView = view;
    m_logsDock->show();
    m_logsDock->raise();
}

void Docks::requestForward(const Models::ObjectActions::Target &target)
{
    if (!m_connection)
        return;
    Models::PortForwardRequest request;
    request.context = m_connection->config().contextName;
    request.namespaceName = target.namespaceName;
    request.kind = target.kind.toLower();
    request.name = target.name;
    m_forwardsDock->show();
    m_forwardsDock->raise();
    m_forwards->requestForward(request);
}

void Docks::diagnose()
{
    if (!m_diagnosisClient || m_loader)
        return; // one at a time; the next tick tries again
    m_loader = new Models::DiagnosisLoader(m_diagnosisClient.get());
    connect(m_loader, &Models::DiagnosisLoader::finished, this, [this] {
        if (!m_loader->error().isEmpty()) {
            // The last findings stay, marked as not current.
            m_problems->setStatus(tr("Diagnosis failed, retrying every minute: %1").arg(m_loader->error()));
            m_loader->deleteLater();
            m_loader = nullptr;
            return;
        }
        // The rules read thousands of objects: off the GUI thread. The
        // loader keeps the snapshot and logs alive until they are done.
        m_engine = new QFutureWatcher<Models::Findings>;
        connect(m_engine, &QFutureWatcher<Models::Findings>::finished, this, [this] {
            const Models::Findings findings = m_engine->result();
            m_engine->deleteLater();
            m_engine = nullptr;
            m_loader->deleteLater();
            m_loader = nullptr;
            m_findings->setFindings(findings);
            m_problems->setStatus(QString());
            Q_EMIT diagnosed(int(findings.size()));
        });
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        Models::DiagnosisLoader *loader = m_loader;
        m_engine->setFuture(QtConcurrent::run([loader, now] {
            return Models::DiagnosisEngine::diagnose(loader->snapshot(), loader->logReader(), now);
        }));
    });
    m_loader->load({}, m_connection ? m_connection->config().namespaceName : QString());
}

// Evidence references: "kind/ns/name#field", "kind/name", "event:ns/name",
// "log:pod/ns/name/container[?previous]#Ln". The object is shown; a log
// reference also opens that pod's log (at its end, not yet at the line).
void Docks::openReference(const QString &reference)
{
    if (reference.startsWith(QLatin1String("event:"))) {
        const QString rest = reference.mid(6);
        Q_EMIT objectRequested(QStringLiteral("event"), rest.section(u'/', 0, 0), rest.section(u'/', 1));
        return;
    }
    const bool log = reference.startsWith(QLatin1String("log:"));
    const QStringList parts = (log ? reference.mid(4) : reference).section(u'#', 0, 0).section(u'?', 0, 0).split(u'/');
    if (parts.size() < 2)
        return;
    const QString kind = parts[0];
    const QString ns = parts.size() >= 3 ? parts[1] : QString();
    const QString name = parts.size() >= 3 ? parts[2] : parts[1];
    Q_EMIT objectRequested(kind, ns, name);
    if (log && kind == QLatin1String("pod"))
        showLogs({QStringLiteral("pods"), QStringLiteral("Pod"), ns, name});
}

bool Docks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void Docks::retranslate()
{
    m_logsDock->setWindowTitle(tr("Logs"));
    m_forwardsDock->setWindowTitle(tr("Port forwards"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    if (auto *label = qobject_cast<QLabel *>(m_logsDock->widget()))
        label->setText(tr("Select a pod or workload and press Logs to follow its log here."));
}

} // namespace Kaji::App
