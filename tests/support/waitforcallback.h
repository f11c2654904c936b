// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QEventLoop>
#include <QTimer>

// Runs an asynchronous call and waits for its callback (or 20 s): start
// receives a function to call once the result is in, and may call it at once.
template <typename Start> void waitForCallback(Start&& start)
{
    QEventLoop loop;
    bool done = false;
    start([&loop, &done] {
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
}
