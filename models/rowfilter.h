#pragma once

#include "labelselector.h"
#include "textfinder.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractItemModel;

// GUI thread.
namespace Kaji::Models {

class LeavingRows;
class ReadingColumns;
class RowText;

// Which rows of a table TableFilterProxy shows: plain text matches any cell
// but a reading's (ReadingColumns); a label selector ("app=web", "tier in
// (a,b)", "-l app=web") matches the objects' labels, as `kubectl get -l`
// does; a namespace list keeps the rows of those namespaces (cluster-wide
// objects always show); rows that are leaving (LeavingRows) never show.
class RowFilter {
public:
    // How the rows a filter accepts relate to the ones the previous filter
    // accepted: the proxy then reads only the rows that can change.
    enum class Change { None, Narrower, Wider, Other };

    void setModel(const QAbstractItemModel *model);
    Change setText(const QString &text);
    Change setNamespaces(const QStringList &namespaces);

    QString selectorError() const { return m_selectorError; }
    bool filtersByLabels() const { return m_selector.has_value(); }
    QStringList namespaces() const { return m_namespaces; }
    bool isActive() const { return m_selector || !m_text.text().isEmpty() || !m_namespaces.isEmpty(); }

    bool accepts(int row) const;
    // Whether the model is about to remove the row (LeavingRows).
    bool isLeaving(int row) const;
    // Whether a change to these columns' values in these roles (empty: any
    // role) can change what accepts() says.
    bool reads(int firstColumn, int lastColumn, const QList<int> &roles) const;

private:
    bool namespaceAccepts(int row) const;
    bool textAccepts(int row) const;

    const QAbstractItemModel *m_model = nullptr;
    const ReadingColumns *m_readingColumns = nullptr; // the model's, when it has them
    const LeavingRows *m_leaving = nullptr; // likewise
    const RowText *m_rowText = nullptr; // likewise
    std::optional<Kube::LabelSelector> m_selector;
    QString m_selectorError;
    TextFinder m_text; // looked for in cells, as typed (trimmed)
    QStringList m_namespaces;
};

} // namespace Kaji::Models
