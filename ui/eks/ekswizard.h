#pragma once

#include <QWizard>

// GUI thread.
namespace Kaji::Ui {

class EksAccountPage;
class EksClusterPage;
class EksAddPage;

// "Add an EKS cluster": an AWS profile and region, the clusters the aws CLI
// lists for them, then `aws eks update-kubeconfig` with its output shown
// live. The kubeconfig is written by the CLI itself, exactly as it would be
// from a terminal; Kaji only reloads it and selects the new context.
class EksWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { AccountPage, ClusterPage, AddPage };

    explicit EksWizard(QWidget *parent = nullptr);

    EksAccountPage *accountPage() const { return m_account; }
    EksClusterPage *clusterPage() const { return m_cluster; }
    EksAddPage *addPage() const { return m_add; }

Q_SIGNALS:
    // The context update-kubeconfig wrote (the alias, else the cluster's ARN).
    void contextAdded(const QString &contextName);

private:
    EksAccountPage *m_account;
    EksClusterPage *m_cluster;
    EksAddPage *m_add;
};

} // namespace Kaji::Ui
