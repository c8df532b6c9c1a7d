#include "tablescan.h"

#include "metadatascan.h"

namespace Kaji::Kube {
namespace {

using namespace JsonScan;

// kubectl prints nothing for a null cell and the JSON of anything nested.
QString cellText(Value value)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return {};
    switch (type) {
    case simdjson::ondemand::json_type::string:
        return text(value);
    case simdjson::ondemand::json_type::boolean:
        return boolean(value) ? QStringLiteral("true") : QStringLiteral("false");
    case simdjson::ondemand::json_type::null:
        return {};
    case simdjson::ondemand::json_type::number: {
        const std::string_view token = value.raw_json_token();
        return QString::fromUtf8(token.data(), qsizetype(token.size())).trimmed();
    }
    case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array array;
        std::string_view raw;
        if (value.get_array().get(array) != simdjson::SUCCESS || array.raw_json().get(raw) != simdjson::SUCCESS)
            return {};
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    }
    case simdjson::ondemand::json_type::object: {
        simdjson::ondemand::object object;
        std::string_view raw;
        if (value.get_object().get(object) != simdjson::SUCCESS || object.raw_json().get(raw) != simdjson::SUCCESS)
            return {};
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    }
    }
    return {};
}

void readColumns(Value value, QList<TableColumn> *columns)
{
    if (isNull(value))
        return;
    QList<TableColumn> read;
    forItems(value, [&](Value item) {
        TableColumn column;
        forFields(item, [&](std::string_view key, Value v) {
            if (key == "name")
                column.name = text(v);
            else if (key == "type")
                column.type = text(v);
            else if (key == "format")
                column.format = text(v);
            else if (key == "description")
                column.description = text(v);
            else if (key == "priority")
                column.priority = int(int32(v));
        });
        read.append(std::move(column));
    });
    if (!read.isEmpty())
        *columns = std::move(read);
}

void readMetadata(Value value, TableRow &row)
{
    forFields(value, [&](std::string_view key, Value v) { readMetadataField(key, v, row); });
}

void readRow(Value value, TableRow &row)
{
    forFields(value, [&](std::string_view key, Value v) {
        if (key == "cells") {
            forItems(v, [&](Value cell) { row.cells.append(cellText(cell)); });
        } else if (key == "object") {
            forFields(v, [&](std::string_view k, Value ov) {
                if (k == "metadata")
                    readMetadata(ov, row);
            });
        }
    });
}

} // namespace

bool readTable(const QByteArray &json, QList<TableColumn> *columns, const std::function<void(TableRow &&)> &onRow)
{
    const InPlace text(json);
    simdjson::ondemand::document doc;
    Value root;
    if (parser().iterate(text.view()).get(doc) != simdjson::SUCCESS || doc.get_value().get(root) != simdjson::SUCCESS)
        return false;
    simdjson::ondemand::json_type type;
    if (root.type().get(type) != simdjson::SUCCESS || type != simdjson::ondemand::json_type::object)
        return false;
    forFields(root, [&](std::string_view key, Value v) {
        if (key == "columnDefinitions") {
            readColumns(v, columns);
        } else if (key == "rows") {
            forItems(v, [&](Value item) {
                TableRow row;
                readRow(item, row);
                if (!row.name.isEmpty())
                    onRow(std::move(row));
            });
        }
    });
    return true;
}

} // namespace Kaji::Kube
