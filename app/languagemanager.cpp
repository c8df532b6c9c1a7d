#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Kaji::App {
namespace {

QString systemLanguage()
{
    for (const QString &tag : QLocale::system().uiLanguages()) {
        if (tag.startsWith(QLatin1String("ja")))
            return QStringLiteral("ja");
        if (tag.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString LanguageManager::apply(const QString &choice)
{
    m_choice = supportedLanguages().contains(choice) ? choice : QStringLiteral("system");
    const QString language = m_choice == QLatin1String("system") ? systemLanguage() : m_choice;
    QCoreApplication::removeTranslator(&m_kaji);
    QCoreApplication::removeTranslator(&m_qt);
    m_effective = QStringLiteral("en");
    // English is the source language; its catalogue only adds plural forms.
    if (m_kaji.load(QStringLiteral(":/i18n/kaji_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(&m_kaji);
        m_effective = language;
        // Qt's own dialogs and context menus; optional, as distributions
        // package them separately.
        if (language != QLatin1String("en")
            && m_qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    QLocale::setDefault(QLocale(m_effective == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    return m_effective;
}

} // namespace Kaji::App
