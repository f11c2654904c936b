// SPDX-License-Identifier: Apache-2.0
#include "accountlistscan.h"

#include "account.h"
#include "jsonscanner.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QUuid>

#include <algorithm>
#include <array>

namespace {

QString decoded(const QByteArray& raw, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(raw);
    // rare in a name: the JSON parser undoes the escapes
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
}

bool isAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Whether an account's name, as written, has the wanted key
// (Account::nameKey). A name of plain ASCII, the usual kind, is compared as
// it is: trimmed of ASCII white space and without regard to case, which is
// what the key makes of such a name; any other is decoded and keyed.
bool sameKey(const QByteArray& name, bool escaped, const QString& key, const QByteArray& asciiKey)
{
    const bool plain = !escaped && std::all_of(name.begin(), name.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
    });
    if (!plain || asciiKey.isEmpty() != key.isEmpty())
        return Account::nameKey(decoded(name, escaped)) == key;
    QByteArrayView trimmed(name);
    while (!trimmed.isEmpty() && isAsciiSpace(trimmed.front()))
        trimmed = trimmed.sliced(1);
    while (!trimmed.isEmpty() && isAsciiSpace(trimmed.back()))
        trimmed.chop(1);
    return trimmed.size() == asciiKey.size() && trimmed.compare(asciiKey, Qt::CaseInsensitive) == 0;
}

// Each byte's value as a hex digit, or -1: a table, as digits and letters
// come in no order a branch could guess.
constexpr std::array<qint8, 256> kHexDigits = [] {
    std::array<qint8, 256> digits{};
    for (int c = 0; c < 256; ++c) {
        digits[size_t(c)] = c >= '0' && c <= '9'   ? qint8(c - '0')
                            : c >= 'a' && c <= 'f' ? qint8(c - 'a' + 10)
                            : c >= 'A' && c <= 'F' ? qint8(c - 'A' + 10)
                                                   : qint8(-1);
    }
    return digits;
}();

// The hex digits of text[from, to) as a number, skipping the dashes at the
// places `dashes` marks; nothing when any other byte is not a hex digit.
std::optional<quint64> hexRun(QByteArrayView text, int from, int to, quint64 dashes)
{
    quint64 value = 0;
    for (int i = from; i < to; ++i) {
        const char c = text.at(i);
        if ((dashes >> i) & 1) {
            if (c != '-')
                return std::nullopt;
            continue;
        }
        const int digit = kHexDigits[static_cast<uchar>(c)];
        if (digit < 0)
            return std::nullopt;
        value = value << 4 | quint64(digit);
    }
    return value;
}

// An id as QUuid::fromString reads it. The usual form, 36 hex digits and
// dashes, is read here: QUuid's own reading, through a string conversion,
// took an eighth of a scan of five thousand accounts.
QUuid uuidOf(QByteArrayView text)
{
    constexpr quint64 kDashes = 1ULL << 8 | 1ULL << 13 | 1ULL << 18 | 1ULL << 23;
    // the first 16 digits end before the dash at 18
    const auto high = text.size() == 36 ? hexRun(text, 0, 18, kDashes) : std::nullopt;
    const auto low = high ? hexRun(text, 18, 36, kDashes) : std::nullopt;
    if (!low)
        return QUuid::fromString(QLatin1StringView(text));
    return QUuid(uint(*high >> 32), ushort(*high >> 16), ushort(*high), uchar(*low >> 56),
                 uchar(*low >> 48), uchar(*low >> 40), uchar(*low >> 32), uchar(*low >> 24),
                 uchar(*low >> 16), uchar(*low >> 8), uchar(*low));
}

// One pass over the list: the root's members, and each account's name and id.
class ListScan
{
public:
    // The account named so (nameKey), else the one of that id.
    template <typename Source>
    ListScan(Source& source, const QString& nameKey, const QUuid& id)
        : m_scan(source)
        , m_nameKey(nameKey)
        , m_asciiKey(isAscii(nameKey) ? nameKey.toLatin1() : QByteArray())
        , m_wantedId(id)
    {}
    // Every account's place instead (pieces()).
    template <typename Source>
    explicit ListScan(Source& source)
        : m_scan(source)
        , m_collect(true)
    {}

    // Whether the text is one JSON object; what it found in found().
    bool run()
    {
        if (!m_scan.at('{'))
            return false;
        const bool ok = m_scan.object(
            1, [this](bool escaped, int depth) { return rootMember(escaped, depth); });
        if (!ok || !m_scan.atEnd() || m_scan.failed())
            return false;
        if (m_match < 0)
            return true;
        // which of two members of the same name counts is the parser's to say
        m_found.ambiguous = m_found.ambiguous || m_schemas > 1 || m_lists > 1;
        const QUuid id = m_ids.at(m_match);
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            if (i != m_match && !id.isNull() && m_ids.at(i) == id)
                m_found.ambiguous = true;
        }
        return true;
    }

    AccountListScan::Found& found() { return m_found; }
    // Every account's start and end, when every member of the list is an
    // object and the root's members are plain and not repeated.
    std::optional<AccountListScan::Pieces> pieces() const
    {
        if (!m_found.hasList || m_found.ambiguous || m_otherElement || m_schemas != 1 ||
            m_lists != 1)
            return std::nullopt;
        return AccountListScan::Pieces{m_found.schema, m_places};
    }
    // Where the named account's text lies; empty when none is named so.
    qint64 matchStart() const { return m_matchStart; }
    qint64 matchEnd() const { return m_matchEnd; }
    QUuid matchId() const { return m_match < 0 ? QUuid() : m_ids.at(m_match); }

private:
    bool rootMember(bool escaped, int depth)
    {
        if (escaped)
            m_found.ambiguous = true;
        if (!escaped && m_scan.keyIs("schema")) {
            ++m_schemas;
            return schema(depth);
        }
        if (!escaped && m_scan.keyIs("accounts")) {
            ++m_lists;
            m_found.hasList = m_scan.at('[');
            if (!m_found.hasList)
                return m_scan.value(depth);
            return m_scan.array(depth + 1, [this](int inner) { return account(inner); });
        }
        return m_scan.value(depth);
    }

    bool schema(int depth)
    {
        const int first = (m_scan.space(), m_scan.peek());
        if (first != '-' && (first < '0' || first > '9')) {
            m_found.schema = 0;
            return m_scan.value(depth);
        }
        QByteArray number;
        if (!m_scan.number(&number))
            return false;
        m_found.schema = number.toLongLong(); // 0 for a fraction or an exponent
        return true;
    }

    bool account(int depth)
    {
        if (m_collect)
            return place(depth);
        if (!m_scan.at('{'))
            return m_scan.value(depth);
        const qint64 begin = m_scan.offset();
        bool named = false;
        QUuid id;
        const bool ok = m_scan.object(depth + 1, [&](bool escaped, int inner) {
            if (escaped)
                m_found.ambiguous = true;
            if (!escaped && m_scan.keyIs("name") && m_wantedId.isNull() && m_scan.at('"')) {
                bool nameEscaped = false;
                if (!m_scan.string(&m_text, &nameEscaped))
                    return false;
                named = sameKey(m_text, nameEscaped, m_nameKey, m_asciiKey);
                return true;
            }
            if (!escaped && m_scan.keyIs("id") && m_scan.at('"')) {
                bool idEscaped = false;
                if (!m_scan.string(&m_text, &idEscaped))
                    return false;
                if (idEscaped) // the parser would read another id than the text shows
                    m_found.ambiguous = true;
                id = uuidOf(m_text);
                return true;
            }
            return m_scan.value(inner);
        });
        const bool wanted = m_wantedId.isNull() ? named : id == m_wantedId;
        if (wanted && m_match >= 0) {
            m_found.ambiguous = true;
        } else if (wanted) {
            m_match = m_ids.size();
            m_matchStart = begin;
            m_matchEnd = m_scan.offset();
        }
        m_ids.append(id);
        return ok;
    }

    bool place(int depth)
    {
        if (!m_scan.at('{')) {
            m_otherElement = true;
            return m_scan.value(depth);
        }
        const qint64 begin = m_scan.offset();
        const bool ok = m_scan.value(depth);
        m_places.append({begin, m_scan.offset()});
        return ok;
    }

    JsonScanner m_scan;
    bool m_collect = false;
    QList<std::pair<qint64, qint64>> m_places; // collected: every account's
    bool m_otherElement = false;               // collected: a list member not an object
    QString m_nameKey;
    QByteArray m_asciiKey;
    QUuid m_wantedId;
    AccountListScan::Found m_found;
    int m_schemas = 0;
    int m_lists = 0;
    QList<QUuid> m_ids;     // every account's, as QUuid reads it
    qsizetype m_match = -1; // the named one's place in m_ids
    qint64 m_matchStart = 0;
    qint64 m_matchEnd = 0;
    QByteArray m_text; // a name or an id
};

// The account's text as written, from the device or the text scanned.
bool readAccount(QIODevice& device, qint64 start, AccountListScan::Found* found, qint64 size)
{
    if (!device.seek(start + found->at))
        return false;
    found->account = device.read(size);
    return found->account.size() == size;
}
bool readAccount(QByteArrayView text, qint64, AccountListScan::Found* found, qint64 size)
{
    found->account = text.sliced(found->at, size).toByteArray();
    return true;
}
qint64 startOf(QIODevice& device)
{
    return device.pos();
}
qint64 startOf(QByteArrayView)
{
    return 0;
}

template <typename Source>
std::optional<AccountListScan::Found> scanFor(Source& source, const QString& nameKey,
                                              const QUuid& id)
{
    const qint64 start = startOf(source);
    ListScan list(source, nameKey, id);
    if (!list.run())
        return std::nullopt;
    AccountListScan::Found& found = list.found();
    const qint64 size = list.matchEnd() - list.matchStart();
    if (size == 0)
        return found;
    found.at = list.matchStart();
    found.id = list.matchId();
    if (!readAccount(source, start, &found, size))
        return std::nullopt;
    return found;
}

template <typename Source> std::optional<AccountListScan::Pieces> piecesOf(Source& source)
{
    ListScan list(source);
    if (!list.run())
        return std::nullopt;
    return list.pieces();
}

} // namespace

std::optional<AccountListScan::Found> AccountListScan::find(QIODevice& device,
                                                            const QString& nameKey)
{
    return scanFor(device, nameKey, QUuid());
}

std::optional<AccountListScan::Found> AccountListScan::find(QIODevice& device, const QUuid& id)
{
    return id.isNull() ? std::nullopt : scanFor(device, QString(), id);
}

std::optional<AccountListScan::Pieces> AccountListScan::pieces(QIODevice& device)
{
    return piecesOf(device);
}

std::optional<AccountListScan::Found> AccountListScan::find(QByteArrayView text,
                                                            const QString& nameKey)
{
    return scanFor(text, nameKey, QUuid());
}

std::optional<AccountListScan::Found> AccountListScan::find(QByteArrayView text, const QUuid& id)
{
    return id.isNull() ? std::nullopt : scanFor(text, QString(), id);
}

std::optional<AccountListScan::Pieces> AccountListScan::pieces(QByteArrayView text)
{
    return piecesOf(text);
}

QUuid AccountListScan::idOf(QByteArrayView text)
{
    return uuidOf(text);
}
