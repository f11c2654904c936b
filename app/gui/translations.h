// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class AppSettings;
class QTranslator;

// The language TokenDock speaks: the choice saved in Settings
// (AppSettings::language(), empty = the system's), TokenDock's own
// translation (:/i18n/tokendock_<lang>.qm), Qt's (qtbase_<lang>.qm, for the
// standard dialogs) and QLocale's default for dates and numbers. Swapping the
// translators makes Qt send every widget a LanguageChange, so open windows
// retranslate at once.
class Translations : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code; // "" = the system's, "en", "de", ...
        QString name; // in its own language; "System default" in the current one
    };

    // settingsPath: the settings.ini that holds the choice (the user's, also
    // in the demo, so the command line and the demo speak the same language).
    explicit Translations(const QString& settingsPath, QObject* parent = nullptr);
    ~Translations() override;

    // What Settings offers: "System default", then each language by its own name.
    static QList<Language> languages();
    // The first of the system's UI languages that TokenDock speaks, else "en".
    static QString systemLanguage();

    QString choice() const; // as saved: empty = the system's
    // Saves the choice and applies it.
    void choose(const QString& code);
    // Applies a choice without saving it (Settings shows it before OK).
    void apply(const QString& code);
    // The language in effect: "en", "de", "es" or "fr".
    QString current() const { return m_current; }
    bool hasQtTranslation() const { return m_qt != nullptr; }

signals:
    void changed(const QString& language);

private:
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
    QString m_applied; // the choice behind m_current
};
