#pragma once

#include <QString>

#include <nlohmann/json.hpp>

// Any thread; pure functions.
namespace Kaji::Models {

// Writes a JSON document as block-style YAML the way `kubectl get -o yaml`
// shows it: keys in sorted order, strings double-quoted where a YAML 1.1
// reader (the API server, kubectl) would read them as something else
// (`"true"`, `"0755"`, `"1e3"`, `"~"`), multi-line strings as literal
// blocks. Kube::YamlReader reads it back as the same JSON.
QString toYaml(const nlohmann::json &document);

// A string as a YAML scalar: plain when it reads back as itself, else
// double-quoted.
QString toYamlScalar(const QString &text);

struct ObjectYamlOptions {
    bool hideManagedFields = true; // noise nobody reads, often half the object
    bool revealSecrets = false; // Secret data and stringData values
};

// An API object for display: managedFields dropped and a Secret's values
// replaced by a mask (their keys stay) unless the user revealed them.
nlohmann::json objectForDisplay(nlohmann::json object, const ObjectYamlOptions &options);

} // namespace Kaji::Models
