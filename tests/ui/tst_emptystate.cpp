// The words an empty table shows (EmptyStateOverlay::describe): which
// reason wins, the counts, and the API server's 403 taken apart into who
// was refused which verb on which resource.

#include "emptystateoverlay.h"

#include <QTableView>
#include <QTest>

using namespace Kaji::Ui;
using Facts = EmptyStateOverlay::Facts;
using State = EmptyStateOverlay::DataState;

class TestEmptyState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsShownSayNothing()
    {
        QVERIFY(EmptyStateOverlay::describe({QStringLiteral("Pods"), 5, 5, {}, {}, State::Live, {}}).title.isEmpty());
        // Stale rows while reconnecting: the banner says it, the rows stay readable.
        QVERIFY(EmptyStateOverlay::describe({QStringLiteral("Pods"), 5, 5, {}, {}, State::Reconnecting, QStringLiteral("x")})
                    .title.isEmpty());
    }

    void emptyKindAndNamespace()
    {
        const auto none = EmptyStateOverlay::describe({QStringLiteral("Jobs"), 0, 0, {}, {}, State::Live, {}});
        QCOMPARE(none.title, QStringLiteral("No Jobs in this cluster"));
        const auto inShop = EmptyStateOverlay::describe(
            {QStringLiteral("Jobs"), 0, 0, {}, {QStringLiteral("shop"), QStringLiteral("web")}, State::Live, {}});
        QCOMPARE(inShop.title, QStringLiteral("No Jobs in shop, web"));
        QCOMPARE(inShop.action, EmptyStateOverlay::Action::None);
        // Rows elsewhere, hidden by the namespace choice.
        const auto elsewhere = EmptyStateOverlay::describe(
            {QStringLiteral("Jobs"), 7, 0, {}, {QStringLiteral("shop")}, State::Live, {}});
        QCOMPARE(elsewhere.title, QStringLiteral("No Jobs in shop"));
        QVERIFY2(elsewhere.detail.startsWith(QLatin1String("7 object")), qPrintable(elsewhere.detail));
    }

    void filterHidesRows()
    {
        const auto text = EmptyStateOverlay::describe({QStringLiteral("Pods"), 12, 0, QStringLiteral("app=web"), {}, State::Live, {}});
        QCOMPARE(text.title, QStringLiteral("No Pods match \"app=web\""));
        QVERIFY2(text.detail.startsWith(QLatin1String("The filter hides 12 object")), qPrintable(text.detail));
        QCOMPARE(text.action, EmptyStateOverlay::Action::ClearFilter);
    }

    void forbiddenNamesUserVerbAndResource()
    {
        const QString clusterScope = QStringLiteral(
            "nodes is forbidden: User \"jane@kaji.test\" cannot list resource \"nodes\" in API group \"\" at the cluster scope");
        const auto nodes = EmptyStateOverlay::describe({QStringLiteral("Nodes"), 0, 0, {}, {}, State::Forbidden, clusterScope});
        QCOMPARE(nodes.title, QStringLiteral("No permission to list nodes"));
        QVERIFY(nodes.detail.contains(QLatin1String("\"jane@kaji.test\"")));
        QVERIFY(nodes.detail.contains(QLatin1String("at the cluster scope")));
        QVERIFY(nodes.detail.contains(QLatin1String("ClusterRole")));
        QVERIFY(nodes.detail.contains(QLatin1String("every minute")));

        const QString inNamespace = QStringLiteral(
            "deployments.apps is forbidden: User \"system:serviceaccount:ci:deployer\" cannot watch resource "
            "\"deployments\" in API group \"apps\" in the namespace \"infra\"");
        const auto deployments = EmptyStateOverlay::describe(
            {QStringLiteral("Deployments"), 0, 0, {}, {}, State::Forbidden, inNamespace});
        QCOMPARE(deployments.title, QStringLiteral("No permission to watch deployments.apps"));
        QVERIFY(deployments.detail.contains(QLatin1String("\"system:serviceaccount:ci:deployer\"")));
        QVERIFY(deployments.detail.contains(QLatin1String("in namespace infra")));

        // Words the pattern does not know are shown as the server wrote them.
        const auto other = EmptyStateOverlay::describe({QStringLiteral("Pods"), 0, 0, {}, {}, State::Forbidden,
                                                        QStringLiteral("Forbidden by policy gate")});
        QCOMPARE(other.title, QStringLiteral("Access denied"));
        QVERIFY(other.detail.contains(QLatin1String("Forbidden by policy gate")));
    }

    void connectionFailures()
    {
        const auto failed = EmptyStateOverlay::describe(
            {QStringLiteral("Pods"), 0, 0, {}, {}, State::Reconnecting, QStringLiteral("Couldn't connect to server")});
        QCOMPARE(failed.title, QStringLiteral("Cannot reach the cluster"));
        QVERIFY(failed.detail.contains(QLatin1String("Couldn't connect to server")));
        QVERIFY(failed.detail.contains(QLatin1String("30 seconds")));
        QCOMPARE(EmptyStateOverlay::describe({QStringLiteral("Pods"), 0, 0, {}, {}, State::Loading, {}}).title,
                 QStringLiteral("Loading Pods…"));
        QCOMPARE(EmptyStateOverlay::describe({QStringLiteral("Pods"), 0, 0, {}, {}, State::Disconnected, QStringLiteral("x")}).title,
                 QStringLiteral("Not connected"));
    }

    void overlayFollowsTheView()
    {
        QTableView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        EmptyStateOverlay overlay(&view);
        overlay.present({QStringLiteral("Pods"), 3, 0, QStringLiteral("zzz"), {}, State::Live, {}});
        QVERIFY(overlay.isVisible());
        QCOMPARE(overlay.geometry(), view.viewport()->rect());
        view.resize(900, 500);
        QTRY_COMPARE(overlay.geometry(), view.viewport()->rect());
        overlay.present({QStringLiteral("Pods"), 3, 3, QString(), {}, State::Live, {}});
        QVERIFY(!overlay.isVisible());
        QVERIFY(overlay.title().isEmpty());
    }
};

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
