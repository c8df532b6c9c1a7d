// The API server's Warning headers taken apart: the quoted text, escapes
// undone, any letter case of the name (HTTP/2 sends it in lower case), and
// nothing from other headers.

#include "warningheader.h"

#include <QTest>

using Kaji::Kube::WarningHeader::text;

class TestWarningHeader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void texts_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected"); // null: not a warning
        QTest::newRow("http/1.1") << QByteArray("Warning: 299 - \"spec.nodeSelector[beta.kubernetes.io/arch]: deprecated since v1.14\"\r\n")
                                  << QStringLiteral("spec.nodeSelector[beta.kubernetes.io/arch]: deprecated since v1.14");
        QTest::newRow("http/2") << QByteArray("warning: 299 - \"unknown field \\\"spec.replics\\\"\"\r\n")
                                << QStringLiteral("unknown field \"spec.replics\"");
        QTest::newRow("utf-8") << QByteArray("Warning: 299 - \"\xe8\xad\xa6\xe5\x91\x8a\"\r\n") << QStringLiteral("警告");
        QTest::newRow("unquoted") << QByteArray("Warning: something odd\r\n") << QStringLiteral("something odd");
        QTest::newRow("empty") << QByteArray("Warning: 299 - \"\"\r\n") << QString();
        QTest::newRow("other header") << QByteArray("Content-Type: application/json\r\n") << QString();
        QTest::newRow("named like it") << QByteArray("X-Warning: 299 - \"no\"\r\n") << QString();
        QTest::newRow("status line") << QByteArray("HTTP/1.1 200 OK\r\n") << QString();
        QTest::newRow("end of headers") << QByteArray("\r\n") << QString();
    }

    void texts()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const std::optional<QString> got = text(line);
        QCOMPARE(got.has_value(), !expected.isNull());
        if (got)
            QCOMPARE(*got, expected);
    }
};

QTEST_GUILESS_MAIN(TestWarningHeader)
#include "tst_warningheader.moc"
