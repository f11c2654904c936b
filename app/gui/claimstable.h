// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tokeninspector.h"

#include <QTableWidget>

// A decoded JWT: header parameters and claims with what each registered one
// means, timestamps shown as local dates (UTC and the raw number in the tooltip).
class ClaimsTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ClaimsTable(QWidget* parent = nullptr);

    void setInspection(const TokenInspection& inspection);
    // The row showing a claim, -1 if absent (for tests and accessibility).
    int rowOf(const QString& claim, bool inHeader = false) const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void render();
    void fitValueColumn();
    void addSection(const QString& title);
    void addEntry(const QString& name, const QJsonValue& value, bool inHeader);

    TokenInspection m_inspection;
};
