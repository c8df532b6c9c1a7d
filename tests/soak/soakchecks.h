#pragma once

// Pure checking logic of the soak run (kaji_soak), kept apart so ctest can
// prove it without a cluster. Plain data and functions; any thread.

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace KajiSoak {

// The numbered lines a log's source wrote (1, 2, 3, ...) as a follow
// delivered them: every number must arrive exactly once.
class NumberedLines {
public:
    // The number in a line carrying `marker` followed by digits
    // ("kaji-soak seq=41"), or -1 when the line has none.
    static qint64 numberIn(QByteArrayView line, QByteArrayView marker);

    void seen(qint64 number);

    struct Summary {
        qint64 received = 0; // lines with a number, copies included
        qint64 lost = 0; // numbers in 1..written that never arrived
        qint64 duplicated = 0; // extra copies of numbers that did arrive
        qint64 unexpected = 0; // numbers outside 1..written
        qint64 outOfOrder = 0; // numbers that arrived after a larger one
        qint64 firstLost = -1; // for the report
        qint64 firstDuplicated = -1;
        bool ok() const { return lost == 0 && duplicated == 0 && unexpected == 0 && outOfOrder == 0; }
    };
    // Checks against the numbers from..written the source wrote (a view
    // that started over shows only what followed from some number on).
    Summary check(qint64 written, qint64 from = 1) const;

private:
    QHash<qint64, int> m_copies;
    qint64 m_largest = 0;
    qint64 m_received = 0;
    qint64 m_outOfOrder = 0;
};

// Least-squares slope of (seconds, MiB) samples, in MiB per hour; 0 with
// fewer than two distinct times.
double slopePerHour(const std::vector<std::pair<double, double>> &samples);
// The samples from the middle of their time span on.
std::vector<std::pair<double, double>> secondHalf(const std::vector<std::pair<double, double>> &samples);

// One object as a store or the API holds it. resourceVersions are compared
// as numbers: the API calls them opaque, but an etcd-backed apiserver (the
// local cluster) hands out etcd revisions, which only grow.
struct ObjectVersion {
    QString uid;
    qint64 resourceVersion = 0;
    bool operator==(const ObjectVersion &) const = default;
};
using ObjectMap = QHash<QString, ObjectVersion>; // by key ("namespace/name")

// A list from the API: its objects and the collection's resourceVersion.
struct Listing {
    ObjectMap objects;
    qint64 resourceVersion = 0;
};

// What a store shows that the API's truth contradicts.
struct Divergence {
    QStringList stale; // older than the API held when the window opened
    QStringList ghosts; // objects the API no longer had when the window opened
    QStringList missing; // objects the API held through the whole window
    QStringList impossible; // newer than the API at the window's end, or an unchanged object shown otherwise
    bool none() const { return stale.isEmpty() && ghosts.isEmpty() && missing.isEmpty() && impossible.isEmpty(); }
    int count() const { return int(stale.size() + ghosts.size() + missing.size() + impossible.size()); }
    QString summary(int examples = 3) const;
};

// Compares `shown`, a store's content taken between two lists of the API
// (`before` at resourceVersion R1, `after` at R2 >= R1), while the cluster
// may change in between (churn never stops): every object shown must be a
// state the API held at some point of the window, and every object that
// existed through the whole window must be shown. With `before` equal to
// `after` (a quiet cluster) this is plain equality of uids and versions.
Divergence compareStore(const ObjectMap &shown, const Listing &before, const Listing &after);

} // namespace KajiSoak
