// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountstatus.h"
#include "secretreminders.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QUuid>

class AccountActivity;
class AccountStore;
class CarrierCatalog;
struct CarrierPreset;
class Ticker;

// The accounts, grouped under their carrier. Status and countdown roles are
// computed against the ticker's time, and refreshed on every tick.
class AccountListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        IsGroupRole,
        CarrierIdRole,
        CarrierNameRole,
        EnvironmentKindRole,  // "sandbox" or "production"
        EnvironmentLabelRole, // the preset's label, e.g. "Integration"
        StateRole,            // AccountState as int
        StateIdRole,          // "valid", "expiring", ...
        CountdownRole,        // "52:13", "Expired", ...
        SubtitleRole,         // second line under the name
        SearchTextRole,       // what the filter matches, case-folded
        GroupCountRole,
        SecretMarkRole,     // "expires in 5 days", "secret expired", ...; empty: nothing due
        SecretMarkToneRole, // StatusStyle::Tone as int
    };

    AccountListModel(const AccountStore* store, const CarrierCatalog& catalog,
                     AccountActivity* activity, Ticker* ticker, QObject* parent = nullptr);

    QModelIndex indexOf(const QUuid& id) const;
    QUuid idAt(const QModelIndex& index) const;
    // The texts are worded at display time: after a language change every row
    // is asked again, and the rows may need another height.
    void retranslate();
    // When a secret's mark shows (the settings' reminder days).
    void setReminderRules(const ReminderRules& rules);
    // Makes every account's filter text now, when the filter is about to be
    // used: otherwise the first keystroke makes thousands while a person waits.
    void prepareSearch() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // The clock moved on: countdowns and states read anew. Views repaint what
    // they show; no dataChanged() for every row each second, which made a
    // view ask each of thousands of rows for its height.
    void ticked();

public:
    struct Group
    {
        QString carrierId;
        QString title;
        QList<QUuid> accounts;
    };
    // Accounts under their carrier, carriers by name, accounts by name: the
    // order of the list and of the tray menu.
    static QList<Group> groupsOf(const QList<Account>& accounts, const CarrierCatalog& catalog);

private:
    QList<Group> buildGroups() const;
    void reload();
    void refreshAccount(const QUuid& id);
    void refreshAll();
    QVariant accountData(const QUuid& id, int role) const;
    QVariant groupData(const Group& group, int role) const;
    QString searchText(const Account& account, const CarrierPreset* preset) const;

    const AccountStore* m_store;
    const CarrierCatalog& m_catalog;
    AccountActivity* m_activity;
    QList<Group> m_groups;
    QDateTime m_now;
    ReminderRules m_rules;
    // made once per account and kept until the accounts or the language change:
    // a keystroke in the filter matches thousands of rows
    mutable QHash<QUuid, QString> m_searchText;
};

// Filters accounts by any word of name, carrier, environment or client id;
// carrier groups show while one of their accounts does.
class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterModel(QObject* parent = nullptr);
    // Reset: views lay the rows out afresh once (thousands of rows move),
    // rather than range by range; the selection goes.
    enum class Change
    {
        Filter,
        Reset
    };
    void setFilterWords(const QString& text, Change change = Change::Filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matches(const QModelIndex& account) const;

    QStringList m_words; // case-folded, like SearchTextRole
};
