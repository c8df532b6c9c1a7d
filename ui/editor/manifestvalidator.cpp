#include "manifestvalidator.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace Kaji::Ui {
namespace {

// Validation has threads of its own, at a low priority: while the user
// types, the GUI thread must win the cores from a long parse. Qt's
// priorities do nothing for ordinary Linux threads, where a thread's nice
// value does (it is per thread there).
QThreadPool &validationPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
        pool.setThreadPriority(QThread::LowPriority);
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}

void lowerThisThread()
{
#ifdef Q_OS_LINUX
    static thread_local const bool lowered = setpriority(PRIO_PROCESS, 0, 10) == 0;
    Q_UNUSED(lowered);
#endif
}

} // namespace

ManifestValidator::ManifestValidator(TextSource source, QObject *parent) : QObject(parent), m_source(std::move(source))
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(&m_delay, &QTimer::timeout, this, &ManifestValidator::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ManifestValidator::done);
}

ManifestValidator::~ManifestValidator()
{
    // The run goes on to its end on the pool (it owns its copies); its
    // result is simply never delivered.
    m_watcher.disconnect(this);
}

void ManifestValidator::setCheck(ManifestCheck check)
{
    m_check = std::move(check);
}

void ManifestValidator::setDelay(int milliseconds)
{
    m_delay.setInterval(milliseconds);
}

void ManifestValidator::request(quint64 revision)
{
    m_wanted = revision;
    m_delay.start();
}

void ManifestValidator::requestNow(quint64 revision)
{
    m_wanted = revision;
    m_delay.stop();
    start();
}

bool ManifestValidator::isBusy() const
{
    return m_watcher.isRunning() || m_delay.isActive() || m_pending;
}

void ManifestValidator::start()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    // QString to UTF-8 on the worker too: the GUI thread only shares the text.
    m_watcher.setFuture(QtConcurrent::run(&validationPool(), [text = m_source(), check = m_check, revision = m_wanted] {
        lowerThisThread();
        return Result{revision, ManifestValidation::check(text.toUtf8(), check)};
    }));
}

void ManifestValidator::done()
{
    const Result result = m_watcher.result();
    if (result.revision == m_wanted && !m_pending)
        Q_EMIT finished(result.revision, result.diagnostics);
    if (m_pending)
        start();
}

} // namespace Kaji::Ui
