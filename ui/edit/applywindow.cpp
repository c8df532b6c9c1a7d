#include "applywindow.h"

#include "applyschemas.h"
#include "editor/applyresultmodel.h"
#include "editor/applyrunner.h"
#include "editor/manifesteditor.h"
#include "manifestreader.h"

#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

constexpr int AutosaveMs = 800;
const QString Source = QStringLiteral("editor");

enum ConflictColumn { ConflictObject, ConflictField, ConflictManager, ConflictDetail, ConflictColumns };

} // namespace

ApplyWindow::ApplyWindow(Setup setup, QWidget *parent)
    : QWidget(parent, Qt::Window), m_runner(setup.runner), m_drafts(std::move(setup.drafts)),
      m_draft(std::move(setup.draft)), m_namespace(setup.namespaceName), m_editor(new ManifestEditor(this)),
      m_schemas(new ApplySchemas(setup.schemas, m_editor, this)), m_model(new Models::ApplyResultModel(this)),
      m_banner(new QLabel(this)), m_results(new QTableView(this)), m_conflictBox(new QWidget(this)),
      m_conflictText(new QLabel(m_conflictBox)), m_conflicts(new QTableWidget(0, ConflictColumns, m_conflictBox)),
      m_force(new QPushButton(m_conflictBox)), m_open(new QPushButton(this)), m_dryRun(new QPushButton(this)),
      m_apply(new QPushButton(this)), m_close(new QPushButton(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("applyWindow"));
    m_runner->setParent(this);
    m_banner->setObjectName(QStringLiteral("applyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    m_results->setObjectName(QStringLiteral("applyResults"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(Models::ApplyResultModel::ResultColumn, QHeaderView::Stretch);
    m_results->setWordWrap(false);
    m_conflicts->setObjectName(QStringLiteral("applyConflicts"));
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflicts->horizontalHeader()->setSectionResizeMode(ConflictDetail, QHeaderView::Stretch);
    m_conflictText->setWordWrap(true);
    m_conflictText->setObjectName(QStringLiteral("applyConflictText"));
    m_force->setObjectName(QStringLiteral("applyForce"));
    m_open->setObjectName(QStringLiteral("applyOpen"));
    m_dryRun->setObjectName(QStringLiteral("applyDryRun"));
    m_apply->setObjectName(QStringLiteral("applyApply"));
    m_apply->setDefault(true);

    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    auto *conflictHead = new QHBoxLayout;
    conflictHead->addWidget(m_conflictText, 1);
    conflictHead->addWidget(m_force, 0, Qt::AlignBottom);
    conflictLayout->addLayout(conflictHead);
    conflictLayout->addWidget(m_conflicts, 1);
    m_conflictBox->hide();

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_results, 1);
    lowerLayout->addWidget(m_conflictBox, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &ApplyWindow::chooseFile);
    connect(m_dryRun, &QPushButton::clicked, this, &ApplyWindow::dryRun);
    connect(m_apply, &QPushButton::clicked, this, &ApplyWindow::apply);
    connect(m_force, &QPushButton::clicked, this, &ApplyWindow::forceApply);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex &index) {
        goToLine(index.data(Models::ApplyResultModel::LineRole).toInt());
    });
    connect(m_conflicts, &QTableWidget::cellActivated, this, [this](int row, int) {
        goToLine(m_conflicts->item(row, ConflictField)->data(Qt::UserRole).toInt());
    });
    connect(m_runner, &Models::ApplyRunner::documentDone, this, &ApplyWindow::documentDone);
    connect(m_runner, &Models::ApplyRunner::finished, this, &ApplyWindow::runFinished);
    // Validation replaces the diagnostics; the server's complaints about
    // the same text go back on top.
    connect(m_editor, &ManifestEditor::validationFinished, this, [this](quint64 revision) {
        if (revision == m_runRevision && !m_placed.isEmpty())
            mergePlaced();
    });
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        writeDraft();
        m_schemas->update();
    });
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        m_autosave.start();
        // Forcing takes over the fields of the text the server saw.
        m_force->setEnabled(!m_runner->isBusy() && m_editor->toPlainText() == m_runText);
    });

    retranslate();
    m_editor->setManifest(setup.text);
    m_schemas->update();
    if (setup.restored) {
        setBanner(Tone::Warning, tr("Your unapplied text from %1 is back.")
                                     .arg(QLocale().toString(m_draft.savedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    resize(960, 820);
}

ApplyWindow::~ApplyWindow()
{
    // Closed without a close event (the application quits): what was typed
    // since the last autosave goes to the draft too.
    if (isModified())
        writeDraft();
}

QString ApplyWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

bool ApplyWindow::isBusy() const
{
    return m_runner->isBusy();
}

bool ApplyWindow::isModified() const
{
    const QString text = m_editor->toPlainText();
    return !text.trimmed().isEmpty() && text != m_appliedText;
}

void ApplyWindow::apply()
{
    run(false, false, {});
}

void ApplyWindow::dryRun()
{
    run(true, false, {});
}

void ApplyWindow::forceApply()
{
    const QList<int> rows = m_model->conflictedRows();
    if (rows.isEmpty() || m_runner->isBusy())
        return;
    if (m_editor->toPlainText() != m_runText) {
        setBanner(Tone::Warning, tr("The text changed since the server named the conflicts: apply again to see "
                                    "those of the text as it is now."));
        return;
    }
    run(m_runDryRun, true, rows);
}

void ApplyWindow::run(bool dryRun, bool force, const QList<int> &rows)
{
    if (m_runner->isBusy())
        return;
    writeDraft(); // whatever happens next, the text is on disk
    const QString text = m_editor->toPlainText();
    QList<Kube::ManifestDocument> documents;
    if (force) {
        for (int row : rows)
            documents.append(m_documents.at(row));
        m_runRows = rows;
        m_model->restart(rows, dryRun);
    } else {
        const Kube::ManifestSet set = Kube::ManifestReader::read(text.toUtf8(), Source);
        m_runText = text;
        m_runRevision = m_editor->revision();
        m_placed.clear();
        if (!set.errors.isEmpty()) {
            QList<ManifestDiagnostic> errors;
            for (const Kube::ManifestProblem &problem : set.errors)
                errors.append({std::max(1, problem.position.line), problem.position.column,
                               ManifestDiagnostic::Severity::Error, problem.message});
            place(errors);
            m_model->clear();
            m_conflictBox->hide();
            const Kube::ManifestProblem &first = set.errors.first();
            setBanner(Tone::Error, tr("Nothing was sent: the text does not read as manifests. Line %1: %2")
                                       .arg(first.position.line)
                                       .arg(first.message));
            goToLine(first.position.line);
            return;
        }
        if (set.documents.isEmpty()) {
            m_model->clear();
            setBanner(Tone::Info, tr("Nothing to apply: the text holds no document."));
            return;
        }
        m_documents = set.documents;
        m_runRows.clear();
        for (int i = 0; i < m_documents.size(); ++i)
            m_runRows.append(i);
        documents = m_documents;
        m_model->start(m_documents, dryRun);
        m_conflictBox->hide();
        mergePlaced();
    }
    m_runDryRun = dryRun;
    m_runWarnings = 0;
    Kube::ApplyOptions options;
    options.namespaceName = m_namespace;
    options.dryRun = dryRun;
    options.force = force;
    options.fieldManager = QStringLiteral("kaji");
    const int count = int(documents.size());
    if (!m_runner->run(std::move(documents), options))
        return;
    setBusy(true);
    if (force)
        setBanner(Tone::Info, tr("Taking over the fields of %n document(s)…", nullptr, count));
    else if (dryRun)
        setBanner(Tone::Info, tr("Asking the server what applying would do (dry run, nothing is stored)…"));
    else
        setBanner(Tone::Info, tr("Applying %n document(s)…", nullptr, count));
}

void ApplyWindow::documentDone(const Kube::ApplyOutcome &outcome)
{
    if (outcome.index < 0 || outcome.index >= m_runRows.size())
        return;
    const int row = m_runRows.at(outcome.index);
    m_model->finish(row, outcome);
    placeWarnings(m_documents.at(row), outcome.warnings);
    m_runWarnings += int(outcome.warnings.size());
    if (outcome.result != Kube::ApplyOutcome::Result::Failed)
        return;
    const Kube::ApplyFailure &failure = outcome.failure;
    QList<ManifestDiagnostic> found;
    for (const Kube::FieldConflict &conflict : failure.conflicts) {
        found.append({std::max(1, conflict.position.line), conflict.position.column, ManifestDiagnostic::Severity::Error,
                      tr("%1 is owned by the field manager \"%2\"").arg(conflict.field, conflict.manager)});
    }
    for (const Kube::FieldProblem &problem : failure.problems) {
        found.append({std::max(1, problem.position.line), problem.position.column, ManifestDiagnostic::Severity::Error,
                      problem.field.isEmpty() ? problem.message : problem.field + QStringLiteral(": ") + problem.message});
    }
    if (found.isEmpty()) {
        found.append({std::max(1, failure.position.line), 0, ManifestDiagnostic::Severity::Error,
                      Models::ApplyResultModel::resultText(Models::ApplyResultModel::State::Failed, false, failure)});
    }
    place(found);
}

// The server's warnings (deprecated labels, fields it ignores) as warnings
// in the text: at the field they name ("spec.template.spec.nodeSelector[…]:
// deprecated …"), else at the document's start.
void ApplyWindow::placeWarnings(const Kube::ManifestDocument &document, const QStringList &warnings)
{
    QList<ManifestDiagnostic> found;
    for (const QString &warning : warnings) {
        const qsizetype colon = warning.indexOf(QStringLiteral(": "));
        const QString field = colon > 0 && !warning.left(colon).contains(u' ') ? warning.left(colon) : QString();
        const Kube::YamlPosition at = field.isEmpty() ? Kube::YamlPosition{document.firstLine, 1} : document.positionOf(field);
        found.append({std::max(1, at.line), at.column, ManifestDiagnostic::Severity::Warning,
                      tr("The server warns: %1").arg(warning)});
    }
    if (!found.isEmpty())
        place(found);
}

void ApplyWindow::runFinished()
{
    setBusy(false);
    showConflicts();
    showSummary();
    if (!m_runDryRun && m_model->allSucceeded()) {
        m_appliedText = m_runText;
        if (m_editor->toPlainText() == m_appliedText)
            discardDraft();
    }
}

void ApplyWindow::showSummary()
{
    int created = 0, configured = 0, unchanged = 0, failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->state(row)) {
        case Models::ApplyResultModel::State::Created: ++created; break;
        case Models::ApplyResultModel::State::Configured: ++configured; break;
        case Models::ApplyResultModel::State::Unchanged: ++unchanged; break;
        case Models::ApplyResultModel::State::Failed:
        case Models::ApplyResultModel::State::Waiting: ++failed; break;
        }
    }
    const QString counts = tr("%1 created, %2 configured, %3 unchanged.").arg(created).arg(configured).arg(unchanged);
    if (failed > 0) {
        const QString what = m_runDryRun ? tr("Dry run: %n document(s) would be refused.", nullptr, failed)
                                         : tr("%n document(s) not applied; your text is kept.", nullptr, failed);
        setBanner(m_model->conflictedRows().isEmpty() ? Tone::Error : Tone::Warning,
                  tr("%1 The problems are marked in the text.").arg(what));
    } else {
        QString text = m_runDryRun ? tr("Dry run: nothing was stored. It would leave %1").arg(counts)
                                   : tr("Applied: %1").arg(counts);
        if (m_runWarnings > 0)
            text += u' ' + tr("The server sent %n warning(s), marked in the text.", nullptr, m_runWarnings);
        setBanner(m_runWarnings > 0 ? Tone::Warning : Tone::Good, text);
    }
    // Worded again in another language, until another banner replaces it.
    m_summaryShown = true;
}

void ApplyWindow::place(const QList<ManifestDiagnostic> &diagnostics)
{
    for (const ManifestDiagnostic &d : diagnostics) {
        if (!m_placed.contains(d))
            m_placed.append(d);
    }
    mergePlaced();
}

void ApplyWindow::mergePlaced()
{
    if (m_editor->revision() != m_runRevision)
        return;
    ManifestDiagnostics merged = m_editor->diagnostics();
    bool added = false;
    for (const ManifestDiagnostic &d : std::as_const(m_placed)) {
        if (!merged.contains(d)) {
            merged.append(d);
            added = true;
        }
    }
    if (added)
        m_editor->setDiagnostics(m_runRevision, merged);
}

void ApplyWindow::showConflicts()
{
    m_conflicts->setRowCount(0);
    const QList<int> rows = m_model->conflictedRows();
    for (int row : rows) {
        const QString object = m_model->index(row, Models::ApplyResultModel::KindColumn).data().toString() + u' '
            + m_model->index(row, Models::ApplyResultModel::ObjectColumn).data().toString();
        for (const Kube::FieldConflict &conflict : m_model->failure(row).conflicts) {
            const int at = m_conflicts->rowCount();
            m_conflicts->insertRow(at);
            m_conflicts->setItem(at, ConflictObject, new QTableWidgetItem(object));
            auto *field = new QTableWidgetItem(conflict.field);
            field->setData(Qt::UserRole, conflict.position.line);
            m_conflicts->setItem(at, ConflictField, field);
            m_conflicts->setItem(at, ConflictManager, new QTableWidgetItem(conflict.manager));
            auto *detail = new QTableWidgetItem(conflict.detail);
            detail->setToolTip(conflict.detail);
            m_conflicts->setItem(at, ConflictDetail, detail);
        }
    }
    m_conflictBox->setVisible(!rows.isEmpty());
    m_force->setEnabled(!rows.isEmpty() && m_editor->toPlainText() == m_runText);
    retranslate(); // the Force button says whether it is a dry run
}

void ApplyWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open manifests"), QString(),
                                                      tr("Manifests (*.yaml *.yml *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ApplyWindow::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setBanner(Tone::Error, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const bool added = !m_editor->toPlainText().trimmed().isEmpty();
    addDocument(text);
    setBanner(Tone::Info, added ? tr("The documents of %1 were added after your text.").arg(QFileInfo(path).fileName())
                                : tr("Opened %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void ApplyWindow::addDocument(const QString &text)
{
    const QString current = m_editor->toPlainText();
    if (current.trimmed().isEmpty()) {
        m_editor->setManifest(text);
        m_schemas->update();
        return;
    }
    // An edit like typing (undoable), never a replacement of the text.
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    const int firstLine = cursor.blockNumber() + (current.endsWith(u'\n') ? 1 : 2) + 1;
    cursor.insertText((current.endsWith(u'\n') ? QString() : QStringLiteral("\n")) + QStringLiteral("---\n") + text);
    goToLine(firstLine);
    m_schemas->update();
}

void ApplyWindow::showNote(const QString &text)
{
    setBanner(Tone::Warning, text);
}

void ApplyWindow::goToLine(int line)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
}

void ApplyWindow::writeDraft()
{
    m_autosave.stop();
    if (!isModified()) {
        discardDraft();
        return;
    }
    m_draft.editedText = m_editor->toPlainText();
    m_draft.savedAt = {};
    QString error;
    if (!m_drafts.write(m_draft, &error))
        setBanner(Tone::Warning, tr("Your text could not be kept on disk as a draft: %1").arg(error));
}

void ApplyWindow::discardDraft()
{
    m_autosave.stop();
    // Nothing to do when no draft was written: discard() leaves a missing file be.
    m_drafts.discard(m_draft);
}

void ApplyWindow::setBusy(bool busy)
{
    m_apply->setEnabled(!busy);
    m_dryRun->setEnabled(!busy);
    m_force->setEnabled(!busy && m_editor->toPlainText() == m_runText);
}

void ApplyWindow::setBanner(Tone tone, const QString &text)
{
    showBanner(m_banner, tone, text);
    m_summaryShown = false;
}

void ApplyWindow::closeEvent(QCloseEvent *event)
{
    if (isModified()) {
        writeDraft();
        QMessageBox ask(QMessageBox::Question, tr("Unapplied text"),
                        tr("The text has not been applied as it is. Close and keep it as a draft (offered again next "
                           "time), or throw it away?"),
                        QMessageBox::NoButton, this);
        QPushButton *keep = ask.addButton(tr("Keep draft and close"), QMessageBox::AcceptRole);
        QPushButton *discard = ask.addButton(tr("Discard text"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() == discard) {
            discardDraft();
        } else if (ask.clickedButton() != keep) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void ApplyWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showConflicts();
        if (m_summaryShown)
            showSummary();
    }
    QWidget::changeEvent(event);
}

void ApplyWindow::retranslate()
{
    setWindowTitle(tr("Apply manifests — %1").arg(m_draft.context));
    m_open->setText(tr("Open file…"));
    m_open->setToolTip(tr("Add the documents of a YAML or JSON file to the text"));
    m_dryRun->setText(tr("Dry run"));
    m_dryRun->setToolTip(tr("Ask the server what applying would do, without storing anything"));
    m_apply->setText(tr("Apply"));
    m_apply->setToolTip(tr("Server-side apply of every document, as the field manager \"kaji\""));
    m_close->setText(tr("Close"));
    m_force->setText(m_runDryRun ? tr("Force (dry run)") : tr("Force apply"));
    m_conflictText->setText(
        tr("Other field managers own fields your text sets; nothing was changed for these objects. Forcing makes "
           "\"kaji\" the owner of these fields with your values, and takes them from the managers named here (a "
           "controller among them may set them back). To keep their values instead, leave the fields out of your "
           "text."));
    m_conflicts->setHorizontalHeaderLabels({tr("Object"), tr("Field"), tr("Owned by"), tr("Server's words")});
    m_model->retranslate();
}

} // namespace Kaji::Ui
