#include "eksclusterpage.h"

#include "eksaccountpage.h"

#include "eks/awscli.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kaji::Ui {

EksClusterPage::EksClusterPage(const EksAccountPage *account, QWidget *parent)
    : QWizardPage(parent)
    , m_account(account)
    , m_cli(new Models::AwsCli(this))
    , m_listButton(new QPushButton(tr("&List clusters"), this))
    , m_busy(new QProgressBar(this))
    , m_clusters(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Cluster"));
    // In the page, not the wizard's subtitle: the header does not grow
    // for a subtitle that wraps to more lines in Japanese.
    auto *intro = new QLabel(tr("The EKS clusters your profile can see in the chosen region."), this);
    intro->setWordWrap(true);
    m_listButton->setObjectName(QStringLiteral("eksListClusters"));
    m_busy->setObjectName(QStringLiteral("eksListBusy"));
    m_busy->setRange(0, 0); // no progress to report: an indeterminate bar
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_clusters->setObjectName(QStringLiteral("eksClusters"));
    m_status->setObjectName(QStringLiteral("eksClusterStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_listButton);
    row->addWidget(m_busy);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_clusters, 1);
    layout->addWidget(m_status);
    layout->addStretch(); // takes the room of a hidden list

    connect(m_listButton, &QPushButton::clicked, this, &EksClusterPage::list);
    connect(m_clusters, &QListWidget::itemSelectionChanged, this, &QWizardPage::completeChanged);
    connect(m_clusters, &QListWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            wizard()->next();
    });
    connect(m_cli, &Models::AwsCli::clustersListed, this, &EksClusterPage::listed);
    connect(m_cli, &Models::AwsCli::failed, this, &EksClusterPage::failed);
}

QString EksClusterPage::cluster() const
{
    const QList<QListWidgetItem *> selected = m_clusters->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text();
}

bool EksClusterPage::isBusy() const
{
    return m_cli->isRunning();
}

void EksClusterPage::initializePage()
{
    list();
}

void EksClusterPage::cleanupPage()
{
    // Back to the account page: a list for the old region must not arrive.
    m_cli->cancel();
    setBusy(false);
}

bool EksClusterPage::isComplete() const
{
    return !isBusy() && !cluster().isEmpty();
}

void EksClusterPage::list()
{
    m_clusters->clear();
    m_clusters->show();
    const QString profile = m_account->profile();
    m_status->setText(profile.isEmpty()
            ? tr("Listing the clusters in %1…").arg(m_account->region())
            : tr("Listing the clusters of profile %1 in %2…").arg(profile, m_account->region()));
    m_cli->listClusters(profile, m_account->region());
    setBusy(m_cli->isRunning());
}

void EksClusterPage::listed(const QStringList &clusters)
{
    setBusy(false);
    m_clusters->addItems(clusters);
    m_clusters->setVisible(!clusters.isEmpty());
    const QString region = m_account->region();
    if (clusters.isEmpty()) {
        m_status->setText(tr("No EKS clusters in %1 for this profile. Clusters are listed per region: check the "
                             "region, and that the profile belongs to the account that owns the cluster.")
                              .arg(region));
    } else {
        m_status->setText(tr("%n cluster(s) in %1. Choose one.", nullptr, int(clusters.size())).arg(region));
        if (clusters.size() == 1)
            m_clusters->setCurrentRow(0);
    }
}

void EksClusterPage::failed(const QString &message)
{
    setBusy(false);
    // An empty list above the reason would look like a list still to come.
    m_clusters->hide();
    m_status->setText(message);
}

void EksClusterPage::setBusy(bool busy)
{
    m_listButton->setEnabled(!busy);
    m_busy->setVisible(busy);
    Q_EMIT completeChanged();
}

} // namespace Kaji::Ui
