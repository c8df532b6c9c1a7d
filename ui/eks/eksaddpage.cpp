#include "eksaddpage.h"

#include "eksaccountpage.h"
#include "eksclusterpage.h"

#include "eks/awscli.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Kaji::Ui {

EksAddPage::EksAddPage(const EksAccountPage *account, const EksClusterPage *cluster, QWidget *parent)
    : QWizardPage(parent)
    , m_account(account)
    , m_cluster(cluster)
    , m_cli(new Models::AwsCli(this))
    , m_summary(new QLabel(this))
    , m_alias(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add to kubeconfig"), this))
    , m_output(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Add to kubeconfig"));
    // In the page, not the wizard's subtitle: the header does not grow
    // for a subtitle that wraps to more lines in Japanese.
    auto *intro = new QLabel(
        tr("Runs \"aws eks update-kubeconfig\", which adds the cluster, an exec user that asks the aws CLI "
           "for tokens, and a context to your kubeconfig."),
        this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("eksSummary"));
    m_summary->setWordWrap(true);
    m_alias->setObjectName(QStringLiteral("eksAlias"));
    m_alias->setPlaceholderText(tr("optional, for example prod-tokyo; otherwise the cluster's ARN"));
    // Context names end up in kubectl commands: no spaces or shell characters.
    m_alias->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._:@/-]*")), m_alias));
    m_add->setObjectName(QStringLiteral("eksAdd"));
    m_output->setObjectName(QStringLiteral("eksOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_output->setPlaceholderText(tr("The aws CLI's output appears here."));
    m_status->setObjectName(QStringLiteral("eksAddStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Context &alias:"), m_alias);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &EksAddPage::add);
    connect(m_alias, &QLineEdit::returnPressed, this, &EksAddPage::add);
    connect(m_cli, &Models::AwsCli::outputLine, this, &EksAddPage::appendLine);
    connect(m_cli, &Models::AwsCli::kubeconfigUpdated, this, &EksAddPage::succeeded);
    connect(m_cli, &Models::AwsCli::failed, this, &EksAddPage::failed);
}

void EksAddPage::initializePage()
{
    const QString profile = m_account->profile();
    m_summary->setText(profile.isEmpty()
            ? tr("Cluster %1 in %2, with the aws CLI's default credentials.")
                  .arg(m_cluster->cluster(), m_account->region())
            : tr("Cluster %1 in %2, with profile %3.").arg(m_cluster->cluster(), m_account->region(), profile));
    m_output->clear();
    m_status->clear();
    m_added = false;
    setRunning(false);
}

bool EksAddPage::isComplete() const
{
    return m_added;
}

void EksAddPage::add()
{
    if (m_cli->isRunning() || m_added)
        return;
    m_output->clear();
    m_status->setText(tr("Running the aws CLI…"));
    m_cli->updateKubeconfig(m_cluster->cluster(), m_account->region(), m_account->profile(), m_alias->text().trimmed());
    setRunning(m_cli->isRunning());
}

void EksAddPage::appendLine(const QString &line, bool fromStandardError)
{
    Q_UNUSED(fromStandardError) // the CLI writes its errors there; all are shown alike, in order
    m_output->appendPlainText(line);
}

void EksAddPage::succeeded(const QString &contextName)
{
    m_added = true;
    m_status->setText(
        tr("Context %1 is in your kubeconfig; Kaji selects it now. Click Finish to close.").arg(contextName));
    // The kubeconfig is written: going back would suggest it can be undone here.
    setCommitPage(true);
    Q_EMIT completeChanged();
    setRunning(false); // after the wizard's own button update, which enables Back
    Q_EMIT contextAdded(contextName);
}

void EksAddPage::failed(const QString &message)
{
    setRunning(false);
    m_status->setText(message);
}

void EksAddPage::setRunning(bool running)
{
    m_add->setEnabled(!running && !m_added);
    m_alias->setReadOnly(running || m_added);
    if (QWizard *wizard = this->wizard())
        wizard->button(QWizard::BackButton)->setEnabled(!running && !m_added);
}

} // namespace Kaji::Ui
