// SPDX-License-Identifier: Apache-2.0
// The token view's verdict on a JWT's signature: green when a carrier's key
// checks it, red when it does not hold, neutral when no key was found.
#include "look.h"
#include "statusstyle.h"
#include "supportreport.h"
#include "tokenview.h"

#include <QLabel>

void TokenView::renderSignature()
{
    // from the view's own colours each time: a red verdict must not tint the next one
    m_signatureNote->setPalette(palette());
    if (!m_signature.checked()) {
        Look::makeMuted(m_signatureNote);
        m_signatureNote->setAccessibleName(QString());
        return;
    }
    using Verdict = SignatureCheck::Verdict;
    const StatusStyle::Tone tone =
        m_signature.verdict == Verdict::Verified  ? StatusStyle::Tone::Success
        : m_signature.verdict == Verdict::Invalid ? StatusStyle::Tone::Danger
                                                  : StatusStyle::Tone::Neutral;
    QStringList lines = SupportReport::signatureLines(m_signature);
    if (m_signature.verdict != Verdict::Verified)
        lines << tr("Never trust these claims for access decisions.");
    m_signatureNote->setText(lines.join(QLatin1Char('\n')));
    m_signatureNote->setAccessibleName(m_signature.headline().text());
    if (tone == StatusStyle::Tone::Neutral) {
        Look::makeMuted(m_signatureNote);
        return;
    }
    QPalette palette = m_signatureNote->palette();
    palette.setColor(QPalette::WindowText, StatusStyle::color(tone, this->palette()));
    m_signatureNote->setPalette(palette);
}
