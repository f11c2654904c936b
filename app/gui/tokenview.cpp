// SPDX-License-Identifier: Apache-2.0
#include "tokenview.h"

#include "account.h"
#include "accountstatus.h"
#include "carrierpreset.h"
#include "claimstable.h"
#include "countdownbar.h"
#include "icons.h"
#include "latencytext.h"
#include "look.h"
#include "scopechips.h"
#include "secretlineedit.h"
#include "shortcuts.h"
#include "ticker.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString localTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
QString utcTooltip(const QDateTime& t)
{
    return QCoreApplication::translate("TokenView", "%1 UTC")
        .arg(t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}
QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // the type and algorithm are the carrier's words
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
// A muted line of the card that wraps (notes on the token, the carrier's words).
QLabel* noteLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // header names are the carrier's words
    label->setWordWrap(true);
    Look::makeMuted(label);
    return label;
}
} // namespace

TokenView::TokenView(Ticker* ticker, QWidget* parent)
    : QWidget(parent)
    , m_ticker(ticker)
{
    setObjectName(QStringLiteral("tokenView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);

    // two cards, one hidden: a hidden widget takes no room, unlike a stacked page
    auto* empty = Look::card(this, QStringLiteral("tokenEmpty"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(20, 22, 20, 22);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("tokenEmptyTitle"));
    Look::makeHeading(m_emptyTitle, 1.1);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("tokenEmptyText"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setWordWrap(true);
    Look::makeMuted(m_emptyText);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    m_emptyCard = empty;
    m_tokenCard = buildCard();
    // a card is never squeezed below its text: the view scrolls instead (AccountPage)
    m_emptyCard->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_tokenCard->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_emptyCard);
    layout->addWidget(m_tokenCard);
    layout->addWidget(buildDetails(), 1);
    layout->addStretch(0); // takes the room while the details are hidden

    connect(m_ticker, &Ticker::tick, this, &TokenView::updateCountdown);
    render();
    m_renderCount = 0;
    retranslate();
}

QWidget* TokenView::buildCard()
{
    auto* card = Look::card(this, QStringLiteral("tokenCard"));
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(18, 16, 18, 16);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(4);

    // the token itself, masked until revealed
    m_tokenEdit = new SecretLineEdit(card);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reveal = new QToolButton(card);
    m_reveal->setObjectName(QStringLiteral("tokenRevealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setIcon(Icons::themed(QStringLiteral("eye")));
    connect(m_reveal, &QToolButton::toggled, this, &TokenView::setRevealed);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->setSpacing(6);
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_reveal);
    m_tokenCaption = Look::caption(QString(), card);
    grid->addWidget(m_tokenCaption, 0, 0, 1, 4);
    grid->addLayout(tokenRow, 1, 0, 1, 4);
    grid->setRowMinimumHeight(2, 10);

    m_type = valueLabel(card, QStringLiteral("tokenType"));
    m_format = valueLabel(card, QStringLiteral("tokenFormat"));
    m_obtained = valueLabel(card, QStringLiteral("obtainedAt"));
    m_expires = valueLabel(card, QStringLiteral("expiresAt"));
    const QList<QLabel*> facts{m_type, m_format, m_obtained, m_expires};
    for (int i = 0; i < facts.size(); ++i) {
        QLabel* caption = Look::caption(QString(), card);
        m_factCaptions << caption;
        grid->addWidget(caption, 3, i);
        grid->addWidget(facts.at(i), 4, i);
    }
    // under the expiry, where it came from; the row keeps its gap when it is empty
    m_expirySource = noteLabel(card, QStringLiteral("expirySource"));
    m_expirySource->setContentsMargins(0, 0, 0, 12);
    grid->addWidget(m_expirySource, 5, 3, Qt::AlignTop);
    grid->setRowMinimumHeight(5, 12);

    m_countdown = valueLabel(card, QStringLiteral("countdownLabel"));
    Look::makeHeading(m_countdown, 1.15);
    m_bar = new CountdownBar(card);
    auto* countdownRow = new QHBoxLayout;
    countdownRow->setSpacing(14);
    countdownRow->addWidget(m_countdown);
    countdownRow->addWidget(m_bar, 1);
    grid->addLayout(countdownRow, 6, 0, 1, 4);

    m_advice = noteLabel(card, QStringLiteral("refreshAdvice"));
    grid->addWidget(m_advice, 7, 0, 1, 4);
    m_usage = noteLabel(card, QStringLiteral("tokenUsage"));
    m_usage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshNote = noteLabel(card, QStringLiteral("refreshTokenNote"));
    grid->addWidget(m_usage, 8, 0, 1, 4);
    grid->addWidget(m_refreshNote, 9, 0, 1, 4);
    grid->setRowMinimumHeight(10, 10);

    m_scopesCaption = Look::caption(QString(), card);
    m_scopesCaption->setObjectName(QStringLiteral("scopesCaption"));
    m_scopes = new ScopeChips(card);
    grid->addWidget(m_scopesCaption, 11, 0, 1, 4);
    grid->addWidget(m_scopes, 12, 0, 1, 4);
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);
    return card;
}

namespace {
// Tabs whose height never depends on their width: their wrapped notes would
// otherwise claim their preferred height ahead of the card above them.
class DetailsTabs : public QTabWidget
{
public:
    using QTabWidget::QTabWidget;
    bool hasHeightForWidth() const override { return false; }
};
} // namespace

QWidget* TokenView::buildDetails()
{
    m_details = new DetailsTabs(this);
    // the room left below the card, and no more than a few lines asked for:
    // the card is whole first, then the token view scrolls (AccountPage)
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_details->setObjectName(QStringLiteral("tokenDetails"));
    m_details->setDocumentMode(true);

    auto* claimsPage = new QWidget(m_details);
    auto* claimsLayout = new QVBoxLayout(claimsPage);
    claimsLayout->setContentsMargins(0, 8, 0, 0);
    m_claimsStack = new QStackedWidget(claimsPage);
    auto* jwtPage = new QWidget(m_claimsStack);
    auto* jwtLayout = new QVBoxLayout(jwtPage);
    jwtLayout->setContentsMargins(0, 0, 0, 0);
    m_signatureNote = new QLabel(jwtPage);
    m_signatureNote->setObjectName(QStringLiteral("signatureNote"));
    m_signatureNote->setTextFormat(Qt::PlainText);
    m_signatureNote->setWordWrap(true);
    Look::makeMuted(m_signatureNote);
    m_claims = new ClaimsTable(jwtPage);
    jwtLayout->addWidget(m_signatureNote);
    jwtLayout->addWidget(m_claims, 1);
    m_opaqueNote = new QLabel(m_claimsStack);
    m_opaqueNote->setObjectName(QStringLiteral("opaqueNote"));
    m_opaqueNote->setTextFormat(Qt::PlainText);
    m_opaqueNote->setWordWrap(true);
    m_opaqueNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_opaqueNote->setContentsMargins(4, 4, 4, 4);
    Look::makeMuted(m_opaqueNote);
    m_claimsStack->addWidget(jwtPage);
    m_claimsStack->addWidget(m_opaqueNote);
    claimsLayout->addWidget(m_claimsStack);
    m_details->addTab(claimsPage, QString());

    auto* rawPage = new QWidget(m_details);
    auto* rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 8, 0, 0);
    m_responseMeta = new QLabel(rawPage);
    m_responseMeta->setObjectName(QStringLiteral("responseMeta"));
    m_responseMeta->setTextFormat(Qt::PlainText);
    m_responseMeta->setWordWrap(true);
    m_responseMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Look::makeMuted(m_responseMeta);
    m_raw = new QPlainTextEdit(rawPage);
    m_raw->setObjectName(QStringLiteral("rawResponse"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    rawLayout->addWidget(m_responseMeta);
    rawLayout->addWidget(m_raw, 1);
    m_details->addTab(rawPage, QString());
    m_details->setMinimumHeight(m_details->minimumSizeHint().height());
    return m_details;
}

void TokenView::retranslate()
{
    m_emptyTitle->setText(tr("No token yet"));
    m_tokenEdit->setAccessibleName(tr("Access token"));
    Look::setCaptionText(m_tokenCaption, tr("Access token"));
    const QStringList facts{tr("Type"), tr("Format"), tr("Obtained"), tr("Expires")};
    const QList<QLabel*> values{m_type, m_format, m_obtained, m_expires};
    for (int i = 0; i < facts.size(); ++i) {
        Look::setCaptionText(m_factCaptions.at(i), facts.at(i));
        values.at(i)->setAccessibleName(facts.at(i));
    }
    m_countdown->setAccessibleName(tr("Time left"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_reveal->setToolTip(tr("Show or hide the token"));
    m_details->setAccessibleName(tr("Token details"));
    m_details->setTabText(0, tr("Decoded token"));
    m_details->setTabText(1, tr("Raw response"));
    m_raw->setAccessibleName(tr("Raw response, token values redacted"));
    updateRevealNames();
    showTokenText();
    updateEmptyText();
    renderToken();
    renderResponseMeta();
    updateRefreshAdvice();
    updateCountdown(m_ticker->now());
}

void TokenView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TokenView::setAccount(const Account* account, const CarrierPreset* preset)
{
    m_preset = preset;
    m_carrierName = preset ? preset->name : (account ? account->carrierId : QString());
    // another account's token is never left on show
    const QUuid id = account ? account->id : QUuid();
    if (id != m_accountId || id.isNull())
        setRevealed(false);
    m_accountId = id;
    updateEmptyText();
    updateRefreshAdvice();
}

void TokenView::updateEmptyText()
{
    const bool refused = m_lastResult && !m_lastResult->ok() && !m_token;
    const QString keys = Shortcuts::text(Shortcuts::test());
    m_emptyText->setText(refused ? tr("The last test returned no token; the banner above says "
                                      "why. Test again (%1) once it is fixed.")
                                       .arg(keys)
                                 : tr("Test the account (%1) to request a token from %2. Its "
                                      "expiry, scopes and decoded claims appear here.")
                                       .arg(keys, m_carrierName));
}

void TokenView::setRefreshMargin(qint64 seconds)
{
    m_margin = seconds;
    updateCountdown(m_ticker->now());
}

void TokenView::setClipboard(Clipboard* clipboard)
{
    m_tokenEdit->setClipboard(clipboard);
}

void TokenView::setToken(const std::optional<IssuedToken>& token)
{
    std::optional<TokenResult> held;
    if (token && !token->isEmpty()) {
        held.emplace();
        held->token = *token;
        held->inspection = TokenInspector::inspect(&held->token);
    }
    display(held, m_lastResult);
}

void TokenView::setLastResult(const std::optional<TokenResult>& result)
{
    std::optional<TokenResult> held;
    if (m_token) {
        held.emplace();
        held->token = *m_token;
        held->inspection = m_inspection;
        held->signature = m_signature;
    }
    display(held, result);
}

void TokenView::display(const std::optional<TokenResult>& held,
                        const std::optional<TokenResult>& last)
{
    m_token =
        held && !held->token.isEmpty() ? std::optional<IssuedToken>(held->token) : std::nullopt;
    m_inspection = m_token ? held->inspection : TokenInspection();
    m_signature = m_token ? held->signature : SignatureCheck();
    m_lastResult = last;
    render();
}

void TokenView::render()
{
    m_emptyCard->setVisible(!m_token);
    m_tokenCard->setVisible(m_token.has_value());
    showTokenText();
    if (m_token) {
        // the final list, settled once in core for every view
        m_scopes->setScopes(m_token->scopes);
        m_scopes->setVisible(!m_token->scopes.isEmpty());
    }
    m_claimsStack->setCurrentIndex(m_inspection.isJwt() ? 0 : 1);
    m_claims->setInspection(m_inspection.isJwt() ? m_inspection : TokenInspection());
    renderToken();
    updateEmptyText();
    updateRefreshAdvice();
    updateCountdown(m_ticker->now());
    updateDetailsVisibility();
    // a refusal's body is the most useful thing to look at when there is no token
    if (m_lastResult && !m_lastResult->ok() && !m_token) {
        m_details->setCurrentIndex(1);
        m_rawForFailure = true;
    } else if (m_token && m_rawForFailure) {
        // a token again: what it holds, not the failure's response from before
        m_details->setCurrentIndex(0);
        m_rawForFailure = false;
    }
    renderResponseMeta();
    renderRaw();
    ++m_renderCount;
    emit rendered();
}

// The token's facts and notes in words (the values themselves are set in setToken).
void TokenView::renderToken()
{
    if (m_token) {
        m_type->setText(
            m_token->tokenTypeAsSent.isEmpty() || m_token->tokenTypeAsSent == m_token->tokenType
                ? m_token->tokenType
                : tr("%1 (sent as %2)").arg(m_token->tokenType, m_token->tokenTypeAsSent));
        m_format->setText(m_inspection.isJwt() ? tr("JWT · %1")
                                                     .arg(m_inspection.algorithm().isEmpty()
                                                              ? tr("no algorithm")
                                                              : m_inspection.algorithm())
                                               : tr("Opaque"));
        m_obtained->setText(localTime(m_token->obtainedAt));
        m_obtained->setToolTip(utcTooltip(m_token->obtainedAt));
        const QDateTime expires = m_token->expiresAt();
        m_expires->setText(expires.isValid() ? localTime(expires) : tr("Not stated"));
        m_expires->setToolTip(expires.isValid() ? utcTooltip(expires) : QString());
        m_expirySource->setText(expires.isValid() ? expirySourceText(m_token->expirySource())
                                                  : QString());
        m_expirySource->setAccessibleName(tr("Expiry source"));
        Look::setCaptionText(m_scopesCaption, m_scopes->scopes().isEmpty()
                                                  ? tr("SCOPES: NONE STATED")
                                                  : tr("SCOPES"));
    }
    // both notes, the hidden one too, so it is current whenever it shows
    QString note = tr("Decoded for information only: the signature is not verified. "
                      "Never trust these claims for access decisions.");
    if (m_inspection.algNone)
        note += QLatin1Char(' ') + tr("This token is not signed at all (alg \u201cnone\u201d).");
    if (!m_inspection.note.isEmpty())
        note += QLatin1Char(' ') + m_inspection.note.text();
    m_signatureNote->setText(note);
    renderSignature();
    m_opaqueNote->setText(
        !m_token
            ? tr("No token to decode yet.")
            : tr("This token is opaque: it carries no readable claims, so there is "
                 "nothing to decode.%1")
                  .arg(m_inspection.note.isEmpty() ? QString()
                                                   : QLatin1Char(' ') + m_inspection.note.text()));
    renderUsage();
}

QString TokenView::expirySourceText(ExpirySource source)
{
    switch (source) {
    case ExpirySource::ExpiresIn:
        return tr("from expires_in");
    case ExpirySource::StatedTime:
        return tr("from the expiry time in the answer");
    case ExpirySource::Jwt:
        return tr("from the token's exp claim");
    case ExpirySource::Documented:
        return tr("the carrier's documented lifetime: the answer did not say");
    case ExpirySource::Unknown:
        break;
    }
    return {};
}

QString TokenView::usageText(const IssuedToken& token)
{
    const bool authorization =
        token.useHeader.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
    const QString scheme = authorization ? token.tokenType : token.useScheme;
    if (authorization && token.apiHeaders.isEmpty())
        return {}; // the usual "Authorization: Bearer": nothing to point out
    const QString value = scheme.isEmpty() ? tr("<token>") : tr("%1 <token>").arg(scheme);
    QStringList names;
    for (const ApiHeader& h : token.apiHeaders)
        names << QString::fromLatin1(h.name);
    if (names.isEmpty())
        return tr("API calls send it as \u201c%1: %2\u201d.").arg(token.useHeader, value);
    return tr("API calls send it as \u201c%1: %2\u201d, with %3; Copy Header includes them.")
        .arg(token.useHeader, value, names.join(QStringLiteral(", ")));
}

void TokenView::renderUsage()
{
    const QString usage = m_token ? usageText(*m_token) : QString();
    m_usage->setText(usage);
    m_usage->setVisible(!usage.isEmpty());
    const bool refresh = m_token && !m_token->refreshToken.isEmpty();
    m_refreshNote->setText(refresh ? tr("A refresh token came with it: TokenDock keeps it in "
                                        "the keychain and never shows it.")
                                   : QString());
    m_refreshNote->setVisible(refresh);
}

void TokenView::updateDetailsVisibility()
{
    // nothing decoded and nothing received: the empty card says it all
    m_details->setVisible(m_token.has_value() || m_lastResult.has_value());
}

void TokenView::renderRaw()
{
    const std::optional<TokenResult>& result = m_lastResult;
    if (!result || (result->httpStatus == 0 && result->redactedBody.isEmpty())) {
        m_raw->clear();
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result->redactedBody, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        m_raw->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    else
        m_raw->setPlainText(QString::fromUtf8(result->redactedBody.left(64 * 1024)));
}

void TokenView::renderResponseMeta()
{
    const std::optional<TokenResult>& result = m_lastResult;
    if (!result || (result->httpStatus == 0 && result->redactedBody.isEmpty())) {
        m_responseMeta->setText(result ? tr("No response arrived.")
                                       : tr("No response yet in this session."));
        return;
    }
    QStringList meta;
    if (result->httpStatus > 0)
        meta << tr("HTTP %1").arg(result->httpStatus);
    if (!result->contentType.isEmpty())
        meta << QString::fromLatin1(result->contentType);
    if (result->latencyMs >= 0)
        meta << LatencyText::render(result->latencyMs,
                                    result->error.category == ErrorCategory::Timeout);
    if (result->url.isValid())
        meta << result->url.toString(QUrl::RemoveUserInfo);
    m_responseMeta->setText(meta.join(QStringLiteral("  ·  ")) + QLatin1Char('\n') +
                            tr("Token values are replaced by a marker."));
}

void TokenView::setRevealed(bool revealed)
{
    m_revealed = revealed && m_token.has_value();
    if (m_reveal->isChecked() != m_revealed) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(m_revealed);
    }
    m_reveal->setIcon(
        Icons::themed(m_revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    updateRevealNames();
    showTokenText();
}

void TokenView::updateRevealNames()
{
    m_reveal->setAccessibleName(m_revealed ? tr("Hide the token") : tr("Show the token"));
}

void TokenView::showTokenText()
{
    if (!m_token) {
        m_tokenEdit->clear();
        return;
    }
    if (m_revealed) {
        m_tokenEdit->setText(QString::fromUtf8(m_token->accessToken.expose()));
        m_tokenEdit->setCursorPosition(0);
        return;
    }
    // a fixed mask: the token never sits in the widget while hidden
    m_tokenEdit->setText(QString(40, QChar(0x2022)) +
                         tr("  (%n characters)", nullptr, int(m_token->accessToken.size())));
}

QString TokenView::countdownText() const
{
    return m_countdown->text();
}

void TokenView::updateRefreshAdvice()
{
    if (!m_preset) {
        m_advice->clear();
        return;
    }
    const RefreshAdvice& r = m_preset->refresh;
    QString text = carrierText(r.text);
    if (m_token && m_token->obtainedAt.isValid()) {
        QDateTime next;
        if (r.kind == RefreshKind::Interval && r.intervalSeconds > 0)
            next = m_token->obtainedAt.addSecs(r.intervalSeconds);
        else if (r.kind == RefreshKind::Fraction && m_token->lifetime())
            next = m_token->obtainedAt.addSecs(qint64(*m_token->lifetime() * r.fraction));
        if (next.isValid())
            text += QLatin1Char(' ') + tr("Suggested refresh: %1.")
                                           .arg(QLocale().toString(next.toLocalTime().time(),
                                                                   QStringLiteral("HH:mm")));
    }
    m_advice->setText(text);
}

void TokenView::updateCountdown(const QDateTime& now)
{
    if (!m_token) {
        m_countdown->clear();
        m_bar->setRemaining(std::nullopt, std::nullopt, 0);
        return;
    }
    const auto left = m_token->secondsLeft(now);
    const auto lifetime = m_token->lifetime();
    m_bar->setRemaining(left, lifetime, AccountStatus::warningWindow(lifetime, m_margin));
    m_countdown->setText(left ? AccountStatus::longCountdown(*left) : tr("Expiry unknown"));
    QPalette pal = palette();
    if (m_bar->phase() == CountdownBar::Phase::Warning)
        pal.setColor(QPalette::WindowText,
                     StatusStyle::color(StatusStyle::Tone::Warning, palette()));
    else if (m_bar->phase() == CountdownBar::Phase::Expired)
        pal.setColor(QPalette::WindowText,
                     StatusStyle::color(StatusStyle::Tone::Danger, palette()));
    m_countdown->setPalette(pal);
}
