// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QWidget>

class QLabel;
class QPushButton;

// Shown when the accounts file cannot be read: what went wrong and where the
// copy is (AccountStore::problem()), and "Start fresh". Nothing else can
// change until then.
class UnreadablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit UnreadablePanel(QWidget* parent = nullptr);
    void setProblem(const Message& problem);

signals:
    void startFreshRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Message m_problemMessage; // rendered again when the language changes
    QLabel* m_title;
    QLabel* m_problem;
    QLabel* m_readOnly;
    QPushButton* m_startFresh;
};
