#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace YAML {
class Node;
}

// Blocking file reads and writes; any thread, one object per thread.
namespace Kaji::Kube {

// One kubeconfig file held as a YAML node tree, so an edit keeps every entry
// and field Kaji does not know about. Comments and the original quoting are
// lost on save, as kubectl loses them when it rewrites a file.
class KubeConfigFile {
public:
    KubeConfigFile();
    ~KubeConfigFile();
    KubeConfigFile(KubeConfigFile &&) noexcept;
    KubeConfigFile &operator=(KubeConfigFile &&) noexcept;

    // Reads and checks the shape kubectl expects (a map whose clusters, users
    // and contexts are lists of named maps). A missing file is an empty
    // config when `missingIsEmpty`. False with errorString() otherwise.
    bool load(const QString &path, bool missingIsEmpty = false);
    // The same check over text that is not (yet) a file; `path` only names it.
    bool parse(const QByteArray &text, const QString &path);

    // Backs the current file up to `<path>.kaji-backup` (the latest only),
    // then replaces it atomically, readable by the owner alone.
    bool save();
    // Writes to a new file (no backup), with the same care.
    bool saveAs(const QString &path);

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    YAML::Node &root();
    // The entry named `name` in "clusters", "users" or "contexts"; an
    // invalid node when absent.
    YAML::Node entry(const char *section, const QString &name) const;
    bool removeEntry(const char *section, const QString &name);
    void appendEntry(const char *section, const YAML::Node &entry);
    QString currentContext() const;

    static QString backupPath(const QString &path);

private:
    bool check();
    bool write(const QString &path, const QByteArray &bytes);

    QString m_path;
    QString m_error;
    std::unique_ptr<YAML::Node> m_root;
};

} // namespace Kaji::Kube
