// SPDX-License-Identifier: Apache-2.0
#include "clipboard.h"

#include "ticker.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMimeData>

// What happened to a copied secret, never the secret: lets a test on a real
// display (X11, Wayland) see that a clear was done or rightly left out.
Q_LOGGING_CATEGORY(lcClipboard, "tokendock.clipboard", QtInfoMsg)

namespace {
QByteArray digestOf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0');
    return digest;
}

bool onWayland()
{
    return QGuiApplication::platformName().startsWith(QLatin1String("wayland"));
}
} // namespace

Clipboard::Clipboard(Ticker* ticker, QObject* parent)
    : QObject(parent)
    , m_ticker(ticker)
{
    connect(m_ticker, &Ticker::tick, this, &Clipboard::onTick);
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &Clipboard::onClipboardChanged);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfOurs);
}

Clipboard::~Clipboard()
{
    clearIfOurs();
}

QMimeData* Clipboard::sensitiveMimeData(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
#if defined(Q_OS_MACOS)
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#elif defined(Q_OS_WIN)
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray("1"));
#else
    // KDE Klipper and other history tools skip entries with this hint
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArray("secret"));
#endif
    return mime;
}

void Clipboard::copySecret(const QString& text)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    // set the digest first: setMimeData() signals dataChanged synchronously
    m_digest = digestOf(text);
    m_emptiedInPlace = false;
    m_copiedInFocus = QGuiApplication::focusWindow() != nullptr;
    m_offered = sensitiveMimeData(text);
    clipboard->setMimeData(m_offered, QClipboard::Clipboard);
    qCDebug(lcClipboard, "secret copied, clear after %d s (0 = never)", m_clearSeconds);
    if (m_clearSeconds == 0) {
        m_deadline = QDateTime();
        m_ticker->wakeAt(this, {});
        m_secondsLeft = -1;
        emit countdownChanged(-1);
        return;
    }
    m_deadline = m_ticker->now().addSecs(m_clearSeconds);
    m_secondsLeft = m_clearSeconds;
    m_ticker->wakeAt(this, m_deadline); // cleared on time even while no window shows
    emit countdownChanged(m_secondsLeft);
}

void Clipboard::copyText(const QString& text)
{
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(text, QClipboard::Clipboard);
}

bool Clipboard::holdsOurSecret() const
{
    const QClipboard* clipboard = QGuiApplication::clipboard();
    if (m_digest.isEmpty() || !clipboard)
        return false;
    return digestOf(clipboard->text(QClipboard::Clipboard)) == m_digest;
}

void Clipboard::clearIfOurs()
{
    const bool ours = holdsOurSecret();
    if (!ours && !m_digest.isEmpty())
        qCDebug(lcClipboard, "clear due, but the clipboard holds something else: left alone");
    // forgotten first: the change the clear signals is no one else's copy
    forget();
    if (ours) {
        clearSecret();
        emit cleared();
    } else if (m_emptiedInPlace && QGuiApplication::clipboard() &&
               QGuiApplication::clipboard()->ownsClipboard()) {
        // on quit: our emptied copy goes with us, and the compositor must not
        // offer the secret it kept in its place; refused without the focus
        emptyClipboard(QClipboard::Clipboard);
        m_emptiedInPlace = false;
        qCDebug(lcClipboard, "quit: an empty text replaces the emptied copy%s",
                QGuiApplication::focusWindow() ? ""
                                               : " (no focus: the compositor may refuse it and "
                                                 "offer the secret it kept)");
    }
}

void Clipboard::clearSecret()
{
    // A Wayland compositor may refuse a new clipboard from a window without
    // the focus, yet the platform drops our copy all the same, and one that
    // keeps the last copy (Weston does) then offers the secret it kept.
    // Emptied in place instead, our copy stays the clipboard's and every
    // paste gets an empty text.
    if (onWayland() && m_offered)
        m_offered->clear();
    if (!onWayland() || QGuiApplication::focusWindow()) {
        emptyClipboard(QClipboard::Clipboard);
        qCDebug(lcClipboard, "secret cleared");
        return;
    }
    // a copy made without the focus was most likely refused: an empty text
    // on quit would then replace someone else's copy
    m_emptiedInPlace = m_copiedInFocus;
    qCDebug(lcClipboard, "secret cleared without the focus: TokenDock's copy emptied in place");
}

void Clipboard::emptyClipboard(QClipboard::Mode mode)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    // A Wayland compositor may keep the last copy and offer it again once the
    // clipboard is empty (Weston does, as Klipper can): an empty text in its
    // place leaves it nothing to bring back.
    if (onWayland())
        clipboard->setText(QString(), mode);
    else
        clipboard->clear(mode);
}

QString Clipboard::pastedText()
{
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}

void Clipboard::clearIfHolds(const QString& text)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    for (QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection())
            continue;
        if (clipboard->text(mode) == text)
            emptyClipboard(mode);
    }
}

void Clipboard::forget()
{
    const bool wasPending = m_secondsLeft >= 0;
    const bool held = !m_digest.isEmpty();
    m_digest.clear();
    m_deadline = QDateTime();
    m_secondsLeft = -1;
    m_ticker->wakeAt(this, {});
    if (wasPending)
        emit countdownChanged(-1);
    if (held)
        emit released();
}

void Clipboard::onTick(const QDateTime& now)
{
    if (!m_deadline.isValid())
        return;
    const qint64 left = now.secsTo(m_deadline);
    if (left <= 0) {
        clearIfOurs();
        return;
    }
    if (left != m_secondsLeft) {
        m_secondsLeft = int(left);
        emit countdownChanged(m_secondsLeft);
    }
}

void Clipboard::onClipboardChanged()
{
    // someone else's copy replaced ours: nothing left for us to clear
    if (!m_digest.isEmpty() && !holdsOurSecret()) {
        qCDebug(lcClipboard, "another copy replaced the secret: nothing left to clear");
        forget();
    }
    // someone else's copy replaced our emptied one, and the compositor keeps that
    if (m_emptiedInPlace && QGuiApplication::clipboard() &&
        !QGuiApplication::clipboard()->ownsClipboard())
        m_emptiedInPlace = false;
}
