#pragma once

// Loads a diagnosis fixture from tests/data/diagnosis: a snapshot document
// ({"pods": [...], "events": [...], ...}), the container logs it carries
// ("logs": {"ns/pod/container/previous|current": "text"}) and the moment it
// was recorded ("recordedAt"), so "recent" means the same on every run.

#include "diagnosis/clustersnapshot.h"
#include "diagnosis/rulecontext.h"
#include "jsonfields.h"

#include <QFile>
#include <QHash>

#include <memory>

namespace KajiTest {

struct DiagnosisFixture {
    nlohmann::json document;
    Kaji::Models::ClusterSnapshot snapshot;
    std::shared_ptr<QHash<QString, QStringList>> logs = std::make_shared<QHash<QString, QStringList>>();
    qint64 now = 0;

    Kaji::Models::LogReader logReader() const
    {
        auto map = logs;
        return [map](const QString &ns, const QString &pod, const QString &container,
                     bool previous) -> std::optional<QStringList> {
            const auto it = map->constFind(ns + u'/' + pod + u'/' + container
                                           + (previous ? QStringLiteral("/previous") : QStringLiteral("/current")));
            if (it == map->constEnd())
                return std::nullopt;
            return *it;
        };
    }
};

inline DiagnosisFixture loadDiagnosisFixture(const QString &path)
{
    DiagnosisFixture fixture;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    fixture.document = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    fixture.snapshot = Kaji::Models::ClusterSnapshot::fromJson(fixture.document);
    const nlohmann::json &logs = Kaji::Kube::jsonChild(fixture.document, "logs");
    if (logs.is_object()) {
        for (auto it = logs.begin(); it != logs.end(); ++it) {
            QStringList lines = QString::fromStdString(it->get<std::string>()).split(u'\n');
            if (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            fixture.logs->insert(QString::fromStdString(it.key()), lines);
        }
    }
    fixture.now = Kaji::Models::parseApiTime(Kaji::Kube::jsonText(fixture.document, "recordedAt"));
    return fixture;
}

} // namespace KajiTest
