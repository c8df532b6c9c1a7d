#include "settings.h"

#include <QFontDatabase>
#include <QUrl>

namespace Kaji::App {

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

QString Settings::theme() const
{
    return m_settings.value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString &theme)
{
    m_settings.setValue(QStringLiteral("ui/theme"), theme);
}

QString Settings::lastContext() const
{
    return m_settings.value(QStringLiteral("session/lastContext")).toString();
}

void Settings::setLastContext(const QString &name)
{
    m_settings.setValue(QStringLiteral("session/lastContext"), name);
}

QString Settings::contextKey(const QString &context, const char *name)
{
    // Context names may hold '/' (EKS ARNs), which QSettings reads as a group.
    return QStringLiteral("contexts/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(context)), QString::fromLatin1(name));
}

QStringList Settings::selectedNamespaces(const QString &context) const
{
    return m_settings.value(contextKey(context, "namespaces")).toStringList();
}

void Settings::setSelectedNamespaces(const QString &context, const QStringList &namespaces)
{
    m_settings.setValue(contextKey(context, "namespaces"), namespaces);
}

QStringList Settings::addedNamespaces(const QString &context) const
{
    return m_settings.value(contextKey(context, "addedNamespaces")).toStringList();
}

void Settings::setAddedNamespaces(const QString &context, const QStringList &namespaces)
{
    m_settings.setValue(contextKey(context, "addedNamespaces"), namespaces);
}

QStringList Settings::separateKubeconfigs() const
{
    return m_settings.value(QStringLiteral("kubeconfig/separateFiles")).toStringList();
}

void Settings::setSeparateKubeconfigs(const QStringList &paths)
{
    m_settings.setValue(QStringLiteral("kubeconfig/separateFiles"), paths);
}

void Settings::renameContext(const QString &from, const QString &to)
{
    for (const char *name : {"namespaces", "addedNamespaces", "avatarColour"}) {
        const QString key = contextKey(from, name);
        if (m_settings.contains(key))
            m_settings.setValue(contextKey(to, name), m_settings.value(key));
        m_settings.remove(key);
    }
    if (lastContext() == from)
        setLastContext(to);
    QStringList order = contextOrder();
    if (const qsizetype at = order.indexOf(from); at >= 0) {
        order[at] = to;
        setContextOrder(order);
    }
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QFont Settings::terminalFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString saved = m_settings.value(QStringLiteral("terminal/font")).toString();
    if (!saved.isEmpty())
        font.fromString(saved); // a malformed value leaves the default
    return font;
}

void Settings::setTerminalFont(const QFont &font)
{
    m_settings.setValue(QStringLiteral("terminal/font"), font.toString());
}

QByteArray Settings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

} // namespace Kaji::App

namespace Kaji::App {

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("window/splitters/") + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitters/") + name, state);
}

QStringList Settings::contextOrder() const
{
    return m_settings.value(QStringLiteral("switcher/order")).toStringList();
}

void Settings::setContextOrder(const QStringList &names)
{
    m_settings.setValue(QStringLiteral("switcher/order"), names);
}

QString Settings::avatarColour(const QString &context) const
{
    return m_settings.value(contextKey(context, "avatarColour")).toString();
}

void Settings::setAvatarColour(const QString &context, const QString &colour)
{
    if (colour.isEmpty())
        m_settings.remove(contextKey(context, "avatarColour"));
    else
        m_settings.setValue(contextKey(context, "avatarColour"), colour);
}

} // namespace Kaji::App
