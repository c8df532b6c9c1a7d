#pragma once

#include <Qt>

// Any thread; plain constants.
namespace Kaji::Models {

// Roles every resource table model answers, so one delegate and one proxy
// serve them all.
enum TableRole {
    HealthRole = Qt::UserRole + 1, // Health as int
    KeyRole, // "namespace/name" (or "name" for cluster-wide kinds)
    SortRole, // a value that sorts naturally (numbers as numbers)
    LabelsRole, // Kube::LabelSelector::Labels of the row's object
    // From the latest diagnosis (FindingBadges): the worst Severity as int
    // of the findings about the row's object or its pods, invalid when
    // there are none; and the headline(s) for a tooltip.
    FindingSeverityRole,
    FindingTextRole,
};

// What a row's state means at a glance; colours are the view's business.
enum class Health { Healthy, Progressing, Failing, Finished };

} // namespace Kaji::Models
