#include "loganalyzer.h"

#include <QRegularExpression>

namespace Kaji::Models {
namespace {

using Re = QRegularExpression;

struct MigrationTool {
    const char *name;
    QStringList markers; // lowercase substrings that identify the tool's failure
    QList<Re> migration; // first capture group: the migration's name
    QList<Re> error; // first capture group: the error text
};

const QList<MigrationTool> &tools()
{
    static const QList<MigrationTool> list = {
        {"Flyway",
         {QStringLiteral("flyway"), QStringLiteral("migration of schema")},
         {Re(QStringLiteral("Migration ((?:V|R|U)[0-9._]*__\\w+(?:\\.sql)?) failed")),
          Re(QStringLiteral("apply migration ((?:V|R|U)[0-9._]*__\\w+(?:\\.sql)?)")),
          Re(QStringLiteral("\\b((?:V|R)[0-9._]*__\\w+\\.sql)"))},
         {Re(QStringLiteral("^Message\\s*:\\s*(.+)$")), Re(QStringLiteral("\\b(ERROR: .+)$"))}},
        {"Liquibase",
         {QStringLiteral("liquibase")},
         {Re(QStringLiteral("[Cc]hange[Ss]et\\s+(\\S+::\\S+::[^\\s:]+)")),
          Re(QStringLiteral("Migration failed for change ?set (\\S+::\\S+::[^\\s:]+)"))},
         {Re(QStringLiteral("Reason: (?:liquibase\\.exception\\.\\w+: )?(.+)$")), Re(QStringLiteral("\\b(ERROR: .+)$"))}},
        {"Alembic",
         {QStringLiteral("alembic")},
         {Re(QStringLiteral("Running upgrade \\S* -> (\\S+?,? .+|\\S+)$"))},
         {Re(QStringLiteral("sqlalchemy\\.exc\\.\\w+: (?:\\([\\w.]+\\) )?(.+)$")), Re(QStringLiteral("\\b(ERROR: .+)$"))}},
        {"Rails",
         {QStringLiteral("migrations canceled"), QStringLiteral("activerecord::"), QStringLiteral(": migrating ==")},
         {Re(QStringLiteral("^== (\\d+ \\w+): migrating"))},
         {Re(QStringLiteral("((?:PG|Mysql2|SQLite3|ActiveRecord)::\\w+: .+)$")), Re(QStringLiteral("^StandardError: (.+)$"))}},
        {"Django",
         {QStringLiteral("django.db")},
         {Re(QStringLiteral("Applying (\\w+\\.\\d{4}\\w*)\\.\\.\\.(?! OK)"))},
         {Re(QStringLiteral("django\\.db\\.(?:utils|migrations\\.exceptions)\\.\\w+: (.+)$"))}},
        {"Prisma",
         {QStringLiteral("prisma"), QStringLiteral("error: p3009"), QStringLiteral("error: p3018")},
         {Re(QStringLiteral("Migration name: (\\S+)")), Re(QStringLiteral("The `(\\S+)` migration")),
          Re(QStringLiteral("Applying migration `(\\S+)`"))},
         {Re(QStringLiteral("Database error: (.+)$")), Re(QStringLiteral("(?:^|\\s)(ERROR: .+)$")),
          Re(QStringLiteral("(Error: P30\\d\\d.*)$"))}},
        {"golang-migrate",
         {QStringLiteral("error: migration failed"), QStringLiteral("dirty database version")},
         {Re(QStringLiteral("(\\d+_\\w+\\.(?:up|down)\\.sql)")), Re(QStringLiteral("Dirty database version (\\d+)"))},
         {Re(QStringLiteral("\\(details: (.+)\\)\\s*$")), Re(QStringLiteral("error: (migration failed.+)$"))}},
        {"Knex/Sequelize",
         {QStringLiteral("migration failed with error"), QStringLiteral(": migrating =======")},
         {Re(QStringLiteral("migration file \"([^\"]+)\" failed")), Re(QStringLiteral("^== ([\\w-]+): migrating"))},
         {Re(QStringLiteral("migration failed with error: (.+)$")), Re(QStringLiteral("^(?:ERROR|SequelizeDatabaseError): (.+)$"))}},
    };
    return list;
}

// Host and port from "dial tcp postgres:5432", "Connection to db:5432 refused",
// "connect ECONNREFUSED 10.0.0.1:6379", 'host "db" ... port 5432'.
bool findHost(const QString &text, QString &host, int &port)
{
    static const Re hostPort(QStringLiteral("(?:^|[\\s/\"'(@=])([A-Za-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*|\\d+\\.\\d+\\.\\d+\\.\\d+):(\\d{2,5})\\b"));
    static const Re quotedHost(QStringLiteral("host \"([^\"]+)\""));
    static const Re quotedPort(QStringLiteral("port (\\d{2,5})"));
    auto m = hostPort.match(text);
    if (m.hasMatch() && m.captured(1) != QLatin1String("http") && m.captured(1) != QLatin1String("https")) {
        host = m.captured(1);
        port = m.captured(2).toInt();
        return true;
    }
    m = quotedHost.match(text);
    if (m.hasMatch()) {
        host = m.captured(1);
        const auto p = quotedPort.match(text);
        port = p.hasMatch() ? p.captured(1).toInt() : 0;
        return true;
    }
    return false;
}

// A line that says something went wrong, for the generic fallback.
bool readsLikeError(const QString &lower)
{
    static const QStringList words = {QStringLiteral("error"), QStringLiteral("exception"), QStringLiteral("fatal"),
                                      QStringLiteral("panic"), QStringLiteral("failed"), QStringLiteral("traceback")};
    for (const QString &w : words) {
        if (lower.contains(w))
            return true;
    }
    return false;
}

bool migrationClue(const QStringList &lines, const QStringList &lower, LogClue &clue)
{
    for (const MigrationTool &tool : tools()) {
        int marker = -1;
        for (int i = int(lines.size()) - 1; i >= 0 && marker < 0; --i) {
            for (const QString &m : tool.markers) {
                if (lower[i].contains(m)) {
                    marker = i;
                    break;
                }
            }
        }
        if (marker < 0)
            continue;
        // The failing migration: the last one named, which is the one that ran
        // when the process died.
        int nameLine = -1;
        for (int i = int(lines.size()) - 1; i >= 0 && nameLine < 0; --i) {
            for (const Re &re : tool.migration) {
                const auto m = re.match(lines[i]);
                if (m.hasMatch()) {
                    clue.migration = m.captured(1).trimmed();
                    nameLine = i;
                    break;
                }
            }
        }
        if (nameLine < 0)
            continue;
        // The database's error: the first one after the migration started;
        // some tools print it before the name (Flyway's summary), so fall back
        // to the whole log.
        int errorLine = -1;
        // Patterns in order of precision: the database's own message before
        // the tool's summary of it.
        for (int pass = 0; pass < 2 && errorLine < 0; ++pass) {
            for (const Re &re : tool.error) {
                for (int i = pass == 0 ? nameLine : 0; i < int(lines.size()) && errorLine < 0; ++i) {
                    const auto m = re.match(lines[i]);
                    if (m.hasMatch()) {
                        static const Re failedSql(QStringLiteral("\\s*\\[Failed SQL:.*$"));
                        clue.error = m.captured(1).remove(failedSql).trimmed();
                        errorLine = i;
                    }
                }
                if (errorLine >= 0)
                    break;
            }
        }
        clue.kind = LogClue::Kind::Migration;
        clue.tool = QLatin1String(tool.name);
        clue.lines.append(nameLine);
        if (errorLine >= 0 && errorLine != nameLine)
            clue.lines.append(errorLine);
        return true;
    }
    return false;
}

} // namespace

LogClue LogAnalyzer::analyze(const QStringList &lines)
{
    LogClue clue;
    QStringList lower;
    lower.reserve(lines.size());
    for (const QString &line : lines)
        lower.append(line.toLower());
    if (migrationClue(lines, lower, clue))
        return clue;

    static const Re envPatterns[] = {
        Re(QStringLiteral("(?:environment variable|env var(?:iable)?|env)\\s+[\"'`]?([A-Z][A-Z0-9_]+)[\"'`]?\\s+(?:is\\s+)?(?:not set|missing|required|must be set|undefined|empty)"), Re::CaseInsensitiveOption),
        Re(QStringLiteral("(?:missing|required)\\s+(?:required\\s+)?(?:environment variable|env var(?:iable)?)s?:?\\s+[\"'`]?([A-Z][A-Z0-9_]+)"), Re::CaseInsensitiveOption),
        Re(QStringLiteral("KeyError: '([A-Z][A-Z0-9_]+)'")),
        Re(QStringLiteral("\\b([A-Z][A-Z0-9_]{2,}) (?:is not set|must be set|is required)")),
    };
    static const Re pathPattern(QStringLiteral("(/[\\w.@+-]+(?:/[\\w.@+-]+)*)"));

    // Newest first: the last complaint before the exit is the one that killed it.
    for (int i = int(lines.size()) - 1; i >= 0; --i) {
        const QString &l = lower[i];
        if (l.contains(QLatin1String("refused"))) {
            clue.kind = LogClue::Kind::ConnectionRefused;
            clue.error = lines[i].trimmed();
            clue.lines.append(i);
            for (int j = i; j < qMin(int(lines.size()), i + 3) && clue.host.isEmpty(); ++j)
                findHost(lines[j], clue.host, clue.port);
            for (int j = i - 1; j >= qMax(0, i - 2) && clue.host.isEmpty(); --j)
                findHost(lines[j], clue.host, clue.port);
            return clue;
        }
        if (l.contains(QLatin1String("no such host")) || l.contains(QLatin1String("unknownhostexception"))
            || l.contains(QLatin1String("name or service not known")) || l.contains(QLatin1String("could not translate host name"))
            || l.contains(QLatin1String("enotfound")) || l.contains(QLatin1String("temporary failure in name resolution"))) {
            clue.kind = LogClue::Kind::UnknownHost;
            clue.error = lines[i].trimmed();
            clue.lines.append(i);
            static const Re named(QStringLiteral("(?:lookup|host name|UnknownHostException:|ENOTFOUND)\\s+\"?([A-Za-z0-9.-]+)\"?"));
            const auto m = named.match(lines[i]);
            if (m.hasMatch())
                clue.host = m.captured(1);
            else
                findHost(lines[i], clue.host, clue.port);
            return clue;
        }
        if (l.contains(QLatin1String("env")) || l.contains(QLatin1String("keyerror")) || l.contains(QLatin1String(" set"))
            || l.contains(QLatin1String("required"))) {
            for (const Re &re : envPatterns) {
                const auto m = re.match(lines[i]);
                if (m.hasMatch()) {
                    clue.kind = LogClue::Kind::MissingEnv;
                    clue.subject = m.captured(1);
                    clue.error = lines[i].trimmed();
                    clue.lines.append(i);
                    return clue;
                }
            }
        }
        const bool missingFile = l.contains(QLatin1String("no such file or directory"))
            || l.contains(QLatin1String("filenotfoundexception")) || l.contains(QLatin1String("enoent"));
        const bool denied = l.contains(QLatin1String("permission denied")) || l.contains(QLatin1String("eacces"))
            || l.contains(QLatin1String("operation not permitted")) || l.contains(QLatin1String("read-only file system"))
            || l.contains(QLatin1String("accessdeniedexception"));
        if (missingFile || denied) {
            clue.kind = missingFile ? LogClue::Kind::MissingFile : LogClue::Kind::PermissionDenied;
            clue.error = lines[i].trimmed();
            clue.lines.append(i);
            const auto m = pathPattern.match(lines[i]);
            if (m.hasMatch())
                clue.subject = m.captured(1);
            return clue;
        }
    }
    for (int i = int(lines.size()) - 1; i >= 0; --i) {
        if (readsLikeError(lower[i]) && !lines[i].trimmed().startsWith(QLatin1String("at "))) {
            clue.kind = LogClue::Kind::Error;
            clue.error = lines[i].trimmed();
            clue.lines.append(i);
            return clue;
        }
    }
    return clue;
}

} // namespace Kaji::Models
