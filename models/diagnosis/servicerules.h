#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// Services without ready endpoints (the selector matches no pod, or the
// pods it matches are not ready, pointing at their findings), and Ingresses
// whose backend Service, TLS Secret or IngressClass does not exist.
class ServiceRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ServiceRules)
public:
    static void check(RuleContext &context);

private:
    static void checkService(RuleContext &context, const Json &service);
    static void checkIngress(RuleContext &context, const Json &ingress);
};

} // namespace Kaji::Models
