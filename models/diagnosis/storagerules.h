#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// PersistentVolumeClaims stuck Pending: no StorageClass (named one missing,
// or none named and no default), a provisioner that is not installed, no
// matching PersistentVolume for static provisioning, ProvisioningFailed;
// PersistentVolumes in phase Failed.
class StorageRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::StorageRules)
public:
    static void check(RuleContext &context);

private:
    static void checkClaim(RuleContext &context, const Json &claim);
};

} // namespace Kaji::Models
