// SPDX-License-Identifier: Apache-2.0
#include "accountfilewatch.h"

#include "accountstore.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

AccountFileWatch::AccountFileWatch(AccountStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &AccountFileWatch::reload);
    const auto later = [this] {
        m_settle->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, later);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, later);
    watch();
}

void AccountFileWatch::watch()
{
    // the folder too: a save renames a new file over the old one, and the
    // watch on the old file ends with it
    const QFileInfo file(m_store->filePath());
    QStringList paths{file.absolutePath()};
    if (file.exists())
        paths << file.absoluteFilePath();
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    for (const QString& path : std::as_const(paths)) {
        if (!watched.contains(path))
            m_watcher->addPath(path);
    }
}

void AccountFileWatch::reload()
{
    watch();
    if (m_store->reloadIfChangedOnDisk() == AccountStore::Reload::Later)
        m_settle->start(); // this process's own change lands first
}
