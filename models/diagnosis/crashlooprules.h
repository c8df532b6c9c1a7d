#pragma once

#include "loganalyzer.h"
#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// CrashLoopBackOff, read through the previous instance's log: a failed
// database migration, a refused connection traced to the Service's
// endpoints, an unknown host, a missing variable or file, a denied
// permission; otherwise the exit code, explained.
class CrashLoopRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::CrashLoopRules)
public:
    static bool check(RuleContext &context, const Json &pod, const ContainerView &container);
    // What an exit code usually means (1, 2, 126, 127, 128+signal ...).
    static QString exitCodeMeaning(qint64 exitCode);

private:
    // `who`: "Container x" / "Init container x", for the headline.
    static void explainClue(RuleContext &context, const ContainerView &container, const QString &who,
                            const LogClue &clue, Finding &f);
    static void explainConnection(RuleContext &context, const ContainerView &container, const QString &who,
                                  const LogClue &clue, Finding &f);
};

} // namespace Kaji::Models
