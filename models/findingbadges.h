#pragma once

#include "diagnosis/finding.h"

#include <QHash>
#include <QAbstractItemModel>
#include <QObject>
#include <QSet>

#include <functional>

// GUI thread.
namespace Kaji::Models {

// The latest findings by object, for the tables' badges. The tables are
// made by the panes, far from the diagnosis that the docks run, and the
// window shows one connection's diagnosis at a time: one shared instance
// joins them without threading a pointer through every pane.
class FindingBadges : public QObject {
    Q_OBJECT
public:
    struct Badge {
        Severity severity = Severity::Info; // the worst
        QStringList headlines; // worst first
        bool operator==(const Badge &other) const = default;
    };
    // The findings as a value: any thread may read a copy (the diagrams
    // mark their nodes on a worker).
    class Table {
    public:
        // `key`: "namespace/name" or "name", as the tables' KeyRole.
        const Badge *badge(const QString &kind, const QString &key) const;
        // "Severity: headline" lines for a tooltip; empty without findings.
        QString tooltip(const QString &kind, const QString &key) const;

    private:
        friend class FindingBadges;
        QHash<QString, Badge> m_badges; // "Kind/key"
    };

    static FindingBadges *shared();
    // A table model's answer to FindingSeverityRole and FindingTextRole.
    static QVariant data(const QString &kind, const QString &key, int role);
    // Repaints the rows of `model` whose badge came, went or changed:
    // `kindOf` names the kind of its rows (as ObjectRef::kind), `rowOf`
    // finds a row by its key ("namespace/name" or "name"), -1 for none.
    // Row by row: one change over every row of a 50,000-row table made the
    // sorting proxy re-filter each row and signal the view once per row,
    // every time a diagnosis ended.
    static void follow(QAbstractItemModel *model, std::function<QString()> kindOf,
                       std::function<int(const QString &key)> rowOf);

    // Each finding marks its object and the controllers above it.
    void setFindings(const Findings &findings);
    const Badge *badge(const QString &kind, const QString &key) const { return m_table.badge(kind, key); }
    QString tooltip(const QString &kind, const QString &key) const { return m_table.tooltip(kind, key); }
    const Table &table() const { return m_table; }

Q_SIGNALS:
    // "Kind/namespace/name" (or "Kind/name") of every badge that came, went
    // or changed; not emitted when none did.
    void changed(const QSet<QString> &badgeKeys);

private:
    Table m_table;
};

} // namespace Kaji::Models
