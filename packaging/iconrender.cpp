// SPDX-License-Identifier: Apache-2.0
// Build-time tool: renders the SVG app icon to the PNG sizes desktops want,
// and to .ico / .icns where the platform's package needs them.
//
//   tokendock_iconrender SVG OUTDIR
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: tokendock_iconrender SVG OUTDIR\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        QTextStream(stderr) << "cannot read " << args.at(1) << '\n';
        return 1;
    }
    const QDir out(args.at(2));
    QDir().mkpath(out.path());
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString name = QStringLiteral("%1x%1.png").arg(size);
        if (!image.save(out.filePath(name), "PNG")) {
            QTextStream(stderr) << "cannot write " << out.filePath(name) << '\n';
            return 1;
        }
        // Windows wants an .ico; Qt writes one when its ico plugin is present
        if (size == 256 && QImageWriter::supportedImageFormats().contains("ico"))
            image.save(out.filePath(QStringLiteral("tokendock.ico")), "ICO");
        if (size == 512 && QImageWriter::supportedImageFormats().contains("icns"))
            image.save(out.filePath(QStringLiteral("tokendock.icns")), "ICNS");
    }
    return 0;
}
