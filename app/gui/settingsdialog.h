#pragma once

#include <QDialog>

class AppSettings;
class QCheckBox;
class QComboBox;
class QSpinBox;

// Preferences: clipboard clearing, request timeout, token cache, refresh
// margin; language and tray options are laid out for the versions that bring them.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);

    // Writes the values to the settings (OK does this too).
    void apply();

private:
    AppSettings* m_settings;
    QSpinBox* m_clipboard;
    QSpinBox* m_timeout;
    QCheckBox* m_cache;
    QSpinBox* m_margin;
    QComboBox* m_language;
    QCheckBox* m_startMinimized;
    QCheckBox* m_startAtLogin;
};
