// SPDX-License-Identifier: Apache-2.0
#include "icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

static void initIconResource()
{
    Q_INIT_RESOURCE(icons);
}

namespace {

QString resourcePath(const QString& name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

// Renders an SVG as an alpha mask filled with the colour for the mode; the
// palette is read at paint time so a theme change repaints correctly.
class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(const QString& name, const QColor& fixed)
        : m_name(name)
        , m_fixed(fixed)
    {}

    QIconEngine* clone() const override { return new TintedSvgEngine(m_name, m_fixed); }
    QString key() const override { return QStringLiteral("TintedSvgEngine"); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        const QColor color = colorFor(mode);
        const QString cacheKey = QStringLiteral("tokendock-icon:%1:%2x%3:%4")
                                     .arg(m_name)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(color.rgba());
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            QSvgRenderer renderer(resourcePath(m_name));
            renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
            if (color.isValid()) {
                p.setCompositionMode(QPainter::CompositionMode_SourceIn);
                p.fillRect(image.rect(), color);
            }
        }
        QPixmap pm = QPixmap::fromImage(image);
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        if (mode == QIcon::Disabled) {
            QColor c = m_fixed.isValid() ? m_fixed : palette.color(QPalette::WindowText);
            c.setAlphaF(0.38);
            return c;
        }
        if (m_fixed.isValid())
            return m_fixed;
        if (mode == QIcon::Selected)
            return palette.color(QPalette::HighlightedText);
        return palette.color(QPalette::WindowText);
    }

    QString m_name;
    QColor m_fixed; // invalid = follow the palette
};

} // namespace

namespace Icons {

void init()
{
    initIconResource();
}

QIcon themed(const QString& name)
{
    return QIcon(new TintedSvgEngine(name, QColor()));
}

QIcon tinted(const QString& name, const QColor& color)
{
    return QIcon(new TintedSvgEngine(name, color));
}

QIcon original(const QString& name)
{
    return QIcon(resourcePath(name));
}

} // namespace Icons
