#pragma once

#include "editabletext.h"
#include "editoutcome.h"

#include "manifestdocument.h"

#include <optional>

// Plain data and pure functions; any thread.
namespace Kaji::Models {

// What an edited text changes in the object that was shown, worked out
// before anything is sent: the text as read, the merge patch, the paths it
// touches, and a refusal when the text cannot be saved at all.
struct EditChange {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::EditChange)
public:
    nlohmann::json edited; // the text as the API server reads it (a Secret's values decoded)
    nlohmann::json editedApi; // as it would be sent: EditableText::apiForm(edited)
    nlohmann::json patch; // MergePatch::create(shown API form, editedApi), without a lock
    QStringList touchedPaths;
    QStringList ignoredPaths; // status, managedFields, server-owned metadata: changed but not sent
    Kube::ManifestDocument document; // the edited text, for placing the server's complaints
    // Set when the text cannot be saved: Invalid (YAML errors, duplicate
    // keys, not an object) or PreconditionFailed (kubectl edit's rule:
    // apiVersion, kind, name and namespace stay; problems[0].field names
    // the one that changed, and the other fields are filled in).
    std::optional<EditOutcome> refusal;
    bool secret = false;

    static EditChange compute(const EditableText &shown, const QString &editedText);

    // Per touched path, the value shown, live now and mine; changedOnServer
    // where `liveApi` (EditableText::apiForm of the live object) differs
    // from the shown one.
    QList<ThreeWayField> threeWay(const nlohmann::json &shownApi, const nlohmann::json &liveApi) const;
    static bool anyConflict(const QList<ThreeWayField> &fields);
};

} // namespace Kaji::Models
