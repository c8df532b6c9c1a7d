#include "docks.h"

#include "clusterconnection.h"
#include "detailspanel.h"
#include "actionbar.h"
#include "diagnosisrunner.h"
#include "diagnosis/diagnosisloader.h"
#include "findingmodel.h"
#include "kubeportforwarder.h"
#include "logview.h"
#include "mainwindow.h"
#include "podlogsource.h"
#include "portforwardmemory.h"
#include "portforwardspane.h"
#include "problemsview.h"
#include "settings.h"
#include "terminal/terminaldock.h"
#include "workloadlogsource.h"

#include <QDockWidget>
#include <QTableView>
#include <QEvent>
#include <QLabel>

namespace Kaji::App {

Docks::Docks(Ui::MainWindow *window, const Kube::KubeConfig &config, QObject *parent)
    : QObject(parent), m_window(window), m_forwarder(new Models::KubePortForwarder(config, this)),
      m_forwards(new Ui::PortForwardsPane(m_forwarder)), m_findings(new Models::FindingModel(this)),
      m_problems(new Ui::ProblemsView(m_findings)), m_terminals(new Ui::TerminalDock), m_diagnosis(new DiagnosisRunner(m_findings, this))
{
    auto *noLogs = new QLabel;
    noLogs->setObjectName(QStringLiteral("noLogs"));
    noLogs->setAlignment(Qt::AlignCenter);
    m_logsDock = addDock(QStringLiteral("logsDock"), noLogs);
    m_forwardsDock = addDock(QStringLiteral("portForwardsDock"), m_forwards);
    m_problemsDock = addDock(QStringLiteral("problemsDock"), m_problems);
    window->tabifyDockWidget(m_logsDock, m_forwardsDock);
    window->tabifyDockWidget(m_forwardsDock, m_problemsDock);
    m_terminals->setTerminalFont(Settings().terminalFont());
    connect(m_terminals, &Ui::TerminalDock::fontChosen, this, [](const QFont &font) { Settings().setTerminalFont(font); });
    m_terminalDock = addDock(QStringLiteral("terminalDockWidget"), m_terminals);
    window->tabifyDockWidget(m_problemsDock, m_terminalDock);
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
    window->detailsPanel()->setFindings(m_findings);
    connect(window->detailsPanel(), &Ui::DetailsPanel::referenceActivated, this, &Docks::openReference);
    connect(m_diagnosis, &DiagnosisRunner::diagnosed, this, &Docks::diagnosed);
    connect(m_findings, &Models::FindingModel::runStateChanged, this, &Docks::showRunState);
    for (const Models::PortForwardRequest &request : PortForwardMemory::load())
        m_requests.insert(m_forwarder->start(request), request);
    window->installEventFilter(this);
    retranslate();
}

Docks::~Docks() = default;

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
    m_diagnosis->setConnection(connection);
}

void Docks::showRunState()
{
    using RunState = Models::FindingModel::RunState;
    switch (m_findings->runState()) {
    case RunState::NotRun: m_problems->setStatus(m_findings->runMessage()); break;
    case RunState::Running:
        // A refresh over shown findings need not hide them behind a status.
        m_problems->setStatus(m_findings->ranAt().isValid() ? QString() : tr("Diagnosing…"));
        break;
    case RunState::Failed:
        m_problems->setStatus(tr("Diagnosis failed, retrying every minute: %1").arg(m_findings->runMessage()));
        break;
    case RunState::Current: m_problems->setStatus(QString()); break;
    }
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

Ui::TerminalWidget *Docks::openTerminal(const QString &title, Models::TerminalChannel *channel)
{
    Ui::TerminalWidget *terminal = m_terminals->openSession(title, channel);
    m_terminalDock->show();
    m_terminalDock->raise();
    return terminal;
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
    m_diagnosis->run();
}

void Docks::openReference(const QString &reference)
{
    const std::optional<Models::Evidence> evidence = Models::Evidence::fromReference(reference);
    if (!evidence)
        return;
    const Models::ObjectRef &object = evidence->object;
    Q_EMIT objectRequested(object.kind, object.namespaceName, object.name);
    if (evidence->kind == Models::Evidence::Kind::Event)
        m_window->detailsPanel()->selectEvent(evidence->eventName); // once the object's events arrive
    else if (evidence->kind == Models::Evidence::Kind::LogLine && object.kind == QLatin1String("pod"))
        openLogLine(*evidence);
}

bool Docks::showFindingAbout(const Models::ObjectRef &object)
{
    const Models::Findings about = m_findings->findingsConcerning(object);
    if (about.isEmpty())
        return false;
    const int row = m_findings->rowForKey(Models::FindingModel::keyOf(about.first()));
    if (row < 0)
        return false;
    m_problemsDock->show();
    m_problemsDock->raise();
    m_problems->list()->selectRow(row);
    m_problems->list()->scrollTo(m_problems->list()->model()->index(row, 0));
    return true;
}

// The rules number a line within the tail the loader read; the log view
// finds it again in what it loads, and checks the line says what was quoted.
void Docks::openLogLine(const Models::Evidence &line)
{
    QString quoted;
    for (const Models::Finding &f : m_findings->findings()) {
        for (const Models::Evidence &e : f.evidence) {
            if (e.kind == Models::Evidence::Kind::LogLine && e.reference() == line.reference())
                quoted = e.text;
        }
    }
    showLogs({QStringLiteral("pods"), QStringLiteral("Pod"), line.object.namespaceName, line.object.name});
    if (m_logView)
        m_logView->showLine({line.container, line.previousLog, line.lineNumber, Models::DiagnosisLoader::LogTailLines, quoted});
}

bool Docks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
        showRunState();
        m_diagnosis->reword();
    }
    return QObject::eventFilter(watched, event);
}

void Docks::retranslate()
{
    m_logsDock->setWindowTitle(tr("Logs"));
    m_forwardsDock->setWindowTitle(tr("Port forwards"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_terminalDock->setWindowTitle(tr("Terminal"));
    if (auto *label = qobject_cast<QLabel *>(m_logsDock->widget()))
        label->setText(tr("Select a pod or workload and press Logs to follow its log here."));
}

} // namespace Kaji::App
