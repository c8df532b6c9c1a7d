#include "applyfailure.h"

#include "jsonfields.h"

#include <QRegularExpression>

namespace Kaji::Kube {
namespace {

// "conflict with \"kube-controller-manager\" using apps/v1" → the manager.
QString managerOf(const QString &message)
{
    static const QRegularExpression quoted(QStringLiteral("conflict with \"([^\"]*)\""));
    const QRegularExpressionMatch match = quoted.match(message);
    return match.hasMatch() ? match.captured(1) : message;
}

// Errors that come as text only: structured-merge-diff's ".spec.replics:
// field not declared in schema" (a 500 for an unknown field under apply),
// go-yaml's "line 7: key \"a\" already set in map", Strict decoding's
// unknown field "spec.replics".
void problemsFromMessage(const QString &message, const ManifestDocument &document, QList<FieldProblem> &problems)
{
    static const QRegularExpression lineError(QStringLiteral(R"(^\s*line (\d+): (.+)$)"));
    static const QRegularExpression unknownField(QStringLiteral(R"re(unknown field "([^"]+)")re"));
    for (QString line : message.split(u'\n', Qt::SkipEmptyParts)) {
        if (const QRegularExpressionMatch m = lineError.match(line); m.hasMatch()) {
            // The line counts from the start of the text sent, which is
            // the file's only when the document went as written.
            const YamlPosition at = document.bodyLine > 0 ? YamlPosition{document.bodyLine + m.captured(1).toInt() - 1, 1}
                                                          : YamlPosition{document.firstLine, 1};
            problems.append({QString(), m.captured(2), at});
            continue;
        }
        for (const QRegularExpressionMatch &m : unknownField.globalMatch(line)) {
            const QString field = m.captured(1);
            problems.append({field, m.captured(0), document.positionOf(field)});
        }
        // "failed to create typed patch object (/web; apps/v1, Kind=Deployment): .spec.x: …"
        if (const qsizetype context = line.lastIndexOf(QLatin1String("): ")); context >= 0)
            line = line.mid(context + 3);
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (line.startsWith(u'.') && colon > 1) {
            const QString field = line.left(colon);
            problems.append({field, line.mid(colon + 2), document.positionOf(field)});
        }
    }
}

} // namespace

ApplyFailure ApplyFailure::fromResult(const ApiResult &result, const ManifestDocument &document)
{
    ApplyFailure failure;
    failure.status = result.status;
    failure.reason = result.reason;
    failure.message = result.error;
    const nlohmann::json &causes = jsonChild(jsonChild(result.body, "details"), "causes");
    if (causes.is_array()) {
        for (const nlohmann::json &cause : causes) {
            const QString field = jsonText(cause, "field");
            const QString message = jsonText(cause, "message");
            const YamlPosition at = field.isEmpty() ? YamlPosition{} : document.positionOf(field);
            if (jsonText(cause, "reason") == QLatin1String("FieldManagerConflict"))
                failure.conflicts.append({field, managerOf(message), message, at});
            else
                failure.problems.append({field, message, at});
        }
    }
    if (failure.conflicts.isEmpty() && failure.problems.isEmpty())
        problemsFromMessage(failure.message, document, failure.problems);
    failure.position = YamlPosition{document.firstLine, 1};
    for (const FieldConflict &c : std::as_const(failure.conflicts)) {
        if (c.position.isValid()) {
            failure.position = c.position;
            return failure;
        }
    }
    for (const FieldProblem &p : std::as_const(failure.problems)) {
        if (p.position.isValid()) {
            failure.position = p.position;
            break;
        }
    }
    return failure;
}

} // namespace Kaji::Kube
