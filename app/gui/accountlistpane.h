// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUuid>
#include <QWidget>

class AccountActivity;
class AccountFilterModel;
class AccountListModel;
class AccountStore;
class CarrierCatalog;
class QAction;
class QLabel;
class QModelIndex;
class QLineEdit;
class QTreeView;
class Ticker;

// The left side: a filter field over the accounts, grouped by carrier.
class AccountListPane : public QWidget
{
    Q_OBJECT

public:
    AccountListPane(const AccountStore* store, const CarrierCatalog& catalog,
                    AccountActivity* activity, Ticker* ticker, QWidget* parent = nullptr);

    QUuid currentId() const;
    void select(const QUuid& id);
    void selectFirst();
    void focusFilter();
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    AccountListModel* model() const { return m_model; }
    int visibleAccountCount() const;

signals:
    void currentChanged(const QUuid& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void restoreSelection();
    // Groups a filter brought back come back collapsed (GroupExpansion).
    void expandGroups();
    void setUpView();
    // Once the list has been drawn (setUpView).
    void scrollByPixels();
    void reveal(const QModelIndex& proxy);
    void updatePlaceholder();

    AccountListModel* m_model;
    AccountFilterModel* m_filterModel;
    QLineEdit* m_filter;
    QAction* m_clearFilter = nullptr;
    QTreeView* m_view;
    QLabel* m_placeholder;
    QUuid m_current;
    bool m_refreshQueued = false;
};
