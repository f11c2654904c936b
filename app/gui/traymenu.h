// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountstatus.h"
#include "headerformat.h"

#include <QHash>
#include <QMenu>
#include <QUuid>

class AccountStore;
class CarrierCatalog;
class AccountActivity;
class KeepFresh;
class QuickAccounts;
class Ticker;

// The tray's menu: each account with its copy formats, "Test now", "Keep
// fresh", "Pin to Tray" and "Open"; then "Find Account…", "Show TokenDock"
// and "Quit". A few accounts (kFullListMost) are all listed, grouped by
// carrier, the pinned ones first: everything one click away, in places that
// do not move. More are not a menu: then only the pinned ones and the ten
// used last show, and Find reaches the others.
// It is rebuilt when what it lists changes (an account added, renamed,
// removed, pinned or used), and otherwise only repainted (countdowns tick
// while it is open), so a renewal in the background never closes a submenu
// under the mouse.
class TrayMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int kFullListMost = 15;

    TrayMenu(const AccountStore* store, const CarrierCatalog& catalog, AccountActivity* activity,
             KeepFresh* keepFresh, QuickAccounts* quick, Ticker* ticker, QWidget* parent = nullptr);

    QMenu* accountMenu(const QUuid& id) const { return m_accounts.value(id); }
    // Section titles and account names as shown ("# Banyan", "acme-banyan"), top to bottom.
    QStringList outline() const;

signals:
    void copyRequested(const QUuid& id, HeaderFormat::Format format);
    void testRequested(const QUuid& id);
    void keepFreshToggled(const QUuid& id, bool on);
    void openRequested(const QUuid& id);
    void findRequested();
    void showWindowRequested();
    void quitRequested();
    // The menu has been rebuilt in a new language (the tooltip follows it).
    void languageChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void rebuildIfReshaped();
    void refresh();
    void refreshAccount(const QUuid& id);
    QMenu* buildAccountMenu(const Account& account);
    QList<QPair<QString, QUuid>> shape() const;
    // Unreadable, no accounts, a few all listed, or many: what the fixed rows say.
    enum class Kind
    {
        Unreadable,
        Empty,
        Full,
        Quick
    };
    Kind kind() const;
    void appendSection(QList<QPair<QString, QUuid>>* out, const QString& title,
                       const QList<QUuid>& ids) const;
    void addFixedItems();

    const AccountStore* m_store;
    const CarrierCatalog& m_catalog;
    AccountActivity* m_activity;
    KeepFresh* m_keepFresh;
    QuickAccounts* m_quick;
    Ticker* m_ticker;
    QList<QPair<QString, QUuid>> m_shape;
    Kind m_kind = Kind::Empty;
    QHash<QUuid, QMenu*> m_accounts;
    QHash<QUuid, AccountState> m_states; // icons are repainted only on a change
};
