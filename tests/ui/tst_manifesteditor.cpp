// The manifest editor widget with real key and mouse events on the
// offscreen platform: diagnostics placed, protected lines refused, find and
// replace, folding, stale validation dropped, completion and hover hooks,
// and screenshots in light and dark for people to look at.

#include "darkpalette.h"
#include "editor/editorsearchbar.h"
#include "editor/manifesteditor.h"
#include "guifixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QHelpEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>

using Kaji::Ui::CompletionItem;
using Kaji::Ui::ManifestDiagnostic;
using Kaji::Ui::ManifestDiagnostics;
using Kaji::Ui::ManifestEditor;
using Kaji::Ui::YamlCursorContext;

namespace {

const QString deployment = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  resourceVersion: "48213"
  uid: 9d0c6a4e-7f6b-4f57-9d2a-3b1f0f4a2c11
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
status:
  replicas: 3
  readyReplicas: 3
)");

int lineOf(const QString &text, const QString &start)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(start))
            return i + 1;
    }
    return 0;
}

void moveTo(ManifestEditor &editor, int line, int column)
{
    QTextCursor cursor(editor.document()->findBlockByNumber(line - 1));
    cursor.setPosition(cursor.block().position() + column);
    editor.setTextCursor(cursor);
}

// The point in the viewport over a line's column, as a mouse would rest.
QPoint pointAt(ManifestEditor &editor, int line, int column)
{
    QTextCursor cursor(editor.document()->findBlockByNumber(line - 1));
    cursor.setPosition(cursor.block().position() + column);
    return editor.cursorRect(cursor).center() + QPoint(2, 0);
}

QString toolTipAt(ManifestEditor &editor, const QPoint &point)
{
    QHelpEvent help(QEvent::ToolTip, point, editor.viewport()->mapToGlobal(point));
    QApplication::sendEvent(editor.viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

bool waitForValidation(ManifestEditor &editor)
{
    QSignalSpy finished(&editor, &ManifestEditor::validationFinished);
    return QTest::qWaitFor([&] {
        for (const auto &arguments : std::as_const(finished)) {
            if (arguments[0].toULongLong() == editor.revision())
                return true;
        }
        return false;
    }, 5000);
}


// The status block read-only and folded, the server's fields marked: as
// the editor window will show an object.
void protect(ManifestEditor &editor)
{
    const int status = lineOf(deployment, QStringLiteral("status:"));
    editor.addReadOnlyLines(status, editor.blockEndLine(status), QStringLiteral("status is written by the cluster"));
    editor.foldLine(status);
    for (const QString &field : {QStringLiteral("  resourceVersion:"), QStringLiteral("  uid:")})
        editor.markServerOwned(lineOf(deployment, field), QStringLiteral("set by the server"));
}

} // namespace

class TestManifestEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_editor = std::make_unique<ManifestEditor>();
        m_editor->resize(720, 560);
        m_editor->setValidationDelay(20);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }
    void cleanup() { m_editor.reset(); }

    void diagnosticsSitOnTheirLines()
    {
        ManifestEditor &editor = *m_editor;
        QString broken = deployment;
        broken.replace(QStringLiteral("  replicas: 3\n  selector"), QStringLiteral("  replicas: [3\n  selector"));
        editor.setManifest(broken);
        QVERIFY(waitForValidation(editor));
        ManifestDiagnostics found = editor.diagnostics();
        QVERIFY(!found.isEmpty());
        QCOMPARE(found[0].severity, ManifestDiagnostic::Severity::Error);
        // yaml-cpp notices the open flow a few lines on: not before it.
        QVERIFY(found[0].line >= lineOf(broken, QStringLiteral("  replicas:")));

        QString duplicate = deployment;
        duplicate.replace(QStringLiteral("  replicas: 3\n  selector"), QStringLiteral("  replicas: 3\n  replicas: 4\n  selector"));
        editor.setManifest(duplicate);
        QVERIFY(waitForValidation(editor));
        found = editor.diagnostics();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].line, lineOf(deployment, QStringLiteral("  replicas:")) + 1);
        QCOMPARE(found[0].column, 3);
        // Drawn: a wavy underline under the second key, and a tooltip there.
        const QTextBlock second = editor.document()->findBlockByNumber(found[0].line - 1);
        bool underlined = false;
        for (const auto &selection : editor.extraSelections()) {
            if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline && selection.cursor.block() == second
                && selection.cursor.selectedText() == QLatin1String("replicas"))
                underlined = true;
        }
        QVERIFY(underlined);
        QVERIFY(toolTipAt(editor, pointAt(editor, found[0].line, 4)).contains(found[0].message));

        // Typing above moves the diagnostic with its text.
        moveTo(editor, 1, 0);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.diagnostics()[0].line, found[0].line + 1);
    }

    void staleResultsAreDropped()
    {
        ManifestEditor &editor = *m_editor;
        editor.setValidationDelay(60000); // only what the test hands in
        editor.setManifest(deployment);
        QVERIFY(waitForValidation(editor));
        const quint64 old = editor.revision();
        moveTo(editor, lineOf(deployment, QStringLiteral("  replicas:")), 13);
        QTest::keyClick(&editor, Qt::Key_4);
        QVERIFY(editor.revision() > old);
        QSignalSpy changed(&editor, &ManifestEditor::diagnosticsChanged);
        editor.setDiagnostics(old, {{9, 3, ManifestDiagnostic::Severity::Error, QStringLiteral("stale")}});
        QCOMPARE(changed.size(), 0);
        QVERIFY(editor.diagnostics().isEmpty());
        editor.setDiagnostics(editor.revision(), {{9, 3, ManifestDiagnostic::Severity::Warning, QStringLiteral("fresh")}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(editor.diagnostics().size(), 1);
        QCOMPARE(editor.diagnostics()[0].message, QStringLiteral("fresh"));
        // Folding and colouring are no edits.
        const quint64 now = editor.revision();
        QVERIFY(editor.foldLine(lineOf(deployment, QStringLiteral("spec:"))));
        editor.setPalette(KajiGuiTest::darkPalette());
        QTest::qWait(50);
        QCOMPARE(editor.revision(), now);
    }

    void readOnlyStatusRefusesEdits()
    {
        ManifestEditor &editor = *m_editor;
        editor.setManifest(deployment);
        protect(editor);
        const int status = lineOf(deployment, QStringLiteral("status:"));
        QVERIFY(editor.isLineFolded(status));
        QVERIFY(!editor.isLineVisible(status + 1));
        QSignalSpy refused(&editor, &ManifestEditor::editRefused);

        moveTo(editor, status, 3);
        QTest::keyClicks(&editor, QStringLiteral("xy"));
        QTest::keyClick(&editor, Qt::Key_Backspace);
        QTest::keyClick(&editor, Qt::Key_Delete);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.toPlainText(), deployment);
        QVERIFY(refused.size() >= 5);
        QCOMPARE(refused.last()[0].toString(), QStringLiteral("status is written by the cluster"));

        // Joining the line above into it, pasting over it, cutting across it.
        moveTo(editor, status - 1, int(editor.document()->findBlockByNumber(status - 2).text().size()));
        QTest::keyClick(&editor, Qt::Key_Delete);
        QCOMPARE(editor.toPlainText(), deployment);
        QApplication::clipboard()->setText(QStringLiteral("phase: Pwned\n"));
        moveTo(editor, status, 0);
        QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(editor.toPlainText(), deployment);
        editor.selectAll();
        QTest::keyClick(&editor, Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(editor.toPlainText(), deployment);

        // Next to it, editing goes on as usual.
        moveTo(editor, status - 1, int(editor.document()->findBlockByNumber(status - 2).text().size()));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("        ports: []"));
        QVERIFY(editor.toPlainText().contains(QLatin1String("nginx:1.25\n        ports: []\nstatus:")));
        // ... and the region moved down with its text.
        moveTo(editor, status + 1, 0);
        QTest::keyClick(&editor, Qt::Key_A);
        QVERIFY(editor.toPlainText().endsWith(QLatin1String("status:\n  replicas: 3\n  readyReplicas: 3\n")));
        // The user is told where the mouse rests, too.
        QVERIFY(toolTipAt(editor, pointAt(editor, status + 1, 2)).contains(QLatin1String("written by the cluster")));
        const int uid = lineOf(deployment, QStringLiteral("  uid:"));
        QVERIFY(toolTipAt(editor, pointAt(editor, uid, 4)).contains(QLatin1String("set by the server")));
    }

    void findAndReplace()
    {
        ManifestEditor &editor = *m_editor;
        editor.setManifest(deployment);
        protect(editor);
        editor.setFocus();
        QTest::keyClick(&editor, Qt::Key_F, Qt::ControlModifier);
        Kaji::Ui::EditorSearchBar *bar = editor.searchBar();
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->replaceField()->isVisible());
        QTest::keyClicks(bar->findField(), QStringLiteral("WEB"));
        QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("web"));
        const int first = editor.textCursor().blockNumber();
        QTest::keyClick(bar->findField(), Qt::Key_Return);
        QVERIFY(editor.textCursor().blockNumber() > first);
        QTest::keyClick(bar->findField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(editor.textCursor().blockNumber(), first);
        bar->caseButton()->click();
        QVERIFY(!bar->findNext()); // no "WEB" in capitals
        bar->caseButton()->click();

        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QTest::keyClick(&editor, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(bar->replaceField()->isVisible());
        bar->findField()->setText(QStringLiteral("replicas"));
        bar->replaceField()->setText(QStringLiteral("count"));
        moveTo(editor, 1, 0);
        QVERIFY(bar->findNext());
        bar->replaceOne();
        QVERIFY(editor.toPlainText().contains(QLatin1String("  count: 3\n  selector")));
        // Replace all leaves the read-only status alone, says so, and is one undo step.
        QSignalSpy refused(&editor, &ManifestEditor::editRefused);
        bar->findField()->setText(QStringLiteral("web"));
        bar->replaceField()->setText(QStringLiteral("shop-web"));
        const QString before = editor.toPlainText();
        bar->replaceAll();
        QCOMPARE(editor.toPlainText().count(QLatin1String("shop-web")), 4);
        QCOMPARE(refused.size(), 0);
        bar->findField()->setText(QStringLiteral("replicas"));
        bar->replaceField()->setText(QStringLiteral("x"));
        bar->replaceAll();
        QCOMPARE(refused.size(), 1);
        QVERIFY(editor.toPlainText().contains(QLatin1String("  replicas: 3\n  readyReplicas")));
        editor.undo(); // all four at once
        QCOMPARE(editor.toPlainText(), before);
    }

    void foldingHidesAndShowsLines()
    {
        ManifestEditor &editor = *m_editor;
        editor.setManifest(deployment);
        const int spec = lineOf(deployment, QStringLiteral("spec:"));
        const int status = lineOf(deployment, QStringLiteral("status:"));
        QCOMPARE(editor.blockEndLine(spec), status - 1);
        const int containers = lineOf(deployment, QStringLiteral("      containers:"));
        QCOMPARE(editor.blockEndLine(containers), containers + 2); // the items at its own indentation
        QCOMPARE(editor.blockEndLine(1), 1);

        // A click on the fold marker in the gutter, as a user folds.
        QWidget *strip = nullptr;
        for (QWidget *child : editor.findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (QString::fromLatin1(child->metaObject()->className()) == QLatin1String("Kaji::Ui::EditorGutter"))
                strip = child;
        }
        QVERIFY(strip);
        const QPoint line = pointAt(editor, spec, 0);
        const QPoint marker(strip->width() - 5, editor.viewport()->mapTo(&editor, line).y() - strip->y());
        QTest::mouseClick(strip, Qt::LeftButton, {}, marker);
        QVERIFY(editor.isLineFolded(spec));
        for (int l = spec + 1; l < status; ++l)
            QVERIFY(!editor.isLineVisible(l));
        QVERIFY(editor.isLineVisible(status));
        QCOMPARE(editor.toPlainText(), deployment); // hidden, not removed
        // The next line on screen after `spec:` is now `status:`.
        QCOMPARE(editor.cursorForPosition(pointAt(editor, spec, 0) + QPoint(0, editor.fontMetrics().height())).blockNumber() + 1,
                 status);
        QTest::mouseClick(strip, Qt::LeftButton, {}, marker);
        QVERIFY(!editor.isLineFolded(spec));
        for (int l = spec + 1; l < status; ++l)
            QVERIFY(editor.isLineVisible(l));

        // A search hit inside a fold opens it.
        editor.foldLine(spec);
        moveTo(editor, 1, 0);
        editor.showFind();
        editor.searchBar()->findField()->setText(QStringLiteral("nginx"));
        QVERIFY(editor.searchBar()->findNext());
        QVERIFY(editor.isLineVisible(editor.textCursor().blockNumber() + 1));
    }

    void completionInsertsAKey()
    {
        ManifestEditor &editor = *m_editor;
        QList<YamlCursorContext> asked;
        editor.setCompletionProvider([&asked](const YamlCursorContext &context) {
            asked.append(context);
            if (context.mappingPointer != QLatin1String("/spec"))
                return QList<CompletionItem>{};
            return QList<CompletionItem>{{QStringLiteral("minReadySeconds"), QStringLiteral("integer")},
                                         {QStringLiteral("replicas"), QStringLiteral("integer")},
                                         {QStringLiteral("revisionHistoryLimit"), QStringLiteral("integer")},
                                         {QStringLiteral("strategy"), QStringLiteral("object")}};
        });
        editor.setManifest(deployment);
        const int replicas = lineOf(deployment, QStringLiteral("  replicas:"));
        moveTo(editor, replicas, 13);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("  re"));
        QVERIFY(editor.completer()->popup()->isVisible());
        QCOMPARE(asked.last().mappingPointer, QStringLiteral("/spec"));
        QCOMPARE(asked.last().apiVersion, QStringLiteral("apps/v1"));
        QCOMPARE(asked.last().objectKind, QStringLiteral("Deployment"));
        // `replicas` is written already: only the other one is offered.
        QCOMPARE(editor.completer()->completionCount(), 1);
        QCOMPARE(editor.completer()->currentCompletion(), QStringLiteral("revisionHistoryLimit"));
        QTest::keyClick(editor.completer()->popup(), Qt::Key_Return);
        QVERIFY(!editor.completer()->popup()->isVisible());
        QVERIFY(editor.toPlainText().contains(QLatin1String("  replicas: 3\n  revisionHistoryLimit: \n  selector:")));
        // An ordinary edit: undone and redone as one.
        editor.undo();
        QVERIFY(!editor.toPlainText().contains(QLatin1String("revisionHistoryLimit")));
        editor.redo();
        QVERIFY(editor.toPlainText().contains(QLatin1String("  revisionHistoryLimit: \n")));
        moveTo(editor, replicas + 1, 24);
        QTest::keyClicks(&editor, QStringLiteral("5"));
        QVERIFY(editor.toPlainText().contains(QLatin1String("  revisionHistoryLimit: 5\n")));

        // Ctrl+Space on an empty line offers every key still missing.
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("  "));
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(editor.completer()->popup()->isVisible());
        QCOMPARE(editor.completer()->completionCount(), 2);
        QTest::keyClick(editor.completer()->popup(), Qt::Key_Escape);
        QVERIFY(!editor.completer()->popup()->isVisible());
    }

    void hoverAsksForTheFieldUnderTheMouse()
    {
        ManifestEditor &editor = *m_editor;
        QStringList asked;
        editor.setHoverProvider([&asked](const YamlCursorContext &context) {
            asked.append(context.pointer);
            return context.pointer == QLatin1String("/spec/template/spec/containers/0/image")
                ? QStringLiteral("Container image name.")
                : QString();
        });
        editor.setManifest(deployment);
        const int image = lineOf(deployment, QStringLiteral("        image:"));
        QCOMPARE(toolTipAt(editor, pointAt(editor, image, 10)), QStringLiteral("Container image name."));
        QCOMPARE(asked.last(), QStringLiteral("/spec/template/spec/containers/0/image"));
        // Right of the line's end nothing is asked.
        const qsizetype count = asked.size();
        toolTipAt(editor, QPoint(editor.viewport()->width() - 10, pointAt(editor, image, 0).y()));
        QCOMPARE(asked.size(), count);
    }

    void screenshots()
    {
        for (const bool dark : {false, true}) {
            ManifestEditor editor;
            editor.resize(760, 520);
            if (dark)
                editor.setPalette(KajiGuiTest::darkPalette());
            QString text = deployment;
            text.replace(QStringLiteral("  replicas: 3\n  selector"), QStringLiteral("  replicas: 3\n  paused: yes\n  replicas: 4\n  selector"));
            editor.setValidationDelay(0);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            editor.setManifest(text);
            QVERIFY(waitForValidation(editor));
            const int status = lineOf(text, QStringLiteral("status:"));
            editor.addReadOnlyLines(status, editor.blockEndLine(status), QStringLiteral("status is written by the cluster"));
            editor.foldLine(status);
            for (const QString &field : {QStringLiteral("  resourceVersion:"), QStringLiteral("  uid:")})
                editor.markServerOwned(lineOf(text, field), QStringLiteral("set by the server"));
            QCOMPARE(editor.diagnostics().size(), 2);
            if (!dark) {
                editor.showReplace();
                editor.searchBar()->findField()->setText(QStringLiteral("nginx"));
                editor.searchBar()->findNext();
            } else {
                moveTo(editor, lineOf(text, QStringLiteral("  paused:")), 4);
            }
            QVERIFY(KajiGuiTest::screenshot(&editor, QStringLiteral("manifesteditor-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))));
        }
    }

private:
    std::unique_ptr<ManifestEditor> m_editor;
};

QTEST_MAIN(TestManifestEditor)
#include "tst_manifesteditor.moc"
