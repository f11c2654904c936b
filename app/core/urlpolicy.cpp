// SPDX-License-Identifier: Apache-2.0
#include "urlpolicy.h"

#include "textpolicy.h"

#include <QHostAddress>
#include <QRegularExpression>

QString UrlPolicy::hiddenCharacter(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        if (TextPolicy::isControl(c) || TextPolicy::isInvisible(c))
            return TextPolicy::codePoint(c);
    }
    return {};
}

bool UrlPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString UrlPolicy::problem(const QString& url)
{
    if (url.trimmed().isEmpty())
        return tr("Enter the carrier's token URL.");
    if (const QString hidden = hiddenCharacter(url); !hidden.isEmpty())
        return tr("The token URL holds an invisible or control character (%1) that can make it "
                  "look like another address; type the URL again.")
            .arg(hidden);
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    const QRegularExpressionMatch m = placeholder.match(url);
    if (m.hasMatch())
        return tr("Replace %1 in the token URL with your own value.").arg(m.captured(0));
    return problem(QUrl(url.trimmed(), QUrl::StrictMode));
}

QString UrlPolicy::problem(const QUrl& url)
{
    if (url.isEmpty())
        return tr("Enter the carrier's token URL.");
    if (!url.isValid() || url.host().isEmpty())
        return tr(
            "The token URL is not a valid web address; it should look like https://host/path.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The token URL must start with https://.");
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("The token URL must use https:// so the client secret is encrypted on the way; "
                  "plain http:// is only allowed to this computer (localhost).");
    if (!url.userInfo().isEmpty())
        return tr("Remove the user name and password from the token URL; the client id and secret "
                  "have their own fields.");
    if (url.hasFragment())
        return tr("Remove the #fragment from the token URL.");
    // a {placeholder} that was never filled in arrives percent-encoded in a QUrl
    const QString decoded = url.path(QUrl::FullyDecoded) + url.query(QUrl::FullyDecoded);
    if (const QString hidden = hiddenCharacter(url.host() + decoded); !hidden.isEmpty())
        return tr("The token URL holds an invisible or control character (%1) that can make it "
                  "look like another address; type the URL again.")
            .arg(hidden);
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    if (const auto m = placeholder.match(decoded); m.hasMatch())
        return tr("Replace %1 in the token URL with your own value.").arg(m.captured(0));
    return {};
}

bool UrlPolicy::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443
                                                                                           : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}
