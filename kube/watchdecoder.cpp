#include "watchdecoder.h"

#include "jsonscan.h"

#include <cstring>
#include <string_view>

namespace Kaji::Kube {
namespace {

WatchEvent malformed(const std::string &why)
{
    const nlohmann::json status = {
        {"kind", "Status"}, {"status", "Failure"}, {"reason", "MalformedWatchEvent"}, {"message", why}};
    return {WatchEvent::Type::Error, QByteArray::fromStdString(status.dump()), {}};
}

bool typeFromName(std::string_view name, WatchEvent::Type &type)
{
    using T = WatchEvent::Type;
    static constexpr std::pair<std::string_view, T> names[] = {
        {"ADDED", T::Added}, {"MODIFIED", T::Modified}, {"DELETED", T::Deleted}, {"BOOKMARK", T::Bookmark}, {"ERROR", T::Error}};
    for (const auto &[text, value] : names) {
        if (name == text) {
            type = value;
            return true;
        }
    }
    return false;
}

QByteArray resourceVersionOf(simdjson::ondemand::object object)
{
    simdjson::ondemand::value metadata;
    if (object.find_field_unordered("metadata").get(metadata) != simdjson::SUCCESS)
        return {};
    simdjson::ondemand::value version;
    if (metadata.find_field_unordered("resourceVersion").get(version) != simdjson::SUCCESS)
        return {};
    return JsonScan::bytes(version);
}

} // namespace

nlohmann::json WatchEvent::parsed() const
{
    nlohmann::json out = nlohmann::json::parse(object.constBegin(), object.constEnd(), nullptr, false);
    return out.is_discarded() ? nlohmann::json() : out;
}

void WatchDecoder::feed(const char *data, size_t size, std::vector<WatchEvent> &out)
{
    const char *end = data + size;
    const char *cursor = data;
    while (cursor < end) {
        const auto *newline = static_cast<const char *>(std::memchr(cursor, '\n', size_t(end - cursor)));
        if (!newline) {
            m_buffer.append(cursor, qsizetype(end - cursor));
            return;
        }
        if (m_buffer.isEmpty()) {
            if (newline > cursor)
                out.push_back(decodeLine(cursor, newline));
        } else {
            m_buffer.append(cursor, qsizetype(newline - cursor));
            out.push_back(decodeLine(m_buffer.constData(), m_buffer.constData() + m_buffer.size()));
            m_buffer.clear();
        }
        cursor = newline + 1;
    }
}

WatchEvent WatchDecoder::decodeLine(const char *begin, const char *end)
{
    const simdjson::padded_string line = JsonScan::padded(std::string_view(begin, size_t(end - begin)));
    simdjson::ondemand::document doc;
    simdjson::ondemand::object event;
    if (JsonScan::parser().iterate(line).get(doc) != simdjson::SUCCESS || doc.get_object().get(event) != simdjson::SUCCESS)
        return malformed("the watch stream carried a line that is not JSON");

    std::string_view typeName;
    simdjson::ondemand::object object;
    std::string_view objectText;
    bool haveType = false;
    bool haveObject = false;
    for (auto field : event) {
        std::string_view key;
        simdjson::ondemand::value value;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS || field.value().get(value) != simdjson::SUCCESS)
            return malformed("the watch stream carried a line that is not JSON");
        if (key == "type") {
            haveType = value.get_string().get(typeName) == simdjson::SUCCESS;
        } else if (key == "object") {
            haveObject = value.get_object().get(object) == simdjson::SUCCESS
                && object.raw_json().get(objectText) == simdjson::SUCCESS;
        }
    }
    WatchEvent decoded;
    if (!haveType || !haveObject)
        return malformed("the watch stream carried JSON that is not a watch event");
    if (!typeFromName(typeName, decoded.type))
        return malformed("the watch stream carried an unknown event type: " + std::string(typeName));
    // The first pass skips over the object's insides unchecked; an error
    // event's Status is read whole, so it must be JSON (it is small and rare).
    if (decoded.type == WatchEvent::Type::Error && !nlohmann::json::accept(objectText.begin(), objectText.end()))
        return malformed("the watch stream carried an error event whose status is not JSON");
    decoded.object = QByteArray(objectText.data(), qsizetype(objectText.size()));

    // A second, cheap pass over the object alone for its resourceVersion.
    const simdjson::padded_string copy = JsonScan::padded(objectText);
    simdjson::ondemand::document objectDoc;
    simdjson::ondemand::object root;
    if (JsonScan::parser().iterate(copy).get(objectDoc) == simdjson::SUCCESS
        && objectDoc.get_object().get(root) == simdjson::SUCCESS)
        decoded.resourceVersion = resourceVersionOf(root);
    return decoded;
}

} // namespace Kaji::Kube
