#include "problemsview.h"

#include "findingmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Kaji::Ui {

ProblemsView::ProblemsView(Models::FindingModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_list(new QTableView(this)),
      m_detail(new QTextBrowser(this))
{
    m_list->setModel(model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(Models::FindingModel::HeadlineColumn, QHeaderView::Stretch);
    m_list->setColumnHidden(Models::FindingModel::RuleColumn, true);
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { Q_EMIT referenceActivated(QUrl::fromPercentEncoding(url.toString().mid(4).toUtf8())); });

    // Side by side: the dock is wide and short, and stacked the detail left
    // room for one or two findings on a laptop screen.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("problemsSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProblemsView::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        // Keep the finding the user was reading when a new run arrives.
        const int row = m_model->rowForKey(m_selectedKey);
        if (row >= 0)
            m_list->selectRow(row);
        else
            m_detail->clear();
        fitColumns();
    });
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    retranslate();
}

void ProblemsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsView::retranslate()
{
    m_detail->setPlaceholderText(tr("Select a problem to see its cause, evidence and next steps."));
    updateSummary();
    showCurrent();
    fitColumns(); // the headers' width depends on the language
}

void ProblemsView::fitColumns()
{
    m_list->resizeColumnToContents(Models::FindingModel::SeverityColumn);
    m_list->resizeColumnToContents(Models::FindingModel::ObjectColumn);
}

void ProblemsView::setStatus(const QString &status)
{
    m_status = status;
    updateSummary();
}

void ProblemsView::updateSummary()
{
    if (!m_status.isEmpty()) {
        m_summary->setText(m_status);
        return;
    }
    int counts[4] = {};
    for (const Models::Finding &f : m_model->findings())
        ++counts[int(f.severity)];
    m_summary->setText(m_model->findings().isEmpty()
                           ? tr("No problems found.")
                           : tr("%n problem(s): %1 critical, %2 errors, %3 warnings, %4 info", nullptr,
                                int(m_model->findings().size()))
                                 .arg(counts[0])
                                 .arg(counts[1])
                                 .arg(counts[2])
                                 .arg(counts[3]));
}

void ProblemsView::showCurrent()
{
    const Models::Finding *f = m_model->findingAt(m_list->currentIndex().row());
    if (!f) {
        m_detail->clear();
        return;
    }
    m_selectedKey = Models::FindingModel::keyOf(*f);
    m_detail->setHtml(detailHtml(*f));
}

QString ProblemsView::detailHtml(const Models::Finding &finding)
{
    using Models::Evidence;
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> &middot; %3 &middot; <code>%4</code></p>")
                       .arg(finding.headline.toHtmlEscaped(), Models::severityLabel(finding.severity).toHtmlEscaped(),
                            finding.object.display().toHtmlEscaped(), finding.ruleId.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Cause").toHtmlEscaped(), finding.cause.toHtmlEscaped());
    if (!finding.evidence.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Evidence").toHtmlEscaped());
        for (const Evidence &e : finding.evidence) {
            QString where;
            switch (e.kind) {
            case Evidence::Kind::StatusField: where = tr("status"); break;
            case Evidence::Kind::Event: where = tr("event"); break;
            case Evidence::Kind::LogLine:
                where = e.previousLog ? tr("previous log, line %1").arg(e.lineNumber) : tr("log, line %1").arg(e.lineNumber);
                break;
            case Evidence::Kind::RelatedObject: where = e.object.display(); break;
            }
            const QString text = e.kind == Evidence::Kind::LogLine
                ? QStringLiteral("<code>%1</code>").arg(e.text.toHtmlEscaped())
                : e.text.toHtmlEscaped();
            html += QStringLiteral("<li><a href=\"ref:%1\">%2</a>: %3</li>")
                        .arg(QString::fromUtf8(QUrl::toPercentEncoding(e.reference())), where.toHtmlEscaped(), text);
        }
        html += QStringLiteral("</ul>");
    }
    if (!finding.nextSteps.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Next steps").toHtmlEscaped());
        for (const Models::NextStep &s : finding.nextSteps) {
            html += QStringLiteral("<li>%1").arg(s.text.toHtmlEscaped());
            if (!s.command.isEmpty())
                html += QStringLiteral("<br><code>$ %1</code>").arg(s.command.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace Kaji::Ui
