// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "defaults.h"

#include <QByteArray>
#include <QClipboard>
#include <QDateTime>
#include <QObject>
#include <QPointer>

class QMimeData;
class Ticker;

// Every copy the application makes goes through here.
//
// Secrets (tokens, headers) are marked for clipboard managers and history
// tools as sensitive, and cleared after clearSeconds() - but only while the
// clipboard still holds what we put there, so something the user copied
// since is never wiped. Only a digest of the copied text is kept for that
// comparison. Whatever is still ours is cleared on quit.
class Clipboard : public QObject
{
    Q_OBJECT

public:
    explicit Clipboard(Ticker* ticker, QObject* parent = nullptr);
    ~Clipboard() override;

    // 0 = never clear.
    void setClearSeconds(int seconds) { m_clearSeconds = qMax(0, seconds); }
    int clearSeconds() const { return m_clearSeconds; }

    void copySecret(const QString& text);
    // Text that is safe to keep (the redacted support report): not marked, not cleared.
    void copyText(const QString& text);
    // Clears the clipboard if it still holds the last secret we copied.
    void clearIfOurs();
    // What the user copied, for Paste Credentials.
    static QString pastedText();
    // Clears the clipboard and the selection (X11's middle-click copy) where
    // they still hold `text`: pasted credentials, once they are in the form.
    static void clearIfHolds(const QString& text);
    // Seconds until the pending clear, -1 when none is pending.
    int secondsLeft() const { return m_secondsLeft; }
    bool holdsOurSecret() const;

    // The MIME data for a secret: text plus the platform's "do not keep" marker.
    static QMimeData* sensitiveMimeData(const QString& text);

signals:
    // -1 when nothing is pending any more.
    void countdownChanged(int secondsLeft);
    void cleared();
    // The clipboard no longer holds a secret of ours: cleared by us, or
    // replaced by someone else's copy.
    void released();

private:
    // Empties `mode` so that nothing can bring what it held back.
    static void emptyClipboard(QClipboard::Mode mode);
    // Clears our secret; says in the log how.
    void clearSecret();
    void onTick(const QDateTime& now);
    void onClipboardChanged();
    void forget();

    Ticker* m_ticker;
    int m_clearSeconds = Defaults::kClipboardClearSeconds;
    QByteArray m_digest; // SHA-256 of the secret text we put there
    // The secret's MIME data, which the platform serves to every paste
    // while our copy is the clipboard's: emptied in place where the
    // clipboard cannot be replaced (Wayland without the focus).
    QPointer<QMimeData> m_offered;
    // Made while a window of ours had the focus: on Wayland, only then did
    // the compositor take it.
    bool m_copiedInFocus = false;
    // Emptied in place only: the compositor may still keep the secret,
    // to be replaced by an empty text on quit.
    bool m_emptiedInPlace = false;
    QDateTime m_deadline;
    int m_secondsLeft = -1;
};
