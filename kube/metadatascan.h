#pragma once

// Internal to kube/ (.cpp files only).

#include "jsonscan.h"
#include "tablerow.h"

namespace Kaji::Kube {

// Reads one field of an object's metadata into a record with the members
// every kind shares (TableRow, ObjectFacts): name, namespace, uid,
// resourceVersion, creation, deletion, labels, owners. False for a field
// it does not read, which the caller may want for itself.
template<typename Record>
bool readMetadataField(std::string_view key, JsonScan::Value v, Record &record)
{
    using namespace JsonScan;
    if (key == "name") {
        record.name = text(v);
    } else if (key == "namespace") {
        record.namespaceName = text(v);
    } else if (key == "uid") {
        record.uid = text(v);
    } else if (key == "resourceVersion") {
        record.resourceVersion = text(v);
    } else if (key == "creationTimestamp") {
        record.createdEpochSecs = epochSecs(v);
    } else if (key == "deletionTimestamp") {
        record.deleting = !isNull(v);
    } else if (key == "labels") {
        forFields(v, [&](std::string_view label, Value labelValue) {
            record.labels.append({QString::fromUtf8(label.data(), qsizetype(label.size())), text(labelValue)});
        });
    } else if (key == "ownerReferences") {
        forItems(v, [&](Value item) {
            OwnerReference owner;
            forFields(item, [&](std::string_view k, Value ov) {
                if (k == "kind")
                    owner.kind = text(ov);
                else if (k == "name")
                    owner.name = text(ov);
                else if (k == "uid")
                    owner.uid = text(ov);
                else if (k == "controller")
                    owner.controller = boolean(ov);
            });
            record.owners.append(std::move(owner));
        });
    } else {
        return false;
    }
    return true;
}

} // namespace Kaji::Kube
