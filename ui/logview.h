#pragma once

#include "logsource.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

// GUI thread.
namespace Kaji::Models {
class LogModel;
}

namespace Kaji::Ui {

class LogLineDelegate;

// The log viewer for the bottom dock: one pod's (or a merged workload's)
// log from a LogSource, with a container picker (init containers too),
// previous instance, follow (keeps the newest line in view while the user
// is at the bottom), timestamps, wrapping, since/tail, search with
// next/previous, regex, case and filter-only, and a download of the whole
// log from the server. Takes ownership of a parentless `source`.
class LogView : public QWidget {
    Q_OBJECT
public:
    // A line quoted by a diagnosis: numbered within the last `tailLines`
    // lines of the log as they were read then.
    struct LineJump {
        QString container;
        bool previous = false;
        int lineNumber = 0; // 1-based
        int tailLines = 0;
        QString text; // what the line said, to find it again if the log moved on
    };

    explicit LogView(Models::LogSource *source, QWidget *parent = nullptr);
    ~LogView() override;

    Models::LogModel *model() const { return m_model; }
    Models::LogSource *source() const { return m_source; }
    QListView *view() const { return m_view; }

    void setFollow(bool follow);
    bool follow() const;
    void setSearchText(const QString &text);
    void findNext();
    void findPrevious();
    // Re-reads the log with the toolbar's settings.
    void reload();
    // Saves the whole log of the current container to `filePath`.
    void downloadTo(const QString &filePath);
    // Opens that container's log (previous instance or current, without
    // follow) and selects the line, once it has loaded.
    void showLine(const LineJump &jump);
    // The line (0-based, in the whole loaded log) selected by a search or a
    // jump, or -1.
    qsizetype currentLine() const;

Q_SIGNALS:
    void lineShown(qsizetype line);

    void downloadFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildToolbars();
    void onContainersChanged();
    void onState(Models::LogSource::State state, const QString &message);
    void showState();
    void applySearch();
    void updateMatchLabel();
    void goToMatch(bool backwards);
    void chooseDownloadFile();
    bool atBottom() const;
    Models::LogRequest request() const;
    void selectRow(int row);
    void applyJump();
    void finishJump();

    Models::LogSource *m_source;
    Models::LogModel *m_model;
    LogLineDelegate *m_delegate;
    QListView *m_view;
    QComboBox *m_container;
    QToolButton *m_previous;
    QToolButton *m_follow;
    QToolButton *m_timestamps;
    QToolButton *m_wrap;
    QLabel *m_sinceLabel;
    QComboBox *m_since;
    QLabel *m_tailLabel;
    QComboBox *m_tail;
    QToolButton *m_download;
    QLineEdit *m_search;
    QToolButton *m_findPrevious;
    QToolButton *m_findNext;
    QToolButton *m_regex;
    QToolButton *m_case;
    QToolButton *m_filter;
    QLabel *m_matches;
    QLabel *m_status;
    QTimer *m_searchDelay;
    QTimer *m_scroll;
    QTimer *m_jumpSettle; // the jump resolves once the lines stop arriving
    std::optional<LineJump> m_jump;
    bool m_stickToBottom = true;
    int m_currentRow = -1;
    Models::LogSource::State m_state = Models::LogSource::State::Idle;
    QString m_stateMessage;
};

} // namespace Kaji::Ui
