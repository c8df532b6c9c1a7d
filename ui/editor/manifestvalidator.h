#pragma once

#include "manifestvalidation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

// GUI thread (the work itself runs on the global thread pool).
namespace Kaji::Ui {

// Validates text a moment after the last edit, on a worker thread, and
// reports diagnostics for the newest revision only: a result for text that
// has changed since is dropped, and at most one run is under way at a time
// (the newest request waits for it rather than piling up).
class ManifestValidator : public QObject {
    Q_OBJECT
public:
    // The text as it is now; called on the GUI thread when a run starts,
    // so an edit costs no copy of the text.
    using TextSource = std::function<QString()>;

    explicit ManifestValidator(TextSource source, QObject *parent = nullptr);
    ~ManifestValidator() override;

    void setCheck(ManifestCheck check); // used from the next run on
    void setDelay(int milliseconds); // 250 unless told
    // The text is now at `revision`: validate it once edits pause.
    void request(quint64 revision);
    // At once, without waiting for the pause.
    void requestNow(quint64 revision);
    bool isBusy() const;

Q_SIGNALS:
    void finished(quint64 revision, const Kaji::Ui::ManifestDiagnostics &diagnostics);

private:
    struct Result {
        quint64 revision = 0;
        ManifestDiagnostics diagnostics;
    };

    void start();
    void done();

    TextSource m_source;
    ManifestCheck m_check;
    QTimer m_delay;
    QFutureWatcher<Result> m_watcher;
    quint64 m_wanted = 0;
    bool m_pending = false; // a request arrived while a run was under way
};

} // namespace Kaji::Ui
