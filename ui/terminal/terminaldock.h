#pragma once

#include <QFont>
#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Kaji::Models {
class TerminalChannel;
}

// GUI thread.
namespace Kaji::Ui {

class TerminalWidget;

// The content of the Terminal dock: one tab per session (titled
// "pod/container"), alive while the user moves between views, panes and
// contexts. Closing a tab ends its session, after asking while it runs.
class TerminalDock : public QWidget {
    Q_OBJECT
public:
    explicit TerminalDock(QWidget *parent = nullptr);
    ~TerminalDock() override;

    // Opens a tab on `channel` (the dock owns it from now on) and makes it
    // current; the channel hears the terminal's size at once.
    TerminalWidget *openSession(const QString &title, Models::TerminalChannel *channel);
    // A fresh channel for a finished tab (its Restart): the screen stays,
    // keys go to the new session.
    void restartSession(TerminalWidget *terminal, Models::TerminalChannel *channel);
    // Ends and removes a tab; asks first while its session still runs.
    void requestClose(int index);

    int count() const;
    TerminalWidget *terminal(int index) const;
    Models::TerminalChannel *channel(int index) const;
    bool isRunning(int index) const;
    QTabWidget *tabs() const { return m_tabs; }
    void setTerminalFont(const QFont &font);
    // Asks for a fixed-width font (the tabs' corner button) and, when one
    // is chosen, uses it in every tab and says so with fontChosen().
    void chooseFont();

Q_SIGNALS:
    // The user asked to restart a finished session (context menu); answer
    // with restartSession().
    void restartRequested(Ui::TerminalWidget *terminal, const QString &title);
    void countChanged(int count);
    // The user picked this font; app/ remembers it in the settings.
    void fontChosen(const QFont &font);

protected:
    void changeEvent(QEvent *event) override;

private:
    void attach(TerminalWidget *terminal, Models::TerminalChannel *channel);
    void ended(TerminalWidget *terminal, const QString &why);
    void closeNow(TerminalWidget *terminal);
    void retranslate();
    void showEmptyOrTabs();

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    QToolButton *m_fontButton;
    QFont m_font;
    bool m_hasFont = false;
};

} // namespace Kaji::Ui
