#include "editchange.h"

#include "jsonfields.h"
#include "mergepatch.h"
#include "yamlreader.h"

namespace Kaji::Models {
namespace {

using nlohmann::json;

EditOutcome invalid(const QString &message, const QList<EditProblem> &problems)
{
    EditOutcome out;
    out.kind = EditOutcome::Kind::Invalid;
    out.message = message;
    out.problems = problems;
    return out;
}

bool neverSent(const QString &path)
{
    if (path == QLatin1String("/status") || path.startsWith(QLatin1String("/status/")))
        return true;
    if (path == QLatin1String("/metadata/managedFields") || path.startsWith(QLatin1String("/metadata/managedFields/")))
        return true;
    const QStringList tokens = MergePatch::pointerTokens(path);
    return tokens.size() >= 2 && tokens[0] == QLatin1String("metadata")
        && EditableText::serverOwnedFields().contains(tokens[1]);
}

} // namespace

EditChange EditChange::compute(const EditableText &shown, const QString &editedText)
{
    EditChange out;
    out.secret = shown.secret;
    const Kube::YamlReadResult read = Kube::YamlReader::read(editedText.toUtf8());
    out.document.source = QStringLiteral("-");
    out.document.object = read.value;
    out.document.positions = read.positions;
    if (read.error) {
        out.refusal = invalid(read.error->message,
            { { QString(), read.error->message, read.error->position.line, read.error->position.column } });
        return out;
    }
    if (!read.duplicateKeys.isEmpty()) {
        QList<EditProblem> problems;
        for (const Kube::YamlProblem &p : read.duplicateKeys)
            problems.append({ QString(), p.message, p.position.line, p.position.column });
        out.refusal = invalid(tr("a key is set twice: the server would refuse the object"), problems);
        return out;
    }
    if (!read.value.is_object()) {
        out.refusal = invalid(tr("the text holds no object"), { { QString(), tr("the text holds no object"), 1, 1 } });
        return out;
    }
    out.edited = read.value;

    out.editedApi = EditableText::apiForm(out.edited);
    out.patch = MergePatch::create(shown.shownApiObject, out.editedApi);
    out.touchedPaths = MergePatch::touchedPaths(out.patch);
    for (const QString &path : MergePatch::touchedPaths(MergePatch::create(shown.shownObject, out.edited))) {
        if (neverSent(path))
            out.ignoredPaths.append(path);
    }

    // kubectl edit's preconditions: the same object, or it is not an edit.
    struct Fixed {
        QString label;
        QString pointer;
    };
    const Fixed fixed[] = { { QStringLiteral("apiVersion"), QStringLiteral("/apiVersion") },
        { QStringLiteral("kind"), QStringLiteral("/kind") },
        { QStringLiteral("metadata.name"), QStringLiteral("/metadata/name") },
        { QStringLiteral("metadata.namespace"), QStringLiteral("/metadata/namespace") } };
    for (const Fixed &f : fixed) {
        const json *was = MergePatch::find(shown.shownObject, f.pointer);
        const json *now = MergePatch::find(out.edited, f.pointer);
        if ((was ? *was : json()) == (now ? *now : json()))
            continue;
        EditOutcome refusal;
        refusal.kind = EditOutcome::Kind::PreconditionFailed;
        const QString before = was && was->is_string() ? QString::fromStdString(was->get<std::string>()) : QString();
        refusal.message = tr("%1 cannot change in an edit (it was \"%2\"): change it back, or create a new object "
                             "from the text instead")
                              .arg(f.label, before);
        const Kube::YamlPosition at
            = read.positions.value(f.pointer, read.positions.value(QStringLiteral("/metadata")));
        refusal.problems.append({ f.label, refusal.message, at.isValid() ? at.line : 1, at.isValid() ? at.column : 1 });
        out.refusal = refusal;
        break;
    }
    return out;
}

QList<ThreeWayField> EditChange::threeWay(const json &shownApi, const json &liveApi) const
{
    QList<ThreeWayField> fields;
    for (const QString &path : touchedPaths) {
        ThreeWayField f;
        f.path = path;
        f.changedOnServer = MergePatch::changedAt(shownApi, liveApi, path);
        if (const json *v = MergePatch::find(shownApi, path)) {
            f.shown = *v;
            f.hasShown = true;
        }
        if (const json *v = MergePatch::find(liveApi, path)) {
            f.live = *v;
            f.hasLive = true;
        }
        if (const json *v = MergePatch::find(editedApi, path)) {
            f.mine = *v;
            f.hasMine = true;
        }
        f.secretValue = secret && (path == QLatin1String("/data") || path.startsWith(QLatin1String("/data/")));
        fields.append(f);
    }
    return fields;
}

bool EditChange::anyConflict(const QList<ThreeWayField> &fields)
{
    return std::any_of(fields.begin(), fields.end(), [](const ThreeWayField &f) { return f.changedOnServer; });
}

} // namespace Kaji::Models
