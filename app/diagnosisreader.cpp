#include "diagnosisreader.h"

#include "apiclient.h"
#include "diagnosis/diagnosisloader.h"
#include "diagnosis/diagnosismirror.h"

namespace Kaji::App {
namespace {

// The worker thread's side: the API client of the current cluster, and the
// mirror its runs read from (a child, gone with the client).
class ReaderWorker : public QObject {
public:
    // Children first: the mirror's watches and the loaders' requests are
    // the client's, and are cancelled through it.
    ~ReaderWorker() override { qDeleteAll(children()); }

    std::unique_ptr<Kube::ApiClient> client;
    Models::DiagnosisMirror *mirror = nullptr;
};

} // namespace

DiagnosisReader::DiagnosisReader(QObject *parent) : QObject(parent), m_worker(new ReaderWorker)
{
    m_thread.setObjectName(QStringLiteral("diagnosis reader"));
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread once the loop ends, with its client and loaders.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DiagnosisReader::~DiagnosisReader()
{
    m_thread.quit();
    m_thread.wait();
}

void DiagnosisReader::setConfig(const std::optional<Kube::RestConfig> &config)
{
    ++m_generation;
    m_hasConfig = config.has_value();
    auto *worker = static_cast<ReaderWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [worker, config] {
        // Loaders of the old client go first: they hold a pointer to it.
        for (QObject *child : worker->children())
            delete child;
        worker->mirror = nullptr;
        worker->client.reset(config ? new Kube::ApiClient(*config) : nullptr);
        if (worker->client)
            worker->mirror = new Models::DiagnosisMirror(worker->client.get(), worker);
    });
}

void DiagnosisReader::read(const QString &fallbackNamespace)
{
    auto *worker = static_cast<ReaderWorker *>(m_worker);
    QThread *home = thread();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(worker, [this, worker, home, generation, fallbackNamespace] {
        if (!worker->client)
            return;
        auto *loader = new Models::DiagnosisLoader(worker->client.get(), worker);
        connect(loader, &Models::DiagnosisLoader::finished, worker, [this, loader, home, generation] {
            // Handed over whole: the snapshot and logs are read on the GUI
            // thread and the pool from now on; the loader asks nothing more.
            // The queued call owns it: when the reader is gone before the
            // call runs (the app quitting), the call is dropped and the
            // loader with it, not left behind with its snapshot (tens of MB).
            loader->setParent(nullptr);
            loader->moveToThread(home);
            auto owned = std::make_shared<std::unique_ptr<Models::DiagnosisLoader>>(loader);
            QMetaObject::invokeMethod(this, [this, owned, generation] { deliver(std::move(*owned), generation); });
        });
        loader->loadFrom(worker->mirror, fallbackNamespace);
    });
}

void DiagnosisReader::deliver(std::unique_ptr<Models::DiagnosisLoader> loader, quint64 generation)
{
    if (generation != m_generation)
        return; // read from a cluster no longer shown: dropped
    Q_EMIT loaded(loader.release());
}

} // namespace Kaji::App
