#include "schemaexplain.h"

#include <algorithm>

namespace Kaji::Models {

namespace {

bool isIndex(const QString &token)
{
    bool number = false;
    token.toUInt(&number);
    return number || token == QLatin1String("-");
}

QString jsonText(const nlohmann::json &value)
{
    return QString::fromStdString(value.dump());
}

} // namespace

FieldDocumentation SchemaExplain::explain(const SchemaSet &schemas, const GroupVersionKind &gvk, QStringView pointer)
{
    FieldDocumentation doc;
    doc.gvk = gvk;
    const SchemaSet::Field field = schemas.field(gvk, pointer);
    if (!field.node)
        return doc;
    const SchemaNode *schema = field.node->target();
    doc.found = true;
    const QStringList tokens = pointerTokens(pointer);
    if (tokens.isEmpty()) {
        doc.name = gvk.kind;
    } else if (!field.name.isEmpty()) {
        doc.name = field.name;
    } else {
        // An item: named after its list, as kubectl's "containers[]" path shows it.
        auto named = std::find_if(tokens.rbegin(), tokens.rend(), [](const QString &token) { return !isIndex(token); });
        doc.name = (named != tokens.rend() ? *named : QString()) + QStringLiteral("[]");
    }
    doc.type = field.node->typeName();
    doc.format = field.node->format.isEmpty() ? schema->format : field.node->format;
    if (schema->intOrString || schema->quantity)
        doc.format.clear();
    doc.description = field.node->describe();
    const nlohmann::json &defaultValue = field.node->defaultOrTarget();
    // `default: {}` on every object reference is generator noise, not advice.
    if (!defaultValue.is_null() && !(defaultValue.is_object() && defaultValue.empty()))
        doc.defaultValue = jsonText(defaultValue);
    const auto &enums = field.node->enumValues.empty() ? schema->enumValues : field.node->enumValues;
    for (const auto &value : enums)
        doc.enumValues.append(jsonText(value));
    doc.requiredFields = schema->required;
    if (!tokens.isEmpty() && !field.name.isEmpty()) {
        const qsizetype cut = pointer.lastIndexOf(QLatin1Char('/'));
        const SchemaSet::Field parent = schemas.field(gvk, pointer.left(cut));
        doc.required = parent.node && parent.node->target()->required.contains(field.name);
    }
    return doc;
}

QString SchemaExplain::firstSentence(const QString &description)
{
    const QString text = description.simplified();
    for (qsizetype stop = text.indexOf(QLatin1String(". ")); stop >= 0;
         stop = text.indexOf(QLatin1String(". "), stop + 2)) {
        const QString sentence = text.left(stop + 1);
        const QString lastWord = sentence.mid(sentence.lastIndexOf(QLatin1Char(' ')) + 1);
        // "e.g. " and "i.e. " end no sentence.
        if (lastWord != QLatin1String("e.g.") && lastWord != QLatin1String("i.e.") && lastWord != QLatin1String("etc."))
            return sentence;
    }
    return text;
}

QString FieldDocumentation::text() const
{
    if (!found)
        return {};
    QString header = name + QStringLiteral(" <") + type + QLatin1Char('>');
    if (!format.isEmpty())
        header += QLatin1Char(' ') + SchemaExplain::tr("(format %1)").arg(format);
    if (required)
        header += QLatin1Char(' ') + SchemaExplain::tr("-required-");
    QStringList parts { header };
    if (!description.isEmpty())
        parts.append(description);
    QStringList facts;
    if (!defaultValue.isEmpty())
        facts.append(SchemaExplain::tr("Default: %1").arg(defaultValue));
    if (!enumValues.isEmpty())
        facts.append(SchemaExplain::tr("Allowed values: %1").arg(enumValues.join(QLatin1String(", "))));
    if (!requiredFields.isEmpty())
        facts.append(SchemaExplain::tr("Required fields: %1").arg(requiredFields.join(QLatin1String(", "))));
    if (!facts.isEmpty())
        parts.append(facts.join(QLatin1Char('\n')));
    return parts.join(QLatin1String("\n\n"));
}

} // namespace Kaji::Models
