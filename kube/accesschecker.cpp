#include "accesschecker.h"

#include <QCoreApplication>
#include <QPointer>

namespace Kaji::Kube {

AccessChecker::AccessChecker(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void AccessChecker::rules(const QString &namespaceName, RulesDone done)
{
    if (namespaceName.isEmpty()) {
        done(AccessRules(), QCoreApplication::translate("Kaji::Kube::AccessChecker", "rules are reviewed per namespace"));
        return;
    }
    if (const auto it = m_rules.constFind(namespaceName); it != m_rules.constEnd()) {
        done(*it, {});
        return;
    }
    QList<RulesDone> &waiting = m_waiting[namespaceName];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return; // one review per namespace in flight
    const nlohmann::json review = {{"apiVersion", "authorization.k8s.io/v1"},
                                   {"kind", "SelfSubjectRulesReview"},
                                   {"spec", {{"namespace", namespaceName.toStdString()}}}};
    ++m_rulesReviews;
    m_client->send("POST", "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews", QByteArray::fromStdString(review.dump()),
                   [self = QPointer<AccessChecker>(this), namespaceName](const ApiResult &result) {
                       if (!self)
                           return;
                       const bool answered = result.ok() && result.body.is_object();
                       const AccessRules rules = answered ? AccessRules::fromReviewStatus(result.body.value("status", nlohmann::json()))
                                                          : AccessRules();
                       if (answered)
                           self->m_rules.insert(namespaceName, rules);
                       const QList<RulesDone> callbacks = self->m_waiting.take(namespaceName);
                       for (const RulesDone &callback : callbacks)
                           callback(rules, result.error);
                   });
}

void AccessChecker::check(const AccessQuestion &question, Done done)
{
    // A rules review needs a namespace, and its rules mix what cluster-wide
    // bindings grant with what that namespace's RoleBindings grant, which
    // never covers cluster-scoped resources: only an access review can say.
    if (question.namespaceName.isEmpty()) {
        askAccessReview(question, std::move(done));
        return;
    }
    rules(question.namespaceName, [self = QPointer<AccessChecker>(this), question, done = std::move(done)](
                                      const AccessRules &rules, const QString &) {
        if (!self)
            return;
        // A failed rules review leaves every question Unknown: the access
        // review then gives the answer or the error.
        switch (rules.answer(question)) {
        case AccessRules::Answer::Allowed: done({true, true, {}}); return;
        case AccessRules::Answer::Denied: done({false, true, {}}); return;
        case AccessRules::Answer::Unknown: self->askAccessReview(question, done); return;
        }
    });
}

void AccessChecker::askAccessReview(const AccessQuestion &question, Done done)
{
    nlohmann::json attributes = {{"verb", question.verb.toStdString()},
                                 {"group", question.group.toStdString()},
                                 {"resource", question.resource.toStdString()}};
    if (!question.subresource.isEmpty())
        attributes["subresource"] = question.subresource.toStdString();
    if (!question.namespaceName.isEmpty())
        attributes["namespace"] = question.namespaceName.toStdString();
    if (!question.name.isEmpty())
        attributes["name"] = question.name.toStdString();
    const nlohmann::json review = {{"apiVersion", "authorization.k8s.io/v1"},
                                   {"kind", "SelfSubjectAccessReview"},
                                   {"spec", {{"resourceAttributes", attributes}}}};
    ++m_accessReviews;
    m_client->send("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", QByteArray::fromStdString(review.dump()),
                   [done = std::move(done)](const ApiResult &result) {
                       if (!result.ok()) {
                           done({false, false, result.error});
                           return;
                       }
                       const nlohmann::json status = result.body.is_object() ? result.body.value("status", nlohmann::json()) : nlohmann::json();
                       const auto allowed = status.is_object() ? status.find("allowed") : status.end();
                       done({allowed != status.end() && allowed->is_boolean() && allowed->get<bool>(), false, {}});
                   });
}

} // namespace Kaji::Kube
