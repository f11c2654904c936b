// SPDX-License-Identifier: Apache-2.0
#include "autostart.h"

#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#if defined(Q_OS_WIN)
#include <QSettings>
#endif

namespace {
const QString kEntryId = QStringLiteral("org.tokendock.TokenDock");

QString program()
{
    // an AppImage runs from a temporary mount: start the image itself
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

#if defined(Q_OS_WIN)
const QString kRunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("TokenDock");
#elif defined(Q_OS_MACOS)
QString entryPath()
{
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kEntryId +
           QStringLiteral(".plist");
}

QByteArray entryContents()
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n<dict>\n"
                          "  <key>Label</key><string>%1</string>\n"
                          "  <key>ProgramArguments</key>\n"
                          "  <array><string>%2</string><string>--minimized</string></array>\n"
                          "  <key>RunAtLoad</key><true/>\n"
                          "</dict>\n</plist>\n")
        .arg(kEntryId, program().toHtmlEscaped())
        .toUtf8();
}
#else
QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + kEntryId + QStringLiteral(".desktop");
}

// The Exec key's quoting (Desktop Entry Specification): a quoted argument
// escapes " ` $ and \, and a literal % is written %%.
QString execQuoted(const QString& path)
{
    QString out;
    for (const QChar c : path) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray entryContents()
{
    QStringList lines{
        QStringLiteral("[Desktop Entry]"), // untranslated: the file format's group name
        QStringLiteral("Type=Application"),
        QStringLiteral("Name=TokenDock"),
        QStringLiteral("Exec=%1 --minimized").arg(execQuoted(program())),
        QStringLiteral("Icon=") + kEntryId,
        QStringLiteral("Terminal=false"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
    };
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}
#endif
} // namespace

namespace Autostart {

QString location()
{
#if defined(Q_OS_WIN)
    return kRunKey + QLatin1Char('\\') + kRunValue;
#else
    return entryPath();
#endif
}

bool isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
#else
    return QFileInfo::exists(entryPath());
#endif
}

bool setEnabled(bool on, QString* error)
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (on)
        run.setValue(kRunValue, QLatin1Char('"') + QDir::toNativeSeparators(program()) +
                                    QStringLiteral("\" --minimized"));
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError)
        return fail(error,
                    QCoreApplication::translate("Autostart", "The Windows registry could not be "
                                                             "changed."));
    return true;
#else
    const QString path = entryPath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path))
            return fail(error, QCoreApplication::translate("Autostart", "%1 could not be removed.")
                                   .arg(QDir::toNativeSeparators(path)));
        return true;
    }
    // the autostart folder is shared with other programs: only a missing one is made 0700
    if (!PrivateFiles::makeFolder(QFileInfo(path).absolutePath()))
        return fail(error, QCoreApplication::translate("Autostart", "%1 could not be created.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file) ||
        file.write(entryContents()) < 0 || !file.commit())
        return fail(error, QCoreApplication::translate("Autostart", "%1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
#endif
}

} // namespace Autostart
