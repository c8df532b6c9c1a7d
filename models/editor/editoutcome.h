#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Plain data; any thread.
namespace Kaji::Models {

// One field the user changed, as it was shown, as it is live now and as
// the user has it. Absent values are null with their `has…` flag false.
struct ThreeWayField {
    QString path; // JSON pointer: "/spec/replicas"
    bool changedOnServer = false; // live differs from shown here: a real conflict
    nlohmann::json shown;
    nlohmann::json live;
    nlohmann::json mine;
    bool hasShown = false;
    bool hasLive = false;
    bool hasMine = false;
    bool secretValue = false; // a Secret's `data` value (base64): mask it
};

// A place in the edited text the server (or the reader) complains about.
struct EditProblem {
    QString field; // as the server names it ("spec.replics"); empty for YAML errors
    QString message;
    int line = 0; // 1-based in the edited text; 0 when unknown
    int column = 0;
};

// How a save, a preview or a create from the edits ended. In every case
// the edited text stays as it was: the session never changes it.
struct EditOutcome {
    enum class Kind {
        Saved, // PATCHed: `object` is the object as stored now
        Created, // POSTed from the edits: `object` as stored
        Unchanged, // nothing to send: the text means what was shown
        Previewed, // dry run: `object` is the result, `diff` live → result
        PreviewUnavailable, // an admission webhook cannot dry-run: no preview, saving still possible
        Conflict, // fields the user changed were changed on the server too: see `fields`
        DeletedOnServer, // 404: offer createFromEdits()
        Invalid, // the text is not YAML the server would read, or the server refused its fields: see `problems`
        PreconditionFailed, // apiVersion, kind, name or namespace changed
        Forbidden, // 403: the user may not
        Failed, // 5xx, timeout, dropped connection, anything else
    };

    Kind kind = Kind::Failed;
    QString message; // for a person, translated; empty for Saved/Created/Unchanged/Previewed
    long status = 0; // HTTP status of the answer that decided; 0 when none came
    QString reason; // Status.reason or ApiClient's ("ConnectionFailed")
    QList<EditProblem> problems; // placed in the edited text
    QList<ThreeWayField> fields; // every touched path; Conflict: some changedOnServer
    QStringList touchedPaths; // what the patch wrote (or would)
    QStringList ignoredPaths; // changed in the text but never sent (status, server-owned metadata)
    nlohmann::json patch; // the merge patch sent (with the lock's resourceVersion)
    nlohmann::json live; // the object as read before writing; null when not read
    nlohmann::json object; // the server's answer (Saved, Created, Previewed)
    QString diff; // Previewed: unified diff of live vs result, noise out, Secret values masked
    int attempts = 0; // PATCHes sent (a 409 of the lock sends again)
    QStringList warnings; // the server's Warning headers on the answer that decided (deprecations, …)

    bool succeeded() const
    {
        return kind == Kind::Saved || kind == Kind::Created || kind == Kind::Unchanged || kind == Kind::Previewed;
    }
};

} // namespace Kaji::Models

Q_DECLARE_METATYPE(Kaji::Models::EditOutcome)
