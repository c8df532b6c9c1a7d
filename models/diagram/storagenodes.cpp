#include "storagenodes.h"

#include "diagramassembly.h"
#include "factfields.h"

#include <QCoreApplication>

namespace Kaji::Models {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::StorageNodes)
};

QString shortMode(const QString &mode)
{
    if (mode == QLatin1String("ReadWriteOnce"))
        return QStringLiteral("RWO");
    if (mode == QLatin1String("ReadOnlyMany"))
        return QStringLiteral("ROX");
    if (mode == QLatin1String("ReadWriteMany"))
        return QStringLiteral("RWX");
    if (mode == QLatin1String("ReadWriteOncePod"))
        return QStringLiteral("RWOP");
    return mode;
}

// Where a volume's data lives, for the sources the shape keeps.
QString sourceLine(const nlohmann::json &f)
{
    const QString driver = factText(f, {"spec", "csi", "driver"});
    if (!driver.isEmpty())
        return QStringLiteral("csi ") + driver;
    const QString local = factText(f, {"spec", "local", "path"});
    if (!local.isEmpty())
        return QStringLiteral("local ") + local;
    const QString hostPath = factText(f, {"spec", "hostPath", "path"});
    if (!hostPath.isEmpty())
        return QStringLiteral("hostPath ") + hostPath;
    const QString server = factText(f, {"spec", "nfs", "server"});
    if (!server.isEmpty())
        return QStringLiteral("nfs ") + server + u':' + factText(f, {"spec", "nfs", "path"});
    return {};
}

} // namespace

QString capacityLine(const QString &size, const nlohmann::json &accessModes)
{
    QStringList parts;
    if (!size.isEmpty())
        parts.append(size);
    if (accessModes.is_array()) {
        for (const nlohmann::json &mode : accessModes) {
            if (mode.is_string())
                parts.append(shortMode(QString::fromStdString(mode.get<std::string>())));
        }
    }
    return parts.join(u' ');
}

bool isDefaultStorageClass(const Kube::ObjectFacts &storageClass)
{
    return annotationOf(storageClass, "storageclass.kubernetes.io/is-default-class") == QLatin1String("true");
}

DiagramNode volumeNode(const Kube::ObjectFacts &volume)
{
    DiagramNode node = objectNode(DiagramKind::PersistentVolumes, volume, StorageColumn::Volume);
    const nlohmann::json &f = volume.fields;
    const QString capacity
        = capacityLine(factText(f, {"spec", "capacity", "storage"}), factAt(f, {"spec", "accessModes"}));
    if (!capacity.isEmpty())
        node.details.append(capacity);
    const QString source = sourceLine(f);
    if (!source.isEmpty())
        node.details.append(source);
    const QString phase = factText(f, {"status", "phase"});
    const QString policy = factText(f, {"spec", "persistentVolumeReclaimPolicy"});
    node.details.append(policy.isEmpty() ? phase : phase + QStringLiteral(" · ") + policy);
    if (phase == QLatin1String("Released")) {
        node.state = DiagramState::Warning;
        node.reasons.append(policy == QLatin1String("Retain")
                ? Text::tr("Released: its claim is gone; the data is kept until an admin reclaims it")
                : Text::tr("Released: its claim is gone; waiting to be reclaimed"));
    } else if (phase == QLatin1String("Failed")) {
        node.state = DiagramState::Failed;
        node.reasons.append(Text::tr("Reclaiming it failed"));
        const QString message = factText(f, {"status", "message"});
        if (!message.isEmpty())
            node.reasons.append(message);
    } else if (phase == QLatin1String("Pending")) {
        node.state = DiagramState::Progressing;
    }
    return node;
}

DiagramNode storageClassNode(const Kube::ObjectFacts &storageClass)
{
    DiagramNode node = objectNode(DiagramKind::StorageClasses, storageClass, StorageColumn::StorageClass);
    const nlohmann::json &f = storageClass.fields;
    node.details.append(factText(f, {"provisioner"}));
    const QString mode = factText(f, {"volumeBindingMode"});
    node.details.append(mode.isEmpty() ? QStringLiteral("Immediate") : mode);
    if (isDefaultStorageClass(storageClass))
        node.details.append(Text::tr("default"));
    return node;
}

} // namespace Kaji::Models
