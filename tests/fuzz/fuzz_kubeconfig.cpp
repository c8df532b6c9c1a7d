// libFuzzer target: one kubeconfig file's bytes, as a user's editor, a cloud
// CLI or a stranger's gist may have left it. Any crash, leak, sanitizer report
// or exception escaping parseKubeConfig is a bug: a broken kubeconfig must
// become problems, never take the application down.

#include "kubeconfigparser.h"

#include <cstdint>
#include <cstdlib>

using namespace Kaji::Kube;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    // An absolute path, so relative file references get resolved against it.
    const KubeConfigFileContents contents = parseKubeConfig(yaml, QStringLiteral("/fuzz/home/.kube/config"));

    // The parser promises to drop nameless entries (with a problem); a
    // nameless one slipping through would merge under "" and shadow others.
    for (const ClusterEntry &cluster : contents.clusters) {
        if (cluster.name.isEmpty())
            std::abort();
    }
    for (const ContextEntry &context : contents.contexts) {
        if (context.name.isEmpty())
            std::abort();
    }
    for (const UserEntry &user : contents.users) {
        if (user.name.isEmpty())
            std::abort();
        // Reached for every user the moment the contexts pane shows them.
        (void)user.authKind();
    }

    // A whole-file problem (no field) is only meant for YAML that cannot be
    // read at all, which yields no entries. Seeing one beside entries means
    // an exception cut the walk short and silently dropped the rest of the
    // file, which the parser promises never to do.
    const bool hasEntries = !contents.clusters.isEmpty() || !contents.users.isEmpty() || !contents.contexts.isEmpty();
    for (const KubeConfigProblem &problem : contents.problems) {
        if (hasEntries && problem.field.isEmpty())
            std::abort();
    }
    return 0;
}
