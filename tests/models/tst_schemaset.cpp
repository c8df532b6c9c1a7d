// The schema engine behind the manifest editor, over small OpenAPI v3
// documents in the shape the API server serves (tests/data/openapi):
// validation as strict field validation would judge, kubectl explain's
// words, completion order and the template of a new object.

#include "editor/schemacompletion.h"
#include "editor/schemaexplain.h"
#include "editor/schematemplate.h"
#include "editor/schemavalidator.h"
#include "yamlreader.h"

#include <QFile>
#include <QTest>

using namespace Kaji::Models;

namespace {

SchemaSetPtr load(const char *file)
{
    QFile f(QStringLiteral(KAJI_TEST_DATA_DIR "/openapi/") + QLatin1String(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", file);
    const auto parsed = SchemaSet::parse(f.readAll());
    if (!parsed.set)
        qFatal("%s: %s", file, qPrintable(parsed.error));
    return parsed.set;
}

QList<SchemaProblem> check(const SchemaSet &schemas, const QByteArray &yaml)
{
    const auto read = Kaji::Kube::YamlReader::read(yaml);
    if (!read.ok())
        qFatal("bad test YAML: %s", qPrintable(read.error ? read.error->message : QStringLiteral("duplicates")));
    return SchemaValidator::validate(schemas, read.value, read.positions);
}

QStringList words(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

QString describe(const QList<SchemaProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines.append(
            QStringLiteral("%1 @%2:%3 %4").arg(p.pointer).arg(p.position.line).arg(p.position.column).arg(p.message));
    return lines.join(QLatin1Char('\n'));
}

const QByteArray deployment = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  strategy:
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 1
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
        imagePullPolicy: IfNotPresent
        ports:
        - containerPort: 80
        resources:
          limits:
            cpu: 1
            memory: 128Mi
        livenessProbe:
          httpGet:
            port: http
status:
  conditions:
  - message: no type or status, as a stale copy might say
)";

const GroupVersionKind deploymentKind { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("Deployment") };

} // namespace

class TestSchemaSet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_apps = load("apis__apps__v1.json");
        m_core = load("api__v1.json");
        m_crd = load("apis__stable.example.com__v1.json");
    }

    void parsesKindsAndRejectsGarbage()
    {
        QVERIFY(m_apps->kindSchema(deploymentKind));
        QVERIFY(m_core->kindSchema({ QString(), QStringLiteral("v1"), QStringLiteral("ConfigMap") }));
        QVERIFY(!m_apps->kindSchema({ QStringLiteral("apps"), QStringLiteral("v2"), QStringLiteral("Deployment") }));
        QVERIFY(!SchemaSet::parse("{\"components\": ").set);
        QVERIFY(!SchemaSet::parse("[1, 2]").error.isEmpty());
        QVERIFY(!SchemaSet::parse("{\"paths\": {}}").error.isEmpty());
    }

    void validDeploymentHasNoProblems()
    {
        const auto problems = check(*m_apps, deployment);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void unknownFieldSuggestsTheKnownOne()
    {
        QByteArray text = deployment;
        text.replace("  replicas: 3", "  replics: 3");
        const auto problems = check(*m_apps, text);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].pointer, QStringLiteral("/spec/replics"));
        QCOMPARE(problems[0].position.line, 8);
        QCOMPARE(problems[0].severity, SchemaProblem::Severity::Error);
        QVERIFY2(
            problems[0].message.contains(QLatin1String("did you mean \"replicas\"")), qPrintable(problems[0].message));
        QCOMPARE(SchemaValidator::suggestion(
                     QStringLiteral("contianers"), { QStringLiteral("containers"), QStringLiteral("hostNetwork") }),
            QStringLiteral("containers"));
        QVERIFY(SchemaValidator::suggestion(QStringLiteral("foo"), { QStringLiteral("replicas") }).isEmpty());
    }

    void wrongTypes()
    {
        QByteArray text = deployment;
        text.replace("replicas: 3", "replicas: \"three\"");
        text.replace("imagePullPolicy: IfNotPresent", "imagePullPolicy: Sometimes");
        text.replace("containerPort: 80", "containerPort: 80\n          name: [a]");
        const auto problems = check(*m_apps, text);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0].pointer, QStringLiteral("/spec/replicas"));
        QVERIFY2(problems[0].message.contains(QLatin1String("an integer")), qPrintable(problems[0].message));
        QCOMPARE(problems[1].pointer, QStringLiteral("/spec/template/spec/containers/0/imagePullPolicy"));
        QVERIFY2(problems[1].message.contains(QLatin1String("\"IfNotPresent\"")), qPrintable(problems[1].message));
        QCOMPARE(problems[2].pointer, QStringLiteral("/spec/template/spec/containers/0/ports/0/name"));
        QCOMPARE(problems[2].position.line, 27);
        // 3.0 is 3 once it went through JSON, as the API server reads it.
        text = deployment;
        text.replace("replicas: 3", "replicas: 3.0");
        QVERIFY(check(*m_apps, text).isEmpty());
        text.replace("replicas: 3.0", "replicas: 3.5");
        QCOMPARE(check(*m_apps, text).size(), 1);
    }

    void intOrStringAndQuantity()
    {
        QByteArray text = deployment;
        text.replace("maxSurge: 25%", "maxSurge: true");
        text.replace("cpu: 1", "cpu: [1]");
        const auto problems = check(*m_apps, text);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].pointer, QStringLiteral("/spec/strategy/rollingUpdate/maxSurge"));
        QCOMPARE(problems[1].pointer, QStringLiteral("/spec/template/spec/containers/0/resources/limits/cpu"));
        // Service targetPort: a number or a name.
        const QByteArray service = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n"
                                   "  - {port: 80, targetPort: 8080}\n  - {port: 81, targetPort: http}\n";
        QVERIFY2(check(*m_core, service).isEmpty(), qPrintable(describe(check(*m_core, service))));
    }

    void missingRequiredFields()
    {
        QByteArray text = deployment;
        text.replace("      - name: web\n        image", "      - image");
        text.replace("        - containerPort: 80", "        - protocol: TCP");
        text.replace("            port: http\n", "            path: /\n");
        auto problems = check(*m_apps, text);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0].pointer, QStringLiteral("/spec/template/spec/containers/0"));
        QCOMPARE(problems[0].message, QStringLiteral("missing required field \"name\""));
        QCOMPARE(problems[0].position.line, 22);
        QCOMPARE(problems[1].pointer, QStringLiteral("/spec/template/spec/containers/0/livenessProbe/httpGet"));
        QCOMPARE(problems[2].pointer, QStringLiteral("/spec/template/spec/containers/0/ports/0"));
        // A null is as good as missing; the status's required fields are the server's business.
        problems = check(*m_apps, "apiVersion: apps/v1\nkind: Deployment\nspec:\n  selector: null\n  template: {}\n");
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].message, QStringLiteral("missing required field \"selector\""));
    }

    void duplicateKeyedListEntries()
    {
        QByteArray text = deployment;
        text.replace("        imagePullPolicy: IfNotPresent\n", "      - name: web\n");
        const auto problems = check(*m_apps, text);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].pointer, QStringLiteral("/spec/template/spec/containers/1"));
    }

    void customResource()
    {
        const QByteArray cronTab = R"(apiVersion: stable.example.com/v1
kind: CronTab
metadata:
  name: nightly
spec:
  cronSpec: "0 3 * * *"
  image: busybox
  replicas: 2
  port: web
  config:
    anything: {goes: [here]}
  template:
    apiVersion: v1
    kind: Pod
    metadata: {name: inner}
    whatever: 1
  schedules:
  - {name: a, at: null}
)";
        QVERIFY2(check(*m_crd, cronTab).isEmpty(), qPrintable(describe(check(*m_crd, cronTab))));
        QByteArray bad = cronTab;
        bad.replace("  cronSpec: \"0 3 * * *\"\n", "");
        bad.replace("port: web", "port: 1.5");
        bad.replace("image: busybox", "imag: busybox");
        const auto problems = check(*m_crd, bad);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0].message, QStringLiteral("missing required field \"cronSpec\""));
        QCOMPARE(problems[1].pointer, QStringLiteral("/spec/imag"));
        QVERIFY(problems[1].message.contains(QLatin1String("\"image\"")));
        QCOMPARE(problems[2].pointer, QStringLiteral("/spec/port"));
        // Below preserved fields nothing is known, so nothing is explained or offered.
        QVERIFY(!SchemaExplain::explain(*m_crd,
            GroupVersionKind::fromApiVersion(QStringLiteral("stable.example.com/v1"), QStringLiteral("CronTab")),
            u"/spec/config/anything")
                     .found);
    }

    void unknownKindSaysSoAndNothingElse()
    {
        const auto problems = check(*m_apps, "apiVersion: example.com/v9\nkind: Gadget\nspec: {replics: 1}\n");
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].severity, SchemaProblem::Severity::Information);
        QCOMPARE(problems[0].position.line, 2);
        QVERIFY(problems[0].message.contains(QLatin1String("Gadget")));
    }

    void explainLikeKubectl()
    {
        auto doc = SchemaExplain::explain(*m_apps, deploymentKind, u"/spec/replicas");
        QVERIFY(doc.found);
        QCOMPARE(doc.name, QStringLiteral("replicas"));
        QCOMPARE(doc.type, QStringLiteral("integer"));
        QCOMPARE(doc.format, QStringLiteral("int32"));
        QVERIFY(doc.text().startsWith(QLatin1String("replicas <integer> (format int32)\n\nNumber of desired pods.")));
        doc = SchemaExplain::explain(*m_apps, deploymentKind, u"/spec/template/spec/containers");
        QCOMPARE(doc.type, QStringLiteral("[]Container"));
        QVERIFY(doc.required);
        QVERIFY(doc.text().contains(QLatin1String("containers <[]Container> -required-")));
        doc = SchemaExplain::explain(*m_apps, deploymentKind, u"/spec/template/spec/containers/0");
        QCOMPARE(doc.name, QStringLiteral("containers[]"));
        QCOMPARE(doc.requiredFields, QStringList { QStringLiteral("name") });
        QVERIFY(doc.text().contains(QLatin1String("Required fields: name")));
        doc = SchemaExplain::explain(*m_apps, deploymentKind, u"/spec/template/spec/containers/0/ports/0/protocol");
        QCOMPARE(doc.defaultValue, QStringLiteral("\"TCP\""));
        QCOMPARE(doc.enumValues.size(), 3);
        QVERIFY(doc.text().contains(QLatin1String("Default: \"TCP\"\nAllowed values: \"SCTP\", \"TCP\", \"UDP\"")));
        doc = SchemaExplain::explain(*m_apps, deploymentKind, u"/metadata/labels");
        QCOMPARE(doc.type, QStringLiteral("map[string]string"));
        doc = SchemaExplain::explain(*m_apps, deploymentKind, u"/spec/strategy/rollingUpdate/maxSurge");
        QCOMPARE(doc.type, QStringLiteral("IntOrString"));
        QVERIFY(doc.description.startsWith(QLatin1String("The maximum number of pods")));
        doc = SchemaExplain::explain(*m_apps, deploymentKind, u"");
        QCOMPARE(doc.name, QStringLiteral("Deployment"));
        QVERIFY(!SchemaExplain::explain(*m_apps, deploymentKind, u"/spec/replics").found);
        QCOMPARE(
            SchemaExplain::firstSentence(QStringLiteral("Use e.g. foo. Then bar.")), QStringLiteral("Use e.g. foo."));
    }

    void completionsInOrder()
    {
        auto keys = [](const QList<SchemaCompletion> &list) {
            QStringList names;
            for (const auto &c : list)
                names.append(c.key);
            return names;
        };
        auto list = SchemaCompletions::complete(*m_apps, deploymentKind, u"/spec", { QStringLiteral("replicas") });
        QCOMPARE(keys(list), words("selector template minReadySeconds paused strategy"));
        QVERIFY(list[0].required);
        QCOMPARE(list[0].type, QStringLiteral("LabelSelector"));
        QCOMPARE(list[2].summary,
            QStringLiteral("Minimum number of seconds for which a newly created pod should be ready "
                           "without any of its container crashing, for it to be considered available."));
        list = SchemaCompletions::complete(*m_apps, deploymentKind, u"/spec/template/spec/containers/0/ports/-");
        QCOMPARE(keys(list), words("containerPort protocol name"));
        QVERIFY(list[0].listMapKey && list[0].required && list[1].listMapKey && !list[1].required);
        list = SchemaCompletions::complete(*m_apps, deploymentKind, u"/spec/template/spec/containers");
        QCOMPARE(keys(list).first(), QStringLiteral("name"));
        QVERIFY(SchemaCompletions::complete(*m_apps, deploymentKind, u"/metadata/labels").isEmpty());
    }

    void templateOfRequiredFields()
    {
        const QString yaml
            = SchemaTemplate::yaml(*m_apps, deploymentKind, QStringLiteral("web"), QStringLiteral("shop"));
        const QString expected = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector: {}
  template:
    spec:
      containers:
      - name: ""
)");
        QCOMPARE(yaml, expected);
        // What it makes is valid but for the values left to fill in.
        const auto problems = check(*m_apps, yaml.toUtf8());
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        const auto cron = SchemaTemplate::object(*m_crd,
            GroupVersionKind::fromApiVersion(QStringLiteral("stable.example.com/v1"), QStringLiteral("CronTab")));
        QVERIFY2(cron["spec"] == (nlohmann::json { { "cronSpec", "" } }), cron.dump().c_str());
    }

private:
    SchemaSetPtr m_apps, m_core, m_crd;
};

QTEST_GUILESS_MAIN(TestSchemaSet)
#include "tst_schemaset.moc"
