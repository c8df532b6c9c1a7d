#pragma once

#include "kubeconfig.h"

#include <QAbstractListModel>

// GUI thread.
namespace Kaji::Models {

// The contexts of the merged kubeconfig, one row each: in the order the user
// dragged them into (setOrder), contexts not in that order after them, by name.
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
        InitialsRole, // one or two letters for the context's avatar
        AvatarColourRole, // the colour the user chose ("#rrggbb"), empty for the derived one
    };
    Q_ENUM(Role)

    explicit ContextListModel(QObject *parent = nullptr);

    void setConfig(const Kube::KubeConfig &config);
    const Kube::KubeConfig &config() const { return m_config; }

    int rowForName(const QString &name) const;
    // `state`: a Kube::Reflector::State, or -1 when not connected.
    void setConnectionState(const QString &name, int state, const QString &message);

    // The user's order: names first in this order (unknown ones ignored).
    void setOrder(const QStringList &names);
    QStringList order() const { return m_names; }
    // An empty colour returns the context to its derived one.
    void setAvatarColour(const QString &name, const QString &colour);
    // "arn:aws:eks:eu-west-1:1234:cluster/prod" → "PR", "kaji-admin" → "KA".
    static QString initialsFor(const QString &name);

    // Rows move by drag and drop inside the view (and by moveRows); the
    // new order is announced so it can be remembered.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void orderChanged(const QStringList &names); // after a move by the user

private:
    QStringList sortedNames() const;
    int problemCount(const Kube::ContextEntry &context) const;
    QString toolTip(const QString &name, const QString &server) const;

    Kube::KubeConfig m_config;
    QList<QString> m_names;
    struct Live {
        int state = -1;
        QString message;
    };
    QHash<QString, Live> m_live; // connected contexts, by name
    QStringList m_order; // the user's, may name contexts no longer there
    QHash<QString, QString> m_colours; // chosen avatar colours, by name
};

} // namespace Kaji::Models
