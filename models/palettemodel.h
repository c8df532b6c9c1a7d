#pragma once

#include <QAbstractListModel>

#include <optional>
#include <vector>

// GUI thread.
namespace Kaji::Models {

// One place the command palette can jump to.
struct PaletteEntry {
    // Action: what the details' action bar offers for the object it shows
    // (Edit, Logs, Scale, …), so the keyboard reaches it too. Command: one
    // of the window's commands (Apply manifests…, New resource…).
    enum class Type { Kind, Namespace, Context, Object, Action, Command };
    Type type = Type::Kind;
    QString label; // what is matched and shown: "orders-db-0", "Deployments"
    QString detail; // shown beside it: "Pod · shop"
    QString resourceId; // Kind and Object
    // Object: "namespace/name"; Namespace and Context: the name; Action:
    // "<button's object name>|namespace/name"; Command: its action's object name.
    QString key;
    bool enabled = true; // an Action the user may not take: shown, with the reason as detail, not picked
};

// The palette's list: every entry, ranked by how well it matches what was
// typed (fuzzyScore over the label, then the label with its detail), best
// first, at most MaxShown of them. Ranking runs at every key on the GUI
// thread over every object of the open tables (100,000 pods), so a key that
// extends what was typed ranks only the entries the shorter text matched:
// letters that appear in order keep appearing in order without the last.
class PaletteModel : public QAbstractListModel {
    Q_OBJECT
public:
    // AvailableRole: false for an action the user may not take. The row
    // stays enabled so that arrowing onto it shows why.
    // ResourceIdRole: the entry's resourceId (Kind and Object), for its icon.
    enum Role { DetailRole = Qt::UserRole + 1, TypeRole, AvailableRole, ResourceIdRole };
    static constexpr int MaxShown = 200;

    explicit PaletteModel(QObject *parent = nullptr);

    void setEntries(QList<PaletteEntry> entries);
    void setQuery(const QString &typed);
    const PaletteEntry &entryAt(int row) const { return m_entries.at(m_shown.at(row)); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // The word shown for a type ("Namespace", "Context"...), translated.
    static QString typeName(PaletteEntry::Type type);

private:
    struct Hit {
        int score;
        int index; // into m_entries
    };
    void rank(bool narrowing);
    std::optional<int> score(const PaletteEntry &entry) const;

    QList<PaletteEntry> m_entries;
    std::vector<Hit> m_hits; // every entry m_query matches, in m_entries' order
    QList<int> m_shown; // indexes into m_entries
    QString m_query; // trimmed, as fuzzyScore reads it
};

} // namespace Kaji::Models
