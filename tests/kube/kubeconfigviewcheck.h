#pragma once

// The reference for kubeconfig edits: what the real `kubectl config view
// --raw` shows over a list of files, as entries by name, so a test can apply
// the expected edit to the "before" view and compare it with the "after" one.

#include <QDir>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace KubeconfigViewCheck {

inline QString kubectl()
{
    return QStandardPaths::findExecutable(QStringLiteral("kubectl"));
}

// Keys "clusters/NAME", "users/NAME", "contexts/NAME" hold the entry's inner
// map; "current-context" a scalar. Empty when kubectl fails.
using View = QMap<QString, YAML::Node>;

inline View view(const QStringList &files, QString *error)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), files.join(QDir::listSeparator()));
    process.setProcessEnvironment(env);
    process.start(kubectl(),
        { QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"), QStringLiteral("-o"),
            QStringLiteral("json") });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    const YAML::Node root = YAML::Load(process.readAllStandardOutput().toStdString());
    View out;
    out.insert(QStringLiteral("current-context"), root["current-context"]);
    for (const char *section : { "clusters", "users", "contexts" }) {
        const std::string inner = std::string(section).substr(0, std::string(section).size() - 1);
        if (!root[section] || !root[section].IsSequence())
            continue;
        for (const YAML::Node &item : root[section]) {
            out.insert(
                QStringLiteral("%1/%2").arg(QLatin1String(section), QString::fromStdString(item["name"].Scalar())),
                YAML::Clone(item[inner]));
        }
    }
    return out;
}

inline bool same(const YAML::Node &a, const YAML::Node &b)
{
    const bool aEmpty = !a || a.IsNull(), bEmpty = !b || b.IsNull();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty || (a.IsScalar() && a.Scalar().empty()) || (b.IsScalar() && b.Scalar().empty());
    if (a.Type() != b.Type())
        return false;
    if (a.IsScalar())
        return a.Scalar() == b.Scalar();
    if (a.size() != b.size())
        return false;
    if (a.IsSequence()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!same(a[i], b[i]))
                return false;
        }
        return true;
    }
    for (const auto &pair : a) {
        if (!same(pair.second, b[pair.first.Scalar()]))
            return false;
    }
    return true;
}

inline QString text(const YAML::Node &node)
{
    YAML::Emitter out;
    out << YAML::Flow << node;
    return QString::fromUtf8(out.c_str());
}

// The keys whose values differ, with both values, for a failure message.
inline QString differences(const View &expected, const View &actual)
{
    QStringList lines;
    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (!expected.contains(key) || !actual.contains(key) || !same(expected[key], actual[key]))
            lines << QStringLiteral("%1: expected %2, got %3")
                         .arg(key, expected.contains(key) ? text(expected[key]) : QStringLiteral("(none)"),
                             actual.contains(key) ? text(actual[key]) : QStringLiteral("(none)"));
    }
    return lines.join(u'\n');
}

} // namespace KubeconfigViewCheck
