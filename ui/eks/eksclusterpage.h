#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Kaji::Models {
class AwsCli;
}

// GUI thread.
namespace Kaji::Ui {

class EksAccountPage;

// The wizard's second page: the clusters `aws eks list-clusters` lists for
// the chosen profile and region (asked on entering the page and again with
// "List clusters"), with the reason when there are none or the CLI failed.
class EksClusterPage : public QWizardPage {
    Q_OBJECT
public:
    EksClusterPage(const EksAccountPage *account, QWidget *parent = nullptr);

    QString cluster() const;
    bool isBusy() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void list();
    void listed(const QStringList &clusters);
    void failed(const QString &message);
    void setBusy(bool busy);

    const EksAccountPage *m_account;
    Models::AwsCli *m_cli;
    QPushButton *m_listButton;
    QProgressBar *m_busy;
    QListWidget *m_clusters;
    QLabel *m_status;
};

} // namespace Kaji::Ui
