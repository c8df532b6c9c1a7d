#include "editerrors.h"

#include "applyfailure.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Kaji::Models::EditErrors {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Kaji::Models::EditErrors", source);
}

// A Secret's text values are edited under stringData; the server names
// them under data.
QString editedField(const QString &field, const EditChange &change)
{
    if (!change.secret)
        return field;
    static const QRegularExpression dataKey(QStringLiteral(R"(^\.?data(?:\[([^\]]+)\]|\.(.+))$)"));
    const QRegularExpressionMatch m = dataKey.match(field);
    if (!m.hasMatch())
        return field;
    const QString key = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    const nlohmann::json &text = change.edited.value("stringData", nlohmann::json());
    return text.is_object() && text.contains(key.toStdString()) ? QStringLiteral("stringData[%1]").arg(key) : field;
}

// A merge patch the server cannot decode comes back as "patch: Invalid
// value: \"{…the whole patched object…}\": strict decoding error: …". The
// object says nothing the user does not have, may be megabytes, and holds
// a Secret's values: keep only the reason. The server words the refusal
// as `Deployment.apps "" is invalid: patch: …` (it names no object when the
// patch does not decode): that lead-in says nothing either.
QString withoutEchoedObject(QString message)
{
    static const QRegularExpression echoed(QStringLiteral(R"re(Invalid value: "(?:[^"\\]++|\\.)*+": )re"));
    static const QRegularExpression unnamed(QStringLiteral(R"re(^\S* ?"" is invalid: patch: )re"));
    return message.remove(echoed).remove(unnamed);
}

} // namespace

bool dryRunUnsupported(const Kube::ApiResult &result)
{
    return result.status >= 400 && result.error.contains(QLatin1String("does not support dry run"));
}

EditOutcome fromResult(const Kube::ApiResult &result, const EditChange &change, bool dryRun)
{
    EditOutcome out;
    out.status = result.status;
    out.reason = result.reason;
    if (result.status == 0) {
        out.kind = EditOutcome::Kind::Failed;
        out.message = text(QT_TRANSLATE_NOOP("Kaji::Models::EditErrors",
                               "The cluster could not be reached: %1. Nothing was saved; your text is kept."))
                          .arg(result.error);
        return out;
    }
    if (dryRun && dryRunUnsupported(result)) {
        out.kind = EditOutcome::Kind::PreviewUnavailable;
        out.message
            = text(QT_TRANSLATE_NOOP("Kaji::Models::EditErrors", "Preview unavailable: %1. Saving is still possible."))
                  .arg(result.error);
        return out;
    }
    if (result.status == 401) {
        out.kind = EditOutcome::Kind::Failed;
        out.message = text(QT_TRANSLATE_NOOP("Kaji::Models::EditErrors",
                               "The server did not accept your credentials: %1. Log in again and save; "
                               "your text is kept."))
                          .arg(result.error);
        return out;
    }
    if (result.status == 403) {
        out.kind = EditOutcome::Kind::Forbidden;
        out.message = text(QT_TRANSLATE_NOOP("Kaji::Models::EditErrors",
                               "You may not change this object: %1. Nothing was saved; your text is kept."))
                          .arg(result.error);
        return out;
    }
    Kube::ManifestDocument document = change.document;
    const Kube::ApplyFailure failure = Kube::ApplyFailure::fromResult(result, document);
    static const QRegularExpression unknownField(QStringLiteral(R"re(unknown field "([^"]+)")re"));
    for (const Kube::FieldProblem &p : failure.problems) {
        const QString message = withoutEchoedObject(p.message);
        // Strict decoding names the fields inside the message of a cause
        // whose own field is just "patch".
        bool named = false;
        for (const QRegularExpressionMatch &m : unknownField.globalMatch(message)) {
            const QString field = editedField(m.captured(1), change);
            const Kube::YamlPosition at = document.positionOf(field);
            out.problems.append({ m.captured(1), m.captured(0), at.line, at.column });
            named = true;
        }
        if (named)
            continue;
        const QString field = editedField(p.field, change);
        const Kube::YamlPosition at = field == p.field ? p.position : document.positionOf(field);
        out.problems.append({ p.field, message, at.line, at.column });
    }
    const bool validation = result.status == 400 || result.status == 422
        || result.error.contains(QLatin1String("field not declared in schema"));
    if (validation) {
        out.kind = EditOutcome::Kind::Invalid;
        out.message = text(QT_TRANSLATE_NOOP("Kaji::Models::EditErrors", "The server refused the object: %1"))
                          .arg(withoutEchoedObject(result.error));
        return out;
    }
    out.kind = EditOutcome::Kind::Failed;
    if (result.status >= 500)
        out.message = text(QT_TRANSLATE_NOOP("Kaji::Models::EditErrors",
                               "The server failed (HTTP %1): %2. Nothing was saved; your text is kept."))
                          .arg(result.status)
                          .arg(withoutEchoedObject(result.error));
    else
        out.message = text(QT_TRANSLATE_NOOP("Kaji::Models::EditErrors", "The server refused the change (HTTP %1): %2"))
                          .arg(result.status)
                          .arg(withoutEchoedObject(result.error));
    return out;
}

} // namespace Kaji::Models::EditErrors
