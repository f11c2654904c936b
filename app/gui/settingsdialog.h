// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <optional>

class AppSettings;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class Translations;

// Preferences: clipboard clearing, request timeout, token cache, refresh
// margin, the language, starting in the tray and at login.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);

    // Without a system tray the window stays a normal window; the dialog says why.
    void setTrayAvailable(bool available);
    // Through Translations a language shows as soon as it is picked (Cancel
    // goes back to the one before); without, the choice is only saved.
    void setTranslations(Translations* translations);

    // Writes the values to the settings (OK does this too); false when the
    // login item could not be changed, and *error says why.
    bool apply(QString* error = nullptr);

    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void setUpReminders();
    QString chosenLanguage() const;

    AppSettings* m_settings;
    Translations* m_translations = nullptr;
    QString m_languageBefore; // restored on Cancel
    std::optional<bool> m_trayAvailable;
    QLabel* m_clipboardCaption;
    QLabel* m_clipboardLabel;
    QSpinBox* m_clipboard;
    QLabel* m_clipboardHelp;
    QLabel* m_networkCaption;
    QLabel* m_timeoutLabel;
    QSpinBox* m_timeout;
    QLabel* m_tokensCaption;
    QCheckBox* m_cache;
    QLabel* m_marginLabel;
    QSpinBox* m_margin;
    QLabel* m_marginHelp;
    QLabel* m_secretsCaption;
    QLabel* m_warnLabel;
    QSpinBox* m_warnDays;
    QLabel* m_notWorkingLabel;
    QSpinBox* m_notWorkingDays;
    QLabel* m_desktopCaption;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QCheckBox* m_startMinimized;
    QCheckBox* m_startAtLogin;
    QLabel* m_trayNote;
    QDialogButtonBox* m_buttons;
};
