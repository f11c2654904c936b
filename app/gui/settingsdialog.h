#pragma once

#include <QDialog>

class AppSettings;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// Preferences: clipboard clearing, request timeout, token cache, refresh
// margin, starting in the tray and at login; the language is laid out for
// the version that brings translations.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);

    // Without a system tray the window stays a normal window; the dialog says why.
    void setTrayAvailable(bool available);

    // Writes the values to the settings (OK does this too); false when the
    // login item could not be changed, and *error says why.
    bool apply(QString* error = nullptr);

private:
    AppSettings* m_settings;
    QSpinBox* m_clipboard;
    QSpinBox* m_timeout;
    QCheckBox* m_cache;
    QSpinBox* m_margin;
    QComboBox* m_language;
    QCheckBox* m_startMinimized;
    QCheckBox* m_startAtLogin;
    QLabel* m_trayNote;
};
