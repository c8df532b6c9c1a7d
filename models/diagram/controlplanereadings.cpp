#include "controlplanereadings.h"

#include "jsonfields.h"

namespace Kaji::Models {

void readVersion(ControlPlaneProbe &probe, const nlohmann::json &version)
{
    probe.versionRead = version.is_object();
    probe.gitVersion = Kube::jsonText(version, "gitVersion");
    probe.platform = Kube::jsonText(version, "platform");
}

void readReadyz(ControlPlaneProbe &probe, int httpStatus, const QByteArray &text)
{
    probe.readyzStatus = httpStatus;
    probe.readyzChecks.clear();
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.size() < 4 || line[0] != '[' || line[2] != ']' || (line[1] != '+' && line[1] != '-'))
            continue;
        // "[+]poststarthook/rbac ok", "[-]etcd failed: reason withheld"
        const qsizetype space = line.indexOf(' ', 3);
        const QByteArray name = line.mid(3, space < 0 ? -1 : space - 3);
        if (!name.isEmpty())
            probe.readyzChecks.append({QString::fromUtf8(name), line[1] == '+'});
    }
}

} // namespace Kaji::Models
