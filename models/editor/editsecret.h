#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

// Pure functions; any thread.
namespace Kaji::Models {

// How the editor shows a Secret: its values as text a person can read and
// type, and back. A value of `data` that is UTF-8 text moves, decoded, to
// `stringData` (the API's own field for plain values); one that is not
// (a keystore, a DER certificate) stays base64 in `data`. On save every
// `stringData` value is encoded into `data` again and `stringData` goes, so
// the server receives exactly the `data` map it holds, changed only where
// the user changed it.
namespace EditSecret {

// Secrets of the core group.
bool isSecret(const nlohmann::json &object);

struct Decoded {
    nlohmann::json object; // with `stringData` for the text values
    QStringList binaryKeys; // left in `data` as base64: not UTF-8 text
};

// The form the editor shows; other objects come back unchanged.
Decoded decode(nlohmann::json secret);

// The API's form of an edited Secret: `stringData` encoded into `data`
// (a key in both takes the `stringData` value, as the server does);
// numbers and booleans a YAML reader made of a value are written as text.
nlohmann::json encode(nlohmann::json edited);

// Whether bytes are text the editor can show and read back unchanged:
// valid UTF-8 without control characters other than tab and line breaks.
bool isText(const QByteArray &bytes);

} // namespace EditSecret
} // namespace Kaji::Models
