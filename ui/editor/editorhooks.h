#pragma once

#include "yamlcursorpath.h"

#include <QList>
#include <QString>

#include <functional>

// Plain types; the callbacks are called on the GUI thread.
namespace Kaji::Ui {

// One key completion offers: the key, and a short note beside it (the
// field's type, "required").
struct CompletionItem {
    QString key;
    QString detail;
};

// Documentation for the field under the mouse (`context.pointer`, in the
// document of kind `context.apiVersion`/`context.objectKind`), as plain or
// rich text; "" shows nothing. Called while the mouse rests, so it must
// answer from memory (a cached schema), never wait for the network.
using HoverProvider = std::function<QString(const YamlCursorContext &context)>;

// The keys the mapping at `context.mappingPointer` can have; the editor
// leaves out those already written (`context.siblingKeys`) and filters by
// what is typed (`context.prefix`). Same rule: answer from memory.
using CompletionProvider = std::function<QList<CompletionItem>(const YamlCursorContext &context)>;

} // namespace Kaji::Ui
