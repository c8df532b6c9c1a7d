#include "namespacepicker.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace Kaji::Ui {
namespace {

constexpr int AddedRole = Qt::UserRole + 1;

// What a namespace name may be (an RFC 1123 label), so typos are caught
// before they turn into a watch the server refuses.
const QRegularExpression &namespacePattern()
{
    static const QRegularExpression pattern(QStringLiteral("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?"));
    return pattern;
}

} // namespace

NamespacePicker::NamespacePicker(QWidget *parent)
    : QToolButton(parent), m_panel(new QWidget(this)), m_search(new QLineEdit(m_panel)), m_all(new QCheckBox(m_panel)),
      m_list(new QListWidget(m_panel)), m_note(new QLabel(m_panel)), m_addName(new QLineEdit(m_panel)),
      m_add(new QPushButton(m_panel))
{
    setObjectName(QStringLiteral("namespacePicker"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_search->setObjectName(QStringLiteral("namespaceSearch"));
    m_search->setClearButtonEnabled(true);
    m_all->setObjectName(QStringLiteral("allNamespaces"));
    m_list->setObjectName(QStringLiteral("namespaceList"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setMinimumHeight(220);
    m_note->setObjectName(QStringLiteral("namespaceNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_addName->setObjectName(QStringLiteral("namespaceAddName"));
    m_addName->setValidator(new QRegularExpressionValidator(namespacePattern(), m_addName));
    m_add->setObjectName(QStringLiteral("namespaceAdd"));

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addName, 1);
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_search);
    layout->addWidget(m_all);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addLayout(addRow);
    m_panel->setMinimumWidth(300);

    auto *menu = new QMenu(this);
    auto *holder = new QWidgetAction(menu);
    holder->setDefaultWidget(m_panel);
    menu->addAction(holder);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        m_search->clear();
        m_search->setFocus();
    });

    connect(m_search, &QLineEdit::textChanged, this, &NamespacePicker::applyFilter);
    connect(m_all, &QCheckBox::toggled, this, &NamespacePicker::onAllToggled);
    connect(m_list, &QListWidget::itemChanged, this, &NamespacePicker::onItemChanged);
    connect(m_list, &QWidget::customContextMenuRequested, this, &NamespacePicker::showItemMenu);
    connect(m_add, &QPushButton::clicked, this, &NamespacePicker::addTyped);
    connect(m_addName, &QLineEdit::returnPressed, this, &NamespacePicker::addTyped);
    connect(m_addName, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(namespacePattern().match(text).hasMatch()); });
    m_add->setEnabled(false);
    retranslate();
}

void NamespacePicker::setNamespaces(const QStringList &listed, const QStringList &added)
{
    if (listed == m_listed && added == m_added)
        return;
    m_listed = listed;
    m_added = added;
    rebuildList();
}

void NamespacePicker::setSelection(const QStringList &selected)
{
    m_selection = selected;
    m_selection.sort();
    rebuildList();
}

void NamespacePicker::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void NamespacePicker::rebuildList()
{
    m_updating = true;
    QStringList names = m_listed;
    for (const QString &name : std::as_const(m_added)) {
        if (!names.contains(name))
            names.append(name);
    }
    // A chosen namespace stays visible even while the list lacks it
    // (not listed yet, or the user may not list namespaces).
    for (const QString &name : std::as_const(m_selection)) {
        if (!names.contains(name))
            names.append(name);
    }
    names.sort();
    m_list->clear();
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_list);
        const bool added = m_added.contains(name) && !m_listed.contains(name);
        item->setData(AddedRole, added);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_selection.contains(name) ? Qt::Checked : Qt::Unchecked);
        if (added) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setToolTip(tr("Added by you; right-click to forget it"));
        }
    }
    m_all->setChecked(m_selection.isEmpty());
    applyFilter(m_search->text());
    m_updating = false;
    updateText();
}

void NamespacePicker::applyFilter(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void NamespacePicker::onItemChanged(QListWidgetItem *item)
{
    if (m_updating)
        return;
    QStringList selected = m_selection;
    if (item->checkState() == Qt::Checked && !selected.contains(item->text()))
        selected.append(item->text());
    else if (item->checkState() != Qt::Checked)
        selected.removeAll(item->text());
    setSelectionAndNotify(selected);
}

void NamespacePicker::onAllToggled(bool all)
{
    if (m_updating)
        return;
    if (all) {
        setSelectionAndNotify({});
    } else if (m_selection.isEmpty()) {
        // "All" cannot be unticked into nothing: tick a namespace instead.
        m_updating = true;
        m_all->setChecked(true);
        m_updating = false;
    }
}

void NamespacePicker::addTyped()
{
    const QString name = m_addName->text().trimmed();
    if (!namespacePattern().match(name).hasMatch())
        return;
    m_addName->clear();
    if (!m_added.contains(name) && !m_listed.contains(name)) {
        m_added.append(name);
        Q_EMIT namespaceAdded(name);
    }
    QStringList selected = m_selection;
    if (!selected.contains(name))
        selected.append(name);
    setSelectionAndNotify(selected);
}

void NamespacePicker::showItemMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item || !item->data(AddedRole).toBool())
        return;
    const QString name = item->text();
    QMenu menu(this);
    QAction *forget = menu.addAction(tr("Forget namespace %1").arg(name));
    if (menu.exec(m_list->viewport()->mapToGlobal(pos)) != forget)
        return;
    m_added.removeAll(name);
    Q_EMIT namespaceForgotten(name);
    QStringList selected = m_selection;
    selected.removeAll(name);
    setSelectionAndNotify(selected);
}

void NamespacePicker::setSelectionAndNotify(const QStringList &selected)
{
    QStringList sorted = selected;
    sorted.sort();
    const bool changed = sorted != m_selection;
    setSelection(sorted);
    if (changed)
        Q_EMIT selectionChanged(m_selection);
}

void NamespacePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void NamespacePicker::retranslate()
{
    m_search->setPlaceholderText(tr("Find a namespace…"));
    m_all->setText(tr("All namespaces"));
    m_addName->setPlaceholderText(tr("Add a namespace by name"));
    m_add->setText(tr("Add"));
    setToolTip(tr("Namespaces shown in the tables"));
    updateText();
}

void NamespacePicker::updateText()
{
    if (m_selection.isEmpty())
        setText(tr("Namespaces: all"));
    else if (m_selection.size() <= 2)
        setText(tr("Namespaces: %1").arg(m_selection.join(QStringLiteral(", "))));
    else
        setText(tr("Namespaces: %n selected", nullptr, int(m_selection.size())));
}

} // namespace Kaji::Ui
