// SPDX-License-Identifier: Apache-2.0
#include "accountquickread.h"

#include "accountlistscan.h"
#include "jsonscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QString>

#include <array>

namespace {

// The members read here; each may come once.
enum Member
{
    Id,
    Name,
    Carrier,
    Environment,
    TokenUrl,
    ClientId,
    Credentials,
    GrantType,
    Fields,
    Headers,
    KeepFresh,
    SecretMissing,
    ProbeOff,
    Created,
    Updated,
    SecretSet,
    LastWorked,
    FailingSince,
    History,
    kMembers
};

constexpr std::array<std::pair<Member, const char*>, kMembers> kNames{{
    {Id, "id"},
    {Name, "name"},
    {Carrier, "carrier"},
    {Environment, "environment"},
    {TokenUrl, "token_url"},
    {ClientId, "client_id"},
    {Credentials, "credentials"},
    {GrantType, "grant_type"},
    {Fields, "fields"},
    {Headers, "headers"},
    {KeepFresh, "keep_fresh"},
    {SecretMissing, "secret_missing"},
    {ProbeOff, "probe_off"},
    {Created, "created"},
    {Updated, "updated"},
    {SecretSet, "secret_set"},
    {LastWorked, "last_worked"},
    {FailingSince, "failing_since"},
    {History, "history"},
}};

bool isMap(Member m)
{
    return m == Fields || m == Headers;
}

bool isFlag(Member m)
{
    return m == KeepFresh || m == SecretMissing || m == ProbeOff;
}

class QuickRead
{
public:
    explicit QuickRead(QByteArrayView text)
        : m_scanner(text)
        , m_text0(text)
    {}

    bool run()
    {
        if (!m_scanner.at('{'))
            return false;
        const bool read =
            m_scanner.object(1, [this](bool escaped, int depth) { return member(escaped, depth); });
        return read && m_scanner.atEnd();
    }

    bool seen(Member m) const { return m_seen & (1u << m); }
    const QByteArray& text(Member m) const { return m_text[m]; }
    bool flag(Member m) const { return m_flag[m]; }
    const QMap<QString, QString>& map(Member m) const { return m == Fields ? m_fields : m_headers; }
    QByteArrayView history() const { return m_history; }

private:
    bool member(bool escaped, int depth)
    {
        if (escaped)
            return false;
        for (const auto& [m, name] : kNames) {
            if (!m_scanner.keyIs(name))
                continue;
            if (seen(m))
                return false;
            m_seen |= 1u << m;
            if (isMap(m))
                return readMap(m == Fields ? &m_fields : &m_headers, depth);
            if (isFlag(m))
                return readFlag(&m_flag[m], depth);
            if (m == History)
                return readHistory(depth);
            return readText(&m_text[m]);
        }
        return false;
    }

    bool readText(QByteArray* text)
    {
        bool escaped = false;
        return m_scanner.at('"') && m_scanner.string(text, &escaped) && !escaped;
    }

    bool readFlag(bool* flag, int depth)
    {
        m_scanner.space();
        const int c = m_scanner.peek();
        *flag = c == 't';
        return (c == 't' || c == 'f') && m_scanner.value(depth);
    }

    // The test results are read as Account::fromJson reads them, from their own text.
    bool readHistory(int depth)
    {
        if (!m_scanner.at('['))
            return false;
        const qint64 begin = m_scanner.offset();
        if (!m_scanner.value(depth))
            return false;
        m_history = m_text0.sliced(begin, m_scanner.offset() - begin);
        return true;
    }

    bool readMap(QMap<QString, QString>* out, int depth)
    {
        if (!m_scanner.at('{'))
            return false;
        return m_scanner.object(depth + 1, [this, out](bool escaped, int) {
            if (escaped)
                return false;
            const QString key = QString::fromUtf8(m_scanner.key());
            QByteArray value;
            if (out->contains(key) || !readText(&value))
                return false;
            out->insert(key, QString::fromUtf8(value));
            return true;
        });
    }

    JsonScanner m_scanner;
    const QByteArrayView m_text0; // what the scanner reads
    QByteArrayView m_history;     // the "history" array's text
    quint32 m_seen = 0;
    std::array<QByteArray, kMembers> m_text;
    std::array<bool, kMembers> m_flag{};
    QMap<QString, QString> m_fields;
    QMap<QString, QString> m_headers;
};

QString textOf(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

namespace AccountQuickRead {

std::optional<Account> read(QByteArrayView text)
{
    QuickRead r(text);
    if (!r.run())
        return std::nullopt;
    // as Account::fromJson reads each member
    Account p;
    p.id = AccountListScan::idOf(r.text(Id));
    p.name = textOf(r.text(Name)).trimmed();
    p.carrierId = textOf(r.text(Carrier));
    if (p.id.isNull() || p.name.isEmpty() || p.carrierId.isEmpty())
        return std::nullopt;
    p.environmentId = textOf(r.text(Environment));
    p.tokenUrl = textOf(r.text(TokenUrl));
    p.clientId = textOf(r.text(ClientId));
    const QByteArray& credentials = r.text(Credentials);
    if (credentials == "basic")
        p.placement = CredentialPlacement::Basic;
    else if (credentials == "body")
        p.placement = CredentialPlacement::Body;
    else if (credentials == "headers")
        p.placement = CredentialPlacement::Headers;
    else if (!credentials.isEmpty())
        return std::nullopt;
    p.grantType = textOf(r.text(GrantType));
    p.fields = r.map(Fields);
    p.headers = r.map(Headers);
    p.keepFresh = r.flag(KeepFresh);
    p.secretMissing = r.flag(SecretMissing);
    p.probeOn = !r.flag(ProbeOff);
    const auto time = [&r](Member m) {
        return r.seen(m) ? Account::timeFromText(textOf(r.text(m))) : QDateTime();
    };
    p.created = time(Created);
    p.updated = time(Updated);
    p.secretSetAt = time(SecretSet);
    p.workedAt = time(LastWorked);
    p.failingSince = time(FailingSince);
    if (r.seen(History)) {
        const QJsonDocument history = QJsonDocument::fromJson(
            QByteArray::fromRawData(r.history().data(), r.history().size()));
        if (!history.isArray())
            return std::nullopt;
        p.history = Account::historyFromJson(history.array());
    }
    return p;
}

} // namespace AccountQuickRead
