// SPDX-License-Identifier: Apache-2.0
// The editor's form: building rows, presets and environments. The carrier's own
// fields are in credentialseditorfields.cpp; state, validation and saving in
// credentialseditorstate.cpp.
#include "credentialseditor.h"

#include "accountservice.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "carrierpicker.h"
#include "clipboard.h"
#include "fieldnotes.h"
#include "granttypes.h"
#include "icons.h"
#include "look.h"
#include "probeeditor.h"
#include "secretexpiryeditor.h"
#include "secretfield.h"
#include "secretstore.h"
#include "shapeeditor.h"
#include "signingkeyseditor.h"
#include "statusstyle.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

CredentialsEditor::CredentialsEditor(const AccountStore* store, AccountService* accounts,
                                     const SecretStore* secrets, const CarrierCatalog& catalog,
                                     QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_catalog(catalog)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_carrier(new CarrierPicker(catalog, this))
    , m_presetInfo(new PresetInfo(this))
    , m_environment(new QComboBox(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_urlReset(new QToolButton(this))
    , m_grantType(new QComboBox(this))
    , m_placement(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new SecretField(QStringLiteral("clientSecretEdit"), this))
    , m_advanced(new ShapeEditor(this))
    , m_probe(new ProbeEditor(this))
    , m_expiry(new SecretExpiryEditor(this))
    , m_generalIssue(new QLabel(this))
    , m_unsaved(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("credentialsEditor"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(4); // each row keeps a line for its notes

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_tokenUrl->setObjectName(QStringLiteral("tokenUrlEdit"));
    m_urlReset->setObjectName(QStringLiteral("tokenUrlReset"));
    m_urlReset->setIcon(Icons::themed(QStringLiteral("reset")));
    m_urlReset->setFixedHeight(m_tokenUrl->sizeHint().height());
    m_grantType->setObjectName(QStringLiteral("grantTypeCombo"));
    m_placement->setObjectName(QStringLiteral("placementCombo"));
    m_placement->addItem(QString(), int(CredentialPlacement::Body));
    m_placement->addItem(QString(), int(CredentialPlacement::Basic));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_generalIssue->setObjectName(QStringLiteral("generalIssue"));
    m_generalIssue->setTextFormat(Qt::PlainText); // may quote the keychain or a file
    m_generalIssue->setWordWrap(true);
    m_unsaved->setObjectName(QStringLiteral("unsavedNote"));
    Look::makeMuted(m_unsaved);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    Look::makePrimary(m_save);

    auto* urlRow = new QWidget(this);
    auto* urlLayout = new QHBoxLayout(urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->setSpacing(6);
    urlLayout->addWidget(m_tokenUrl, 1);
    urlLayout->addWidget(m_urlReset);
    urlRow->setFocusProxy(m_tokenUrl);
    auto* carrierBox = new QWidget(this);
    auto* carrierLayout = new QVBoxLayout(carrierBox);
    carrierLayout->setContentsMargins(0, 0, 0, 0);
    carrierLayout->setSpacing(4);
    carrierLayout->addWidget(m_carrier);
    carrierLayout->addWidget(m_presetInfo);
    carrierBox->setFocusProxy(m_carrier);

    m_accountSection = addSection();
    m_nameRow = addRow(m_name, QStringLiteral("name"));
    m_carrierRow = addRow(carrierBox, QStringLiteral("carrier"));
    m_environmentRow = addRow(m_environment, QStringLiteral("environment"));
    m_urlRow = addRow(urlRow, QStringLiteral("token_url"));
    m_urlHelp = m_urlRow->findChild<QLabel*>(QStringLiteral("help_token_url"));
    // its hints quote a URL, which takes a second line more often than not
    m_urlRow->findChild<FieldNotes*>()->setReservedLines(2);
    m_credentialsSection = addSection();
    m_grantTypeRow = addRow(m_grantType, QStringLiteral("grant_type"));
    m_placementRow = addRow(m_placement, QStringLiteral("credentials"));
    m_clientIdRow = addRow(m_clientId, QStringLiteral("client_id"));
    m_secretRow = addRow(m_secret, QStringLiteral("client_secret"));
    if (QLabel* note = m_secretRow->findChild<QLabel*>(QStringLiteral("help_client_secret")))
        note->setObjectName(QStringLiteral("keychainNote"));
    m_extraStart = m_form->rowCount();

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_unsaved, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 12, 8);
    layout->setSpacing(12);
    layout->addWidget(buildPasteRow());
    layout->addLayout(m_form);
    layout->addWidget(m_expiry);
    layout->addWidget(m_advanced);
    m_keys = new SigningKeysEditor(this);
    layout->addWidget(m_keys);
    connect(m_keys, &SigningKeysEditor::edited, this, [this] {
        if (!m_loading)
            onEdited();
    });
    layout->addWidget(m_probe);
    layout->addWidget(m_generalIssue);
    m_issueLabels.insert(QStringLiteral("shape"), m_advanced->issueLabel());
    m_issueLabels.insert(QStringLiteral("probe"), m_probe->issueLabel());
    layout->addLayout(buttons);
    layout->addStretch(1);

    const auto edited = [this] {
        onEdited();
    };
    connect(m_name, &QLineEdit::textChanged, this, edited);
    connect(m_tokenUrl, &QLineEdit::textChanged, this, [this] {
        updateUrlHelp();
        onEdited();
    });
    connect(m_clientId, &QLineEdit::textChanged, this, edited);
    connect(m_probe, &ProbeEditor::edited, this, edited);
    connect(m_expiry, &SecretExpiryEditor::edited, this, edited);
    connect(m_secret, &SecretField::edited, this, edited);
    connect(m_secret, &SecretField::revealRequested, this, &CredentialsEditor::readStoredSecrets);
    connect(m_placement, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        onShapeEdited();
        onEdited();
    });
    connect(m_advanced, &ShapeEditor::edited, this, [this] {
        if (m_loading)
            return;
        onShapeEdited();
        onEdited();
    });
    m_presetInfo->setSkipped(catalog.skipped());
    // a preset added while the window is open: the same choice, the files' news
    connect(m_carrier, &CarrierPicker::reloaded, this, [this] {
        m_presetInfo->setSkipped(m_catalog.skipped());
        m_presetInfo->setPreset(m_catalog.find(m_carrier->currentPresetId()));
    });
    if (accounts) { // an import installed presets: the list shows them at once
        connect(accounts, &AccountService::presetsInstalled, m_carrier, &CarrierPicker::reload);
        // the preset of the account on show changed: show the account as it is now
        connect(accounts, &AccountService::presetsInstalled, this, [this](const QStringList& ids) {
            const Account* saved = m_isNew ? nullptr : m_store->find(m_original.id);
            if (!saved || !ids.contains(m_original.carrierId, Qt::CaseInsensitive))
                return;
            if (isDirty())
                noteChangedElsewhere();
            else
                editExisting(*saved);
        });
    }
    connect(m_carrier, &CarrierPicker::presetChanged, this, [this](const QString& id) {
        if (m_loading)
            return;
        loadPreset(id, nullptr);
        onEdited();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        onEnvironmentChanged();
        onEdited();
    });
    connect(m_grantType, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        rebuildExtraFields();
        onEdited();
    });
    connect(m_urlReset, &QToolButton::clicked, this, [this] { m_tokenUrl->setText(defaultUrl()); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    // Ctrl+S while the form shows, wherever the focus is in the window
    auto* saveAction = new QAction(this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcuts(QKeySequence::Save);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_revert, &QPushButton::clicked, this, &CredentialsEditor::revert);
    showIssues({});
    retranslate();
}

void CredentialsEditor::retranslate()
{
    Look::setCaptionText(m_accountSection, tr("Account"));
    setRowLabel(m_nameRow, tr("&Name"));
    m_name->setPlaceholderText(tr("e.g. acme-dhl-sandbox"));
    setRowLabel(m_carrierRow, tr("&Carrier"));
    setRowLabel(m_environmentRow, tr("&Environment"));
    setRowLabel(m_urlRow, tr("&Token URL"));
    m_tokenUrl->setAccessibleName(m_urlRow->accessibleName());
    m_urlReset->setAccessibleName(tr("Use the preset's token URL"));
    Look::setCaptionText(m_credentialsSection, tr("Client credentials"));
    setRowLabel(m_grantTypeRow, tr("&Grant type"));
    setRowLabel(m_placementRow, tr("Send c&redentials"));
    updateCredentialTexts();
    m_save->setText(tr("&Save"));
    m_save->setAccessibleName(tr("Save the account"));
    m_save->setToolTip(QStringLiteral("%1 (%2)").arg(
        tr("Save the account"),
        QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setText(tr("&Revert"));
    m_revert->setAccessibleName(tr("Revert unsaved changes"));
    retranslatePasteRow();
    retranslateChoices();
    retranslateFields();
    updateUrlHelp();
    updateUnsavedNote(isDirty());
    if (m_showIssues)
        showIssues(validate());
    alignLabelColumns();
}

void CredentialsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The combo boxes' items in the current language, changed in place so
// nothing chosen moves.
void CredentialsEditor::retranslateChoices()
{
    const CarrierPreset* p = preset();
    for (int i = 0; i < m_environment->count(); ++i) {
        const QString id = m_environment->itemData(i).toString();
        const CarrierEnvironment* env = p ? p->environment(id) : nullptr;
        if (!env) {
            m_environment->setItemText(i, tr("Custom"));
            continue;
        }
        m_environment->setItemText(i, carrierText(env->label));
        m_environment->setItemData(
            i, env->kind == EnvironmentKind::Production ? tr("Production") : tr("Sandbox"),
            Qt::ToolTipRole);
    }
    for (int i = 0; i < m_grantType->count(); ++i) {
        const QString id = m_grantType->itemData(i).toString();
        m_grantType->setItemText(i, GrantTypes::label(id));
        m_grantType->setItemData(i, id, Qt::ToolTipRole); // as the carrier's documents say it
    }
    m_placement->setItemText(m_placement->findData(int(CredentialPlacement::Body)),
                             tr("In the request body"));
    m_placement->setItemText(m_placement->findData(int(CredentialPlacement::Basic)),
                             tr("As HTTP Basic authentication"));
    if (const int headers = m_placement->findData(int(CredentialPlacement::Headers)); headers >= 0)
        m_placement->setItemText(headers, tr("In request headers"));
}

QLabel* CredentialsEditor::addSection()
{
    auto* label = Look::caption(QString(), this);
    label->setContentsMargins(0, m_form->rowCount() > 0 ? 14 : 0, 0, 2);
    m_form->addRow(label);
    return label;
}

QWidget* CredentialsEditor::addRow(QWidget* input, const QString& issueId)
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    v->addWidget(input);
    // help and issue share one line kept free under the input, so neither
    // pushes the next field away when it comes or goes
    auto* notes = new FieldNotes(box);
    notes->help()->setObjectName(QStringLiteral("help_") + issueId);
    Look::makeMuted(notes->help());
    notes->issue()->setObjectName(QStringLiteral("issue_") + issueId);
    v->addWidget(notes);
    m_issueLabels.insert(issueId, notes->issue());
    box->setFocusProxy(input);

    auto* rowLabel = new QLabel(this);
    rowLabel->setObjectName(QStringLiteral("label_") + issueId);
    rowLabel->setBuddy(input->focusProxy() ? input->focusProxy() : input);
    m_form->addRow(rowLabel, box);
    return box;
}

void CredentialsEditor::setRowLabel(QWidget* row, const QString& label,
                                    const QString& accessibleName)
{
    auto* rowLabel = qobject_cast<QLabel*>(m_form->labelForField(row));
    QWidget* input = row->focusProxy();
    if (!rowLabel || !input)
        return;
    rowLabel->setText(label);
    // line the label's text up with the text inside the input
    QWidget* anchor = input->focusProxy() ? input->focusProxy() : input;
    const int inset = qMax(0, (anchor->sizeHint().height() - rowLabel->sizeHint().height()) / 2);
    rowLabel->setContentsMargins(0, inset, 0, 0);
    const QString name =
        accessibleName.isEmpty() ? QString(label).remove(QLatin1Char('&')) : accessibleName;
    input->setAccessibleName(name);
    row->setAccessibleName(name);
}

void CredentialsEditor::setRowHelp(QWidget* row, const QString& help)
{
    // a row's box holds the input, then its notes
    QLayoutItem* item = row->layout()->itemAt(1);
    auto* notes = item ? qobject_cast<FieldNotes*>(item->widget()) : nullptr;
    if (!notes)
        return;
    QLabel* helpLabel = notes->help();
    helpLabel->setText(help);
    helpLabel->setVisible(!help.isEmpty());
    if (QWidget* input = row->focusProxy())
        input->setAccessibleDescription(help);
}

void CredentialsEditor::setClipboard(Clipboard* clipboard)
{
    m_clipboard = clipboard;
    m_secret->setClipboard(clipboard);
    for (SecretField* field : std::as_const(m_secretFields))
        field->setClipboard(clipboard);
}

const CarrierPreset* CredentialsEditor::preset() const
{
    return m_catalog.find(m_carrier->currentPresetId());
}

QString CredentialsEditor::grantType() const
{
    const CarrierPreset* p = preset();
    const QString chosen = m_grantType->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    return p && !p->grantTypes.isEmpty() ? p->grantTypes.first()
                                         : QStringLiteral("client_credentials");
}

QString CredentialsEditor::defaultUrl() const
{
    const CarrierPreset* p = preset();
    const CarrierEnvironment* env =
        p ? p->environment(m_environment->currentData().toString()) : nullptr;
    return env ? env->tokenUrl : QString();
}

void CredentialsEditor::editExisting(const Account& account)
{
    load(account, false);
}

void CredentialsEditor::editNew(const Account& draft)
{
    load(draft, true);
}

void CredentialsEditor::load(const Account& account, bool isNew)
{
    m_loading = true;
    m_original = account;
    m_isNew = isNew;
    m_showIssues = false;
    resetPasted();
    m_changedElsewhere = false;
    m_name->setText(account.name);
    if (m_catalog.find(account.carrierId))
        m_carrier->setCurrentPresetId(account.carrierId);
    loadPreset(m_carrier->currentPresetId(), &account);
    m_keys->load(&account);
    // the picker's first guess only; the date is the carrier's to say
    m_expiry->load(account.secretExpires, QDate::currentDate());
    m_clientId->setText(account.clientId);
    m_secret->reset();
    m_secret->setStored(!isNew && !account.secretMissing);
    m_storedSecretFields.clear();
    if (!isNew) {
        for (const CarrierField& f : AccountRequest::secretFields(account, preset()))
            m_storedSecretFields.insert(f.key);
    }
    rebuildExtraFields();
    m_loading = false;
    showIssues({});
    m_lastDirty = !isDirty();
    onEdited();
}

void CredentialsEditor::loadPreset(const QString& presetId, const Account* from)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const CarrierPreset* p = m_catalog.find(presetId);
    m_presetInfo->setPreset(p);

    const QString previousEnv = m_environment->currentData().toString();
    m_environment->clear();
    if (p) {
        for (const CarrierEnvironment& env : p->environments)
            m_environment->addItem(QString(), env.id);
    }
    m_environment->addItem(QString(), Account::kCustomEnvironment);
    retranslateChoices();
    const QString wantedEnv = from ? from->environmentId : previousEnv;
    const int envIndex = m_environment->findData(wantedEnv);
    m_environment->setCurrentIndex(envIndex >= 0 ? envIndex : 0);

    m_grantType->clear();
    if (p) {
        for (const QString& g : p->grantTypes)
            m_grantType->addItem(GrantTypes::label(g), g);
    }
    const int grantIndex =
        m_grantType->findData(from && p ? from->effectiveGrantType(p) : QString());
    m_grantType->setCurrentIndex(grantIndex >= 0 ? grantIndex : 0);

    const bool either = p && p->placementIsChoice();
    m_form->setRowVisible(m_placement->parentWidget(), either);
    updatePlacementChoices(p);
    const CredentialPlacement placement =
        from ? from->effectivePlacement(p) : (p ? p->defaultPlacement : CredentialPlacement::Body);
    m_placement->setCurrentIndex(m_placement->findData(int(placement)));

    m_fieldValues.clear();
    if (p) {
        for (const CarrierField& f : p->fields) {
            if (!f.secret)
                m_fieldValues.insert(f.key, from ? from->fields.value(f.key, f.defaultValue)
                                                 : f.defaultValue);
        }
    }
    m_lastDefaultUrl = defaultUrl();
    m_tokenUrl->setText(from ? from->effectiveTokenUrl(p) : m_lastDefaultUrl);
    updateUrlHelp();
    m_advanced->setVisible(p && p->customShape);
    m_advanced->setExpanded(false);
    m_advanced->load(p ? p->shape : ExchangeShape(),
                     from && from->carrierId == presetId ? from->shape : QJsonObject());
    onShapeEdited();
    if (from)
        m_probe->load(*from, p);
    else
        m_probe->setPreset(p);
    m_expiry->setPreset(p);
    if (!wasLoading)
        rebuildExtraFields();
    m_loading = wasLoading;
}

void CredentialsEditor::onEnvironmentChanged()
{
    // follow the preset's URL unless the user typed their own
    const QString current = m_tokenUrl->text().trimmed();
    const QString fresh = defaultUrl();
    if (current.isEmpty() || current == m_lastDefaultUrl)
        m_tokenUrl->setText(fresh);
    m_lastDefaultUrl = fresh;
    updateUrlHelp();
}

void CredentialsEditor::updateUrlHelp()
{
    const CarrierPreset* p = preset();
    const CarrierEnvironment* env =
        p ? p->environment(m_environment->currentData().toString()) : nullptr;
    const QString def = defaultUrl();
    const QString current = m_tokenUrl->text().trimmed();
    QStringList help;
    if (env && !env->note.isEmpty())
        help << carrierText(env->note);
    if (env && env->unconfirmed)
        help << tr("This URL is not confirmed by %1's documentation.").arg(p->name);
    if (!def.isEmpty() && current != def)
        help << tr("Changed from the preset's %1.").arg(def);
    if (current.contains(QLatin1Char('{')))
        help << tr("Parts in {braces} are filled from the carrier fields below.");
    m_tokenUrl->setPlaceholderText(def.isEmpty() ? QStringLiteral("https://") : def);
    m_urlReset->setEnabled(!m_readOnly && !def.isEmpty() && current != def);
    m_urlReset->setToolTip(def.isEmpty() ? tr("This environment has no published token URL")
                                         : tr("Use the preset's URL: %1").arg(def));
    if (m_urlHelp) {
        m_urlHelp->setText(help.join(QLatin1Char(' ')));
        m_urlHelp->setVisible(!help.isEmpty());
    }
}
