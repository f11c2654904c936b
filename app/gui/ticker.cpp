// SPDX-License-Identifier: Apache-2.0
#include "ticker.h"

#include "clock.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace {
// A long sleep is cut short now and then, so a suspended laptop or a clock
// change is noticed within minutes.
constexpr qint64 kLongestSleepMs = 10 * 60 * 1000;
// Timers may fire a little early; this lands just after the moment instead.
constexpr qint64 kWakeSlackMs = 20;
} // namespace

Ticker::Ticker(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : &Clock::system())
    , m_timer(new QTimer(this))
    , m_wake(new QTimer(this))
{
    m_timer->setInterval(1000);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Ticker::tickNow);
    m_wake->setSingleShot(true);
    m_wake->setTimerType(Qt::PreciseTimer);
    connect(m_wake, &QTimer::timeout, this, &Ticker::onWake);
}

QDateTime Ticker::now() const
{
    return m_clock->now();
}

void Ticker::start()
{
    m_started = true;
    reschedule();
}

void Ticker::stop()
{
    m_started = false;
    reschedule();
}

bool Ticker::isRunning() const
{
    return m_timer->isActive();
}

bool Ticker::isWakeArmed() const
{
    return m_wake->isActive();
}

void Ticker::tickNow()
{
    emit tick(m_clock->now());
}

void Ticker::watch(QWidget* widget)
{
    if (!widget || m_watched.contains(widget))
        return;
    m_watched.append(widget);
    widget->installEventFilter(this);
    connect(widget, &QObject::destroyed, this, [this] {
        m_watched.removeAll(nullptr);
        reschedule();
    });
    reschedule();
}

void Ticker::wakeAt(const QObject* owner, const QDateTime& at)
{
    if (!owner)
        return;
    if (!at.isValid()) {
        if (m_wakes.remove(owner) > 0)
            reschedule();
        return;
    }
    if (!m_owners.contains(owner)) {
        m_owners.insert(owner);
        connect(owner, &QObject::destroyed, this, [this, owner] {
            m_owners.remove(owner);
            m_wakes.remove(owner);
            reschedule();
        });
    }
    if (m_wakes.value(owner) == at)
        return;
    m_wakes.insert(owner, at);
    reschedule();
}

QDateTime Ticker::nextWake() const
{
    QDateTime soonest;
    for (const QDateTime& at : m_wakes) {
        if (!soonest.isValid() || at < soonest)
            soonest = at;
    }
    return soonest;
}

bool Ticker::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::WindowStateChange:
        // decided once the event is done, when isVisible() tells the new state
        QMetaObject::invokeMethod(this, &Ticker::reschedule, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool Ticker::anyWatchedVisible() const
{
    for (const QPointer<QWidget>& w : m_watched) {
        if (w && w->isVisible() && !w->window()->isMinimized())
            return true;
    }
    return false;
}

void Ticker::reschedule()
{
    if (!m_started) {
        m_timer->stop();
        m_wake->stop();
        return;
    }
    if (anyWatchedVisible()) {
        m_wake->stop();
        if (!m_timer->isActive()) {
            m_timer->start();
            tickNow(); // what was on hold is brought up to date at once
        }
        return;
    }
    m_timer->stop();
    const QDateTime at = nextWake();
    if (!at.isValid()) {
        m_wake->stop();
        return;
    }
    const qint64 ms = qBound<qint64>(0, now().msecsTo(at) + kWakeSlackMs, kLongestSleepMs);
    m_wake->start(int(ms));
}

void Ticker::onWake()
{
    // moments that have come are answered now; their owners ask again in tick()
    const QDateTime current = now();
    for (auto it = m_wakes.begin(); it != m_wakes.end();) {
        if (it.value() <= current)
            it = m_wakes.erase(it);
        else
            ++it;
    }
    tickNow();
    reschedule();
}
