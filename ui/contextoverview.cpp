#include "contextoverview.h"
#include "style/statusbox.h"

#include "contextsummary.h"
#include "yamlview.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ContextOverview::ContextOverview(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_tlsWarning(new QLabel(this)), m_form(new QFormLayout),
      m_serverLabel(new QLabel(this)), m_server(valueLabel(this)), m_userLabel(new QLabel(this)),
      m_user(valueLabel(this)), m_authLabel(new QLabel(this)), m_auth(valueLabel(this)),
      m_namespaceLabel(new QLabel(this)), m_namespace(valueLabel(this)), m_tlsLabel(new QLabel(this)),
      m_tls(valueLabel(this)), m_proxyLabel(new QLabel(this)), m_proxy(valueLabel(this)),
      m_fileLabel(new QLabel(this)), m_file(valueLabel(this)), m_problemsTitle(sectionTitle(this)),
      m_problems(new QListWidget(this)), m_yamlTitle(sectionTitle(this)), m_yaml(new YamlView(this))
{
    setObjectName(QStringLiteral("contextOverview"));
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setWordWrap(true);
    setStatusBox(m_tlsWarning, Status::Warning);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->addRow(m_serverLabel, m_server);
    m_form->addRow(m_userLabel, m_user);
    m_form->addRow(m_authLabel, m_auth);
    m_form->addRow(m_namespaceLabel, m_namespace);
    m_form->addRow(m_tlsLabel, m_tls);
    m_form->addRow(m_proxyLabel, m_proxy);
    m_form->addRow(m_fileLabel, m_file);

    m_problems->setObjectName(QStringLiteral("contextProblems"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(120);
    m_yaml->setObjectName(QStringLiteral("contextYaml"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_tlsWarning);
    layout->addLayout(m_form);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems);
    layout->addWidget(m_yamlTitle);
    layout->addWidget(m_yaml, 1);
    retranslate();
}

void ContextOverview::showContext(const Kube::KubeConfig &config, const QString &contextName)
{
    m_config = config;
    m_contextName = contextName;
    refresh();
}

void ContextOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContextOverview::retranslate()
{
    m_serverLabel->setText(tr("Server"));
    m_userLabel->setText(tr("User"));
    m_authLabel->setText(tr("Authentication"));
    m_namespaceLabel->setText(tr("Namespace"));
    m_tlsLabel->setText(tr("TLS"));
    m_proxyLabel->setText(tr("Proxy"));
    m_fileLabel->setText(tr("Defined in"));
    m_problemsTitle->setText(tr("Problems in the kubeconfig"));
    m_yamlTitle->setText(tr("Kubeconfig entries (credentials masked)"));
    refresh();
}

QString ContextOverview::authDescription(const Kube::UserEntry *user) const
{
    if (!user)
        return tr("None (the user entry is missing)");
    switch (user->authKind()) {
    case Kube::AuthKind::None: return tr("None");
    case Kube::AuthKind::ClientCertificate: return tr("Client certificate");
    case Kube::AuthKind::Token: return tr("Bearer token");
    case Kube::AuthKind::TokenFile: return tr("Bearer token from file %1").arg(user->tokenFile);
    case Kube::AuthKind::Basic: return tr("Username and password");
    case Kube::AuthKind::Exec: return tr("Exec plugin: %1").arg(user->exec->command);
    case Kube::AuthKind::AuthProvider: return tr("Auth provider: %1").arg(user->authProviderName);
    }
    return {};
}

void ContextOverview::refresh()
{
    const Kube::ContextEntry *context = m_config.context(m_contextName);
    if (!context) {
        m_heading->setText(tr("No context selected"));
        m_tlsWarning->hide();
        for (QLabel *label : {m_server, m_user, m_auth, m_namespace, m_tls, m_proxy, m_file})
            label->clear();
        m_problems->clear();
        m_yaml->setYaml(QString());
        return;
    }
    const Kube::ClusterEntry *cluster = m_config.clusterFor(*context);
    const Kube::UserEntry *user = m_config.userFor(*context);
    m_heading->setText(context->name);
    m_server->setText(cluster ? cluster->server : tr("(cluster \"%1\" is not defined)").arg(context->cluster));
    m_user->setText(context->user);
    m_auth->setText(authDescription(user));
    m_namespace->setText(context->namespaceName.isEmpty() ? QStringLiteral("default") : context->namespaceName);
    const bool insecure = cluster && cluster->insecureSkipTlsVerify;
    m_tls->setText(insecure ? tr("Not verified") : tr("Verified against the cluster's certificate authority"));
    m_tlsWarning->setVisible(insecure);
    m_tlsWarning->setText(tr("TLS verification is switched off for this cluster (insecure-skip-tls-verify in %1). "
                             "Anyone between you and the server can read and change what Kaji sends and shows.")
                              .arg(cluster ? cluster->sourceFile : QString()));
    m_proxy->setText(cluster && !cluster->proxyUrl.isEmpty() ? cluster->proxyUrl : tr("None"));
    m_file->setText(context->sourceFile);

    m_problems->clear();
    const QStringList prefixes = {QStringLiteral("contexts[%1]").arg(context->name),
                                  QStringLiteral("clusters[%1]").arg(context->cluster),
                                  QStringLiteral("users[%1]").arg(context->user)};
    for (const Kube::KubeConfigProblem &problem : std::as_const(m_config.problems)) {
        const bool mine = std::any_of(prefixes.cbegin(), prefixes.cend(),
                                      [&](const QString &p) { return problem.field.startsWith(p); });
        if (mine || problem.field.isEmpty())
            m_problems->addItem(QStringLiteral("%1: %2 %3").arg(problem.file, problem.field, problem.message).simplified());
    }
    if (m_problems->count() == 0)
        m_problems->addItem(tr("None"));
    m_yaml->setYaml(Models::maskedContextYaml(m_config, context->name));
}

} // namespace Kaji::Ui
