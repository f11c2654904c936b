#include "appsettings.h"

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
    return bounded(m_settings.value(QStringLiteral("clipboard/clearSeconds"), 30).toInt(), 0, 3600);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("clipboard/clearSeconds"), bounded(seconds, 0, 3600));
}

int AppSettings::requestTimeoutSeconds() const
{
    return bounded(m_settings.value(QStringLiteral("network/timeoutSeconds"), 20).toInt(), 1, 300);
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("network/timeoutSeconds"), bounded(seconds, 1, 300));
}

bool AppSettings::cacheTokens() const
{
    return m_settings.value(QStringLiteral("tokens/cache"), true).toBool();
}

void AppSettings::setCacheTokens(bool on)
{
    m_settings.setValue(QStringLiteral("tokens/cache"), on);
}

int AppSettings::refreshMarginSeconds() const
{
    return bounded(m_settings.value(QStringLiteral("tokens/refreshMarginSeconds"), 60).toInt(), 0,
                   3600);
}

void AppSettings::setRefreshMarginSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("tokens/refreshMarginSeconds"), bounded(seconds, 0, 3600));
}

int AppSettings::keychainTimeoutSeconds() const
{
    return bounded(m_settings.value(QStringLiteral("keychain/timeoutSeconds"), 15).toInt(), 1, 300);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

bool AppSettings::startMinimized() const
{
    return m_settings.value(QStringLiteral("ui/startMinimized"), false).toBool();
}

void AppSettings::setStartMinimized(bool on)
{
    m_settings.setValue(QStringLiteral("ui/startMinimized"), on);
}

bool AppSettings::closeToTrayNoticeShown() const
{
    return m_settings.value(QStringLiteral("ui/closeToTrayNoticeShown"), false).toBool();
}

void AppSettings::setCloseToTrayNoticeShown(bool shown)
{
    m_settings.setValue(QStringLiteral("ui/closeToTrayNoticeShown"), shown);
}

QVariant AppSettings::value(const QString& key, const QVariant& fallback) const
{
    return m_settings.value(key, fallback);
}

void AppSettings::setValue(const QString& key, const QVariant& value)
{
    m_settings.setValue(key, value);
}

void AppSettings::sync()
{
    m_settings.sync();
}
