#include "podportpool.h"

namespace Kaji::Kube {
namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

PodPortPool &PodPortPool::forThisThread()
{
    thread_local PodPortPool pool;
    return pool;
}

QList<PodPort> PodPortPool::make(const std::vector<PortView> &ports)
{
    QList<PodPort> out;
    out.reserve(qsizetype(ports.size()));
    for (const PortView &view : ports)
        out.append({fromView(view.container), fromView(view.name), view.port,
                    view.protocol.empty() ? QStringLiteral("TCP") : fromView(view.protocol)});
    return out;
}

QList<PodPort> PodPortPool::shared(const std::vector<PortView> &ports)
{
    if (ports.empty())
        return {};
    // Each part with its length ahead: no text, however odd, makes two
    // different lists one key.
    m_key.clear();
    const auto append = [this](std::string_view part) {
        const auto size = quint32(part.size());
        m_key.append(reinterpret_cast<const char *>(&size), sizeof size).append(part);
    };
    for (const PortView &view : ports) {
        append(view.container);
        append(view.name);
        m_key.append(reinterpret_cast<const char *>(&view.port), sizeof view.port);
        append(view.protocol.empty() ? std::string_view("TCP") : view.protocol);
    }
    if (const auto it = m_lists.find(std::string_view(m_key)); it != m_lists.end())
        return it->second;
    QList<PodPort> list = make(ports);
    if (m_lists.size() < MaxLists)
        m_lists.emplace(m_key, list);
    return list;
}

} // namespace Kaji::Kube
