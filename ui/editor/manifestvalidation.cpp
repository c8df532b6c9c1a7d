#include "manifestvalidation.h"

#include "yamlreader.h"
#include "yamlstream.h"

#include <QCoreApplication>

namespace Kaji::Ui {
namespace {

using Severity = ManifestDiagnostic::Severity;

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Ui::ManifestValidation", text);
}

void add(ManifestDiagnostics &into, const QList<Kube::YamlProblem> &problems, Severity severity)
{
    for (const Kube::YamlProblem &problem : problems)
        into.append({problem.position.line, problem.position.column, severity, problem.message});
}

// The first line with something on it: where "not an object" belongs,
// rather than on a comment above it.
int firstContentLine(const Kube::YamlStreamDocument &document)
{
    int line = document.firstLine;
    for (const QByteArray &text : document.text.split('\n')) {
        const QByteArray trimmed = text.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            return line;
        ++line;
    }
    return document.firstLine;
}

void checkObject(const Kube::YamlReadResult &read, const Kube::YamlStreamDocument &document, ManifestDiagnostics &into)
{
    const int line = firstContentLine(document);
    if (!read.value.is_object()) {
        into.append({line, 0, Severity::Error,
                      message(QT_TRANSLATE_NOOP("Kaji::Ui::ManifestValidation",
                                                "a document must be a mapping of fields (apiVersion, kind, metadata, …)"))});
        return;
    }
    for (const char *field : {"apiVersion", "kind"}) {
        const auto it = read.value.find(field);
        if (it == read.value.end() || !it->is_string() || it->get<std::string>().empty()) {
            into.append({line, 0, Severity::Error,
                          message(QT_TRANSLATE_NOOP("Kaji::Ui::ManifestValidation", "%1 not set")).arg(QLatin1String(field))});
        }
    }
}

} // namespace

ManifestDiagnostics ManifestValidation::check(const QByteArray &text, const ManifestCheck &check)
{
    ManifestDiagnostics out;
    const Kube::YamlStreamSplit split = Kube::YamlStream::split(text);
    if (split.error) {
        out.append({split.error->position.line, split.error->position.column, Severity::Error, split.error->message});
        return out;
    }
    for (const Kube::YamlStreamDocument &document : split.documents) {
        const Kube::YamlReadResult read = Kube::YamlReader::read(document.text, document.firstLine);
        add(out, read.warnings, Severity::Warning);
        if (read.error) {
            out.append({read.error->position.line, read.error->position.column, Severity::Error, read.error->message});
            continue;
        }
        add(out, read.duplicateKeys, Severity::Error);
        if (read.value.is_null())
            continue; // blank lines or comments only
        checkObject(read, document, out);
        if (check)
            out += check(read, document);
    }
    return out;
}

} // namespace Kaji::Ui
