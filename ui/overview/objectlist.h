#pragma once

#include "diagnosis/finding.h"

#include <QListWidget>

// GUI thread.
namespace Kaji::Ui {

// A short list of objects on an overview card (failing workloads, findings,
// Warning events), each with a status colour; a click opens its object.
class ObjectList : public QListWidget {
    Q_OBJECT
public:
    struct Entry {
        QString text;
        QString toolTip;
        QColor colour;
        Models::ObjectRef object;

        bool operator==(const Entry &) const = default;
    };

    ObjectList(const QString &objectName, int maxRows, QWidget *parent = nullptr);

    // Replaces the rows; the list is as tall as its rows, up to maxRows.
    // The same rows again change nothing (the Overview sets them at each
    // count, and a quiet cluster's counts repeat).
    void setEntries(const QList<Entry> &entries);
    Models::ObjectRef objectAt(int row) const;

Q_SIGNALS:
    // kind as the API names it ("Pod"), namespace (may be empty), name.
    void objectActivated(const Kaji::Models::ObjectRef &object);

private:
    int m_maxRows;
    QList<Entry> m_entries;
};

} // namespace Kaji::Ui
