#include "portforwardmemory.h"

#include <QSettings>

namespace Kaji::App {
namespace {

const QString Group = QStringLiteral("portForwards/reopen");

bool sameForward(const Models::PortForwardRequest &a, const Models::PortForwardRequest &b)
{
    return a.context == b.context && a.namespaceName == b.namespaceName && a.kind == b.kind && a.name == b.name
        && a.remotePort == b.remotePort && a.localPort == b.localPort && a.address == b.address;
}

} // namespace

QList<Models::PortForwardRequest> PortForwardMemory::load()
{
    QSettings settings;
    QList<Models::PortForwardRequest> out;
    const int count = settings.beginReadArray(Group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Models::PortForwardRequest r;
        r.context = settings.value(QStringLiteral("context")).toString();
        r.namespaceName = settings.value(QStringLiteral("namespace")).toString();
        r.kind = settings.value(QStringLiteral("kind")).toString();
        r.name = settings.value(QStringLiteral("name")).toString();
        r.remotePort = settings.value(QStringLiteral("remotePort")).toString();
        r.address = settings.value(QStringLiteral("address"), QStringLiteral("127.0.0.1")).toString();
        r.localPort = quint16(settings.value(QStringLiteral("localPort")).toUInt());
        r.reopenOnStart = true;
        if (!r.name.isEmpty() && !r.remotePort.isEmpty())
            out.append(r);
    }
    settings.endArray();
    return out;
}

void PortForwardMemory::remember(const Models::PortForwardRequest &request)
{
    QList<Models::PortForwardRequest> all = load();
    if (std::none_of(all.cbegin(), all.cend(), [&](const auto &r) { return sameForward(r, request); }))
        all.append(request);
    save(all);
}

void PortForwardMemory::forget(const Models::PortForwardRequest &request)
{
    QList<Models::PortForwardRequest> all = load();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const auto &r) { return sameForward(r, request); }), all.end());
    save(all);
}

void PortForwardMemory::save(const QList<Models::PortForwardRequest> &requests)
{
    QSettings settings;
    settings.remove(Group);
    settings.beginWriteArray(Group, int(requests.size()));
    for (int i = 0; i < requests.size(); ++i) {
        const Models::PortForwardRequest &r = requests.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("context"), r.context);
        settings.setValue(QStringLiteral("namespace"), r.namespaceName);
        settings.setValue(QStringLiteral("kind"), r.kind);
        settings.setValue(QStringLiteral("name"), r.name);
        settings.setValue(QStringLiteral("remotePort"), r.remotePort);
        settings.setValue(QStringLiteral("address"), r.address);
        settings.setValue(QStringLiteral("localPort"), r.localPort);
    }
    settings.endArray();
}

} // namespace Kaji::App
