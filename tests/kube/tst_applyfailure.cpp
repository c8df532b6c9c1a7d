// The API server's refusals of a server-side apply, taken apart: conflicts
// with their managers, validation causes, unknown fields and keys set twice,
// each at its line. The Status bodies in tests/data/apply are shaped as a
// v1.36 kube-apiserver sends them; most were recorded from one.

#include "applyfailure.h"
#include "manifestreader.h"

#include <QFile>
#include <QTest>

using namespace Kaji::Kube;
using nlohmann::json;

namespace {

const QByteArray Manifest = "# leading comment\n" // 1
                            "---\n"
                            "apiVersion: apps/v1\n" // 3
                            "kind: Deployment\n"
                            "metadata:\n" // 5
                            "  name: web\n"
                            "spec:\n" // 7
                            "  replicas: -1\n"
                            "  replics: 2\n" // 9
                            "  template:\n"
                            "    spec:\n" // 11
                            "      containers:\n"
                            "      - name: nginx\n" // 13
                            "        image: \"\"\n"
                            "        imagePullPolicy: Bad\n"; // 15

ManifestDocument deployment()
{
    const ManifestSet set = ManifestReader::read(Manifest, QStringLiteral("web.yaml"));
    if (set.documents.size() != 1)
        qFatal("the fixture does not read");
    return set.documents.first();
}

// A Status the server sent, from tests/data/apply.
ApiResult refusal(long status, const char *name)
{
    QFile file(QStringLiteral(KAJI_TEST_DATA_DIR "/apply/%1.json").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    ApiResult r;
    r.status = status;
    r.body = json::parse(file.readAll().toStdString());
    r.error = QString::fromStdString(r.body.value("message", ""));
    r.reason = QString::fromStdString(r.body.value("reason", ""));
    if (r.reason.isEmpty())
        r.reason = QStringLiteral("HTTP%1").arg(status);
    return r;
}

} // namespace

class TestApplyFailure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conflictsNameTheirManagers()
    {
        const ApplyFailure f = ApplyFailure::fromResult(refusal(409, "conflict"), deployment());
        QCOMPARE(f.status, 409L);
        QCOMPARE(f.reason, QStringLiteral("Conflict"));
        QCOMPARE(f.conflicts.size(), 2);
        QCOMPARE(f.conflicts[0].field, QStringLiteral(".spec.replicas"));
        QCOMPARE(f.conflicts[0].manager, QStringLiteral("kube-controller-manager"));
        QCOMPARE(f.conflicts[0].position, (YamlPosition{8, 3}));
        QCOMPARE(f.conflicts[1].manager, QStringLiteral("other"));
        QCOMPARE(f.conflicts[1].position, (YamlPosition{14, 9}));
        QCOMPARE(f.position, (YamlPosition{8, 3}));
        QVERIFY(f.problems.isEmpty());
    }

    void validationCausesPointAtTheirLines()
    {
        const ApplyFailure f = ApplyFailure::fromResult(refusal(422, "invalid"), deployment());
        QCOMPARE(f.reason, QStringLiteral("Invalid"));
        QCOMPARE(f.problems.size(), 3);
        QCOMPARE(f.problems[0].position, (YamlPosition{8, 3}));
        QCOMPARE(f.problems[1].field, QStringLiteral("spec.template.spec.containers[0].image"));
        QCOMPARE(f.problems[1].position, (YamlPosition{14, 9}));
        QCOMPARE(f.problems[2].position, (YamlPosition{15, 9}));
        QCOMPARE(f.problems[2].message, QStringLiteral("Unsupported value: \"Bad\""));
    }

    void unknownFieldUnderApplyIsAServerError()
    {
        // Apply reports a field its schema lacks as a 500 with text only.
        const ApplyFailure f = ApplyFailure::fromResult(refusal(500, "unknown-field"), deployment());
        QCOMPARE(f.status, 500L);
        QCOMPARE(f.problems.size(), 1);
        QCOMPARE(f.problems[0].field, QStringLiteral(".spec.replics"));
        QCOMPARE(f.problems[0].message, QStringLiteral("field not declared in schema"));
        QCOMPARE(f.problems[0].position, (YamlPosition{9, 3}));
        QCOMPARE(f.position, (YamlPosition{9, 3}));
    }

    void wrongTypeAndStrictDecoding()
    {
        const ApplyFailure wrongType = ApplyFailure::fromResult(refusal(500, "wrong-type"), deployment());
        QCOMPARE(wrongType.problems.size(), 1);
        QCOMPARE(wrongType.problems[0].position, (YamlPosition{14, 9}));
        // go-yaml counts lines from the start of the text sent: line 12 of
        // the document is line 14 of the file.
        const ApplyFailure repeated = ApplyFailure::fromResult(refusal(400, "repeated-key"), deployment());
        QCOMPARE(repeated.problems.size(), 1);
        QCOMPARE(repeated.problems[0].position, (YamlPosition{14, 1}));
        QCOMPARE(repeated.problems[0].message, QStringLiteral("key \"image\" already set in map"));
        const ApplyFailure unknown = ApplyFailure::fromResult(refusal(400, "strict-unknown-field"),
                                                              deployment());
        QCOMPARE(unknown.problems.size(), 1);
        QCOMPARE(unknown.problems[0].position, (YamlPosition{9, 3}));
    }

    void failuresWithoutFields()
    {
        ApiResult unreachable;
        unreachable.error = QStringLiteral("Could not connect to server");
        unreachable.reason = QStringLiteral("ConnectionFailed");
        const ApplyFailure f = ApplyFailure::fromResult(unreachable, deployment());
        QCOMPARE(f.status, 0L);
        QCOMPARE(f.message, QStringLiteral("Could not connect to server"));
        QCOMPARE(f.position, (YamlPosition{3, 1}));
        const ApplyFailure forbidden = ApplyFailure::fromResult(refusal(403, "forbidden"),
                                                                deployment());
        QCOMPARE(forbidden.reason, QStringLiteral("Forbidden"));
        QVERIFY(forbidden.problems.isEmpty());
        QCOMPARE(forbidden.position, (YamlPosition{3, 1}));
    }
};

QTEST_GUILESS_MAIN(TestApplyFailure)
#include "tst_applyfailure.moc"
