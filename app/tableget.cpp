#include "tableget.h"

#include "apiclient.h"
#include "clitable.h"
#include "discovery.h"
#include "tablewatch.h"
#include "yamlwriter.h"

#include <QEventLoop>

#include <algorithm>

namespace Kaji::App {
namespace {

// kubectl's header: the column name in capitals.
QString headerName(const QString &column)
{
    return column.toUpper();
}

QList<Kube::SharedRecord<Kube::TableRow>> sortedRows(const QHash<QString, Kube::SharedRecord<Kube::TableRow>> &rows)
{
    QList<Kube::SharedRecord<Kube::TableRow>> list = rows.values();
    std::sort(list.begin(), list.end(), [](const Kube::TableRow &a, const Kube::TableRow &b) {
        return std::pair(a.namespaceName, a.name) < std::pair(b.namespaceName, b.name);
    });
    return list;
}

} // namespace

int TableGet::run(const Kube::RestConfig &config, const Request &request)
{
    Kube::ApiClient client(config);
    Kube::Discovery discovery(&client);
    QEventLoop loop;
    int exitCode = 0;
    QObject::connect(&discovery, &Kube::Discovery::resourcesChanged, &loop, &QEventLoop::quit);
    QObject::connect(&discovery, &Kube::Discovery::failed, &loop, [&](const QString &message) {
        m_err << tr("kaji: %1").arg(message) << '\n';
        exitCode = 1;
        loop.quit();
    });
    discovery.start();
    loop.exec();
    if (exitCode != 0)
        return exitCode;
    const auto resource = discovery.find(request.kind);
    if (!resource) {
        m_err << tr("error: the server doesn't have a resource type \"%1\"").arg(request.kind) << '\n';
        return 1;
    }
    const bool all = request.allNamespaces || !resource->namespaced;
    const QString ns = all ? QString() : request.namespaceName;

    if (request.output == QLatin1String("json") || request.output == QLatin1String("yaml")) {
        std::optional<Kube::ApiResult> answer;
        client.get(resource->collectionPath(ns), [&](const Kube::ApiResult &r) {
            answer = r;
            loop.quit();
        });
        loop.exec();
        if (!answer->ok()) {
            m_err << tr("Error from server (%1): %2").arg(answer->reason, answer->error) << '\n';
            return 1;
        }
        // As kubectl prints a list: a v1 List whose items name their kind.
        nlohmann::json list = {{"apiVersion", "v1"}, {"kind", "List"}, {"items", nlohmann::json::array()},
                               {"metadata", {{"resourceVersion", ""}}}};
        const std::string apiVersion = (resource->group.isEmpty() ? resource->version : resource->group + u'/' + resource->version).toStdString();
        for (nlohmann::json item : answer->body.value("items", nlohmann::json::array())) {
            item["apiVersion"] = apiVersion;
            item["kind"] = resource->kind.toStdString();
            list["items"].push_back(std::move(item));
        }
        if (request.output == QLatin1String("json"))
            m_out << QString::fromStdString(list.dump(4)) << '\n';
        else
            m_out << Models::toYaml(list);
        return 0;
    }

    Kube::TableWatch watch(&client, *resource, QString());
    Kube::TableWatch *active = &watch;
    bool listed = false;
    QHash<QString, Kube::SharedRecord<Kube::TableRow>> lastSeen; // for printing deletions in --watch
    const bool wide = request.output == QLatin1String("wide");
    const bool withNamespace = request.allNamespaces && resource->namespaced;
    const auto cells = [&](const Kube::TableRow &row) {
        QStringList out;
        if (withNamespace)
            out.append(row.namespaceName);
        const QList<Kube::TableColumn> &columns = active->store()->columns();
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].priority == 0 || wide)
                out.append(row.cells.value(i));
        }
        return out;
    };
    QObject::connect(active, &Kube::TableWatch::stateChanged, &loop, [&](Kube::Reflector::State state, const QString &message) {
        if (listed || state == Kube::Reflector::State::Connecting || state == Kube::Reflector::State::Synced)
            return;
        m_err << tr("Error from server (%1): %2")
                     .arg(state == Kube::Reflector::State::Forbidden ? QStringLiteral("Forbidden") : QStringLiteral("Error"), message)
              << '\n';
        exitCode = 1;
        loop.quit();
    });
    QObject::connect(active, &Kube::TableWatch::changed, &loop, [&](const Kube::TableChangeBatchPtr &batch) {
        if (!listed) {
            listed = true;
            const QList<Kube::SharedRecord<Kube::TableRow>> rows = sortedRows(active->store()->rows());
            if (rows.isEmpty()) {
                m_err << (all ? tr("No resources found") : tr("No resources found in %1 namespace.").arg(ns)) << '\n';
                m_err.flush(); // a watch may run for hours: say it now
            } else if (request.output == QLatin1String("name")) {
                const QString prefix = (resource->group.isEmpty() ? resource->kind.toLower() : resource->kind.toLower() + u'.' + resource->group) + u'/';
                for (const Kube::TableRow &row : rows)
                    m_out << prefix << row.name << '\n';
            } else {
                QStringList header;
                if (withNamespace)
                    header.append(QStringLiteral("NAMESPACE"));
                for (const Kube::TableColumn &column : active->store()->columns()) {
                    if (column.priority == 0 || wide)
                        header.append(headerName(column.name));
                }
                CliTable table(header);
                for (const Kube::TableRow &row : rows)
                    table.addRow(cells(row));
                table.print(m_out);
            }
            m_out.flush();
            lastSeen = active->store()->rows();
            if (!request.watch)
                loop.quit();
            return;
        }
        // As kubectl: every change prints the object's row, a deletion its last one.
        for (const Kube::SharedRecord<Kube::TableRow> &row : batch->upserted) {
            m_out << cells(*row).join(QStringLiteral("   ")) << '\n';
            lastSeen.insert(row.key(), row); // the handle's key, made once in the store
        }
        for (const QString &key : batch->removed) {
            if (const auto it = lastSeen.constFind(key); it != lastSeen.constEnd())
                m_out << cells(*it).join(QStringLiteral("   ")) << '\n';
            lastSeen.remove(key);
        }
        m_out.flush();
    });
    active->start(ns);
    loop.exec();
    return exitCode;
}

} // namespace Kaji::App
