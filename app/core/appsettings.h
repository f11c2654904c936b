// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QSettings>
#include <QString>

// Preferences (QSettings, never secrets). One instance per process is enough;
// each getter reads through to QSettings so changes made elsewhere are seen.
class AppSettings
{
public:
    AppSettings();
    explicit AppSettings(const QString& iniPath); // tests and the demo use their own file

    int clipboardClearSeconds() const; // 0 = never
    void setClipboardClearSeconds(int seconds);
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);
    bool cacheTokens() const;
    void setCacheTokens(bool on);
    int refreshMarginSeconds() const; // a token must live this long to be reused
    void setRefreshMarginSeconds(int seconds);
    // How long a keychain call may take before it counts as hung (not in the UI).
    int keychainTimeoutSeconds() const;
    // Reminders: how many days before a secret's expiry date to warn, and
    // after how many days of failing an account is reported as not working.
    int secretWarnDays() const;
    void setSecretWarnDays(int days);
    int notWorkingDays() const;
    void setNotWorkingDays(int days);
    // The reminders (SecretReminder::key) shown today, so none shows twice a day.
    QStringList remindersShown(const QDate& day) const;
    void setRemindersShown(const QDate& day, const QStringList& keys);
    QString language() const; // empty = follow the system
    void setLanguage(const QString& language);
    bool startMinimized() const;
    void setStartMinimized(bool on);
    bool closeToTrayNoticeShown() const;
    void setCloseToTrayNoticeShown(bool shown);

    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    void setValue(const QString& key, const QVariant& value);
    void sync();

private:
    // Every write goes through here: the file is made 0600 before QSettings
    // first writes it, and QSettings keeps an existing file's mode.
    void store(const QString& key, const QVariant& value);

    mutable QSettings m_settings;
    bool m_private = false;
};
