#include "shortcutoverlay.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

void addMenu(const QMenu *menu, const QString &group, QList<ShortcutOverlay::Entry> &entries, QSet<const QObject *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            // A submenu is a group of its own: "Cluster" under Go.
            addMenu(action->menu(), ShortcutOverlay::plainText(action->text()), entries, seen);
            continue;
        }
        seen.insert(action);
        if (!action->shortcuts().isEmpty() && action->isVisible())
            entries.append({group, ShortcutOverlay::plainText(action->text()), action->shortcuts()});
    }
}

QString groupOf(const QObject *object, const QString &fallback)
{
    const QString group = object->property("shortcutGroup").toString();
    return group.isEmpty() ? fallback : group;
}

} // namespace

ShortcutOverlay::ShortcutOverlay(QWidget *window) : QWidget(window), m_card(new QWidget(this)), m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setAttribute(Qt::WA_StyledBackground, false);
    setFocusPolicy(Qt::StrongFocus);
    m_card->setObjectName(QStringLiteral("shortcutCard"));
    m_card->setAutoFillBackground(true);
    m_scroll->setWidget(m_card);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    window->installEventFilter(this);
    hide();
}

QString ShortcutOverlay::plainText(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral(R"(\(&\w\)|&(?=\S))"));
    QString plain = text;
    plain.remove(mnemonic);
    return plain;
}

QList<ShortcutOverlay::Entry> ShortcutOverlay::collect(const QWidget *window)
{
    QList<Entry> entries;
    QSet<const QObject *> seen;
    if (const auto *main = qobject_cast<const QMainWindow *>(window); main && main->menuWidget()) {
        for (QAction *top : main->menuWidget()->actions()) {
            if (top->menu())
                addMenu(top->menu(), plainText(top->text()), entries, seen);
        }
    }
    const QString general = tr("General");
    for (QAction *action : window->actions()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty())
            entries.append({groupOf(action, general), plainText(action->text()), action->shortcuts()});
        seen.insert(action);
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        seen.insert(action);
        const auto *owner = qobject_cast<const QWidget *>(action->parent());
        const QString fallback = owner && !owner->accessibleName().isEmpty() ? owner->accessibleName() : general;
        entries.append({groupOf(action, fallback), plainText(action->text()), action->shortcuts()});
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->whatsThis().isEmpty() || shortcut->key().isEmpty())
            continue;
        entries.append({groupOf(shortcut, general), shortcut->whatsThis(), shortcut->keys()});
    }
    return entries;
}

void ShortcutOverlay::open()
{
    m_entries = collect(parentWidget());
    rebuild();
    setGeometry(parentWidget()->rect());
    placeCard();
    show();
    raise();
    setFocus(Qt::ShortcutFocusReason);
}

void ShortcutOverlay::rebuild()
{
    delete m_card->layout();
    qDeleteAll(m_card->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));

    // Groups in the order first met, which is the menu bar's.
    QStringList groups;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!groups.contains(entry.group))
            groups.append(entry.group);
    }
    const int columns = parentWidget()->width() >= 1100 ? 3 : 2;
    auto *outer = new QVBoxLayout(m_card);
    outer->setContentsMargins(24, 18, 24, 18);
    outer->setSpacing(12);
    auto *title = new QLabel(tr("Keyboard shortcuts"), m_card);
    title->setObjectName(QStringLiteral("shortcutTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    auto *hint = new QLabel(tr("Press ? or Esc to close. The command palette (%1) runs the same commands by name.")
                                .arg(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)),
                            m_card);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(title);
    outer->addWidget(hint);

    auto *grid = new QHBoxLayout;
    grid->setSpacing(28);
    outer->addLayout(grid, 1);
    QList<QGridLayout *> columnLayouts;
    QList<int> heights;
    for (int c = 0; c < columns; ++c) {
        auto *column = new QGridLayout;
        column->setHorizontalSpacing(12);
        column->setVerticalSpacing(5);
        column->setColumnStretch(1, 1);
        auto *holder = new QVBoxLayout;
        holder->addLayout(column);
        holder->addStretch(1);
        grid->addLayout(holder, 1);
        columnLayouts.append(column);
        heights.append(0);
    }
    for (const QString &group : std::as_const(groups)) {
        QList<const Entry *> rows;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.group == group)
                rows.append(&entry);
        }
        // Each group goes to the shortest column, so they come out even.
        const int c = int(std::min_element(heights.cbegin(), heights.cend()) - heights.cbegin());
        QGridLayout *column = columnLayouts.at(c);
        int row = column->rowCount();
        auto *header = new QLabel(group, m_card);
        QFont headerFont = header->font();
        headerFont.setBold(true);
        header->setFont(headerFont);
        header->setContentsMargins(0, row > 1 ? 10 : 0, 0, 2);
        column->addWidget(header, row++, 0, 1, 2);
        for (const Entry *entry : std::as_const(rows)) {
            // One key cap per sequence: "?" and "F1" read as two ways.
            auto *keys = new QHBoxLayout;
            keys->setSpacing(4);
            for (const QKeySequence &key : entry->keys) {
                auto *cap = new QLabel(key.toString(QKeySequence::NativeText), m_card);
                cap->setObjectName(QStringLiteral("shortcutKeys"));
                cap->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px;"
                                                  " padding: 1px 6px; background: palette(button); }"));
                keys->addWidget(cap);
            }
            keys->addStretch(1);
            auto *text = new QLabel(entry->text, m_card);
            text->setObjectName(QStringLiteral("shortcutText"));
            column->addLayout(keys, row, 0);
            column->addWidget(text, row++, 1);
        }
        heights[c] += int(rows.size()) + 2;
    }
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(parentWidget()->rect());
        placeCard();
    }
    return QWidget::eventFilter(watched, event);
}

void ShortcutOverlay::placeCard()
{
    // As wide as the columns need, centred, scrolling only when the window
    // is too short for the list.
    const int width = std::min(this->width() - 48, std::max(640, m_card->sizeHint().width() + 4));
    const int height = std::min(this->height() - 48, m_card->heightForWidth(width - 4) > 0
                                                          ? m_card->heightForWidth(width - 4) + 4
                                                          : m_card->sizeHint().height() + 4);
    m_scroll->setGeometry((this->width() - width) / 2, (this->height() - height) / 2, width, height);
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // Dimmed the same way in both themes: the card stands out from it.
    painter.fillRect(rect(), QColor(0, 0, 0, 110));
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->text() == QLatin1String("?")) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *)
{
    hide();
}

} // namespace Kaji::Ui
