// SPDX-License-Identifier: Apache-2.0
// Any text as an account name, a header, a request field and terminal
// output. The first byte picks how the rest is read (UTF-8 or raw UTF-16, the
// latter with unpaired surrogates). Invariants: what a validator accepts holds
// no character it forbids, and what the sanitisers return steers no terminal.
#include "account.h"
#include "textpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
void check(bool invariant)
{
    if (!invariant)
        std::abort();
}

bool anyOf(const QString& text, bool (*test)(char32_t), bool layoutAllowed)
{
    for (const char32_t c : text.toUcs4()) {
        if (layoutAllowed && (c == '\n' || c == '\t'))
            continue;
        if (test(c))
            return true;
    }
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    QString text;
    if (data[0] & 1) {
        // UTF-16 as it is, unpaired surrogates and all
        for (size_t i = 1; i + 1 < size; i += 2)
            text.append(QChar(char16_t(data[i] | (data[i + 1] << 8))));
    } else {
        text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    }

    if (!TextPolicy::validateAccountName(text)) {
        check(!anyOf(text, &TextPolicy::isInvisible, false));
        check(!text.trimmed().isEmpty());
        check(text.trimmed().toUcs4().size() <= TextPolicy::kMaxAccountNameLength);
    }
    if (!TextPolicy::validateHeaderName(text)) {
        check(!text.isEmpty());
        for (const QChar c : text)
            check(c.unicode() > 0x20 && c.unicode() < 0x7f);
    }
    if (!TextPolicy::validateHeaderValue(QStringLiteral("X-A"), text))
        check(!anyOf(text, &TextPolicy::isControl, false));
    if (!TextPolicy::validateField(text, text))
        check(!anyOf(text, &TextPolicy::isControl, false));

    Account account;
    account.name = text;
    account.clientId = text;
    account.fields.insert(text, text);
    account.headers.insert(text, text);
    if (!TextPolicy::validateAccount(account))
        check(!anyOf(text, &TextPolicy::isInvisible, false));

    check(!anyOf(TextPolicy::forTerminal(text), &TextPolicy::isInvisible, true));
    check(!anyOf(TextPolicy::oneLine(text), &TextPolicy::isInvisible, false));

    // the JSON a command prints: inert, and it reads back as the document
    // written (where UTF-8 can carry it: no unpaired surrogate)
    const QJsonDocument doc(QJsonObject{{text, text}});
    const QByteArray shown = TextPolicy::jsonForTerminal(doc.toJson(QJsonDocument::Indented));
    check(!anyOf(QString::fromUtf8(shown), &TextPolicy::isInvisible, true));
    if (text.isValidUtf16())
        check(QJsonDocument::fromJson(shown) == doc);
    return 0;
}
