// Validation behind the manifest editor: what is reported where for
// multi-document text, the schema hook, and the runner that keeps only
// the newest revision's result.

#include "editor/manifestvalidation.h"
#include "editor/manifestvalidator.h"

#include "yamlreader.h"
#include "yamlstream.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using Kaji::Ui::ManifestDiagnostic;
using Kaji::Ui::ManifestDiagnostics;
using Kaji::Ui::ManifestValidation;
using Kaji::Ui::ManifestValidator;
using Severity = ManifestDiagnostic::Severity;

namespace {

const QByteArray twoDocuments = "apiVersion: v1\n"
                                "kind: ConfigMap\n"
                                "metadata:\n"
                                "  name: a\n"
                                "data:\n"
                                "  enabled: yes\n"
                                "---\n"
                                "apiVersion: v1\n"
                                "kind: ConfigMap\n"
                                "metadata:\n"
                                "  name: b\n"
                                "  name: c\n";

ManifestDiagnostics withSeverity(const ManifestDiagnostics &all, Severity severity)
{
    ManifestDiagnostics out;
    for (const ManifestDiagnostic &d : all) {
        if (d.severity == severity)
            out.append(d);
    }
    return out;
}

} // namespace

class TestManifestValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placesProblemsInTheWholeText()
    {
        const ManifestDiagnostics found = ManifestValidation::check(twoDocuments);
        const ManifestDiagnostics errors = withSeverity(found, Severity::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 12); // the second `name`, in the second document
        QCOMPARE(errors[0].column, 3);
        const ManifestDiagnostics warnings = withSeverity(found, Severity::Warning);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings[0].line, 6);
        QCOMPARE(warnings[0].column, 12);
        QVERIFY(warnings[0].message.contains(QLatin1String("yes")));
    }

    void syntaxErrorsAndNonObjects()
    {
        const ManifestDiagnostics found = ManifestValidation::check("# only a comment\n---\nkind: Pod\nspec: [a, b\n---\n- 1\n");
        const ManifestDiagnostics errors = withSeverity(found, Severity::Error);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors[0].line >= 3 && errors[0].line <= 5);
        QCOMPARE(errors[1].line, 6); // a list is no object
        // A bad separator refuses the whole stream, where it is.
        const ManifestDiagnostics separator = ManifestValidation::check("a: 1\n--- b\n");
        QCOMPARE(separator.size(), 1);
        QCOMPARE(separator[0].line, 2);
        // Missing apiVersion and kind are said.
        const ManifestDiagnostics bare = ManifestValidation::check("metadata:\n  name: x\n");
        QCOMPARE(bare.size(), 2);
        QCOMPARE(bare[0].line, 1);
    }

    void extraCheckSeesEachDocumentWithFilePositions()
    {
        QList<int> firstLines;
        const auto check = [&firstLines](const Kaji::Kube::YamlReadResult &read, const Kaji::Kube::YamlStreamDocument &source) {
            firstLines.append(source.firstLine);
            const auto name = read.positions.value(QStringLiteral("/metadata/name"));
            return ManifestDiagnostics{{name.line, name.column, Severity::Info, QStringLiteral("name seen")}};
        };
        const ManifestDiagnostics found = ManifestValidation::check(twoDocuments, check);
        QCOMPARE(firstLines, (QList<int>{1, 8}));
        const ManifestDiagnostics infos = withSeverity(found, Severity::Info);
        QCOMPARE(infos.size(), 2);
        QCOMPARE(infos[0].line, 4);
        QVERIFY(infos[1].line >= 11); // in the second document, not its own line 4
    }

    void runnerDeliversOnlyTheNewestRevision()
    {
        QString text = QStringLiteral("apiVersion: v1\nkind: ConfigMap\na: 1\n");
        ManifestValidator validator([&text] { return text; });
        validator.setDelay(10);
        // The first run waits until let go, so that the second request
        // arrives while it is under way.
        QSemaphore release;
        std::atomic<int> runs = 0;
        validator.setCheck([&release, &runs](const Kaji::Kube::YamlReadResult &, const Kaji::Kube::YamlStreamDocument &) {
            if (runs++ == 0)
                release.acquire();
            return ManifestDiagnostics{};
        });
        QSignalSpy finished(&validator, &ManifestValidator::finished);
        validator.requestNow(1);
        QTRY_COMPARE(runs.load(), 1);
        text = QStringLiteral("apiVersion: v1\nkind: ConfigMap\na: 1\na: 2\n");
        validator.request(2);
        QTest::qWait(50); // the delay passes while run 1 still works
        QVERIFY(validator.isBusy());
        release.release();
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toULongLong(), 2u);
        const auto diagnostics = finished[0][1].value<ManifestDiagnostics>();
        QCOMPARE(diagnostics.size(), 1); // the duplicate key of revision 2's text
        QCOMPARE(diagnostics[0].line, 4);
        QCOMPARE(runs.load(), 2);
    }

    void debouncesBursts()
    {
        int reads = 0;
        ManifestValidator validator([&reads] {
            ++reads;
            return QStringLiteral("a: 1\n");
        });
        validator.setDelay(80);
        QSignalSpy finished(&validator, &ManifestValidator::finished);
        for (quint64 revision = 1; revision <= 10; ++revision) {
            validator.request(revision);
            QTest::qWait(5);
        }
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toULongLong(), 10u);
        QCOMPARE(reads, 1);
    }
};

QTEST_GUILESS_MAIN(TestManifestValidation)
#include "tst_manifestvalidation.moc"
