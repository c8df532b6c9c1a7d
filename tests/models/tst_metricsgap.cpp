// Every way the metrics API can fail has its own words: nothing installed,
// registered but not Available (with the APIService's reason), forbidden
// (with the permission), the server's words otherwise.

#include "metrics/metricsgap.h"

#include <QTest>

using namespace Kaji;

namespace {

Kube::ApiResult failure(long status, const char *error)
{
    Kube::ApiResult r;
    r.status = status;
    r.error = QString::fromLatin1(error);
    return r;
}

Kube::ApiResult apiService(const char *available, const char *reason, const char *message)
{
    Kube::ApiResult r;
    r.status = 200;
    r.body = {{"kind", "APIService"},
              {"status", {{"conditions", nlohmann::json::array({{{"type", "Available"}, {"status", available},
                                                                  {"reason", reason}, {"message", message}}})}}}};
    return r;
}

} // namespace

class TestMetricsGap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nothingInstalled()
    {
        const auto gap = Models::explainMetricsFailure(failure(404, "the server could not find the requested resource"),
                                                       failure(404, "not found"));
        QCOMPARE(gap.kind, Models::MetricsGap::Kind::NoMetricsApi);
        QVERIFY(gap.text.contains(QStringLiteral("v1beta1.metrics.k8s.io")));
    }

    void registeredButUnavailable()
    {
        const auto gap = Models::explainMetricsFailure(
            failure(503, "the server is currently unable to handle the request"),
            apiService("False", "FailedDiscoveryCheck", "failing or missing response from https://127.0.0.1:4443"));
        QCOMPARE(gap.kind, Models::MetricsGap::Kind::ApiUnavailable);
        QVERIFY2(gap.text.contains(QStringLiteral("(FailedDiscoveryCheck): failing or missing response")), qPrintable(gap.text));
        // Without a readable APIService the server's words remain.
        const auto bare = Models::explainMetricsFailure(failure(503, "the server is currently unable to handle the request"), std::nullopt);
        QCOMPARE(bare.kind, Models::MetricsGap::Kind::ApiUnavailable);
        QVERIFY(bare.text.contains(QStringLiteral("currently unable")));
    }

    void forbiddenNamesThePermission()
    {
        const auto gap = Models::explainMetricsFailure(
            failure(403, "pods.metrics.k8s.io is forbidden: User \"jane\" cannot list resource \"pods\""), std::nullopt);
        QCOMPARE(gap.kind, Models::MetricsGap::Kind::Forbidden);
        QVERIFY(gap.text.contains(QStringLiteral("User \"jane\" cannot list")));
        QVERIFY(gap.text.contains(QStringLiteral("system:aggregated-metrics-reader")));
    }

    void availableApiFailingOtherwise()
    {
        const auto gap = Models::explainMetricsFailure(failure(500, "boom"), apiService("True", "Passed", "all checks passed"));
        QCOMPARE(gap.kind, Models::MetricsGap::Kind::Failed);
        QVERIFY(gap.text.contains(QStringLiteral("boom")));
        QCOMPARE(Models::notScrapedYet(QStringLiteral("pod shop/a")).kind, Models::MetricsGap::Kind::NotScrapedYet);
    }
};

QTEST_GUILESS_MAIN(TestMetricsGap)
#include "tst_metricsgap.moc"
