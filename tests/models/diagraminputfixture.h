#pragma once

// DiagramInput from JSON documents shaped like tests/data/diagnosis/scenario.json
// ({"services": [...], "pods": [...], ...}: API objects under their plural
// resource names), and edge lookup, for the diagram builders' tests.

#include "diagnosis/rulecontext.h"
#include "diagram/diagramgraph.h"
#include "diagram/diagraminput.h"
#include "jsonfields.h"
#include "podrecord.h"

#include <QFile>

namespace KajiTest {

inline nlohmann::json loadJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    return nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
}

// Stands in for Kube::objectFactsFromJson until it is in this branch: the
// metadata as ObjectFacts reads it, and the whole object as `fields` (a
// superset of any shape, so builders read the same paths).
inline Kaji::Kube::ObjectFacts factsFromJson(const nlohmann::json &object)
{
    using Kaji::Kube::jsonChild;
    using Kaji::Kube::jsonText;
    Kaji::Kube::ObjectFacts facts;
    const nlohmann::json &meta = jsonChild(object, "metadata");
    facts.namespaceName = jsonText(meta, "namespace");
    facts.name = jsonText(meta, "name");
    facts.uid = jsonText(meta, "uid");
    facts.resourceVersion = jsonText(meta, "resourceVersion");
    facts.createdEpochSecs = Kaji::Models::parseApiTime(jsonText(meta, "creationTimestamp"));
    facts.deleting = jsonChild(meta, "deletionTimestamp").is_string();
    const nlohmann::json &labels = jsonChild(meta, "labels");
    if (labels.is_object()) {
        for (auto it = labels.begin(); it != labels.end(); ++it)
            facts.labels.append({QString::fromStdString(it.key()),
                                 it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString()});
    }
    const nlohmann::json &owners = jsonChild(meta, "ownerReferences");
    if (owners.is_array()) {
        for (const nlohmann::json &owner : owners)
            facts.owners.append({jsonText(owner, "kind"), jsonText(owner, "name"), jsonText(owner, "uid"),
                                 Kaji::Kube::jsonBool(owner, "controller")});
    }
    facts.fields = object;
    return facts;
}

// The declared ports, restartable init containers included, as the pod
// reader is to fill them (set here until it does).
inline Kaji::Kube::PodRecord podFromJson(const nlohmann::json &pod)
{
    using Kaji::Kube::jsonChild;
    using Kaji::Kube::jsonText;
    Kaji::Kube::PodRecord record = Kaji::Kube::podRecordFromJson(pod);
    record.ports.clear();
    const nlohmann::json &spec = jsonChild(pod, "spec");
    for (const char *list : {"initContainers", "containers"}) {
        const nlohmann::json &containers = jsonChild(spec, list);
        if (!containers.is_array())
            continue;
        for (const nlohmann::json &container : containers) {
            if (list[0] == 'i' && jsonText(container, "restartPolicy") != QLatin1String("Always"))
                continue;
            const nlohmann::json &ports = jsonChild(container, "ports");
            if (!ports.is_array())
                continue;
            for (const nlohmann::json &port : ports)
                record.ports.append({jsonText(container, "name"), jsonText(port, "name"),
                                     int(Kaji::Kube::jsonInt(port, "containerPort")), jsonText(port, "protocol")});
        }
    }
    return record;
}

// Adds the objects of `kinds` found in `document` (under their resource
// names) and its pods; every kind named becomes Readable, listed or not.
inline void addToInput(Kaji::Models::DiagramInput &input, const nlohmann::json &document,
                       const QList<Kaji::Models::DiagramKind> &kinds)
{
    using namespace Kaji::Models;
    for (DiagramKind kind : kinds) {
        KindFacts &facts = input.kinds[kind];
        facts.access = KindAccess::Readable;
        const nlohmann::json &items = Kaji::Kube::jsonChild(document, diagramKindInfo(kind).resource.toUtf8().constData());
        if (!items.is_array())
            continue;
        for (const nlohmann::json &item : items) {
            Kaji::Kube::ObjectFacts facts1 = factsFromJson(item);
            facts.objects.insert(facts1.key(), facts1);
        }
    }
    const nlohmann::json &pods = Kaji::Kube::jsonChild(document, "pods");
    if (pods.is_array()) {
        input.podAccess = KindAccess::Readable;
        for (const nlohmann::json &pod : pods) {
            const Kaji::Kube::PodRecord record = podFromJson(pod);
            input.pods.insert(record.key(), record);
        }
    }
}

// The first edge from → to, or null.
inline const Kaji::Models::DiagramEdge *findEdge(const Kaji::Models::DiagramGraph &graph, const QString &from,
                                                 const QString &to)
{
    for (const Kaji::Models::DiagramEdge &edge : graph.edges) {
        if (edge.from == from && edge.to == to)
            return &edge;
    }
    return nullptr;
}

} // namespace KajiTest
