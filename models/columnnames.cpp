#include "columnnames.h"

#include <QCoreApplication>

namespace Kaji::Models {
namespace {

// Read by lupdate; the server sends the same English text.
[[maybe_unused]] const char *const KnownNames[] = {
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Name"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Ready"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Status"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Restarts"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Age"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "IP"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Node"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Nominated Node"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Readiness Gates"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Up-to-date"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Available"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Containers"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Images"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Selector"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Desired"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Current"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Node Selector"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Completions"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Duration"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Schedule"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Timezone"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Suspend"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Active"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Last Schedule"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Type"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Cluster-IP"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "External-IP"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Port(s)"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "AddressType"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Ports"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Endpoints"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Class"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Hosts"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Address"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Data"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Volume"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Capacity"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Access Modes"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "StorageClass"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "VolumeAttributesClass"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "VolumeMode"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Reclaim Policy"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Claim"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Reason"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Provisioner"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "VolumeBindingMode"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "AllowVolumeExpansion"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Roles"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Version"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Internal-IP"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "OS-Image"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Kernel-Version"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Container-Runtime"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Last Seen"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Object"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Subobject"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Source"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Message"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "First Seen"),
    QT_TRANSLATE_NOOP("Kaji::Models::ColumnNames", "Count"),
};

} // namespace

QString translatedColumnName(const QString &serverName)
{
    return QCoreApplication::translate("Kaji::Models::ColumnNames", serverName.toUtf8().constData());
}

} // namespace Kaji::Models
