// libFuzzer target: a manifest file as `kaji apply -f`, `kaji diff -f` and
// the manifest editor read it (stream splitting, the YAML reader with its
// go-yaml rules, List expansion, field paths to lines). Any crash, leak,
// sanitizer report or escaping exception is a bug: a broken file must become
// problems at places in the text.

#include "manifestreader.h"

#include <cstdint>
#include <cstdlib>

using namespace Kaji::Kube;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const ManifestSet set = ManifestReader::read(text, QStringLiteral("fuzz.yaml"));

    // Every place named lies in the text (a line past the last one is where
    // an unfinished construct is noticed).
    const int lines = int(text.count('\n')) + 1;
    const auto inText = [&](const YamlPosition &p) { return p.line >= 1 && p.line <= lines + 1 && p.column >= 1; };
    for (const QList<ManifestProblem> *problems : {&set.errors, &set.warnings}) {
        for (const ManifestProblem &problem : *problems) {
            if (!inText(problem.position) || problem.message.isEmpty())
                std::abort();
        }
    }
    for (const ManifestDocument &document : set.documents) {
        // Only what can be sent is handed on.
        if (!document.object.is_object() || document.apiVersion().isEmpty() || document.kind().isEmpty())
            std::abort();
        for (const YamlPosition &position : document.positions) {
            if (!inText(position))
                std::abort();
        }
        for (const char *path : {".metadata.name", "spec.containers[0].image", "data[a.b]",
                                 ".spec.containers[name=\"x\"].ports[containerPort=80,protocol=\"TCP\"]", "[=\"]"}) {
            if (!inText(document.positionOf(QString::fromLatin1(path))))
                std::abort();
        }
        // What is sent reads back as what was checked: the document's own
        // text, or a List item's JSON.
        const YamlReadResult again = YamlReader::read(document.body, document.bodyLine > 0 ? document.bodyLine : 1);
        if (again.error || !again.duplicateKeys.isEmpty() || again.value != document.object)
            std::abort();
    }
    return 0;
}
