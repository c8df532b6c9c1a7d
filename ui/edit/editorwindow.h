#pragma once

#include "editor/draftstore.h"
#include "editor/editoutcome.h"
#include "editor/schemaset.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

// GUI thread.
namespace Kaji::Models {
class EditSession;
class SchemaProvider;
}

namespace Kaji::Ui {

class ManifestEditor;

// One object open for editing, in a window of its own: the manifest editor
// (validated against the cluster's schema while typing), a banner that
// says what happened, and Review, Save and Revert. Nothing here ever
// replaces the user's text with something else unless they ask for it or a
// save has stored it: errors, conflicts and server changes are told in the
// banner, and the text is autosaved as a draft a moment after each edit.
class EditorWindow : public QWidget {
    Q_OBJECT
public:
    struct Setup {
        Models::EditSession *session = nullptr; // taken over
        Models::SchemaProvider *schemas = nullptr; // the connection's; may be null
        Models::DraftStore drafts { QString() };
        Models::Draft draft; // context, kind and name filled in: what autosaves write
        QString restoredText; // a draft's text to start from instead of the object
    };

    explicit EditorWindow(Setup setup, QWidget *parent = nullptr);
    ~EditorWindow() override;

    ManifestEditor *editor() const { return m_editor; }
    QString bannerText() const;
    bool isModified() const;
    bool isBusy() const;

    void review();
    void save();

Q_SIGNALS:
    // A save or create ended (the details panel may want to refresh).
    void outcome(const Kaji::Models::EditOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Info, Good, Warning, Error };

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
    QPushButton *m_bannerAction;
    std::function<void()> m_bannerCallback;
    QPushButton *m_review;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_close;
    QTimer m_autosave;
    bool m_draftWritten = false;
};

} // namespace Kaji::Ui
