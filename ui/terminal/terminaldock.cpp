#include "terminaldock.h"

#include "terminal/terminalchannel.h"
#include "terminalwidget.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFontDatabase>
#include <QFontDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kaji::Ui {

namespace {

// Which channel a tab talks to, and whether it still runs, kept on the
// terminal itself so a tab moved or closed takes its state along.
const char *const ChannelProperty = "kajiTerminalChannel";
const char *const RunningProperty = "kajiTerminalRunning";

Models::TerminalChannel *channelOf(const QWidget *terminal)
{
    return terminal ? qobject_cast<Models::TerminalChannel *>(terminal->property(ChannelProperty).value<QObject *>()) : nullptr;
}

} // namespace

TerminalDock::TerminalDock(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_empty(new QLabel), m_tabs(new QTabWidget), m_fontButton(new QToolButton)
{
    setObjectName(QStringLiteral("terminalDock"));
    m_empty->setObjectName(QStringLiteral("noTerminals"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("terminalTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_fontButton->setObjectName(QStringLiteral("terminalFontButton"));
    m_fontButton->setAutoRaise(true);
    m_tabs->setCornerWidget(m_fontButton, Qt::TopRightCorner);
    connect(m_fontButton, &QToolButton::clicked, this, &TerminalDock::chooseFont);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TerminalDock::requestClose);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget *w = m_tabs->widget(index))
            w->setFocus();
    });
    retranslate();
    showEmptyOrTabs();
}

TerminalDock::~TerminalDock()
{
    // Sessions end with the window.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (Models::TerminalChannel *c = channelOf(m_tabs->widget(i)))
            c->close();
    }
}

TerminalWidget *TerminalDock::openSession(const QString &title, Models::TerminalChannel *channel)
{
    auto *terminal = new TerminalWidget;
    if (m_hasFont)
        terminal->setTerminalFont(m_font);
    const int index = m_tabs->addTab(terminal, title);
    m_tabs->setTabToolTip(index, title);
    connect(terminal, &TerminalWidget::restartRequested, this, [this, terminal] {
        Q_EMIT restartRequested(terminal, m_tabs->tabText(m_tabs->indexOf(terminal)));
    });
    attach(terminal, channel);
    showEmptyOrTabs();
    m_tabs->setCurrentIndex(index);
    terminal->setFocus();
    Q_EMIT countChanged(count());
    return terminal;
}

void TerminalDock::restartSession(TerminalWidget *terminal, Models::TerminalChannel *channel)
{
    if (m_tabs->indexOf(terminal) < 0) {
        delete channel;
        return;
    }
    if (Models::TerminalChannel *old = channelOf(terminal)) {
        old->disconnect(terminal);
        old->disconnect(this);
        terminal->disconnect(old);
        old->close();
        old->deleteLater();
    }
    terminal->setRunning();
    attach(terminal, channel);
}

void TerminalDock::attach(TerminalWidget *terminal, Models::TerminalChannel *channel)
{
    channel->setParent(terminal);
    terminal->setProperty(ChannelProperty, QVariant::fromValue<QObject *>(channel));
    terminal->setProperty(RunningProperty, true);
    connect(channel, &Models::TerminalChannel::received, terminal, &TerminalWidget::feed);
    connect(channel, &Models::TerminalChannel::ended, this, [this, terminal](const QString &why) { ended(terminal, why); });
    connect(terminal, &TerminalWidget::input, channel, &Models::TerminalChannel::write);
    connect(terminal, &TerminalWidget::sizeChanged, channel, &Models::TerminalChannel::resize);
    connect(terminal, &TerminalWidget::backlogFull, channel, &Models::TerminalChannel::setPaused);
    const int index = m_tabs->indexOf(terminal);
    m_tabs->tabBar()->setTabTextColor(index, QColor());
    channel->resize(terminal->columns(), terminal->rows());
}

void TerminalDock::ended(TerminalWidget *terminal, const QString &why)
{
    const int index = m_tabs->indexOf(terminal);
    if (index < 0)
        return;
    // Output still queued keeps being parsed in slices (not all at once
    // here: that could freeze the window); the message shows below it.
    terminal->setProperty(RunningProperty, false);
    terminal->setFinished(why.isEmpty() ? tr("The session ended.") : why);
    m_tabs->tabBar()->setTabTextColor(index, palette().color(QPalette::Disabled, QPalette::WindowText));
}

void TerminalDock::requestClose(int index)
{
    auto *terminal = qobject_cast<TerminalWidget *>(m_tabs->widget(index));
    if (!terminal)
        return;
    if (!isRunning(index)) {
        closeNow(terminal);
        return;
    }
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Close terminal"),
        tr("The session in %1 is still running. Closing the tab ends it.").arg(m_tabs->tabText(index)),
        QMessageBox::NoButton, this);
    ask->setObjectName(QStringLiteral("closeRunningTerminal"));
    ask->addButton(tr("End session"), QMessageBox::AcceptRole);
    ask->addButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<TerminalWidget> guarded(terminal);
    connect(ask, &QMessageBox::buttonClicked, this, [this, ask, guarded](QAbstractButton *button) {
        if (ask->buttonRole(button) == QMessageBox::AcceptRole && guarded)
            closeNow(guarded);
    });
    ask->open();
}

void TerminalDock::closeNow(TerminalWidget *terminal)
{
    if (Models::TerminalChannel *c = channelOf(terminal)) {
        c->disconnect(this);
        c->close();
    }
    m_tabs->removeTab(m_tabs->indexOf(terminal));
    terminal->deleteLater();
    showEmptyOrTabs();
    Q_EMIT countChanged(count());
}

int TerminalDock::count() const
{
    return m_tabs->count();
}

TerminalWidget *TerminalDock::terminal(int index) const
{
    return qobject_cast<TerminalWidget *>(m_tabs->widget(index));
}

Models::TerminalChannel *TerminalDock::channel(int index) const
{
    return channelOf(m_tabs->widget(index));
}

bool TerminalDock::isRunning(int index) const
{
    const QWidget *w = m_tabs->widget(index);
    return w && w->property(RunningProperty).toBool();
}

void TerminalDock::setTerminalFont(const QFont &font)
{
    m_font = font;
    m_hasFont = true;
    for (int i = 0; i < m_tabs->count(); ++i)
        terminal(i)->setTerminalFont(font);
}

void TerminalDock::showEmptyOrTabs()
{
    m_stack->setCurrentWidget(m_tabs->count() ? static_cast<QWidget *>(m_tabs) : m_empty);
}

void TerminalDock::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void TerminalDock::chooseFont()
{
    const QFont current = m_hasFont ? m_font : QFontDatabase::systemFont(QFontDatabase::FixedFont);
    bool ok = false;
    const QFont font = QFontDialog::getFont(&ok, current, this, tr("Terminal font"), QFontDialog::MonospacedFonts);
    if (!ok)
        return;
    setTerminalFont(font);
    Q_EMIT fontChosen(font);
}

void TerminalDock::retranslate()
{
    m_fontButton->setText(tr("Font…"));
    m_fontButton->setToolTip(tr("Choose the terminal's font (fixed-width fonts only); every tab uses it"));
    m_empty->setText(tr("Open a shell from a pod's menu or the details panel: each session gets a tab here."));
}

} // namespace Kaji::Ui
