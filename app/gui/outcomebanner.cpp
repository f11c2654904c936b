// SPDX-License-Identifier: Apache-2.0
#include "outcomebanner.h"

#include "carrierpreset.h"
#include "icons.h"
#include "latencytext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

OutcomeBanner::OutcomeBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_message(new QLabel(this))
    , m_carrier(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_probe(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("outcomeBanner"));
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_icon->setFixedSize(22, 22);
    m_title->setObjectName(QStringLiteral("bannerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    m_title->setFont(titleFont);
    m_detail->setObjectName(QStringLiteral("bannerDetail"));
    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_carrier->setObjectName(QStringLiteral("bannerCarrier"));
    m_hint->setObjectName(QStringLiteral("bannerHint"));
    m_probe->setObjectName(QStringLiteral("bannerProbe"));
    for (QLabel* label : {m_title, m_detail, m_message, m_carrier, m_hint, m_probe}) {
        label->setWordWrap(label != m_title);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
    }
    m_busy->setObjectName(QStringLiteral("bannerBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(6);
    m_cancel->setObjectName(QStringLiteral("bannerCancel"));
    m_cancel->setIcon(Icons::themed(QStringLiteral("stop")));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_action->hide();
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setIcon(Icons::themed(QStringLiteral("close")));
    m_close->setAutoRaise(true);

    auto* text = new QVBoxLayout;
    text->setSpacing(3);
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_detail, 1);
    text->addLayout(titleRow);
    text->addWidget(m_message);
    text->addWidget(m_carrier);
    text->addWidget(m_hint);
    text->addWidget(m_probe);
    text->addWidget(m_busy);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 10, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_cancel, &QToolButton::clicked, this, &OutcomeBanner::cancelRequested);
    connect(m_close, &QToolButton::clicked, this, &OutcomeBanner::clear);
    clear();
    retranslate();
}

void OutcomeBanner::retranslate()
{
    setAccessibleName(tr("Test outcome"));
    m_busy->setAccessibleName(tr("Request in progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the request"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss"));
    switch (m_shows) {
    case Shows::Nothing:
        break;
    case Shows::Busy:
        renderBusy();
        break;
    case Shows::Result:
        renderResult();
        break;
    case Shows::Message:
        renderMessage();
        break;
    }
}

QString OutcomeBanner::title() const
{
    return m_title->text();
}

QString OutcomeBanner::message() const
{
    return m_message->text();
}

QString OutcomeBanner::carrierWords() const
{
    return m_carrier->text();
}

QString OutcomeBanner::hint() const
{
    return m_hint->text();
}

QString OutcomeBanner::probe() const
{
    return m_probe->text();
}

void OutcomeBanner::renderSignature(const SignatureCheck& signature)
{
    if (signature.verdict != SignatureCheck::Verdict::Invalid)
        return setLine(m_carrier, QString());
    // the token came, but nobody should send it on
    setTone(StatusStyle::Tone::Warning, QStringLiteral("warning"));
    setLine(m_carrier, tr("%1: %2 Do not use this token; ask the carrier which key signs it.")
                           .arg(signature.headline().text(), signature.detail.text()));
}

void OutcomeBanner::renderProbe(const ProbeOutcome& probe)
{
    if (!probe.ran())
        return setLine(m_probe, QString());
    if (!probe.ok())
        setTone(StatusStyle::Tone::Warning, QStringLiteral("warning"));
    // the verdict, the carrier's words (cleaned by the core) and what to try
    setLine(m_probe,
            tr("API probe: %1 — %2").arg(ProbeOutcome::label(probe.verdict), probe.fullText()));
}

void OutcomeBanner::setLine(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void OutcomeBanner::setTone(StatusStyle::Tone tone, const QString& iconName)
{
    m_tone = tone;
    m_iconName = iconName;
    const QColor c = StatusStyle::color(tone, palette());
    m_icon->setPixmap(Icons::tinted(iconName, c).pixmap(QSize(22, 22), devicePixelRatioF()));
    update();
}

void OutcomeBanner::showBusy(const QString& url)
{
    m_shows = Shows::Busy;
    m_url = url;
    m_action->hide();
    renderBusy();
    m_busy->show();
    m_cancel->show();
    m_close->hide();
    show();
}

void OutcomeBanner::renderBusy()
{
    setTone(StatusStyle::Tone::Info, QStringLiteral("clock"));
    setLine(m_title, tr("Requesting a token…"));
    setLine(m_detail, QString());
    setLine(m_message, m_url);
    setLine(m_carrier, QString());
    setLine(m_hint, QString());
    setLine(m_probe, QString());
}

void OutcomeBanner::showResult(const TokenResult& result, const CarrierPreset* preset)
{
    m_shows = Shows::Result;
    m_result = result;
    m_preset = preset;
    m_action->hide();
    renderResult();
    m_busy->hide();
    m_cancel->hide();
    m_close->show();
    show();
}

void OutcomeBanner::renderResult()
{
    const TokenResult& result = *m_result;
    const QString carrier = m_preset ? m_preset->name : tr("The carrier");
    QStringList facts;
    if (result.httpStatus > 0)
        facts << tr("HTTP %1").arg(result.httpStatus);
    if (result.latencyMs >= 0)
        facts << LatencyText::render(result.latencyMs,
                                     result.error.category == ErrorCategory::Timeout);
    setLine(m_detail, facts.join(QStringLiteral("  ·  ")));
    if (result.ok()) {
        setTone(StatusStyle::Tone::Success, QStringLiteral("success"));
        setLine(m_title, tr("Token received"));
        setLine(m_message, tr("%1 accepted these credentials.").arg(carrier));
        renderSignature(result.signature);
        setLine(m_hint, Message::texts(result.warnings).join(QLatin1Char('\n')));
        renderProbe(result.probe);
        return;
    }
    setLine(m_probe, QString());
    const Failure& e = result.error;
    const bool cancelled = e.category == ErrorCategory::Cancelled;
    if (e.category == ErrorCategory::HeldBack)
        setTone(StatusStyle::Tone::Warning, QStringLiteral("clock")); // wait, then it goes
    else
        setTone(cancelled ? StatusStyle::Tone::Neutral : StatusStyle::Tone::Danger,
                cancelled ? QStringLiteral("stop") : QStringLiteral("error"));
    setLine(m_title, Failure::categoryLabel(e.category));
    // the failure's sentences are rendered now, in the language in effect
    setLine(m_message, e.message.text());
    // the carrier's words exactly as sent (already cleaned of secrets by the core)
    QStringList words;
    if (!e.carrierDescription.isEmpty())
        words << tr("%1 said: \u201c%2\u201d").arg(carrier, e.carrierDescription);
    if (!e.carrierError.isEmpty() && e.carrierError != e.carrierDescription) {
        if (isProblemType(e.carrierError))
            words << tr("Problem type: %1").arg(e.carrierError);
        else
            words << (e.carrierDescription.isEmpty()
                          ? tr("%1 said: \u201c%2\u201d").arg(carrier, e.carrierError)
                          : tr("Error code: %1").arg(e.carrierError));
    }
    if (!e.carrierUri.isEmpty())
        words << tr("More about this error: %1").arg(e.carrierUri);
    setLine(m_carrier, words.join(QLatin1Char('\n')));
    const QString hint = e.hint.text();
    setLine(m_hint, hint.isEmpty() ? QString() : tr("What to try: %1").arg(hint));
}

void OutcomeBanner::showMessage(StatusStyle::Tone tone, Texts texts, QAction* action)
{
    showMessage(tone, std::move(texts));
    m_action->setDefaultAction(action);
    m_action->setVisible(action != nullptr);
}

bool OutcomeBanner::isProblemType(const QString& code)
{
    // an RFC 7807 problem "type" is a URI; an OAuth "error" is a word like invalid_client
    const QUrl url(code, QUrl::StrictMode);
    return url.isValid() && (!url.scheme().isEmpty() || code.startsWith(QLatin1Char('/')));
}

void OutcomeBanner::showMessage(StatusStyle::Tone tone, Texts texts)
{
    m_shows = Shows::Message;
    m_action->hide();
    m_texts = std::move(texts);
    m_busy->hide();
    m_cancel->hide();
    m_close->show();
    const QString icon = tone == StatusStyle::Tone::Danger    ? QStringLiteral("error")
                         : tone == StatusStyle::Tone::Warning ? QStringLiteral("warning")
                         : tone == StatusStyle::Tone::Success ? QStringLiteral("success")
                                                              : QStringLiteral("info");
    setTone(tone, icon);
    renderMessage();
    show();
}

void OutcomeBanner::showMessage(StatusStyle::Tone tone, const QString& title, const QString& text)
{
    showMessage(tone, [title, text] { return qMakePair(title, text); });
}

void OutcomeBanner::renderMessage()
{
    const auto [title, text] = m_texts();
    setLine(m_title, title);
    setLine(m_detail, QString());
    setLine(m_message, text);
    setLine(m_carrier, QString());
    setLine(m_hint, QString());
    setLine(m_probe, QString());
}

void OutcomeBanner::clear()
{
    m_shows = Shows::Nothing;
    m_result.reset();
    m_texts = nullptr;
    m_tone = StatusStyle::Tone::Neutral;
    m_action->hide();
    for (QLabel* label : {m_title, m_detail, m_message, m_carrier, m_hint, m_probe})
        label->clear();
    hide();
}

void OutcomeBanner::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor accent = StatusStyle::color(m_tone, palette());
    p.setPen(QPen(StatusStyle::wash(m_tone, palette(), 0.35), 1.0));
    p.setBrush(StatusStyle::wash(m_tone, palette(), 0.10));
    p.drawRoundedRect(r, 6, 6);
    // an accent stripe on the leading edge
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawRoundedRect(QRectF(r.left(), r.top(), 4, r.height()), 2, 2);
}

void OutcomeBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_iconName.isEmpty())
        setTone(m_tone, m_iconName);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
