#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// ErrImagePull, ImagePullBackOff, InvalidImageName: traced to the pull
// secret (missing, wrong type, no entry for the image's registry), the image
// reference (not found) or the registry's answer (denied, unreachable).
class ImagePullRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ImagePullRules)
public:
    static bool check(RuleContext &context, const Json &pod, const ContainerView &container);
    // "registry.example.com" for "registry.example.com/shop/payments:3.1.0";
    // "docker.io" for "nginx" or "library/nginx".
    static QString registryOf(const QString &image);
};

} // namespace Kaji::Models
