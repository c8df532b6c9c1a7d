#include "rulecontext.h"

#include "snapshotread.h"

#include <QDateTime>

namespace Kaji::Models {

namespace {

QString indexKey(const ObjectRef &object)
{
    return object.kind + u'/' + object.namespaceName + u'/' + object.name;
}

} // namespace

void RuleContext::add(Finding finding)
{
    findingIndex[indexKey(finding.object)].append(findings.size());
    findings.append(std::move(finding));
}

bool RuleContext::within(qint64 epochSecs, qint64 windowSecs) const
{
    const bool inside = now - epochSecs <= windowSecs;
    // Time only moves on: "inside" turns false one second past the window,
    // "outside" never turns back.
    if (inside) {
        if (SnapshotReadLog *log = SnapshotReadLog::current())
            log->holdsUntil(epochSecs + windowSecs + 1);
    }
    return inside;
}

const ContainerUsage *RuleContext::usage() const
{
    if (recentUsage) {
        if (SnapshotReadLog *log = SnapshotReadLog::current())
            log->markVolatile();
    }
    return recentUsage;
}

QList<const Finding *> RuleContext::findingsAbout(const ObjectRef &object) const
{
    QList<const Finding *> about;
    for (qsizetype i : findingIndex.value(indexKey(object)))
        about.append(&std::as_const(findings)[i]);
    return about;
}

QString ContainerView::statusPath() const
{
    return (init ? QStringLiteral("status.initContainerStatuses[") : QStringLiteral("status.containerStatuses[")) + name
        + u']';
}

const Json &ContainerView::state(const char *which) const
{
    static const Json null;
    return status ? jsonChild(jsonChild(*status, "state"), which) : null;
}

const Json &ContainerView::lastTerminated() const
{
    static const Json null;
    return status ? jsonChild(jsonChild(*status, "lastState"), "terminated") : null;
}

QString metaName(const Json &object)
{
    return jsonText(jsonChild(object, "metadata"), "name");
}

QString metaNamespace(const Json &object)
{
    return jsonText(jsonChild(object, "metadata"), "namespace");
}

std::string_view metaNamespaceText(const Json &object)
{
    return jsonChild(jsonChild(object, "metadata"), "namespace").text();
}

ObjectRef refOf(const Json &object, const QString &kind)
{
    return ObjectRef{kind, metaNamespace(object), metaName(object)};
}

Evidence statusEvidence(const ObjectRef &object, const QString &fieldPath, const QString &text)
{
    Evidence e;
    e.kind = Evidence::Kind::StatusField;
    e.object = object;
    e.fieldPath = fieldPath;
    e.text = text;
    return e;
}

Evidence eventEvidence(const Json &event)
{
    const Json &involved = jsonChild(event, "involvedObject");
    Evidence e;
    e.kind = Evidence::Kind::Event;
    e.object = ObjectRef{jsonText(involved, "kind"), jsonText(involved, "namespace"), jsonText(involved, "name")};
    e.eventName = metaName(event);
    const qint64 count = jsonInt(event, "count");
    // Shaped like a `kubectl describe` Events line: type, reason, count, message.
    e.text = jsonText(event, "type") + u' ' + jsonText(event, "reason")
        + (count > 1 ? QStringLiteral(" (x%1)").arg(count) : QString()) + QStringLiteral(": ")
        + jsonText(event, "message").trimmed();
    return e;
}

Evidence objectEvidence(const ObjectRef &object, const QString &text)
{
    Evidence e;
    e.kind = Evidence::Kind::RelatedObject;
    e.object = object;
    e.text = text;
    return e;
}

Evidence logEvidence(const ObjectRef &pod, const QString &container, bool previous, int lineNumber,
                     const QString &text)
{
    Evidence e;
    e.kind = Evidence::Kind::LogLine;
    e.object = pod;
    e.container = container;
    e.previousLog = previous;
    e.lineNumber = lineNumber;
    e.text = text;
    return e;
}

QList<const Json *> eventsWith(const ClusterSnapshot &snapshot, const ObjectRef &object,
                                         const QStringList &reasons)
{
    QList<const Json *> events = snapshot.eventsFor(object.kind, object.namespaceName, object.name);
    if (reasons.isEmpty())
        return events;
    events.removeIf([&](const Json *event) { return !reasons.contains(jsonText(*event, "reason")); });
    return events;
}

const Json *lastEvent(const ClusterSnapshot &snapshot, const ObjectRef &object, const QStringList &reasons,
                                const QString &needle)
{
    const QList<const Json *> events = eventsWith(snapshot, object, reasons);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (needle.isEmpty() || jsonText(**it, "message").contains(needle))
            return *it;
    }
    return nullptr;
}

qint64 parseApiTime(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

const Json &conditionOf(const Json &object, const char *type)
{
    static const Json null;
    const Json &conditions = jsonChild(jsonChild(object, "status"), "conditions");
    if (!conditions.is_array())
        return null;
    for (const Json &condition : conditions) {
        if (jsonStdString(condition, "type") == type)
            return condition;
    }
    return null;
}

QString kubectlCommand(const ObjectRef &object, const QString &verb, const QString &extra)
{
    QString command = QStringLiteral("kubectl");
    if (!object.namespaceName.isEmpty())
        command += QStringLiteral(" -n ") + object.namespaceName;
    command += u' ' + verb + u' ' + object.kubectlName();
    if (!extra.isEmpty())
        command += u' ' + extra;
    return command;
}

} // namespace Kaji::Models
