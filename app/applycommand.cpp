#include "applycommand.h"

#include "applyreport.h"
#include "applysession.h"
#include "clioptions.h"
#include "manifestinput.h"
#include "manifestoptions.h"

namespace Kaji::App {

int ApplyCommand::run(const QStringList &arguments)
{
    ManifestOptions options;
    if (const QString wrong = options.parse(arguments, true); !wrong.isEmpty()) {
        m_err << tr("kaji apply: %1").arg(wrong) << '\n' << tr("Run 'kaji --help' for usage.") << '\n';
        return 2;
    }
    const std::optional<QList<Kube::ManifestDocument>> documents = ManifestInput::read(options.files, m_err);
    if (!documents)
        return 1;
    if (documents->isEmpty()) {
        m_err << tr("kaji: no objects passed to apply") << '\n';
        return 1;
    }
    const std::optional<Kube::RestConfig> rest = CliOptions::restConfigOrReport(options.context, m_err);
    if (!rest)
        return 1;
    const Kube::ApplyOptions apply = options.applyOptions(*rest);
    ApplySession session(m_err);
    const bool applied = session.run(*rest, *documents, apply, [&](const Kube::ApplyOutcome &outcome, const Kube::ManifestDocument &document) {
        // kubectl's words, which scripts read: not translated.
        const char *verb = outcome.generated ? "created"
            : outcome.result == Kube::ApplyOutcome::Result::Unchanged ? "unchanged"
                                                                     : "serverside-applied";
        m_out << ApplyReport::objectName(outcome, document) << ' ' << verb << (apply.dryRun ? " (server dry run)" : "") << '\n';
        m_out.flush();
    });
    return applied ? 0 : 1;
}

} // namespace Kaji::App
