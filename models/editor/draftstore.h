#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Any thread; one DraftStore per directory and thread (the files are the
// shared state, each written atomically).
namespace Kaji::Models {

// An edit not yet saved, kept on disk so that neither a crash nor a
// refused save loses it.
struct Draft {
    QString context; // kubeconfig context
    QString apiVersion; // "apps/v1"
    QString kind;
    QString resource; // plural as discovery names it ("deployments"), if known
    QString namespaceName; // empty for cluster-scoped objects
    QString name;
    QString shownText; // what the editor showed first: the base of the edit
    QString shownResourceVersion;
    QString editedText;
    QDateTime savedAt; // UTC
    QString fileName; // set by DraftStore: the file it lives in

    bool sameObject(const Draft &other) const;
};

// Drafts under one directory (the app passes AppDataLocation + "/drafts"),
// one file per context and object. Each write goes to a temporary file
// that replaces the draft only once complete (QSaveFile), so a process
// killed between or during writes leaves the previous draft or the new one,
// never half of one. Files are readable by their owner only: a Secret's
// draft holds its values. Names carry no context name (a hash of it) and
// nothing but [a-z0-9._-].
class DraftStore {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::DraftStore)
public:
    explicit DraftStore(QString directory);

    const QString &directory() const { return m_directory; }

    // Writes (or replaces) the draft of its object; the caller debounces.
    // Sets `savedAt` when unset. False with `error` when it could not.
    bool write(const Draft &draft, QString *error = nullptr);
    // Every complete draft, newest first (crash recovery at start).
    // Temporary files of unfinished writes and unreadable files are skipped.
    QList<Draft> list() const;
    // One draft of list() read again (its fileName), for the editor to
    // reopen; nothing when it is gone or broken. A name outside the
    // folder is refused.
    std::optional<Draft> restore(const QString &fileName) const;
    // The draft of one object, if there is one.
    std::optional<Draft> find(const QString &context, const QString &apiVersion, const QString &kind,
        const QString &namespaceName, const QString &name) const;
    // After the object was saved or the user dismissed the draft.
    bool discard(const Draft &draft);

    // The file a draft of this object lives in (without the directory).
    static QString fileNameFor(const QString &context, const QString &apiVersion, const QString &kind,
        const QString &namespaceName, const QString &name);
    static constexpr const char *Suffix = ".kajidraft.json";

private:
    QString m_directory;
};

} // namespace Kaji::Models
