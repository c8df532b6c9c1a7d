#pragma once

#include <QList>
#include <QString>
#include <QTextCursor>
#include <QTextEdit>

class QPalette;
class QTextDocument;

// GUI thread.
namespace Kaji::Ui {

// Lines of manifest text the user may not change (the status block) and
// lines that are marked as written by the server (resourceVersion, uid).
// Both are held by cursors, so they move with edits above them.
class EditorRegions {
public:
    explicit EditorRegions(QTextDocument *document);

    // 0-based block numbers, inclusive.
    void addReadOnly(int firstBlock, int lastBlock, const QString &reason);
    void addServerOwned(int block, const QString &toolTip);
    void clear();

    // Why replacing [from, to) (from == to: inserting at `from`) is refused,
    // or an empty string when it is allowed. Touching a read-only line, or
    // the line breaks that hold it apart from its neighbours, is refused.
    QString refusal(int from, int to) const;
    // What to tell when the mouse rests on `position`.
    QString toolTipAt(int position) const;
    bool isReadOnlyBlock(int blockNumber) const;
    bool isServerOwnedBlock(int blockNumber) const;

    QList<QTextEdit::ExtraSelection> selections(const QPalette &palette) const;

private:
    struct Region {
        QTextCursor start; // at the first line's start
        QTextCursor end; // at the last line's end, before its line break
        QString reason;
    };
    struct Mark {
        QTextCursor line;
        QString toolTip;
    };

    QTextDocument *m_document;
    QList<Region> m_readOnly;
    QList<Mark> m_serverOwned;
};

} // namespace Kaji::Ui
