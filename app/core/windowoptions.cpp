// SPDX-License-Identifier: Apache-2.0
#include "windowoptions.h"

#include "headerformat.h"

#include <QCoreApplication>

namespace {
// Options every Qt GUI application takes (QGuiApplication, QApplication)
// that are followed by a value.
const QStringList& qtOptionsWithValue()
{
    static const QStringList options{
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("style"),
        QStringLiteral("stylesheet"),      QStringLiteral("session"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("title"),           QStringLiteral("name")};
    return options;
}

QStringList formatIds()
{
    return HeaderFormat::ids();
}
} // namespace

namespace WindowOptions {

const QList<WindowOption>& all()
{
    static const QList<WindowOption> options{
        {"demo", nullptr,
         QT_TRANSLATE_NOOP("GuiApp", "Open the demo: every carrier against a built-in "
                                     "sandbox, apart from your own accounts."),
         nullptr},
        {"minimized", nullptr,
         QT_TRANSLATE_NOOP("GuiApp",
                           "Start in the tray (or minimized, on a desktop without a tray)."),
         nullptr},
        {"copy", "name",
         QT_TRANSLATE_NOOP("GuiApp", "Copy the account's token (for a keyboard shortcut); "
                                     "a running TokenDock does it."),
         nullptr},
        {"format", "format", QT_TRANSLATE_NOOP("GuiApp", "The format for --copy: %1."), &formatIds},
    };
    return options;
}

QString description(const WindowOption& option)
{
    const QString text = QCoreApplication::translate("GuiApp", option.description);
    return option.choices ? text.arg(option.choices().join(QStringLiteral(", "))) : text;
}

QList<QCommandLineOption> parserOptions()
{
    QList<QCommandLineOption> options;
    for (const WindowOption& o : all()) {
        QCommandLineOption option(QString::fromLatin1(o.name), description(o));
        if (o.valueName)
            option.setValueName(QString::fromLatin1(o.valueName));
        options.append(option);
    }
    return options;
}

bool isWindowOption(const QString& name, bool* takesValue)
{
    const bool doubleDash = name.startsWith(QLatin1String("--"));
    if (!doubleDash && !name.startsWith(QLatin1Char('-')))
        return false;
    const QString bare = name.mid(doubleDash ? 2 : 1);
    // ours with two dashes, as QCommandLineParser spells long options
    if (doubleDash) {
        for (const WindowOption& o : all()) {
            if (bare == QLatin1String(o.name)) {
                *takesValue = o.valueName != nullptr;
                return true;
            }
        }
    }
    // Qt accepts its own with one dash or two
    if (qtOptionsWithValue().contains(bare)) {
        *takesValue = true;
        return true;
    }
    if (bare == QLatin1String("reverse")) {
        *takesValue = false;
        return true;
    }
    return false;
}

} // namespace WindowOptions
