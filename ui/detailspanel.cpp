#include "detailspanel.h"

#include "actionbar.h"
#include "yamlview.h"
#include "yamlwriter.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
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
    : QWidget(parent), m_header(new QLabel(this)), m_actionBar(new ActionBar(this)), m_tabs(new QTabWidget(this)), m_overview(new QTextBrowser(this)),
      m_events(new QTextBrowser(this)), m_yamlPage(new QWidget(this)), m_reveal(new QCheckBox(this)),
      m_yaml(new YamlView(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    m_header->setObjectName(QStringLiteral("detailsHeader"));
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_overview->setObjectName(QStringLiteral("detailsOverview"));
    m_overview->setOpenLinks(false);
    m_events->setObjectName(QStringLiteral("detailsEvents"));
    m_yaml->setObjectName(QStringLiteral("detailsYaml"));
    m_reveal->setObjectName(QStringLiteral("revealSecrets"));
    m_reveal->hide();

    auto *yamlLayout = new QVBoxLayout(m_yamlPage);
    yamlLayout->setContentsMargins(0, 4, 0, 0);
    yamlLayout->addWidget(m_reveal);
    yamlLayout->addWidget(m_yaml, 1);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_yamlPage, QString());
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 12, 12, 12);
    layout->addWidget(m_header);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_tabs, 1);

    connect(m_overview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const int index = url.path().toInt();
        if (url.scheme() == QLatin1String("link") && index >= 0 && index < m_shownLinks.size())
            Q_EMIT linkActivated(m_shownLinks.at(index));
    });
    connect(m_reveal, &QCheckBox::toggled, this, &DetailsPanel::renderYaml);
    retranslate();
}

void DetailsPanel::showLoading(const QString &kind, const QString &name)
{
    m_header->setText(tr("%1 %2: loading…").arg(kind, name));
    m_object = nullptr;
    m_eventList = nullptr;
    m_children.clear();
    m_summary = {};
    m_reveal->setChecked(false);
    m_overview->clear();
    m_events->clear();
    m_yaml->setYaml(QString());
}

void DetailsPanel::showObject(const nlohmann::json &object)
{
    m_object = object;
    m_summary = Models::summarizeObject(object);
    m_header->setText(m_summary.namespaceName.isEmpty() ? m_summary.kind + u' ' + m_summary.name
                                                        : m_summary.kind + u' ' + m_summary.namespaceName + u'/' + m_summary.name);
    m_reveal->setVisible(m_summary.kind == QLatin1String("Secret"));
    renderOverview();
    renderYaml();
}

void DetailsPanel::showEvents(const nlohmann::json &eventList)
{
    m_eventList = eventList;
    const nlohmann::json &items = eventList.contains("items") ? eventList["items"] : nlohmann::json();
    if (!items.is_array() || items.empty()) {
        m_events->setHtml(tr("<p>No events for this object. Kubernetes keeps events for one hour by default.</p>"));
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                                  "<th align='left'>%3</th><th align='left'>%4</th><th align='left'>%5</th></tr>")
                       .arg(tr("Type"), tr("Reason"), tr("Last seen"), tr("Count"), tr("Message"));
    for (const nlohmann::json &event : items) {
        const auto text = [&](const char *key) {
            return event.contains(key) && event[key].is_string() ? QString::fromStdString(event[key].get<std::string>()) : QString();
        };
        const QString type = text("type");
        const QString colour = type == QLatin1String("Warning") ? QStringLiteral("#c0221b") : QString();
        const qint64 count = event.contains("count") && event["count"].is_number_integer() ? event["count"].get<qint64>() : 1;
        html += QStringLiteral("<tr><td style='color:%1'>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(colour, esc(type), esc(text("reason")), esc(text("lastTimestamp").isEmpty() ? text("eventTime") : text("lastTimestamp")))
                    .arg(count)
                    .arg(esc(text("message")));
    }
    m_events->setHtml(html + QStringLiteral("</table>"));
}

void DetailsPanel::showChildren(const QList<Models::ObjectLink> &children)
{
    m_children = children;
    renderOverview();
}

void DetailsPanel::showError(const QString &message)
{
    m_header->setText(tr("Cannot show this object: %1").arg(message));
}

QString DetailsPanel::yamlText() const
{
    return m_yaml->toPlainText();
}

QString DetailsPanel::overviewText() const
{
    return m_overview->toPlainText();
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
    QWidget::changeEvent(event);
}

void DetailsPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Events"));
    m_tabs->setTabText(2, tr("YAML"));
    m_reveal->setText(tr("Reveal secret values"));
    // The summary's state texts are worded when it is made.
    if (!m_object.is_null())
        m_summary = Models::summarizeObject(m_object);
    renderOverview();
    if (!m_eventList.is_null())
        showEvents(m_eventList);
}

} // namespace Kaji::Ui
