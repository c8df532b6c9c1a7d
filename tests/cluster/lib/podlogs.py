#!/usr/bin/env python3
"""Writes the container logs kwok serves for the scenario, in CRI log format.

The kubelet stores container output as `<RFC3339Nano> <stream> <P|F> <text>`
lines (P marks a partial line); kwok reads these files for `kubectl logs`,
and the previous-instance file for `--previous`. Timestamps end just before
now, so --since and --timestamps behave as on a live cluster.

Usage: podlogs.py LOG_DIR
"""
import datetime as dt
import os
import random
import sys

SPRING_BANNER = r"""
  .   ____          _            __ _ _
 /\\ / ___'_ __ _ _(_)_ __  __ _ \ \ \ \
( ( )\___ | '_ | '_| | '_ \/ _` | \ \ \ \
 \\/  ___)| |_)| | | | | || (_| |  ) ) ) )
  '  |____| .__|_| |_|_| |_\__, | / / / /
 =========|_|==============|___/=/_/_/_/

 :: Spring Boot ::                (v3.3.5)
""".strip("\n").split("\n")

MIGRATION_ERROR = """Migration V3__add_orders_index.sql failed
-------------------------------------------
SQL State  : 42703
Error Code : 0
Message    : ERROR: column "customer_ref" does not exist
  Position: 53
Location   : db/migration/V3__add_orders_index.sql (/app/BOOT-INF/classes/db/migration/V3__add_orders_index.sql)
Line       : 1
Statement  : CREATE INDEX CONCURRENTLY idx_orders_customer_ref ON orders (customer_ref, created_at DESC)
""".rstrip("\n").split("\n")

STACK = """org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Migration V3__add_orders_index.sql failed
@MIGRATION@
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1806)
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:600)
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.createBean(AbstractAutowireCapableBeanFactory.java:522)
	at org.springframework.beans.factory.support.AbstractBeanFactory.lambda$doGetBean$0(AbstractBeanFactory.java:337)
	at org.springframework.beans.factory.support.DefaultSingletonBeanRegistry.getSingleton(DefaultSingletonBeanRegistry.java:234)
	at org.springframework.beans.factory.support.AbstractBeanFactory.doGetBean(AbstractBeanFactory.java:335)
	at org.springframework.beans.factory.support.AbstractBeanFactory.getBean(AbstractBeanFactory.java:200)
	at org.springframework.context.support.AbstractApplicationContext.finishBeanFactoryInitialization(AbstractApplicationContext.java:975)
	at org.springframework.context.support.AbstractApplicationContext.refresh(AbstractApplicationContext.java:631)
	at org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext.refresh(ServletWebServerApplicationContext.java:146)
	at org.springframework.boot.SpringApplication.refresh(SpringApplication.java:754)
	at org.springframework.boot.SpringApplication.refreshContext(SpringApplication.java:456)
	at org.springframework.boot.SpringApplication.run(SpringApplication.java:335)
	at org.springframework.boot.SpringApplication.run(SpringApplication.java:1363)
	at org.springframework.boot.SpringApplication.run(SpringApplication.java:1352)
	at dev.kaji.demo.orders.OrdersApiApplication.main(OrdersApiApplication.java:12)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	at java.base/java.lang.reflect.Method.invoke(Method.java:580)
	at org.springframework.boot.loader.launch.Launcher.launch(Launcher.java:91)
	at org.springframework.boot.loader.launch.Launcher.launch(Launcher.java:53)
	at org.springframework.boot.loader.launch.JarLauncher.main(JarLauncher.java:58)
Caused by: org.flywaydb.core.internal.command.DbMigrate$FlywayMigrateException: Migration V3__add_orders_index.sql failed
@MIGRATION@
	at org.flywaydb.core.internal.command.DbMigrate.doMigrateGroup(DbMigrate.java:384)
	at org.flywaydb.core.internal.command.DbMigrate.lambda$applyMigrations$1(DbMigrate.java:272)
	at org.flywaydb.core.internal.jdbc.TransactionalExecutionTemplate.execute(TransactionalExecutionTemplate.java:59)
	at org.flywaydb.core.internal.command.DbMigrate.applyMigrations(DbMigrate.java:271)
	at org.flywaydb.core.internal.command.DbMigrate.migrateGroup(DbMigrate.java:244)
	at org.flywaydb.core.internal.command.DbMigrate.migrateAll(DbMigrate.java:163)
	at org.flywaydb.core.internal.command.DbMigrate.migrate(DbMigrate.java:120)
	at org.flywaydb.core.Flyway.lambda$migrate$0(Flyway.java:153)
	at org.flywaydb.core.FlywayExecutor.execute(FlywayExecutor.java:205)
	at org.flywaydb.core.Flyway.migrate(Flyway.java:147)
	at org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer.afterPropertiesSet(FlywayMigrationInitializer.java:66)
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.invokeInitMethods(AbstractAutowireCapableBeanFactory.java:1853)
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1802)
	... 21 common frames omitted
Caused by: org.postgresql.util.PSQLException: ERROR: column "customer_ref" does not exist
  Position: 53
	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)
	at org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2420)
	at org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:372)
	at org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:517)
	at org.postgresql.jdbc.PgStatement.execute(PgStatement.java:434)
	at org.postgresql.jdbc.PgStatement.executeWithFlags(PgStatement.java:356)
	at org.postgresql.jdbc.PgStatement.executeCachedSql(PgStatement.java:341)
	at org.postgresql.jdbc.PgStatement.executeWithFlags(PgStatement.java:317)
	at org.postgresql.jdbc.PgStatement.execute(PgStatement.java:312)
	at com.zaxxer.hikari.pool.ProxyStatement.execute(ProxyStatement.java:94)
	at com.zaxxer.hikari.pool.HikariProxyStatement.execute(HikariProxyStatement.java)
	at org.flywaydb.core.internal.jdbc.JdbcTemplate.executeStatement(JdbcTemplate.java:210)
	at org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor.executeStatement(DefaultSqlScriptExecutor.java:208)
	at org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor.execute(DefaultSqlScriptExecutor.java:127)
	at org.flywaydb.core.internal.resolver.sql.SqlMigrationExecutor.executeOnce(SqlMigrationExecutor.java:69)
	at org.flywaydb.core.internal.resolver.sql.SqlMigrationExecutor.lambda$execute$0(SqlMigrationExecutor.java:58)
	at org.flywaydb.core.internal.database.DefaultExecutionStrategy.execute(DefaultExecutionStrategy.java:27)
	at org.flywaydb.core.internal.resolver.sql.SqlMigrationExecutor.execute(SqlMigrationExecutor.java:57)
	at org.flywaydb.core.internal.command.DbMigrate.doMigrateGroup(DbMigrate.java:381)
	... 33 common frames omitted"""


class Log:
    """Collects lines with increasing timestamps, ending `end`."""

    def __init__(self):
        self.lines = []  # (offset seconds, stream, text)
        self.t = 0.0

    def add(self, text, after=0.01, stream="stdout"):
        self.t += after
        for line in text.split("\n"):
            self.lines.append((self.t, stream, line))
        return self

    def write(self, path, end):
        start = end - dt.timedelta(seconds=self.t)
        with open(path, "w") as f:
            for offset, stream, text in self.lines:
                t = start + dt.timedelta(seconds=offset)
                # Applications print their own clock; keep it in step with the CRI one.
                for mark, (fmt, cut, suffix) in TIME_MARKS.items():
                    text = text.replace(mark, t.strftime(fmt)[:cut] + suffix)
                f.write(f"{t.strftime('%Y-%m-%dT%H:%M:%S.%f')}000Z {stream} F {text}\n")


# placeholder -> (strftime format, cut, suffix)
TIME_MARKS = {
    "{iso}": ("%Y-%m-%dT%H:%M:%S.%f", -3, "Z"),
    "{isos}": ("%Y-%m-%dT%H:%M:%S", None, "Z"),
    "{pg}": ("%Y-%m-%d %H:%M:%S.%f", -3, " UTC"),
    "{fb}": ("[%Y/%m/%d %H:%M:%S]", None, ""),
    "{envoy}": ("[%Y-%m-%d %H:%M:%S.%f", -3, "]"),
    "{py}": ("[%Y-%m-%d %H:%M:%S,%f", -3, "]"),
}


def spring(level, logger, message, thread="main"):
    return f"{{iso}} {level:>5} 1 --- [orders-api] [{thread:>15}] {logger:<40} : {message}"


def orders_api(end, seed):
    """Spring Boot start that dies in a Flyway migration, exit code 1."""
    rnd = random.Random(seed)
    log = Log()
    lines = []  # (seconds after the previous line, level, logger, message, thread)

    def at(after, level, logger, message, thread="main"):
        lines.append((after, level, logger, message, thread))

    at(0.9, "INFO", "d.k.demo.orders.OrdersApiApplication", "Starting OrdersApiApplication v2.7.0 using Java 21.0.5 with PID 1 (/app/app.jar started by app in /app)")
    at(0.01, "INFO", "d.k.demo.orders.OrdersApiApplication", 'The following 1 profile is active: "prod"')
    at(1.1, "INFO", ".s.d.r.c.RepositoryConfigurationDelegate", "Bootstrapping Spring Data JPA repositories in DEFAULT mode.")
    at(0.15, "INFO", ".s.d.r.c.RepositoryConfigurationDelegate", "Finished Spring Data repository scanning in 131 ms. Found 4 JPA repository interfaces.")
    at(0.8, "INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)")
    at(0.02, "INFO", "o.apache.catalina.core.StandardService", "Starting service [Tomcat]")
    at(0.01, "INFO", "o.apache.catalina.core.StandardEngine", "Starting Servlet engine: [Apache Tomcat/10.1.31]")
    at(0.09, "INFO", "o.a.c.c.C.[Tomcat].[localhost].[/]", "Initializing Spring embedded WebApplicationContext")
    at(0.01, "INFO", "w.s.c.ServletWebServerApplicationContext", f"Root WebApplicationContext: initialization completed in {rnd.randint(1700, 2100)} ms")
    at(0.3, "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting...")
    at(0.4, "INFO", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{rnd.getrandbits(32):x}")
    at(0.01, "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")
    at(0.05, "INFO", "org.flywaydb.core.FlywayExecutor", "Database: jdbc:postgresql://postgres.infra.svc.cluster.local:5432/orders (PostgreSQL 16.4)")
    at(0.1, "INFO", "o.f.core.internal.command.DbValidate", f"Successfully validated 3 migrations (execution time 00:00.0{rnd.randint(30, 70)}s)")
    at(0.03, "INFO", "o.f.core.internal.command.DbMigrate", 'Current version of schema "public": 2')
    at(0.01, "INFO", "o.f.core.internal.command.DbMigrate", 'Migrating schema "public" to version "3 - add orders index"')
    at(0.2, "ERROR", "o.f.core.internal.command.DbMigrate", 'Migration of schema "public" to version "3 - add orders index" failed! Changes successfully rolled back.')
    at(0.01, "WARN", "ConfigServletWebServerApplicationContext",
       "Exception encountered during context initialization - cancelling refresh attempt: "
       "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' "
       "defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: "
       + "\n".join(MIGRATION_ERROR))
    at(0.02, "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated...")
    at(0.01, "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed.")
    at(0.01, "INFO", "o.apache.catalina.core.StandardService", "Stopping service [Tomcat]")
    at(0.03, "INFO", ".s.b.a.l.ConditionEvaluationReportLogger",
       "\n\nError starting ApplicationContext. To display the condition evaluation report re-run your application with 'debug' enabled.")
    at(0.01, "ERROR", "o.s.boot.SpringApplication", "Application run failed\n\n" + STACK.replace("@MIGRATION@", "\n".join(MIGRATION_ERROR)))
    at(0.01, "ERROR", "o.s.b.d.LoggingFailureAnalysisReporter", """

***************************
APPLICATION FAILED TO START
***************************

Description:

Flyway failed to apply migration V3__add_orders_index.sql to schema "public":
ERROR: column "customer_ref" does not exist

Action:

Fix the migration or the schema it expects, or repair the schema history with 'flyway repair', then restart the application.
""")

    log.add("\n".join(SPRING_BANNER), after=0.0)
    log.add("", after=0.0)
    for after, level, logger, message, thread in lines:
        log.add(spring(level, logger, message, thread), after=after)
    return log


def storefront():
    log = Log()
    log.add('{"level":"info","ts":"{iso}","msg":"storefront 1.4.2 (go1.23.4) starting","port":8080}', after=0)
    log.add('{"level":"info","msg":"loaded catalog cache","products":1842,"duration_ms":212}', after=0.3)
    log.add('{"level":"info","msg":"connected to orders-api","url":"http://orders-api.shop.svc.cluster.local"}', after=0.05)
    log.add('{"level":"info","msg":"listening","addr":":8080"}', after=0.01)
    for i in range(6):
        log.add('{"level":"info","msg":"request","method":"GET","path":"/healthz","status":200,"duration_ms":1}', after=10)
    return log


def envoy():
    log = Log()
    for line in (
        "{envoy}[1][info][main] [source/server/server.cc:432] initializing epoch 0 (base id=0, hot restart version=11.104)",
        "{envoy}[1][info][main] [source/server/server.cc:951] runtime: {}",
        "{envoy}[1][info][admin] [source/server/admin/admin.cc:66] admin address: 0.0.0.0:9901",
        "{envoy}[1][info][config] [source/common/listener_manager/listener_manager_impl.cc:944] all dependencies initialized. starting workers",
        "{envoy}[1][info][main] [source/server/server.cc:971] starting main dispatch loop",
    ):
        log.add(line, after=0.005)
    return log


def image_resizer(crashed):
    log = Log()
    log.add("{py} INFO image-resizer 1.12.0 starting: concurrency=4 max_batch=200 memory_limit=512Mi", after=0)
    log.add("{py} INFO connected to redis://redis.shop.svc.cluster.local:6379/0, consuming queue resize-jobs", after=0.2)
    batches = range(8812, 8819) if crashed else range(8819, 8821)
    rss = 180
    for b in batches:
        log.add(f"{{py}} INFO batch {b}: 200 images from s3://kaji-demo-media/product-photos/incoming/", after=2.5)
        rss += 45
        log.add(f"{{py}} INFO batch {b}: done in 4.{b % 7}s, rss={rss}MiB", after=4.2)
    if crashed:
        log.add("{py} WARNING batch 8819: image 8819-117.tiff is 14400x9600 (138 Mpx), decoding at full resolution", after=2.4)
        log.add("{py} INFO batch 8819: rss=497MiB", after=1.1)
    return log


def lines(*texts, every=0.2, stream="stdout"):
    log = Log()
    for t in texts:
        log.add(t, after=every, stream=stream)
    return log


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    now = dt.datetime.now(dt.timezone.utc)
    ago = lambda s: now - dt.timedelta(seconds=s)
    files = {
        "storefront.log": (storefront(), ago(1)),
        "envoy.log": (envoy(), ago(60)),
        "orders-api-previous.log": (orders_api(ago(40), 1), ago(40)),
        "orders-api-current.log": (orders_api(ago(2), 2), ago(2)),
        "image-resizer-previous.log": (image_resizer(True), ago(3)),
        "image-resizer-current.log": (image_resizer(False), ago(0.5)),
        "inventory.log": (lines(
            "time={isos} level=INFO msg=\"inventory 0.9.3 starting\" port=8080",
            "time={isos} level=INFO msg=\"warehouse sync configured\" upstream=http://warehouse-gateway.shop.svc:9000",
            "time={isos} level=WARN msg=\"warehouse sync failed, will retry\" err=\"dial tcp 10.96.41.7:9000: connect: connection refused\"",
            "time={isos} level=WARN msg=\"readiness: not ready\" reason=\"warehouse sync has never succeeded\" status=503",
        ), ago(1)),
        "postgres.log": (lines(
            "PostgreSQL Database directory appears to contain a database; Skipping initialization",
            "",
            "{pg} [1] LOG:  starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit",
            "{pg} [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432",
            "{pg} [1] LOG:  listening on Unix socket \"/var/run/postgresql/.s.PGSQL.5432\"",
            "{pg} [29] LOG:  database system was shut down at {pg}",
            "{pg} [1] LOG:  database system is ready to accept connections",
        ), ago(30)),
        "fluent-bit.log": (lines(
            "Fluent Bit v3.1.9",
            "* Copyright (C) 2015-2024 The Fluent Bit Authors",
            "{fb} [ info] [fluent bit] version=3.1.9, commit=431fa79ae2, pid=1",
            "{fb} [ info] [input:tail:tail.0] initializing",
            "{fb} [ info] [output:forward:forward.0] worker #0 started",
            "{fb} [ info] [sp] stream processor started",
        ), ago(20)),
        "db-backup.log": (lines(
            "starting backup of database orders to s3://kaji-demo-backups/orders/",
            "pg_dump: error: connection to server at \"postgres.infra.svc.cluster.local\" (10.96.12.40), port 5432 failed: FATAL:  password authentication failed for user \"backup\"",
            "backup failed, exit code 1",
        ), ago(5)),
        "nightly-export.log": (lines(
            "export started: orders created before {isos}",
            "exported 12408 rows to s3://kaji-demo-exports/orders/daily.parquet (3.1 MiB)",
            "export finished in 2.4s",
        ), ago(5)),
        "session-cleanup.log": (lines("deleted 318 expired sessions"), ago(5)),
        "coredns.log": (lines(
            ".:53",
            "{py} INFO plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908",
            "CoreDNS-1.11.3",
            "linux/amd64, go1.21.11, a6338e9",
        ), ago(60)),
        "empty.log": (Log(), now),
    }
    for name, (log, end) in files.items():
        log.write(os.path.join(out, name), end)


if __name__ == "__main__":
    main()
