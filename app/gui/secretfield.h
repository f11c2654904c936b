// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class Clipboard;
class QLineEdit;
class QToolButton;
class SecretLineEdit;

// A masked line edit with a reveal toggle. When the secret already lives in
// the keychain the field stays empty ("leave empty to keep"), and revealing
// asks the owner to read it (revealRequested) instead of showing nothing.
// Copying a revealed secret goes through the Clipboard (SecretLineEdit).
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(const QString& objectName, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const;
    // Where copies of the revealed secret go; without one nothing is copied.
    void setClipboard(Clipboard* clipboard);
    QToolButton* revealButton() const { return m_reveal; }
    QString text() const;
    bool isEmpty() const;
    // Typed by the user since the last reset (loaded values do not count).
    bool isEdited() const { return m_edited; }
    // Whether a value is stored in the keychain for this field.
    void setStored(bool stored);
    bool isStored() const { return m_stored; }
    // Shows a value read from the keychain, not counted as an edit.
    void showLoaded(const QString& value);
    // A value the user brought (pasted text): counts as typed, so it is saved.
    void setTyped(const QString& value);
    void reset();
    void setRevealed(bool revealed);
    bool isRevealed() const;

signals:
    void edited();
    void revealRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SecretLineEdit* m_edit;
    QToolButton* m_reveal;
    bool m_stored = false;
    bool m_edited = false;
};
