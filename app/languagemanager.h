#pragma once

#include <QObject>
#include <QTranslator>

// GUI thread (or the main thread of the command line).
namespace Kaji::App {

// Installs Kaji's and Qt's own translations for the chosen language and
// switches at run time: installing a translator sends LanguageChange to
// every widget, which retranslates itself.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "system", "en" or "ja". Returns the language actually in effect.
    QString apply(const QString &choice);

    QString choice() const { return m_choice; }
    QString effectiveLanguage() const { return m_effective; }

    static QStringList supportedLanguages();

private:
    QString m_choice;
    QString m_effective;
    QTranslator m_kaji;
    QTranslator m_qt;
};

} // namespace Kaji::App
