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

} // namespace Kaji::Kube
