#include "logview.h"
#include "style/statusbox.h"

#include "loglinedelegate.h"
#include "logmodel.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

namespace Kaji::Ui {
namespace {

QToolButton *toggle(QWidget *parent, const char *objectName, bool checked = false)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setCheckable(true);
    button->setChecked(checked);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QToolButton *action(QWidget *parent, const char *objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

LogView::LogView(Models::LogSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_model(new Models::LogModel(this))
    , m_delegate(new LogLineDelegate(this))
    , m_view(new QListView(this))
    , m_container(new QComboBox(this))
    , m_previous(toggle(this, "logPrevious"))
    , m_follow(toggle(this, "logFollow", true))
    , m_timestamps(toggle(this, "logTimestamps"))
    , m_wrap(toggle(this, "logWrap"))
    , m_sinceLabel(new QLabel(this))
    , m_since(new QComboBox(this))
    , m_tailLabel(new QLabel(this))
    , m_tail(new QComboBox(this))
    , m_download(action(this, "logDownload"))
    , m_search(new QLineEdit(this))
    , m_findPrevious(action(this, "logFindPrevious"))
    , m_findNext(action(this, "logFindNext"))
    , m_regex(toggle(this, "logRegex"))
    , m_case(toggle(this, "logCase"))
    , m_filter(toggle(this, "logFilterOnly"))
    , m_matches(new QLabel(this))
    , m_status(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_scroll(new QTimer(this))
    , m_jumpSettle(new QTimer(this))
{
    setObjectName(QStringLiteral("logView"));
    if (!m_source->parent())
        m_source->setParent(this);

    m_view->setObjectName(QStringLiteral("logLines"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    // Equal rows: the view never measures a million lines.
    m_view->setUniformItemSizes(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_container->setObjectName(QStringLiteral("logContainer"));
    m_container->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Their texts change with the language after the first show.
    m_since->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tail->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_since->setObjectName(QStringLiteral("logSince"));
    m_tail->setObjectName(QStringLiteral("logTail"));
    for (qint64 seconds : {0, 300, 900, 3600, 6 * 3600, 24 * 3600})
        m_since->addItem(QString(), seconds);
    for (qint64 lines : {-1, 100, 1000, 10000})
        m_tail->addItem(QString(), lines);
    m_tail->setCurrentIndex(2); // the last 1,000 lines: quick to open, the whole log is one click away
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_matches->setObjectName(QStringLiteral("logMatches"));
    m_matches->setMinimumWidth(110);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    m_scroll->setSingleShot(true);
    m_scroll->setInterval(0);
    m_jumpSettle->setSingleShot(true);
    m_jumpSettle->setInterval(300);
    connect(m_jumpSettle, &QTimer::timeout, this, &LogView::finishJump);

    buildToolbars();

    connect(m_source, &Models::LogSource::cleared, m_model, &Models::LogModel::clear);
    connect(m_source, &Models::LogSource::linesArrived, this, [this](const Models::LogBatch &batch) {
        m_stickToBottom = m_follow->isChecked() && atBottom();
        m_model->append(batch);
        m_delegate->setLongestLine(m_model->longestLine());
        if (m_jump)
            m_jumpSettle->start();
        else if (m_stickToBottom)
            m_scroll->start();
    });
    connect(m_source, &Models::LogSource::sourceNamed, this, [this](int index, const QString &name) {
        m_model->setSourceName(index, name);
        m_model->setShowSources(true);
    });
    connect(m_source, &Models::LogSource::containersChanged, this, &LogView::onContainersChanged);
    connect(m_source, &Models::LogSource::stateChanged, this, &LogView::onState);
    connect(m_source, &Models::LogSource::downloadFinished, this, &LogView::downloadFinished);
    connect(m_scroll, &QTimer::timeout, m_view, &QListView::scrollToBottom);

    connect(m_container, &QComboBox::activated, this, &LogView::reload);
    connect(m_previous, &QToolButton::toggled, this, [this](bool on) {
        // A terminated instance writes nothing more: there is nothing to follow.
        m_follow->setEnabled(!on);
        reload();
    });
    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        reload();
        if (on)
            m_view->scrollToBottom();
    });
    connect(m_since, &QComboBox::activated, this, &LogView::reload);
    connect(m_tail, &QComboBox::activated, this, &LogView::reload);
    connect(m_timestamps, &QToolButton::toggled, m_model, &Models::LogModel::setShowTimestamps);
    connect(m_wrap, &QToolButton::toggled, this, [this](bool on) {
        // Wrapped rows differ in height; the batched layout keeps long logs usable.
        m_delegate->setWrap(on);
        m_view->setUniformItemSizes(!on);
        m_view->setLayoutMode(on ? QListView::Batched : QListView::SinglePass);
        m_view->setWordWrap(on);
        m_view->setHorizontalScrollBarPolicy(on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
        m_view->doItemsLayout();
    });
    connect(m_download, &QToolButton::clicked, this, &LogView::chooseDownloadFile);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &LogView::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &LogView::findNext);
    for (QToolButton *option : {m_regex, m_case})
        connect(option, &QToolButton::toggled, this, &LogView::applySearch);
    connect(m_filter, &QToolButton::toggled, this, [this](bool on) {
        const qsizetype line = m_currentRow >= 0 && m_currentRow < m_model->rowCount() ? m_model->lineOfRow(m_currentRow) : -1;
        m_model->setFilterOnly(on);
        m_currentRow = line >= 0 ? m_model->rowOfLine(line) : -1;
        m_delegate->setCurrentRow(m_currentRow);
        if (m_currentRow >= 0)
            m_view->scrollTo(m_model->index(m_currentRow), QAbstractItemView::PositionAtCenter);
    });
    connect(m_findNext, &QToolButton::clicked, this, &LogView::findNext);
    connect(m_findPrevious, &QToolButton::clicked, this, &LogView::findPrevious);
    connect(m_model, &Models::LogModel::matchesChanged, this, &LogView::updateMatchLabel);
    connect(m_model, &Models::LogModel::searchFinished, this, &LogView::updateMatchLabel);

    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this, [this] { findPrevious(); });
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    auto *next = new QShortcut(QKeySequence::FindNext, this, [this] { findNext(); });
    next->setContext(Qt::WidgetWithChildrenShortcut);

    // Last: with a source that knows its containers this opens the log.
    retranslate();
}

LogView::~LogView() = default;

void LogView::buildToolbars()
{
    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(m_container);
    top->addWidget(m_previous);
    top->addWidget(m_follow);
    top->addWidget(m_timestamps);
    top->addWidget(m_wrap);
    top->addSpacing(8);
    top->addWidget(m_sinceLabel);
    top->addWidget(m_since);
    top->addWidget(m_tailLabel);
    top->addWidget(m_tail);
    top->addStretch(1);
    top->addWidget(m_download);

    auto *search = new QHBoxLayout;
    search->setSpacing(4);
    search->addWidget(m_search, 1);
    search->addWidget(m_findPrevious);
    search->addWidget(m_findNext);
    search->addWidget(m_matches);
    search->addWidget(m_regex);
    search->addWidget(m_case);
    search->addWidget(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(search);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
}

void LogView::retranslate()
{
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Show the log of the previous, terminated instance of the container"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Stream new lines as they are written and keep the newest in view"));
    m_timestamps->setText(tr("Timestamps"));
    m_timestamps->setToolTip(tr("Show the time the container runtime recorded for each line"));
    m_wrap->setText(tr("Wrap"));
    m_wrap->setToolTip(tr("Wrap long lines"));
    m_sinceLabel->setText(tr("Since:"));
    m_tailLabel->setText(tr("Lines:"));
    const QStringList since = {tr("all time"), tr("5 minutes"), tr("15 minutes"), tr("1 hour"), tr("6 hours"), tr("24 hours")};
    for (int i = 0; i < since.size(); ++i)
        m_since->setItemText(i, since[i]);
    const QStringList tail = {tr("all"), tr("last 100"), tr("last 1,000"), tr("last 10,000")};
    for (int i = 0; i < tail.size(); ++i)
        m_tail->setItemText(i, tail[i]);
    m_download->setText(tr("Download…"));
    m_download->setToolTip(tr("Save the whole log from the server, not just the lines shown here"));
    m_search->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_findPrevious->setText(tr("Previous match"));
    m_findPrevious->setToolTip(tr("Previous match (Shift+F3)"));
    m_findNext->setText(tr("Next match"));
    m_findNext->setToolTip(tr("Next match (F3, Enter)"));
    m_regex->setText(tr("Regex"));
    m_regex->setToolTip(tr("Treat the search as a regular expression"));
    m_case->setText(tr("Match case"));
    m_filter->setText(tr("Only matches"));
    m_filter->setToolTip(tr("Show only the lines that match the search"));
    m_container->setToolTip(tr("Container"));
    onContainersChanged();
    updateMatchLabel();
    showState();
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogView::onContainersChanged()
{
    const QString chosen = m_container->currentData().toString();
    const bool first = m_container->count() == 0;
    m_container->clear();
    for (const Models::LogContainerChoice &c : m_source->containers())
        m_container->addItem(c.init ? tr("%1 (init)").arg(c.name) : c.name, c.name);
    const int keep = m_container->findData(chosen.isEmpty() ? m_source->defaultContainer() : chosen);
    m_container->setCurrentIndex(std::max(0, keep));
    m_container->setVisible(m_container->count() > 0);
    if (m_jump && m_container->count() > 0)
        applyJump();
    else if (first && m_container->count() > 0)
        reload();
}

void LogView::showLine(const LineJump &jump)
{
    m_jump = jump;
    // Known containers: open now; otherwise when the source names them.
    if (m_container->count() > 0)
        applyJump();
}

void LogView::applyJump()
{
    const QSignalBlocker quietContainer(m_container);
    const QSignalBlocker quietPrevious(m_previous);
    const QSignalBlocker quietFollow(m_follow);
    const int container = m_container->findData(m_jump->container);
    if (container >= 0)
        m_container->setCurrentIndex(container);
    m_previous->setChecked(m_jump->previous);
    // A line to read stays put: new lines would scroll it away.
    m_follow->setChecked(false);
    m_follow->setEnabled(!m_jump->previous);
    reload();
}

// The tail the rules read ended where this log ends (a previous instance
// writes no more), so the line is counted back from the end; a current log
// may have moved on, so the quoted text decides, nearest the end first.
void LogView::finishJump()
{
    if (!m_jump)
        return;
    const LineJump jump = *std::exchange(m_jump, std::nullopt);
    const qsizetype total = m_model->lineCount();
    if (total == 0)
        return;
    qsizetype line = total - std::min<qsizetype>(total, jump.tailLines) + jump.lineNumber - 1;
    const QString quoted = jump.text.trimmed();
    const auto says = [&](qsizetype l) { return l >= 0 && l < total && QString::fromUtf8(m_model->lineText(l)).contains(quoted); };
    if (!quoted.isEmpty() && !says(line)) {
        for (qsizetype l = total - 1; l >= 0; --l) {
            if (says(l)) {
                line = l;
                break;
            }
        }
    }
    line = std::clamp<qsizetype>(line, 0, total - 1);
    const int row = m_model->rowOfLine(line);
    if (row < 0)
        return;
    m_stickToBottom = false;
    selectRow(row);
    Q_EMIT lineShown(line);
}

// The row becomes the current one, centred and marked.
void LogView::selectRow(int row)
{
    m_currentRow = row;
    m_delegate->setCurrentRow(row);
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->viewport()->update();
}

qsizetype LogView::currentLine() const
{
    return m_currentRow >= 0 && m_currentRow < m_model->rowCount() ? m_model->lineOfRow(m_currentRow) : -1;
}

Models::LogRequest LogView::request() const
{
    Models::LogRequest r;
    r.container = m_container->currentData().toString();
    r.previous = m_previous->isChecked();
    r.follow = m_follow->isChecked() && !r.previous;
    r.sinceSeconds = m_since->currentData().toLongLong();
    r.tailLines = m_tail->currentData().toLongLong();
    r.timestamps = m_timestamps->isChecked();
    return r;
}

void LogView::reload()
{
    m_currentRow = -1;
    m_delegate->setCurrentRow(-1);
    m_stickToBottom = true;
    m_source->open(request());
}

void LogView::setFollow(bool follow)
{
    m_follow->setChecked(follow);
}

bool LogView::follow() const
{
    return m_follow->isChecked();
}

bool LogView::atBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void LogView::onState(Models::LogSource::State state, const QString &message)
{
    // A finished read has every line it will have: no need to wait.
    if (m_jump && (state == Models::LogSource::State::Ended || state == Models::LogSource::State::Failed)
        && m_model->lineCount() > 0)
        finishJump();
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    showState();
}

void LogView::showState()
{
    const QString &message = m_stateMessage;
    QString text;
    bool problem = false;
    switch (m_state) {
    case Models::LogSource::State::Reconnecting: text = tr("Reconnecting: %1").arg(message); break;
    case Models::LogSource::State::Failed:
        text = message.isEmpty() ? tr("The log could not be read.") : tr("The log could not be read: %1").arg(message);
        problem = true;
        break;
    case Models::LogSource::State::Ended:
        if (m_follow->isChecked() && !m_previous->isChecked())
            text = tr("The log stream ended (the container stopped or the server closed it).");
        break;
    default: break;
    }
    m_status->setText(text);
    setStatusBox(m_status, problem ? Status::Error : Status::Warning);
    m_status->setVisible(!text.isEmpty());
}

void LogView::setSearchText(const QString &text)
{
    m_search->setText(text);
    applySearch();
}

void LogView::applySearch()
{
    m_searchDelay->stop();
    m_currentRow = -1;
    m_delegate->setCurrentRow(-1);
    m_model->setPattern({m_search->text(), m_regex->isChecked(), m_case->isChecked()});
    if (m_model->patternValid())
        clearStatus(m_search);
    else
        setStatusText(m_search, Status::Error);
    updateMatchLabel();
}

void LogView::updateMatchLabel()
{
    if (m_search->text().isEmpty()) {
        m_matches->clear();
    } else if (!m_model->patternValid()) {
        m_matches->setText(tr("invalid"));
        m_matches->setToolTip(m_model->patternError());
    } else {
        const QLocale locale;
        const int current = m_model->matchIndexOfRow(m_currentRow);
        const QString count = locale.toString(m_model->matchCount()) + (m_model->isSearching() ? QStringLiteral("…") : QString());
        m_matches->setText(m_model->matchCount() == 0 && !m_model->isSearching()
                               ? tr("no matches")
                               : current >= 0 ? tr("%1 of %2").arg(locale.toString(current + 1), count) : tr("%1 matches").arg(count));
        m_matches->setToolTip(QString());
    }
    const bool any = m_model->matchCount() > 0;
    m_findNext->setEnabled(any);
    m_findPrevious->setEnabled(any);
}

void LogView::goToMatch(bool backwards)
{
    if (m_searchDelay->isActive())
        applySearch();
    const int from = m_currentRow >= 0 ? m_currentRow : m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int row = m_model->nextMatchRow(from, backwards);
    if (row < 0)
        return;
    selectRow(row);
    updateMatchLabel();
}

void LogView::findNext()
{
    goToMatch(false);
}

void LogView::findPrevious()
{
    goToMatch(true);
}

void LogView::downloadTo(const QString &filePath)
{
    m_source->download(request(), filePath);
}

void LogView::chooseDownloadFile()
{
    const QString container = m_container->currentData().toString();
    QString name = m_source->title().section(u'/', -1);
    if (!container.isEmpty())
        name += u'-' + container;
    if (m_previous->isChecked())
        name += QStringLiteral("-previous");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save log"), name + QStringLiteral(".log"),
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        downloadTo(path);
}

} // namespace Kaji::Ui
