// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

// One option of the desktop app (`tokendock --copy NAME`).
struct WindowOption
{
    const char* name;         // without the dashes
    const char* valueName;    // nullptr for a flag
    const char* description;  // translated in the "GuiApp" context
    QStringList (*choices)(); // the values filled into the description's %1, or nullptr
};

// The desktop app's options, the one list both sides of the binary read: the
// command line routes argv by it (any of these, or one of Qt's own GUI
// options, opens the window) and lists them in `tokendock --help`; the window
// parses them. A new option is a row here and its meaning in the window.
namespace WindowOptions {
// TokenDock's own, in the order help lists them.
const QList<WindowOption>& all();
// The translated description, choices filled in.
QString description(const WindowOption& option);
// For the window's QCommandLineParser.
QList<QCommandLineOption> parserOptions();
// "--copy", "-style", "--reverse": true when the argument's name (before any
// '=') is an option of the window, ours or Qt's; *takesValue then says whether
// its value may follow as the next argument.
bool isWindowOption(const QString& name, bool* takesValue);
} // namespace WindowOptions
