// ExecPrecheck (issue 17): which container is not running and why, from
// pod objects as the API server returns them (the scenario's crash-looping,
// unscheduled and completed pods are checked against the real cluster in
// tst_execcli and tst_terminalshell). Bad input gives no message, never a crash.
#include "execprecheck.h"

#include <QTest>

using Kaji::Kube::ExecPrecheck;
using json = nlohmann::json;

namespace {

json pod(const json &status, bool scheduled = true)
{
    json p = {{"metadata", {{"namespace", "shop"}, {"name", "web-1"}}},
              {"spec", {{"containers", json::array({{{"name", "web"}}, {{"name", "sidecar"}}})},
                        {"initContainers", json::array({{{"name", "migrate"}}})}}},
              {"status", status}};
    if (scheduled)
        p["spec"]["nodeName"] = "node-1";
    return p;
}

} // namespace

class TestExecPrecheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runningIsFine()
    {
        const json p = pod({{"phase", "Running"},
                            {"containerStatuses", json::array({{{"name", "web"}, {"state", {{"running", {{"startedAt", "x"}}}}}},
                                                               {{"name", "sidecar"}, {"state", {{"waiting", {{"reason", "ContainerCreating"}}}}}}})}});
        QCOMPARE(ExecPrecheck::notRunning(p, QStringLiteral("web")), QString());
        // The other container of the same pod is named, with its reason.
        QCOMPARE(ExecPrecheck::notRunning(p, QStringLiteral("sidecar")),
                 QStringLiteral("Container sidecar in pod shop/web-1 is not running: waiting, ContainerCreating."));
    }

    void waitingWithLastExit()
    {
        const json p = pod({{"phase", "Running"},
                            {"containerStatuses", json::array({{{"name", "web"},
                                                                {"state", {{"waiting", {{"reason", "CrashLoopBackOff"}, {"message", "back-off 40s"}}}}},
                                                                {"lastState", {{"terminated", {{"exitCode", 137}, {"reason", "OOMKilled"}}}}}}})}});
        QCOMPARE(ExecPrecheck::notRunning(p, QStringLiteral("web")),
                 QStringLiteral("Container web in pod shop/web-1 is not running: waiting, CrashLoopBackOff (back-off 40s); "
                                "it last exited with code 137."));
    }

    void completedPod()
    {
        const json p = pod({{"phase", "Failed"},
                            {"containerStatuses", json::array({{{"name", "web"}, {"state", {{"terminated", {{"exitCode", 2}}}}}}})},
                            {"initContainerStatuses", json::array({{{"name", "migrate"}, {"state", {{"terminated", {{"exitCode", 0}, {"reason", "Completed"}}}}}}})}});
        QCOMPARE(ExecPrecheck::notRunning(p, QStringLiteral("web")),
                 QStringLiteral("Container web in pod shop/web-1 is not running: terminated, exit code 2; "
                                "the pod has completed (phase Failed)."));
        QVERIFY(ExecPrecheck::notRunning(p, QStringLiteral("migrate")).contains(QStringLiteral("terminated, Completed, exit code 0")));
    }

    void unscheduled()
    {
        const json withCondition = pod({{"phase", "Pending"},
                                        {"conditions", json::array({{{"type", "PodScheduled"}, {"status", "False"},
                                                                     {"reason", "Unschedulable"}, {"message", "0/4 nodes are available"}}})}},
                                       false);
        QCOMPARE(ExecPrecheck::notRunning(withCondition, QStringLiteral("web")),
                 QStringLiteral("Container web is not running: pod shop/web-1 is not scheduled to a node yet "
                                "(Unschedulable: 0/4 nodes are available)."));
        QVERIFY(ExecPrecheck::notRunning(pod({{"phase", "Pending"}}, false), QStringLiteral("web"))
                    .endsWith(QStringLiteral("(phase Pending).")));
    }

    void notStartedYet()
    {
        QCOMPARE(ExecPrecheck::notRunning(pod({{"phase", "Pending"}}), QStringLiteral("web")),
                 QStringLiteral("Container web in pod shop/web-1 is not running: not started yet."));
        // Running without a status for it yet: the server decides.
        QCOMPARE(ExecPrecheck::notRunning(pod({{"phase", "Running"}}), QStringLiteral("web")), QString());
    }

    void notOursToJudge()
    {
        QCOMPARE(ExecPrecheck::notRunning(pod({{"phase", "Pending"}}), QStringLiteral("no-such")), QString());
        QCOMPARE(ExecPrecheck::notRunning(json(), QStringLiteral("web")), QString());
        QCOMPARE(ExecPrecheck::notRunning(json::array({1, 2}), QStringLiteral("web")), QString());
        json odd = pod({{"phase", 7}, {"containerStatuses", "nonsense"}, {"conditions", 3}});
        odd["spec"]["nodeName"] = json::array();
        QVERIFY(!ExecPrecheck::notRunning(odd, QStringLiteral("web")).isEmpty()); // no crash, some sentence
    }
};

QTEST_GUILESS_MAIN(TestExecPrecheck)
#include "tst_execprecheck.moc"
