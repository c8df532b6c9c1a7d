#include "timeouts.h"

#include <QCoreApplication>

namespace Kaji::Kube {

Timeouts Timeouts::parse(const QString &spec)
{
    Timeouts t;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString key = item.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const int ms = item.section(u'=', 1).trimmed().toInt(&ok);
        if (!ok || ms <= 0)
            continue;
        if (key == QLatin1String("connect"))
            t.connectMs = ms;
        else if (key == QLatin1String("request"))
            t.requestMs = ms;
        else if (key == QLatin1String("quiet"))
            t.quietMs = ms;
        else if (key == QLatin1String("probe"))
            t.probeMs = ms;
        else if (key == QLatin1String("read"))
            t.readMs = ms;
    }
    return t;
}

const Timeouts &Timeouts::current()
{
    static const Timeouts timeouts = parse(qEnvironmentVariable("KAJI_TIMEOUTS"));
    return timeouts;
}

QString Timeouts::noAnswerWithin(int ms)
{
    // Whole seconds unless the bound is shorter than one.
    const QString span = ms >= 1000 ? QString::number((ms + 500) / 1000) : QString::number(ms / 1000.0, 'f', 1);
    return QCoreApplication::translate("Kaji::Kube::Timeouts", "the server did not answer within %1 s").arg(span);
}

} // namespace Kaji::Kube
