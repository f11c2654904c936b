// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class AccountStore;
class QFileSystemWatcher;
class QTimer;

// Notices another tokendock (a script running add, edit, test, token,
// remove or import) saving the account list and has the store read it again,
// so an open window shows what is true. A burst of file events (lock, temporary
// file, rename) becomes one read a moment after the last of them.
class AccountFileWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSettleMs = 200;

    explicit AccountFileWatch(AccountStore* store, QObject* parent = nullptr);

private:
    void watch();
    void reload();

    AccountStore* m_store;
    QFileSystemWatcher* m_watcher;
    QTimer* m_settle;
};
