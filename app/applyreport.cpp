#include "applyreport.h"

#include "clitable.h"
#include "manifestinput.h"

namespace Kaji::App {

QString ApplyReport::objectName(const Kube::ApplyOutcome &outcome, const Kube::ManifestDocument &document)
{
    const QString kind = (outcome.resource ? outcome.resource->kind : document.kind()).toLower();
    const QString group = outcome.resource ? outcome.resource->group : document.group();
    QString name = outcome.name;
    if (name.isEmpty())
        name = document.name().isEmpty() ? document.generateName() : document.name();
    return (group.isEmpty() ? kind : kind + u'.' + group) + u'/' + name;
}

void ApplyReport::printFailure(QTextStream &err, const Kube::ApplyOutcome &outcome, const Kube::ManifestDocument &document,
                               const QString &server)
{
    const Kube::ApplyFailure &failure = outcome.failure;
    const QString where = ManifestInput::place(document.source, failure.position);
    const QString object = objectName(outcome, document);
    if (!failure.conflicts.isEmpty()) {
        err << tr("kaji: %1: %2: %n field(s) belong to another field manager:", nullptr, int(failure.conflicts.size()))
                   .arg(where, object)
            << '\n';
        CliTable table({tr("FIELD"), tr("MANAGER"), tr("WHERE")});
        for (const Kube::FieldConflict &conflict : failure.conflicts)
            table.addRow({conflict.field, conflict.manager, ManifestInput::place(document.source, conflict.position)});
        table.print(err);
        err << tr("Apply with --force-conflicts to take them over, or leave them out of the file to keep their "
                  "managers' values.")
            << '\n';
        return;
    }
    if (failure.status == 0) {
        // Not an answer from the server: it could not be reached, or the
        // document was refused before asking it.
        if (failure.reason == QLatin1String("ConnectionFailed") || failure.reason == QLatin1String("CredentialsUnavailable"))
            err << tr("kaji: cannot reach %1: %2").arg(server, failure.message) << '\n';
        else
            err << tr("kaji: %1: %2: %3").arg(where, object, failure.message) << '\n';
        return;
    }
    // As kubectl words it; a status without a reason (a 500) has none.
    if (failure.reason.isEmpty() || failure.reason.startsWith(QLatin1String("HTTP")))
        err << tr("Error from server: %1").arg(failure.message) << '\n';
    else
        err << tr("Error from server (%1): %2").arg(failure.reason, failure.message) << '\n';
    if (failure.problems.isEmpty()) {
        err << "  " << tr("%1: %2").arg(where, object) << '\n';
        return;
    }
    for (const Kube::FieldProblem &problem : failure.problems) {
        const QString text = problem.field.isEmpty() ? problem.message : problem.field + QStringLiteral(": ") + problem.message;
        err << "  " << tr("%1: %2").arg(ManifestInput::place(document.source, problem.position), text) << '\n';
    }
}

} // namespace Kaji::App
