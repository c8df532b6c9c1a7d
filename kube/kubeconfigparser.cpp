#include "kubeconfigparser.h"

#include "yamlguard.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace Kaji::Kube {
namespace {

QString qstr(const std::string &s) { return QString::fromStdString(s); }

// Reads typed fields of one YAML map and records a problem for each field of
// the wrong type, naming it as "section[name].field".
class FieldReader {
public:
    FieldReader(const YAML::Node &map, QString path, const QString &file, QList<KubeConfigProblem> &problems)
        : m_map(map), m_path(std::move(path)), m_file(file), m_problems(problems) {}

    QString string(const char *key)
    {
        const YAML::Node node = std::as_const(m_map)[key];
        if (!node || node.IsNull())
            return {};
        if (!node.IsScalar()) {
            problem(key, problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "expected a string")));
            return {};
        }
        return qstr(node.Scalar());
    }

    bool boolean(const char *key)
    {
        const YAML::Node node = std::as_const(m_map)[key];
        if (!node || node.IsNull())
            return false;
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
            problem(key, problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "expected true or false")));
        return value;
    }

    QStringList strings(const char *key)
    {
        QStringList out;
        const YAML::Node node = std::as_const(m_map)[key];
        if (!node || node.IsNull())
            return out;
        if (!node.IsSequence()) {
            problem(key, problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "expected a list of strings")));
            return out;
        }
        for (const YAML::Node &item : node) {
            if (item.IsScalar())
                out << qstr(item.Scalar());
            else
                problem(key, problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "expected a list of strings")));
        }
        return out;
    }

    // "*-data" fields carry base64; a bad value is reported, not guessed at.
    QByteArray base64(const char *key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        const auto result = QByteArray::fromBase64Encoding(text.toLatin1().trimmed(),
                                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!result) {
            problem(key, problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "is not valid base64")));
            return {};
        }
        return result.decoded;
    }

    // Relative paths resolve against the directory of the defining file.
    QString path(const char *key)
    {
        const QString value = string(key);
        if (value.isEmpty() || QDir::isAbsolutePath(value))
            return value;
        return QDir::cleanPath(QFileInfo(m_file).absoluteDir().filePath(value));
    }

    void problem(const char *key, const QString &message)
    {
        m_problems.append({m_file, m_path + u'.' + QLatin1String(key), message});
    }

    const YAML::Node &node() const { return m_map; }
    const QString &fieldPath() const { return m_path; }

private:
    YAML::Node m_map;
    QString m_path;
    QString m_file;
    QList<KubeConfigProblem> &m_problems;
};

ExecConfig readExec(FieldReader &user, const QString &file, QList<KubeConfigProblem> &problems)
{
    FieldReader exec(user.node()["exec"], user.fieldPath() + QStringLiteral(".exec"), file, problems);
    ExecConfig config;
    config.command = exec.string("command");
    // kubectl resolves a command only when it names a path; bare names go
    // through PATH lookup later.
    if (config.command.contains(u'/') && !QDir::isAbsolutePath(config.command))
        config.command = exec.path("command");
    config.args = exec.strings("args");
    config.apiVersion = exec.string("apiVersion");
    config.installHint = exec.string("installHint");
    config.provideClusterInfo = exec.boolean("provideClusterInfo");
    config.interactiveMode = exec.string("interactiveMode");
    const YAML::Node env = exec.node()["env"];
    if (env && env.IsSequence()) {
        for (const YAML::Node &item : env) {
            if (!item.IsMap() || !item["name"] || !item["name"].IsScalar()) {
                exec.problem("env", problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "each entry needs a name and a value")));
                continue;
            }
            config.env.append({qstr(item["name"].Scalar()),
                               item["value"] && item["value"].IsScalar() ? qstr(item["value"].Scalar()) : QString()});
        }
    } else if (env && !env.IsNull()) {
        exec.problem("env", problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "expected a list of name/value pairs")));
    }
    if (config.command.isEmpty())
        exec.problem("command", problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "is missing")));
    return config;
}

ClusterEntry readCluster(FieldReader &r, const QString &name, const QString &file)
{
    ClusterEntry c;
    c.name = name;
    c.sourceFile = file;
    c.server = r.string("server");
    c.certificateAuthorityFile = r.path("certificate-authority");
    c.certificateAuthorityData = r.base64("certificate-authority-data");
    c.insecureSkipTlsVerify = r.boolean("insecure-skip-tls-verify");
    c.tlsServerName = r.string("tls-server-name");
    c.proxyUrl = r.string("proxy-url");
    c.disableCompression = r.boolean("disable-compression");
    if (c.server.isEmpty())
        r.problem("server", problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "is missing")));
    return c;
}

UserEntry readUser(FieldReader &r, const QString &name, const QString &file, QList<KubeConfigProblem> &problems)
{
    UserEntry u;
    u.name = name;
    u.sourceFile = file;
    u.clientCertificateFile = r.path("client-certificate");
    u.clientCertificateData = r.base64("client-certificate-data");
    u.clientKeyFile = r.path("client-key");
    u.clientKeyData = r.base64("client-key-data");
    u.token = r.string("token");
    u.tokenFile = r.path("tokenFile");
    u.username = r.string("username");
    u.password = r.string("password");
    u.impersonate = r.string("as");
    u.impersonateGroups = r.strings("as-groups");
    const YAML::Node provider = r.node()["auth-provider"];
    if (provider && provider.IsMap() && provider["name"] && provider["name"].IsScalar())
        u.authProviderName = qstr(provider["name"].Scalar());
    const YAML::Node exec = r.node()["exec"];
    if (exec && exec.IsMap())
        u.exec = readExec(r, file, problems);
    else if (exec && !exec.IsNull())
        r.problem("exec", problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "expected a map")));
    return u;
}

ContextEntry readContext(FieldReader &r, const QString &name, const QString &file)
{
    ContextEntry c;
    c.name = name;
    c.sourceFile = file;
    c.cluster = r.string("cluster");
    c.user = r.string("user");
    c.namespaceName = r.string("namespace");
    return c;
}

bool hasName(const YAML::Node &item)
{
    return item.IsMap() && item["name"] && item["name"].IsScalar() && !item["name"].Scalar().empty();
}

// Names given to more than one entry of a list. client-go refuses such a
// file as a whole ("duplicate name in list"): which entry is meant cannot be
// known, so neither is read, and no edit can pick the wrong one.
QSet<QString> duplicateNames(const YAML::Node &list)
{
    QSet<QString> seen;
    QSet<QString> twice;
    for (const YAML::Node &item : list) {
        if (!hasName(item))
            continue;
        const QString name = qstr(item["name"].Scalar());
        if (seen.contains(name))
            twice.insert(name);
        seen.insert(name);
    }
    return twice;
}

// Walks one named list ("clusters", "users", "contexts") and hands each
// entry's inner map to `read`. Returns false when kubectl would refuse the
// file for it (a name used twice).
template<typename Read>
bool forEachNamed(const YAML::Node &root, const char *section, const char *inner, const QString &file,
                  QList<KubeConfigProblem> &problems, Read read)
{
    const YAML::Node list = root[section];
    if (!list || list.IsNull())
        return true;
    const QString sectionName = QLatin1String(section);
    if (!list.IsSequence()) {
        problems.append({file, sectionName, problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "expected a list"))});
        return true;
    }
    const QSet<QString> duplicates = duplicateNames(list);
    for (const QString &name : duplicates) {
        problems.append({file, sectionName + u'[' + name + u']',
                         problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig",
                                                       "is defined more than once in this file: kubectl refuses the "
                                                       "file, and Kaji reads none of the entries of that name"))});
    }
    int index = 0;
    for (const YAML::Node &item : list) {
        const QString where = sectionName + u'[' + QString::number(index++) + u']';
        if (!hasName(item)) {
            problems.append({file, where, problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "entry has no name"))});
            continue;
        }
        const QString name = qstr(item["name"].Scalar());
        if (duplicates.contains(name))
            continue;
        const YAML::Node body = item[inner];
        const QString path = sectionName + u'[' + name + u']' + u'.' + QLatin1String(inner);
        if (body && !body.IsNull() && !body.IsMap()) {
            problems.append({file, path, problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "expected a map"))});
            continue;
        }
        FieldReader reader(body ? body : YAML::Node(YAML::NodeType::Map), path, file, problems);
        // One entry the reader does not expect must not cost the others.
        try {
            read(reader, name);
        } catch (const YAML::Exception &e) {
            problems.append({file, path, QString::fromStdString(e.what())});
        }
    }
    return duplicates.isEmpty();
}

} // namespace

KubeConfigFileContents parseKubeConfig(const QByteArray &yaml, const QString &filePath)
{
    KubeConfigFileContents out;
    if (std::optional<QString> refused = YamlGuard::check(yaml)) {
        out.problems.append({filePath, QString(), *refused});
        out.unusable = true;
        return out;
    }
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::DeepRecursion &e) {
        out.problems.append({filePath, QString(),
                             problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "nests too deep (over %1 levels) at line %2"))
                                 .arg(e.depth() - 1)
                                 .arg(e.mark.line + 1)});
        out.unusable = true;
        return out;
    } catch (const YAML::Exception &e) {
        // The mark is zero-based; editors count lines from one.
        out.problems.append({filePath, QString(),
                             problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "not valid YAML at line %1, column %2: %3"))
                                 .arg(e.mark.line + 1)
                                 .arg(e.mark.column + 1)
                                 .arg(qstr(e.msg))});
        out.unusable = true;
        return out;
    }
    if (!root || root.IsNull())
        return out; // an empty file is a valid, empty kubeconfig
    if (!root.IsMap()) {
        out.problems.append({filePath, QString(), problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "expected a kubeconfig map at the top level"))});
        out.unusable = true;
        return out;
    }
    try {
        bool unique = forEachNamed(root, "clusters", "cluster", filePath, out.problems,
                                   [&](FieldReader &r, const QString &name) {
                                       out.clusters.append(readCluster(r, name, filePath));
                                   });
        unique &= forEachNamed(root, "users", "user", filePath, out.problems, [&](FieldReader &r, const QString &name) {
            out.users.append(readUser(r, name, filePath, out.problems));
        });
        unique &= forEachNamed(root, "contexts", "context", filePath, out.problems,
                               [&](FieldReader &r, const QString &name) {
                                   out.contexts.append(readContext(r, name, filePath));
                               });
        out.unusable = !unique;
        const YAML::Node current = std::as_const(root)["current-context"];
        if (current && current.IsScalar())
            out.currentContext = qstr(current.Scalar());
    } catch (const YAML::Exception &e) {
        out.problems.append({filePath, QString(), qstr(e.what())});
        out.unusable = true;
    }
    return out;
}

} // namespace Kaji::Kube
