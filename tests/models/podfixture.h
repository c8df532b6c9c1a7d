#pragma once

// Pods for the anatomy tests: the recorded scenario's (tests/data/diagnosis/
// scenario.json) and the hand-written ones under tests/data/pods; and what
// every layer must read from a storefront pod.

#include "podanatomy.h"

#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace KajiTest {

inline nlohmann::json readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return nlohmann::json::parse(file.readAll().toStdString());
}

// Every recorded diagnosis document (tests/data/diagnosis): the scenario
// and the recorded cases.
inline QStringList recordedDiagnosisFiles()
{
    QStringList paths;
    QDirIterator files(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis"), {QStringLiteral("*.json")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext())
        paths.append(files.next());
    return paths;
}

// The first recorded pod whose name starts with `prefix`.
inline nlohmann::json scenarioPod(const QString &prefix)
{
    static const nlohmann::json scenario = readJson(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json"));
    for (const nlohmann::json &pod : scenario["pods"]) {
        if (QString::fromStdString(pod["metadata"]["name"].get<std::string>()).startsWith(prefix))
            return pod;
    }
    qFatal("no pod %s in the scenario", qPrintable(prefix));
}

// 3 init containers, 2 sidecars, 4 containers, 11 volumes of every type.
inline nlohmann::json complexPod()
{
    return readJson(QStringLiteral(KAJI_TEST_DATA_DIR "/pods/anatomy-complex.json"));
}

// Empty when a storefront pod's anatomy has its TLS Secret as the scenario
// declares it (mounted by the storefront container only, read-only);
// otherwise what differs.
inline QString storefrontTlsMismatch(const Kaji::Models::PodAnatomy &a)
{
    using Anatomy = Kaji::Models::PodAnatomy;
    const Anatomy::Volume *tls = a.volume(QStringLiteral("tls"));
    if (!tls)
        return QStringLiteral("no volume tls");
    if (tls->type != Anatomy::VolumeType::Secret || tls->sourceName != QLatin1String("storefront-tls"))
        return QStringLiteral("tls is not Secret storefront-tls but %1 %2").arg(tls->typeKey, tls->sourceName);
    if (tls->uses.size() != 1)
        return QStringLiteral("tls is mounted %1 times").arg(tls->uses.size());
    const Anatomy::Use &use = tls->uses.first();
    if (use.container != QLatin1String("storefront") || use.mount.path != QLatin1String("/etc/storefront/tls") || !use.mount.readOnly)
        return QStringLiteral("tls is mounted by %1 at %2, read-only %3").arg(use.container, use.mount.path).arg(use.mount.readOnly);
    return {};
}

} // namespace KajiTest
