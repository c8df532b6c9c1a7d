#pragma once

#include "kubeconfig.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

// GUI thread.
namespace Kaji::Ui {

class YamlView;

// What the kubeconfig says about one context: where it connects, how it
// authenticates, whether TLS is verified, and any problem in its entries.
class ContextOverview : public QWidget {
    Q_OBJECT
public:
    explicit ContextOverview(QWidget *parent = nullptr);

    void showContext(const Kube::KubeConfig &config, const QString &contextName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    QString authDescription(const Kube::UserEntry *user) const;

    Kube::KubeConfig m_config;
    QString m_contextName;

    QLabel *m_heading;
    QLabel *m_tlsWarning;
    QFormLayout *m_form;
    QLabel *m_serverLabel, *m_server;
    QLabel *m_userLabel, *m_user;
    QLabel *m_authLabel, *m_auth;
    QLabel *m_namespaceLabel, *m_namespace;
    QLabel *m_tlsLabel, *m_tls;
    QLabel *m_proxyLabel, *m_proxy;
    QLabel *m_fileLabel, *m_file;
    QLabel *m_problemsTitle;
    QListWidget *m_problems;
    QLabel *m_yamlTitle;
    YamlView *m_yaml;
};

} // namespace Kaji::Ui
