#pragma once

#include "diagnosis/finding.h"

#include <QHash>
#include <QAbstractItemModel>
#include <QObject>

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
    // Repaints `model`'s rows when the findings change.
    static void follow(QAbstractItemModel *model);

    // Each finding marks its object and the controllers above it.
    void setFindings(const Findings &findings);
    const Badge *badge(const QString &kind, const QString &key) const { return m_table.badge(kind, key); }
    QString tooltip(const QString &kind, const QString &key) const { return m_table.tooltip(kind, key); }
    const Table &table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    Table m_table;
};

} // namespace Kaji::Models
