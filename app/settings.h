#pragma once

#include <QFont>
#include <QSettings>

// Any thread (QSettings is reentrant); used from the GUI thread.
namespace Kaji::App {

// Typed access to what Kaji remembers between runs, so keys and defaults
// live in one place.
class Settings {
public:
    QString language() const; // "system", "en" or "ja"
    void setLanguage(const QString &code);
    QString theme() const; // "system", "light" or "dark"
    void setTheme(const QString &theme);
    QString lastContext() const;
    void setLastContext(const QString &name);
    // Per context: the namespaces the tables show (empty: all) and those
    // the user added by name (for users who may not list namespaces).
    QStringList selectedNamespaces(const QString &context) const;
    void setSelectedNamespaces(const QString &context, const QStringList &namespaces);
    QStringList addedNamespaces(const QString &context) const;
    void setAddedNamespaces(const QString &context, const QStringList &namespaces);
    // A context renamed in the kubeconfig keeps what Kaji remembers of it.
    void renameContext(const QString &from, const QString &to);
    // Kubeconfig copies Kaji keeps itself (imported as separate files), read
    // after the KUBECONFIG files.
    QStringList separateKubeconfigs() const;
    void setSeparateKubeconfigs(const QStringList &paths);
    // The terminal dock's font: the system's fixed-width font unless the
    // user chose one (key terminal/font, QFont::toString()).
    QFont terminalFont() const;
    void setTerminalFont(const QFont &font);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // A splitter's saveState(), by its object name.
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    // The cluster switcher: the order the user dragged the contexts into,
    // and each context's avatar colour ("#rrggbb", empty: derived).
    QStringList contextOrder() const;
    void setContextOrder(const QStringList &names);
    QString avatarColour(const QString &context) const;
    void setAvatarColour(const QString &context, const QString &colour);

private:
    static QString contextKey(const QString &context, const char *name);

    QSettings m_settings;
};

} // namespace Kaji::App
