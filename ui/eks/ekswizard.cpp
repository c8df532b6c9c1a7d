#include "ekswizard.h"

#include "eksaccountpage.h"
#include "eksaddpage.h"
#include "eksclusterpage.h"

namespace Kaji::Ui {

EksWizard::EksWizard(QWidget *parent)
    : QWizard(parent)
    , m_account(new EksAccountPage(this))
    , m_cluster(new EksClusterPage(m_account, this))
    , m_add(new EksAddPage(m_account, m_cluster, this))
{
    setObjectName(QStringLiteral("eksWizard"));
    setWindowTitle(tr("Add an EKS cluster"));
    // The same look on every platform, so the screenshots and the help match.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(AccountPage, m_account);
    setPage(ClusterPage, m_cluster);
    setPage(AddPage, m_add);
    connect(m_add, &EksAddPage::contextAdded, this, &EksWizard::contextAdded);
    resize(720, 560);
}

} // namespace Kaji::Ui
