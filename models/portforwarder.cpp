#include "portforwarder.h"

#include <QHostAddress>
#include <QTcpServer>

namespace Kaji::Models {

quint16 PortForwarder::freeLocalPort(const QString &address, quint16 preferred)
{
    const QHostAddress host = address == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                                     : QHostAddress(address);
    QTcpServer probe;
    if (preferred != 0 && probe.listen(host, preferred))
        return preferred;
    return probe.listen(host, 0) ? probe.serverPort() : 0;
}

bool PortForwarder::isLoopback(const QString &address)
{
    return address == QLatin1String("localhost") || QHostAddress(address).isLoopback();
}

} // namespace Kaji::Models
