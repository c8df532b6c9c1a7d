#pragma once

#include "portforwarder.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

// GUI thread.
namespace Kaji::Models {
class PortForwardModel;
}

namespace Kaji::Ui {

// The port-forwards of this Kaji: what each points at, where it listens,
// its state, connections and bytes, with Stop, Restart, Remove, Open in
// browser and Copy address for the selected one.
class PortForwardsPane : public QWidget {
    Q_OBJECT
public:
    // `forwarder` must outlive the pane.
    explicit PortForwardsPane(Models::PortForwarder *forwarder, QWidget *parent = nullptr);

    // Asks the user where to forward `target` (context, namespace, kind,
    // name; its port may be preset) and starts it; returns the session id,
    // or 0 when cancelled.
    int requestForward(const Models::PortForwardRequest &target);

    // Opens URLs (default: QDesktopServices); tests and sandboxes replace it.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    QTableView *view() const { return m_view; }
    Models::PortForwardModel *model() const { return m_model; }

Q_SIGNALS:
    void forwardStarted(int id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    int selectedId() const;

    Models::PortForwarder *m_forwarder;
    Models::PortForwardModel *m_model;
    QLabel *m_title;
    QLabel *m_empty;
    QTableView *m_view;
    QPushButton *m_stop;
    QPushButton *m_restart;
    QPushButton *m_remove;
    QPushButton *m_open;
    QPushButton *m_copy;
    std::function<void(const QUrl &)> m_openUrl;
};

} // namespace Kaji::Ui
