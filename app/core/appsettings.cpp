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
