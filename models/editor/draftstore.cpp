#include "draftstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Kaji::Models {
namespace {

constexpr int Format = 1;
constexpr qsizetype ReadablePart = 100; // of a file name; the hash keeps it unique

// Lowercase letters, digits, dots and dashes; anything else becomes "_".
QString safe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.toLower().unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-';
        out += allowed ? QChar(u) : QChar(u'_');
    }
    return out;
}

QString group(const QString &apiVersion)
{
    return apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
}

const QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

bool Draft::sameObject(const Draft &other) const
{
    return context == other.context && group(apiVersion) == group(other.apiVersion) && kind == other.kind
        && namespaceName == other.namespaceName && name == other.name;
}

DraftStore::DraftStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString DraftStore::fileNameFor(const QString &context, const QString &apiVersion, const QString &kind,
    const QString &namespaceName, const QString &name)
{
    // The version is left out: the same object read at another version is
    // the same draft.
    const QString key = QStringList { context, group(apiVersion), kind, namespaceName, name }.join(QChar(0));
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    const QString readable = safe(QStringList { kind, namespaceName, name }.join(u'_')).left(ReadablePart);
    return readable + u'-' + QString::fromLatin1(hash) + QLatin1String(Suffix);
}

bool DraftStore::write(const Draft &draft, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QDir dir(m_directory);
    if (!dir.exists()) {
        if (!QDir().mkpath(m_directory))
            return fail(tr("cannot create the drafts folder %1").arg(m_directory));
        QFile::setPermissions(m_directory, OwnerOnly | QFile::ExeOwner);
    }
    const QDateTime savedAt = draft.savedAt.isValid() ? draft.savedAt : QDateTime::currentDateTimeUtc();
    const QJsonObject object { { QStringLiteral("format"), Format }, { QStringLiteral("context"), draft.context },
        { QStringLiteral("apiVersion"), draft.apiVersion }, { QStringLiteral("kind"), draft.kind },
        { QStringLiteral("resource"), draft.resource }, { QStringLiteral("namespace"), draft.namespaceName },
        { QStringLiteral("name"), draft.name }, { QStringLiteral("shownText"), draft.shownText },
        { QStringLiteral("shownResourceVersion"), draft.shownResourceVersion },
        { QStringLiteral("editedText"), draft.editedText },
        { QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs) } };
    const QString path
        = dir.filePath(fileNameFor(draft.context, draft.apiVersion, draft.kind, draft.namespaceName, draft.name));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write the draft %1: %2").arg(path, file.errorString()));
    file.setPermissions(OwnerOnly);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return fail(tr("cannot write the draft %1: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return fail(tr("cannot write the draft %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, OwnerOnly);
    return true;
}

std::optional<Draft> DraftStore::restore(const QString &fileName) const
{
    if (fileName.contains(u'/') || fileName.contains(u'\\') || !fileName.endsWith(QLatin1String(Suffix)))
        return std::nullopt;
    QFile file(QDir(m_directory).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject o = document.object();
    if (parseError.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toInt() != Format)
        return std::nullopt;
    Draft draft;
    draft.context = o.value(QStringLiteral("context")).toString();
    draft.apiVersion = o.value(QStringLiteral("apiVersion")).toString();
    draft.kind = o.value(QStringLiteral("kind")).toString();
    draft.resource = o.value(QStringLiteral("resource")).toString();
    draft.namespaceName = o.value(QStringLiteral("namespace")).toString();
    draft.name = o.value(QStringLiteral("name")).toString();
    draft.shownText = o.value(QStringLiteral("shownText")).toString();
    draft.shownResourceVersion = o.value(QStringLiteral("shownResourceVersion")).toString();
    draft.editedText = o.value(QStringLiteral("editedText")).toString();
    draft.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    draft.fileName = fileName;
    if (draft.kind.isEmpty() || draft.name.isEmpty() || !o.value(QStringLiteral("editedText")).isString())
        return std::nullopt;
    return draft;
}

QList<Draft> DraftStore::list() const
{
    QList<Draft> drafts;
    const QStringList files = QDir(m_directory).entryList({ u'*' + QLatin1String(Suffix) }, QDir::Files);
    for (const QString &fileName : files) {
        if (std::optional<Draft> draft = restore(fileName))
            drafts.append(std::move(*draft));
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

std::optional<Draft> DraftStore::find(const QString &context, const QString &apiVersion, const QString &kind,
    const QString &namespaceName, const QString &name) const
{
    return restore(fileNameFor(context, apiVersion, kind, namespaceName, name));
}

bool DraftStore::discard(const Draft &draft)
{
    const QString fileName = draft.fileName.isEmpty()
        ? fileNameFor(draft.context, draft.apiVersion, draft.kind, draft.namespaceName, draft.name)
        : draft.fileName;
    // Only a draft's own file: a name from elsewhere never reaches outside.
    if (fileName.contains(u'/') || !fileName.endsWith(QLatin1String(Suffix)))
        return false;
    QFile file(QDir(m_directory).filePath(fileName));
    return !file.exists() || file.remove();
}

} // namespace Kaji::Models
