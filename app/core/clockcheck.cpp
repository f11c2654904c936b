// SPDX-License-Identifier: Apache-2.0
#include "clockcheck.h"

#include "supportreport.h"

#include <QLocale>

namespace {
QDateTime parseWith(const QString& text, const QString& format)
{
    // HTTP dates are English whatever the language in use
    QDateTime at = QLocale::c().toDateTime(text, format);
    if (!at.isValid())
        return {};
    at.setTimeSpec(Qt::UTC);
    return at;
}
} // namespace

QString ClockReading::sourceId() const
{
    switch (source) {
    case Source::DateHeader:
        return QStringLiteral("date_header");
    case Source::IssuedAt:
        return QStringLiteral("iat");
    case Source::None:
        break;
    }
    return QStringLiteral("none");
}

qint64 ClockReading::shownSeconds() const
{
    if (qAbs(serverAheadSeconds) < 2 * 60)
        return serverAheadSeconds;
    return qRound64(double(serverAheadSeconds) / 60.0) * 60;
}

Message ClockReading::warning(const QString& carrierName) const
{
    if (!isOff())
        return {};
    const QString apart = SupportReport::duration(shownSeconds());
    if (source == Source::DateHeader)
        return serverAheadSeconds > 0
                   ? Message::translate("ClockReading",
                                        "This computer's clock is %1 behind %2's (from its Date "
                                        "header). The countdown follows %2's clock; set this "
                                        "computer's time automatically (NTP) to fix it.")
                         .arg(apart)
                         .arg(carrierName)
                   : Message::translate("ClockReading",
                                        "This computer's clock is %1 ahead of %2's (from its Date "
                                        "header). The countdown follows %2's clock; set this "
                                        "computer's time automatically (NTP) to fix it.")
                         .arg(apart)
                         .arg(carrierName);
    if (serverAheadSeconds > 0)
        return Message::translate("ClockReading",
                                  "This computer's clock is about %1 behind %2's (from the "
                                  "token's issue time). The countdown follows %2's clock; set "
                                  "this computer's time automatically (NTP) to fix it.")
            .arg(apart)
            .arg(carrierName);
    // an old token already expired here: this clock ahead, or a stale token
    // handed out again; without a Date header nobody can tell, so nothing moves
    return Message::translate("ClockReading",
                              "The token had already expired by this computer's clock when it "
                              "arrived: either this clock is about %1 ahead of %2's (set its "
                              "time automatically, NTP), or %2 handed out an old token.")
        .arg(apart)
        .arg(carrierName);
}

QDateTime ClockCheck::parseHttpDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty() || text.size() > 64)
        return {};
    // IMF-fixdate first (what every server sends now), then RFC 850, then asctime
    if (text.endsWith(QLatin1String(" GMT"))) {
        const QString body = text.chopped(4);
        const QString imfFixdate =
            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"); // untranslated: HTTP date
        const QString rfc850 =
            QStringLiteral("dddd, dd-MMM-yy HH:mm:ss"); // untranslated: HTTP date
        for (const QString& format : {imfFixdate, rfc850}) {
            QDateTime at = parseWith(body, format);
            if (at.isValid()) {
                // RFC 850's two-digit year: the one within the next fifty years
                if (format == rfc850 && at.date().year() < 1970)
                    at = at.addYears(100);
                return at;
            }
        }
        return {};
    }
    return parseWith(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy")); // untranslated: format
}

ClockReading ClockCheck::fromDateHeader(const QByteArray& value, const QDateTime& receivedAt)
{
    ClockReading reading;
    const QDateTime server = parseHttpDate(value);
    if (!server.isValid() || !receivedAt.isValid())
        return reading;
    reading.source = ClockReading::Source::DateHeader;
    reading.serverAheadSeconds = receivedAt.secsTo(server);
    return reading;
}

ClockReading ClockCheck::fromIssuedAt(const QDateTime& issuedAt, const QDateTime& expiresAt,
                                      const QDateTime& receivedAt)
{
    ClockReading reading;
    if (!issuedAt.isValid() || !receivedAt.isValid())
        return reading;
    const qint64 ahead = receivedAt.secsTo(issuedAt);
    // issued in this computer's future: this clock is behind. Issued so long
    // ago that it had already expired here when it arrived: this clock is
    // ahead. Anything between may be a token the carrier hands out again.
    const bool issuedInFuture = ahead > ClockReading::kToleranceSeconds;
    const bool deadOnArrival =
        expiresAt.isValid() && expiresAt.secsTo(receivedAt) > ClockReading::kToleranceSeconds;
    if (!issuedInFuture && !deadOnArrival)
        return reading;
    reading.source = ClockReading::Source::IssuedAt;
    reading.serverAheadSeconds = ahead;
    return reading;
}
