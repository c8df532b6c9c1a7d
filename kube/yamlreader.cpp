#include "yamlreader.h"

#include "yamlconverter.h"

#include <yaml-cpp/eventhandler.h>

#include <QCoreApplication>

#include <optional>
#include <sstream>

namespace Kaji::Kube {
namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::YamlReader", text);
}

// Where each document of a stream starts, without building nodes.
class DocumentStarts : public YAML::EventHandler {
public:
    std::vector<YAML::Mark> starts;

    void OnDocumentStart(const YAML::Mark &mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// go-yaml reads one document and ignores whatever follows a "..." end
// marker; say so rather than drop it silently.
void noteIgnoredDocuments(const std::string &input, const TextPositions &where, YamlReadResult &result)
{
    if (input.rfind("...", 0) != 0 && input.find("\n...") == std::string::npos)
        return;
    std::istringstream stream(input);
    YAML::Parser parser(stream);
    DocumentStarts documents;
    try {
        // Two at most: yaml-cpp's LoadAll can go on producing empty
        // documents for ever on some broken text.
        for (int i = 0; i < 2 && parser.HandleNextDocument(documents); ++i) {
        }
    } catch (const YAML::Exception &) {
        // The ignored part does not parse: it is ignored all the same.
    }
    if (documents.starts.size() > 1) {
        result.warnings.append({where.at(documents.starts[1]),
                                message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader",
                                                          "only the first document is read: the text after \"...\" is ignored"))});
    }
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
    const TextPositions where(text, firstLine);
    const std::string input(text);
    result.positions.insert(QString(), YamlPosition{firstLine, 1});
    if (const auto refused = refusedCharacter(text)) {
        result.error = YamlProblem{where.at(refused->first), refused->second};
        return result;
    }
    try {
        const YAML::Node root = YAML::Load(input);
        YamlConverter converter(text, where, result);
        result.value = converter.value(root, QString());
        noteIgnoredDocuments(input, where, result);
    } catch (const YamlFailure &failure) {
        result.value = nullptr;
        result.error = YamlProblem{failure.position, failure.message};
    } catch (const YAML::Exception &e) {
        result.value = nullptr;
        result.error = YamlProblem{where.at(e.mark), message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "YAML syntax error: %1"))
                                                         .arg(QString::fromStdString(e.msg))};
    }
    return result;
}

QString YamlReader::pointerToken(const QString &key)
{
    QString token = key;
    return token.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
}

} // namespace Kaji::Kube
