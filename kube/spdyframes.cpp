#include "spdyframes.h"

#include <QtEndian>

#include <zlib.h>

namespace Kaji::Kube::Spdy {
namespace {

constexpr qsizetype MaxHeaderBlock = 1024 * 1024; // far above anything port-forward sends

// The SPDY/3 header dictionary (spec section 2.6.10.1): lengths-prefixed
// common header names, then raw text of common values. Built once.
const QByteArray &dictionary()
{
    static const QByteArray bytes = [] {
        static const char *const names[] = {
            "options", "head", "post", "put", "delete", "trace", "accept", "accept-charset", "accept-encoding",
            "accept-language", "accept-ranges", "age", "allow", "authorization", "cache-control", "connection",
            "content-base", "content-encoding", "content-language", "content-length", "content-location",
            "content-md5", "content-range", "content-type", "date", "etag", "expect", "expires", "from", "host",
            "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "last-modified",
            "location", "max-forwards", "pragma", "proxy-authenticate", "proxy-authorization", "range", "referer",
            "retry-after", "server", "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "vary", "via",
            "warning", "www-authenticate", "method", "get", "status", "200 OK", "version", "HTTP/1.1", "url",
            "public", "set-cookie", "keep-alive", "origin",
        };
        QByteArray out;
        for (const char *name : names) {
            const quint32 length = quint32(qstrlen(name));
            char prefix[4];
            qToBigEndian(length, prefix);
            out.append(prefix, 4).append(name);
        }
        out.append(
            "100101201202205206300302303304305306307402405406407408409410411412413414415416417502504505"
            "203 Non-Authoritative Information204 No Content301 Moved Permanently400 Bad Request401 Una"
            "uthorized403 Forbidden404 Not Found500 Internal Server Error501 Not Implemented503 Service"
            " UnavailableJan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec 00:00:00 Mon, Tue, Wed, Thu, "
            "Fri, Sat, Sun, GMTchunked,text/html,image/png,image/jpg,image/gif,application/xml,applicat"
            "ion/xhtml+xml,text/plain,text/javascript,publicprivatemax-age=gzip,deflate,sdchcharset=utf"
            "-8charset=iso-8859-1,utf-,*,enq=0."
        );
        return out;
    }();
    return bytes;
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

QByteArray controlHeader(Type type, quint8 flags, quint32 length)
{
    QByteArray out;
    out.reserve(HeaderSize + qsizetype(length));
    appendU32(out, 0x80000000u | (3u << 16) | quint32(type)); // control bit, version 3
    appendU32(out, (quint32(flags) << 24) | (length & 0xffffff));
    return out;
}

QByteArray control(Type type, std::initializer_list<quint32> words)
{
    QByteArray out = controlHeader(type, 0, quint32(words.size() * 4));
    for (quint32 word : words)
        appendU32(out, word);
    return out;
}

std::optional<Headers> parseBlock(const QByteArray &plain);

} // namespace

quint32 readU32(const char *bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

quint32 streamIdOf(QByteArrayView payload)
{
    return payload.size() >= 4 ? readU32(payload.data()) & 0x7fffffff : 0;
}

struct HeaderCompressor::Z {
    z_stream stream{};
};

HeaderCompressor::HeaderCompressor() : d(std::make_unique<Z>())
{
    deflateInit(&d->stream, Z_DEFAULT_COMPRESSION);
    const QByteArray &dict = dictionary();
    deflateSetDictionary(&d->stream, reinterpret_cast<const Bytef *>(dict.constData()), uInt(dict.size()));
}

HeaderCompressor::~HeaderCompressor()
{
    deflateEnd(&d->stream);
}

QByteArray HeaderCompressor::compress(const Headers &headers)
{
    QByteArray plain;
    appendU32(plain, quint32(headers.size()));
    for (const auto &[name, value] : headers) {
        appendU32(plain, quint32(name.size()));
        plain.append(name);
        appendU32(plain, quint32(value.size()));
        plain.append(value);
    }
    QByteArray out(qsizetype(deflateBound(&d->stream, uLong(plain.size()))) + 64, Qt::Uninitialized);
    d->stream.next_in = reinterpret_cast<Bytef *>(plain.data());
    d->stream.avail_in = uInt(plain.size());
    d->stream.next_out = reinterpret_cast<Bytef *>(out.data());
    d->stream.avail_out = uInt(out.size());
    deflate(&d->stream, Z_SYNC_FLUSH); // the bound leaves room for the whole block
    out.truncate(out.size() - qsizetype(d->stream.avail_out));
    return out;
}

struct HeaderDecompressor::Z {
    z_stream stream{};
    bool broken = false;
};

HeaderDecompressor::HeaderDecompressor() : d(std::make_unique<Z>())
{
    inflateInit(&d->stream);
}

HeaderDecompressor::~HeaderDecompressor()
{
    inflateEnd(&d->stream);
}

std::optional<Headers> HeaderDecompressor::decompress(QByteArrayView block)
{
    if (d->broken)
        return std::nullopt;
    QByteArray plain;
    d->stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(block.data()));
    d->stream.avail_in = uInt(block.size());
    char chunk[4096];
    for (;;) {
        d->stream.next_out = reinterpret_cast<Bytef *>(chunk);
        d->stream.avail_out = sizeof chunk;
        const int result = inflate(&d->stream, Z_SYNC_FLUSH);
        if (result == Z_NEED_DICT) {
            // The block names the dictionary by checksum; there is only one.
            const QByteArray &dict = dictionary();
            if (inflateSetDictionary(&d->stream, reinterpret_cast<const Bytef *>(dict.constData()), uInt(dict.size()))
                != Z_OK)
                break;
            continue;
        }
        if (result != Z_OK && result != Z_BUF_ERROR)
            break;
        const qsizetype produced = qsizetype(sizeof chunk - d->stream.avail_out);
        plain.append(chunk, produced);
        if (plain.size() > MaxHeaderBlock)
            break;
        if (d->stream.avail_in == 0 && d->stream.avail_out != 0)
            return parseBlock(plain);
        if (result == Z_BUF_ERROR && produced == 0)
            break; // no progress: a truncated block
    }
    d->broken = true;
    return std::nullopt;
}

namespace {

std::optional<Headers> parseBlock(const QByteArray &plain)
{
    // count, then (name length, name, value length, value) per pair
    Headers headers;
    qsizetype pos = 0;
    const auto take = [&](QByteArray *field) {
        if (plain.size() - pos < 4)
            return false;
        const qsizetype length = qsizetype(readU32(plain.constData() + pos));
        pos += 4;
        if (plain.size() - pos < length)
            return false;
        *field = plain.mid(pos, length);
        pos += length;
        return true;
    };
    if (plain.size() < 4)
        return std::nullopt;
    const quint32 count = readU32(plain.constData());
    pos = 4;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray name;
        QByteArray value;
        if (!take(&name) || !take(&value))
            return std::nullopt;
        headers.append({name, value});
    }
    return headers;
}

} // namespace

QByteArray synStream(quint32 streamId, quint8 flags, const QByteArray &compressedHeaders)
{
    // stream id, associated stream id, priority (3 bits) + unused, slot
    QByteArray out = controlHeader(Type::SynStream, flags, quint32(10 + compressedHeaders.size()));
    appendU32(out, streamId & 0x7fffffff);
    appendU32(out, 0);
    out.append('\0').append('\0');
    out.append(compressedHeaders);
    return out;
}

void appendData(QByteArray &out, quint32 streamId, quint8 flags, QByteArrayView data)
{
    char header[HeaderSize];
    writeDataHeader(header, streamId, flags, data.size());
    out.append(header, HeaderSize);
    out.append(data.data(), data.size());
}

void writeDataHeader(char *out, quint32 streamId, quint8 flags, qint64 length)
{
    qToBigEndian(streamId & 0x7fffffff, out);
    qToBigEndian((quint32(flags) << 24) | quint32(length & 0xffffff), out + 4);
}

QByteArray rstStream(quint32 streamId, quint32 status)
{
    return control(Type::RstStream, {streamId & 0x7fffffff, status});
}

QByteArray settings(const QList<QPair<quint32, quint32>> &idValues)
{
    QByteArray out = controlHeader(Type::Settings, 0, quint32(4 + 8 * idValues.size()));
    appendU32(out, quint32(idValues.size()));
    for (const auto &[id, value] : idValues) {
        appendU32(out, id & 0xffffff); // no flags: not to be persisted
        appendU32(out, value);
    }
    return out;
}

QByteArray ping(quint32 id)
{
    return control(Type::Ping, {id});
}

QByteArray goAway(quint32 lastGoodStreamId, quint32 status)
{
    return control(Type::GoAway, {lastGoodStreamId & 0x7fffffff, status});
}

QByteArray windowUpdate(quint32 streamId, quint32 delta)
{
    return control(Type::WindowUpdate, {streamId & 0x7fffffff, delta & 0x7fffffff});
}

} // namespace Kaji::Kube::Spdy
