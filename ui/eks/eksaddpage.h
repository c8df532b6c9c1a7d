#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Kaji::Models {
class AwsCli;
}

// GUI thread.
namespace Kaji::Ui {

class EksAccountPage;
class EksClusterPage;

// The wizard's last page: an optional alias, then "Add" runs
// `aws eks update-kubeconfig` and shows what it prints as it prints it.
class EksAddPage : public QWizardPage {
    Q_OBJECT
public:
    EksAddPage(const EksAccountPage *account, const EksClusterPage *cluster, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void contextAdded(const QString &contextName);

private:
    void add();
    void appendLine(const QString &line, bool fromStandardError);
    void succeeded(const QString &contextName);
    void failed(const QString &message);
    void setRunning(bool running);

    const EksAccountPage *m_account;
    const EksClusterPage *m_cluster;
    Models::AwsCli *m_cli;
    QLabel *m_summary;
    QLineEdit *m_alias;
    QPushButton *m_add;
    QPlainTextEdit *m_output;
    QLabel *m_status;
    bool m_added = false;
};

} // namespace Kaji::Ui
