// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"

#include <QTableWidget>

// The account's last tests, newest first: time, outcome, HTTP status, latency.
class HistoryTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit HistoryTable(QWidget* parent = nullptr);
    void setHistory(const QList<TestRecord>& history);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    // The API probe's verdict of a test, "—" when it made none.
    QTableWidgetItem* probeItem(const TestRecord& record) const;

    QList<TestRecord> m_history;
};
