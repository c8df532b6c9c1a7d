#pragma once

#include <QWidget>

class QAbstractScrollArea;
class QLabel;
class QPushButton;

// GUI thread.
namespace Kaji::Ui {

// Says, inside an empty view, why it is empty and what to do about it: no
// objects of the kind, a filter hiding rows, a refused permission (whose,
// for what), a connection that failed (what was tried, when it retries).
// Lies over the view's viewport and hides itself when the view has rows.
class EmptyStateOverlay : public QWidget {
    Q_OBJECT
public:
    // What a table knows about its data (the connection's word for it).
    enum class DataState { Live, Loading, Forbidden, Reconnecting, Failed, Disconnected };
    enum class Action { None, ClearFilter };
    struct Facts {
        QString kind; // the pane's title: "Pods", "Deployments"
        int total = 0; // rows the model holds
        int shown = 0; // rows left after the filter and the namespaces
        QString filter; // the filter box's text
        QStringList namespaces; // the namespaces chosen, empty: all
        DataState state = DataState::Live;
        QString message; // the server's or the connection's words
    };
    struct Text {
        QString title; // empty: nothing to say, the overlay hides
        QString detail;
        Action action = Action::None;
    };
    // Pure: the words for a state, so they can be tested without a view.
    static Text describe(const Facts &facts);

    explicit EmptyStateOverlay(QAbstractScrollArea *view);
    void present(const Facts &facts);
    QString title() const;
    QString detail() const;

Q_SIGNALS:
    void clearFilterRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_action;
    QWidget *m_viewport;
};

} // namespace Kaji::Ui
