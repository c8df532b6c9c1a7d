#pragma once

#include "bannertone.h"
#include "editor/draftstore.h"
#include "editor/manifestdiagnostic.h"
#include "manifestdocument.h"
#include "serversideapply.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

// GUI thread.
namespace Kaji::Models {
class ApplyResultModel;
class ApplyRunner;
class SchemaProvider;
}

namespace Kaji::Ui {

class ApplySchemas;
class ManifestEditor;

// Manifests to create or apply, in a window of their own: an editor for
// one or many YAML documents (typed, pasted, opened from a file or made
// from a kind's template), a server-side dry run and apply (field manager
// "kaji"), a table of what became of each document and, when other field
// managers own fields the text sets, a table of them with Force as an
// explicit choice. Nothing is sent while the text does not read as YAML;
// refusals are placed at their lines; the text is never cleared by an
// error and is autosaved as the context's apply draft.
class ApplyWindow : public QWidget {
    Q_OBJECT
public:
    struct Setup {
        Models::ApplyRunner *runner = nullptr; // taken over
        Models::SchemaProvider *schemas = nullptr; // the connection's; may be null
        Models::DraftStore drafts{QString()};
        Models::Draft draft; // the context's apply draft (ApplyDraft::forContext)
        QString namespaceName; // for namespaced documents that name none
        QString text; // to start with: a restored draft or a template
        bool restored = false; // `text` is a draft from before
    };

    explicit ApplyWindow(Setup setup, QWidget *parent = nullptr);
    ~ApplyWindow() override;

    ManifestEditor *editor() const { return m_editor; }
    Models::ApplyResultModel *results() const { return m_model; }
    QTableView *resultsView() const { return m_results; }
    QTableWidget *conflictsTable() const { return m_conflicts; }
    QString bannerText() const;
    bool isBusy() const;
    // Text that was neither applied as it is nor left empty.
    bool isModified() const;

    void apply();
    void dryRun();
    // Applies the documents refused for conflicts again, taking their fields over.
    void forceApply();
    // Adds the documents of a file after the text (or as the text, when empty).
    bool openFile(const QString &path);
    // Adds a document (a template) after the text and puts the cursor on it.
    void addDocument(const QString &text);
    // A warning in the banner (a template made without its schema).
    void showNote(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Tone = BannerTone;

    void run(bool dryRun, bool force, const QList<int> &rows);
    void placeWarnings(const Kube::ManifestDocument &document, const QStringList &warnings);
    void documentDone(const Kube::ApplyOutcome &outcome);
    void runFinished();
    void showSummary(); // what the last run did, in the banner
    void place(const QList<ManifestDiagnostic> &diagnostics);
    void mergePlaced();
    void showConflicts();
    void chooseFile();
    void goToLine(int line);
    void writeDraft();
    void discardDraft();
    void setBusy(bool busy);
    void setBanner(Tone tone, const QString &text);
    void retranslate();

    Models::ApplyRunner *m_runner;
    Models::DraftStore m_drafts;
    Models::Draft m_draft;
    QString m_namespace;
    ManifestEditor *m_editor;
    ApplySchemas *m_schemas;
    Models::ApplyResultModel *m_model;
    QLabel *m_banner;
    QTableView *m_results;
    QWidget *m_conflictBox;
    QLabel *m_conflictText;
    QTableWidget *m_conflicts;
    QPushButton *m_force;
    QPushButton *m_open;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_close;
    QTimer m_autosave;
    bool m_summaryShown = false;

    // The run under way or last done.
    QList<Kube::ManifestDocument> m_documents; // of the whole text, by row
    QList<int> m_runRows; // the run's document index → row
    QString m_runText;
    int m_runWarnings = 0; // Warning headers of the run's answers
    quint64 m_runRevision = 0;
    bool m_runDryRun = false;
    QString m_appliedText; // the text as last applied in full
    ManifestDiagnostics m_placed; // the server's complaints, for m_runRevision
};

} // namespace Kaji::Ui
