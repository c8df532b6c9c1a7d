#include "detailspanel.h"

#include "actionbar.h"
#include "jsonfields.h"
#include "findingmodel.h"
#include "podanatomyview.h"
#include "usageview.h"
#include "metrics/resourcelines.h"
#include "problemsview.h"
#include "style/kindicons.h"
#include "style/statuscolours.h"
#include "yamlview.h"
#include "yamlwriter.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &key, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(esc(key), value);
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent), m_headerIcon(new QLabel(this)), m_header(new QLabel(this)), m_actionBar(new ActionBar(this)), m_tabs(new QTabWidget(this)), m_overview(new QTextBrowser(this)),
      m_diagnosis(new QTextBrowser(this)), m_events(new QTextBrowser(this)), m_anatomy(new PodAnatomyView(this)), m_usage(new UsageView(this)), m_yamlPage(new QWidget(this)), m_reveal(new QCheckBox(this)),
      m_yaml(new YamlView(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    m_header->setObjectName(QStringLiteral("detailsHeader"));
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_headerIcon->setObjectName(QStringLiteral("detailsHeaderIcon"));
    m_headerIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_headerIcon->hide();
    m_overview->setObjectName(QStringLiteral("detailsOverview"));
    m_overview->setOpenLinks(false);
    m_events->setObjectName(QStringLiteral("detailsEvents"));
    m_diagnosis->setObjectName(QStringLiteral("detailsDiagnosis"));
    m_diagnosis->setOpenLinks(false);
    m_yaml->setObjectName(QStringLiteral("detailsYaml"));
    m_reveal->setObjectName(QStringLiteral("revealSecrets"));
    m_reveal->hide();

    auto *yamlLayout = new QVBoxLayout(m_yamlPage);
    yamlLayout->setContentsMargins(0, 4, 0, 0);
    yamlLayout->addWidget(m_reveal);
    yamlLayout->addWidget(m_yaml, 1);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_diagnosis, QString());
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_yamlPage, QString());
    m_tabs->setDocumentMode(true);
    m_anatomy->hide(); // a tab only while a pod is shown
    m_usage->hide(); // a tab only while a pod or node is shown

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 12, 12, 12);
    auto *headerRow = new QHBoxLayout;
    headerRow->setSpacing(6);
    headerRow->addWidget(m_headerIcon);
    headerRow->addWidget(m_header, 1);
    layout->addLayout(headerRow);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_tabs, 1);

    connect(m_overview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const int index = url.path().toInt();
        if (url.scheme() == QLatin1String("link") && index >= 0 && index < m_shownLinks.size())
            Q_EMIT linkActivated(m_shownLinks.at(index));
    });
    connect(m_diagnosis, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("ref"))
            Q_EMIT referenceActivated(QUrl::fromPercentEncoding(url.toString().mid(4).toUtf8()));
    });
    connect(m_anatomy, &PodAnatomyView::objectActivated, this, &DetailsPanel::linkActivated);
    connect(m_reveal, &QCheckBox::toggled, this, &DetailsPanel::renderYaml);
    retranslate();
}

void DetailsPanel::showLoading(const QString &kind, const QString &name)
{
    m_header->setText(tr("%1 %2: loading…").arg(kind, name));
    setHeaderKind(kind);
    m_object = nullptr;
    m_eventList = nullptr;
    m_children.clear();
    m_summary = {};
    m_reveal->setChecked(false);
    m_overview->clear();
    m_events->clear();
    m_diagnosis->clear();
    m_selectedEvent.clear();
    m_yaml->setYaml(QString());
    m_anatomy->clear();
    showAnatomyTab(kind == QLatin1String("Pod"));
    showUsageTab(kind == QLatin1String("Pod") || kind == QLatin1String("Node"));
}

void DetailsPanel::showObject(const nlohmann::json &object)
{
    // The same object again (a refresh): the reader keeps their place.
    Models::ObjectSummary summary = Models::summarizeObject(object);
    const bool again = !m_object.is_null() && !summary.uid.isEmpty() && summary.uid == m_summary.uid;
    const int overviewAt = m_overview->verticalScrollBar()->value();
    const int yamlAt = m_yaml->verticalScrollBar()->value();
    m_object = object;
    m_summary = std::move(summary);
    m_header->setText(m_summary.namespaceName.isEmpty() ? m_summary.kind + u' ' + m_summary.name
                                                        : m_summary.kind + u' ' + m_summary.namespaceName + u'/' + m_summary.name);
    setHeaderKind(m_summary.kind);
    m_reveal->setVisible(m_summary.kind == QLatin1String("Secret"));
    const bool pod = m_summary.kind == QLatin1String("Pod");
    showAnatomyTab(pod);
    if (pod)
        m_anatomy->setPod(object);
    else
        m_anatomy->clear();
    const bool node = m_summary.kind == QLatin1String("Node");
    showUsageTab(pod || node);
    if (pod || node) {
        m_usage->setSubject(m_summary.kind, m_summary.namespaceName, m_summary.name,
                            pod ? Models::podResourceLines(object) : Models::nodeResourceLines(object));
        QList<UsageView::Container> containers;
        const nlohmann::json &specs = Kube::jsonChild(Kube::jsonChild(object, "spec"), "containers");
        if (pod && specs.is_array()) {
            for (const nlohmann::json &c : specs) {
                const QString name = Kube::jsonText(c, "name");
                containers.append({name, Models::containerResourceLines(object, name)});
            }
        }
        m_usage->setContainers(containers);
    }
    renderOverview();
    renderYaml();
    renderDiagnosis();
    if (again) {
        m_overview->verticalScrollBar()->setValue(overviewAt);
        m_yaml->verticalScrollBar()->setValue(yamlAt);
    }
}

// After Diagnosis, so that the tabs every kind has keep their places.
void DetailsPanel::showAnatomyTab(bool shown)
{
    const int index = m_tabs->indexOf(m_anatomy);
    if (shown && index < 0)
        m_tabs->insertTab(m_tabs->indexOf(m_diagnosis) + 1, m_anatomy, tr("Anatomy"));
    else if (!shown && index >= 0)
        m_tabs->removeTab(index);
    if (!shown)
        m_anatomy->hide();
}

void DetailsPanel::showUsageTab(bool shown)
{
    const int index = m_tabs->indexOf(m_usage);
    if (shown && index < 0)
        m_tabs->insertTab(m_tabs->indexOf(m_diagnosis) + 1, m_usage, tr("Usage"));
    else if (!shown && index >= 0)
        m_tabs->removeTab(index);
    if (!shown)
        m_usage->hide();
}

void DetailsPanel::showEvents(const nlohmann::json &eventList)
{
    m_eventList = eventList;
    renderEvents();
}

void DetailsPanel::selectEvent(const QString &eventName)
{
    m_selectedEvent = eventName;
    m_tabs->setCurrentWidget(m_events);
    renderEvents();
}

void DetailsPanel::renderEvents()
{
    const nlohmann::json &items = m_eventList.is_object() && m_eventList.contains("items") ? m_eventList["items"] : nlohmann::json();
    if (!items.is_array() || items.empty()) {
        if (!m_eventList.is_null())
            m_events->setHtml(tr("<p>No events for this object. Kubernetes keeps events for one hour by default.</p>"));
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                                  "<th align='left'>%3</th><th align='left'>%4</th><th align='left'>%5</th></tr>")
                       .arg(tr("Type"), tr("Reason"), tr("Last seen"), tr("Count"), tr("Message"));
    QString selectedMessage;
    for (const nlohmann::json &event : items) {
        const auto text = [&](const nlohmann::json &object, const char *key) {
            return object.contains(key) && object[key].is_string() ? QString::fromStdString(object[key].get<std::string>()) : QString();
        };
        const QString type = text(event, "type");
        const QString name = event.contains("metadata") ? text(event["metadata"], "name") : QString();
        const bool selected = !m_selectedEvent.isEmpty() && name == m_selectedEvent;
        if (selected)
            selectedMessage = text(event, "message");
        const QString colour = type == QLatin1String("Warning") ? statusColour(Status::Warning, palette()).name() : QString();
        const qint64 count = event.contains("count") && event["count"].is_number_integer() ? event["count"].get<qint64>() : 1;
        html += QStringLiteral("<tr%1><td style='color:%2'><a name='%3'></a>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(selected ? QStringLiteral(" bgcolor='%1'").arg(statusTint(Status::Warning, palette()).name()) : QString(), colour, esc(name), esc(type),
                         esc(text(event, "reason")),
                         esc(text(event, "lastTimestamp").isEmpty() ? text(event, "eventTime") : text(event, "lastTimestamp")))
                    .arg(count)
                    .arg(esc(text(event, "message")));
    }
    m_events->setHtml(html + QStringLiteral("</table>"));
    if (selectedMessage.isEmpty())
        return;
    // Select the event's message, so it is the text a copy takes too.
    QTextCursor cursor = m_events->document()->find(selectedMessage);
    if (!cursor.isNull()) {
        m_events->setTextCursor(cursor);
        m_events->ensureCursorVisible();
    }
    m_events->scrollToAnchor(m_selectedEvent);
}

void DetailsPanel::showChildren(const QList<Models::ObjectLink> &children)
{
    m_children = children;
    renderOverview();
}

void DetailsPanel::showError(const QString &message)
{
    m_header->setText(tr("Cannot show this object: %1").arg(message));
    setHeaderKind(QString());
}

QString DetailsPanel::yamlText() const
{
    return m_yaml->toPlainText();
}

QString DetailsPanel::overviewText() const
{
    return m_overview->toPlainText();
}

void DetailsPanel::setFindings(Models::FindingModel *findings)
{
    m_findings = findings;
    connect(findings, &QAbstractItemModel::modelReset, this, &DetailsPanel::renderDiagnosis);
    connect(findings, &Models::FindingModel::runStateChanged, this, &DetailsPanel::renderDiagnosis);
    renderDiagnosis();
}

QString DetailsPanel::diagnosisText() const
{
    return m_diagnosis->toPlainText();
}

// Says "no problem" only about a run that finished; before the first run,
// while it fails, or without a diagnosis at all, it says that instead.
void DetailsPanel::renderDiagnosis()
{
    using RunState = Models::FindingModel::RunState;
    const Models::Findings found = m_findings && !m_object.is_null()
        ? m_findings->findingsConcerning({m_summary.kind, m_summary.namespaceName, m_summary.name})
        : Models::Findings();
    m_tabs->setTabText(m_tabs->indexOf(m_diagnosis), found.isEmpty() ? tr("Diagnosis") : tr("Diagnosis (%1)").arg(found.size()));
    if (m_object.is_null())
        return;
    const RunState state = m_findings ? m_findings->runState() : RunState::NotRun;
    const bool ran = m_findings && m_findings->ranAt().isValid();
    const QString at = ran ? QLocale().toString(m_findings->ranAt().time(), QLocale::ShortFormat) : QString();
    QString status;
    switch (state) {
    case RunState::NotRun:
        status = m_findings && !m_findings->runMessage().isEmpty()
            ? tr("Diagnosis has not run: %1").arg(m_findings->runMessage())
            : tr("Diagnosis has not run yet for this cluster.");
        break;
    case RunState::Running:
        status = ran ? tr("A new diagnosis is under way; shown: the run at %1.").arg(at)
                     : tr("Diagnosing… the findings appear here when the first run is done.");
        break;
    case RunState::Failed:
        status = tr("The last diagnosis failed: %1.").arg(m_findings->runMessage())
            + (ran ? u' ' + tr("Shown: the run at %1.").arg(at) : QString());
        break;
    case RunState::Current: break;
    }
    QString html;
    if (!status.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(status));
    if (found.isEmpty() && ran)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No problem found for this object in the diagnosis at %1.").arg(at)));
    for (const Models::Finding &f : found)
        html += ProblemsView::detailHtml(f) + QStringLiteral("<hr>");
    m_diagnosis->setHtml(html);
}

QString DetailsPanel::roleText(const QString &role) const
{
    if (role == QLatin1String("owner"))
        return tr("Owner");
    if (role == QLatin1String("node"))
        return tr("Node");
    if (role == QLatin1String("volume"))
        return tr("Volume");
    if (role == QLatin1String("env"))
        return tr("Environment");
    if (role == QLatin1String("image pull secret"))
        return tr("Image pull secret");
    if (role == QLatin1String("service account"))
        return tr("Service account");
    if (role == QLatin1String("claim"))
        return tr("Claim");
    if (role == QLatin1String("child"))
        return tr("Owns");
    return role;
}

void DetailsPanel::renderOverview()
{
    if (m_object.is_null())
        return;
    const Models::ObjectSummary &s = m_summary;
    m_shownLinks = s.links + m_children;
    QString html = QStringLiteral("<table>");
    html += row(tr("Name"), esc(s.name));
    if (!s.namespaceName.isEmpty())
        html += row(tr("Namespace"), esc(s.namespaceName));
    html += row(tr("Created"), esc(s.created));
    html += row(tr("UID"), esc(s.uid));
    QStringList labels;
    for (const auto &[key, value] : s.labels)
        labels.append(esc(key + u'=' + value));
    html += row(tr("Labels"), labels.join(QStringLiteral("<br>")));
    QStringList annotations;
    for (const auto &[key, value] : s.annotations)
        annotations.append(esc(key + u'=' + (value.size() > 120 ? value.left(120) + u'…' : value)));
    html += row(tr("Annotations"), annotations.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");

    if (!m_shownLinks.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Related objects"));
        for (int i = 0; i < m_shownLinks.size(); ++i) {
            const Models::ObjectLink &link = m_shownLinks.at(i);
            html += row(roleText(link.role), QStringLiteral("<a href='link:%1'>%2 %3</a>").arg(i).arg(esc(link.kind), esc(link.name)));
        }
        html += QStringLiteral("</table>");
    }
    if (!s.conditions.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Conditions"));
        for (const Models::ObjectCondition &c : s.conditions)
            html += row(c.type, esc(c.status + (c.reason.isEmpty() ? QString() : QStringLiteral(" · ") + c.reason)
                                    + (c.message.isEmpty() ? QString() : QStringLiteral(" · ") + c.message)));
        html += QStringLiteral("</table>");
    }
    for (const Models::ContainerSummary &c : s.containers) {
        html += QStringLiteral("<h4>%1 %2</h4><table>").arg(c.init ? tr("Init container") : tr("Container"), esc(c.name));
        html += row(tr("Image"), esc(c.image));
        if (!c.state.isEmpty()) {
            html += row(tr("State"), esc(c.state));
            html += row(tr("Ready"), c.ready ? tr("yes") : tr("no"));
            html += row(tr("Restarts"), QString::number(c.restarts));
        }
        if (!c.lastTermination.isEmpty())
            html += row(tr("Last termination"), esc(c.lastTermination));
        if (!c.ports.isEmpty())
            html += row(tr("Ports"), esc(c.ports.join(QStringLiteral(", "))));
        if (!c.requests.isEmpty())
            html += row(tr("Requests"), esc(c.requests));
        if (!c.limits.isEmpty())
            html += row(tr("Limits"), esc(c.limits));
        if (!c.mounts.isEmpty())
            html += row(tr("Mounts"), esc(c.mounts.join(u'\n')).replace(u'\n', QStringLiteral("<br>")));
        html += QStringLiteral("</table>");
    }
    m_overview->setHtml(html);
}

void DetailsPanel::renderYaml()
{
    if (m_object.is_null())
        return;
    Models::ObjectYamlOptions options;
    options.revealSecrets = m_reveal->isChecked();
    m_yaml->setYaml(Models::toYaml(Models::objectForDisplay(m_object, options)));
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange) {
        setHeaderKind(m_headerKind); // the picture in the new theme's colours
        renderEvents();
    }
    QWidget::changeEvent(event);
}

void DetailsPanel::setHeaderKind(const QString &kind)
{
    m_headerKind = kind;
    m_headerIcon->setVisible(!kind.isEmpty());
    if (kind.isEmpty())
        return;
    // As tall as the header's first line, rendered for this screen's pixel ratio.
    const int side = std::max(16, m_header->fontMetrics().height());
    m_headerIcon->setFixedSize(side, std::max(side, m_header->fontMetrics().lineSpacing()));
    m_headerIcon->setPixmap(kindIcon(kind, palette()).pixmap(QSize(side, side), devicePixelRatioF()));
}

void DetailsPanel::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_events), tr("Events"));
    m_tabs->setTabText(m_tabs->indexOf(m_yamlPage), tr("YAML"));
    if (const int anatomy = m_tabs->indexOf(m_anatomy); anatomy >= 0)
        m_tabs->setTabText(anatomy, tr("Anatomy"));
    if (const int usage = m_tabs->indexOf(m_usage); usage >= 0)
        m_tabs->setTabText(usage, tr("Usage"));
    m_reveal->setText(tr("Reveal secret values"));
    // The summary's state texts are worded when it is made.
    if (!m_object.is_null())
        m_summary = Models::summarizeObject(m_object);
    renderOverview();
    renderEvents();
    // Findings are worded by the rules: the diagnosis re-runs them in the
    // new language and the model's reset brings them here.
    renderDiagnosis();
}

} // namespace Kaji::Ui
