// AccessChecker against the real cluster, for the admin and for the
// restricted user (jane: edit in shop only). Every answer is compared with
// the server's own SelfSubjectAccessReview for the same question, and the
// rules review is asked once per namespace. A RoleBinding to a missing role
// makes the rules review report an evaluation error: then what the rules do
// not grant is decided by an access review.

#include "accesschecker.h"
#include "clusterfixture.h"

using namespace Kaji::Kube;

namespace {

QList<AccessQuestion> grid(const QStringList &namespaces)
{
    struct Kind {
        const char *group;
        const char *resource;
        const char *subresource;
    };
    const Kind kinds[] = {{"", "pods", ""},          {"", "pods", "log"},      {"", "secrets", ""},
                          {"apps", "deployments", ""}, {"apps", "deployments", "scale"}, {"batch", "jobs", ""},
                          {"rbac.authorization.k8s.io", "roles", ""}};
    const char *verbs[] = {"get", "list", "watch", "create", "patch", "delete"};
    QList<AccessQuestion> out;
    for (const QString &ns : namespaces) {
        for (const Kind &kind : kinds) {
            for (const char *verb : verbs)
                out.append({QString::fromUtf8(verb), QString::fromUtf8(kind.group), QString::fromUtf8(kind.resource),
                            QString::fromUtf8(kind.subresource), ns, {}});
        }
    }
    for (const char *verb : {"list", "patch"}) // cluster-scoped
        out.append({QString::fromUtf8(verb), {}, QStringLiteral("nodes"), {}, {}, {}});
    out.append({QStringLiteral("list"), {}, QStringLiteral("namespaces"), {}, {}, {}});
    return out;
}

// What the server says, asked directly.
bool serverSays(ApiClient &client, const AccessQuestion &q)
{
    nlohmann::json attributes = {{"verb", q.verb.toStdString()}, {"group", q.group.toStdString()},
                                 {"resource", q.resource.toStdString()}, {"subresource", q.subresource.toStdString()},
                                 {"namespace", q.namespaceName.toStdString()}};
    const nlohmann::json review = {{"apiVersion", "authorization.k8s.io/v1"},
                                   {"kind", "SelfSubjectAccessReview"},
                                   {"spec", {{"resourceAttributes", attributes}}}};
    std::optional<ApiResult> result;
    client.send("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", QByteArray::fromStdString(review.dump()),
                [&](const ApiResult &r) { result = r; });
    if (!KajiTest::waitUntil([&] { return result.has_value(); }) || !result->ok())
        qFatal("access review failed");
    return result->body["status"].value("allowed", false);
}

AccessChecker::Decision decide(AccessChecker &checker, const AccessQuestion &q)
{
    std::optional<AccessChecker::Decision> decision;
    checker.check(q, [&](const AccessChecker::Decision &d) { decision = d; });
    if (!KajiTest::waitUntil([&] { return decision.has_value(); }))
        qFatal("no decision");
    return *decision;
}

QString describe(const AccessQuestion &q)
{
    return QStringLiteral("%1 %2.%3/%4 in '%5'").arg(q.verb, q.resource, q.group, q.subresource, q.namespaceName);
}

} // namespace

class TestAccessChecker : public QObject {
    Q_OBJECT
    QString m_ns;

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        m_ns = QStringLiteral("access-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
        // jane may view here, and is bound to a role that does not exist.
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("rolebinding"),
                           QStringLiteral("jane-view"), QStringLiteral("--clusterrole=view"),
                           QStringLiteral("--group=shop-developers")});
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("rolebinding"),
                           QStringLiteral("jane-missing"), QStringLiteral("--role=does-not-exist"),
                           QStringLiteral("--group=shop-developers")});
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void answersEqualTheServers_data()
    {
        QTest::addColumn<QString>("context");
        QTest::newRow("admin") << QStringLiteral("kaji-admin");
        QTest::newRow("restricted") << QStringLiteral("kaji-restricted");
    }

    void answersEqualTheServers()
    {
        QFETCH(QString, context);
        ApiClient client(KajiTest::restConfig(context));
        AccessChecker checker(&client);
        const QStringList namespaces = {QStringLiteral("shop"), QStringLiteral("batch")};
        int allowed = 0;
        const QList<AccessQuestion> questions = grid(namespaces);
        for (const AccessQuestion &q : questions) {
            const AccessChecker::Decision decision = decide(checker, q);
            QVERIFY2(decision.error.isEmpty(), qPrintable(decision.error));
            QVERIFY2(decision.allowed == serverSays(client, q), qPrintable(describe(q)));
            allowed += decision.allowed;
        }
        QCOMPARE(checker.rulesReviewsSent(), namespaces.size()); // once per namespace
        // Complete rules answer every namespaced question; cluster-scoped
        // ones (3 in the grid) are always access reviews.
        QCOMPARE(checker.accessReviewsSent(), 3);
        if (context == QLatin1String("kaji-restricted")) {
            QVERIFY(decide(checker, {QStringLiteral("delete"), {}, QStringLiteral("pods"), {}, QStringLiteral("shop"), {}}).allowed);
            QVERIFY(!decide(checker, {QStringLiteral("list"), {}, QStringLiteral("pods"), {}, QStringLiteral("batch"), {}}).allowed);
            QVERIFY(!decide(checker, {QStringLiteral("list"), {}, QStringLiteral("nodes"), {}, {}, {}}).allowed);
            QVERIFY(allowed > 0 && allowed < questions.size());
        } else {
            QCOMPARE(allowed, questions.size());
        }
    }

    void incompleteRulesFallBackToAccessReviews()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        AccessChecker checker(&client);
        std::optional<AccessRules> rules;
        checker.rules(m_ns, [&](const AccessRules &r, const QString &) { rules = r; });
        QVERIFY(KajiTest::waitUntil([&] { return rules.has_value(); }));
        QVERIFY2(!rules->complete(), "a binding to a missing role should make the review report an error");
        QVERIFY(rules->evaluationError().contains(QLatin1String("does-not-exist")));

        // Granted by the view binding: the rules say so without asking more.
        const auto list = decide(checker, {QStringLiteral("list"), {}, QStringLiteral("pods"), {}, m_ns, {}});
        QVERIFY(list.allowed);
        QVERIFY(list.fromRules);
        QCOMPARE(checker.accessReviewsSent(), 0);
        // Not granted by the rules, which may be short: the server decides.
        const auto del = decide(checker, {QStringLiteral("delete"), {}, QStringLiteral("pods"), {}, m_ns, {}});
        QVERIFY(!del.allowed);
        QVERIFY(!del.fromRules);
        QCOMPARE(checker.accessReviewsSent(), 1);
        QCOMPARE(checker.rulesReviewsSent(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccessChecker)
#include "tst_accesschecker.moc"
