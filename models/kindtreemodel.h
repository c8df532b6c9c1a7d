#pragma once

#include "apiresource.h"

#include <QAbstractItemModel>

// GUI thread.
namespace Kaji::Models {

// The sidebar's kinds: built-in kinds in fixed groups (Workloads, Network,
// Config, Storage, Access control, Cluster) and every custom resource
// discovery found, in its own group. Only kinds the server serves appear.
class KindTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // IconKeyRole: which picture the row shows (the ui draws it; models
    // hold no icons): the resource id for a kind, "group:<first word of the
    // English title, lower case>" for a group ("group:workloads", "group:access").
    enum Role { ResourceIdRole = Qt::UserRole + 20, IconKeyRole };

    explicit KindTreeModel(QObject *parent = nullptr);

    void setResources(const QList<Kube::ApiResource> &resources);
    // The kind at `index`, or nullopt for a group row.
    std::optional<Kube::ApiResource> resourceAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &resourceId) const;
    // Every kind shown, in sidebar order.
    QList<Kube::ApiResource> kinds() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString groupIconKey(const QString &englishTitle);
    // Every built-in kind the tree knows a place for, in sidebar order.
    static QStringList builtInResourceIds();
    // "Deployments" for deployments.apps, translated; the kind itself for others.
    static QString displayName(const Kube::ApiResource &resource);

private:
    struct Group {
        QString title;
        QList<Kube::ApiResource> kinds;
    };
    QList<Group> m_groups;
};

} // namespace Kaji::Models
