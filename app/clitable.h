#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

// Any thread.
namespace Kaji::App {

// Prints rows in aligned columns the way kubectl does (three spaces between
// columns, no padding after the last), so output reads and diffs alike.
class CliTable {
public:
    explicit CliTable(QStringList header) : m_rows{std::move(header)} {}

    void addRow(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace Kaji::App
