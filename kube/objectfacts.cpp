#include "objectfacts.h"

#include "metadatascan.h"
#include "objectfactsscan.h"

#include <cstdlib>
#include <string>

namespace Kaji::Kube {
namespace {

using namespace JsonScan;
using Json = nlohmann::json;
using JsonType = simdjson::ondemand::json_type;
using Node = FactShapeTree::Node;

bool typeOf(Value value, JsonType &type)
{
    return value.type().get(type) == simdjson::SUCCESS;
}

Json number(Value value)
{
    simdjson::ondemand::number_type kind;
    if (value.get_number_type().get(kind) == simdjson::SUCCESS) {
        int64_t signedValue = 0;
        uint64_t unsignedValue = 0;
        if (kind == simdjson::ondemand::number_type::signed_integer && value.get_int64().get(signedValue) == simdjson::SUCCESS)
            return signedValue;
        if (kind == simdjson::ondemand::number_type::unsigned_integer
            && value.get_uint64().get(unsignedValue) == simdjson::SUCCESS)
            return unsignedValue;
    }
    double out = 0;
    if (value.get_double().get(out) == simdjson::SUCCESS)
        return out;
    // An integer beyond 64 bits: a double, as nlohmann's own parser reads it.
    const std::string token(value.raw_json_token());
    return std::strtod(token.c_str(), nullptr);
}

// A kept subtree, built straight from the text: no tree of what is dropped.
Json toJson(Value value)
{
    JsonType type;
    if (!typeOf(value, type))
        return nullptr;
    switch (type) {
    case JsonType::object: {
        Json out = Json::object();
        forFields(value, [&](std::string_view key, Value v) { out[std::string(key)] = toJson(v); });
        return out;
    }
    case JsonType::array: {
        Json out = Json::array();
        forItems(value, [&](Value v) { out.push_back(toJson(v)); });
        return out;
    }
    case JsonType::string: return std::string(view(value));
    case JsonType::boolean: return boolean(value);
    case JsonType::number: return number(value);
    case JsonType::null: return nullptr;
    }
    return nullptr;
}

// What `node` keeps of `value`; false when nothing. Then `out` holds what
// stands in for it inside a list, so that the kept elements keep their
// positions: {} for an object, null for anything else.
bool prune(Value value, const FactShapeTree &shape, const Node &node, Json &out)
{
    if (node.keepAll) {
        out = toJson(value);
        return true;
    }
    JsonType type;
    if (!typeOf(value, type) || (type != JsonType::object && type != JsonType::array)) {
        out = nullptr;
        return false;
    }
    if (type == JsonType::object) {
        out = Json::object();
        forFields(value, [&](std::string_view key, Value v) {
            const Node *child = shape.child(node, key);
            Json kept;
            if (child && prune(v, shape, *child, kept))
                out[std::string(key)] = std::move(kept);
        });
        return !out.empty();
    }
    // A path through a list applies to each element.
    Json items = Json::array();
    bool any = false;
    forItems(value, [&](Value item) {
        Json kept;
        any = prune(item, shape, node, kept) || any;
        items.push_back(std::move(kept));
    });
    out = any ? std::move(items) : Json(nullptr);
    return any;
}

constexpr std::string_view LastApplied = "kubectl.kubernetes.io/last-applied-configuration";

// All annotations but kubectl's copy of the whole manifest: it costs as much
// as the object, and a Secret's copy holds its data in clear, even when the
// server sends metadata only. A path naming it still keeps it.
Json annotationsWithoutLastApplied(Value value)
{
    Json out = Json::object();
    forFields(value, [&](std::string_view key, Value v) {
        if (key != LastApplied)
            out[std::string(key)] = toJson(v);
    });
    return out;
}

// The metadata every kind shares goes into the members; the rest of it only
// where the shape asks (annotations, generation).
void readMetadata(Value value, const FactShapeTree &shape, const Node *node, ObjectFacts &out)
{
    Json kept = Json::object();
    forFields(value, [&](std::string_view key, Value v) {
        if (readMetadataField(key, v, out) || !node)
            return;
        const Node *child = node->keepAll ? node : shape.child(*node, key);
        Json field;
        if (child && child->keepAll && key == "annotations")
            kept[std::string(key)] = annotationsWithoutLastApplied(v);
        else if (child && prune(v, shape, *child, field))
            kept[std::string(key)] = std::move(field);
    });
    if (!kept.empty())
        out.fields["metadata"] = std::move(kept);
}

} // namespace

bool readObjectFacts(Value object, const FactShapeTree &shape, ObjectFacts &out)
{
    JsonType type;
    if (!typeOf(object, type) || type != JsonType::object)
        return false;
    const Node &root = shape.root();
    forFields(object, [&](std::string_view key, Value v) {
        if (key == "metadata") {
            readMetadata(v, shape, shape.child(root, key), out);
            return;
        }
        const Node *child = shape.child(root, key);
        Json kept;
        if (child && prune(v, shape, *child, kept))
            out.fields[std::string(key)] = std::move(kept);
    });
    return true;
}

bool readObjectFacts(std::string_view json, const FactShapeTree &shape, ObjectFacts &out)
{
    const simdjson::padded_string text = padded(json);
    simdjson::ondemand::document doc;
    Value root;
    if (parser().iterate(text).get(doc) != simdjson::SUCCESS || doc.get_value().get(root) != simdjson::SUCCESS)
        return false;
    return readObjectFacts(root, shape, out);
}

ObjectFacts objectFactsFromJson(const nlohmann::json &object, const FactShape &shape)
{
    ObjectFacts facts;
    if (!object.is_object())
        return facts;
    // One reader for trees and for text: the one the stores use.
    readObjectFacts(object.dump(-1, ' ', false, Json::error_handler_t::replace), FactShapeTree(shape), facts);
    return facts;
}

} // namespace Kaji::Kube
