// A refused edit taken apart: which outcome, which message, which line of
// the edited text. The Status bodies are shaped as kube-apiserver sends
// them (the cluster tests see the real ones for 403, 404, 409, 422 and
// Strict's unknown field); the webhook that cannot dry-run is rare enough
// on a test cluster to be checked here only.

#include "editor/editerrors.h"
#include "textlines.h"

#include <QTest>

using namespace Kaji::Models;
using Kaji::Kube::ApiResult;
using nlohmann::json;

namespace {

const json Deployment = json::parse(R"({"apiVersion": "apps/v1", "kind": "Deployment",
  "metadata": {"name": "web", "namespace": "shop", "resourceVersion": "9"},
  "spec": {"replicas": 2, "template": {"spec": {"containers": [{"name": "web", "image": "nginx"}]}}}})");

ApiResult refusal(long status, const QString &reason, const QString &message, const json &causes = json())
{
    ApiResult r;
    r.status = status;
    r.reason = reason;
    r.error = message;
    r.body = { { "kind", "Status" }, { "status", "Failure" }, { "reason", reason.toStdString() },
        { "message", message.toStdString() }, { "code", status } };
    if (!causes.is_null())
        r.body["details"] = { { "causes", causes } };
    return r;
}

} // namespace

class TestEditErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void webhookWithoutDryRun()
    {
        const EditableText shown = EditableText::fromObject(Deployment);
        const EditChange change = EditChange::compute(shown, shown.text);
        const ApiResult r = refusal(400, QStringLiteral("BadRequest"),
            QStringLiteral("admission webhook \"policy.example.com\" does not support dry run"));
        QVERIFY(EditErrors::dryRunUnsupported(r));
        const EditOutcome preview = EditErrors::fromResult(r, change, true);
        QCOMPARE(preview.kind, EditOutcome::Kind::PreviewUnavailable);
        QVERIFY(preview.message.contains(QLatin1String("policy.example.com")));
        // Outside a dry run the same words are a refusal like any other.
        QVERIFY(EditErrors::fromResult(r, change, false).kind != EditOutcome::Kind::PreviewUnavailable);
    }

    void fieldsPlacedAtTheirLines()
    {
        const EditableText shown = EditableText::fromObject(Deployment);
        QString text = shown.text;
        text.replace(QStringLiteral("\nspec:\n"), QStringLiteral("\nspec:\n  replics: 3\n"));
        const EditChange change = EditChange::compute(shown, text);
        EditOutcome out = EditErrors::fromResult(
            refusal(422, QStringLiteral("Invalid"), QStringLiteral("Deployment.apps \"web\" is invalid"),
                json::array({ { { "reason", "FieldValueInvalid" }, { "message", "Invalid value: \"\"" },
                    { "field", "spec.template.spec.containers[0].image" } } })),
            change, false);
        QCOMPARE(out.kind, EditOutcome::Kind::Invalid);
        QCOMPARE(out.problems.value(0).line, KajiTest::lineOf(text, QStringLiteral("image: nginx")));

        out = EditErrors::fromResult(refusal(400, QStringLiteral("BadRequest"),
                                         QStringLiteral("strict decoding error: unknown field \"spec.replics\"")),
            change, false);
        QCOMPARE(out.kind, EditOutcome::Kind::Invalid);
        QCOMPARE(out.problems.value(0).field, QStringLiteral("spec.replics"));
        QCOMPARE(out.problems.value(0).line, KajiTest::lineOf(text, QStringLiteral("replics: 3")));

        // Strict decoding of a merge patch: one cause named "patch" whose
        // message echoes the whole patched object (Secret values and all).
        const QString echoed
            = QStringLiteral("Invalid value: \"{\\\"data\\\":{\\\"password\\\":\\\"aHVudGVyMg==\\\"},\\\"m\\\":\\\"a "
                             "\\\\\\\"q\\\\\\\" b\\\"}\": ")
            + QStringLiteral("strict decoding error: unknown field \"spec.replics\"");
        out = EditErrors::fromResult(
            refusal(422, QStringLiteral("Invalid"), QStringLiteral(" \"\" is invalid: patch: ") + echoed,
                json::array({ { { "reason", "FieldValueInvalid" }, { "message", echoed.toStdString() },
                    { "field", "patch" } } })),
            change, false);
        QCOMPARE(out.kind, EditOutcome::Kind::Invalid);
        QCOMPARE(out.problems.size(), 1);
        QCOMPARE(out.problems[0].field, QStringLiteral("spec.replics"));
        QCOMPARE(out.problems[0].line, KajiTest::lineOf(text, QStringLiteral("replics: 3")));
        QVERIFY2(!out.message.contains(QLatin1String("aHVudGVyMg")), qPrintable(out.message));
        QVERIFY(out.message.endsWith(QLatin1String("strict decoding error: unknown field \"spec.replics\"")));
        QVERIFY2(!out.message.contains(QLatin1String("\"\" is invalid")), qPrintable(out.message));

        out = EditErrors::fromResult(refusal(500, QStringLiteral("InternalError"),
                                         QStringLiteral(".spec.replics: field not declared in schema")),
            change, false);
        QCOMPARE(out.kind, EditOutcome::Kind::Invalid);
        QCOMPARE(out.problems.value(0).line, KajiTest::lineOf(text, QStringLiteral("replics: 3")));
    }

    void secretValuesPlacedUnderStringData()
    {
        const json secret = { { "apiVersion", "v1" }, { "kind", "Secret" }, { "metadata", { { "name", "s" } } },
            { "data", { { "token", QByteArray("abc").toBase64().toStdString() } } } };
        const EditableText shown = EditableText::fromObject(secret);
        const EditChange change = EditChange::compute(shown, shown.text);
        const EditOutcome out = EditErrors::fromResult(
            refusal(422, QStringLiteral("Invalid"), QStringLiteral("Secret \"s\" is invalid"),
                json::array(
                    { { { "reason", "FieldValueInvalid" }, { "message", "bad" }, { "field", "data[token]" } } })),
            change, false);
        QCOMPARE(out.problems.value(0).line, KajiTest::lineOf(shown.text, QStringLiteral("token: abc")));
    }

    void whatCannotBePlacedIsSaid()
    {
        const EditableText shown = EditableText::fromObject(Deployment);
        const EditChange change = EditChange::compute(shown, shown.text);
        EditOutcome out = EditErrors::fromResult(
            refusal(403, QStringLiteral("Forbidden"), QStringLiteral("cannot patch")), change, false);
        QCOMPARE(out.kind, EditOutcome::Kind::Forbidden);
        QVERIFY(out.message.contains(QLatin1String("cannot patch")));
        out = EditErrors::fromResult(
            refusal(503, QStringLiteral("ServiceUnavailable"), QStringLiteral("etcd is down")), change, false);
        QCOMPARE(out.kind, EditOutcome::Kind::Failed);
        QVERIFY(out.message.contains(QLatin1String("503")));
        QVERIFY(out.message.contains(QLatin1String("your text is kept")));
        ApiResult dropped;
        dropped.error = QStringLiteral("Connection reset by peer");
        dropped.reason = QStringLiteral("ConnectionFailed");
        out = EditErrors::fromResult(dropped, change, true);
        QCOMPARE(out.kind, EditOutcome::Kind::Failed);
        QCOMPARE(out.status, 0L);
        QVERIFY(out.message.contains(QLatin1String("Connection reset by peer")));
    }
};

QTEST_GUILESS_MAIN(TestEditErrors)
#include "tst_editerrors.moc"
