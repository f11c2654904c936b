#pragma once

#include <QWidget>

class QPushButton;

// What a first run shows instead of an empty form: a short welcome, "Add a
// carrier account" and "Try the demo".
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(const QString& keychainName, QWidget* parent = nullptr);
    void setDemoAvailable(bool available);

signals:
    void addRequested();
    void demoRequested();

private:
    QPushButton* m_add;
    QPushButton* m_demo;
};
