// SPDX-License-Identifier: Apache-2.0
#include "appshutdown.h"

#include "secretstore.h"

#include <QEventLoop>
#include <QTimer>

namespace AppShutdown {

bool waitForKeychain(SecretStore* store, int timeoutMs)
{
    if (!store || store->pendingJobs() == 0)
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(store, &SecretStore::idle, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return store->pendingJobs() == 0;
}

} // namespace AppShutdown
