#pragma once

// DiagramInput from JSON for the diagram builders' tests: the recorded
// scenario of the local cluster (tests/data/diagnosis/scenario.json, made by
// record-scenario.py) and small hand-made objects.

#include "diagnosis/rulecontext.h"
#include "diagram/diagraminput.h"
#include "jsonfields.h"
#include "podrecord.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace KajiTest {

using Kaji::Models::DiagramInput;
using Kaji::Models::DiagramKind;
using Kaji::Models::KindAccess;
using nlohmann::json;

inline void addObject(DiagramInput &input, DiagramKind kind, const json &object)
{
    Kaji::Models::KindFacts &facts = input.kinds[kind];
    facts.access = KindAccess::Readable;
    const Kaji::Kube::ObjectFacts record
        = Kaji::Kube::objectFactsFromJson(object, Kaji::Models::diagramKindInfo(kind).shape);
    facts.objects.insert(record.key(), record);
}

// The pod reader fills claimNames in another branch; until then the test
// reads them the same way: persistentVolumeClaim.claimName, and
// "<pod>-<volume>" for generic ephemeral volumes.
inline Kaji::Kube::PodRecord podOf(const json &pod)
{
    Kaji::Kube::PodRecord record = Kaji::Kube::podRecordFromJson(pod);
    if (!record.claimNames.isEmpty())
        return record;
    const json &volumes = Kaji::Kube::jsonChild(Kaji::Kube::jsonChild(pod, "spec"), "volumes");
    if (!volumes.is_array())
        return record;
    for (const json &volume : volumes) {
        const QString claim = Kaji::Kube::jsonText(Kaji::Kube::jsonChild(volume, "persistentVolumeClaim"), "claimName");
        if (!claim.isEmpty())
            record.claimNames.append(claim);
        else if (Kaji::Kube::jsonChild(volume, "ephemeral").is_object())
            record.claimNames.append(record.name + u'-' + Kaji::Kube::jsonText(volume, "name"));
    }
    return record;
}

inline void addPod(DiagramInput &input, const json &pod)
{
    input.podAccess = KindAccess::Readable;
    const Kaji::Kube::PodRecord record = podOf(pod);
    input.pods.insert(record.key(), record);
}

// Every kind the scenario document holds (by plural resource name; claim
// events from "events"), all readable, and the moment it was recorded.
inline DiagramInput inputFromDocument(const json &document)
{
    DiagramInput input;
    for (const Kaji::Models::DiagramKindInfo &info : Kaji::Models::diagramKinds()) {
        const bool events = info.kind == DiagramKind::ClaimEvents;
        const json &items = Kaji::Kube::jsonChild(document, events ? "events" : info.resource.toUtf8().constData());
        input.kinds[info.kind].access = KindAccess::Readable;
        if (!items.is_array())
            continue;
        for (const json &item : items) {
            if (events
                && Kaji::Kube::jsonText(Kaji::Kube::jsonChild(item, "involvedObject"), "kind")
                    != QLatin1String("PersistentVolumeClaim"))
                continue;
            addObject(input, info.kind, item);
        }
    }
    input.podAccess = KindAccess::Readable;
    const json &pods = Kaji::Kube::jsonChild(document, "pods");
    if (pods.is_array()) {
        for (const json &pod : pods)
            addPod(input, pod);
    }
    input.nowEpochSecs = Kaji::Models::parseApiTime(Kaji::Kube::jsonText(document, "recordedAt"));
    return input;
}

inline json scenarioDocument()
{
    QFile file(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the recorded scenario");
    const QByteArray bytes = file.readAll();
    return json::parse(bytes.constBegin(), bytes.constEnd());
}

inline DiagramInput scenarioInput()
{
    return inputFromDocument(scenarioDocument());
}

// The scenario's object of `kind`, by namespace and name, to build variants from.
inline json scenarioObject(
    const json &document, const char *resource, const QString &namespaceName, const QString &name)
{
    for (const json &item : Kaji::Kube::jsonChild(document, resource)) {
        const json &meta = Kaji::Kube::jsonChild(item, "metadata");
        if (Kaji::Kube::jsonText(meta, "name") == name && Kaji::Kube::jsonText(meta, "namespace") == namespaceName)
            return item;
    }
    qFatal("scenario has no %s %s/%s", resource, qPrintable(namespaceName), qPrintable(name));
    return {};
}

} // namespace KajiTest

namespace KajiTest {

inline const Kaji::Models::DiagramNode *findNode(const Kaji::Models::DiagramGraph &graph, const QString &id)
{
    return graph.node(id);
}

inline const Kaji::Models::DiagramEdge *findEdge(
    const Kaji::Models::DiagramGraph &graph, const QString &from, const QString &to)
{
    for (const Kaji::Models::DiagramEdge &edge : graph.edges) {
        if (edge.from == from && edge.to == to)
            return &edge;
    }
    return nullptr;
}

inline QStringList edgesFrom(const Kaji::Models::DiagramGraph &graph, const QString &from)
{
    QStringList targets;
    for (const Kaji::Models::DiagramEdge &edge : graph.edges) {
        if (edge.from == from)
            targets.append(edge.to);
    }
    return targets;
}

} // namespace KajiTest

namespace KajiTest {

// Small hand-made objects: metadata with an optional controller.
inline json objectMeta(
    const QString &namespaceName, const QString &name, const QString &uid, const json &controller = nullptr)
{
    json meta
        = {{"name", name.toStdString()}, {"uid", uid.toStdString()}, {"creationTimestamp", "2026-11-26T22:00:00Z"}};
    if (!namespaceName.isEmpty())
        meta["namespace"] = namespaceName.toStdString();
    if (!controller.is_null())
        meta["ownerReferences"] = json::array({controller});
    return meta;
}

inline json controllerRef(const QString &kind, const QString &name, const QString &uid)
{
    return {
        {"kind", kind.toStdString()}, {"name", name.toStdString()}, {"uid", uid.toStdString()}, {"controller", true}};
}

enum class PodShape { Ready, CrashLooping, Unschedulable, Creating, NotReady, Completed };

// A pod as the API returns it, in one of a few telling states.
inline json podJson(const QString &namespaceName, const QString &name, const json &controller,
    PodShape shape = PodShape::Ready, const QStringList &claims = {})
{
    json pod = {{"metadata", objectMeta(namespaceName, name, QStringLiteral("uid-pod-") + name, controller)},
        {"spec", {{"containers", json::array({{{"name", "main"}}})}}}};
    pod["metadata"]["labels"] = {{"app", "demo"}};
    if (shape != PodShape::Unschedulable)
        pod["spec"]["nodeName"] = "node-1";
    json volumes = json::array();
    for (const QString &claim : claims)
        volumes.push_back(
            {{"name", claim.toStdString()}, {"persistentVolumeClaim", {{"claimName", claim.toStdString()}}}});
    pod["spec"]["volumes"] = volumes;
    json container = {{"name", "main"}, {"ready", false}, {"restartCount", 0}};
    json status = {{"phase", "Running"}};
    switch (shape) {
    case PodShape::Ready:
        container["ready"] = true;
        container["state"] = {{"running", json::object()}};
        break;
    case PodShape::CrashLooping:
        container["restartCount"] = 7;
        container["state"] = {{"waiting", {{"reason", "CrashLoopBackOff"}}}};
        break;
    case PodShape::Unschedulable:
        status = {{"phase", "Pending"},
            {"conditions",
                json::array({{{"type", "PodScheduled"}, {"status", "False"}, {"reason", "Unschedulable"}}})}};
        pod["status"] = status;
        return pod;
    case PodShape::Creating:
        status["phase"] = "Pending";
        container["state"] = {{"waiting", {{"reason", "ContainerCreating"}}}};
        break;
    case PodShape::NotReady: container["state"] = {{"running", json::object()}}; break;
    case PodShape::Completed:
        status["phase"] = "Succeeded";
        container["state"] = {{"terminated", {{"reason", "Completed"}, {"exitCode", 0}}}};
        break;
    }
    status["containerStatuses"] = json::array({container});
    pod["status"] = status;
    return pod;
}

} // namespace KajiTest
