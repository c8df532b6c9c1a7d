#include "application.h"

#include "contextlistmodel.h"
#include "kubeconfigloader.h"
#include "kubeconfigsource.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>

namespace Kaji::App {

Application::Application(QObject *parent)
    : QObject(parent), m_languages(new LanguageManager(this)),
      m_kubeconfig(new Kube::KubeConfigSource(Kube::KubeConfigLoader::defaultPaths(), this)),
      m_contexts(new Models::ContextListModel(this))
{
    Settings settings;
    m_languages->apply(settings.language());
    applyTheme(settings.theme());
    m_contexts->setConfig(m_kubeconfig->config());

    m_window = std::make_unique<Ui::MainWindow>(m_contexts);
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

Application::~Application() = default;

void Application::show()
{
    m_window->show();
}

void Application::setLanguage(const QString &choice)
{
    m_languages->apply(choice);
    Settings().setLanguage(m_languages->choice());
    m_window->setLanguage(m_languages->choice());
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
