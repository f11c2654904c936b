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
class Ticker;

// The tray's menu: the accounts grouped by carrier, each with its copy
// formats, "Test now" and "Keep fresh"; then "Show TokenDock" and "Quit".
// It mirrors the account list: rebuilt when an account is added, renamed or
// removed, and otherwise only repainted (countdowns tick while it is open),
// so a renewal in the background never closes a submenu under the mouse.
class TrayMenu : public QMenu
{
    Q_OBJECT

public:
    TrayMenu(const AccountStore* store, const CarrierCatalog& catalog, AccountActivity* activity,
             KeepFresh* keepFresh, Ticker* ticker, QWidget* parent = nullptr);

    QMenu* accountMenu(const QUuid& id) const { return m_accounts.value(id); }
    // Carrier titles and account names as shown ("# Banyan", "acme-banyan"), top to bottom.
    QStringList outline() const;

signals:
    void copyRequested(const QUuid& id, HeaderFormat::Format format);
    void testRequested(const QUuid& id);
    void keepFreshToggled(const QUuid& id, bool on);
    void openRequested(const QUuid& id);
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

    const AccountStore* m_store;
    const CarrierCatalog& m_catalog;
    AccountActivity* m_activity;
    KeepFresh* m_keepFresh;
    Ticker* m_ticker;
    QList<QPair<QString, QUuid>> m_shape;
    QHash<QUuid, QMenu*> m_accounts;
    QHash<QUuid, AccountState> m_states; // icons are repainted only on a change
};
