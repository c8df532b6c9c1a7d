#include "quantity.h"

#include <cmath>

namespace Kaji::Models {
namespace {

// Splits "512Mi" into 512 and the multiplier of "Mi"; false when malformed.
bool parse(const QString &text, double &number, double &multiplier)
{
    static const struct {
        const char *suffix;
        double multiplier;
    } suffixes[] = {{"Ki", 1024.0}, {"Mi", 1048576.0}, {"Gi", 1073741824.0}, {"Ti", 1099511627776.0},
                    {"Pi", 1125899906842624.0}, {"Ei", 1152921504606846976.0}, {"n", 1e-9}, {"u", 1e-6},
                    {"m", 1e-3}, {"k", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12}, {"P", 1e15}, {"E", 1e18}};
    const QString trimmed = text.trimmed();
    QString digits = trimmed;
    multiplier = 1;
    for (const auto &s : suffixes) {
        if (trimmed.endsWith(QLatin1String(s.suffix))) {
            digits = trimmed.chopped(int(qstrlen(s.suffix)));
            multiplier = s.multiplier;
            break;
        }
    }
    bool ok = false;
    number = digits.toDouble(&ok);
    return ok && !digits.isEmpty() && std::isfinite(number);
}

} // namespace

qint64 cpuMillis(const QString &quantity)
{
    double number = 0, multiplier = 1;
    if (!parse(quantity, number, multiplier))
        return -1;
    return qint64(std::ceil(number * multiplier * 1000 - 1e-9));
}

qint64 memoryBytes(const QString &quantity)
{
    double number = 0, multiplier = 1;
    if (!parse(quantity, number, multiplier))
        return -1;
    return qint64(std::llround(number * multiplier));
}

QString formatCpu(qint64 millis)
{
    if (millis % 1000 == 0)
        return QString::number(millis / 1000);
    if (millis < 1000)
        return QStringLiteral("%1m").arg(millis);
    return QString::number(double(millis) / 1000, 'g', 4);
}

QString formatMemory(qint64 bytes)
{
    static const char *const units[] = {"Ki", "Mi", "Gi", "Ti"};
    double value = double(bytes);
    QString unit;
    for (const char *u : units) {
        if (value < 1024)
            break;
        value /= 1024;
        unit = QLatin1String(u);
    }
    return QString::number(value, 'g', value < 10 ? 3 : 4) + unit;
}

} // namespace Kaji::Models
