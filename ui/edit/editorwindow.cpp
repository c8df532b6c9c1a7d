#include "editorwindow.h"

#include "editor/editsession.h"
#include "editor/groupversionkind.h"
#include "editor/manifesteditor.h"
#include "editor/objectwatch.h"
#include "editor/schemaprovider.h"
#include "jsonfields.h"
#include "objectdiff.h"
#include "reviewdialog.h"
#include "schemahooks.h"
#include "secretconcealer.h"
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
// How long news are held back after a save until its own event is back
// (a watch that was re-read may never show it).
constexpr int EchoWaitMs = 10000;

QString displayName(const Models::Draft &draft)
{
    return draft.namespaceName.isEmpty() ? draft.name : draft.namespaceName + u'/' + draft.name;
}

// The manager of the newest managedFields entry: who wrote last, as far as
// the object itself says.
QString latestManager(const nlohmann::json &object)
{
    const nlohmann::json &fields = Kube::jsonChild(Kube::jsonChild(object, "metadata"), "managedFields");
    if (!fields.is_array())
        return {};
    QString manager;
    QString newest;
    for (const nlohmann::json &entry : fields) {
        const QString time = Kube::jsonText(entry, "time"); // RFC 3339 in UTC: sorts as text
        // Ties (one second apart at best) go to the later entry.
        if (manager.isEmpty() || time >= newest) {
            newest = time;
            manager = Kube::jsonText(entry, "manager");
        }
    }
    return manager;
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
    , m_review(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_secrets(new SecretConcealer(m_editor))
    , m_revealAll(new QPushButton(this))
    , m_hideAll(new QPushButton(this))
    , m_watch(setup.watch)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("editorWindow"));
    m_session->setParent(this);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    for (int i = 0; i < 2; ++i) {
        auto *action = new QPushButton(this);
        action->setObjectName(i == 0 ? QStringLiteral("editorBannerAction") : QStringLiteral("editorBannerAction2"));
        action->hide();
        connect(action, &QPushButton::clicked, this, [this, i] {
            if (const std::function<void()> callback = m_bannerCallbacks.value(i))
                callback();
        });
        m_bannerActions.append(action);
    }
    m_revealAll->setObjectName(QStringLiteral("editorRevealAll"));
    m_hideAll->setObjectName(QStringLiteral("editorHideAll"));
    m_secrets->setEnabled(m_session->shown().secret);
    m_revealAll->setVisible(m_secrets->isEnabled());
    m_hideAll->setVisible(m_secrets->isEnabled());
    m_review->setObjectName(QStringLiteral("editorReview"));
    m_save->setObjectName(QStringLiteral("editorSave"));
    m_revert->setObjectName(QStringLiteral("editorRevert"));
    m_save->setDefault(true);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    for (QPushButton *action : std::as_const(m_bannerActions))
        bannerRow->addWidget(action);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revert);
    buttons->addWidget(m_revealAll);
    buttons->addWidget(m_hideAll);
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
    connect(m_revealAll, &QPushButton::clicked, m_secrets, &SecretConcealer::revealAll);
    connect(m_hideAll, &QPushButton::clicked, m_secrets, &SecretConcealer::hideAll);
    connect(m_secrets, &SecretConcealer::unknownValue, this, [this](const QString &key) {
        setBanner(Tone::Warning,
            tr("Nothing is known behind the mask of %1 (it was not a value of this Secret): type its value.").arg(key));
    });
    connect(m_editor, &ManifestEditor::editRefused, this,
        [this](const QString &reason) { setBanner(Tone::Info, reason); });
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &EditorWindow::writeDraft);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] { m_autosave.start(); });

    retranslate();
    showShown();
    if (!setup.restoredText.isEmpty() && setup.restoredText != realText()) {
        // The user's unsaved edit from before comes back as it was.
        showText(setup.restoredText);
        setBanner(Tone::Warning, tr("Your unsaved edit from %1 is back. Review it before saving: the object may have "
                                    "changed since.")
                                     .arg(QLocale().toString(m_draft.savedAt.toLocalTime(), QLocale::ShortFormat)));
    } else if (m_secrets->isEnabled() && !m_secrets->maskedKeys().isEmpty()) {
        setBanner(Tone::Info, tr("The values of this Secret are masked. Click a lock in the margin (or use the context "
                                 "menu) to reveal one, or Reveal all values."));
    }
    loadSchemas();
    if (m_watch) {
        m_watch->setParent(this);
        connect(m_watch, &Models::ObjectWatch::changed, this, &EditorWindow::serverNews);
        connect(m_watch, &Models::ObjectWatch::deleted, this, [this] { serverNews(nlohmann::json()); });
        watchShown();
    }
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

void EditorWindow::watchShown()
{
    if (!m_watch)
        return;
    const nlohmann::json &metadata = Kube::jsonChild(m_session->shown().shownObject, "metadata");
    m_watch->start(Kube::jsonText(metadata, "namespace"), Kube::jsonText(metadata, "name"),
        m_session->shown().resourceVersion);
}

void EditorWindow::showText(const QString &text)
{
    m_secrets->show(text);
    const QString shownText = m_editor->toPlainText();
    // Found in the text itself rather than taken from the object's lines, so
    // a restored draft is protected the same way.
    const QStringList lines = shownText.split(u'\n');
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
    return realText() != m_session->shown().text;
}

QString EditorWindow::realText() const
{
    return m_secrets->text();
}

bool EditorWindow::sendable(QString *text)
{
    const Models::SecretMask::Unmasked real = m_secrets->unmasked();
    if (!real.unresolved.isEmpty()) {
        setBanner(Tone::Error,
            tr("Not sent: the value of %1 is still a mask with nothing known behind it. Type its value.")
                .arg(real.unresolved.join(QLatin1String(", "))));
        return false;
    }
    *text = real.text;
    return true;
}

bool EditorWindow::isBusy() const
{
    return m_session->isBusy();
}

void EditorWindow::review()
{
    QString text;
    if (sendable(&text) && m_session->preview(text))
        setBanner(Tone::Info, tr("Asking the server what saving would change (dry run)…"));
}

void EditorWindow::save()
{
    writeDraft(); // whatever happens next, the text is on disk
    QString text;
    if (sendable(&text) && m_session->save(text))
        setBanner(Tone::Info, tr("Saving…"));
}

void EditorWindow::createFromEdits()
{
    QString text;
    if (sendable(&text) && m_session->createFromEdits(text))
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
        m_serverObject = nlohmann::json();
        if (outcome.kind == Kind::Created) {
            // Watched anew from the created version: no older news can come.
            m_goneOnServer = false;
            m_echo.clear();
            m_pending.clear();
            watchShown(); // it may have a new name, and it has a new life
        } else {
            m_echo = m_session->shown().resourceVersion;
            m_echoAge.start();
        }
    {
        const QString done = outcome.kind == Kind::Saved
            ? tr("Saved: %n field(s) changed.", nullptr, int(outcome.touchedPaths.size()))
            : tr("Created from your edits.");
        // Stored all the same, but the server said something worth reading
        // (a deprecated label, a field it will ignore).
        if (outcome.warnings.isEmpty())
            setBanner(Tone::Good, done);
        else
            setBanner(Tone::Warning, done + u' ' + tr("The server warns: %1").arg(outcome.warnings.join(QStringLiteral("; "))));
        break;
    }
    case Kind::Unchanged:
        discardDraft();
        setBanner(Tone::Info, tr("Nothing to save: the text means what the object already is."));
        break;
    case Kind::Previewed: {
        setBanner(outcome.warnings.isEmpty() ? Tone::Info : Tone::Warning,
            outcome.warnings.isEmpty()
                ? tr("Dry run done: review the changes.")
                : tr("Dry run done: review the changes.") + u' '
                    + tr("The server warns: %1").arg(outcome.warnings.join(QStringLiteral("; "))));
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
        m_goneOnServer = true;
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
    // What the watch said meanwhile, after the outcome's own news; a failed
    // save's message stays until the next news instead.
    if (outcome.succeeded()) {
        const QList<nlohmann::json> pending = std::exchange(m_pending, {});
        for (const nlohmann::json &news : pending)
            serverNews(news);
    }
    Q_EMIT this->outcome(outcome);
}

void EditorWindow::resolveConflict(const Models::EditOutcome &outcome)
{
    setBanner(Tone::Warning, tr("Someone else changed fields you changed too. Nothing was saved."));
    ThreeWayDialog dialog(outcome.fields, this);
    QString text;
    if (dialog.exec() == QDialog::Accepted && sendable(&text) && m_session->saveOverriding(text))
        setBanner(Tone::Info, tr("Saving your values over theirs…"));
}

void EditorWindow::placeProblems(const Models::EditOutcome &outcome)
{
    ManifestDiagnostics diagnostics = m_editor->diagnostics();
    // The server's lines are those of the real text; masked values of
    // several lines stand on one line in the editor.
    const QList<int> shownLine = m_secrets->unmasked().maskedLineOf;
    for (const Models::EditProblem &problem : outcome.problems) {
        const int line = std::max(1, problem.line);
        const int shown = line <= shownLine.size() ? shownLine.at(line - 1) + 1 : line;
        diagnostics.append(ManifestDiagnostic { shown, shown == line ? problem.column : 0,
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
    // The real values: a draft must save what the user means. Drafts are
    // files only this user may read, as before (see DraftStore).
    m_draft.editedText = realText();
    m_draft.savedAt = {};
    QString error;
    if (!m_drafts.write(m_draft, &error))
        setBanner(Tone::Warning, tr("Your draft could not be kept on disk: %1").arg(error));
}

void EditorWindow::discardDraft()
{
    m_autosave.stop();
    // Nothing to do when no draft was written: discard() leaves a missing file be.
    m_drafts.discard(m_draft);
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

void EditorWindow::serverNews(const nlohmann::json &object)
{
    if (m_session->isBusy()) {
        // Perhaps this very save: judged against what it leaves shown.
        m_pending.append(object);
        return;
    }
    if (!m_echo.isEmpty()) {
        // Events come in the order of their writes: until the one of the
        // version just stored is back, every other is from before it.
        const QString version = Kube::jsonText(Kube::jsonChild(object, "metadata"), "resourceVersion");
        if (m_echoAge.elapsed() < EchoWaitMs && version != m_echo)
            return;
        m_echo.clear();
    }
    if (object.is_null())
        serverDeleted();
    else
        serverChanged(object);
}

void EditorWindow::serverChanged(const nlohmann::json &object)
{
    const Models::EditableText live = Models::EditableText::fromObject(object);
    // Compared as a save compares: status, managedFields, resourceVersion
    // and the other server-owned metadata out. A kubelet's status write or
    // our own save's echo is no news.
    if (live.shownApiObject == m_session->shown().shownApiObject) {
        if (m_goneOnServer || !m_serverObject.is_null()) {
            m_goneOnServer = false;
            m_serverObject = nlohmann::json();
            setBanner(Tone::Info, tr("The object on the server is as you opened it again."));
        }
        return;
    }
    m_goneOnServer = false;
    // A controller answering our own save (the Deployment controller's
    // revision annotation after a template change) writes within moments of
    // it. With nothing typed since, no edit can be lost: show the object as
    // stored and leave the save's banner, and the server's warnings in it.
    if (!isModified() && m_echo.isEmpty() && m_echoAge.isValid() && m_echoAge.elapsed() < EchoWaitMs) {
        m_serverObject = nlohmann::json();
        m_session->setShown(live);
        showShown();
        return;
    }
    m_serverObject = object;
    const QString manager = latestManager(object);
    QString text = manager.isEmpty()
        ? tr("Changed on the server (resourceVersion %1). Your text is kept.").arg(live.resourceVersion)
        : tr("Changed on the server (resourceVersion %1, by %2). Your text is kept.").arg(live.resourceVersion, manager);
    QList<BannerAction> actions { { tr("Show changes…"), [this] { showServerChanges(); } } };
    if (isModified())
        text += u' '
            + tr("Saving applies your changes on top of it: what you did not change keeps the server's values, and "
                 "a field changed on both sides is shown to you first.");
    else
        actions.append({ tr("Take the update"), [this] { takeServerUpdate(); } });
    setBanner(Tone::Warning, text, actions);
}

void EditorWindow::serverDeleted()
{
    m_goneOnServer = true;
    m_serverObject = nlohmann::json();
    setBanner(Tone::Error, tr("Deleted on the server. Your text is kept."), tr("Create from my edits"),
        [this] { createFromEdits(); });
}

void EditorWindow::showServerChanges()
{
    if (m_serverObject.is_null())
        return;
    const Models::EditableText live = Models::EditableText::fromObject(m_serverObject);
    const nlohmann::json &metadata = Kube::jsonChild(m_serverObject, "metadata");
    const QString apiVersion = Kube::jsonText(m_serverObject, "apiVersion");
    const QString name = Models::ObjectDiff::name(apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString(),
        apiVersion.section(u'/', -1), Kube::jsonText(m_serverObject, "kind"), Kube::jsonText(metadata, "namespace"),
        Kube::jsonText(metadata, "name"));
    // Both in the form a save compares (a Secret's values masked by the diff).
    QString diff = Models::ObjectDiff::unified(m_session->shown().shownApiObject, live.shownApiObject, name);
    // kubectl diff's "live/" and "merged/" would say the wrong thing here.
    QStringList lines = diff.split(u'\n');
    for (int i = 0; i < std::min<qsizetype>(3, lines.size()); ++i) {
        lines[i].replace(QStringLiteral(" live/"), QStringLiteral(" opened/"));
        lines[i].replace(QStringLiteral(" merged/"), QStringLiteral(" server/"));
    }
    diff = lines.join(u'\n');
    ReviewDialog dialog(diff, this, ReviewDialog::Purpose::ServerChange, !isModified());
    if (dialog.exec() == QDialog::Accepted)
        takeServerUpdate();
}

void EditorWindow::takeServerUpdate()
{
    if (m_serverObject.is_null())
        return;
    if (isModified()) {
        setBanner(Tone::Info,
            tr("Your edits are kept, not replaced. Saving applies them on top of the server's version."),
            tr("Show changes…"), [this] { showServerChanges(); });
        return;
    }
    m_session->setShown(Models::EditableText::fromObject(m_serverObject));
    m_serverObject = nlohmann::json();
    showShown();
    setBanner(Tone::Good, tr("Showing the object as it is on the server now."));
}

void EditorWindow::setBanner(Tone tone, const QString &text, const QString &actionText, std::function<void()> action)
{
    QList<BannerAction> actions;
    if (!actionText.isEmpty())
        actions.append({ actionText, std::move(action) });
    setBanner(tone, text, actions);
}

void EditorWindow::setBanner(Tone tone, const QString &text, const QList<BannerAction> &actions)
{
    showBanner(m_banner, tone, text);
    m_bannerCallbacks.clear();
    for (int i = 0; i < m_bannerActions.size(); ++i) {
        const BannerAction action = actions.value(i);
        m_bannerActions.at(i)->setText(action.text);
        m_bannerActions.at(i)->setVisible(!action.text.isEmpty());
        m_bannerCallbacks.append(action.run);
    }
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
    if (m_watch)
        m_watch->stop(); // no news for a closed window
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
    m_revealAll->setText(tr("Reveal all values"));
    m_revealAll->setToolTip(tr("Show every value of this Secret in the text"));
    m_hideAll->setText(tr("Hide all values"));
    m_hideAll->setToolTip(tr("Mask every value of this Secret again; what you typed is kept behind the mask"));
    updateTitle();
}

} // namespace Kaji::Ui
