#include "portforwardmodel.h"

#include <QLocale>

namespace Kaji::Models {

PortForwardModel::PortForwardModel(PortForwarder *forwarder, QObject *parent)
    : QAbstractTableModel(parent), m_forwarder(forwarder)
{
    m_ids = forwarder->sessionIds();
    for (int id : std::as_const(m_ids))
        m_sessions.append(forwarder->session(id));
    connect(forwarder, &PortForwarder::sessionAdded, this, &PortForwardModel::onAdded);
    connect(forwarder, &PortForwarder::sessionChanged, this, &PortForwardModel::onChanged);
    connect(forwarder, &PortForwarder::sessionRemoved, this, &PortForwardModel::onRemoved);
}

void PortForwardModel::onAdded(int id)
{
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_sessions.append(m_forwarder->session(id));
    endInsertRows();
}

void PortForwardModel::onChanged(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_sessions[row] = m_forwarder->session(id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PortForwardModel::onRemoved(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_sessions.removeAt(row);
    endRemoveRows();
}

int PortForwardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PortForwardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortForwardModel::stateText(PortForwarder::State state)
{
    switch (state) {
    case PortForwarder::State::Starting: return tr("Starting");
    case PortForwarder::State::Active: return tr("Active");
    case PortForwarder::State::Reconnecting: return tr("Reconnecting");
    case PortForwarder::State::Failed: return tr("Failed");
    case PortForwarder::State::Stopped: return tr("Stopped");
    }
    return {};
}

QString PortForwardModel::localAddress(const PortForwarder::Session &session)
{
    const QString host = session.request.address.contains(u':') ? u'[' + session.request.address + u']'
                                                                 : session.request.address;
    const quint16 port = session.localPort ? session.localPort : session.request.localPort;
    return port ? host + u':' + QString::number(port) : host;
}

QVariant PortForwardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortForwarder::Session &s = m_sessions[index.row()];
    switch (role) {
    case IdRole: return s.id;
    case StateRole: return int(s.state);
    case UrlRole: return QStringLiteral("http://%1/").arg(localAddress(s));
    case Qt::ToolTipRole: return s.lastError.isEmpty() ? QVariant() : s.lastError;
    case SortRole:
        switch (index.column()) {
        case RemotePort: return s.remotePort;
        case Connections: return s.connections;
        case BytesIn: return s.bytesIn;
        case BytesOut: return s.bytesOut;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Target:
            return s.podName.isEmpty() || s.request.kind == QLatin1String("pod")
                ? s.request.namespaceName + u'/' + s.request.target()
                : tr("%1 (pod %2)").arg(s.request.namespaceName + u'/' + s.request.target(), s.podName);
        case LocalAddress: return localAddress(s);
        case RemotePort:
            return s.remotePort && QString::number(s.remotePort) != s.request.remotePort
                ? QStringLiteral("%1 → %2").arg(s.request.remotePort).arg(s.remotePort)
                : s.request.remotePort;
        case State: return stateText(s.state);
        case Connections: return s.connections;
        case BytesIn: return QLocale().formattedDataSize(s.bytesIn);
        case BytesOut: return QLocale().formattedDataSize(s.bytesOut);
        case Transport: return s.transport;
        case LastError: return s.lastError;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Connections || index.column() == BytesIn || index.column() == BytesOut)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant PortForwardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Target: return tr("Target");
    case LocalAddress: return tr("Local address");
    case RemotePort: return tr("Remote port");
    case State: return tr("State");
    case Transport: return tr("Carried by");
    case Connections: return tr("Connections");
    case BytesIn: return tr("Received");
    case BytesOut: return tr("Sent");
    case LastError: return tr("Last error");
    default: return {};
    }
}

} // namespace Kaji::Models
