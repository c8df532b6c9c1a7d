#include "schemavalidator.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace Kaji::Models {

namespace {

using Type = SchemaNode::Type;

QString typeWord(Type type)
{
    switch (type) {
    case Type::String: return SchemaValidator::tr("a string");
    case Type::Integer: return SchemaValidator::tr("an integer");
    case Type::Number: return SchemaValidator::tr("a number");
    case Type::Boolean: return SchemaValidator::tr("a boolean");
    case Type::Object: return SchemaValidator::tr("a mapping");
    case Type::Array: return SchemaValidator::tr("a list");
    case Type::Any: break;
    }
    return {};
}

QString valueWord(const nlohmann::json &value)
{
    if (value.is_string())
        return SchemaValidator::tr("a string");
    if (value.is_boolean())
        return SchemaValidator::tr("a boolean");
    if (value.is_number_integer())
        return SchemaValidator::tr("an integer");
    if (value.is_number())
        return SchemaValidator::tr("a number");
    if (value.is_object())
        return SchemaValidator::tr("a mapping");
    return SchemaValidator::tr("a list");
}

// A float that holds a whole number is an integer once the YAML has gone
// through JSON (sigs.k8s.io/yaml), so `replicas: 3.0` is fine.
bool isInteger(const nlohmann::json &value)
{
    if (value.is_number_integer())
        return true;
    if (!value.is_number_float())
        return false;
    const double number = value.get<double>();
    return number == double(qint64(number));
}

bool typeFits(Type type, const nlohmann::json &value)
{
    switch (type) {
    case Type::String: return value.is_string();
    case Type::Integer: return isInteger(value);
    case Type::Number: return value.is_number();
    case Type::Boolean: return value.is_boolean();
    case Type::Object: return value.is_object();
    case Type::Array: return value.is_array();
    case Type::Any: break;
    }
    return true;
}

void appendToken(std::string &pointer, const std::string &key)
{
    pointer += '/';
    for (const char c : key) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

class Walk {
public:
    Walk(const QHash<QString, Kube::YamlPosition> &positions, QList<SchemaProblem> &problems)
        : m_positions(positions)
        , m_problems(problems)
    {
    }

    void check(const nlohmann::json &value, const SchemaNode *node, std::string &pointer)
    {
        if (!node || value.is_null()) // null removes a field; a required one is caught by its parent
            return;
        const SchemaNode *schema = node->target();
        if (schema->intOrString) {
            if (!isInteger(value) && !value.is_string())
                report(pointer, SchemaValidator::tr("must be an integer or a string, not %1").arg(valueWord(value)));
            return;
        }
        if (schema->quantity) {
            if (!value.is_number() && !value.is_string())
                report(pointer, SchemaValidator::tr("must be a quantity (\"500m\", 2), not %1").arg(valueWord(value)));
            return;
        }
        if (!typeFits(schema->type, value)) {
            report(pointer, SchemaValidator::tr("must be %1, not %2").arg(typeWord(schema->type), valueWord(value)));
            return;
        }
        if (!schema->enumValues.empty() && !value.is_object() && !value.is_array()
            && std::find(schema->enumValues.begin(), schema->enumValues.end(), value) == schema->enumValues.end())
            reportEnum(pointer, value, schema);
        if (value.is_object())
            object(value, schema, pointer);
        else if (value.is_array() && schema->items)
            array(value, schema, pointer);
    }

private:
    void object(const nlohmann::json &value, const SchemaNode *schema, std::string &pointer)
    {
        // What is missing here comes before what is wrong below, in the order the text reads.
        if (!schema->requiredKeys.empty() && !serverOwned(pointer)) {
            for (const std::string &name : schema->requiredKeys) {
                const auto it = value.find(name);
                if (it == value.end() || it->is_null())
                    report(pointer,
                        SchemaValidator::tr("missing required field \"%1\"").arg(QString::fromStdString(name)));
            }
        }
        const bool closed = schema->closed();
        const size_t length = pointer.size();
        for (auto it = value.begin(); it != value.end(); ++it) {
            const auto property = schema->properties.find(it.key());
            const SchemaNode *child = property != schema->properties.end() ? property->second : schema->additional;
            appendToken(pointer, it.key());
            if (child)
                check(it.value(), child, pointer);
            else if (closed && !(schema->embeddedResource && isObjectHeader(it.key())))
                reportUnknown(pointer, QString::fromStdString(it.key()), schema);
            pointer.resize(length);
        }
    }

    void array(const nlohmann::json &value, const SchemaNode *schema, std::string &pointer)
    {
        const size_t length = pointer.size();
        std::unordered_map<std::string, size_t> seen; // map keys of a keyed list → first item
        for (size_t i = 0; i < value.size(); ++i) {
            pointer += '/';
            pointer += std::to_string(i);
            check(value[i], schema->items, pointer);
            if (!schema->mapKeys.empty() && value[i].is_object())
                checkUnique(value[i], i, schema, seen, pointer);
            pointer.resize(length);
        }
    }

    void checkUnique(const nlohmann::json &item, size_t index, const SchemaNode *schema,
        std::unordered_map<std::string, size_t> &seen, const std::string &pointer)
    {
        std::string key;
        for (const std::string &name : schema->mapKeys) {
            const auto it = item.find(name);
            key += it == item.end() ? std::string("null") : it->dump();
            key += ", ";
        }
        key.resize(key.size() - 2);
        const auto [first, added] = seen.emplace(key, index);
        if (!added)
            report(pointer,
                SchemaValidator::tr("duplicate entry: item %1 has the same %2 (%3)")
                    .arg(first->second)
                    .arg(schema->listMapKeys.join(QLatin1String(", ")), QString::fromStdString(key)));
    }

    static bool isObjectHeader(const std::string &key)
    {
        return key == "apiVersion" || key == "kind" || key == "metadata";
    }

    // The server fills these in; an edited copy that lacks a part of them is fine.
    static bool serverOwned(const std::string &pointer)
    {
        return pointer.starts_with("/status") || pointer.starts_with("/metadata/managedFields");
    }

    void reportUnknown(const std::string &pointer, const QString &key, const SchemaNode *schema)
    {
        QStringList known;
        for (const auto &[name, node] : schema->properties)
            known.append(QString::fromStdString(name));
        const QString guess = SchemaValidator::suggestion(key, known);
        report(pointer,
            guess.isEmpty() ? SchemaValidator::tr("unknown field \"%1\"").arg(key)
                            : SchemaValidator::tr("unknown field \"%1\" (did you mean \"%2\"?)").arg(key, guess));
    }

    void reportEnum(const std::string &pointer, const nlohmann::json &value, const SchemaNode *schema)
    {
        QStringList allowed;
        for (const auto &item : schema->enumValues)
            allowed.append(QString::fromStdString(item.dump()));
        report(pointer,
            SchemaValidator::tr("unsupported value %1: must be one of %2")
                .arg(QString::fromStdString(value.dump()), allowed.join(QLatin1String(", "))));
    }

    void report(const std::string &pointer, const QString &message)
    {
        SchemaProblem problem;
        problem.pointer = QString::fromStdString(pointer);
        problem.message = message;
        QString place = problem.pointer;
        while (!(problem.position = m_positions.value(place)).isValid() && !place.isEmpty())
            place.truncate(place.lastIndexOf(QLatin1Char('/')));
        m_problems.append(problem);
    }

    const QHash<QString, Kube::YamlPosition> &m_positions;
    QList<SchemaProblem> &m_problems;
};

} // namespace

QList<SchemaProblem> SchemaValidator::validate(
    const SchemaSet &schemas, const nlohmann::json &object, const QHash<QString, Kube::YamlPosition> &positions)
{
    QList<SchemaProblem> problems;
    const GroupVersionKind gvk = GroupVersionKind::fromObject(object);
    const SchemaNode *root = schemas.kindSchema(gvk);
    if (!root) {
        SchemaProblem problem;
        problem.pointer = QStringLiteral("/kind");
        problem.position = positions.value(problem.pointer);
        problem.severity = SchemaProblem::Severity::Information;
        problem.message = gvk.isValid()
            ? tr("no schema for %1 in %2: its fields are not checked").arg(gvk.kind, gvk.apiVersion())
            : tr("no apiVersion and kind: the fields are not checked");
        problems.append(problem);
        return problems;
    }
    std::string pointer;
    Walk(positions, problems).check(object, root, pointer);
    return problems;
}

SchemaProblem SchemaValidator::unavailable(const QString &why)
{
    SchemaProblem problem;
    problem.severity = SchemaProblem::Severity::Information;
    problem.message = tr("the cluster's schema is unavailable, fields are not checked: %1").arg(why);
    return problem;
}

} // namespace Kaji::Models

namespace Kaji::Models {

static int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1;
            row[size_t(j)] = std::min({ above + 1, row[size_t(j - 1)] + 1, diagonal + cost });
            diagonal = above;
        }
    }
    return row.back();
}

QString SchemaValidator::suggestion(const QString &key, const QStringList &known)
{
    // A third of the word may be wrong (at most 3 edits): "replics",
    // "contianers" and "Image" are found, "foo" suggests nothing.
    const int limit = int(std::clamp<qsizetype>(key.size() / 3, 1, 3));
    QString best;
    int bestDistance = limit + 1;
    for (const QString &candidate : known) {
        if (std::abs(candidate.size() - key.size()) > limit)
            continue;
        const int distance = editDistance(key, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace Kaji::Models
