// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "accountrequest.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <functional>

class AccountService;
class AccountStore;
class CarrierCatalog;
class CarrierPicker;
class Clipboard;
class PresetInfo;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class SecretField;
class ProbeEditor;
class SecretExpiryEditor;
class ShapeEditor;
class SigningKeysEditor;
class SecretStore;

// Edits one account: carrier preset, environment, token URL (from the preset,
// with a way back), client id and secret, and the extra fields the preset
// defines. Validation uses AccountRequest::validate, the command line's rules,
// and shows each problem under its field before anything is saved or sent.
class CredentialsEditor : public QWidget
{
    Q_OBJECT

public:
    using SaveDone = std::function<void(bool ok)>;

    // Saves through `accounts`; `store` holds what is saved already; `secrets`
    // names where secrets are kept.
    CredentialsEditor(const AccountStore* store, AccountService* accounts,
                      const SecretStore* secrets, const CarrierCatalog& catalog,
                      QWidget* parent = nullptr);

    void editExisting(const Account& account);
    // An account not saved yet (new, or a duplicate for the other environment).
    void editNew(const Account& draft);
    // Fills the new account being edited with what a pasted text held: its
    // secrets as if typed, and the inputs named in `recognised` (PastedCredentials'
    // names) marked until another account is loaded.
    void fillPasted(const AccountSecrets& secrets, const QStringList& recognised);
    bool isNew() const { return m_isNew; }
    bool isDirty() const;
    QUuid accountId() const { return m_original.id; }
    const Account& original() const { return m_original; }

    Account currentAccount() const;
    AccountSecrets secretChanges() const;
    QSet<QString> secretsPresent() const;
    // Validates and shows the issues inline; empty when all is well.
    QList<ValidationIssue> check();
    // Validates, then creates or updates the account (secrets to the keychain).
    void save(SaveDone done = {});
    void revert();
    // The account being edited was saved by someone else meanwhile: the form
    // keeps what was typed and says so; saving applies only the settings
    // changed here onto the account as it is then.
    void noteChangedElsewhere();
    void setReadOnly(bool readOnly);
    void focusFirstField();
    // Where copies of a revealed secret go; without one nothing is copied.
    void setClipboard(Clipboard* clipboard);

signals:
    void dirtyChanged(bool dirty);
    void saved(const QUuid& id, bool created);
    void draftChanged();
    // Revert on an account that was never saved: the draft is given up.
    void draftDiscarded();
    // "Paste credentials" on a new account: the window reads the clipboard.
    void pasteRequested();
    // The form shows this many issues now (0 once they are fixed).
    void issuesShown(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Adds a row: a label, the input, a help line and an issue line under it;
    // the texts come from setRowLabel and setRowHelp. Returns the row's box.
    QWidget* addRow(QWidget* input, const QString& issueId);
    // The label (its mnemonic makes the input's accessible name unless one is given).
    void setRowLabel(QWidget* row, const QString& label, const QString& accessibleName = {});
    void setRowHelp(QWidget* row, const QString& help);
    QLabel* addSection();
    void retranslate();
    QWidget* buildPasteRow();
    void retranslatePasteRow();
    // Unmarks what the last paste filled; the paste row shows for new accounts only.
    void resetPasted();
    QWidget* inputFor(const QString& recognisedName) const;
    void retranslateChoices();
    void retranslateFields();
    void updateUnsavedNote(bool dirty);
    void updateTabOrder();
    void load(const Account& account, bool isNew);
    void loadPreset(const QString& presetId, const Account* from);
    // keepTyped: secrets typed into the fields stay (the same account's exchange changed).
    void rebuildExtraFields(bool keepTyped = false);
    QWidget* fieldInput(const CarrierField& f, const QString& typedSecret);
    void onEnvironmentChanged();
    void updateUrlHelp();
    void showIssues(const QList<ValidationIssue>& issues);
    // AccountRequest's checks and a name no other account has
    QList<ValidationIssue> validate() const;
    void onEdited();
    void readStoredSecrets();
    const CarrierPreset* preset() const;
    // The exchange the account as edited takes (the preset's, or its own over it).
    ExchangeShape effectiveShape() const;
    // The preset's words for the two credentials, and where they travel.
    void updateCredentialTexts();
    // Rows that follow the shape: the grant type, the API key, the placement's words.
    void onShapeEdited();
    void updatePlacementChoices(const CarrierPreset* p);
    // One label column for the form and the Advanced part under it.
    void alignLabelColumns();
    QString defaultUrl() const;
    QString grantType() const;

    const AccountStore* m_store;
    AccountService* m_accounts;
    const SecretStore* m_secrets;
    const CarrierCatalog& m_catalog;
    QPointer<Clipboard> m_clipboard;
    Account m_original;
    bool m_isNew = false;
    bool m_loading = false;
    bool m_showIssues = false;
    bool m_lastDirty = false;
    bool m_readOnly = false;
    bool m_changedElsewhere = false;
    QString m_lastDefaultUrl;
    QMap<QString, QString> m_fieldValues; // non-secret preset fields
    QMap<QString, SecretField*> m_secretFields;
    QSet<QString> m_storedSecretFields;
    QMap<QString, QLabel*> m_issueLabels;
    int m_extraStart = 0;
    QStringList m_fieldKeys; // the carrier fields shown, to rebuild them only when they change
    QList<QPointer<QWidget>> m_pastedInputs;

    QFormLayout* m_form;
    QLabel* m_accountSection;
    QLabel* m_credentialsSection;
    QLabel* m_fieldsSection = nullptr; // the carrier's own fields, when it has any
    QWidget* m_nameRow;
    QWidget* m_carrierRow;
    QWidget* m_environmentRow;
    QWidget* m_urlRow;
    QWidget* m_grantTypeRow;
    QWidget* m_placementRow;
    QWidget* m_clientIdRow;
    QWidget* m_secretRow;
    QLineEdit* m_name;
    CarrierPicker* m_carrier;
    PresetInfo* m_presetInfo;
    QComboBox* m_environment;
    QLineEdit* m_tokenUrl;
    QToolButton* m_urlReset;
    QLabel* m_urlHelp;
    QComboBox* m_grantType;
    QComboBox* m_placement;
    QLineEdit* m_clientId;
    SecretField* m_secret;
    ShapeEditor* m_advanced;
    SigningKeysEditor* m_keys = nullptr;
    ProbeEditor* m_probe;
    SecretExpiryEditor* m_expiry;
    QWidget* m_pasteRow = nullptr;
    QPushButton* m_paste = nullptr;
    QLabel* m_pasteHint = nullptr;
    QLabel* m_generalIssue;
    QLabel* m_unsaved;
    QPushButton* m_save;
    QPushButton* m_revert;
};
