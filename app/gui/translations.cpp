// SPDX-License-Identifier: Apache-2.0
#include "translations.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "tokendock.i18n")

namespace {
const QStringList& spoken()
{
    static const QStringList codes{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                                   QStringLiteral("fr")};
    return codes;
}

// Dates and numbers: the system's own conventions while they are in the
// language shown (de_CH stays Swiss), else the language's usual ones.
QLocale localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    const QLocale chosen(language);
    return system.language() == chosen.language() ? system : chosen;
}
} // namespace

Translations::Translations(const QString& settingsPath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<AppSettings>(settingsPath))
{}

Translations::~Translations()
{
    for (QTranslator* t : {m_app.get(), m_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
}

QList<Translations::Language> Translations::languages()
{
    // each language by its own name, so it can be found whatever is shown now
    return {{QString(), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString Translations::systemLanguage()
{
    for (const QString& tag : QLocale::system().uiLanguages()) {
        const QString code = QLocale::languageToCode(QLocale(tag).language());
        if (spoken().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::choice() const
{
    const QString saved = m_settings->language();
    return spoken().contains(saved) ? saved : QString();
}

void Translations::choose(const QString& code)
{
    m_settings->setLanguage(spoken().contains(code) ? code : QString());
    m_settings->sync();
    apply(code);
}

void Translations::apply(const QString& code)
{
    const QString choice = spoken().contains(code) ? code : QString();
    const QString language = choice.isEmpty() ? systemLanguage() : choice;
    if (!m_current.isEmpty() && language == m_current && choice == m_applied)
        return;

    // English has a translation too: its plural forms ("1 second")
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral("tokendock_") + language, QStringLiteral(":/i18n"))) {
        qCWarning(lcTranslations, "no translation tokendock_%s in :/i18n", qPrintable(language));
        app.reset();
    }
    // Qt's own texts (standard buttons and dialogs) are English already
    auto qt = std::make_unique<QTranslator>();
    if (language == QLatin1String("en") ||
        !qt->load(QStringLiteral("qtbase_") + language,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        if (language != QLatin1String("en"))
            qCWarning(lcTranslations, "no Qt translation qtbase_%s", qPrintable(language));
        qt.reset();
    }

    // the locale first: widgets that retranslate read dates and numbers from it
    QLocale::setDefault(choice.isEmpty() ? QLocale::system() : localeFor(language));
    // each change posts a LanguageChange; Qt merges them into one per window
    for (QTranslator* old : {m_app.get(), m_qt.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    m_app = std::move(app);
    m_qt = std::move(qt);
    for (QTranslator* fresh : {m_qt.get(), m_app.get()}) {
        if (fresh)
            QCoreApplication::installTranslator(fresh);
    }
    m_current = language;
    m_applied = choice;
    emit changed(language);
}
