// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QWidget>

// The token's scopes as small rounded chips that wrap onto new lines.
class ScopeChips : public QWidget
{
    Q_OBJECT

public:
    explicit ScopeChips(QWidget* parent = nullptr);

    void setScopes(const QStringList& scopes);
    QStringList scopes() const { return m_scopes; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QStringList m_scopes;
};
