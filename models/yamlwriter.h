#pragma once

#include <QString>

#include <nlohmann/json.hpp>

// Any thread; pure functions.
namespace Kaji::Models {

// Writes a JSON document as block-style YAML the way `kubectl get -o yaml`
// shows it: keys in sorted order, strings quoted only where YAML would read
// them as something else, multi-line strings as literal blocks.
QString toYaml(const nlohmann::json &document);

struct ObjectYamlOptions {
    bool hideManagedFields = true; // noise nobody reads, often half the object
    bool revealSecrets = false; // Secret data and stringData values
};

// An API object for display: managedFields dropped and a Secret's values
// replaced by a mask (their keys stay) unless the user revealed them.
nlohmann::json objectForDisplay(nlohmann::json object, const ObjectYamlOptions &options);

} // namespace Kaji::Models
