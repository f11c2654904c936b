// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a call on the event loop (a self-pipe), so a
// foreground server can stop cleanly. One instance at a time.
class StopSignals : public QObject
{
public:
    explicit StopSignals(std::function<void(int signalNumber)> onStop, QObject* parent = nullptr);
    ~StopSignals() override;

private:
    std::function<void(int)> m_onStop;
    QSocketNotifier* m_notifier = nullptr;
};
