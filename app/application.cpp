#include "application.h"

#include "clusterconnection.h"

#include "contextlistmodel.h"
#include "detailscontroller.h"
#include "docks.h"
#include "kindpanes.h"
#include "kindtreemodel.h"
#include "kubeconfigloader.h"
#include "kubeconfigsource.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "podtablemodel.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>

namespace Kaji::App {

Application::Application(QObject *parent)
    : QObject(parent), m_languages(new LanguageManager(this)),
      m_kubeconfig(new Kube::KubeConfigSource(Kube::KubeConfigLoader::defaultPaths(), this)),
      m_contexts(new Models::ContextListModel(this)), m_pods(new Models::PodTableModel(this)),
      m_kindModel(new Models::KindTreeModel(this))
{
    Settings settings;
    m_languages->apply(settings.language());
    applyTheme(settings.theme());
    m_contexts->setConfig(m_kubeconfig->config());

    m_window = std::make_unique<Ui::MainWindow>(m_contexts, m_pods, m_kindModel);
    m_kindPanes = new KindPanes(m_window.get(), m_kindModel, this);
    m_details = new DetailsController(m_window.get(), m_kindPanes, m_kindModel, this);
    m_docks = new Docks(m_window.get(), m_kubeconfig->config(), this);
    connect(m_docks, &Docks::objectRequested, m_details, &DetailsController::navigateTo);
    connect(m_window.get(), &Ui::MainWindow::contextSelected, this, &Application::connectTo);
    m_window->setLanguage(m_languages->choice());
    m_window->setTheme(settings.theme());
    m_window->restoreGeometry(settings.windowGeometry());
    m_window->restoreState(settings.windowState());
    const QString context = settings.lastContext();
    m_window->selectContext(context.isEmpty() ? m_kubeconfig->config().currentContext : context);

    connect(m_kubeconfig, &Kube::KubeConfigSource::changed, this,
            [this] { m_contexts->setConfig(m_kubeconfig->config()); });
    connect(m_window.get(), &Ui::MainWindow::reloadRequested, m_kubeconfig, &Kube::KubeConfigSource::reload);
    connect(m_window.get(), &Ui::MainWindow::languageRequested, this, &Application::setLanguage);
    connect(m_window.get(), &Ui::MainWindow::themeRequested, this, &Application::setTheme);
    connect(m_window.get(), &Ui::MainWindow::contextSelected, this, [](const QString &name) {
        if (!name.isEmpty())
            Settings().setLastContext(name);
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Application::saveWindowState);
}

Application::~Application()
{
    // Stop the connection thread before the models it feeds go away.
    m_connection.reset();
}

void Application::connectTo(const QString &contextName)
{
    if (m_connection && m_connection->config().contextName == contextName)
        return;
    m_kindPanes->setConnection(nullptr);
    m_details->setConnection(nullptr);
    m_docks->setConnection(nullptr);
    m_connection.reset();
    m_pods->clear();
    m_connectionError.clear();
    if (!contextName.isEmpty()) {
        auto rest = Kube::restConfigFor(m_kubeconfig->config(), contextName);
        if (auto *error = std::get_if<QString>(&rest)) {
            m_connectionError = *error;
        } else {
            m_connection = std::make_unique<Kube::ClusterConnection>(std::get<Kube::RestConfig>(rest));
            connect(m_connection.get(), &Kube::ClusterConnection::podsChanged, m_pods,
                    &Models::PodTableModel::applyBatch);
            connect(m_connection.get(), &Kube::ClusterConnection::stateChanged, this, &Application::showConnectionState);
            connect(m_connection.get(), &Kube::ClusterConnection::scopeChanged, this, &Application::showConnectionState);
            m_kindPanes->setConnection(m_connection.get());
            m_details->setConnection(m_connection.get());
            m_docks->setConnection(m_connection.get());
        }
    }
    showConnectionState();
}

void Application::showConnectionState()
{
    const QString context = m_window->currentContext();
    if (context.isEmpty())
        return;
    if (!m_connection) {
        m_window->setConnectionState(tr("%1: cannot connect").arg(context), m_connectionError);
        return;
    }
    const QString message = m_connection->message();
    const QString scope = m_connection->podNamespace().isEmpty()
        ? QString()
        : tr(" (namespace %1 only: you may not list pods in all namespaces)").arg(m_connection->podNamespace());
    using State = Kube::ClusterConnection::State;
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
        m_window->setConnectionState(tr("%1: forbidden").arg(context), tr("Access denied: %1").arg(message));
        break;
    case State::Error:
        m_window->setConnectionState(tr("%1: error").arg(context), message);
        break;
    }
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
}

} // namespace Kaji::App
