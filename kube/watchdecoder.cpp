#include "watchdecoder.h"

#include <cstring>
#include <string_view>

namespace Kaji::Kube {
namespace {

WatchEvent malformed(const std::string &why)
{
    return {WatchEvent::Type::Error,
            {{"kind", "Status"}, {"status", "Failure"}, {"reason", "MalformedWatchEvent"}, {"message", why}}};
}

} // namespace

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
    nlohmann::json line = nlohmann::json::parse(begin, end, nullptr, false);
    if (line.is_discarded())
        return malformed("the watch stream carried a line that is not JSON");
    if (!line.is_object() || !line.contains("type") || !line["type"].is_string() || !line.contains("object")
        || !line["object"].is_object())
        return malformed("the watch stream carried JSON that is not a watch event");
    const std::string &type = line["type"].get_ref<const std::string &>();
    WatchEvent event;
    if (type == "ADDED")
        event.type = WatchEvent::Type::Added;
    else if (type == "MODIFIED")
        event.type = WatchEvent::Type::Modified;
    else if (type == "DELETED")
        event.type = WatchEvent::Type::Deleted;
    else if (type == "BOOKMARK")
        event.type = WatchEvent::Type::Bookmark;
    else if (type == "ERROR")
        event.type = WatchEvent::Type::Error;
    else
        return malformed("the watch stream carried an unknown event type: " + type);
    event.object = std::move(line["object"]);
    return event;
}

} // namespace Kaji::Kube
