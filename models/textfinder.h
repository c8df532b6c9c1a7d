#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Any thread (an instance is not shared between threads while it changes).
namespace Kaji::Models {

// Finds a text in cells as QStringView::contains(text, Qt::CaseInsensitive)
// does, with the same answers, faster for what tables hold: ASCII names,
// statuses and addresses. Why: Qt folds the case of every character through
// its Unicode tables, and a key typed into the Pods table's filter looks in
// 500,000 cells at 100,000 pods. An ASCII text is lowered once; a cell is
// compared as ASCII until a character beyond it turns up (some fold into
// ASCII: the Kelvin sign into "k"), and then Qt's search decides.
class TextFinder {
public:
    explicit TextFinder(const QString &text = {});

    const QString &text() const { return m_text; }
    bool foundIn(QStringView cell) const;

private:
    QString m_text;
    QByteArray m_lowerAscii; // m_text lowered, when all of it is ASCII
    bool m_ascii = false;
};

} // namespace Kaji::Models
