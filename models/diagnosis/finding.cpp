#include "finding.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace Kaji::Models {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral("critical");
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QString();
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QCoreApplication::translate("Kaji::Models::Finding", "Critical");
    case Severity::Error: return QCoreApplication::translate("Kaji::Models::Finding", "Error");
    case Severity::Warning: return QCoreApplication::translate("Kaji::Models::Finding", "Warning");
    case Severity::Info: return QCoreApplication::translate("Kaji::Models::Finding", "Info");
    }
    return QString();
}

QString ObjectRef::display() const
{
    return namespaceName.isEmpty() ? kind + u' ' + name : kind + u' ' + namespaceName + u'/' + name;
}

QString ObjectRef::kubectlName() const
{
    return kind.toLower() + u'/' + name;
}

QString Evidence::reference() const
{
    const QString where = object.namespaceName.isEmpty()
        ? object.kind.toLower() + u'/' + object.name
        : object.kind.toLower() + u'/' + object.namespaceName + u'/' + object.name;
    switch (kind) {
    case Kind::StatusField: return fieldPath.isEmpty() ? where : where + u'#' + fieldPath;
    case Kind::Event:
        // The object the event is about rides along: jumping to an event
        // means its object's Events tab.
        return QStringLiteral("event:%1/%2@%3").arg(object.namespaceName, eventName, where);
    case Kind::LogLine:
        return QStringLiteral("log:%1/%2%3#L%4")
            .arg(where, container, previousLog ? QStringLiteral("?previous") : QString())
            .arg(lineNumber);
    case Kind::RelatedObject: return where;
    }
    return where;
}

std::optional<Evidence> Evidence::fromReference(const QString &reference)
{
    Evidence e;
    QString rest = reference;
    // "kind/ns/name" or "kind/name" into the object.
    const auto objectOf = [](const QString &path, ObjectRef &object) {
        const QStringList parts = path.split(u'/');
        if (parts.size() < 2 || parts.size() > 3 || parts.first().isEmpty() || parts.last().isEmpty())
            return false;
        object = {parts.first(), parts.size() == 3 ? parts[1] : QString(), parts.last()};
        return true;
    };
    if (rest.startsWith(QLatin1String("event:"))) {
        e.kind = Kind::Event;
        rest = rest.mid(6);
        const qsizetype at = rest.indexOf(u'@');
        if (at < 0 || !objectOf(rest.mid(at + 1), e.object))
            return std::nullopt;
        e.eventName = rest.left(at).section(u'/', 1);
        return e.eventName.isEmpty() ? std::nullopt : std::optional(e);
    }
    if (rest.startsWith(QLatin1String("log:"))) {
        e.kind = Kind::LogLine;
        rest = rest.mid(4);
        const qsizetype hash = rest.lastIndexOf(QLatin1String("#L"));
        if (hash < 0)
            return std::nullopt;
        bool ok = false;
        e.lineNumber = rest.mid(hash + 2).toInt(&ok);
        rest = rest.left(hash);
        e.previousLog = rest.endsWith(QLatin1String("?previous"));
        if (e.previousLog)
            rest.chop(9);
        const qsizetype slash = rest.lastIndexOf(u'/');
        if (!ok || slash < 0)
            return std::nullopt;
        e.container = rest.mid(slash + 1);
        return objectOf(rest.left(slash), e.object) ? std::optional(e) : std::nullopt;
    }
    const qsizetype hash = rest.indexOf(u'#');
    e.kind = hash < 0 ? Kind::RelatedObject : Kind::StatusField;
    if (hash >= 0)
        e.fieldPath = rest.mid(hash + 1);
    return objectOf(hash < 0 ? rest : rest.left(hash), e.object) ? std::optional(e) : std::nullopt;
}

void sortFindings(Findings &findings)
{
    // Within a severity, root causes come before the findings they explain
    // (a Deployment short of replicas after the pod that cannot start).
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tuple(int(a.severity), !a.relatedFindings.isEmpty(), a.object.kind, a.object.namespaceName,
                          a.object.name, a.ruleId)
            < std::tuple(int(b.severity), !b.relatedFindings.isEmpty(), b.object.kind, b.object.namespaceName,
                         b.object.name, b.ruleId);
    });
}

} // namespace Kaji::Models
