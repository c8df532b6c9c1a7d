#include "theme.h"

#include "style/statuscolours.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace Kaji::App {
namespace {

struct Tones {
    QColor window, base, alternateBase, text, placeholder, button, mid, midlight, light, dark, shadow;
    QColor highlight, highlightedText, inactiveHighlight, inactiveHighlightedText, link, linkVisited;
    QColor disabledText, toolTipBase;
};

// Cool greys with one blue accent. Text on Base is well above WCAG AA in
// both; selection is the accent with white text when focused and a quiet
// slate when not, so the focused list is the obvious one. The unfocused
// selection keeps white text: delegates that paint their own text take
// HighlightedText from the active group.
Tones lightTones()
{
    return {QColor(0xf3, 0xf4, 0xf6), Qt::white, QColor(0xf6, 0xf8, 0xfa), QColor(0x1f, 0x23, 0x28),
            QColor(0x6e, 0x77, 0x81), QColor(0xf6, 0xf8, 0xfa), QColor(0xd0, 0xd7, 0xde), QColor(0xe6, 0xe9, 0xed),
            Qt::white, QColor(0xaf, 0xb8, 0xc1), QColor(0x8c, 0x95, 0x9f), QColor(0x09, 0x69, 0xda), Qt::white,
            QColor(0x5e, 0x75, 0x90), Qt::white, QColor(0x09, 0x69, 0xda), QColor(0x82, 0x50, 0xdf),
            QColor(0x8c, 0x95, 0x9f), Qt::white};
}

Tones darkTones()
{
    return {QColor(0x25, 0x27, 0x2b), QColor(0x1b, 0x1c, 0x1f), QColor(0x21, 0x23, 0x27), QColor(0xe6, 0xe7, 0xe9),
            QColor(0x8b, 0x91, 0x9a), QColor(0x2d, 0x30, 0x35), QColor(0x3a, 0x3d, 0x43), QColor(0x33, 0x36, 0x3b),
            QColor(0x45, 0x49, 0x50), QColor(0x14, 0x15, 0x17), QColor(0x00, 0x00, 0x00), QColor(0x2f, 0x6f, 0xdb),
            Qt::white, QColor(0x44, 0x53, 0x6a), Qt::white, QColor(0x58, 0xa6, 0xff),
            QColor(0xbc, 0x8c, 0xff), QColor(0x6b, 0x70, 0x78), QColor(0x2d, 0x30, 0x35)};
}

QPalette paletteFrom(const Tones &t)
{
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, t.window);
        p.setColor(group, QPalette::WindowText, t.text);
        p.setColor(group, QPalette::Base, t.base);
        p.setColor(group, QPalette::AlternateBase, t.alternateBase);
        p.setColor(group, QPalette::ToolTipBase, t.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, t.text);
        p.setColor(group, QPalette::PlaceholderText, t.placeholder);
        p.setColor(group, QPalette::Text, t.text);
        p.setColor(group, QPalette::Button, t.button);
        p.setColor(group, QPalette::ButtonText, t.text);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Light, t.light);
        p.setColor(group, QPalette::Midlight, t.midlight);
        p.setColor(group, QPalette::Mid, t.mid);
        p.setColor(group, QPalette::Dark, t.dark);
        p.setColor(group, QPalette::Shadow, t.shadow);
        p.setColor(group, QPalette::Highlight, t.highlight);
        p.setColor(group, QPalette::HighlightedText, t.highlightedText);
        p.setColor(group, QPalette::Link, t.link);
        p.setColor(group, QPalette::LinkVisited, t.linkVisited);
    }
    p.setColor(QPalette::Inactive, QPalette::Highlight, t.inactiveHighlight);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, t.inactiveHighlightedText);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(QPalette::Disabled, role, t.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, t.mid);
    return p;
}

// What the palette cannot say: thin splitter handles that show where to
// grab, flat header sections with hairlines, flat tabs whose selected one
// carries an accent line (on the side facing the page: bottom tab bars,
// the docks', have it on top), framed tool tips. Sizes are in logical
// pixels, so high-DPI screens scale them.
QString styleSheet(const QPalette &p)
{
    const auto c = [&](QPalette::ColorRole role) { return p.color(role).name(); };
    const QString quietText = Ui::mixColours(p.color(QPalette::WindowText), p.color(QPalette::Window), 0.35).name();
    const QString hover = Ui::mixColours(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.07).name();
    return QStringLiteral(
               "QSplitter::handle { background: %1; }"
               "QSplitter::handle:horizontal { width: 5px; }"
               "QSplitter::handle:vertical { height: 5px; }"
               "QSplitter::handle:hover { background: %2; }"
               "QHeaderView::section { background: %1; color: %3; border: none;"
               " border-right: 1px solid %4; border-bottom: 1px solid %4; padding: 4px 8px; }"
               "QHeaderView::section:hover { background: %6; }"
               "QTabBar::tab { background: transparent; color: %5; border: none; border-bottom: 2px solid transparent;"
               " padding: 6px 14px; margin-right: 2px; }"
               "QTabBar::tab:bottom { border-bottom: none; border-top: 2px solid transparent; }"
               "QTabBar::tab:hover { color: %3; background: %6; }"
               "QTabBar::tab:selected { color: %3; border-bottom-color: %2; }"
               "QTabBar::tab:bottom:selected { border-top-color: %2; }"
               "QTabBar::tab:disabled { color: %8; }"
               "QToolTip { background: %7; color: %3; border: 1px solid %4; padding: 4px; }"
               "QTreeView, QListView, QTableView { outline: 0; }")
        .arg(c(QPalette::Window), c(QPalette::Highlight), c(QPalette::WindowText), c(QPalette::Mid), quietText, hover,
             c(QPalette::ToolTipBase), p.color(QPalette::Disabled, QPalette::WindowText).name());
}

QString &currentTheme()
{
    static QString theme;
    return theme;
}

void applySystem(const QString &platformStyle, const QPalette &platformPalette)
{
    QApplication::setStyle(QStyleFactory::create(platformStyle));
    qApp->setStyleSheet(QString());
    QPalette palette = platformPalette;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const bool platformDark = platformPalette.color(QPalette::Base).lightness() < 128;
    if (QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark && !platformDark)
        palette = themePalette(QStringLiteral("dark"));
#endif
    QApplication::setPalette(palette);
}

} // namespace

QPalette themePalette(const QString &theme)
{
    return paletteFrom(theme == QLatin1String("dark") ? darkTones() : lightTones());
}

void applyTheme(const QString &theme)
{
    // Remember what the platform gave us so "system" can go back to it.
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    static const bool following = [] {
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (currentTheme() == QLatin1String("system"))
                applySystem(platformStyle, platformPalette);
        });
        return true;
    }();
    Q_UNUSED(following)
#endif
    currentTheme() = theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QStringLiteral("system");
    if (currentTheme() == QLatin1String("system")) {
        applySystem(platformStyle, platformPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = themePalette(theme);
    QApplication::setPalette(palette);
    qApp->setStyleSheet(styleSheet(palette));
}

} // namespace Kaji::App
