// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QString>

// The application's SVG icons (resources/icons). Monochrome ones are drawn in
// the palette's text colour when painted, so they follow light and dark
// themes and stay sharp at any device pixel ratio.
namespace Icons {
// Makes the compiled-in icons available (the GUI is a static library).
void init();
// A monochrome icon tinted with the current palette.
QIcon themed(const QString& name);
// A monochrome icon in a fixed colour (status marks in banners).
QIcon tinted(const QString& name, const QColor& color);
// An icon in its own colours (the application icon).
QIcon original(const QString& name);
} // namespace Icons
