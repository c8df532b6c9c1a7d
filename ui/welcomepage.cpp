#include "welcomepage.h"

#include <QPushButton>
#include <QScrollArea>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

QPushButton *actionButton(const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1String(objectName));
    QFont font = button->font();
    font.setBold(true);
    button->setFont(font);
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return button;
}

// The description sits under its button as a label of its own: labels wrap
// Japanese (no spaces) where a command link button would clip it.
QLabel *descriptionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setContentsMargins(4, 0, 0, 6);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_sources(new QLabel(this)),
      m_addFile(actionButton("welcomeAddFile", this)), m_paste(actionButton("welcomePaste", this)),
      m_addEks(actionButton("welcomeAddEks", this)), m_addFileText(descriptionLabel(this)),
      m_pasteText(descriptionLabel(this)), m_addEksText(descriptionLabel(this)), m_demo(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_sources->setObjectName(QStringLiteral("welcomeSources"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->setWordWrap(true);
    m_demo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A readable column in the middle of a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_sources);
    layout->addSpacing(8);
    for (auto [button, text] : {std::pair{m_addFile, m_addFileText}, {m_paste, m_pasteText}, {m_addEks, m_addEksText}}) {
        layout->addWidget(button);
        layout->addWidget(text);
    }
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    // A short window scrolls the page rather than squeezing its labels.
    auto *content = new QWidget;
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(24, 32, 24, 24);
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    row->setAlignment(column, Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_addFile, &QAbstractButton::clicked, this, &WelcomePage::addFileRequested);
    connect(m_paste, &QAbstractButton::clicked, this, &WelcomePage::pasteRequested);
    connect(m_addEks, &QAbstractButton::clicked, this, &WelcomePage::addEksClusterRequested);
    retranslate();
}

void WelcomePage::showSources(const QStringList &paths, const Kube::KubeConfig &config)
{
    m_paths = paths;
    m_config = config;
    refresh();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Kaji"));
    m_intro->setText(tr("No Kubernetes context was found. Kaji reads the files named by the KUBECONFIG "
                        "environment variable, or ~/.kube/config when it is not set, and the files you add here:"));
    m_addFile->setText(tr("Add a kubeconfig file…"));
    m_addFileText->setText(tr("A file from your administrator or a cloud console: merged into ~/.kube/config "
                                 "or kept as a file of its own."));
    m_paste->setText(tr("Paste a kubeconfig…"));
    m_pasteText->setText(tr("The YAML text itself, checked before anything is written."));
    m_addEks->setText(tr("Add an EKS cluster…"));
    m_addEksText->setText(tr("Pick an AWS profile and region, choose a cluster, and Kaji runs "
                                "aws eks update-kubeconfig for you."));
    m_demo->setText(tr("To try Kaji without a cluster of your own, start it from a source checkout with "
                       "<code>scripts/run.sh --demo</code>."));
    refresh();
}

// One line per file: not there, read without contexts, or what was wrong.
void WelcomePage::refresh()
{
    m_lines.clear();
    for (const QString &path : m_paths) {
        const QString shown = QDir::toNativeSeparators(path);
        QStringList problems;
        for (const Kube::KubeConfigProblem &problem : m_config.problems) {
            if (problem.file == path)
                problems.append(problem.field.isEmpty() ? problem.message : problem.field + QStringLiteral(": ") + problem.message);
        }
        QString text;
        if (!QFileInfo::exists(path))
            text = tr("%1: does not exist").arg(shown);
        else if (!problems.isEmpty())
            text = tr("%1: cannot be used: %2").arg(shown, problems.join(QStringLiteral("; ")));
        else if (m_config.files.contains(path))
            text = tr("%1: read, defines no context").arg(shown);
        else
            text = tr("%1: could not be read").arg(shown);
        m_lines.append(text);
    }
    QString html = QStringLiteral("<ul style=\"margin-left: -20px\">");
    for (const QString &line : std::as_const(m_lines))
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    m_sources->setText(html + QStringLiteral("</ul>"));
    m_sources->setVisible(!m_lines.isEmpty());
}

} // namespace Kaji::Ui
