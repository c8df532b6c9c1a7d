#pragma once

#include "kubeconfig.h"

#include <QString>

#include <optional>

// Pure functions; any thread.
namespace Kaji::Models {

// What an EKS user entry says about the AWS identity it signs in as: the
// exec plugin `aws eks get-token` (or aws-iam-authenticator) with its
// cluster, region and profile.
struct EksIdentity {
    QString cluster;
    QString region; // empty: the profile's default
    QString profile; // empty: the default profile
};

std::optional<EksIdentity> eksIdentityOf(const Kube::UserEntry &user);

enum class Refusal { Unauthenticated, Forbidden };

// Why an EKS cluster refused its first request, in the terms of the seed
// notes (an IAM principal, its access entry or aws-auth mapping), with the
// commands that check it.
QString eksRefusalHint(const EksIdentity &identity, Refusal refusal);

} // namespace Kaji::Models
