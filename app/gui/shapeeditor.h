// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchangeshape.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

// The "Advanced" part of the credentials editor: an account's own token
// exchange (Account::shape) over its preset's, for a preset that lets an
// account describe one (the generic preset). Collapsed until opened.
class ShapeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ShapeEditor(QWidget* parent = nullptr);

    // Shows `base` (the preset's shape) with the account's `own` over it.
    void load(const ExchangeShape& base, const QJsonObject& own);
    // What differs from the preset, in the form Account::shape keeps; while
    // something entered is unusable, everything entered (problem() says why).
    QJsonObject differences() const;
    // ExchangeShape::apply's sentence for what is entered, or nothing.
    std::optional<QString> problem() const;
    // Credentials in headers: the client id and secret names are header names.
    void setHeadersPlacement(bool headers);
    void setExpanded(bool expanded);
    bool isExpanded() const;
    void setReadOnly(bool readOnly);
    QLabel* issueLabel() const { return m_issue; }
    // The inputs in the order Tab takes them, the toggle first.
    QList<QWidget*> tabChain() const;
    // Every row label, to line them up with the form above.
    QList<QLabel*> rowLabels() const { return m_labels; }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLineEdit* addLine(const QString& objectName);
    void addRow(QWidget* field);
    void buildRequestRows();
    void buildResponseRows();
    void retranslate();
    void updateToggleText();
    // Every setting as ExchangeShape::apply reads it.
    QJsonObject entered() const;

    ExchangeShape m_base;
    bool m_headers = false;
    QToolButton* m_toggle;
    QWidget* m_panel;
    QFormLayout* m_form;
    QLabel* m_intro;
    QList<QLabel*> m_labels;
    QComboBox* m_method;
    QComboBox* m_body;
    QLineEdit* m_grantType;
    QLineEdit* m_clientId;
    QLineEdit* m_clientSecret;
    QLineEdit* m_apiKeyHeader;
    QCheckBox* m_apiKeyOnCalls;
    QComboBox* m_tokenFrom;
    QLineEdit* m_token;
    QLineEdit* m_expiresIn;
    QLineEdit* m_expiresAt;
    QLineEdit* m_refreshToken;
    QCheckBox* m_refreshGrant; // renew with the refresh token (RFC 6749 section 6)
    QLineEdit* m_useHeader;
    QLineEdit* m_useScheme;
    QLabel* m_issue;
};
