#include "accessrules.h"

namespace Kaji::Kube {
namespace {

QStringList strings(const nlohmann::json &array)
{
    QStringList out;
    if (!array.is_array())
        return out;
    for (const auto &item : array) {
        if (item.is_string())
            out.append(QString::fromStdString(item.get<std::string>()));
    }
    return out;
}

bool listed(const QStringList &values, const QString &value)
{
    return values.contains(QStringLiteral("*")) || values.contains(value);
}

// RBAC's ResourceMatches: "pods" covers the collection, "pods/log" only that
// subresource, "*/scale" every scale subresource.
bool resourceMatches(const QStringList &resources, const QString &resource, const QString &subresource)
{
    const QString combined = subresource.isEmpty() ? resource : resource + u'/' + subresource;
    for (const QString &rule : resources) {
        if (rule == QLatin1String("*") || rule == combined)
            return true;
        if (!subresource.isEmpty() && rule.startsWith(QLatin1String("*/")) && rule.mid(2) == subresource)
            return true;
    }
    return false;
}

} // namespace

AccessRules AccessRules::fromReviewStatus(const nlohmann::json &status)
{
    AccessRules rules;
    if (!status.is_object())
        return rules; // incomplete: nothing to go on
    const auto incomplete = status.find("incomplete");
    rules.m_incomplete = incomplete != status.end() && incomplete->is_boolean() && incomplete->get<bool>();
    if (const auto error = status.find("evaluationError"); error != status.end() && error->is_string())
        rules.m_evaluationError = QString::fromStdString(error->get<std::string>());
    if (const auto list = status.find("resourceRules"); list != status.end() && list->is_array()) {
        for (const auto &rule : *list) {
            if (!rule.is_object())
                continue;
            rules.m_rules.append({strings(rule.value("verbs", nlohmann::json())),
                                  strings(rule.value("apiGroups", nlohmann::json())),
                                  strings(rule.value("resources", nlohmann::json())),
                                  strings(rule.value("resourceNames", nlohmann::json()))});
        }
    }
    return rules;
}

AccessRules::Answer AccessRules::answer(const AccessQuestion &question) const
{
    for (const ResourceRule &rule : m_rules) {
        if (!listed(rule.verbs, question.verb) || !listed(rule.apiGroups, question.group)
            || !resourceMatches(rule.resources, question.resource, question.subresource))
            continue;
        // A rule limited to names grants nothing on the collection (list,
        // create of a new name), exactly as RBAC decides.
        if (!rule.resourceNames.isEmpty() && (question.name.isEmpty() || !rule.resourceNames.contains(question.name)))
            continue;
        return Answer::Allowed;
    }
    return complete() ? Answer::Denied : Answer::Unknown;
}

} // namespace Kaji::Kube
