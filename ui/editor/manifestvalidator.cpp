#include "manifestvalidator.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Kaji::Ui {

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
    m_watcher.setFuture(QtConcurrent::run([text = m_source(), check = m_check, revision = m_wanted] {
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
