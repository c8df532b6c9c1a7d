#pragma once

#include <QByteArray>
#include <QObject>
#include <QSemaphore>

#include <memory>
#include <thread>

// Created on the main thread; reads on a thread of its own, because a
// blocking read of stdin works the same for pipes, files and terminals on
// every platform. Data arrives on the main thread through chunk().
namespace Kaji::App {

class StdinReader : public QObject {
    Q_OBJECT
public:
    explicit StdinReader(QObject *parent = nullptr);
    ~StdinReader() override;

    void start();
    // The consumer took a chunk and has room for the next: reading goes on
    // (at most a few chunks are ever in flight, so a slow server slows the reading).
    void consumed();

Q_SIGNALS:
    void chunk(const QByteArray &data);
    void finished(); // end of input (or a read error)

private:
    std::thread m_thread;
    // Shared with the thread, which may outlive this object.
    std::shared_ptr<QSemaphore> m_credits = std::make_shared<QSemaphore>(4);
};

} // namespace Kaji::App
