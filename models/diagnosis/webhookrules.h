#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// Admission webhooks whose Service is missing or has no ready endpoints:
// with failurePolicy Fail every matching API request is rejected, which
// shows up far away (Deployments that create no pods, failed applies).
class WebhookRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::WebhookRules)
public:
    static void check(RuleContext &context);

private:
    static void checkConfiguration(RuleContext &context, const Json &configuration, const QString &kind);
};

} // namespace Kaji::Models
