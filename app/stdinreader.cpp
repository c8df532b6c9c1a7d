#include "stdinreader.h"

#include <QCoreApplication>
#include <QPointer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#else
#include <io.h>
#endif

namespace Kaji::App {

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
{
}

StdinReader::~StdinReader()
{
    // A read of a terminal blocks until the user types: the thread may not
    // end, and the process is leaving anyway.
    if (m_thread.joinable())
        m_thread.detach();
}

void StdinReader::start()
{
    // The thread hands data to the main thread, which checks that the
    // reader still exists before using it.
    QPointer<StdinReader> self(this);
    m_thread = std::thread([self, credits = m_credits] {
        constexpr int ChunkSize = 64 * 1024;
        for (;;) {
            credits->acquire();
            QByteArray data(ChunkSize, Qt::Uninitialized);
#ifdef Q_OS_UNIX
            ssize_t n;
            do {
                n = ::read(STDIN_FILENO, data.data(), ChunkSize);
            } while (n < 0 && errno == EINTR);
#else
            const int n = ::_read(0, data.data(), ChunkSize);
#endif
            if (n <= 0) {
                QMetaObject::invokeMethod(QCoreApplication::instance(), [self] {
                    if (self)
                        Q_EMIT self->finished();
                }, Qt::QueuedConnection);
                return;
            }
            data.truncate(qsizetype(n));
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, data] {
                if (self)
                    Q_EMIT self->chunk(data);
            }, Qt::QueuedConnection);
        }
    });
}

void StdinReader::consumed()
{
    m_credits->release();
}

} // namespace Kaji::App
