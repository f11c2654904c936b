// SPDX-License-Identifier: Apache-2.0
#include "shortcuts.h"

namespace Shortcuts {
QKeySequence newAccount()
{
    return QKeySequence(QKeySequence::New);
}

QKeySequence test()
{
    return QKeySequence(Qt::CTRL | Qt::Key_T);
}

QKeySequence filter()
{
    return QKeySequence(QKeySequence::Find);
}

namespace {
QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys.append(fallback);
    return keys;
}
} // namespace

QList<QKeySequence> settings()
{
    return withFallback(QKeySequence::Preferences, Qt::CTRL | Qt::Key_Comma);
}

QList<QKeySequence> quit()
{
    return withFallback(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q);
}

QString text(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}
} // namespace Shortcuts
