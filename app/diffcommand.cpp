#include "diffcommand.h"

#include "applyreport.h"
#include "applysession.h"
#include "clioptions.h"
#include "manifestinput.h"
#include "manifestoptions.h"
#include "objectdiff.h"

namespace Kaji::App {

int DiffCommand::run(const QStringList &arguments)
{
    // kubectl diff: 1 means differences, so every error is 2.
    constexpr int Error = 2;
    ManifestOptions options;
    if (const QString wrong = options.parse(arguments, false); !wrong.isEmpty()) {
        m_err << tr("kaji diff: %1").arg(wrong) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
        return Error;
    }
    const std::optional<QList<Kube::ManifestDocument>> documents = ManifestInput::read(options.files, m_err);
    if (!documents)
        return Error;
    if (documents->isEmpty()) {
        m_err << tr("kaji: no objects passed to diff") << '\n';
        return Error;
    }
    const std::optional<Kube::RestConfig> rest = CliOptions::restConfigOrReport(options.context, m_err);
    if (!rest)
        return Error;
    Kube::ApplyOptions apply = options.applyOptions(*rest);
    apply.dryRun = true;
    bool unreadable = false;
    bool differences = false;
    ApplySession session(m_err);
    const bool previewed = session.run(*rest, *documents, apply, [&](const Kube::ApplyOutcome &outcome, const Kube::ManifestDocument &document) {
        if (!outcome.liveError.isEmpty()) {
            unreadable = true;
            m_err << tr("kaji: %1: cannot read the live %2: %3")
                         .arg(ManifestInput::place(document.source, {document.firstLine, 1}),
                              ApplyReport::objectName(outcome, document), outcome.liveError)
                  << '\n';
            return;
        }
        const Kube::ApiResource &resource = *outcome.resource;
        const QString text = Models::ObjectDiff::unified(
            outcome.live, outcome.object,
            Models::ObjectDiff::name(resource.group, resource.version, resource.kind, outcome.namespaceName, outcome.name));
        if (!text.isEmpty()) {
            differences = true;
            m_out << text;
            m_out.flush();
        }
    });
    if (!previewed || unreadable)
        return Error;
    return differences ? 1 : 0;
}

} // namespace Kaji::App
