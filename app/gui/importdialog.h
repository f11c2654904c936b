// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountexchange.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// Shows what an account file would add or change before anything is
// applied: hosts that are not the carrier's and accounts that would lose
// their stored secrets stand out, and replacing those needs a second tick.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const AccountExchange::Plan& plan, const CarrierCatalog& catalog,
                 QWidget* parent = nullptr);

    bool overwrite() const;

private:
    void fill();
    void fillPresets();
    // The account's own probe sends the token to a host the preset does not name.
    void probeHostRow(QTreeWidgetItem* parent, const Account& p);
    void updateButtons();

    AccountExchange::Plan m_plan;
    const CarrierCatalog& m_catalog;
    QLabel* m_intro;
    QTreeWidget* m_tree;
    QCheckBox* m_overwrite;
    QCheckBox* m_dropSecrets;
    QDialogButtonBox* m_buttons;
};
