// The exec channel protocol (v4 and v5.channel.k8s.io): frames out, frames
// in, and the Status on channel 3 read as kubectl reads it.

#include "execframes.h"
#include "execsession.h"

#include <QTest>

using namespace Kaji::Kube;

class TestExecFrames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outgoingFrames()
    {
        QCOMPARE(ExecFrames::frame(ExecFrames::Stdin, "ls\n"), QByteArray("\x00ls\n", 4));
        QCOMPARE(ExecFrames::frame(ExecFrames::Stdin, {}), QByteArray(1, '\0'));
        QCOMPARE(ExecFrames::resizeFrame(120, 40), QByteArray("\x04{\"Width\":120,\"Height\":40}"));
        // The server reads uint16: nothing negative or wider goes out.
        QCOMPARE(ExecFrames::resizeFrame(-3, 70000), QByteArray("\x04{\"Width\":0,\"Height\":65535}"));
        // v5's close signal: channel 255, then the stream that ends.
        QCOMPARE(ExecFrames::closeFrame(ExecFrames::Stdin), QByteArray("\xff\x00", 2));
    }

    void decoderSplitsMessagesByChannel()
    {
        QList<QPair<int, QByteArray>> got;
        ExecFrames::Decoder decoder([&](quint8 channel, QByteArrayView data) {
            if (!got.isEmpty() && got.last().first == channel)
                got.last().second += data.toByteArray();
            else
                got.append({channel, data.toByteArray()});
        });
        decoder.feed("stray"); // before any message: dropped
        decoder.messageStarted();
        decoder.feed("\x01hel");
        decoder.feed("lo"); // the same message, cut by the transport
        decoder.messageStarted();
        decoder.feed(QByteArrayView("\x02", 1)); // the channel byte alone
        decoder.feed("oops");
        decoder.messageStarted();
        decoder.feed(QByteArrayView("\x01", 1)); // an empty message
        decoder.messageStarted();
        decoder.feed("\x03{\"status\":\"Success\"}");
        const QList<QPair<int, QByteArray>> want = {
            {1, "hello"}, {2, "oops"}, {3, "{\"status\":\"Success\"}"}};
        QCOMPARE(got, want);
    }

    void statusSuccess()
    {
        const auto status = ExecFrames::parseStatus(R"({"metadata":{},"status":"Success"})");
        QCOMPARE(status.outcome, ExecFrames::Status::Outcome::Success);
        QCOMPARE(status.exitCode, 0);
    }

    void statusNonZeroExit()
    {
        // As the kubelet (and cri-streaming) writes it.
        const auto status = ExecFrames::parseStatus(
            R"({"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c exit 42], exit code 42","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"42"}]}})");
        QCOMPARE(status.outcome, ExecFrames::Status::Outcome::NonZeroExit);
        QCOMPARE(status.exitCode, 42);
        QCOMPARE(status.reason, QStringLiteral("NonZeroExitCode"));
    }

    void statusInternalError()
    {
        const auto status = ExecFrames::parseStatus(
            R"({"metadata":{},"status":"Failure","message":"error executing command in container: cmd start: /bin/bash : fork/exec /bin/bash: no such file or directory","reason":"InternalError","details":{"causes":[{"message":"x"}]},"code":500})");
        QCOMPARE(status.outcome, ExecFrames::Status::Outcome::Failure);
        QCOMPARE(status.exitCode, -1);
        QCOMPARE(status.reason, QStringLiteral("InternalError"));
        QVERIFY(status.message.contains(QLatin1String("no such file or directory")));
    }

    void statusBrokenInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("command terminated");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no status") << QByteArray(R"({"reason":"NonZeroExitCode"})");
    }
    void statusBrokenInput()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(ExecFrames::parseStatus(json).outcome, ExecFrames::Status::Outcome::Unreadable);
    }

    void exitCodeWithoutCauseIsAFailure()
    {
        // NonZeroExitCode whose cause is missing or not a number: no code is made up.
        for (const char *json :
             {R"({"status":"Failure","reason":"NonZeroExitCode"})",
              R"({"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"x"}]}})",
              R"({"status":"Failure","reason":"NonZeroExitCode","details":{"causes":"42"}})"}) {
            const auto status = ExecFrames::parseStatus(json);
            QCOMPARE(status.outcome, ExecFrames::Status::Outcome::Failure);
            QCOMPARE(status.exitCode, -1);
        }
    }

    void requestPaths()
    {
        ExecRequest request{QStringLiteral("shop"), QStringLiteral("web-1"), QStringLiteral("app"),
                            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo a&b")}};
        QCOMPARE(ExecSession::path(request),
                 QByteArray("/api/v1/namespaces/shop/pods/web-1/exec?container=app&command=sh&command=-c"
                            "&command=echo%20a%26b&stdout=true&stderr=true"));
        request.stdinOpen = true;
        request.tty = true;
        request.container.clear();
        QCOMPARE(ExecSession::path(request),
                 QByteArray("/api/v1/namespaces/shop/pods/web-1/exec?command=sh&command=-c"
                            "&command=echo%20a%26b&stdin=true&stdout=true&tty=true"));
        request.attach = true;
        QCOMPARE(ExecSession::path(request),
                 QByteArray("/api/v1/namespaces/shop/pods/web-1/attach?stdin=true&stdout=true&tty=true"));
    }
};

QTEST_GUILESS_MAIN(TestExecFrames)
#include "tst_execframes.moc"
