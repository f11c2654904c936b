// SPDX-License-Identifier: Apache-2.0
#include "historytable.h"

#include "failure.h"
#include "icons.h"
#include "latencytext.h"
#include "look.h"
#include "plaintext.h"
#include "statusstyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

HistoryTable::HistoryTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("historyTable"));
    Look::makeReadOnlyTable(this, {QHeaderView::ResizeToContents, QHeaderView::Stretch,
                                   QHeaderView::ResizeToContents, QHeaderView::ResizeToContents,
                                   QHeaderView::ResizeToContents});
    setAlternatingRowColors(true);
    retranslate();
}

void HistoryTable::retranslate()
{
    setAccessibleName(tr("Test history"));
    setHorizontalHeaderLabels(
        {tr("Time"), tr("Outcome"), tr("HTTP"), tr("Latency"), tr("API probe")});
    render();
}

void HistoryTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

void HistoryTable::setHistory(const QList<TestRecord>& history)
{
    m_history = history;
    render();
}

void HistoryTable::render()
{
    const QList<TestRecord>& history = m_history;
    setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const TestRecord& r = history.at(row);
        auto* time = new QTableWidgetItem(
            QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        time->setToolTip(
            tr("%1 UTC").arg(r.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        setItem(row, 0, time);

        const auto category = Failure::categoryFromId(r.category);
        const QString label = category ? Failure::categoryLabel(*category) : r.category;
        const bool ok = r.ok();
        const bool cancelled = category == ErrorCategory::Cancelled;
        const StatusStyle::Tone tone = ok          ? StatusStyle::Tone::Success
                                       : cancelled ? StatusStyle::Tone::Neutral
                                                   : StatusStyle::Tone::Danger;
        auto* outcome = new QTableWidgetItem(
            Icons::tinted(ok ? QStringLiteral("success")
                             : (cancelled ? QStringLiteral("stop") : QStringLiteral("error")),
                          StatusStyle::color(tone, palette())),
            ok ? tr("Token received") : label);
        if (const QString words = r.carrierWords(); !ok && !words.isEmpty()) {
            // the carrier's own words beside the category: what it said then
            outcome->setText(tr("%1: \u201c%2\u201d").arg(label, words));
            outcome->setToolTip(PlainText::toolTip(words));
        }
        setItem(row, 1, outcome);

        setItem(row, 2,
                new QTableWidgetItem(r.httpStatus > 0 ? QString::number(r.httpStatus)
                                                      : QStringLiteral("\u2014")));
        auto* latency = new QTableWidgetItem(
            r.latencyMs >= 0 ? LatencyText::render(r.latencyMs, category == ErrorCategory::Timeout)
                             : QStringLiteral("\u2014"));
        latency->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, 3, latency);
        setItem(row, 4, probeItem(r));
    }
}

QTableWidgetItem* HistoryTable::probeItem(const TestRecord& r) const
{
    if (!r.probe || !r.probe->ran())
        return new QTableWidgetItem(QStringLiteral("\u2014"));
    const ProbeOutcome& p = *r.probe;
    const StatusStyle::Tone tone = p.ok() ? StatusStyle::Tone::Success : StatusStyle::Tone::Warning;
    QString text = ProbeOutcome::label(p.verdict);
    if (p.httpStatus > 0)
        text = tr("%1 (HTTP %2)").arg(text).arg(p.httpStatus);
    auto* item = new QTableWidgetItem(
        Icons::tinted(p.ok() ? QStringLiteral("success") : QStringLiteral("warning"),
                      StatusStyle::color(tone, palette())),
        text);
    item->setToolTip(PlainText::toolTip(p.fullText()));
    return item;
}
