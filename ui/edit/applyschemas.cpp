#include "applyschemas.h"

#include "editor/groupversionkind.h"
#include "editor/manifesteditor.h"
#include "editor/schemaprovider.h"
#include "schemahooks.h"

#include <QRegularExpression>

namespace Kaji::Ui {

ApplySchemas::ApplySchemas(Models::SchemaProvider *provider, ManifestEditor *editor, QObject *parent)
    : QObject(parent), m_provider(provider), m_editor(editor)
{
    if (!provider)
        return;
    connect(provider, &Models::SchemaProvider::schemaReady, this,
            [this](const QString &path, const Models::SchemaSetPtr &set) {
                if (!m_wanted.contains(path))
                    return;
                m_sets.insert(path, set);
                m_failures.remove(path);
                install();
            });
    connect(provider, &Models::SchemaProvider::schemaFailed, this, [this](const QString &path, const QString &why) {
        if (!m_wanted.contains(path))
            return;
        m_failures.insert(path, why);
        install();
    });
    // Hover and completion read the sets held at the moment they are asked.
    const SchemaHooks::SchemasForKind current = [this](const Models::GroupVersionKind &gvk) {
        return m_sets.value(gvk.documentPath());
    };
    m_editor->setHoverProvider(SchemaHooks::hoverByKind(current));
    m_editor->setCompletionProvider(SchemaHooks::completionByKind(current));
}

QStringList ApplySchemas::apiVersionsIn(const QString &text)
{
    // Top-level keys only: a nested apiVersion (an ownerReference) names
    // another object's kind.
    static const QRegularExpression line(QStringLiteral(R"(^apiVersion:[ \t]*["']?([A-Za-z0-9.\-/]+))"),
                                         QRegularExpression::MultilineOption);
    QStringList versions;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QString version = it.next().captured(1);
        if (!versions.contains(version))
            versions.append(version);
    }
    return versions;
}

void ApplySchemas::update()
{
    if (!m_provider)
        return;
    bool changed = false;
    for (const QString &version : apiVersionsIn(m_editor->toPlainText())) {
        const QString path = Models::openApiDocumentPath(version);
        if (path.isEmpty() || m_sets.contains(path))
            continue;
        m_wanted.insert(path);
        // Loads when not held; schemaReady follows.
        if (const Models::SchemaSetPtr set = m_provider->schemas(path)) {
            m_sets.insert(path, set);
            changed = true;
        }
    }
    if (changed)
        install();
}

void ApplySchemas::install()
{
    m_editor->setValidationCheck(SchemaHooks::checkEach(m_sets, m_failures));
}

} // namespace Kaji::Ui
