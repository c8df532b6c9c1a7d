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
        return QStringLiteral("event:%1/%2").arg(object.namespaceName, eventName);
    case Kind::LogLine:
        return QStringLiteral("log:%1/%2%3#L%4")
            .arg(where, container, previousLog ? QStringLiteral("?previous") : QString())
            .arg(lineNumber);
    case Kind::RelatedObject: return where;
    }
    return where;
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
