// `kaji get pods --watch` and `kaji get deployments -w` on the real cluster,
// beside `kubectl get ... --watch` on the same namespace: objects are
// created, scaled and deleted through the API while both run, each expected
// line must arrive from kaji while the test waits for it, and the states kaji
// printed per object must be states kubectl printed too, in the same order,
// ending in the same one. (kaji coalesces changes that arrive within a
// quarter second into one line, so it may skip an intermediate state.)

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QProcess *startWatch(QObject *parent, const QString &program, const QStringList &arguments)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), qEnvironmentVariable("KAJI_TEST_KUBECONFIG"));
    process->setProcessEnvironment(env);
    process->start(program, arguments + QStringList{QStringLiteral("--context"), QStringLiteral("kaji-admin")});
    return process;
}

void kubectl(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), qEnvironmentVariable("KAJI_TEST_KUBECONFIG"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("kubectl"), QStringList{QStringLiteral("--context"), QStringLiteral("kaji-admin")} + arguments);
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning("kubectl %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
}

// Lines printed so far, whitespace-split; the header is left out.
class Printed {
public:
    explicit Printed(QProcess *process) : m_process(process) {}

    const QList<QStringList> &rows()
    {
        m_buffer += QString::fromUtf8(m_process->readAllStandardOutput());
        qsizetype end;
        while ((end = m_buffer.indexOf(u'\n')) >= 0) {
            const QStringList cells = m_buffer.left(end).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            m_buffer.remove(0, end + 1);
            if (!cells.isEmpty() && cells.first() != QLatin1String("NAME"))
                m_rows.append(cells);
        }
        return m_rows;
    }

    // Waits until a row of `name` whose state cells (1..stateCells) are
    // `state` arrives; true if it did.
    bool waitFor(const QString &name, const QStringList &state, int stateCells, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (const QStringList &row : rows()) {
                if (row.first() == name && row.mid(1, stateCells) == state)
                    return true;
            }
            m_process->waitForReadyRead(200);
        }
        return false;
    }

    // Per object, its states in the order printed, repeats collapsed.
    QHash<QString, QList<QStringList>> states(int stateCells)
    {
        QHash<QString, QList<QStringList>> out;
        for (const QStringList &row : rows()) {
            QList<QStringList> &seq = out[row.first()];
            const QStringList state = row.mid(1, stateCells);
            if (seq.isEmpty() || seq.last() != state)
                seq.append(state);
        }
        return out;
    }

private:
    QProcess *m_process;
    QString m_buffer;
    QList<QStringList> m_rows;
};

bool isSubsequence(const QList<QStringList> &part, const QList<QStringList> &whole)
{
    qsizetype at = 0;
    for (const QStringList &item : whole) {
        if (at < part.size() && part[at] == item)
            ++at;
    }
    return at == part.size();
}

// The first list of the empty namespace is over once this is said.
bool listedEmpty(QProcess *process)
{
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains("No resources found") && timer.elapsed() < 20000) {
        process->waitForReadyRead(100);
        err += process->readAllStandardError();
    }
    return err.contains("No resources found");
}

void stop(QProcess *process)
{
    process->terminate();
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

void compareWithKubectl(Printed &kaji, Printed &reference, int stateCells)
{
    const auto ours = kaji.states(stateCells);
    const auto theirs = reference.states(stateCells);
    QVERIFY(!ours.isEmpty());
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        const QList<QStringList> kubectlStates = theirs.value(it.key());
        const auto show = [](const QList<QStringList> &seq) {
            QStringList parts;
            for (const QStringList &s : seq)
                parts << s.join(u' ');
            return parts.join(QStringLiteral(" -> "));
        };
        QVERIFY2(isSubsequence(it.value(), kubectlStates),
                 qPrintable(QStringLiteral("%1: kaji %2, kubectl %3").arg(it.key(), show(it.value()), show(kubectlStates))));
        QCOMPARE(it.value().last(), kubectlStates.last());
    }
}

} // namespace

class TestGetWatch : public QObject {
    Q_OBJECT
    QString m_ns;

    // Starts kaji and kubectl with the same arguments; returns once kaji has
    // listed the (still empty) namespace, and kubectl has had a second too.
    void startBoth(const QStringList &args, QProcess *&kajiProcess, QProcess *&kubectlProcess)
    {
        kajiProcess = startWatch(this, QStringLiteral(KAJI_EXECUTABLE), args);
        kubectlProcess = startWatch(this, QStringLiteral("kubectl"), args);
        QVERIFY(kajiProcess->waitForStarted() && kubectlProcess->waitForStarted());
        QVERIFY2(listedEmpty(kajiProcess), "kaji did not list the empty namespace");
        QTest::qWait(1000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KAJI_TEST_KUBECONFIG"),
                 "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
        m_ns = QStringLiteral("watch-%1").arg(QDateTime::currentMSecsSinceEpoch());
        kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void podsAsTheyChange()
    {
        QProcess *kajiProcess = nullptr, *kubectlProcess = nullptr;
        startBoth({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), m_ns, QStringLiteral("--watch")},
                  kajiProcess, kubectlProcess);
        if (QTest::currentTestFailed())
            return;
        Printed kaji(kajiProcess), reference(kubectlProcess);

        kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("run"), QStringLiteral("solo"), QStringLiteral("--image=nginx")});
        QVERIFY2(kaji.waitFor(QStringLiteral("solo"), {QStringLiteral("1/1"), QStringLiteral("Running")}, 2),
                 "kaji did not print solo Running");
        kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("label"), QStringLiteral("pod"), QStringLiteral("solo"),
                 QStringLiteral("tier=front")});
        kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("solo"),
                 QStringLiteral("--wait=false")});
        QVERIFY2(kaji.waitFor(QStringLiteral("solo"), {QStringLiteral("1/1"), QStringLiteral("Terminating")}, 2),
                 "kaji did not print solo Terminating");
        QTest::qWait(3000); // the deletion itself, and kubectl's last lines
        stop(kajiProcess);
        stop(kubectlProcess);
        compareWithKubectl(kaji, reference, 2);
    }

    void deploymentsAsTheyChange()
    {
        QProcess *kajiProcess = nullptr, *kubectlProcess = nullptr;
        startBoth({QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-n"), m_ns, QStringLiteral("-w")},
                  kajiProcess, kubectlProcess);
        if (QTest::currentTestFailed())
            return;
        Printed kaji(kajiProcess), reference(kubectlProcess);
        const auto state = [](const char *ready, const char *upToDate, const char *available) {
            return QStringList{QString::fromUtf8(ready), QString::fromUtf8(upToDate), QString::fromUtf8(available)};
        };

        kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("web"),
                 QStringLiteral("--image=nginx"), QStringLiteral("--replicas=2")});
        QVERIFY2(kaji.waitFor(QStringLiteral("web"), state("2/2", "2", "2"), 3), "kaji did not print web 2/2");
        kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("scale"), QStringLiteral("deployment"), QStringLiteral("web"),
                 QStringLiteral("--replicas=3")});
        QVERIFY2(kaji.waitFor(QStringLiteral("web"), state("3/3", "3", "3"), 3), "kaji did not print web 3/3");
        const qsizetype before = kaji.rows().size();
        kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("deployment"), QStringLiteral("web")});
        QElapsedTimer timer;
        timer.start();
        while (kaji.rows().size() == before && timer.elapsed() < 20000)
            kajiProcess->waitForReadyRead(200);
        QVERIFY2(kaji.rows().size() > before, "kaji printed nothing for the deletion");
        QCOMPARE(kaji.rows().last().first(), QStringLiteral("web"));
        QTest::qWait(2000);
        stop(kajiProcess);
        stop(kubectlProcess);
        compareWithKubectl(kaji, reference, 3);
    }
};

QTEST_GUILESS_MAIN(TestGetWatch)
#include "tst_getwatch.moc"
