#include "openapiindex.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Kaji::Kube {

namespace {

QString localized(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::OpenApiIndex", text);
}

} // namespace

std::variant<OpenApiIndex, QString> OpenApiIndex::parse(const nlohmann::json &index)
{
    const auto paths = index.is_object() ? index.find("paths") : index.end();
    if (!index.is_object() || paths == index.end() || !paths->is_object())
        return localized(QT_TRANSLATE_NOOP("Kaji::Kube::OpenApiIndex", "the OpenAPI v3 index has no paths"));
    OpenApiIndex result;
    for (const auto &[path, entry] : paths->items()) {
        if (!entry.is_object())
            continue;
        const auto url = entry.find("serverRelativeURL");
        if (url == entry.end() || !url->is_string())
            continue;
        OpenApiDocumentRef ref;
        ref.url = QByteArray::fromStdString(url->get<std::string>());
        const qsizetype query = ref.url.indexOf('?');
        if (query >= 0)
            ref.hash = QUrlQuery(QString::fromUtf8(ref.url.mid(query + 1))).queryItemValue(QStringLiteral("hash"));
        result.documents.insert(QString::fromStdString(path), ref);
    }
    return result;
}

QString openApiFailure(const ApiResult &result, const QString &what)
{
    if (result.status == 0)
        return localized(QT_TRANSLATE_NOOP("Kaji::Kube::OpenApiIndex", "could not reach the server for %1: %2"))
            .arg(what, result.error);
    if (result.status == 401)
        return localized(
            QT_TRANSLATE_NOOP("Kaji::Kube::OpenApiIndex", "the server did not accept the credentials for %1: %2"))
            .arg(what, result.error);
    if (result.status == 403)
        return localized(
            QT_TRANSLATE_NOOP("Kaji::Kube::OpenApiIndex", "not allowed to read the cluster's schemas (%1): %2"))
            .arg(what, result.error);
    if (result.status == 404)
        return localized(QT_TRANSLATE_NOOP("Kaji::Kube::OpenApiIndex",
                             "the server publishes no OpenAPI v3 document %1 (Kubernetes 1.24 or newer serves them)"))
            .arg(what);
    if (result.status >= 200 && result.status < 300)
        return localized(QT_TRANSLATE_NOOP("Kaji::Kube::OpenApiIndex", "the answer for %1 broke off: %2"))
            .arg(what, result.error);
    return localized(QT_TRANSLATE_NOOP("Kaji::Kube::OpenApiIndex", "the server could not send %1: %2"))
        .arg(what, result.error);
}

} // namespace Kaji::Kube
