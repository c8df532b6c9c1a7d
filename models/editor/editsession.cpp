#include "editsession.h"

#include "editerrors.h"
#include "jsonfields.h"
#include "objectdiff.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace Kaji::Models {
namespace {

using nlohmann::json;

QString metadataText(const json &object, const char *key)
{
    return Kube::jsonText(Kube::jsonChild(object, "metadata"), key);
}

} // namespace

EditSession::Runner EditSession::directRunner(Kube::ApiClient *client)
{
    return [client](Work work, QObject *receiver, ResultHandler onResult) {
        QPointer<QObject> guard(receiver);
        Kube::ResourceOperations operations(client);
        work(operations, [guard, onResult = std::move(onResult)](const Kube::ApiResult &result) {
            if (guard)
                onResult(result);
        });
    };
}

EditSession::EditSession(Runner runner, Kube::ApiResource resource, EditableText shown, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_resource(std::move(resource))
    , m_shown(std::move(shown))
{
    qRegisterMetaType<EditOutcome>();
    // The object's own version: discovery's preferred one may be another.
    const QString apiVersion = Kube::jsonText(m_shown.shownObject, "apiVersion");
    if (!apiVersion.isEmpty())
        m_resource.version = apiVersion.section(u'/', -1);
}

bool EditSession::save(const QString &editedText)
{
    return start(Mode::Save, editedText);
}

bool EditSession::saveOverriding(const QString &editedText)
{
    return start(Mode::Override, editedText);
}

bool EditSession::preview(const QString &editedText)
{
    return start(Mode::Preview, editedText);
}

bool EditSession::createFromEdits(const QString &editedText)
{
    return start(Mode::Create, editedText);
}

bool EditSession::start(Mode mode, const QString &editedText)
{
    if (isBusy())
        return false;
    m_mode = mode;
    m_live = json();
    m_patch = json();
    m_fields.clear();
    m_attempts = 0;
    m_change = EditChange::compute(m_shown, editedText);
    // A create may name the object anew; it may not become another kind.
    const bool renamed = m_change.refusal && m_change.refusal->kind == EditOutcome::Kind::PreconditionFailed
        && m_change.refusal->problems.value(0).field.startsWith(QLatin1String("metadata."));
    if (m_change.refusal && !(mode == Mode::Create && renamed)) {
        EditOutcome refusal = *m_change.refusal;
        QTimer::singleShot(0, this, [this, refusal] { finish(refusal); });
        return true;
    }
    if (mode == Mode::Create) {
        post();
    } else if (m_change.touchedPaths.isEmpty()) {
        EditOutcome unchanged;
        unchanged.kind = EditOutcome::Kind::Unchanged;
        QTimer::singleShot(0, this, [this, unchanged] { finish(unchanged); });
    } else {
        readLive();
    }
    return true;
}

QString EditSession::namespaceName(const json &object) const
{
    return m_resource.namespaced ? metadataText(object, "namespace") : QString();
}

QByteArray EditSession::objectPath() const
{
    return m_resource.collectionPath(namespaceName(m_shown.shownObject)) + '/'
        + QUrl::toPercentEncoding(metadataText(m_shown.shownObject, "name"));
}

QByteArray EditSession::query(bool dryRun) const
{
    return QByteArray("?fieldManager=") + FieldManager + "&fieldValidation=Strict" + (dryRun ? "&dryRun=All" : "");
}

void EditSession::readLive()
{
    const QByteArray path = objectPath();
    m_runner([path](Kube::ResourceOperations &operations,
                 Kube::ApiClient::ResultHandler done) { operations.get(path, std::move(done)); },
        this, [this](const Kube::ApiResult &result) { onLive(result); });
}

void EditSession::onLive(const Kube::ApiResult &result)
{
    if (result.status == 404) {
        EditOutcome deleted;
        deleted.kind = EditOutcome::Kind::DeletedOnServer;
        deleted.status = 404;
        deleted.reason = result.reason;
        deleted.message = tr("The object was deleted on the server while you edited it. Your text is kept: you can "
                             "create the object again from your edits.");
        finish(deleted);
        return;
    }
    if (!result.ok()) {
        finish(EditErrors::fromResult(result, m_change, false));
        return;
    }
    m_live = result.body;
    m_fields = m_change.threeWay(m_shown.shownApiObject, EditableText::apiForm(m_live));
    if (m_mode != Mode::Override && EditChange::anyConflict(m_fields)) {
        EditOutcome conflict;
        conflict.kind = EditOutcome::Kind::Conflict;
        conflict.message = tr("Someone else changed fields you changed since the object was shown. Choose for each "
                              "whether to keep yours or take theirs; nothing was saved.");
        finish(conflict);
        return;
    }
    // The lock: the PATCH applies only to the version whose fields were
    // just compared, so nothing that changed since goes unseen.
    m_patch = m_change.patch;
    m_patch["metadata"]["resourceVersion"]
        = Kube::jsonStdString(Kube::jsonChild(m_live, "metadata"), "resourceVersion");
    sendPatch();
}

void EditSession::sendPatch()
{
    ++m_attempts;
    const QByteArray path = objectPath() + query(m_mode == Mode::Preview);
    const QByteArray body = QByteArray::fromStdString(m_patch.dump());
    m_runner(
        [path, body](Kube::ResourceOperations &operations, Kube::ApiClient::ResultHandler done) {
            operations.send("PATCH", path, body, "application/merge-patch+json", std::move(done));
        },
        this, [this](const Kube::ApiResult &result) { onPatched(result); });
}

void EditSession::onPatched(const Kube::ApiResult &result)
{
    const bool dryRun = m_mode == Mode::Preview;
    if (result.ok()) {
        EditOutcome done;
        done.kind = dryRun ? EditOutcome::Kind::Previewed : EditOutcome::Kind::Saved;
        done.status = result.status;
        done.object = result.body;
        done.warnings = result.warnings;
        if (dryRun) {
            const QString name = ObjectDiff::name(m_resource.group, m_resource.version, m_resource.kind,
                namespaceName(m_live), metadataText(m_live, "name"));
            done.diff = ObjectDiff::unified(m_live, result.body, name);
        } else {
            m_shown = EditableText::fromObject(result.body);
        }
        finish(done);
        return;
    }
    if (result.status == 409 && m_attempts < LockAttempts) {
        // Written between our read and our PATCH: compare again, after a
        // pause that lets a burst of status writes pass.
        const int pause = std::min(400, RetryPauseMs << std::min(m_attempts - 1, 5));
        QTimer::singleShot(pause, this, &EditSession::readLive);
        return;
    }
    if (result.status == 404) {
        onLive(result);
        return;
    }
    EditOutcome failed = EditErrors::fromResult(result, m_change, dryRun);
    failed.warnings = result.warnings;
    if (result.status == 409)
        failed.message = tr("The object kept changing on the server (%1 tries). Nothing was saved; your text is kept: "
                            "save again.")
                             .arg(m_attempts);
    finish(failed);
}

void EditSession::post()
{
    const json &object = m_change.editedApi;
    QString ns = namespaceName(object);
    if (ns.isEmpty())
        ns = namespaceName(m_shown.shownObject);
    const QByteArray path = m_resource.collectionPath(ns) + query(false);
    const QByteArray body = QByteArray::fromStdString(object.dump());
    ++m_attempts;
    m_runner(
        [path, body](Kube::ResourceOperations &operations, Kube::ApiClient::ResultHandler done) {
            operations.send("POST", path, body, "application/json", std::move(done));
        },
        this,
        [this](const Kube::ApiResult &result) {
            if (!result.ok()) {
                EditOutcome failed = EditErrors::fromResult(result, m_change, false);
                failed.warnings = result.warnings;
                if (result.status == 409)
                    failed.message
                        = tr("An object of this name exists again: %1. Your text is kept.").arg(result.error);
                finish(failed);
                return;
            }
            EditOutcome created;
            created.kind = EditOutcome::Kind::Created;
            created.status = result.status;
            created.object = result.body;
            created.warnings = result.warnings;
            m_shown = EditableText::fromObject(result.body);
            finish(created);
        });
}

void EditSession::finish(EditOutcome outcome)
{
    outcome.touchedPaths = m_change.touchedPaths;
    outcome.ignoredPaths = m_change.ignoredPaths;
    outcome.fields = m_fields;
    outcome.live = m_live;
    outcome.attempts = m_attempts;
    outcome.patch = m_mode == Mode::Create ? m_change.editedApi : m_patch.is_null() ? m_change.patch : m_patch;
    m_mode = Mode::Idle;
    Q_EMIT finished(outcome);
}

} // namespace Kaji::Models
