#pragma once

#include <QString>

// Any thread.
namespace Kaji::Models {

// The server prints its column names in English; the built-in ones are
// shown translated, custom resources' columns as their CRD names them.
QString translatedColumnName(const QString &serverName);

} // namespace Kaji::Models
