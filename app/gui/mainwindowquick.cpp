// SPDX-License-Identifier: Apache-2.0
// The accounts kept at hand in the tray: Pin to Tray in the Account menu,
// and every copy or test from the window counts as a use.
#include "mainwindow.h"
#include "quickaccounts.h"
#include "tokencopier.h"

#include <QAction>
#include <QMenu>

void MainWindow::createQuickActions()
{
    m_pinAction = new QAction(this);
    m_pinAction->setObjectName(QStringLiteral("pinAction"));
    m_pinAction->setCheckable(true);
    // after Rotate Secret, before the separator above Filter Accounts
    const QList<QAction*> items = m_accountMenu->actions();
    const int filterAt = int(items.indexOf(m_filterAction));
    m_accountMenu->insertAction(filterAt > 0 ? items.at(filterAt - 1) : nullptr, m_pinAction);
    connect(m_pinAction, &QAction::triggered, this,
            [this](bool on) { m_quick->setPinned(currentAccount(), on); });
    connect(m_quick, &QuickAccounts::changed, this, &MainWindow::updatePinAction);
    connect(m_copier, &TokenCopier::copied, m_quick,
            [this](const QUuid& id) { m_quick->recordUse(id); });
    connect(this, &MainWindow::testFinished, m_quick,
            [this](const QUuid& id) { m_quick->recordUse(id); });
}

void MainWindow::retranslateQuickActions()
{
    m_pinAction->setText(tr("&Pin to Tray"));
    m_pinAction->setToolTip(tr("List this account at the top of the tray menu"));
}

void MainWindow::updatePinAction()
{
    if (!m_pinAction)
        return; // the actions are still being made
    const QUuid id = currentAccount();
    m_pinAction->setEnabled(!id.isNull());
    m_pinAction->setChecked(!id.isNull() && m_quick->isPinned(id));
}
