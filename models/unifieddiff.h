#pragma once

#include <QString>
#include <QStringList>

// Pure functions; any thread.
namespace Kaji::Models {

// Hunks of a unified diff as GNU `diff -u` writes them (and `kubectl diff`
// shows): three lines of context, nearby changes joined, each change's
// removed lines before its added ones, "@@ -0,0 +1,N @@" for a new file.
// The edit script is dtl's (Wu's O(NP) algorithm): as short as any.
class UnifiedDiff {
public:
    // Lines without their line breaks. Empty when the two are equal.
    static QString hunks(const QStringList &before, const QStringList &after, int context = 3);
};

} // namespace Kaji::Models
