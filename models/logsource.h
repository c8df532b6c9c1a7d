#pragma once

#include "logbatch.h"

#include <QObject>
#include <QStringList>

// GUI thread (implementations do their network work elsewhere and report here).
namespace Kaji::Models {

struct LogContainerChoice {
    QString name;
    bool init = false; // an init container: listed first, logs only once it ran
};

// What the log view asks a source for.
struct LogRequest {
    QString container; // empty: the source's default
    bool previous = false;
    bool follow = true;
    bool timestamps = false; // downloads only: the view formats timestamps itself
    qint64 sinceSeconds = 0; // 0: from the start
    qint64 tailLines = -1; // -1: everything
};

// The capability "read logs" handed to the UI, so ui/ never talks to kube/:
// app/ creates a PodLogSource (or a test double) and gives it to a LogView.
class LogSource : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Loading, Streaming, Reconnecting, Ended, Failed };
    Q_ENUM(State)

    using QObject::QObject;

    virtual QString title() const = 0;
    // Known once containersChanged() fired; init containers first.
    virtual QList<LogContainerChoice> containers() const = 0;
    virtual QString defaultContainer() const = 0;
    // Starts (or restarts) reading; cleared() comes first, then lines.
    virtual void open(const LogRequest &request) = 0;
    virtual void close() = 0;
    // Saves the whole log of `request.container` (never only what is
    // loaded) to `filePath`: a fresh request without follow, tail or since.
    virtual void download(const LogRequest &request, const QString &filePath) = 0;

Q_SIGNALS:
    void containersChanged();
    void cleared();
    void linesArrived(const Kaji::Models::LogBatch &batch);
    void sourceNamed(int index, const QString &name);
    void stateChanged(Kaji::Models::LogSource::State state, const QString &message);
    void downloadFinished(bool ok, const QString &message);
};

} // namespace Kaji::Models

Q_DECLARE_METATYPE(Kaji::Models::LogRequest)
Q_DECLARE_METATYPE(Kaji::Models::LogContainerChoice)
