#include "rowfilter.h"

#include "leavingrows.h"
#include "readingcolumns.h"
#include "rowtext.h"
#include "tableroles.h"

#include <QAbstractItemModel>

namespace Kaji::Models {

void RowFilter::setModel(const QAbstractItemModel *model)
{
    m_model = model;
    m_readingColumns = dynamic_cast<const ReadingColumns *>(model);
    m_leaving = dynamic_cast<const LeavingRows *>(model);
    m_rowText = dynamic_cast<const RowText *>(model);
}

RowFilter::Change RowFilter::setText(const QString &text)
{
    QString trimmed = text.trimmed();
    const bool explicitSelector = trimmed.startsWith(QLatin1String("-l "));
    if (explicitSelector)
        trimmed = trimmed.mid(3).trimmed();
    const bool looksLikeSelector = explicitSelector || trimmed.contains(u'=') || trimmed.contains(QLatin1String(" in "))
        || trimmed.contains(QLatin1String(" notin "));
    const bool hadSelector = m_selector.has_value();
    const QString previousText = m_text.text();
    m_selectorError.clear();
    m_selector.reset();
    QString plainText;
    if (looksLikeSelector)
        m_selector = Kube::LabelSelector::parse(trimmed, &m_selectorError);
    // An unfinished selector ("app=") filters as text meanwhile.
    if (!m_selector)
        plainText = trimmed;
    m_text = TextFinder(plainText);
    if (m_selector || hadSelector)
        return Change::Other;
    if (plainText.compare(previousText, Qt::CaseInsensitive) == 0)
        return Change::None;
    // A cell holding the longer text holds the shorter one too.
    if (plainText.contains(previousText, Qt::CaseInsensitive))
        return Change::Narrower;
    if (previousText.contains(plainText, Qt::CaseInsensitive))
        return Change::Wider;
    return Change::Other;
}

RowFilter::Change RowFilter::setNamespaces(const QStringList &namespaces)
{
    if (namespaces == m_namespaces)
        return Change::None;
    m_namespaces = namespaces;
    return Change::Other;
}

bool RowFilter::isLeaving(int row) const
{
    return m_leaving && m_leaving->isLeaving(row);
}

bool RowFilter::accepts(int row) const
{
    if (isLeaving(row))
        return false;
    if (!namespaceAccepts(row))
        return false;
    if (m_selector)
        return m_selector->matches(m_model->index(row, 0).data(LabelsRole).value<Kube::LabelSelector::Labels>());
    return textAccepts(row);
}

bool RowFilter::reads(int firstColumn, int lastColumn, const QList<int> &roles) const
{
    const auto readsRole = [&](int role) { return roles.isEmpty() || roles.contains(role); };
    // Keys do not change; the namespace filter reads nothing else.
    if (m_selector)
        return readsRole(LabelsRole);
    if (m_text.text().isEmpty() || !readsRole(Qt::DisplayRole))
        return false;
    for (int column = firstColumn; column <= lastColumn; ++column) {
        if (!m_readingColumns || !m_readingColumns->isReadingColumn(column))
            return true;
    }
    return false;
}

bool RowFilter::namespaceAccepts(int row) const
{
    if (m_namespaces.isEmpty())
        return true;
    const QString key = m_model->index(row, 0).data(KeyRole).toString();
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 || m_namespaces.contains(QStringView(key).left(slash));
}

// Every cell but readings', each looked for as a plain string: a regular
// expression match costs an allocation per cell, and typing a filter reads
// every cell of every row (1.4 million at 100,000 pods).
bool RowFilter::textAccepts(int row) const
{
    if (m_text.text().isEmpty())
        return true;
    if (m_rowText)
        return m_rowText->rowContains(row, m_text);
    const int columns = m_model->columnCount();
    for (int column = 0; column < columns; ++column) {
        if (m_readingColumns && m_readingColumns->isReadingColumn(column))
            continue;
        if (m_text.foundIn(m_model->index(row, column).data().toString()))
            return true;
    }
    return false;
}

} // namespace Kaji::Models
