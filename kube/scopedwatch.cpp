#include "scopedwatch.h"

#include <QCoreApplication>

namespace Kaji::Kube {
namespace {

// How bad a state is, for showing the worst of several namespaces.
int severity(Reflector::State state)
{
    switch (state) {
    case Reflector::State::Synced: return 0;
    case Reflector::State::Connecting: return 1;
    case Reflector::State::Reconnecting: return 2;
    case Reflector::State::Forbidden: return 3;
    case Reflector::State::Error: return 4;
    }
    return 4;
}

} // namespace

ScopedWatch::ScopedWatch(ApiClient *client, PathFor pathFor, SinkFactory makeSink, Reflector::Format format,
                         bool namespaced, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_pathFor(std::move(pathFor)),
      m_makeSink(std::move(makeSink)),
      m_format(format),
      m_namespaced(namespaced)
{
}

ScopedWatch::~ScopedWatch()
{
    // Reflectors cancel through the client, which outlives us; they go
    // before the sinks they write to.
    for (Part &part : m_parts) {
        delete part.reflector;
        delete part.sink;
    }
}

void ScopedWatch::start(const QStringList &namespaces)
{
    m_fixedScope = !namespaces.isEmpty();
    watchNamespaces(m_fixedScope ? namespaces : QStringList{QString()});
}

void ScopedWatch::setFallback(const QStringList &namespaces)
{
    m_fallback = namespaces;
    m_fallback.removeAll(QString());
    m_fallback.removeDuplicates();
    if (m_narrowed && !m_fallback.isEmpty()) {
        watchNamespaces(m_fallback);
        Q_EMIT scopeChanged(namespaces);
    }
}

QStringList ScopedWatch::namespaces() const
{
    QStringList names = m_parts.keys();
    names.sort();
    return names;
}

ScopedSink *ScopedWatch::sink() const
{
    return m_parts.size() == 1 ? m_parts.cbegin()->sink : nullptr;
}

void ScopedWatch::replay()
{
    for (const Part &part : std::as_const(m_parts))
        part.sink->replay();
}

void ScopedWatch::watchNamespaces(const QStringList &namespaces)
{
    const QStringList current = m_parts.keys();
    for (const QString &name : current) {
        if (!namespaces.contains(name))
            dropPart(name);
    }
    for (const QString &name : namespaces) {
        if (!m_parts.contains(name))
            addPart(name);
    }
    reportState();
}

void ScopedWatch::addPart(const QString &namespaceName)
{
    Part part;
    part.sink = m_makeSink(this);
    // Only a namespace's share is scoped: all namespaces' list is the whole.
    part.sink->setScope(namespaceName);
    part.reflector = new Reflector(m_client, m_pathFor(namespaceName), part.sink, this, m_format);
    part.reflector->setQuery(m_query);
    connect(part.reflector, &Reflector::stateChanged, this,
            [this, namespaceName](Reflector::State state, const QString &message) {
                onPartState(namespaceName, state, message);
            });
    m_parts.insert(namespaceName, part);
    part.reflector->start();
}

void ScopedWatch::dropPart(const QString &namespaceName)
{
    const Part part = m_parts.take(namespaceName);
    // Possibly inside the reflector's own signal (narrowing on refusal):
    // stop it now, delete both later.
    part.reflector->stop();
    part.reflector->deleteLater();
    part.sink->drop();
    if (auto *object = dynamic_cast<QObject *>(part.sink))
        object->deleteLater();
}

void ScopedWatch::onPartState(const QString &namespaceName, Reflector::State state, const QString &message)
{
    const auto it = m_parts.find(namespaceName);
    if (it == m_parts.end())
        return;
    const bool allNamespaces = namespaceName.isEmpty();
    if (state == Reflector::State::Forbidden && allNamespaces && m_namespaced && !m_fixedScope
        && !m_fallback.isEmpty()) {
        // Users who may not list across namespaces still see their own.
        m_narrowed = true;
        Q_EMIT scopeChanged(m_fallback);
        watchNamespaces(m_fallback);
        return;
    }
    it->state = state;
    it->message = allNamespaces || message.isEmpty()
        ? message
        : QCoreApplication::translate("Kaji::Kube::ScopedWatch", "namespace %1: %2").arg(namespaceName, message);
    reportState();
}

void ScopedWatch::reportState()
{
    if (m_parts.isEmpty())
        return;
    auto worst = m_parts.cbegin();
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        if (severity(it->state) > severity(worst->state))
            worst = it;
    }
    if (m_hasReported && worst->state == m_reported && worst->message == m_reportedMessage)
        return;
    m_hasReported = true;
    m_reported = worst->state;
    m_reportedMessage = worst->message;
    Q_EMIT stateChanged(m_reported, m_reportedMessage);
}

} // namespace Kaji::Kube
