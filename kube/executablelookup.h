#pragma once

#include <QString>
#include <QStringList>

// Any thread; the login shell is asked once per process.
namespace Kaji::Kube {

// Finds credential plugins the way the user's terminal would. Desktop apps
// started from a launcher do not inherit the login shell's PATH, which is
// where tools like `aws` or `gke-gcloud-auth-plugin` usually live.
class ExecutableLookup {
public:
    // The absolute path of `command`, or empty. A command containing a slash
    // is taken as a path; a bare name is searched in our PATH, then in the
    // login shell's.
    static QString find(const QString &command);

    // Our PATH followed by the login shell's entries we lack, for the
    // plugin's own environment (plugins start further tools).
    static QString mergedPath();

    // The login shell's PATH entries (empty where there is no such shell).
    static QStringList loginShellPath();
};

} // namespace Kaji::Kube
