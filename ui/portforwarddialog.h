#pragma once

#include "portforwarder.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

// GUI thread.
namespace Kaji::Ui {

// Where to forward a target: its ports (asked from the cluster, the first
// one proposed), a free local port, and the address to listen on, loopback
// unless the user picks another, with a warning when it is not.
class PortForwardDialog : public QDialog {
    Q_OBJECT
public:
    PortForwardDialog(Models::PortForwarder *forwarder, Models::PortForwardRequest target, QWidget *parent = nullptr);

    Models::PortForwardRequest request() const;

private:
    void onPortsFound(const Models::PortForwardRequest &target, const QList<Models::PortForwardPort> &ports,
                      const QString &error);
    void proposeLocalPort();
    void updateWarning();

    Models::PortForwardRequest m_target;
    QComboBox *m_remote;
    QSpinBox *m_local;
    QComboBox *m_address;
    QLabel *m_status;
    QLabel *m_warning;
    QCheckBox *m_reopen;
    QDialogButtonBox *m_buttons;
};

} // namespace Kaji::Ui
