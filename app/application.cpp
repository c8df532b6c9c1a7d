#include "application.h"

#include "clusterconnection.h"

#include "connectionpool.h"
#include "contextlistmodel.h"
#include "detailscontroller.h"
#include "diagramscontroller.h"
#include "overviewcontroller.h"
#include "docks.h"
#include "applycontroller.h"
#include "editcontroller.h"
#include "kindpanes.h"
#include "kindtreemodel.h"
#include "kubeconfigcontroller.h"
#include "kubeconfigpaths.h"
#include "kubeconfigsource.h"
#include "languagemanager.h"
#include "namespacescope.h"
#include "palettecontroller.h"
#include "actionbar.h"
#include "detailspanel.h"
#include "diagnosis/usagerules.h"
#include "diagnosisrunner.h"
#include "mainwindow.h"
#include "metricscontroller.h"
#include "terminalcontroller.h"
#include "eks/ekswizard.h"
#include "podspane.h"
#include "podtablemodel.h"
#include "settings.h"
#include "theme.h"
#include "usagecolumns.h"
#include "welcomepage.h"

#include "contextsidebar.h"

#include <QApplication>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>

namespace Kaji::App {

Application::Application(QObject *parent)
    : QObject(parent), m_languages(new LanguageManager(this)),
      m_kubeconfig(new Kube::KubeConfigSource(kubeconfigPaths(), this)),
      m_contexts(new Models::ContextListModel(this)), m_pods(new Models::PodTableModel(this)),
      m_kindModel(new Models::KindTreeModel(this)), m_pool(new ConnectionPool(4, this))
{
    Settings settings;
    m_languages->apply(settings.language());
    applyTheme(settings.theme());
    m_contexts->setOrder(settings.contextOrder());
    m_contexts->setConfig(m_kubeconfig->config());
    applySwitcherColours();

    m_window = std::make_unique<Ui::MainWindow>(m_contexts, m_pods, m_kindModel);
    m_window->welcomePage()->showSources(m_kubeconfig->paths(), m_kubeconfig->config());
    m_kindPanes = new KindPanes(m_window.get(), m_kindModel, this);
    m_details = new DetailsController(m_window.get(), m_kindPanes, m_kindModel, this);
    m_docks = new Docks(m_window.get(), m_kubeconfig->config(), this);
    m_namespaces = new NamespaceScope(m_window->namespacePicker(), m_kindPanes, this);
    m_diagrams = new DiagramsController(m_window.get(), m_pods, m_details, m_docks, this);
    connect(m_namespaces, &NamespaceScope::selectionChanged, m_diagrams, &DiagramsController::setNamespaces);
    m_edits = new EditController(m_kindModel, m_window.get(), this);
    connect(m_window->detailsPanel()->actionBar(), &Ui::ActionBar::editRequested, m_edits, &EditController::open);
    m_applies = new ApplyController(m_edits, m_namespaces, m_window.get(), this);
    connect(m_window.get(), &Ui::MainWindow::applyManifestRequested, m_applies, &ApplyController::openWindow);
    connect(m_window.get(), &Ui::MainWindow::newResourceRequested, m_applies, &ApplyController::newResource);
    connect(m_window.get(), &Ui::MainWindow::addEksClusterRequested, this, &Application::openEksWizard);
    m_palette = new PaletteController(m_window.get(), m_contexts, m_kindModel, m_kindPanes, m_namespaces, m_details, this);
    connect(m_docks, &Docks::objectRequested, m_details, &DetailsController::navigateTo);
    connect(m_window.get(), &Ui::MainWindow::contextSelected, this, &Application::connectTo);
    m_kubeconfigEdits = new KubeconfigController(m_window.get(), m_kubeconfig, this);
    m_metrics = new MetricsController(m_window->detailsPanel()->usageView(), this);
    m_usageColumns = new UsageColumns(m_metrics, m_pods, m_window->podsPane(), m_kindPanes, this);
    // Diagnosis compares usage with limits over the readings taken while
    // usage was on screen (none: those rules stay quiet).
    m_docks->diagnosisRunner()->setUsageSource([metrics = m_metrics]() -> DiagnosisRunner::UsageBuilder {
        return [history = metrics->history()](const Models::ClusterSnapshot &) {
            return std::make_shared<const Models::ContainerUsage>(
                Models::ContainerUsage::fromHistory(history, Models::UsageRules::HistoryReadings));
        };
    });
    m_overview = new OverviewController(m_window.get(), m_pods, m_details, m_docks, m_metrics, this);
    m_terminals = new TerminalController(m_window->detailsPanel()->actionBar(), m_docks, m_window.get(), this);
    connect(m_terminals, &TerminalController::failed, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 10000); });
    m_window->setLanguage(m_languages->choice());
    m_window->setTheme(settings.theme());
    restoreWindowState();
    const QString context = settings.lastContext();
    m_window->selectContext(context.isEmpty() ? m_kubeconfig->config().currentContext : context);

    connect(m_pool, &ConnectionPool::stateChanged, m_contexts, &Models::ContextListModel::setConnectionState);
    connect(m_window.get(), &Ui::MainWindow::disconnectRequested, this, &Application::disconnectFrom);
    connect(m_kubeconfig, &Kube::KubeConfigSource::changed, this, [this] {
        m_contexts->setConfig(m_kubeconfig->config());
        applySwitcherColours();
        m_window->welcomePage()->showSources(m_kubeconfig->paths(), m_kubeconfig->config());
        // Contexts gone from the kubeconfig lose their connections; the
        // shown one stays until the user picks another.
        QStringList kept = m_kubeconfig->config().contexts.keys();
        if (m_connection)
            kept.append(m_connection->config().contextName);
        m_pool->keepOnly(kept);
        for (const QString &name : m_pool->connected()) {
            if (auto *connection = m_pool->find(name))
                m_contexts->setConnectionState(name, int(connection->state()), connection->message());
        }
    });
    connect(m_window.get(), &Ui::MainWindow::reloadRequested, m_kubeconfig, &Kube::KubeConfigSource::reload);
    connect(m_window.get(), &Ui::MainWindow::languageRequested, this, &Application::setLanguage);
    connect(m_window.get(), &Ui::MainWindow::themeRequested, this, &Application::setTheme);
    connect(m_window.get(), &Ui::MainWindow::contextSelected, this, [](const QString &name) {
        if (!name.isEmpty())
            Settings().setLastContext(name);
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Application::saveWindowState);
    connect(m_contexts, &Models::ContextListModel::orderChanged, this,
            [](const QStringList &names) { Settings().setContextOrder(names); });
    connect(m_window->contextSidebar(), &Ui::ContextSidebar::avatarColourRequested, this,
            [this](const QString &name, const QString &colour) {
                Settings().setAvatarColour(name, colour);
                m_contexts->setAvatarColour(name, colour);
            });
}

void Application::applySwitcherColours()
{
    const Settings settings;
    for (const QString &name : m_kubeconfig->config().contexts.keys())
        m_contexts->setAvatarColour(name, settings.avatarColour(name));
}

void Application::restoreWindowState()
{
    const Settings settings;
    const QByteArray geometry = settings.windowGeometry();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry)) {
        // A first start: sized from the screen the window opens on.
        if (const QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen())
            m_window->applyFirstStartLayout(screen->availableGeometry());
    }
    m_window->restoreState(settings.windowState());
    for (QSplitter *splitter : m_window->splitters()) {
        const QByteArray state = settings.splitterState(splitter->objectName());
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
}

Application::~Application()
{
    // Stop the connection threads before the models they feed go away.
    m_connection = nullptr;
    delete m_pool;
}

void Application::connectTo(const QString &contextName)
{
    if (m_connection && m_connection->config().contextName == contextName)
        return;
    m_kindPanes->setConnection(nullptr);
    m_namespaces->setConnection(nullptr);
    m_details->setConnection(nullptr);
    m_docks->setConnection(nullptr);
    m_diagrams->setConnection(nullptr);
    m_edits->setConnection(nullptr);
    m_applies->setConnection(nullptr);
    m_metrics->setConnection(nullptr);
    m_usageColumns->setConnection(nullptr);
    m_terminals->setConnection(nullptr);
    m_overview->setConnection(nullptr);
    if (m_connection) {
        // It stays connected in the pool, feeding nothing shown.
        disconnect(m_connection, nullptr, this, nullptr);
        disconnect(m_connection, nullptr, m_pods, nullptr);
    }
    m_connection = nullptr;
    m_pods->clear();
    m_connectionError.clear();
    if (!contextName.isEmpty()) {
        auto rest = Kube::restConfigFor(m_kubeconfig->config(), contextName);
        if (auto *error = std::get_if<QString>(&rest)) {
            m_connectionError = *error;
        } else {
            bool reused = false;
            m_connection = m_pool->acquire(std::get<Kube::RestConfig>(rest), &reused);
            connect(m_connection, &Kube::ClusterConnection::podsChanged, m_pods, &Models::PodTableModel::applyBatch);
            connect(m_connection, &Kube::ClusterConnection::stateChanged, this, &Application::showConnectionState);
            connect(m_connection, &Kube::ClusterConnection::scopeChanged, this, &Application::showConnectionState);
            m_kindPanes->setConnection(m_connection);
            m_namespaces->setConnection(m_connection);
            m_details->setConnection(m_connection);
            m_docks->setConnection(m_connection);
            m_diagrams->setConnection(m_connection);
            m_edits->setConnection(m_connection);
            m_applies->setConnection(m_connection);
            m_metrics->setConnection(m_connection);
            m_usageColumns->setConnection(m_connection);
            m_terminals->setConnection(m_connection);
            m_overview->setConnection(m_connection);
            // Still connected from before: the pods come from memory.
            if (reused)
                m_connection->replayPods();
        }
    }
    showConnectionState();
}

Ui::EksWizard *Application::openEksWizard()
{
    if (!m_eksWizard) {
        m_eksWizard = new Ui::EksWizard(m_window.get());
        m_eksWizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_eksWizard, &Ui::EksWizard::contextAdded, this, [this](const QString &contextName) {
            // The aws CLI wrote the file; the watcher would notice too, but
            // only after its debounce, and the context is selected now.
            m_kubeconfig->reload();
            m_window->selectContext(contextName);
        });
    }
    m_eksWizard->show();
    m_eksWizard->raise();
    m_eksWizard->activateWindow();
    return m_eksWizard;
}

void Application::disconnectFrom(const QString &contextName)
{
    if (m_connection && m_connection->config().contextName == contextName) {
        connectTo(QString());
        const QString why = tr("Disconnected. Choose Connect in the context's right-click menu to connect again.");
        m_window->setConnectionState(tr("%1: disconnected").arg(contextName), why);
        m_window->podsPane()->setDataState(Ui::EmptyStateOverlay::DataState::Disconnected, why);
    }
    m_pool->close(contextName);
}

void Application::showConnectionState()
{
    const QString context = m_window->currentContext();
    if (context.isEmpty())
        return;
    using DataState = Ui::EmptyStateOverlay::DataState;
    Ui::PodsPane *pods = m_window->podsPane();
    if (!m_connection) {
        m_window->setConnectionState(tr("%1: cannot connect").arg(context), m_connectionError);
        pods->setDataState(DataState::Failed, m_connectionError);
        return;
    }
    const QString message = m_connection->message();
    const QStringList namespaces = m_connection->podNamespaces();
    const QString scope = namespaces.isEmpty()
        ? QString()
        : tr(" (namespace %1 only: you may not list pods in all namespaces)", nullptr, int(namespaces.size()))
              .arg(namespaces.join(QStringLiteral(", ")));
    using State = Kube::ClusterConnection::State;
    const QString server = m_connection->config().cluster.server;
    switch (m_connection->state()) {
    case State::Connecting: pods->setDataState(DataState::Loading); break;
    case State::Synced: pods->setDataState(DataState::Live); break;
    case State::Reconnecting: pods->setDataState(DataState::Reconnecting, tr("%1 (server %2)").arg(message, server)); break;
    case State::Forbidden: pods->setDataState(DataState::Forbidden, message); break;
    case State::Error: pods->setDataState(DataState::Failed, tr("%1 (server %2)").arg(message, server)); break;
    }
    switch (m_connection->state()) {
    case State::Connecting:
        m_window->setConnectionState(tr("%1: connecting…").arg(context), QString());
        break;
    case State::Synced:
        m_window->setConnectionState(tr("%1: connected, live").arg(context) + scope, QString());
        break;
    case State::Reconnecting:
        m_window->setConnectionState(tr("%1: reconnecting").arg(context),
                                     tr("Connection lost, retrying: %1. The table shows the last known state.").arg(message));
        break;
    case State::Forbidden:
        m_window->setConnectionState(tr("%1: forbidden").arg(context),
                                     tr("Access denied: %1").arg(message) + refusalHint(Models::Refusal::Forbidden));
        break;
    case State::Error:
        // The API server words every 401 "Unauthorized".
        m_window->setConnectionState(tr("%1: error").arg(context),
                                     message == QLatin1String("Unauthorized")
                                         ? message + refusalHint(Models::Refusal::Unauthenticated)
                                         : message);
        break;
    }
}

// On EKS a refusal of the first request is most often the IAM side: said
// in those terms after the server's own words.
QString Application::refusalHint(Models::Refusal refusal) const
{
    const Kube::KubeConfig &config = m_kubeconfig->config();
    const Kube::ContextEntry *context = config.context(m_connection->config().contextName);
    const Kube::UserEntry *user = context ? config.userFor(*context) : nullptr;
    const std::optional<Models::EksIdentity> identity = user ? Models::eksIdentityOf(*user) : std::nullopt;
    return identity ? QStringLiteral("\n") + Models::eksRefusalHint(*identity, refusal) : QString();
}

void Application::show()
{
    m_window->show();
}

void Application::setLanguage(const QString &choice)
{
    m_languages->apply(choice);
    Settings().setLanguage(m_languages->choice());
    m_window->setLanguage(m_languages->choice());
    showConnectionState();
    // Problems in the kubeconfig are worded when it is read.
    m_kubeconfig->reload();
}

void Application::setTheme(const QString &theme)
{
    applyTheme(theme);
    Settings().setTheme(theme);
    m_window->setTheme(theme);
}

void Application::saveWindowState()
{
    Settings settings;
    settings.setWindowGeometry(m_window->saveGeometry());
    settings.setWindowState(m_window->saveState());
    for (const QSplitter *splitter : m_window->splitters())
        settings.setSplitterState(splitter->objectName(), splitter->saveState());
}

} // namespace Kaji::App
