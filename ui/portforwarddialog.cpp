#include "portforwarddialog.h"
#include "style/statusbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Kaji::Ui {

using Models::PortForwarder;

PortForwardDialog::PortForwardDialog(PortForwarder *forwarder, Models::PortForwardRequest target, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
    , m_remote(new QComboBox(this))
    , m_local(new QSpinBox(this))
    , m_address(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_reopen(new QCheckBox(tr("Reopen when Kaji starts"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("portForwardDialog"));
    setWindowTitle(tr("Port forward"));
    m_remote->setObjectName(QStringLiteral("remotePort"));
    m_remote->setEditable(true);
    m_local->setObjectName(QStringLiteral("localPort"));
    m_local->setRange(1, 65535);
    m_address->setObjectName(QStringLiteral("bindAddress"));
    m_address->setEditable(true);
    // Loopback first: anything else exposes the pod to the network.
    m_address->addItems({QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("0.0.0.0")});
    if (!m_target.address.isEmpty())
        m_address->setCurrentText(m_target.address);
    m_warning->setObjectName(QStringLiteral("addressWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("Other machines on your network will be able to reach this port."));
    setStatusText(m_warning, Status::Warning);
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));

    auto *form = new QFormLayout;
    form->addRow(tr("Target:"), new QLabel(m_target.namespaceName + u'/' + m_target.target(), this));
    form->addRow(tr("Remote port:"), m_remote);
    form->addRow(tr("Local port:"), m_local);
    form->addRow(tr("Listen on:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_reopen->setObjectName(QStringLiteral("reopenOnStart"));
    layout->addWidget(m_reopen);
    layout->addWidget(m_warning);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QComboBox::currentTextChanged, this, &PortForwardDialog::updateWarning);
    connect(m_remote, &QComboBox::currentIndexChanged, this, &PortForwardDialog::proposeLocalPort);
    connect(forwarder, &PortForwarder::portsFound, this, &PortForwardDialog::onPortsFound);
    if (!m_target.remotePort.isEmpty())
        m_remote->setEditText(m_target.remotePort);
    m_status->setText(tr("Looking up the ports of %1…").arg(m_target.target()));
    proposeLocalPort();
    updateWarning();
    forwarder->queryPorts(m_target);
}

void PortForwardDialog::onPortsFound(const Models::PortForwardRequest &target,
                                     const QList<Models::PortForwardPort> &ports, const QString &error)
{
    if (target.context != m_target.context || target.namespaceName != m_target.namespaceName
        || target.target() != m_target.target())
        return;
    if (!error.isEmpty()) {
        m_status->setText(tr("Could not list the ports: %1").arg(error));
        return;
    }
    m_status->clear();
    const QString preset = m_remote->currentText();
    m_remote->clear();
    for (const Models::PortForwardPort &port : ports) {
        const QString label = port.name.isEmpty() ? QStringLiteral("%1 (%2)").arg(port.number).arg(port.owner)
                                                  : QStringLiteral("%1 %2 (%3)").arg(port.number).arg(port.name, port.owner);
        m_remote->addItem(label, port.number);
    }
    if (!preset.isEmpty() && m_target.remotePort == preset)
        m_remote->setEditText(preset);
    if (ports.isEmpty())
        m_status->setText(tr("%1 declares no ports; type the port to forward.").arg(m_target.target()));
    proposeLocalPort();
}

void PortForwardDialog::proposeLocalPort()
{
    // The same number as the remote port when it is free and unprivileged,
    // as people expect; otherwise any free one.
    const quint16 remote = quint16(m_remote->currentText().section(u' ', 0, 0).toUInt());
    const quint16 local = PortForwarder::freeLocalPort(m_address->currentText(), remote > 1024 ? remote : 0);
    if (local)
        m_local->setValue(local);
}

void PortForwardDialog::updateWarning()
{
    m_warning->setVisible(!PortForwarder::isLoopback(m_address->currentText()));
}

Models::PortForwardRequest PortForwardDialog::request() const
{
    Models::PortForwardRequest r = m_target;
    r.remotePort = m_remote->currentText().section(u' ', 0, 0);
    r.localPort = quint16(m_local->value());
    r.address = m_address->currentText().trimmed();
    r.reopenOnStart = m_reopen->isChecked();
    return r;
}

} // namespace Kaji::Ui
