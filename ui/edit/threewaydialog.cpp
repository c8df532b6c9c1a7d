#include "threewaydialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Kaji::Ui {
namespace {

QString valueText(const nlohmann::json &value, bool present, bool masked)
{
    if (!present)
        return ThreeWayDialog::tr("(absent)");
    if (masked)
        return QStringLiteral("••••••");
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

} // namespace

ThreeWayDialog::ThreeWayDialog(const QList<Models::ThreeWayField> &fields, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_table(new QTableWidget(this))
    , m_reveal(new QCheckBox(tr("Show secret values"), this))
{
    setWindowTitle(tr("Changed on the server too"));
    setObjectName(QStringLiteral("threeWayDialog"));
    // Real conflicts first: they are what the user must decide about.
    std::stable_sort(m_fields.begin(), m_fields.end(),
        [](const auto &a, const auto &b) { return a.changedOnServer && !b.changedOnServer; });
    auto *intro = new QLabel(tr("While you edited, someone else changed fields you changed too (marked). Nothing was "
                                "saved. Save your values over theirs, or go back to editing."),
        this);
    intro->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("When opened"), tr("On the server now"), tr("Yours") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reveal->setVisible(std::any_of(m_fields.cbegin(), m_fields.cend(), [](const auto &f) { return f.secretValue; }));
    connect(m_reveal, &QCheckBox::toggled, this, &ThreeWayDialog::fill);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mine = buttons->addButton(tr("Save mine over theirs"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("threeWayKeepMine"));
    buttons->addButton(tr("Back to editing"), QDialogButtonBox::RejectRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(buttons);
    fill();
    resize(760, 360);
}

void ThreeWayDialog::fill()
{
    m_table->setRowCount(int(m_fields.size()));
    const bool reveal = m_reveal->isChecked();
    for (int row = 0; row < m_fields.size(); ++row) {
        const Models::ThreeWayField &field = m_fields[row];
        const bool masked = field.secretValue && !reveal;
        const QStringList cells { field.path, valueText(field.shown, field.hasShown, masked),
            valueText(field.live, field.hasLive, masked), valueText(field.mine, field.hasMine, masked) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (field.changedOnServer) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("Changed on the server and by you"));
            }
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace Kaji::Ui
