#include "diagrampage.h"

#include "diagramexporter.h"
#include "diagramfilterbar.h"
#include "diagramlayouter.h"
#include "diagramlegend.h"
#include "diagramnodeitem.h"
#include "diagramscene.h"
#include "diagramview.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Kaji::Ui {

DiagramPage::DiagramPage(QWidget *parent)
    : QWidget(parent)
    , m_scene(new DiagramScene(this))
    , m_layouter(new DiagramLayouter(this))
    , m_tabs(new QTabBar(this))
    , m_filterBar(new DiagramFilterBar(this))
    , m_search(new QLineEdit(this))
    , m_searchCount(new QLabel(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_rearrange(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_diagramView(new DiagramView(m_scene, this))
    , m_messagePage(new QWidget(this))
    , m_message(new QLabel(this))
    , m_clearFilter(new QPushButton(this))
    , m_legend(new DiagramLegend(this))
    , m_status(new QLabel(this))
{
    m_scene->setTheme(palette(), font());
    m_layouter->setTheme(palette(), font());
    for (int i = 0; i < 4; ++i)
        m_tabs->addTab(QString());
    m_tabs->setDocumentMode(true);
    m_tabs->setDrawBase(false);
    m_tabs->setCurrentIndex(int(m_currentView));
    m_tabs->setObjectName(QStringLiteral("diagramViews"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("diagramSearch"));
    m_search->setMinimumWidth(180);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("diagramStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("diagramMessage"));
    m_clearFilter->setObjectName(QStringLiteral("diagramClearFilter"));
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_clearFilter, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    m_stack->addWidget(m_diagramView);
    m_stack->addWidget(m_messagePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);

    connect(m_layouter, &DiagramLayouter::arranged, this, &DiagramPage::arranged);
    connect(m_tabs, &QTabBar::currentChanged, this, &DiagramPage::tabChanged);
    connect(m_filterBar, &DiagramFilterBar::filterChanged, this, &DiagramPage::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { search(false); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(true); });
    connect(m_zoomIn, &QToolButton::clicked, m_diagramView, &DiagramView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_diagramView, &DiagramView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_diagramView, &DiagramView::fitDiagram);
    connect(m_rearrange, &QToolButton::clicked, this, &DiagramPage::rearrange);
    connect(m_export, &QToolButton::clicked, this, &DiagramPage::exportClicked);
    connect(m_clearFilter, &QPushButton::clicked, this, [this] {
        m_filterBar->setFilter({});
        Q_EMIT filterChanged(m_filterBar->filter());
    });
    connect(m_scene, &DiagramScene::nodeClicked, this,
        [this](const QString &id) { withNode(id, [this](const auto &node) { Q_EMIT nodeActivated(node); }); });
    connect(m_scene, &DiagramScene::badgeClicked, this,
        [this](const QString &id) { withNode(id, [this](const auto &node) { Q_EMIT findingRequested(node); }); });
    connect(m_scene, &DiagramScene::expandClicked, this, &DiagramPage::aggregateToggled);
    connect(m_scene, &DiagramScene::contextMenuRequested, this, [this](const QString &id, const QPoint &at) {
        withNode(id, [this, at](const auto &node) { Q_EMIT contextMenuRequested(node, at); });
    });
    retranslate();
    showMessage(QString(), false);
}

DiagramPage::~DiagramPage() = default;

QWidget *DiagramPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs);
    top->addStretch(1);
    for (QToolButton *button : { m_zoomOut, m_zoomIn, m_fit, m_rearrange, m_export }) {
        button->setAutoRaise(true);
        top->addWidget(button);
    }
    m_export->setObjectName(QStringLiteral("diagramExport"));
    m_rearrange->setObjectName(QStringLiteral("diagramRearrange"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_filterBar, 3);
    bottom->addSpacing(12);
    bottom->addWidget(m_search, 1);
    bottom->addWidget(m_searchCount);
    rows->addLayout(top);
    rows->addLayout(bottom);
    return bar;
}

Models::DiagramFilter DiagramPage::filter() const
{
    return m_filterBar->filter();
}

void DiagramPage::setFilter(const Models::DiagramFilter &filter)
{
    m_filterBar->setFilter(filter);
}

bool DiagramPage::isArranging() const
{
    return m_layouter->isBusy();
}

void DiagramPage::setCurrentView(Models::DiagramView view)
{
    if (view == m_currentView)
        return;
    m_currentView = view;
    const QSignalBlocker blocker(m_tabs);
    m_tabs->setCurrentIndex(int(view));
    m_graph = Models::DiagramGraph();
    m_graph.view = view;
    m_hasGraph = false;
    m_scene->clearDiagram();
    m_layouter->forgetShown();
    m_filterBar->clearKinds();
    resetPlacement();
    showMessage(tr("Drawing the %1 view…").arg(m_tabs->tabText(int(view))), false);
}

void DiagramPage::tabChanged(int index)
{
    const auto view = Models::DiagramView(index);
    if (view == m_currentView)
        return;
    setCurrentView(view);
    // Until that view's first graph arrives, updates of the old one are late.
    m_awaitingView = true;
    Q_EMIT viewRequested(view);
}

void DiagramPage::setGraph(const Models::DiagramGraph &graph)
{
    if (graph.view != m_currentView) {
        if (m_awaitingView)
            return;
        setCurrentView(graph.view);
    }
    m_awaitingView = false;
    m_graph = graph;
    m_hasGraph = true;
    m_loading.clear();
    // Measured, laid out and compared with what is drawn on the layouter's
    // worker: the GUI thread then touches only the items that changed.
    m_layouter->arrange(graph);
    updateStatus();
}

void DiagramPage::setLoading(const QString &message)
{
    m_loading = message;
    if (!m_hasGraph)
        showMessage(message, false);
    updateStatus();
}

void DiagramPage::resetPlacement()
{
    m_layouter->resetPlacement();
    m_fitNext = true;
}

void DiagramPage::rearrange()
{
    resetPlacement();
    if (m_hasGraph)
        m_layouter->arrange(m_graph);
}

void DiagramPage::arranged(
    const Models::DiagramGraph &graph, const DiagramPicture &picture, const DiagramChanges &changes)
{
    if (graph.view != m_currentView)
        return;
    m_filterBar->addKinds(changes.kinds);
    m_scene->show(graph, picture, changes, !m_fitNext && isVisible());
    m_layoutErrors = picture.errors;
    if (graph.nodes.isEmpty()) {
        const bool filtered = !m_filterBar->filter().isEmpty();
        showMessage(filtered ? tr("Nothing in this view matches the filter.")
                             : tr("Nothing to draw: the selected namespaces hold no objects this view shows."),
            filtered);
    } else {
        m_stack->setCurrentWidget(m_diagramView);
        if (m_fitNext && m_diagramView->isVisible()) {
            m_diagramView->fitDiagram();
            m_fitNext = false;
        }
    }
    if (!m_search->text().isEmpty())
        search(false);
    updateStatus();
}

void DiagramPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Fitting needs the final size, known once the layouts have run.
    QTimer::singleShot(0, this, [this] {
        if (m_fitNext && !m_scene->diagramBounds().isEmpty() && m_diagramView->isVisible()) {
            m_diagramView->fitDiagram();
            m_fitNext = false;
        }
    });
}

void DiagramPage::search(bool next)
{
    const QString text = m_search->text().trimmed();
    m_scene->clearSelection();
    if (text.isEmpty()) {
        m_searchIndex = -1;
        m_searchCount->clear();
        return;
    }
    QList<DiagramNodeItem *> matches;
    for (DiagramNodeItem *item : m_scene->nodeItems()) {
        const Models::DiagramNode &node = item->node();
        const auto has = [&text](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
        // A pod folded into an aggregate is found through it.
        if (has(node.name) || has(node.kind) || has(node.namespaceName)
            || std::any_of(node.members.cbegin(), node.members.cend(), has))
            matches.append(item);
    }
    if (matches.isEmpty()) {
        m_searchIndex = -1;
        m_searchCount->setText(tr("No match"));
        return;
    }
    m_searchIndex = next ? (m_searchIndex + 1) % int(matches.size()) : 0;
    for (DiagramNodeItem *item : std::as_const(matches))
        item->setSelected(true);
    DiagramNodeItem *current = matches[m_searchIndex];
    current->setFocus(Qt::OtherFocusReason);
    m_diagramView->centerOn(current);
    m_searchCount->setText(tr("%1 of %2").arg(m_searchIndex + 1).arg(matches.size()));
}

void DiagramPage::showMessage(const QString &message, bool offerClear)
{
    m_message->setText(message);
    m_clearFilter->setVisible(offerClear);
    m_stack->setCurrentWidget(m_messagePage);
}

void DiagramPage::updateStatus()
{
    QStringList parts;
    if (m_hasGraph && !m_loading.isEmpty())
        parts.append(m_loading);
    parts.append(m_graph.notes);
    if (!m_layoutErrors.isEmpty())
        parts.append(tr("Some groups could not be laid out and are drawn in plain columns: %1")
                         .arg(m_layoutErrors.constFirst()));
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_status->setVisible(!parts.isEmpty());
}

bool DiagramPage::exportTo(const QString &path, QString *error)
{
    return exportScene(*m_scene, path, error);
}

void DiagramPage::exportClicked()
{
    QString chosenFilter;
    const QString svg = tr("SVG image (*.svg)");
    const QString png = tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"),
        QStringLiteral("kaji-%1.svg").arg(Models::diagramViewName(m_currentView)), svg + QStringLiteral(";;") + png,
        &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == png ? QStringLiteral(".png") : QStringLiteral(".svg");
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export diagram"), error);
}

void DiagramPage::withNode(const QString &id, const std::function<void(const Models::DiagramNode &)> &action)
{
    if (const Models::DiagramNode *node = m_scene->graph().node(id))
        action(*node);
}

void DiagramPage::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
        m_scene->setTheme(palette(), font());
        m_layouter->setTheme(palette(), font());
        break;
    case QEvent::FontChange:
    case QEvent::LanguageChange:
        // Sizes follow the font and the words (state labels): lay out again,
        // in the same places where they still fit.
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        m_scene->setTheme(palette(), font());
        m_layouter->setTheme(palette(), font());
        if (m_hasGraph)
            m_layouter->arrange(m_graph);
        break;
    default: break;
    }
    QWidget::changeEvent(event);
}

void DiagramPage::retranslate()
{
    m_tabs->setTabText(int(Models::DiagramView::Architecture), tr("Architecture"));
    m_tabs->setTabText(int(Models::DiagramView::Workloads), tr("Workloads"));
    m_tabs->setTabText(int(Models::DiagramView::Storage), tr("Storage"));
    m_tabs->setTabText(int(Models::DiagramView::Network), tr("Network"));
    m_search->setPlaceholderText(tr("Find a node (Enter: next)"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++, or Ctrl+wheel)"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the diagram to the view: its width when its words can be read so, else all of it (Ctrl+0)"));
    m_rearrange->setText(tr("Re-arrange"));
    m_rearrange->setToolTip(tr("Pack the groups afresh; updates otherwise keep everything where it is"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the diagram as SVG or PNG"));
    m_clearFilter->setText(tr("Clear filter"));
}

} // namespace Kaji::Ui
