#include "editabletext.h"

#include "editsecret.h"
#include "jsonfields.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <algorithm>

namespace Kaji::Models {
namespace {

using nlohmann::json;

void eraseMetadata(json &object, const char *field)
{
    if (object.is_object() && object.contains("metadata") && object["metadata"].is_object())
        object["metadata"].erase(field);
}

// A comment at the end of each line that holds a base64 value: the reader
// is told why this one is not text. Only where the value fits on its line.
QString markBinary(const QString &text, const QStringList &keys, const QString &note)
{
    if (keys.isEmpty())
        return text;
    const Kube::YamlReadResult read = Kube::YamlReader::read(text.toUtf8());
    QStringList lines = text.split(u'\n');
    for (const QString &key : keys) {
        const Kube::YamlPosition at
            = read.positions.value(QStringLiteral("/data/") + Kube::YamlReader::pointerToken(key));
        if (!at.isValid() || at.line > lines.size())
            continue;
        QString &line = lines[at.line - 1];
        if (line.endsWith(u':') || line.endsWith(u'|') || line.endsWith(QLatin1String("|-"))
            || line.endsWith(QLatin1String("|+")))
            continue;
        line += QStringLiteral(" # ") + note;
    }
    return lines.join(u'\n');
}

} // namespace

const QStringList &EditableText::serverOwnedFields()
{
    static const QStringList fields { QStringLiteral("resourceVersion"), QStringLiteral("uid"),
        QStringLiteral("generation"), QStringLiteral("creationTimestamp"), QStringLiteral("selfLink"),
        QStringLiteral("deletionTimestamp"), QStringLiteral("deletionGracePeriodSeconds") };
    return fields;
}

json EditableText::apiForm(json object)
{
    if (!object.is_object())
        return object;
    object.erase("status");
    eraseMetadata(object, "managedFields");
    for (const QString &field : serverOwnedFields())
        eraseMetadata(object, field.toLatin1().constData());
    return EditSecret::encode(std::move(object));
}

EditableText EditableText::fromObject(const json &live)
{
    EditableText out;
    out.resourceVersion = Kube::jsonText(Kube::jsonChild(live, "metadata"), "resourceVersion");
    json object = live.is_object() ? live : json::object();
    eraseMetadata(object, "managedFields");
    out.secret = EditSecret::isSecret(object);
    EditSecret::Decoded decoded = EditSecret::decode(std::move(object));
    out.binaryKeys = decoded.binaryKeys;
    object = std::move(decoded.object);

    // Status last, whatever its name sorts after, so one fold hides it.
    json status;
    const bool hasStatus = object.contains("status");
    if (hasStatus) {
        status = std::move(object["status"]);
        object.erase("status");
    }
    out.text = markBinary(toYaml(object), out.binaryKeys, tr("base64: this value is not UTF-8 text"));
    if (hasStatus)
        out.text += toYaml(json { { "status", status } });

    const Kube::YamlReadResult read = Kube::YamlReader::read(out.text.toUtf8());
    out.shownObject = read.value;
    out.shownApiObject = apiForm(read.value);
    if (hasStatus) {
        out.statusFirstLine = read.positions.value(QStringLiteral("/status")).line;
        out.statusLastLine = int(out.text.count(u'\n'));
    }
    for (const QString &field : serverOwnedFields()) {
        const Kube::YamlPosition at = read.positions.value(QStringLiteral("/metadata/") + field);
        if (at.isValid())
            out.serverOwnedLines.append(at.line);
    }
    std::sort(out.serverOwnedLines.begin(), out.serverOwnedLines.end());
    return out;
}

} // namespace Kaji::Models
