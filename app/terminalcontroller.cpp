#include "terminalcontroller.h"

#include "actionbar.h"
#include "apiclient.h"
#include "clusterconnection.h"
#include "docks.h"
#include "terminal/terminaldock.h"
#include "terminal/terminalwidget.h"

#include <QInputDialog>
#include <QProcess>
#include <QUrl>

namespace Kaji::App {

namespace {

QString stringAt(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

bool flagAt(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

} // namespace

TerminalController::TerminalController(Ui::ActionBar *bar, Docks *docks, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_docks(docks), m_dialogParent(dialogParent)
{
    using Mode = ExecSpec::Mode;
    const auto on = [this](Mode mode) {
        return [this, mode](const Models::ObjectActions::Target &target) { open(mode, target.namespaceName, target.name); };
    };
    connect(bar, &Ui::ActionBar::shellRequested, this, on(Mode::Shell));
    connect(bar, &Ui::ActionBar::attachRequested, this, on(Mode::Attach));
    connect(bar, &Ui::ActionBar::runCommandRequested, this, on(Mode::Command));
    connect(docks->terminals(), &Ui::TerminalDock::restartRequested, this, [this](Ui::TerminalWidget *terminal) {
        if (!m_specs.contains(terminal))
            return;
        auto *channel = new ExecChannel(m_specs.value(terminal));
        m_docks->terminals()->restartSession(terminal, channel);
    });
}

TerminalController::~TerminalController() = default;

void TerminalController::setConnection(Kube::ClusterConnection *connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    m_client = connection ? std::make_unique<Kube::ApiClient>(connection->config()) : nullptr;
}

void TerminalController::open(ExecSpec::Mode mode, const QString &namespaceName, const QString &pod,
                              const QString &container, const QStringList &command)
{
    if (!m_connection || !m_client) {
        Q_EMIT failed(tr("Not connected to a cluster."));
        return;
    }
    ExecSpec spec;
    spec.mode = mode;
    spec.config = m_connection->config();
    spec.namespaceName = namespaceName;
    spec.pod = pod;
    spec.container = container;
    spec.command = command;
    const QByteArray path = "/api/v1/namespaces/" + QUrl::toPercentEncoding(namespaceName) + "/pods/"
                            + QUrl::toPercentEncoding(pod);
    m_client->get(path, [this, spec, guard = QPointer<TerminalController>(this)](const Kube::ApiResult &result) {
        if (!guard)
            return;
        if (!result.error.isEmpty()) {
            Q_EMIT failed(tr("Cannot read pod %1/%2: %3").arg(spec.namespaceName, spec.pod, result.error));
            return;
        }
        openWithPod(spec, result.body);
    });
}

void TerminalController::openWithPod(ExecSpec spec, const nlohmann::json &pod)
{
    QStringList names;
    QHash<QString, nlohmann::json> containers;
    if (const auto spec_ = pod.find("spec"); spec_ != pod.end())
        if (const auto list = spec_->find("containers"); list != spec_->end() && list->is_array())
            for (const nlohmann::json &c : *list) {
                names << stringAt(c, "name");
                containers.insert(names.last(), c);
            }
    if (names.isEmpty()) {
        Q_EMIT failed(tr("Pod %1/%2 has no containers.").arg(spec.namespaceName, spec.pod));
        return;
    }
    if (spec.container.isEmpty()) {
        // kubectl's default: the annotation, else the first container.
        QString preferred = names.first();
        if (const auto meta = pod.find("metadata"); meta != pod.end())
            if (const auto notes = meta->find("annotations"); notes != meta->end() && notes->is_object()) {
                const QString named = stringAt(*notes, "kubectl.kubernetes.io/default-container");
                if (names.contains(named))
                    preferred = named;
            }
        spec.container = preferred;
        if (names.size() > 1) {
            bool ok = false;
            spec.container = QInputDialog::getItem(m_dialogParent, tr("Container"),
                                                   tr("Container of pod %1:").arg(spec.pod), names,
                                                   int(names.indexOf(preferred)), false, &ok);
            if (!ok)
                return;
        }
    }
    if (!containers.contains(spec.container)) {
        Q_EMIT failed(tr("Pod %1/%2 has no container %3.").arg(spec.namespaceName, spec.pod, spec.container));
        return;
    }
    if (spec.mode == ExecSpec::Mode::Attach) {
        // Attach shares the main process's stdin and terminal: only what it has.
        spec.stdinOpen = flagAt(containers.value(spec.container), "stdin");
        spec.tty = flagAt(containers.value(spec.container), "tty");
    }
    if (spec.mode == ExecSpec::Mode::Command && spec.command.isEmpty()) {
        bool ok = false;
        const QString line = QInputDialog::getText(m_dialogParent, tr("Run command"),
                                                   tr("Command to run in %1 (arguments split as a shell would, without a shell):")
                                                       .arg(spec.title()),
                                                   QLineEdit::Normal, QString(), &ok);
        spec.command = QProcess::splitCommand(line);
        if (!ok || spec.command.isEmpty())
            return;
    }
    openTab(spec);
}

void TerminalController::openTab(const ExecSpec &spec)
{
    auto *channel = new ExecChannel(spec);
    const QString title = spec.mode == ExecSpec::Mode::Command ? spec.title() + u' ' + spec.command.first() : spec.title();
    Ui::TerminalWidget *terminal = m_docks->openTerminal(title, channel);
    m_specs.insert(terminal, spec);
    connect(terminal, &QObject::destroyed, this, [this, terminal] { m_specs.remove(terminal); });
}

} // namespace Kaji::App
