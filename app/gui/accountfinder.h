// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "headerformat.h"

#include <QFrame>
#include <QUuid>

class AccountActivity;
class AccountFilterModel;
class AccountListModel;
class AccountStore;
class CarrierCatalog;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;
class Ticker;

// "Find Account…" from the tray: a popup with a filter over every account
// (the account list's own model and matching, so thousands open at once, no
// widget per account). Up and Down choose, Enter copies the header, Ctrl+Enter
// the token, Shift+Enter a curl command; Escape closes.
class AccountFinder : public QFrame
{
    Q_OBJECT

public:
    AccountFinder(const AccountStore* store, const CarrierCatalog& catalog,
                  AccountActivity* activity, Ticker* ticker, QWidget* parent = nullptr);

    // Shows it empty, in the middle of the screen, ready for typing.
    void popUp();
    QUuid currentId() const;

signals:
    void copyRequested(const QUuid& id, HeaderFormat::Format format);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void afterFilter();
    void step(int delta);
    void copyCurrent(Qt::KeyboardModifiers modifiers);
    static bool isAccount(const QModelIndex& index);

    AccountListModel* m_model;
    AccountFilterModel* m_filterModel;
    QLineEdit* m_filter;
    QTreeView* m_view;
    QLabel* m_hint;
};
