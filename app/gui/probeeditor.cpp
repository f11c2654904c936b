// SPDX-License-Identifier: Apache-2.0
#include "probeeditor.h"

#include "look.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ProbeEditor::ProbeEditor(QWidget* parent)
    : QGroupBox(parent)
    , m_switch(new QCheckBox(this))
    , m_url(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_issue(new QLabel(this))
{
    setObjectName(QStringLiteral("probeEditor"));
    m_switch->setObjectName(QStringLiteral("probeSwitch"));
    m_url->setObjectName(QStringLiteral("probeUrlEdit"));
    m_note->setObjectName(QStringLiteral("probeNote"));
    m_issue->setObjectName(QStringLiteral("issue_probe"));
    for (QLabel* label : {m_note, m_issue}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // it quotes a URL from the account
    }
    Look::makeMuted(m_note);
    m_issue->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_switch);
    layout->addWidget(m_url);
    layout->addWidget(m_note);
    layout->addWidget(m_issue);
    connect(m_switch, &QCheckBox::toggled, this, &ProbeEditor::edited);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        updateNote();
        emit edited();
    });
    retranslate();
}

void ProbeEditor::retranslate()
{
    setTitle(tr("Advanced: API probe"));
    m_switch->setText(tr("After each test, make one harmless read-only API call with the token"));
    m_url->setAccessibleName(tr("Probe URL"));
    updateNote();
}

void ProbeEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ProbeEditor::load(const Account& account, const CarrierPreset* preset)
{
    const QSignalBlocker a(m_switch);
    const QSignalBlocker b(m_url);
    m_original = account.probe;
    m_switch->setChecked(account.probeOn);
    m_url->setText(account.probe.target);
    setPreset(preset);
}

void ProbeEditor::setPreset(const CarrierPreset* preset)
{
    m_preset = preset;
    m_url->setPlaceholderText(preset && preset->probe.isSet()
                                  ? preset->probe.target
                                  : tr("A path such as /v1/ping, or an https URL"));
    updateNote();
}

void ProbeEditor::updateNote()
{
    QStringList note;
    Account account;
    apply(&account);
    if (m_preset && !account.probe.isSet()) {
        if (!m_preset->probe.isSet())
            note << tr("%1 has no known probe; enter an API URL that only reads.")
                        .arg(m_preset->name);
        else if (m_preset->probe.unconfirmed)
            note << tr("The preset's probe is not confirmed by %1's documentation.")
                        .arg(m_preset->name);
    }
    if (m_preset && account.probe.isFullUrl()) {
        account.carrierId = m_preset->id;
        account.environmentId = m_preset->environments.value(0).id;
        const QString host = QUrl(account.probe.target).host().toLower();
        if (!host.isEmpty() && !Probe::expectedHosts(account, m_preset).contains(host))
            note << tr("The token would be sent to %1, a host %2 does not publish.")
                        .arg(host, m_preset->name);
    }
    m_note->setText(note.join(QLatin1Char(' ')));
    m_note->setVisible(!note.isEmpty());
}

void ProbeEditor::apply(Account* account) const
{
    account->probeOn = m_switch->isChecked();
    const QString url = m_url->text().trimmed();
    if (url.isEmpty()) {
        account->probe = ProbeSpec();
    } else if (m_original.isSet() && url == m_original.target) {
        account->probe = m_original;
    } else {
        account->probe = ProbeSpec();
        account->probe.target = url;
    }
}

std::optional<QString> ProbeEditor::problem(const Account& account, const CarrierPreset* preset)
{
    if (!account.probe.isSet())
        return std::nullopt;
    if (!account.probe.isFullUrl() && !account.probe.target.startsWith(QLatin1Char('/')))
        return tr("Enter a path such as /v1/ping or a full https URL.");
    const ProbePlan plan = Probe::plan(account, preset);
    if (!plan.problem.isEmpty())
        return plan.problem.text();
    return std::nullopt;
}

void ProbeEditor::setReadOnly(bool readOnly)
{
    m_switch->setEnabled(!readOnly);
    m_url->setReadOnly(readOnly);
}
