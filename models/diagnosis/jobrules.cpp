#include "jobrules.h"

#include "crashlooprules.h"
#include "loganalyzer.h"

#include <QRegularExpression>

namespace Kaji::Models {

bool JobRules::validCronSchedule(const QString &schedule)
{
    static const QStringList macros = {QStringLiteral("@yearly"), QStringLiteral("@annually"), QStringLiteral("@monthly"),
                                       QStringLiteral("@weekly"), QStringLiteral("@daily"), QStringLiteral("@midnight"),
                                       QStringLiteral("@hourly")};
    QString s = schedule.trimmed();
    // A leading CRON_TZ=/TZ= is accepted by the controller.
    if (s.startsWith(QLatin1String("CRON_TZ=")) || s.startsWith(QLatin1String("TZ=")))
        s = s.section(u' ', 1).trimmed();
    if (macros.contains(s) || s.startsWith(QLatin1String("@every ")))
        return true;
    const QStringList fields = s.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return false;
    static const int low[] = {0, 0, 1, 1, 0};
    static const int high[] = {59, 23, 31, 12, 7};
    static const QRegularExpression item(QStringLiteral("^(\\*|\\?|[0-9]+(?:-[0-9]+)?|[A-Za-z]{3}(?:-[A-Za-z]{3})?)(?:/([0-9]+))?$"));
    for (int i = 0; i < 5; ++i) {
        for (const QString &part : fields[i].split(u',')) {
            const auto m = item.match(part);
            if (!m.hasMatch())
                return false;
            const QString range = m.captured(1);
            if (range.at(0).isDigit()) {
                for (const QString &n : range.split(u'-')) {
                    if (n.toInt() < low[i] || n.toInt() > high[i])
                        return false;
                }
            } else if (range.at(0).isLetter() && i != 3 && i != 4) {
                return false; // names exist for months and weekdays only
            }
            if (!m.captured(2).isEmpty() && m.captured(2).toInt() == 0)
                return false;
        }
    }
    return true;
}

void JobRules::check(RuleContext &context)
{
    for (const Json &job : context.snapshot.items(ClusterSnapshot::Jobs))
        checkJob(context, job);
    for (const Json &cronJob : context.snapshot.items(ClusterSnapshot::CronJobs))
        checkCronJob(context, cronJob);
}

void JobRules::checkJob(RuleContext &context, const Json &job)
{
    const Json &failed = conditionOf(job, "Failed");
    if (jsonText(failed, "status") != QLatin1String("True"))
        return;
    const ObjectRef ref = refOf(job, QStringLiteral("Job"));
    const QString reason = jsonText(failed, "reason");
    Finding f;
    f.object = ref;
    f.severity = Severity::Error;
    f.evidence.append(statusEvidence(ref, QStringLiteral("status.conditions[Failed]"),
                                     QStringLiteral("Failed=True (%1): %2").arg(reason, jsonText(failed, "message"))));
    const qint64 backoffLimit = jsonChild(jsonChild(job, "spec"), "backoffLimit").is_number_integer()
        ? jsonInt(jsonChild(job, "spec"), "backoffLimit") : 6;
    if (reason == QLatin1String("BackoffLimitExceeded")) {
        f.ruleId = QStringLiteral("job.backoff-limit-exceeded");
        f.headline = tr("Job %1 failed: its pods failed more than backoffLimit (%2) allows").arg(ref.name).arg(backoffLimit);
    } else if (reason == QLatin1String("DeadlineExceeded")) {
        f.ruleId = QStringLiteral("job.deadline-exceeded");
        f.headline = tr("Job %1 failed: it ran longer than activeDeadlineSeconds").arg(ref.name);
    } else {
        f.ruleId = QStringLiteral("job.failed");
        f.headline = tr("Job %1 failed (%2)").arg(ref.name, reason);
    }
    // Why the pods failed: their exit codes and the last error line.
    QStringList meanings;
    QString logError;
    for (const Json *pod : context.snapshot.podsOwnedBy(QStringLiteral("Job"), ref.namespaceName, ref.name)) {
        const ObjectRef podRef = refOf(*pod, QStringLiteral("Pod"));
        const Json &statuses = jsonChild(jsonChild(*pod, "status"), "containerStatuses");
        if (!statuses.is_array())
            continue;
        for (const Json &s : statuses) {
            const Json &t = jsonChild(jsonChild(s, "state"), "terminated");
            if (t.is_null() || jsonInt(t, "exitCode") == 0)
                continue;
            const QString container = jsonText(s, "name");
            f.evidence.append(statusEvidence(podRef, QStringLiteral("status.containerStatuses[%1].state.terminated").arg(container),
                                             tr("Pod %1: Terminated (%2), exit code %3").arg(podRef.name, jsonText(t, "reason")).arg(jsonInt(t, "exitCode"))));
            const QString meaning = CrashLoopRules::exitCodeMeaning(jsonInt(t, "exitCode"));
            if (!meanings.contains(meaning))
                meanings.append(meaning);
            if (logError.isEmpty() && context.logs) {
                if (const auto log = context.logs(podRef.namespaceName, podRef.name, container, false)) {
                    const LogClue clue = LogAnalyzer::analyze(*log);
                    for (int line : clue.lines)
                        f.evidence.append(logEvidence(podRef, container, false, line + 1, log->at(line).trimmed()));
                    logError = clue.error;
                }
            }
        }
    }
    f.cause = tr("The Job controller gave up: \"%1\". It will not start more pods.").arg(jsonText(failed, "message"));
    if (!meanings.isEmpty())
        f.cause += u' ' + meanings.join(u' ');
    if (!logError.isEmpty())
        f.cause += u' ' + tr("The failed pod's log ends with: \"%1\".").arg(logError);
    f.nextSteps.append({tr("Read the log of a failed pod."), QStringLiteral("kubectl -n %1 logs job/%2").arg(ref.namespaceName, ref.name)});
    f.nextSteps.append({tr("After fixing the cause, delete the Job and create it again (Jobs are not restarted)."),
                        QStringLiteral("kubectl -n %1 get job %2 -o yaml").arg(ref.namespaceName, ref.name)});
    context.add(f);
}

void JobRules::checkCronJob(RuleContext &context, const Json &cronJob)
{
    const ObjectRef ref = refOf(cronJob, QStringLiteral("CronJob"));
    const Json &spec = jsonChild(cronJob, "spec");
    const QString schedule = jsonText(spec, "schedule");
    Finding f;
    f.object = ref;
    if (!validCronSchedule(schedule)) {
        f.ruleId = QStringLiteral("cronjob.invalid-schedule");
        f.severity = Severity::Error;
        f.headline = tr("CronJob %1 has an invalid schedule \"%2\"").arg(ref.name, schedule);
        f.cause = tr("The schedule must have five fields (minute hour day-of-month month day-of-week) or be a macro "
                     "such as @hourly; the controller cannot run this one.");
        f.evidence.append(statusEvidence(ref, QStringLiteral("spec.schedule"), schedule));
        f.nextSteps.append({tr("Fix the schedule."), QStringLiteral("kubectl -n %1 edit cronjob/%2").arg(ref.namespaceName, ref.name)});
        context.add(f);
    } else if (jsonBool(spec, "suspend")) {
        f.ruleId = QStringLiteral("cronjob.suspended");
        f.severity = Severity::Info;
        f.headline = tr("CronJob %1 is suspended").arg(ref.name);
        f.cause = tr("spec.suspend is true, so no Jobs are created on the schedule \"%1\".").arg(schedule);
        f.evidence.append(statusEvidence(ref, QStringLiteral("spec.suspend"), QStringLiteral("suspend: true")));
        f.nextSteps.append({tr("Resume it when it should run again."),
                            QStringLiteral("kubectl -n %1 patch cronjob/%2 -p '{\"spec\":{\"suspend\":false}}'").arg(ref.namespaceName, ref.name)});
        context.add(f);
    }
}

} // namespace Kaji::Models
