// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class SecretStore;

// What a first run shows instead of an empty form: a short welcome, "Add a
// carrier account" and "Try the demo".
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    // keychain: named in the text (in the language shown).
    explicit WelcomePanel(const SecretStore* keychain, QWidget* parent = nullptr);
    void setDemoAvailable(bool available);

signals:
    void addRequested();
    void pasteRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const SecretStore* m_keychain;
    QPushButton* m_paste;
    QPushButton* m_add;
    QPushButton* m_demo;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_pasteHint;
    QLabel* m_keychainPoint;
    QLabel* m_testPoint;
    QLabel* m_copyPoint;
};
