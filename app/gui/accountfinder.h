// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "headerformat.h"

#include <QFrame>
#include <QUuid>

class AccountFilterModel;
class AccountListModel;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

// "Find Account…" from the tray: a popup with a filter over every account
// (the window's account list model and its matching, so thousands open at
// once: no second model, no widget per account). Up and Down choose, Enter copies the header,
// Ctrl+Enter the token, Shift+Enter a curl command; Escape closes.
class AccountFinder : public QFrame
{
    Q_OBJECT

public:
    explicit AccountFinder(AccountListModel* accounts, QWidget* parent = nullptr);

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
    void applyFilter(const QString& text);
    void afterFilter();
    void queueAfterFilter();
    void step(int delta);
    void copyCurrent(Qt::KeyboardModifiers modifiers);
    static bool isAccount(const QModelIndex& index);

    AccountListModel* m_accounts;
    AccountFilterModel* m_filterModel;
    QLineEdit* m_filter;
    QAction* m_clearFilter = nullptr;
    QTreeView* m_view;
    QLabel* m_hint;
    bool m_afterFilterQueued = false;
};
