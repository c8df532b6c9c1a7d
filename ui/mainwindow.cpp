#include "mainwindow.h"

#include "style/kindicons.h"

#include "contextlistmodel.h"
#include "contextoverview.h"
#include "contextsidebar.h"
#include "detailspanel.h"
#include "kindnavigator.h"
#include "licencesdialog.h"
#include "namespacepicker.h"
#include "podspane.h"
#include "actionbar.h"
#include "rowmenu.h"
#include "shortcutoverlay.h"
#include "tablepane.h"
#include "welcomepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include <functional>

namespace Kaji::Ui {
namespace {

// Exclusive, checkable menu entries whose data is the setting's value; their
// texts are set by retranslate().
QActionGroup *addChoiceGroup(QMenu *menu, std::initializer_list<const char *> values)
{
    auto *group = new QActionGroup(menu);
    for (const char *value : values) {
        QAction *action = menu->addAction(QString());
        action->setCheckable(true);
        action->setData(QString::fromLatin1(value));
        group->addAction(action);
    }
    return group;
}

} // namespace

MainWindow::MainWindow(Models::ContextListModel *contexts, Models::PodTableModel *pods, QAbstractItemModel *kinds,
                       QWidget *parent)
    : QMainWindow(parent), m_contexts(contexts), m_sidebar(new ContextSidebar(contexts, this)),
      m_pages(new QStackedWidget(this)), m_welcome(new WelcomePage(this)), m_tabs(new QTabWidget(this)),
      m_overview(new ContextOverview(this)), m_pods(new PodsPane(pods, this)), m_kindStack(new QStackedWidget(this)),
      m_browse(new QSplitter(Qt::Horizontal, this)),
      m_kinds(new KindNavigator(kinds, this)), m_details(new DetailsPanel(this)), m_toolBar(new QToolBar(this)),
      m_namespaces(new NamespacePicker(this)), m_connectionStatus(new QLabel(this)),
      m_kubeconfigStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("contextTabs"));
    m_tabs->setDocumentMode(true);
    m_kindStack->setObjectName(QStringLiteral("kindStack"));
    m_kindStack->addWidget(m_pods);
    // The table and, beside it, the selected object's details.
    m_browse->setObjectName(QStringLiteral("browseSplitter"));
    m_browse->addWidget(m_kindStack);
    m_browse->addWidget(m_details);
    m_browse->setStretchFactor(0, 3);
    m_browse->setStretchFactor(1, 2);
    m_browse->setChildrenCollapsible(false);
    m_details->hide();
    m_tabs->addTab(m_browse, QString());
    // The context's facts scroll rather than set the window's minimum
    // height: a 1366x768 screen has no pixel to spare with a dock open.
    auto *contextPage = new QScrollArea(this);
    contextPage->setObjectName(QStringLiteral("contextPage"));
    contextPage->setWidget(m_overview);
    contextPage->setWidgetResizable(true);
    contextPage->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(contextPage, QString());
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::addFileRequested, this, [this] { requestKubeconfigImport(KubeconfigImportMode::File); });
    connect(m_welcome, &WelcomePage::pasteRequested, this, [this] { requestKubeconfigImport(KubeconfigImportMode::Paste); });
    connect(m_welcome, &WelcomePage::addEksClusterRequested, this, &MainWindow::addEksClusterRequested);
    m_pages->addWidget(m_tabs);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto *left = new QSplitter(Qt::Vertical, this);
    m_leftSplitter = left;
    left->setObjectName(QStringLiteral("leftSplitter"));
    left->addWidget(m_sidebar);
    left->addWidget(m_kinds);
    left->setStretchFactor(1, 1);
    left->setSizes({220, 480});
    left->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_kubeconfigStatus->setObjectName(QStringLiteral("kubeconfigStatus"));
    statusBar()->addWidget(m_connectionStatus, 1);
    statusBar()->addPermanentWidget(m_kubeconfigStatus);

    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_namespaces);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    createMenus();
    watchRowMenus(m_pods);
    connect(m_kinds, &KindNavigator::kindSelected, this, &MainWindow::kindSelected);
    connect(m_sidebar, &ContextSidebar::contextSelected, this, [this](const QString &name) {
        showContext(name);
        Q_EMIT contextSelected(name);
    });
    connect(m_sidebar, &ContextSidebar::disconnectRequested, this, &MainWindow::disconnectRequested);
    connect(m_sidebar, &ContextSidebar::renameRequested, this, &MainWindow::renameContextRequested);
    connect(m_sidebar, &ContextSidebar::namespaceChangeRequested, this, &MainWindow::contextNamespaceRequested);
    connect(m_sidebar, &ContextSidebar::deleteRequested, this, &MainWindow::deleteContextRequested);
    connect(m_sidebar, &ContextSidebar::importRequested, this,
            [this] { requestKubeconfigImport(KubeconfigImportMode::File); });
    connect(m_contexts, &QAbstractItemModel::modelReset, this, [this] {
        // A kubeconfig reload keeps the user on the context they were viewing.
        const QString previous = m_overview->property("context").toString();
        m_sidebar->selectContext(previous);
        showContext(m_sidebar->currentContext());
    });
    connect(m_contexts, &QAbstractItemModel::modelReset, this, &MainWindow::updateContextActions);
    connect(m_contexts, &QAbstractItemModel::rowsMoved, this, &MainWindow::updateContextActions);
    connect(m_contexts, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateContextActions);
    m_shortcuts = new ShortcutOverlay(this);
    qApp->installEventFilter(this);
    retranslate();
    applyFirstStartLayout(QRect(0, 0, 1500, 950));
}

void MainWindow::applyFirstStartLayout(const QRect &available)
{
    // 80% of the screen, at least what the panes need (1100 x 700) unless
    // the screen is smaller, and no wider than a reading distance allows.
    const QSize size(std::min(available.width(), std::clamp(available.width() * 4 / 5, 1100, 1760)),
                     std::min(available.height(), std::clamp(available.height() * 17 / 20, 700, 1100)));
    resize(size);
    move(available.topLeft() + QPoint((available.width() - size.width()) / 2, (available.height() - size.height()) / 2));
    // The switcher with its names, the rest to the page.
    const int left = std::clamp(size.width() / 6, 200, 260);
    m_mainSplitter->setSizes({left, size.width() - left});
    m_leftSplitter->setSizes({size.height() * 3 / 10, size.height() * 7 / 10});
    // A pod's details (labels, containers, conditions) need ~520 px to be
    // read without scrolling sideways; the table keeps the rest.
    const int page = size.width() - left;
    const int details = std::clamp(page * 9 / 20, 460, 720);
    for (QSplitter *host : {m_browse, m_diagrams}) {
        if (host && host->count() > 1)
            host->setSizes({page - details, details});
    }
    QList<QDockWidget *> bottom;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
            bottom.append(dock);
    }
    if (!bottom.isEmpty())
        resizeDocks(bottom, QList<int>(bottom.size(), std::clamp(size.height() / 4, 170, 300)), Qt::Vertical);
}

QList<QSplitter *> MainWindow::splitters() const
{
    QList<QSplitter *> found;
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            found.append(splitter);
    }
    return found;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // `?` is Shift+/ on most layouts. Where the platform does not map it
    // back to the plain "?" shortcut (no keymap: offscreen, some remote
    // desktops) the key press itself opens the overlay, except where it
    // types: text fields and the terminal take input methods.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->key() == Qt::Key_Question && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && widget && widget->window() == this && !widget->testAttribute(Qt::WA_InputMethodEnabled)
            && !m_shortcuts->isVisible()) {
            showShortcuts();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showShortcuts()
{
    m_shortcuts->open();
}

void MainWindow::updateContextActions()
{
    const int count = m_contexts->rowCount();
    for (int i = 0; i < m_contextActions.size(); ++i) {
        QAction *action = m_contextActions.at(i);
        action->setVisible(i < count);
        if (i < count)
            action->setText(tr("Switch to %1")
                                .arg(m_contexts->index(i, 0).data(Models::ContextListModel::NameRole).toString()));
    }
    m_previousContextAction->setEnabled(count > 1);
    m_nextContextAction->setEnabled(count > 1);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_applyAction = m_fileMenu->addAction(QString(), this, &MainWindow::applyManifestRequested);
    m_applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_applyAction->setObjectName(QStringLiteral("applyManifestAction"));
    m_newResourceAction = m_fileMenu->addAction(QString(), this, &MainWindow::newResourceRequested);
    m_newResourceAction->setObjectName(QStringLiteral("newResourceAction"));
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this,
                                           [this] { requestKubeconfigImport(KubeconfigImportMode::File); });
    m_importAction->setObjectName(QStringLiteral("importKubeconfigAction"));
    m_addEksAction = m_fileMenu->addAction(QString(), this, &MainWindow::addEksClusterRequested);
    m_addEksAction->setObjectName(QStringLiteral("addEksClusterAction"));
    m_fileMenu->addSeparator();
    m_reloadAction = m_fileMenu->addAction(QString(), this, &MainWindow::reloadRequested);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = addChoiceGroup(m_languageMenu, {"system", "en", "ja"});
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT languageRequested(action->data().toString()); });

    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeGroup = addChoiceGroup(m_themeMenu, {"system", "light", "dark"});
    connect(m_themeGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT themeRequested(action->data().toString()); });

    m_goMenu = menuBar()->addMenu(QString());
    m_paletteAction = m_goMenu->addAction(QString(), this, &MainWindow::paletteRequested);
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setObjectName(QStringLiteral("paletteAction"));
    m_findAction = m_goMenu->addAction(QString(), this, [this] {
        if (auto *pane = qobject_cast<TablePane *>(m_kindStack->currentWidget()))
            pane->focusFilter();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_namespacesAction = m_goMenu->addAction(QString(), m_namespaces, &QToolButton::showMenu);
    m_namespacesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_namespacesAction->setObjectName(QStringLiteral("namespacesAction"));
    m_findAction->setObjectName(QStringLiteral("filterTableAction"));
    m_goMenu->addSeparator();
    m_overviewAction = m_goMenu->addAction(QString(), this, &MainWindow::showOverview);
    m_overviewAction->setObjectName(QStringLiteral("showOverviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_tablesAction = m_goMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_browse); });
    m_tablesAction->setObjectName(QStringLiteral("showTablesAction"));
    m_tablesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_diagramsAction = m_goMenu->addAction(QString(), this, &MainWindow::showDiagrams);
    m_diagramsAction->setObjectName(QStringLiteral("showDiagramsAction"));
    m_diagramsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_diagramsAction->setVisible(false); // until the page is added
    // The cluster switcher from the keyboard: the first nine contexts as
    // listed (so dragging one up gives it a number), and next/previous.
    m_clusterMenu = m_goMenu->addMenu(QString());
    m_previousContextAction = m_clusterMenu->addAction(QString(), this, [this] { m_sidebar->selectRelative(-1); });
    m_previousContextAction->setObjectName(QStringLiteral("previousContextAction"));
    m_previousContextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up));
    m_nextContextAction = m_clusterMenu->addAction(QString(), this, [this] { m_sidebar->selectRelative(1); });
    m_nextContextAction->setObjectName(QStringLiteral("nextContextAction"));
    m_nextContextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down));
    m_clusterMenu->addSeparator();
    for (int i = 0; i < 9; ++i) {
        QAction *action = m_clusterMenu->addAction(QString(), this, [this, i] { m_sidebar->selectRow(i); });
        action->setObjectName(QStringLiteral("switchContext%1Action").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        m_contextActions.append(action);
    }
    m_toolBar->addAction(m_paletteAction);

    createObjectMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    // `?` reaches the window only where it types nothing: text fields and
    // the terminal take it first (ShortcutOverride).
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::Key_Question), QKeySequence(QKeySequence::HelpContents)});
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_licencesAction = m_helpMenu->addAction(QString(), this, &MainWindow::showLicences);
    m_licencesAction->setObjectName(QStringLiteral("licencesAction"));
}

void MainWindow::createObjectMenu()
{
    // What is done most to the selected object, from the keyboard: each
    // presses the details' button, so the same permission checks and
    // questions apply; where the button is not offered, the status bar
    // says why.
    m_objectMenu = menuBar()->addMenu(QString());
    using Action = Models::ObjectActions::Action;
    const auto add = [this](const char *text, const char *objectName, const QKeySequence &key,
                            std::function<QPushButton *()> button) {
        QAction *action = m_objectMenu->addAction(QString(), this, [this, button] {
            QPushButton *target = button();
            if (target && target->isVisibleTo(m_details) && target->isEnabled() && m_details->isVisible()) {
                target->click();
                return;
            }
            const QString reason = target && !target->toolTip().isEmpty() ? target->toolTip() : QString();
            statusBar()->showMessage(reason.isEmpty() ? tr("Select an object that offers this first.") : reason, 8000);
        });
        action->setObjectName(QString::fromLatin1(objectName));
        action->setShortcut(key);
        m_objectActions.append({action, text});
    };
    ActionBar *bar = m_details->actionBar();
    add(QT_TR_NOOP("&Edit…"), "objectEditAction", QKeySequence(Qt::CTRL | Qt::Key_E),
        [bar] { return bar->button(Action::Edit); });
    add(QT_TR_NOOP("&Logs"), "objectLogsAction", QKeySequence(Qt::CTRL | Qt::Key_L), [bar] { return bar->logsButton(); });
    add(QT_TR_NOOP("&Shell"), "objectShellAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        [bar] { return bar->shellButton(); });
    add(QT_TR_NOOP("&Port forward…"), "objectForwardAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        [bar] { return bar->forwardButton(); });
    add(QT_TR_NOOP("&Restart…"), "objectRestartAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        [bar] { return bar->button(Action::Restart); });
    add(QT_TR_NOOP("&Delete…"), "objectDeleteAction", QKeySequence(Qt::CTRL | Qt::Key_Delete),
        [bar] { return bar->button(Action::Delete); });
}

QList<QAction *> MainWindow::commandActions() const
{
    QList<QAction *> actions{m_applyAction, m_newResourceAction, m_importAction, m_addEksAction,
                             m_overviewAction, m_tablesAction, m_shortcutsAction, m_nextContextAction,
                             m_previousContextAction};
    if (m_diagrams)
        actions.insert(6, m_diagramsAction);
    return actions;
}

void MainWindow::requestKubeconfigImport(KubeconfigImportMode mode)
{
    Q_EMIT importKubeconfigRequested(mode);
}

void MainWindow::followContextRename(const QString &from, const QString &to)
{
    if (m_overview->property("context").toString() == from)
        m_overview->setProperty("context", to);
}

void MainWindow::selectContext(const QString &name)
{
    m_sidebar->selectContext(name);
    showContext(m_sidebar->currentContext());
}

QString MainWindow::currentContext() const
{
    return m_sidebar->currentContext();
}

void MainWindow::setLanguage(const QString &code)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::setTheme(const QString &theme)
{
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == theme);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange) {
        // The table tab's icon carries the old theme's colours.
        if (auto *table = qobject_cast<TablePane *>(m_kindStack->currentWidget()))
            m_tabs->setTabIcon(m_tabs->indexOf(m_kindStack->parentWidget()), kindIcon(table->paneIconKey()));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Kaji"));
    m_fileMenu->setTitle(tr("&File"));
    m_reloadAction->setText(tr("&Reload kubeconfig"));
    m_importAction->setText(tr("&Import kubeconfig…"));
    m_applyAction->setText(tr("&Apply manifests…"));
    m_newResourceAction->setText(tr("&New resource…"));
    m_addEksAction->setText(tr("Add &EKS cluster…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_goMenu->setTitle(tr("&Go"));
    m_paletteAction->setText(tr("&Go to…"));
    // The toolbar shows the icon text, which has no mnemonic: a Japanese
    // "(&G)" would show there as "(G)".
    m_paletteAction->setIconText(tr("Go to…"));
    m_paletteAction->setToolTip(tr("Go to a kind, namespace, context or object (%1)")
                                    .arg(m_paletteAction->shortcut().toString(QKeySequence::NativeText)));
    m_findAction->setText(tr("&Filter the table"));
    m_namespacesAction->setText(tr("Choose &namespaces…"));
    m_overviewAction->setText(tr("&Overview"));
    m_tablesAction->setText(tr("&Tables"));
    m_diagramsAction->setText(tr("&Diagrams"));
    m_clusterMenu->setTitle(tr("&Cluster"));
    m_previousContextAction->setText(tr("&Previous cluster"));
    m_nextContextAction->setText(tr("N&ext cluster"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_objectMenu->setTitle(tr("&Object"));
    for (const ObjectAction &object : std::as_const(m_objectActions))
        object.action->setText(tr(object.text));
    updateContextActions();
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Kaji"));
    m_licencesAction->setText(tr("&Licences…"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    // Titles are worded by the panes, in the language now in force.
    if (const auto *pane = qobject_cast<TablePane *>(m_kindStack->currentWidget()))
        m_tabs->setTabText(m_tabs->indexOf(m_kindStack->parentWidget()), pane->paneTitle());
    m_tabs->setTabText(m_tabs->indexOf(findChild<QScrollArea *>(QStringLiteral("contextPage"))), tr("Context"));
    if (m_diagrams)
        m_tabs->setTabText(m_tabs->indexOf(m_diagrams), tr("Diagrams"));
    if (m_clusterOverview)
        m_tabs->setTabText(m_tabs->indexOf(m_clusterOverview), tr("Overview"));
    const QStringList languageNames = {tr("System default"), QStringLiteral("English"), QStringLiteral("日本語")};
    const QStringList themeNames = {tr("System default"), tr("Light"), tr("Dark")};
    for (int i = 0; i < m_languageGroup->actions().size(); ++i)
        m_languageGroup->actions().at(i)->setText(languageNames.at(i));
    for (int i = 0; i < m_themeGroup->actions().size(); ++i)
        m_themeGroup->actions().at(i)->setText(themeNames.at(i));
    updateStatus();
}

void MainWindow::showContext(const QString &name)
{
    m_overview->setProperty("context", name);
    m_overview->showContext(m_contexts->config(), name);
    m_pages->setCurrentWidget(m_contexts->rowCount() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
    if (name != m_shownContext) {
        m_shownContext = name;
        showOverview();
    }
    updateStatus();
}

void MainWindow::showKindPane(QWidget *pane, const QString &title)
{
    if (m_kindStack->indexOf(pane) < 0) {
        m_kindStack->addWidget(pane);
        if (auto *table = qobject_cast<TablePane *>(pane))
            watchRowMenus(table);
    }
    m_kindStack->setCurrentWidget(pane);
    const int tab = m_tabs->indexOf(m_kindStack->parentWidget());
    m_tabs->setTabText(tab, title);
    if (auto *table = qobject_cast<TablePane *>(pane))
        m_tabs->setTabIcon(tab, kindIcon(table->paneIconKey()));
    m_tabs->setCurrentWidget(m_kindStack->parentWidget());
}

void MainWindow::addDiagramsPage(QWidget *page)
{
    m_diagrams = new QSplitter(Qt::Horizontal, this);
    m_diagrams->setObjectName(QStringLiteral("diagramsSplitter"));
    m_diagrams->addWidget(page);
    m_diagrams->setStretchFactor(0, 3);
    m_diagrams->setChildrenCollapsible(false);
    m_tabs->addTab(m_diagrams, QString());
    m_diagramsAction->setVisible(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::placeDetails);
    retranslate();
}

void MainWindow::addOverviewPage(QWidget *page)
{
    m_clusterOverview = page;
    m_tabs->insertTab(0, page, QString());
    m_tabs->setCurrentWidget(page);
    retranslate();
}

void MainWindow::showOverview()
{
    if (m_clusterOverview)
        m_tabs->setCurrentWidget(m_clusterOverview);
}

void MainWindow::showDiagrams()
{
    if (m_diagrams)
        m_tabs->setCurrentWidget(m_diagrams);
}

void MainWindow::placeDetails()
{
    QSplitter *host = m_tabs->currentWidget() == m_diagrams ? m_diagrams : m_browse;
    if (m_details->parentWidget() == host)
        return;
    const bool visible = m_details->isVisibleTo(m_details->parentWidget());
    // The panel keeps the width the user gave it beside the other page.
    const int width = visible ? m_details->width() : 0;
    host->addWidget(m_details); // reparents it
    host->setStretchFactor(1, 2);
    m_details->setVisible(visible);
    if (width > 0 && host->width() > width)
        host->setSizes({host->width() - width - host->handleWidth(), width});
}

void MainWindow::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
}

QWidget *MainWindow::currentKindPane() const
{
    return m_kindStack->currentWidget();
}

void MainWindow::resetKindPanes()
{
    // A context switch: the Pods table comes back behind its tab, while the
    // context opens on its Overview.
    QWidget *shown = m_tabs->currentWidget();
    showKindPane(m_pods, m_pods->paneTitle());
    if (m_clusterOverview && shown == m_clusterOverview)
        m_tabs->setCurrentWidget(m_clusterOverview);
    m_details->hide();
    while (m_kindStack->count() > 1) {
        QWidget *pane = m_kindStack->widget(m_kindStack->count() - 1);
        m_kindStack->removeWidget(pane);
        pane->deleteLater();
    }
}

void MainWindow::updateStatus()
{
    if (m_sidebar->currentContext().isEmpty())
        m_connectionStatus->setText(tr("No context selected"));
    const Kube::KubeConfig &config = m_contexts->config();
    QString summary = tr("%n context(s) from %1", nullptr, int(config.contexts.size()))
                          .arg(tr("%n kubeconfig file(s)", nullptr, int(config.files.size())));
    if (!config.problems.isEmpty())
        summary += QStringLiteral(" · ") + tr("%n problem(s)", nullptr, int(config.problems.size()));
    m_kubeconfigStatus->setText(summary);
}

void MainWindow::setConnectionState(const QString &status, const QString &problem)
{
    m_connectionStatus->setText(status);
    // A narrow window clips the line; the tooltip has it whole.
    m_connectionStatus->setToolTip(status);
    m_pods->setBanner(problem);
}

void MainWindow::watchRowMenus(TablePane *pane)
{
    connect(pane, &TablePane::rowMenuRequested, this, [this](const QString &key, const QPoint &globalPos) {
        auto *menu = new RowMenu(m_details->actionBar(), key, this);
        menu->popup(globalPos);
    });
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Kaji"),
                    tr("<h3>Kaji %1</h3><p>A native desktop dashboard for Kubernetes clusters.</p>"
                       "<p>Built with Qt %2. Licensed under the Apache License 2.0; see Licences for "
                       "the software Kaji uses.</p>")
                        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())),
                    QMessageBox::Close, this);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    QPushButton *licences = box.addButton(tr("Licences…"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == licences)
        showLicences();
}

void MainWindow::showLicences()
{
    // One dialog at a time; it stays open beside the window (not modal) so
    // a licence can be read while working.
    auto *dialog = findChild<LicencesDialog *>();
    if (!dialog) {
        dialog = new LicencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace Kaji::Ui
