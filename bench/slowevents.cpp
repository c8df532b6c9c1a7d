#include "slowevents.h"

#include <QEvent>
#include <QMetaEnum>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <ctime>

namespace {

// Built only for the slow ones: naming every event would slow the app
// being measured. The class name is static data, safe after a delete.
QString describe(QEvent::Type type, const char *className, const QPointer<QObject> &receiver)
{
    const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    QString text = typeName ? QString::fromLatin1(typeName) : QString::number(int(type));
    text += QStringLiteral(" -> ") + QString::fromLatin1(className);
    if (!receiver)
        return text + QStringLiteral(" (deleted)");
    if (!receiver->objectName().isEmpty())
        text += u'(' + receiver->objectName() + u')';
    if (QObject *parent = receiver->parent())
        text += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className());
    return text;
}

// POSIX (Linux, macOS), as the benchmarks are.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

SlowEventApplication::SlowEventApplication(int &argc, char **argv, double thresholdMs)
    : QApplication(argc, argv), m_thresholdMs(thresholdMs)
{
}

bool SlowEventApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = threadCpuMs();
    const QEvent::Type type = event->type();
    const char *className = receiver->metaObject()->className();
    const QPointer<QObject> alive(receiver);
    m_detail.clear();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (ms >= m_thresholdMs)
        m_slow.push_back({ms, threadCpuMs() - cpuBefore, describe(type, className, alive) + m_detail, m_phase});
    return handled;
}

std::vector<SlowEventApplication::SlowEvent> SlowEventApplication::slowest(size_t count) const
{
    std::vector<SlowEvent> sorted = m_slow;
    std::sort(sorted.begin(), sorted.end(), [](const SlowEvent &a, const SlowEvent &b) { return a.ms > b.ms; });
    if (sorted.size() > count)
        sorted.resize(count);
    return sorted;
}
