#include "soakchecks.h"

#include <algorithm>

namespace KajiSoak {

qint64 NumberedLines::numberIn(QByteArrayView line, QByteArrayView marker)
{
    const qsizetype at = line.indexOf(marker);
    if (at < 0)
        return -1;
    qsizetype i = at + marker.size();
    qint64 number = 0;
    int digits = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9' && digits < 18) {
        number = number * 10 + (line[i] - '0');
        ++i;
        ++digits;
    }
    return digits > 0 ? number : -1;
}

void NumberedLines::seen(qint64 number)
{
    ++m_received;
    ++m_copies[number];
    if (number < m_largest)
        ++m_outOfOrder;
    m_largest = std::max(m_largest, number);
}

NumberedLines::Summary NumberedLines::check(qint64 written, qint64 from) const
{
    Summary s;
    s.received = m_received;
    s.outOfOrder = m_outOfOrder;
    for (qint64 n = std::max<qint64>(1, from); n <= written; ++n) {
        const int copies = m_copies.value(n);
        if (copies == 0) {
            ++s.lost;
            if (s.firstLost < 0)
                s.firstLost = n;
        } else if (copies > 1) {
            s.duplicated += copies - 1;
            if (s.firstDuplicated < 0)
                s.firstDuplicated = n;
        }
    }
    for (auto it = m_copies.cbegin(); it != m_copies.cend(); ++it) {
        if (it.key() < 1 || it.key() > written)
            s.unexpected += it.value();
    }
    return s;
}

double slopePerHour(const std::vector<std::pair<double, double>> &samples)
{
    const double n = double(samples.size());
    if (samples.size() < 2)
        return 0;
    double meanT = 0, meanV = 0;
    for (const auto &[t, v] : samples) {
        meanT += t / n;
        meanV += v / n;
    }
    double num = 0, den = 0;
    for (const auto &[t, v] : samples) {
        num += (t - meanT) * (v - meanV);
        den += (t - meanT) * (t - meanT);
    }
    return den > 0 ? num / den * 3600 : 0;
}

std::vector<std::pair<double, double>> secondHalf(const std::vector<std::pair<double, double>> &samples)
{
    if (samples.empty())
        return {};
    const double middle = (samples.front().first + samples.back().first) / 2;
    std::vector<std::pair<double, double>> half;
    std::copy_if(samples.begin(), samples.end(), std::back_inserter(half),
                 [middle](const std::pair<double, double> &s) { return s.first >= middle; });
    return half;
}

QString Divergence::summary(int examples) const
{
    QStringList parts;
    const auto part = [&](const char *what, const QStringList &keys) {
        if (!keys.isEmpty())
            parts.append(QStringLiteral("%1 %2 (%3)")
                             .arg(keys.size())
                             .arg(QLatin1String(what), QStringList(keys.mid(0, examples)).join(QStringLiteral(", "))));
    };
    part("stale", stale);
    part("ghost", ghosts);
    part("missing", missing);
    part("impossible", impossible);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral("; "));
}

Divergence compareStore(const ObjectMap &shown, const Listing &before, const Listing &after)
{
    Divergence d;
    const qint64 r1 = before.resourceVersion;
    const qint64 r2 = after.resourceVersion;
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        const QString &key = it.key();
        const ObjectVersion &s = it.value();
        const auto b = before.objects.constFind(key);
        const auto a = after.objects.constFind(key);
        const bool inBefore = b != before.objects.cend() && b->uid == s.uid;
        const bool inAfter = a != after.objects.cend() && a->uid == s.uid;
        const bool unchanged =
            b != before.objects.cend() && a != after.objects.cend() && *b == *a;
        if (inBefore && s.resourceVersion < b->resourceVersion)
            d.stale.append(key);
        else if (unchanged && !(s == *b))
            d.impossible.append(key);
        else if (inAfter && s.resourceVersion > a->resourceVersion)
            d.impossible.append(key);
        // An incarnation the API did not hold at R1 whose last change is no
        // newer than R1 was deleted before the window: the store missed it.
        else if (!inBefore && s.resourceVersion <= r1)
            d.ghosts.append(key);
        else if (!inAfter && s.resourceVersion > r2)
            d.impossible.append(key);
    }
    for (auto b = before.objects.cbegin(); b != before.objects.cend(); ++b) {
        const auto a = after.objects.constFind(b.key());
        // The same incarnation at both ends existed through the whole window.
        if (a != after.objects.cend() && a->uid == b->uid && !shown.contains(b.key()))
            d.missing.append(b.key());
    }
    for (QStringList *keys : {&d.stale, &d.ghosts, &d.missing, &d.impossible})
        keys->sort();
    return d;
}

} // namespace KajiSoak
