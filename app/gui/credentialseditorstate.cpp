// SPDX-License-Identifier: Apache-2.0
// The editor's state: the account as edited, validation, saving and reverting.
// The form itself is built in credentialseditor.cpp.
#include "accountservice.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "carrierpicker.h"
#include "credentialseditor.h"
#include "probeeditor.h"
#include "secretexpiryeditor.h"
#include "secretfield.h"
#include "shapeeditor.h"
#include "signingkeyseditor.h"
#include "statusstyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUuid>

#include <algorithm>

Account CredentialsEditor::currentAccount() const
{
    Account p = m_original;
    const CarrierPreset* pr = preset();
    const bool sameCarrier = m_carrier->currentPresetId() == m_original.carrierId;
    p.name = m_name->text().trimmed();
    p.carrierId = m_carrier->currentPresetId();
    p.environmentId = m_environment->currentData().toString();
    const QString url = m_tokenUrl->text().trimmed();
    p.tokenUrl = url == defaultUrl() ? QString() : url;
    p.clientId = m_clientId->text().trimmed();

    // choices the preset leaves open are stored; defaults stay implicit
    if (pr && pr->placementIsChoice()) {
        const auto chosen = CredentialPlacement(m_placement->currentData().toInt());
        const bool implicit =
            chosen == pr->defaultPlacement && !(sameCarrier && m_original.placement);
        p.placement = implicit ? std::nullopt : std::optional<CredentialPlacement>(chosen);
    } else if (!sameCarrier) {
        p.placement.reset();
    }
    if (pr && pr->grantTypes.size() > 1) {
        const QString g = grantType();
        const bool implicit =
            g == pr->grantTypes.first() && (!sameCarrier || m_original.grantType.isEmpty());
        p.grantType = implicit ? QString() : g;
    } else if (!sameCarrier) {
        p.grantType.clear();
    }
    if (!sameCarrier)
        p.fields.clear();
    if (pr && pr->customShape)
        p.shape = m_advanced->differences();
    else if (!sameCarrier)
        p.shape = QJsonObject();
    m_probe->apply(&p);
    p.secretExpires = m_expiry->date();
    // the old date belonged to the old secret: a new one typed without a new
    // date has none known (as `edit --secret-stdin` without --secret-expires)
    if (m_secret->isEdited() && !m_secret->isEmpty() && p.secretExpires == m_original.secretExpires)
        p.secretExpires = QDate();
    if (pr) {
        for (const CarrierField& f : pr->fields) {
            if (f.secret)
                continue;
            const QString v = m_fieldValues.value(f.key).trimmed();
            const bool implicit =
                v.isEmpty() ||
                (v == f.defaultValue && !(sameCarrier && m_original.fields.contains(f.key)));
            if (implicit)
                p.fields.remove(f.key);
            else
                p.fields.insert(f.key, v);
        }
    }
    m_keys->apply(&p);
    return p;
}

AccountSecrets CredentialsEditor::secretChanges() const
{
    AccountSecrets s;
    if (m_secret->isEdited() && !m_secret->isEmpty())
        s.clientSecret = SecretBytes(m_secret->text().toUtf8());
    for (auto it = m_secretFields.begin(); it != m_secretFields.end(); ++it) {
        if (it.value()->isEdited() && !it.value()->isEmpty())
            s.fields.insert(it.key(), SecretBytes(it.value()->text().toUtf8()));
    }
    return s;
}

QSet<QString> CredentialsEditor::secretsPresent() const
{
    QSet<QString> present;
    if (!m_secret->isEmpty() || m_secret->isStored())
        present.insert(QStringLiteral("client_secret"));
    for (auto it = m_secretFields.begin(); it != m_secretFields.end(); ++it) {
        if (!it.value()->isEmpty() || it.value()->isStored())
            present.insert(it.key());
    }
    return present;
}

bool CredentialsEditor::isDirty() const
{
    if (m_isNew)
        return true;
    if (m_original.id.isNull())
        return false; // nothing is being edited
    if (m_secret->isEdited())
        return true;
    for (const SecretField* f : m_secretFields) {
        if (f->isEdited())
            return true;
    }
    return currentAccount().toJson(false) != m_original.toJson(false);
}

QList<ValidationIssue> CredentialsEditor::validate() const
{
    const Account account = currentAccount();
    QList<ValidationIssue> issues = AccountRequest::validate(account, preset(), secretsPresent());
    if (const CarrierPreset* p = preset(); p && p->customShape) {
        if (const auto problem = m_advanced->problem())
            issues.append({QStringLiteral("shape"), *problem});
    }
    if (const QString problem = m_keys->problem(); !problem.isEmpty())
        issues.append({QStringLiteral("signing_keys"), problem});
    if (const auto problem = ProbeEditor::problem(account, preset()))
        issues.append({QStringLiteral("probe"), *problem});
    const bool nameIssue = std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& i) {
        return i.field == QLatin1String("name");
    });
    // a name another account has is refused by the store: say so at the name
    Account probe = account;
    if (probe.id.isNull())
        probe.id = QUuid::createUuid(); // a draft gets its id when it is saved
    QString taken;
    if (!nameIssue && m_store->isWritable() && !m_store->canSave(probe, &taken))
        issues.prepend({QStringLiteral("name"), taken});
    return issues;
}

QList<ValidationIssue> CredentialsEditor::check()
{
    const QList<ValidationIssue> issues = validate();
    m_showIssues = true;
    showIssues(issues);
    // a problem in Advanced shows where it is typed
    if (std::any_of(issues.begin(), issues.end(),
                    [](const ValidationIssue& i) { return i.field == QLatin1String("shape"); }))
        m_advanced->setExpanded(true);
    return issues;
}

void CredentialsEditor::showIssues(const QList<ValidationIssue>& issues)
{
    QMap<QLabel*, QStringList> texts;
    for (const ValidationIssue& issue : issues)
        texts[m_issueLabels.value(issue.field, m_generalIssue)] << issue.message;
    const QColor danger = StatusStyle::color(StatusStyle::Tone::Danger, palette());
    const auto apply = [&texts, &danger](QLabel* label) {
        const QStringList lines = texts.value(label);
        label->setText(lines.join(QLatin1Char('\n')));
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, danger);
        label->setPalette(pal);
        label->setVisible(!lines.isEmpty());
    };
    for (QLabel* label : std::as_const(m_issueLabels))
        apply(label);
    apply(m_generalIssue);
    emit issuesShown(int(issues.size()));
}

void CredentialsEditor::onEdited()
{
    if (m_loading)
        return;
    if (m_showIssues)
        showIssues(validate());
    const bool dirty = isDirty();
    m_save->setEnabled(dirty && !m_readOnly);
    m_revert->setEnabled(dirty && !m_readOnly);
    updateUnsavedNote(dirty);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
    emit draftChanged();
}

void CredentialsEditor::updateUnsavedNote(bool dirty)
{
    if (m_changedElsewhere && dirty && !m_isNew) {
        m_unsaved->setWordWrap(true);
        m_unsaved->setText(tr("Unsaved changes. This account was also changed elsewhere "
                              "meanwhile: saving keeps those changes, except in the settings "
                              "you changed here."));
        return;
    }
    m_unsaved->setText(m_isNew ? tr("Not saved yet") : dirty ? tr("Unsaved changes") : QString());
}

void CredentialsEditor::noteChangedElsewhere()
{
    m_changedElsewhere = true;
    updateUnsavedNote(isDirty());
}

void CredentialsEditor::save(SaveDone done)
{
    if (!check().isEmpty()) {
        if (done)
            done(false);
        return;
    }
    Account p = currentAccount();
    if (p.id.isNull())
        p.id = QUuid::createUuid();
    const bool created = m_isNew;
    if (const Account* stored = m_store->find(p.id)) {
        // tests recorded while the form was open belong to the account, and
        // keep-fresh is switched outside the form (page header, tray)
        p.history = stored->history;
        p.created = stored->created;
        p.keepFresh = stored->keepFresh;
    }
    m_save->setEnabled(false);
    auto finish = [this, done, id = p.id, created](const Failure& r) {
        if (!r.ok()) {
            // after the field checks, which would clear it
            onEdited();
            m_generalIssue->setText(r.message.text());
            m_generalIssue->show();
            if (done)
                done(false);
            return;
        }
        if (const Account* stored = m_store->find(id))
            editExisting(*stored);
        emit saved(id, created);
        if (done)
            done(true);
    };
    if (created)
        m_accounts->create(p, secretChanges(), this, finish);
    else
        m_accounts->update(p, secretChanges(), this, finish, m_original);
}

void CredentialsEditor::revert()
{
    if (m_isNew)
        emit draftDiscarded();
    else if (const Account* stored = m_store->find(m_original.id))
        editExisting(*stored);
}

void CredentialsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setReadOnly(readOnly);
    for (QComboBox* combo : findChildren<QComboBox*>())
        combo->setEnabled(!readOnly);
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        if (edit->property("fixedValue").toBool())
            edit->setReadOnly(true);
    }
    m_advanced->setReadOnly(readOnly);
    m_keys->setReadOnly(readOnly);
    m_probe->setReadOnly(readOnly);
    m_expiry->setReadOnly(readOnly);
    m_pasteRow->setVisible(m_isNew && !readOnly);
    if (!m_loading)
        onEdited();
    updateUrlHelp();
}

void CredentialsEditor::focusFirstField()
{
    if (m_name->text().isEmpty())
        m_name->setFocus(Qt::OtherFocusReason);
    else
        m_carrier->setFocus(Qt::OtherFocusReason);
}

void CredentialsEditor::readStoredSecrets()
{
    if (m_isNew)
        return;
    const QUuid id = m_original.id;
    m_accounts->readSecrets(
        id, this, [this, id](const AccountSecrets& secrets, const SecretResult& r) {
            if (m_isNew || m_original.id != id)
                return; // another account is shown by now
            if (!r.ok()) {
                m_generalIssue->setText(r.message.text());
                m_generalIssue->show();
                return;
            }
            if (m_secret->isEmpty() && !secrets.clientSecret.isEmpty())
                m_secret->showLoaded(QString::fromUtf8(secrets.clientSecret.expose()));
            for (auto it = secrets.fields.begin(); it != secrets.fields.end(); ++it) {
                SecretField* f = m_secretFields.value(it.key());
                if (f && f->isEmpty())
                    f->showLoaded(QString::fromUtf8(it.value().expose()));
            }
        });
}
