#pragma once

#include "kubeconfig.h"

#include <QAbstractListModel>

// GUI thread.
namespace Kaji::Models {

// The contexts of the merged kubeconfig, one row each, sorted by name.
class ContextListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        ClusterRole,
        UserRole,
        NamespaceRole, // the context's namespace, "default" when unset
        ServerRole,
        AuthKindRole, // Kube::AuthKind as int
        InsecureRole, // bool: TLS verification is switched off
        CurrentRole, // bool: kubeconfig's current-context
        SourceFileRole,
        ProblemCountRole, // problems reported for this context's entries
        ConnectionRole, // Kube::Reflector::State as int while connected, -1 otherwise
    };
    Q_ENUM(Role)

    explicit ContextListModel(QObject *parent = nullptr);

    void setConfig(const Kube::KubeConfig &config);
    const Kube::KubeConfig &config() const { return m_config; }

    int rowForName(const QString &name) const;
    // `state`: a Kube::Reflector::State, or -1 when not connected.
    void setConnectionState(const QString &name, int state, const QString &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int problemCount(const Kube::ContextEntry &context) const;
    QString toolTip(const QString &name, const QString &server) const;

    Kube::KubeConfig m_config;
    QList<QString> m_names;
    struct Live {
        int state = -1;
        QString message;
    };
    QHash<QString, Live> m_live; // connected contexts, by name
};

} // namespace Kaji::Models
