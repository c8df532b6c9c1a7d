#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Pure functions; any thread.
namespace Kaji::Models {

// What the last lines of a crashed container said, as far as a fixed set of
// patterns can tell: the failing database migration (Flyway, Liquibase,
// Alembic, Rails, Django, Prisma, golang-migrate, Knex/Sequelize), a refused
// connection or an unknown host (with the host to look up as a Service), a
// missing file or environment variable, a denied permission, or at least the
// last line that reads like an error.
struct LogClue {
    enum class Kind { None, Migration, ConnectionRefused, UnknownHost, MissingEnv, MissingFile, PermissionDenied, Error };
    Kind kind = Kind::None;
    QString tool; // Migration: "Flyway", "Liquibase", ...
    QString migration; // Migration: its name as the log spells it
    QString error; // the error message quoted from the log
    QString host; // ConnectionRefused, UnknownHost
    int port = 0;
    QString subject; // MissingEnv: the variable; MissingFile / PermissionDenied: the path
    QList<int> lines; // 0-based indexes of the lines quoted as evidence
};

class LogAnalyzer {
public:
    static LogClue analyze(const QStringList &lines);
};

} // namespace Kaji::Models
