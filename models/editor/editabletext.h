#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Plain data and pure functions; any thread.
namespace Kaji::Models {

// The YAML text the editor shows for a live object, and what is special in
// it. managedFields are left out; `status` comes last, for the editor to
// fold read-only; the metadata the server owns is marked; a Secret's values
// are shown decoded (see EditSecret). What is hidden or read-only is also
// never sent: apiForm() drops it from both sides of every save.
struct EditableText {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::EditableText)
public:
    QString text;
    // `status:` to the last line (1-based, inclusive); 0 and 0 without one.
    int statusFirstLine = 0;
    int statusLastLine = 0;
    // Lines of resourceVersion, uid, generation, creationTimestamp,
    // selfLink and the deletion fields, ascending.
    QList<int> serverOwnedLines;
    // Secret keys kept in `data` as base64 (their values are not UTF-8
    // text); each such line carries a comment saying so.
    QStringList binaryKeys;
    bool secret = false;
    // What the editor showed, read back from `text` as the API server
    // would read it (Secret values decoded), and in the API's form: the
    // base a save's merge patch starts from.
    nlohmann::json shownObject;
    nlohmann::json shownApiObject;
    QString resourceVersion; // of the live object shown

    static EditableText fromObject(const nlohmann::json &live);

    // The metadata fields the server sets and a client never changes.
    static const QStringList &serverOwnedFields();

    // An object as a save compares and sends it: status, managedFields and
    // the server-owned metadata dropped, a Secret's text values encoded.
    static nlohmann::json apiForm(nlohmann::json object);
};

} // namespace Kaji::Models
