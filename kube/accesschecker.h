#pragma once

#include "accessrules.h"
#include "apiclient.h"

#include <QHash>
#include <QObject>

#include <functional>

// The thread of its ApiClient (the connection thread).
namespace Kaji::Kube {

// Answers "may I VERB RESOURCE in NS" for the UI from one
// SelfSubjectRulesReview per namespace (cached), so enabling a pane's
// actions costs no request per action; a SelfSubjectAccessReview decides
// what incomplete rules leave open, and what they cannot express.
class AccessChecker : public QObject {
    Q_OBJECT
public:
    struct Decision {
        bool allowed = false;
        bool fromRules = false; // false: a SelfSubjectAccessReview decided
        QString error; // the server could not be asked: `allowed` is false
    };
    using Done = std::function<void(const Decision &decision)>;

    explicit AccessChecker(ApiClient *client, QObject *parent = nullptr);

    void check(const AccessQuestion &question, Done done);
    // The rules of `namespaceName`, asking the server once; later calls
    // reuse them until forget(). Cluster-scoped questions (no namespace) are
    // always asked as access reviews.
    void rules(const QString &namespaceName, std::function<void(const AccessRules &rules, const QString &error)> done);
    // RBAC changed (or the user switched): ask again next time.
    void forget() { m_rules.clear(); }

    int rulesReviewsSent() const { return m_rulesReviews; }
    int accessReviewsSent() const { return m_accessReviews; }

private:
    using RulesDone = std::function<void(const AccessRules &rules, const QString &error)>;

    void askAccessReview(const AccessQuestion &question, Done done);

    ApiClient *m_client;
    QHash<QString, AccessRules> m_rules;
    QHash<QString, QList<RulesDone>> m_waiting; // reviews in flight, per namespace
    int m_rulesReviews = 0;
    int m_accessReviews = 0;
};

} // namespace Kaji::Kube
