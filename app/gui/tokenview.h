// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "defaults.h"
#include "issuedtoken.h"
#include "tokeninspector.h"
#include "tokenresult.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class ClaimsTable;
class Clipboard;
class CountdownBar;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class ScopeChips;
class SecretLineEdit;
class Ticker;
struct CarrierPreset;
struct Account;

// The selected account's token: masked value with reveal, type, times, a
// live countdown with its bar, the carrier's refresh advice and the scopes;
// below, the decoded JWT and the raw response (token values redacted).
class TokenView : public QWidget
{
    Q_OBJECT

public:
    // Where the expiry time came from, in words ("from expires_in"); empty when unknown.
    static QString expirySourceText(ExpirySource source);
    // How API calls carry the token, when it is not plain "Authorization: Bearer"
    // alone: the header and scheme, then the other headers by name (never a value).
    static QString usageText(const IssuedToken& token);
    explicit TokenView(Ticker* ticker, QWidget* parent = nullptr);

    void setAccount(const Account* account, const CarrierPreset* preset);
    // Shows the account's token (a result holding it and what was decoded
    // from it) and the last result, in one drawing.
    void display(const std::optional<TokenResult>& held, const std::optional<TokenResult>& last);
    // Shows a token by itself, decoded as a cached one is.
    void setToken(const std::optional<IssuedToken>& token);
    void setLastResult(const std::optional<TokenResult>& result);
    // How many times the token and result have been drawn (for tests).
    int renderCount() const { return m_renderCount; }
    void setRefreshMargin(qint64 seconds);
    // Where copies of the revealed token go; without one nothing is copied.
    void setClipboard(Clipboard* clipboard);

    bool hasToken() const { return m_token.has_value(); }
    const std::optional<IssuedToken>& shownToken() const { return m_token; }
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    QString countdownText() const;

signals:
    // After each drawing of a new token or result.
    void rendered();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildCard();
    QWidget* buildDetails();
    void retranslate();
    void render();
    void renderToken();
    void renderResponseMeta();
    void renderRaw();
    void updateEmptyText();
    void updateRevealNames();
    void updateCountdown(const QDateTime& now);
    void showTokenText();
    void updateRefreshAdvice();
    void updateDetailsVisibility();
    void renderUsage();
    // The signature check over the "not verified" note (tokenviewsignature.cpp).
    void renderSignature();

    Ticker* m_ticker;
    const CarrierPreset* m_preset = nullptr;
    QString m_carrierName;
    QUuid m_accountId;
    std::optional<IssuedToken> m_token;
    TokenInspection m_inspection;
    SignatureCheck m_signature; // of the held token, when a test checked it
    std::optional<TokenResult> m_lastResult;
    qint64 m_margin = Defaults::kRefreshMarginSeconds;
    bool m_revealed = false;
    bool m_rawForFailure = false; // the details turned to the raw response for a failure
    int m_renderCount = 0;

    QWidget* m_emptyCard;
    QWidget* m_tokenCard;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
    QLabel* m_tokenCaption;
    SecretLineEdit* m_tokenEdit;
    QToolButton* m_reveal;
    QList<QLabel*> m_factCaptions; // type, format, obtained, expires
    QLabel* m_type;
    QLabel* m_format;
    QLabel* m_obtained;
    QLabel* m_expires;
    QLabel* m_expirySource; // where the expiry time came from
    QLabel* m_countdown;
    CountdownBar* m_bar;
    QLabel* m_advice;
    QLabel* m_usage;       // how API calls carry the token, when not plain Authorization
    QLabel* m_refreshNote; // a refresh token came and is kept, never shown
    QLabel* m_scopesCaption;
    ScopeChips* m_scopes;
    QTabWidget* m_details;
    QStackedWidget* m_claimsStack;
    QLabel* m_signatureNote;
    ClaimsTable* m_claims;
    QLabel* m_opaqueNote;
    QLabel* m_responseMeta;
    QPlainTextEdit* m_raw;
};
