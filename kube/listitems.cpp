#include "listitems.h"

#include "jsonscan.h"

namespace Kaji::Kube {

bool forEachListItemText(const QByteArray &page, const std::function<void(std::string_view)> &each)
{
    return JsonScan::forListItems(page, [&](JsonScan::Value item) {
        simdjson::ondemand::object object;
        std::string_view text;
        if (item.get_object().get(object) == simdjson::SUCCESS && object.raw_json().get(text) == simdjson::SUCCESS)
            each(text);
    });
}

ListMeta readListMeta(const QByteArray &page)
{
    const JsonScan::InPlace text(page);
    ListMeta meta;
    simdjson::ondemand::document doc;
    JsonScan::Object root;
    JsonScan::Value value;
    // The server writes metadata before the items, so this stops early.
    if (JsonScan::parser().iterate(text.view()).get(doc) != simdjson::SUCCESS || doc.get_object().get(root) != simdjson::SUCCESS
        || root.find_field_unordered("metadata").get(value) != simdjson::SUCCESS)
        return meta;
    meta.valid = true;
    JsonScan::forFields(value, [&](std::string_view k, JsonScan::Value v) {
        if (k == "resourceVersion")
            meta.resourceVersion = JsonScan::bytes(v);
        else if (k == "continue")
            meta.continueToken = JsonScan::bytes(v);
    });
    return meta;
}

} // namespace Kaji::Kube
