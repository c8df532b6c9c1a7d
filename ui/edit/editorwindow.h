#pragma once

#include "bannertone.h"
#include "editor/draftstore.h"
#include "editor/editoutcome.h"
#include "editor/schemaset.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <nlohmann/json.hpp>


class QLabel;
class QPushButton;

// GUI thread.
namespace Kaji::Models {
class EditSession;
class ObjectWatch;
class SchemaProvider;
}

namespace Kaji::Ui {

class ManifestEditor;
class SecretConcealer;

// One object open for editing, in a window of its own: the manifest editor
// (validated against the cluster's schema while typing), a banner that
// says what happened, and Review, Save and Revert. Nothing here ever
// replaces the user's text with something else unless they ask for it or a
// save has stored it: errors, conflicts and server changes are told in the
// banner, and the text is autosaved as a draft a moment after each edit.
// While the window is open the object is watched: a change by someone else
// (its status and resourceVersion aside) or its deletion is told in the
// banner, with its difference one click away. A Secret's values are masked
// until revealed (SecretConcealer); what is saved, reviewed or drafted is
// always the real text.
class EditorWindow : public QWidget {
    Q_OBJECT
public:
    struct Setup {
        Models::EditSession *session = nullptr; // taken over
        Models::SchemaProvider *schemas = nullptr; // the connection's; may be null
        Models::DraftStore drafts { QString() };
        Models::Draft draft; // context, kind and name filled in: what autosaves write
        QString restoredText; // a draft's text to start from instead of the object
        Models::ObjectWatch *watch = nullptr; // taken over; null: no news from the server
    };

    explicit EditorWindow(Setup setup, QWidget *parent = nullptr);
    ~EditorWindow() override;

    ManifestEditor *editor() const { return m_editor; }
    SecretConcealer *secrets() const { return m_secrets; }
    QString bannerText() const;
    bool isModified() const;
    bool isBusy() const;
    // What a save would send from now: the editor's text with every masked
    // value mapped back.
    QString realText() const;

    void review();
    void save();
    // After a change on the server was told: its difference to what is
    // shown, and taking it (only while the user has no edits).
    void showServerChanges();
    void takeServerUpdate();

Q_SIGNALS:
    // A save or create ended (the details panel may want to refresh).
    void outcome(const Kaji::Models::EditOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Tone = BannerTone;
    struct BannerAction {
        QString text;
        std::function<void()> run;
    };

    void finished(const Models::EditOutcome &outcome);
    void showShown(); // the session's base as the editor's text
    void showText(const QString &text);
    void writeDraft();
    void discardDraft();
    void revert();
    void createFromEdits();
    void resolveConflict(const Models::EditOutcome &outcome);
    void placeProblems(const Models::EditOutcome &outcome);
    void loadSchemas();
    void setBanner(Tone tone, const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    void setBanner(Tone tone, const QString &text, const QList<BannerAction> &actions);
    bool sendable(QString *text); // false (and says why) while a mask hides nothing known
    void watchShown();
    void serverNews(const nlohmann::json &object); // null: deleted
    void serverChanged(const nlohmann::json &object);
    void serverDeleted();
    void updateTitle();
    void retranslate();

    Models::EditSession *m_session;
    Models::SchemaProvider *m_schemas;
    Models::DraftStore m_drafts;
    Models::Draft m_draft;
    Models::SchemaSetPtr m_schemaSet;
    QString m_schemaPath;
    ManifestEditor *m_editor;
    QLabel *m_banner;
    QList<QPushButton *> m_bannerActions;
    QList<std::function<void()>> m_bannerCallbacks;
    nlohmann::json m_serverObject; // the changed object last told of; null when none
    bool m_goneOnServer = false;
    // News learnt while a save was under way, in order (null: deleted):
    // told once it has ended.
    QList<nlohmann::json> m_pending;
    // The resourceVersion a save just stored, until its own event comes
    // back: news before it are older than the text shown and are dropped.
    QString m_echo;
    QElapsedTimer m_echoAge;
    QPushButton *m_review;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_close;
    SecretConcealer *m_secrets;
    QPushButton *m_revealAll;
    QPushButton *m_hideAll;
    Models::ObjectWatch *m_watch;
    QTimer m_autosave;
};

} // namespace Kaji::Ui
