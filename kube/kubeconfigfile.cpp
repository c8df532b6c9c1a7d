#include "kubeconfigfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace Kaji::Kube {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Kaji::Kube::KubeConfigFile", source);
}

constexpr const char *sections[] = { "clusters", "users", "contexts" };

// Owner read and write only: the files hold credentials. Windows only knows
// a read-only flag, so the call is harmless there.
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Plain text YAML would read as something other than a string (a number,
// a bool, null), matched loosely: quoting a string needlessly is harmless.
bool readsAsNonString(const std::string &value)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([-+.]?[0-9].*|[-+]?\.(inf|nan)|~|null|true|false|yes|no|on|off|y|n|)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(QString::fromStdString(value)).hasMatch();
}

// yaml-cpp drops the quotes of "123" or 'true' when it writes a tree back, and
// kubectl would then read a number or a bool where a string belongs (a token,
// a namespace). Scalars that were plain in the file stay plain; quoted ones
// and those Kaji wrote are quoted whenever plain would change their type.
void emit(YAML::Emitter &out, const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        out << YAML::BeginMap;
        for (const auto &pair : node) {
            out << YAML::Key;
            emit(out, pair.first);
            out << YAML::Value;
            emit(out, pair.second);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        out << YAML::BeginSeq;
        for (const YAML::Node &item : node)
            emit(out, item);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        if (node.Tag() != "?" && readsAsNonString(node.Scalar()))
            out << YAML::DoubleQuoted << node.Scalar();
        else
            out << node.Scalar();
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: out << YAML::Null; break;
    }
}

} // namespace

KubeConfigFile::KubeConfigFile()
    : m_root(std::make_unique<YAML::Node>(YAML::NodeType::Map))
{
}
KubeConfigFile::~KubeConfigFile() = default;
KubeConfigFile::KubeConfigFile(KubeConfigFile &&) noexcept = default;
KubeConfigFile &KubeConfigFile::operator=(KubeConfigFile &&) noexcept = default;

bool KubeConfigFile::load(const QString &path, bool missingIsEmpty)
{
    m_path = QFileInfo(path).absoluteFilePath();
    QFile file(path);
    if (!file.exists()) {
        if (missingIsEmpty)
            return parse(QByteArray(), path);
        m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: file not found")).arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: cannot be read: %2"))
                      .arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path);
}

bool KubeConfigFile::parse(const QByteArray &bytes, const QString &path)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_error.clear();
    try {
        *m_root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: not valid YAML (line %2): %3"))
                      .arg(path.isEmpty() ? text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "pasted text")) : path)
                      .arg(e.mark.line + 1)
                      .arg(QString::fromStdString(e.msg));
        return false;
    }
    return check();
}

bool KubeConfigFile::check()
{
    const QString name
        = m_path.isEmpty() ? text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "pasted text")) : m_path;
    const YAML::Node &root = *m_root;
    if (!root || root.IsNull()) {
        m_root = std::make_unique<YAML::Node>(YAML::NodeType::Map);
        return true;
    }
    if (!root.IsMap()) {
        m_error
            = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: not a kubeconfig (expected a map at the top)"))
                  .arg(name);
        return false;
    }
    for (const char *section : sections) {
        const YAML::Node list = root[section];
        if (!list || list.IsNull())
            continue;
        if (!list.IsSequence()) {
            m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: \"%2\" is not a list"))
                          .arg(name, QLatin1String(section));
            return false;
        }
        for (const YAML::Node &item : list) {
            if (!item.IsMap() || !item["name"] || !item["name"].IsScalar()) {
                m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: an entry of \"%2\" has no name"))
                              .arg(name, QLatin1String(section));
                return false;
            }
        }
    }
    const YAML::Node current = root["current-context"];
    if (current && !current.IsNull() && !current.IsScalar()) {
        m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: \"current-context\" is not a string"))
                      .arg(name);
        return false;
    }
    return true;
}

YAML::Node &KubeConfigFile::root()
{
    return *m_root;
}

YAML::Node KubeConfigFile::entry(const char *section, const QString &name) const
{
    const YAML::Node &root = *m_root;
    const YAML::Node list = root[section];
    const std::string wanted = name.toStdString();
    YAML::Node found(YAML::NodeType::Undefined);
    if (list && list.IsSequence()) {
        int matches = 0;
        for (const YAML::Node &item : list) {
            if (item["name"].Scalar() == wanted) {
                found.reset(item);
                ++matches;
            }
        }
        // A name given twice (the file changed since it was read) names no
        // entry for certain: none is edited, as the loader reads none.
        if (matches > 1)
            return YAML::Node(YAML::NodeType::Undefined);
    }
    return found;
}

bool KubeConfigFile::removeEntry(const char *section, const QString &name)
{
    const YAML::Node &root = *m_root;
    const YAML::Node list = root[section];
    if (!list || !list.IsSequence())
        return false;
    const std::string wanted = name.toStdString();
    YAML::Node kept(YAML::NodeType::Sequence);
    int removed = 0;
    for (const YAML::Node &item : list) {
        if (item["name"].Scalar() == wanted)
            ++removed;
        else
            kept.push_back(item);
    }
    // A name given twice is refused as entry() refuses it.
    if (removed != 1)
        return false;
    (*m_root)[section] = kept;
    return true;
}

void KubeConfigFile::appendEntry(const char *section, const YAML::Node &entry)
{
    const YAML::Node &root = *m_root;
    if (!root[section] || !root[section].IsSequence())
        (*m_root)[section] = YAML::Node(YAML::NodeType::Sequence);
    YAML::Node list = (*m_root)[section];
    list.push_back(entry);
}

QString KubeConfigFile::currentContext() const
{
    const YAML::Node &root = *m_root;
    const YAML::Node current = root["current-context"];
    return current && current.IsScalar() ? QString::fromStdString(current.Scalar()) : QString();
}

QString KubeConfigFile::backupPath(const QString &path)
{
    return path + QStringLiteral(".kaji-backup");
}

bool KubeConfigFile::save()
{
    // Write through a symlink (dotfile managers link ~/.kube/config) rather
    // than replace it with a plain file.
    const QFileInfo info(m_path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : m_path;
    QFile previous(target);
    if (previous.exists()) {
        if (!previous.open(QIODevice::ReadOnly)) {
            m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: cannot be read: %2"))
                          .arg(target, previous.errorString());
            return false;
        }
        if (!write(backupPath(target), previous.readAll()))
            return false;
    }
    return saveAs(target);
}

bool KubeConfigFile::saveAs(const QString &path)
{
    YAML::Emitter out;
    emit(out, *m_root);
    if (!out.good()) {
        m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: cannot be written: %2"))
                      .arg(path, QString::fromStdString(out.GetLastError()));
        return false;
    }
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    if (!write(path, bytes))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    return true;
}

bool KubeConfigFile::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: cannot be written: %2"))
                      .arg(path, file.errorString());
        return false;
    }
    file.setPermissions(ownerOnly);
    file.write(bytes);
    if (!file.commit()) {
        m_error = text(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfigFile", "%1: cannot be written: %2"))
                      .arg(path, file.errorString());
        return false;
    }
    // QSaveFile keeps an existing file's mode: narrow it after the rename too.
    QFile::setPermissions(path, ownerOnly);
    return true;
}

} // namespace Kaji::Kube
