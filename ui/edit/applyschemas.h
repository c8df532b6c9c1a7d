#pragma once

#include "editor/schemaset.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

// GUI thread.
namespace Kaji::Models {
class SchemaProvider;
}

namespace Kaji::Ui {

class ManifestEditor;

// The cluster's schemas for an editor holding documents of many kinds:
// asks the provider for the group-version of every apiVersion the text
// names, and hands the editor a check, hover and completion that take each
// document's own set. Kinds whose schema is still loading are checked as
// YAML only until it arrives.
class ApplySchemas : public QObject {
    Q_OBJECT
public:
    ApplySchemas(Models::SchemaProvider *provider, ManifestEditor *editor, QObject *parent = nullptr);

    // Looks at the text again for apiVersions (after an edit settled).
    void update();
    // The apiVersions written in `text`, in order, each once.
    static QStringList apiVersionsIn(const QString &text);

private:
    void install();

    QPointer<Models::SchemaProvider> m_provider;
    ManifestEditor *m_editor;
    QHash<QString, Models::SchemaSetPtr> m_sets; // by document path
    QHash<QString, QString> m_failures;
    QSet<QString> m_wanted;
};

} // namespace Kaji::Ui
