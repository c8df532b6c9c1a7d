#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

// Any thread; one decoder per stream.
namespace Kaji::Kube {

struct WatchEvent {
    enum class Type { Added, Modified, Deleted, Bookmark, Error };
    Type type = Type::Error;
    QByteArray object; // the object's JSON text, or a Status for Error events
    QByteArray resourceVersion; // object.metadata.resourceVersion, if any

    // The object as a JSON tree: for small objects (Status) and tests; the
    // stores read `object` with their own scanners instead.
    nlohmann::json parsed() const;
};

// Splits a watch response (newline-separated JSON events) into events.
// Bytes arrive in arbitrary chunks; an event is decoded only once its line
// is complete. A line that is not a valid event becomes an Error event
// with a Status explaining why, so a broken stream is never silently skipped.
class WatchDecoder {
public:
    void feed(const char *data, size_t size, std::vector<WatchEvent> &out);
    // Bytes held for an incomplete line.
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    static WatchEvent decodeLine(const char *begin, const char *end);

    QByteArray m_buffer;
};

} // namespace Kaji::Kube
