// SPDX-License-Identifier: Apache-2.0
#include "accountlistsplice.h"

#include "accountlistscan.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<AccountListSplice::Splice>
AccountListSplice::withAccount(const QByteArray& list, const QUuid& id, qint64 schema,
                               const std::function<void(Account&)>& edit, Account* saved,
                               const AccountListScan::Found* known)
{
    // one read of the file, scanned and copied from: a writer that ignores
    // the lock cannot slip a change in between
    std::optional<AccountListScan::Found> found;
    if (known) {
        found = *known;
    } else {
        found = AccountListScan::find(QByteArrayView(list), id);
    }
    if (!found || found->schema != schema || !found->hasList || found->ambiguous ||
        found->account.isEmpty() || found->id != id)
        return std::nullopt;
    QString why;
    auto account = Account::fromJson(QJsonDocument::fromJson(found->account).object(), &why);
    if (!account || account->id != id)
        return std::nullopt;
    edit(*account);
    *saved = *account;
    // as the whole list's writer indents an account: 8 spaces in
    QByteArray written = QJsonDocument(account->toJson()).toJson(QJsonDocument::Indented);
    written.chop(1);
    written.replace("\n", "\n        ");
    return Splice{found->at, found->account.size(), written};
}
