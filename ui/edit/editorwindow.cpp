#include "editorwindow.h"

#include "editor/editsession.h"
#include "editor/groupversionkind.h"
#include "editor/manifesteditor.h"
#include "editor/schemaprovider.h"
#include "reviewdialog.h"
#include "schemahooks.h"
#include "threewaydialog.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

constexpr int AutosaveMs = 800;

QString displayName(const Models::Draft &draft)
{
    return draft.namespaceName.isEmpty() ? draft.name : draft.namespaceName + u'/' + draft.name;
}

} // namespace

EditorWindow::EditorWindow(Setup setup, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(setup.session)
    , m_schemas(setup.schemas)
    , m_drafts(std::move(setup.drafts))
    , m_draft(std::move(setup.draft))
    , m_editor(new ManifestEditor(this))
    , m_banner(new QLabel(this))
    , m_bannerAction(new QPushButton(this))
    , m_review(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("editorWindow"));
    m_session->setParent(this);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_bannerAction->setObjectName(QStringLiteral("editorBannerAction"));
    m_bannerAction->hide();
    m_review->setObjectName(QStringLiteral("editorReview"));
    m_save->setObjectName(QStringLiteral("editorSave"));
    m_revert->setObjectName(QStringLiteral("editorRevert"));
    m_save->setDefault(true);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_bannerAction);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_review);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    connect(m_session, &Models::EditSession::finished, this, &EditorWindow::finished);
    connect(m_review, &QPushButton::clicked, this, &EditorWindow::review);
    connect(m_save, &QPushButton::clicked, this, &EditorWindow::save);
    connect(m_revert, &QPushButton::clicked, this, &EditorWindow::revert);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        if (m_bannerCallback)
            m_bannerCallback();
    });
    connect(m_editor, &ManifestEditor::editRefused, this,
        [this](const QString &reason) { setBanner(Tone::Info, reason); });
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &EditorWindow::writeDraft);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] { m_autosave.start(); });

    retranslate();
    showShown();
    if (!setup.restoredText.isEmpty() && setup.restoredText != m_editor->toPlainText()) {
        // The user's unsaved edit from before comes back as it was.
        showText(setup.restoredText);
        setBanner(Tone::Warning, tr("Your unsaved edit from %1 is back. Review it before saving: the object may have "
                                    "changed since.")
                                     .arg(QLocale().toString(m_draft.savedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    loadSchemas();
    resize(900, 760);
}

EditorWindow::~EditorWindow()
{
    // Closed without a close event (the application quits): what was typed
    // since the last autosave goes to the draft too.
    if (isModified())
        writeDraft();
}

void EditorWindow::showShown()
{
    const Models::EditableText &shown = m_session->shown();
    showText(shown.text);
    m_draft.shownText = shown.text;
    m_draft.shownResourceVersion = shown.resourceVersion;
    updateTitle();
}

void EditorWindow::showText(const QString &text)
{
    m_editor->setManifest(text);
    // Found in the text itself rather than taken from the object's lines, so
    // a restored draft is protected the same way.
    const QStringList lines = text.split(u'\n');
    const QStringList &owned = Models::EditableText::serverOwnedFields();
    bool inMetadata = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (!line.isEmpty() && !line.front().isSpace() && !line.startsWith(u'#'))
            inMetadata = line == QLatin1String("metadata:");
        if (line == QLatin1String("status:")) {
            m_editor->addReadOnlyLines(i + 1, m_editor->blockEndLine(i + 1),
                tr("The status is written by the cluster, not by you: it is shown, never sent."));
            m_editor->foldLine(i + 1);
        } else if (inMetadata && line.size() > 2 && line.startsWith(QLatin1String("  ")) && !line.at(2).isSpace()
            && owned.contains(line.mid(2).section(u':', 0, 0))) {
            m_editor->markServerOwned(i + 1, tr("Set by the API server; changes to it are not sent."));
        }
    }
}

QString EditorWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

bool EditorWindow::isModified() const
{
    return m_editor->toPlainText() != m_session->shown().text;
}

bool EditorWindow::isBusy() const
{
    return m_session->isBusy();
}

void EditorWindow::review()
{
    if (m_session->preview(m_editor->toPlainText()))
        setBanner(Tone::Info, tr("Asking the server what saving would change (dry run)…"));
}

void EditorWindow::save()
{
    writeDraft(); // whatever happens next, the text is on disk
    if (m_session->save(m_editor->toPlainText()))
        setBanner(Tone::Info, tr("Saving…"));
}

void EditorWindow::createFromEdits()
{
    if (m_session->createFromEdits(m_editor->toPlainText()))
        setBanner(Tone::Info, tr("Creating the object from your edits…"));
}

void EditorWindow::finished(const Models::EditOutcome &outcome)
{
    using Kind = Models::EditOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Saved:
    case Kind::Created:
        // Stored: the editor shows the object as the server has it now.
        discardDraft();
        showShown();
        setBanner(Tone::Good,
            outcome.kind == Kind::Saved
                ? tr("Saved: %n field(s) changed.", nullptr, int(outcome.touchedPaths.size()))
                : tr("Created from your edits."));
        break;
    case Kind::Unchanged:
        discardDraft();
        setBanner(Tone::Info, tr("Nothing to save: the text means what the object already is."));
        break;
    case Kind::Previewed: {
        setBanner(Tone::Info, tr("Dry run done: review the changes."));
        ReviewDialog dialog(outcome.diff, this);
        if (dialog.exec() == QDialog::Accepted)
            save();
        break;
    }
    case Kind::PreviewUnavailable:
        setBanner(Tone::Warning, tr("Preview unavailable: %1 Saving is still possible.").arg(outcome.message));
        break;
    case Kind::Conflict: resolveConflict(outcome); break;
    case Kind::DeletedOnServer:
        setBanner(Tone::Error, tr("The object was deleted on the server. Your text is kept."),
            tr("Create from my edits"), [this] { createFromEdits(); });
        break;
    case Kind::Invalid:
        placeProblems(outcome);
        setBanner(Tone::Error, outcome.message); // says what was refused, and where
        break;
    case Kind::PreconditionFailed:
    case Kind::Forbidden:
    case Kind::Failed:
        setBanner(Tone::Error, tr("Not saved: %1 Your text is kept.").arg(outcome.message));
        break;
    }
    Q_EMIT this->outcome(outcome);
}

void EditorWindow::resolveConflict(const Models::EditOutcome &outcome)
{
    setBanner(Tone::Warning, tr("Someone else changed fields you changed too. Nothing was saved."));
    ThreeWayDialog dialog(outcome.fields, this);
    if (dialog.exec() == QDialog::Accepted && m_session->saveOverriding(m_editor->toPlainText()))
        setBanner(Tone::Info, tr("Saving your values over theirs…"));
}

void EditorWindow::placeProblems(const Models::EditOutcome &outcome)
{
    ManifestDiagnostics diagnostics = m_editor->diagnostics();
    for (const Models::EditProblem &problem : outcome.problems) {
        diagnostics.append(ManifestDiagnostic { std::max(1, problem.line), problem.column,
            ManifestDiagnostic::Severity::Error, problem.message });
    }
    m_editor->setDiagnostics(m_editor->revision(), diagnostics);
}

void EditorWindow::revert()
{
    if (!isModified())
        return;
    if (QMessageBox::question(this, tr("Revert"), tr("Throw away your changes and show the object as it was opened?"))
        != QMessageBox::Yes)
        return;
    showShown();
    discardDraft();
    setBanner(Tone::Info, tr("Reverted."));
}

void EditorWindow::writeDraft()
{
    m_autosave.stop();
    if (!isModified()) {
        discardDraft();
        return;
    }
    m_draft.editedText = m_editor->toPlainText();
    m_draft.savedAt = {};
    QString error;
    if (m_drafts.write(m_draft, &error))
        m_draftWritten = true;
    else
        setBanner(Tone::Warning, tr("Your draft could not be kept on disk: %1").arg(error));
}

void EditorWindow::discardDraft()
{
    m_autosave.stop();
    if (m_draftWritten || m_drafts.find(m_draft.context, m_draft.apiVersion, m_draft.kind, m_draft.namespaceName,
                              m_draft.name))
        m_drafts.discard(m_draft);
    m_draftWritten = false;
}

void EditorWindow::loadSchemas()
{
    if (!m_schemas)
        return;
    const auto gvk = Models::GroupVersionKind::fromObject(m_session->shown().shownObject);
    m_schemaPath = gvk.documentPath();
    const auto use = [this](const Models::SchemaSetPtr &set) {
        m_schemaSet = set;
        m_editor->setValidationCheck(SchemaHooks::check(set));
    };
    connect(m_schemas, &Models::SchemaProvider::schemaReady, this,
        [this, use](const QString &path, const Models::SchemaSetPtr &set) {
            if (path == m_schemaPath)
                use(set);
        });
    connect(m_schemas, &Models::SchemaProvider::schemaFailed, this, [this](const QString &path, const QString &why) {
        if (path == m_schemaPath)
            m_editor->setValidationCheck(SchemaHooks::check(nullptr, why));
    });
    const SchemaHooks::CurrentSchemas current = [this] { return m_schemaSet; };
    m_editor->setHoverProvider(SchemaHooks::hover(current));
    m_editor->setCompletionProvider(SchemaHooks::completion(current));
    if (const Models::SchemaSetPtr set = m_schemas->schemas(m_schemaPath))
        use(set);
}

void EditorWindow::setBanner(Tone tone, const QString &text, const QString &actionText, std::function<void()> action)
{
    QColor colour;
    switch (tone) {
    case Tone::Info: colour = palette().color(QPalette::AlternateBase); break;
    case Tone::Good: colour = QColor(0x2e, 0x7d, 0x32, 60); break;
    case Tone::Warning: colour = QColor(0xf9, 0xa8, 0x25, 70); break;
    case Tone::Error: colour = QColor(0xc6, 0x28, 0x28, 60); break;
    }
    QPalette banner = palette();
    banner.setColor(QPalette::Window, colour);
    m_banner->setPalette(banner);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_bannerAction->setText(actionText);
    m_bannerAction->setVisible(!actionText.isEmpty());
    m_bannerCallback = std::move(action);
}

void EditorWindow::updateTitle()
{
    setWindowTitle(tr("Edit %1 %2 — %3").arg(m_draft.kind, displayName(m_draft), m_draft.context));
}

void EditorWindow::closeEvent(QCloseEvent *event)
{
    if (isModified()) {
        writeDraft();
        QMessageBox ask(QMessageBox::Question, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Close and keep them as a draft (offered again next time), or "
               "throw them away?")
                .arg(displayName(m_draft)),
            QMessageBox::NoButton, this);
        QPushButton *keep = ask.addButton(tr("Keep draft and close"), QMessageBox::AcceptRole);
        QPushButton *discard = ask.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
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

void EditorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EditorWindow::retranslate()
{
    m_review->setText(tr("Review changes…"));
    m_review->setToolTip(tr("Ask the server what saving would change (a dry run), and show the difference"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Send what you changed, locked to the server's current version of the object"));
    m_revert->setText(tr("Revert"));
    m_close->setText(tr("Close"));
    updateTitle();
}

} // namespace Kaji::Ui
