// AccessRules matches a SelfSubjectRulesReview's rules the way RBAC does;
// what the rules do not grant is denied only when the review was complete.

#include "accessrules.h"

#include <QTest>

using namespace Kaji::Kube;

namespace {

AccessRules rulesFrom(const char *status)
{
    return AccessRules::fromReviewStatus(nlohmann::json::parse(status));
}

AccessQuestion question(const char *verb, const char *group, const char *resource, const char *ns = "shop",
                        const char *subresource = "", const char *name = "")
{
    return {QString::fromUtf8(verb),          QString::fromUtf8(group), QString::fromUtf8(resource),
            QString::fromUtf8(subresource), QString::fromUtf8(ns),    QString::fromUtf8(name)};
}

} // namespace

class TestAccessRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesLikeRbac()
    {
        const AccessRules rules = rulesFrom(R"({"incomplete": false, "resourceRules": [
            {"verbs": ["get", "list"], "apiGroups": [""], "resources": ["pods", "pods/log"]},
            {"verbs": ["*"], "apiGroups": ["apps"], "resources": ["deployments"]},
            {"verbs": ["patch"], "apiGroups": ["*"], "resources": ["*/scale"]},
            {"verbs": ["get"], "apiGroups": [""], "resources": ["secrets"], "resourceNames": ["tls"]}]})");
        QVERIFY(rules.complete());
        using A = AccessRules::Answer;
        QCOMPARE(rules.answer(question("list", "", "pods")), A::Allowed);
        QCOMPARE(rules.answer(question("get", "", "pods", "shop", "log")), A::Allowed);
        QCOMPARE(rules.answer(question("get", "", "pods", "shop", "exec")), A::Denied); // pods does not cover subresources
        QCOMPARE(rules.answer(question("delete", "", "pods")), A::Denied);
        QCOMPARE(rules.answer(question("delete", "apps", "deployments")), A::Allowed);
        QCOMPARE(rules.answer(question("delete", "", "deployments")), A::Denied); // wrong group
        QCOMPARE(rules.answer(question("patch", "apps", "statefulsets", "shop", "scale")), A::Allowed);
        QCOMPARE(rules.answer(question("patch", "apps", "statefulsets")), A::Denied);
        QCOMPARE(rules.answer(question("get", "", "secrets", "shop", "", "tls")), A::Allowed);
        QCOMPARE(rules.answer(question("get", "", "secrets", "shop", "", "other")), A::Denied);
        QCOMPARE(rules.answer(question("list", "", "secrets")), A::Denied); // names never grant the collection
    }

    void incompleteRulesLeaveTheRestOpen()
    {
        const AccessRules incomplete = rulesFrom(R"({"incomplete": true, "resourceRules": [
            {"verbs": ["list"], "apiGroups": [""], "resources": ["pods"]}]})");
        QVERIFY(!incomplete.complete());
        QCOMPARE(incomplete.answer(question("list", "", "pods")), AccessRules::Answer::Allowed);
        QCOMPARE(incomplete.answer(question("delete", "", "pods")), AccessRules::Answer::Unknown);

        const AccessRules failed = rulesFrom(R"({"incomplete": false, "evaluationError": "role x not found",
            "resourceRules": []})");
        QVERIFY(!failed.complete());
        QCOMPARE(failed.evaluationError(), QStringLiteral("role x not found"));
        QCOMPARE(failed.answer(question("list", "", "pods")), AccessRules::Answer::Unknown);
    }

    void badInputIsIncompleteNotACrash()
    {
        QVERIFY(!AccessRules::fromReviewStatus(nlohmann::json()).complete());
        QVERIFY(!AccessRules::fromReviewStatus(nlohmann::json::parse("[1,2]")).complete());
        const AccessRules odd = rulesFrom(R"({"resourceRules": [7, {"verbs": "get", "apiGroups": [3]}]})");
        QCOMPARE(odd.answer(question("get", "", "pods")), AccessRules::Answer::Denied);
    }
};

QTEST_GUILESS_MAIN(TestAccessRules)
#include "tst_accessrules.moc"
