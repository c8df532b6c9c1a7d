#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// Plain values; any thread (built on a worker, read on the GUI thread).
namespace Kaji::Models {

enum class Severity { Critical = 0, Error = 1, Warning = 2, Info = 3 };

// "critical", "error", ...: stable names for JSON and scripts.
QString severityName(Severity severity);
// Translated for display.
QString severityLabel(Severity severity);

struct ObjectRef {
    QString kind; // "Pod", "Service", ... (API kind, singular)
    QString namespaceName; // empty for cluster-scoped kinds
    QString name;

    bool isNull() const { return kind.isEmpty(); }
    // "Pod shop/orders-api-1", "Node kaji-worker-1".
    QString display() const;
    // "pod/orders-api-1" as kubectl takes it.
    QString kubectlName() const;
    bool operator==(const ObjectRef &other) const = default;
};

struct Evidence {
    enum class Kind { StatusField, Event, LogLine, RelatedObject };
    Kind kind = Kind::StatusField;
    QString text;
    // Where to jump: the object that holds it (for events: the object the
    // event is about), plus the field path, the log position or the event.
    ObjectRef object;
    QString fieldPath; // StatusField: "status.containerStatuses[orders-api].lastState.terminated"
    QString container; // LogLine
    bool previousLog = false; // LogLine: the previous instance's log
    int lineNumber = 0; // LogLine: 1-based within the tail that was read
    QString eventName; // Event: metadata.name of the Event

    // A stable address: "pod/shop/x#status...", "log:pod/shop/x/c?previous#L57",
    // "event:shop/x.17a...@pod/shop/x", "service/shop/legacy-search".
    QString reference() const;
    // The reverse, for a clicked link: kind (lower case in `object.kind`),
    // object, field, container, previous, line and event; `text` stays
    // empty. nullopt for something that is not a reference.
    static std::optional<Evidence> fromReference(const QString &reference);
};

struct NextStep {
    QString text;
    QString command; // the equivalent kubectl command, may be empty
};

struct Finding {
    QString ruleId; // stable, e.g. "pod.image-pull.secret-missing"
    Severity severity = Severity::Warning;
    ObjectRef object;
    QString headline; // one line
    QString cause; // the explanation, traced across resources
    QList<Evidence> evidence;
    QList<NextStep> nextSteps;
    // Findings about other objects this one is explained by (a Deployment's
    // failing pod, the Service a crash loop could not reach).
    QList<ObjectRef> relatedFindings;
    // The controllers above the object (ReplicaSet, then Deployment; Job,
    // then CronJob), so a workload's details and table row can show what
    // is wrong with its pods.
    QList<ObjectRef> owners;

    // About `object` itself or one of the objects it is owned by.
    bool concerns(const ObjectRef &other) const { return object == other || owners.contains(other); }
};

using Findings = QList<Finding>;

// Most severe first; then kind, namespace, name, rule: a stable order.
void sortFindings(Findings &findings);

} // namespace Kaji::Models

Q_DECLARE_METATYPE(Kaji::Models::Finding)
