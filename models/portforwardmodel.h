#pragma once

#include "portforwarder.h"

#include <QAbstractTableModel>

// GUI thread.
namespace Kaji::Models {

// The port-forward sessions of a PortForwarder, one row each, in start
// order; rows change in place as sessions move and count bytes.
class PortForwardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Target, LocalAddress, RemotePort, State, Connections, BytesIn, BytesOut, Transport, LastError, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // session id
        StateRole, // PortForwarder::State as int
        UrlRole, // "http://address:port/" for opening in a browser
        SortRole, // numbers as numbers
    };

    explicit PortForwardModel(PortForwarder *forwarder, QObject *parent = nullptr);

    int idAt(int row) const { return m_ids.value(row, 0); }
    int rowOf(int id) const { return int(m_ids.indexOf(id)); }
    static QString stateText(PortForwarder::State state);
    static QString localAddress(const PortForwarder::Session &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onAdded(int id);
    void onChanged(int id);
    void onRemoved(int id);

    PortForwarder *m_forwarder;
    QList<int> m_ids;
    QList<PortForwarder::Session> m_sessions; // snapshots, parallel to m_ids
};

} // namespace Kaji::Models
