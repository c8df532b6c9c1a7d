#pragma once

#include "draftstore.h"

// Pure functions; any thread.
namespace Kaji::Models {

// The apply window's text kept as a draft: one per context, under a
// pseudo-object no cluster serves (the group "apply.kaji.invalid"), so that
// the edit window's recovery leaves it to the apply window.
struct ApplyDraft {
    static Draft forContext(const QString &context)
    {
        Draft draft;
        draft.context = context;
        draft.apiVersion = QStringLiteral("apply.kaji.invalid/v1");
        draft.kind = QStringLiteral("Manifest");
        draft.name = QStringLiteral("apply");
        return draft;
    }
    static bool is(const Draft &draft)
    {
        return draft.apiVersion.startsWith(QLatin1String("apply.kaji.invalid/"));
    }
    static std::optional<Draft> find(const DraftStore &store, const QString &context)
    {
        const Draft key = forContext(context);
        return store.find(key.context, key.apiVersion, key.kind, key.namespaceName, key.name);
    }
};

} // namespace Kaji::Models
