#include "yamlreader.h"

#include "yamlconverter.h"
#include "yamltree.h"

#include <QCoreApplication>

#include <optional>

namespace Kaji::Kube {
namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::YamlReader", text);
}

// go-yaml refuses text that is not UTF-8 or holds characters YAML does not
// allow (control characters other than tab and line breaks), before parsing.
std::optional<std::pair<size_t, QString>> refusedCharacter(std::string_view text)
{
    size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const int length = byte < 0x80 ? 1 : (byte & 0xE0) == 0xC0 ? 2 : (byte & 0xF0) == 0xE0 ? 3 : (byte & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0)
            return std::pair(i, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "the text is not UTF-8 here")));
        if (i + size_t(length) > text.size())
            return std::pair(i, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "the text ends inside a UTF-8 character")));
        char32_t value = length == 1 ? byte : byte & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + size_t(k)]);
            if ((next & 0xC0) != 0x80)
                return std::pair(i, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "the text is not UTF-8 here")));
            value = (value << 6) | (next & 0x3F);
        }
        const bool shortest = length == 1 || (length == 2 && value >= 0x80) || (length == 3 && value >= 0x800)
            || (length == 4 && value >= 0x10000);
        const bool allowed = value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value <= 0x7E) || value == 0x85
            || (value >= 0xA0 && value <= 0xD7FF) || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF);
        if (!shortest)
            return std::pair(i, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "the text is not UTF-8 here")));
        if (!allowed) {
            const QString code = QStringLiteral("%1").arg(uint(value), 4, 16, QLatin1Char('0')).toUpper();
            return std::pair(i, message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "the character U+%1 is not allowed in YAML"))
                                    .arg(code));
        }
        i += size_t(length);
    }
    return std::nullopt;
}

} // namespace

YamlReadResult YamlReader::read(const QByteArray &bytes, int firstLine)
{
    YamlReadResult result;
    std::string_view text(bytes.constData(), size_t(bytes.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    result.positions.insert(QString(), YamlPosition{firstLine, 1});
    if (const auto refused = refusedCharacter(text)) {
        result.error = YamlProblem{TextPositions(text, firstLine).at(refused->first), refused->second};
        return result;
    }
    try {
        const YamlTree tree = YamlTree::parse(text, firstLine);
        if (tree.root >= 0) {
            YamlConverter converter(tree, text.size(), result);
            result.value = converter.value(tree.root, QString());
        }
        // go-yaml reads one document and ignores whatever follows a "..."
        // end marker; say so rather than drop it silently.
        if (tree.nextDocument.isValid()) {
            result.warnings.append({tree.nextDocument,
                                    message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader",
                                                              "only the first document is read: the text after \"...\" is ignored"))});
        }
    } catch (const YamlFailure &failure) {
        result.value = nullptr;
        result.error = YamlProblem{failure.position, failure.message};
    }
    return result;
}

QString YamlReader::pointerToken(const QString &key)
{
    QString token = key;
    return token.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
}

} // namespace Kaji::Kube
