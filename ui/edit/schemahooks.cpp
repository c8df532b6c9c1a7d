#include "schemahooks.h"

#include "editor/groupversionkind.h"
#include "editor/schemacompletion.h"
#include "editor/schemaexplain.h"
#include "editor/schemavalidator.h"

#include <QCoreApplication>

namespace Kaji::Ui {
namespace {

ManifestDiagnostic::Severity severityOf(Models::SchemaProblem::Severity severity)
{
    switch (severity) {
    case Models::SchemaProblem::Severity::Error: return ManifestDiagnostic::Severity::Error;
    case Models::SchemaProblem::Severity::Warning: return ManifestDiagnostic::Severity::Warning;
    case Models::SchemaProblem::Severity::Information: break;
    }
    return ManifestDiagnostic::Severity::Info;
}

ManifestDiagnostic diagnosticOf(const Models::SchemaProblem &problem)
{
    return ManifestDiagnostic { std::max(1, problem.position.line), problem.position.column,
        severityOf(problem.severity), problem.message };
}

Models::GroupVersionKind kindAt(const YamlCursorContext &context)
{
    return Models::GroupVersionKind::fromApiVersion(context.apiVersion, context.objectKind);
}

} // namespace

ManifestCheck SchemaHooks::check(Models::SchemaSetPtr schemas, const QString &unavailable)
{
    return [schemas, unavailable](const Kube::YamlReadResult &document, const Kube::YamlStreamDocument &) {
        ManifestDiagnostics diagnostics;
        if (!document.value.is_object())
            return diagnostics;
        if (!schemas) {
            if (!unavailable.isEmpty())
                diagnostics.append(diagnosticOf(Models::SchemaValidator::unavailable(unavailable)));
            return diagnostics;
        }
        for (const Models::SchemaProblem &problem :
            Models::SchemaValidator::validate(*schemas, document.value, document.positions))
            diagnostics.append(diagnosticOf(problem));
        return diagnostics;
    };
}

ManifestCheck SchemaHooks::checkEach(QHash<QString, Models::SchemaSetPtr> schemas, QHash<QString, QString> unavailable)
{
    return [schemas, unavailable](const Kube::YamlReadResult &document, const Kube::YamlStreamDocument &source) {
        const QString path = Models::GroupVersionKind::fromObject(document.value).documentPath();
        if (const Models::SchemaSetPtr set = schemas.value(path))
            return check(set)(document, source);
        return check(nullptr, unavailable.value(path))(document, source);
    };
}

HoverProvider SchemaHooks::hover(CurrentSchemas schemas)
{
    return hoverByKind([schemas = std::move(schemas)](const Models::GroupVersionKind &) { return schemas(); });
}

CompletionProvider SchemaHooks::completion(CurrentSchemas schemas)
{
    return completionByKind([schemas = std::move(schemas)](const Models::GroupVersionKind &) { return schemas(); });
}

HoverProvider SchemaHooks::hoverByKind(SchemasForKind schemas)
{
    return [schemas = std::move(schemas)](const YamlCursorContext &context) -> QString {
        const Models::GroupVersionKind gvk = kindAt(context);
        const Models::SchemaSetPtr set = schemas(gvk);
        if (!set || context.pointer.isEmpty()
            || (context.kind != YamlCursorContext::Kind::Key && context.kind != YamlCursorContext::Kind::Value))
            return {};
        const Models::FieldDocumentation doc = Models::SchemaExplain::explain(*set, gvk, context.pointer);
        return doc.text();
    };
}

CompletionProvider SchemaHooks::completionByKind(SchemasForKind schemas)
{
    return [schemas = std::move(schemas)](const YamlCursorContext &context) {
        QList<CompletionItem> items;
        const Models::GroupVersionKind gvk = kindAt(context);
        const Models::SchemaSetPtr set = schemas(gvk);
        if (!set)
            return items;
        for (const Models::SchemaCompletion &completion :
            Models::SchemaCompletions::complete(*set, gvk, context.mappingPointer, context.siblingKeys)) {
            QString detail = completion.type;
            if (completion.required)
                detail += QCoreApplication::translate("Kaji::Ui::SchemaHooks", " · required");
            items.append({ completion.key, detail });
        }
        return items;
    };
}

} // namespace Kaji::Ui
