#include "editsecret.h"

#include <QByteArray>
#include <QStringDecoder>

namespace Kaji::Models::EditSecret {

using nlohmann::json;

bool isSecret(const json &object)
{
    return object.is_object() && object.value("apiVersion", json()) == "v1" && object.value("kind", json()) == "Secret";
}

bool isText(const QByteArray &bytes)
{
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return false;
    // A leading byte order mark would be dropped by a reader somewhere.
    if (text.startsWith(QChar(0xFEFF)))
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F || (u >= 0x80 && u <= 0x9F))
            return false;
    }
    return true;
}

Decoded decode(json secret)
{
    Decoded out;
    if (!isSecret(secret) || !secret.contains("data") || !secret["data"].is_object()) {
        out.object = std::move(secret);
        return out;
    }
    json &data = secret["data"];
    json text
        = secret.contains("stringData") && secret["stringData"].is_object() ? secret["stringData"] : json::object();
    for (auto it = data.begin(); it != data.end();) {
        const QByteArray encoded
            = it.value().is_string() ? QByteArray::fromStdString(it.value().get<std::string>()) : QByteArray();
        const auto bytes = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        // Decoded only when encoding it again gives the very same text, so an
        // untouched value is never rewritten.
        if (it.value().is_string() && bytes && isText(bytes.decoded) && bytes.decoded.toBase64() == encoded
            && !text.contains(it.key())) {
            text[it.key()] = bytes.decoded.toStdString();
            it = data.erase(it);
        } else {
            out.binaryKeys.append(QString::fromStdString(it.key()));
            ++it;
        }
    }
    if (data.empty())
        secret.erase("data");
    if (!text.empty())
        secret["stringData"] = std::move(text);
    out.object = std::move(secret);
    return out;
}

json encode(json edited)
{
    if (!isSecret(edited) || !edited.contains("stringData"))
        return edited;
    json text = edited["stringData"];
    if (!text.is_object())
        return edited; // not a map: the server says what is wrong with it
    json data = edited.contains("data") && edited["data"].is_object() ? edited["data"] : json::object();
    for (auto it = text.begin(); it != text.end(); ++it) {
        const json &value = it.value();
        std::string plain;
        if (value.is_string())
            plain = value.get<std::string>();
        else if (value.is_number() || value.is_boolean())
            plain = value.dump();
        else if (value.is_null())
            plain = std::string();
        else
            return edited; // a map or list: left for the server to refuse
        data[it.key()] = QByteArray::fromStdString(plain).toBase64().toStdString();
    }
    edited.erase("stringData");
    edited["data"] = std::move(data);
    return edited;
}

} // namespace Kaji::Models::EditSecret
