#include "portforwardspane.h"

#include "portforwarddialog.h"
#include "portforwardmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace Kaji::Ui {

using Models::PortForwarder;
using Models::PortForwardModel;

PortForwardsPane::PortForwardsPane(PortForwarder *forwarder, QWidget *parent)
    : QWidget(parent)
    , m_forwarder(forwarder)
    , m_model(new PortForwardModel(forwarder, this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
    , m_stop(new QPushButton(this))
    , m_restart(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("portForwardsPane"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("portForwardsEmpty"));

    m_view->setObjectName(QStringLiteral("portForwardTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(PortForwardModel::Target, 380);
    m_view->setColumnWidth(PortForwardModel::LocalAddress, 140);

    const QList<std::pair<QPushButton *, const char *>> names = {
        {m_stop, "portForwardStop"}, {m_restart, "portForwardRestart"}, {m_remove, "portForwardRemove"},
        {m_open, "portForwardOpen"}, {m_copy, "portForwardCopy"}};
    auto *buttons = new QHBoxLayout;
    for (const auto &[button, name] : names) {
        button->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_stop, &QPushButton::clicked, this, [this] { m_forwarder->stop(selectedId()); });
    connect(m_restart, &QPushButton::clicked, this, [this] { m_forwarder->restart(selectedId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int id = selectedId();
        m_forwarder->stop(id);
        m_forwarder->remove(id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            m_openUrl(QUrl(index.data(PortForwardModel::UrlRole).toString()));
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            QApplication::clipboard()->setText(m_model->index(index.row(), PortForwardModel::LocalAddress).data().toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PortForwardsPane::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &PortForwardsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PortForwardsPane::updateButtons);
    retranslate();
    updateButtons();
}

int PortForwardsPane::selectedId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

int PortForwardsPane::requestForward(const Models::PortForwardRequest &target)
{
    PortForwardDialog dialog(m_forwarder, target, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const int id = m_forwarder->start(dialog.request());
    m_view->setCurrentIndex(m_model->index(m_model->rowOf(id), 0));
    Q_EMIT forwardStarted(id);
    return id;
}

void PortForwardsPane::updateButtons()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const auto state = row >= 0 ? PortForwarder::State(m_model->index(row, 0).data(PortForwardModel::StateRole).toInt())
                                : PortForwarder::State::Stopped;
    const bool running = row >= 0
        && (state == PortForwarder::State::Active || state == PortForwarder::State::Starting
            || state == PortForwarder::State::Reconnecting);
    m_stop->setEnabled(running);
    m_restart->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_open->setEnabled(running);
    m_copy->setEnabled(row >= 0);
    m_empty->setVisible(m_model->rowCount() == 0);
}

void PortForwardsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PortForwardsPane::retranslate()
{
    m_title->setText(tr("Port forwards"));
    m_empty->setText(tr("No port forwards yet. Start one from a pod, workload or service."));
    m_stop->setText(tr("Stop"));
    m_restart->setText(tr("Restart"));
    m_remove->setText(tr("Remove"));
    m_open->setText(tr("Open in browser"));
    m_copy->setText(tr("Copy address"));
}

} // namespace Kaji::Ui
