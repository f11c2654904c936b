// SPDX-License-Identifier: Apache-2.0
#include "countdownbar.h"

#include "statusstyle.h"

#include <QEvent>
#include <QPainter>

CountdownBar::CountdownBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("countdownBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(8);
    retranslate();
}

void CountdownBar::retranslate()
{
    setAccessibleName(tr("Token lifetime left"));
    setAccessibleDescription(tr("%1% left").arg(m_permille / 10));
}

void CountdownBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString CountdownBar::phaseId() const
{
    switch (m_phase) {
    case Phase::Unknown:
        return QStringLiteral("unknown");
    case Phase::Fresh:
        return QStringLiteral("fresh");
    case Phase::Warning:
        return QStringLiteral("warning");
    case Phase::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

void CountdownBar::setRemaining(std::optional<qint64> secondsLeft, std::optional<qint64> lifetime,
                                qint64 warningWindow)
{
    Phase phase = Phase::Unknown;
    int permille = 0;
    if (secondsLeft) {
        if (*secondsLeft <= 0)
            phase = Phase::Expired;
        else
            phase = *secondsLeft <= warningWindow ? Phase::Warning : Phase::Fresh;
        if (lifetime && *lifetime > 0)
            permille = int(qBound(qint64(0), *secondsLeft * 1000 / *lifetime, qint64(1000)));
    }
    if (phase == m_phase && permille == m_permille)
        return;
    m_phase = phase;
    m_permille = permille;
    retranslate();
    update();
}

void CountdownBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(rect()).adjusted(0, 0.5, 0, -0.5);
    const qreal radius = track.height() / 2;
    const QPalette pal = palette();
    p.setPen(Qt::NoPen);
    if (m_phase == Phase::Expired) {
        p.setBrush(StatusStyle::wash(StatusStyle::Tone::Danger, pal, 0.45));
        p.drawRoundedRect(track, radius, radius);
        return;
    }
    p.setBrush(pal.color(QPalette::Midlight).darker(StatusStyle::isDark(pal) ? 60 : 104));
    p.drawRoundedRect(track, radius, radius);
    if (m_phase == Phase::Unknown || m_permille <= 0)
        return;
    QRectF fill = track;
    fill.setWidth(qMax(track.height(), track.width() * m_permille / 1000.0));
    const QColor c = m_phase == Phase::Warning ? StatusStyle::color(StatusStyle::Tone::Warning, pal)
                                               : pal.color(QPalette::Highlight);
    p.setBrush(c);
    p.drawRoundedRect(fill, radius, radius);
}
