#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Plain data; any thread.
namespace Kaji::Kube {

// One question about the current user: may they VERB RESOURCE (in NS)?
struct AccessQuestion {
    QString verb; // get, list, watch, create, update, patch, delete, ...
    QString group; // empty for the core group
    QString resource; // plural: "deployments"
    QString subresource; // "scale", "log", ... or empty
    QString namespaceName; // empty for cluster-scoped resources
    QString name; // empty for collections
};

// The rules a SelfSubjectRulesReview returned for one namespace, evaluated
// the way RBAC matches them ("*" wildcards, "resource/subresource",
// "*/subresource", resourceNames). The review lists what is granted, never
// what is denied; when the server says the list may be short (incomplete,
// e.g. a webhook authorizer, or an evaluation error such as a binding to a
// missing role), a question the rules do not grant has no answer here.
class AccessRules {
public:
    enum class Answer { Allowed, Denied, Unknown };

    struct ResourceRule {
        QStringList verbs;
        QStringList apiGroups;
        QStringList resources;
        QStringList resourceNames;
    };

    // `status` of a SelfSubjectRulesReview answer.
    static AccessRules fromReviewStatus(const nlohmann::json &status);

    Answer answer(const AccessQuestion &question) const;
    bool complete() const { return !m_incomplete && m_evaluationError.isEmpty(); }
    const QString &evaluationError() const { return m_evaluationError; }
    const QList<ResourceRule> &rules() const { return m_rules; }

private:
    QList<ResourceRule> m_rules;
    bool m_incomplete = true; // until a review said otherwise
    QString m_evaluationError;
};

} // namespace Kaji::Kube
