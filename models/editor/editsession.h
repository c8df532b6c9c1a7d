#pragma once

#include "editabletext.h"
#include "editchange.h"
#include "editoutcome.h"

#include "apiclient.h"
#include "apiresource.h"
#include "resourceoperations.h"

#include <QObject>

#include <functional>

// Lives on the thread that creates it (the GUI thread); its requests run
// where the Runner sends them (a ClusterConnection's thread) and their
// answers come back here.
namespace Kaji::Models {

// Saving one object the user edited as text, the way docs/editor.md
// recommends: a JSON merge patch of what the user changed, checked against
// a fresh read of the object, locked to that read's resourceVersion. Other
// writers' changes elsewhere in the object (a label, the status) are
// rebased over; a change to a field the user also changed stops the save
// with a three-way answer. Nothing here ever changes the edited text.
class EditSession : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(Kube::ResourceOperations &operations, Kube::ApiClient::ResultHandler done)>;
    using ResultHandler = std::function<void(const Kube::ApiResult &result)>;
    // Runs `work` where the API client lives; `onResult` runs on
    // `receiver`'s thread and not at all once it is gone. The shape of
    // Kube::ClusterConnection::operate, which app/ passes in.
    using Runner = std::function<void(Work work, QObject *receiver, ResultHandler onResult)>;

    // A Runner over a client on this very thread (tests, the command line).
    static Runner directRunner(Kube::ApiClient *client);

    // `resource` is the object's kind as discovery serves it; the version
    // of the object shown is used for the requests.
    EditSession(Runner runner, Kube::ApiResource resource, EditableText shown, QObject *parent = nullptr);

    // The base the next save patches from. After Saved or Created it is the
    // object the server answered with (the editor should show its text).
    const EditableText &shown() const { return m_shown; }
    // Rebases on another version of the object (after a three-way answer
    // was resolved against the live object, or an update was taken).
    void setShown(EditableText shown) { m_shown = std::move(shown); }
    bool isBusy() const { return m_mode != Mode::Idle; }

    // Each answers once through finished(), never synchronously; each
    // returns false (and does nothing) while another is under way.
    bool save(const QString &editedText);
    // save(), but the user's values win where the server changed the same
    // fields (the three-way view's "keep mine"). Still locked.
    bool saveOverriding(const QString &editedText);
    // A dry run (dryRun=All) of save(): Previewed with the result and the
    // diff, PreviewUnavailable when a webhook cannot dry-run, or Conflict.
    bool preview(const QString &editedText);
    // After DeletedOnServer: POSTs the edited object (no resourceVersion,
    // uid or status). Its name and namespace may differ from the shown one.
    bool createFromEdits(const QString &editedText);

    // PATCHes per save when a 409 says the lock went stale. A Deployment
    // just created has its status rewritten by controllers several times a
    // second on a busy server: each try reads again after a growing pause
    // (RetryPauseMs, doubled, at most 400 ms), about 3 s in all.
    static constexpr int LockAttempts = 10;
    static constexpr int RetryPauseMs = 25;
    static constexpr const char *FieldManager = "kaji-edit";

Q_SIGNALS:
    void finished(const Kaji::Models::EditOutcome &outcome);

private:
    enum class Mode { Idle, Save, Override, Preview, Create };

    bool start(Mode mode, const QString &editedText);
    void readLive();
    void onLive(const Kube::ApiResult &result);
    void sendPatch();
    void onPatched(const Kube::ApiResult &result);
    void post();
    void finish(EditOutcome outcome);
    QByteArray objectPath() const;
    QByteArray query(bool dryRun) const;
    QString namespaceName(const nlohmann::json &object) const;

    Runner m_runner;
    Kube::ApiResource m_resource;
    EditableText m_shown;
    Mode m_mode = Mode::Idle;
    EditChange m_change;
    nlohmann::json m_live;
    nlohmann::json m_patch;
    QList<ThreeWayField> m_fields;
    int m_attempts = 0;
};

} // namespace Kaji::Models
