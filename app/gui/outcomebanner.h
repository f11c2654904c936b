// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "statusstyle.h"
#include "tokenresult.h"

#include <QFrame>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;
struct CarrierPreset;

// The strip under the account header that says how the last test went:
// on its way (with Cancel), success with HTTP status and latency, or the
// failure category with our message, the carrier's own words and a hint.
class OutcomeBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OutcomeBanner(QWidget* parent = nullptr);

    // A message's title and text, asked for again when the language changes.
    using Texts = std::function<QPair<QString, QString>()>;

    void showBusy(const QString& url);
    void showResult(const TokenResult& result, const CarrierPreset* preset);
    // A message of our own, e.g. settings to fix before a test.
    void showMessage(StatusStyle::Tone tone, Texts texts);
    void showMessage(StatusStyle::Tone tone, const QString& title, const QString& text);
    // With a button for what to do about it (e.g. Test), shown until the next message.
    void showMessage(StatusStyle::Tone tone, Texts texts, QAction* action);
    void clear();

    StatusStyle::Tone tone() const { return m_tone; }
    QString title() const;
    QString message() const;
    QString carrierWords() const;
    QString hint() const;
    // The probe's verdict under the token's, when the test made one.
    QString probe() const;

    // Whether the carrier's code is an RFC 7807 problem type (a URI), not an OAuth error code.
    static bool isProblemType(const QString& code);

signals:
    void cancelRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void renderBusy();
    void renderResult();
    void renderMessage();
    void setTone(StatusStyle::Tone tone, const QString& iconName);
    void setLine(QLabel* label, const QString& text);
    // The API probe's verdict line; a probe that did not work turns a success amber.
    void renderSignature(const SignatureCheck& signature);
    void renderProbe(const ProbeOutcome& probe);

    // what is on show, so a language change can render it again
    enum class Shows
    {
        Nothing,
        Busy,
        Result,
        Message
    };
    Shows m_shows = Shows::Nothing;
    QString m_url;
    std::optional<TokenResult> m_result;
    const CarrierPreset* m_preset = nullptr;
    Texts m_texts;

    StatusStyle::Tone m_tone = StatusStyle::Tone::Neutral;
    QString m_iconName;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_detail;
    QLabel* m_message;
    QLabel* m_carrier;
    QLabel* m_hint;
    QLabel* m_probe;
    QProgressBar* m_busy;
    QToolButton* m_cancel;
    QToolButton* m_action; // what the message suggests, when it suggests something
    QToolButton* m_close;
};
