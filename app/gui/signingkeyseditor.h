// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

struct Account;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// The credentials editor's "Signature keys" part: where the keys that check
// an account's token signatures come from (an issuer, a JWKS URL, a pasted
// PEM or JWK). Public keys, not secrets: kept in the account file. Collapsed
// until opened, or while nothing is set.
class SigningKeysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SigningKeysEditor(QWidget* parent = nullptr);

    void load(const Account* account);
    // Puts what is entered into `account`.
    void apply(Account* account) const;
    // What makes an entry unusable (an http URL elsewhere, text that holds no
    // key), or nothing.
    QString problem() const;
    void setExpanded(bool expanded);
    void setReadOnly(bool readOnly);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onEdited();

    QToolButton* m_toggle;
    QWidget* m_panel;
    QFormLayout* m_form;
    QLabel* m_intro;
    QLineEdit* m_issuer;
    QLineEdit* m_jwksUrl;
    QPlainTextEdit* m_key;
    QLabel* m_issue;
    bool m_loading = false;
};
