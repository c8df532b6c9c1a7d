#include "kindpicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Kaji::Ui {
namespace {

QString apiVersionOf(const Kube::ApiResource &r)
{
    return r.group.isEmpty() ? r.version : r.group + u'/' + r.version;
}

} // namespace

KindPicker::KindPicker(const QList<Kube::ApiResource> &kinds, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("kindPicker"));
    setWindowTitle(tr("New resource"));
    // Only kinds a manifest can create: subresources and read-only kinds
    // (reviews, events' aggregates) are left out.
    for (const Kube::ApiResource &r : kinds) {
        if (r.allows(QStringLiteral("create")) && r.allows(QStringLiteral("patch")) && !r.resource.contains(u'/'))
            m_kinds.append(r);
    }
    std::sort(m_kinds.begin(), m_kinds.end(), [](const Kube::ApiResource &a, const Kube::ApiResource &b) {
        return std::pair(a.kind, a.group) < std::pair(b.kind, b.group);
    });
    m_filter->setObjectName(QStringLiteral("kindPickerFilter"));
    m_filter->setPlaceholderText(tr("Filter kinds (Deployment, cm, apps…)"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("kindPickerList"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create template"));
    auto *note = new QLabel(tr("The template holds the fields the cluster's schema requires; fill them in, then dry "
                               "run or apply."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &KindPicker::refilter);
    refilter();
    resize(420, 480);
}

void KindPicker::refilter()
{
    const QString typed = m_filter->text().trimmed();
    m_list->clear();
    for (int i = 0; i < m_kinds.size(); ++i) {
        const Kube::ApiResource &r = m_kinds[i];
        const bool match = typed.isEmpty() || r.kind.contains(typed, Qt::CaseInsensitive)
            || r.group.contains(typed, Qt::CaseInsensitive) || r.resource.startsWith(typed, Qt::CaseInsensitive)
            || r.shortNames.contains(typed, Qt::CaseInsensitive);
        if (!match)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1  ·  %2").arg(r.kind, apiVersionOf(r)), m_list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(r.namespaced ? tr("Namespaced") : tr("Cluster-scoped"));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool KindPicker::select(const QString &resourceId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_kinds[m_list->item(row)->data(Qt::UserRole).toInt()].id() == resourceId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

std::optional<Kube::ApiResource> KindPicker::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return m_kinds.at(item->data(Qt::UserRole).toInt());
}

} // namespace Kaji::Ui
