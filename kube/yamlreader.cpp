#include "yamlreader.h"

#include "yamlconverter.h"

#include <QCoreApplication>

namespace Kaji::Kube {
namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::YamlReader", text);
}

// go-yaml reads one document and ignores whatever follows a "..." end
// marker; say so rather than drop it silently.
void noteIgnoredDocuments(const std::string &input, const TextPositions &where, YamlReadResult &result)
{
    if (input.rfind("...", 0) != 0 && input.find("\n...") == std::string::npos)
        return;
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(input);
        if (documents.size() > 1) {
            result.warnings.append({where.at(documents[1].Mark()),
                                    message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader",
                                                              "only the first document is read: the text after \"...\" is ignored"))});
        }
    } catch (const YAML::Exception &) {
        // The ignored part does not parse: it is ignored all the same.
    }
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
