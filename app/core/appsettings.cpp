// SPDX-License-Identifier: Apache-2.0
#include "appsettings.h"

#include "defaults.h"
#include "privatefiles.h"

#include <QFile>
#include <QFileInfo>

namespace {
int bounded(int value, int low, int high)
{
    return qBound(low, value, high);
}
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

int AppSettings::clipboardClearSeconds() const
{
    return bounded(
        m_settings.value(QStringLiteral("clipboard/clearSeconds"), Defaults::kClipboardClearSeconds)
            .toInt(),
        0, 3600);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    store(QStringLiteral("clipboard/clearSeconds"), bounded(seconds, 0, 3600));
}

int AppSettings::requestTimeoutSeconds() const
{
    return bounded(
        m_settings.value(QStringLiteral("network/timeoutSeconds"), Defaults::kRequestTimeoutSeconds)
            .toInt(),
        1, 300);
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    store(QStringLiteral("network/timeoutSeconds"), bounded(seconds, 1, 300));
}

bool AppSettings::cacheTokens() const
{
    return m_settings.value(QStringLiteral("tokens/cache"), true).toBool();
}

void AppSettings::setCacheTokens(bool on)
{
    store(QStringLiteral("tokens/cache"), on);
}

int AppSettings::refreshMarginSeconds() const
{
    return bounded(
        m_settings
            .value(QStringLiteral("tokens/refreshMarginSeconds"), Defaults::kRefreshMarginSeconds)
            .toInt(),
        0, 3600);
}

void AppSettings::setRefreshMarginSeconds(int seconds)
{
    store(QStringLiteral("tokens/refreshMarginSeconds"), bounded(seconds, 0, 3600));
}

int AppSettings::secretWarnDays() const
{
    return bounded(
        m_settings.value(QStringLiteral("reminders/warnDays"), Defaults::kSecretWarnDays).toInt(),
        0, 365);
}

void AppSettings::setSecretWarnDays(int days)
{
    store(QStringLiteral("reminders/warnDays"), bounded(days, 0, 365));
}

int AppSettings::notWorkingDays() const
{
    return bounded(
        m_settings.value(QStringLiteral("reminders/notWorkingDays"), Defaults::kNotWorkingDays)
            .toInt(),
        1, 365);
}

void AppSettings::setNotWorkingDays(int days)
{
    store(QStringLiteral("reminders/notWorkingDays"), bounded(days, 1, 365));
}

QStringList AppSettings::remindersShown(const QDate& day) const
{
    // only today's list counts; an older one is as good as none
    if (m_settings.value(QStringLiteral("reminders/shownOn")).toString() !=
        day.toString(Qt::ISODate))
        return {};
    return m_settings.value(QStringLiteral("reminders/shown")).toStringList();
}

void AppSettings::setRemindersShown(const QDate& day, const QStringList& keys)
{
    store(QStringLiteral("reminders/shownOn"), day.toString(Qt::ISODate));
    store(QStringLiteral("reminders/shown"), keys);
}

int AppSettings::keychainTimeoutSeconds() const
{
    return bounded(
        m_settings
            .value(QStringLiteral("keychain/timeoutSeconds"), Defaults::kKeychainTimeoutSeconds)
            .toInt(),
        1, 300);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    store(QStringLiteral("ui/language"), language);
}

bool AppSettings::startMinimized() const
{
    return m_settings.value(QStringLiteral("ui/startMinimized"), false).toBool();
}

void AppSettings::setStartMinimized(bool on)
{
    store(QStringLiteral("ui/startMinimized"), on);
}

bool AppSettings::closeToTrayNoticeShown() const
{
    return m_settings.value(QStringLiteral("ui/closeToTrayNoticeShown"), false).toBool();
}

void AppSettings::setCloseToTrayNoticeShown(bool shown)
{
    store(QStringLiteral("ui/closeToTrayNoticeShown"), shown);
}

QVariant AppSettings::value(const QString& key, const QVariant& fallback) const
{
    return m_settings.value(key, fallback);
}

void AppSettings::setValue(const QString& key, const QVariant& value)
{
    store(key, value);
}

void AppSettings::store(const QString& key, const QVariant& value)
{
    if (!m_private) {
        const QString path = m_settings.fileName();
        QFile file(path);
        if (PrivateFiles::makeOwnFolder(QFileInfo(path).absolutePath()) &&
            (file.exists() || file.open(QIODevice::WriteOnly, PrivateFiles::fileMode())))
            m_private = PrivateFiles::restrict(path);
    }
    m_settings.setValue(key, value);
}

void AppSettings::sync()
{
    m_settings.sync();
}
