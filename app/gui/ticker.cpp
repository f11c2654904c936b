#include "ticker.h"

#include "clock.h"

#include <QTimer>

Ticker::Ticker(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : &Clock::system())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Ticker::tickNow);
}

QDateTime Ticker::now() const
{
    return m_clock->now();
}

void Ticker::start()
{
    m_timer->start();
}

void Ticker::stop()
{
    m_timer->stop();
}

bool Ticker::isRunning() const
{
    return m_timer->isActive();
}

void Ticker::tickNow()
{
    emit tick(m_clock->now());
}
