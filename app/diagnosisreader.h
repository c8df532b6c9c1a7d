#pragma once

#include "restconfig.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>
#include <optional>

// Created and used on the GUI thread; reads on a thread of its own.
namespace Kaji::Models {
class DiagnosisLoader;
}

namespace Kaji::App {

// Reads the cluster for a diagnosis on a thread of its own. Listing and
// parsing every object of a large cluster (10,000 pods are tens of
// megabytes of JSON) takes seconds: on the GUI thread each page would be a
// stall the user feels, and an exec-plugin refresh would freeze the window.
// The first read lists and then watches every kind (DiagnosisMirror); later
// reads take what the watches keep current.
class DiagnosisReader : public QObject {
    Q_OBJECT
public:
    explicit DiagnosisReader(QObject *parent = nullptr);
    ~DiagnosisReader() override; // stops the thread; reads under way are dropped

    // The cluster to read from now on; none stops reading. Reads started
    // for an earlier cluster are dropped when they finish.
    void setConfig(const std::optional<Kube::RestConfig> &config);
    bool hasConfig() const { return m_hasConfig; }
    // Starts a read of all namespaces, or of `fallbackNamespace` when the
    // user may not list them all (see DiagnosisLoader::loadFrom); loaded()
    // follows.
    void read(const QString &fallbackNamespace);

Q_SIGNALS:
    // A finished read, now owned by the receiver and living on its thread.
    void loaded(Kaji::Models::DiagnosisLoader *loader);

private:
    void deliver(std::unique_ptr<Models::DiagnosisLoader> loader, quint64 generation);

    QThread m_thread;
    QObject *m_worker; // lives on m_thread; owns the client and reads under way
    quint64 m_generation = 0;
    bool m_hasConfig = false;
};

} // namespace Kaji::App
