// SPDX-License-Identifier: Apache-2.0
#include "importdialog.h"

#include "accountrequest.h"
#include "carriercatalog.h"
#include "plaintext.h"
#include "statusstyle.h"
#include "textpolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// One changed setting under `parent`: before above after, each whole, so a
// changed host is never cut off.
QTreeWidgetItem* changeRow(QTreeWidgetItem* parent, const AccountExchange::Change& change)
{
    const auto shown = [](const QString& value) {
        return value.isEmpty() ? ImportDialog::tr("(none)") : TextPolicy::oneLine(value);
    };
    auto* line = new QTreeWidgetItem(
        parent, {AccountExchange::settingLabel(change.setting),
                 QStringLiteral("%1\n\u2192 %2").arg(shown(change.before), shown(change.after))});
    line->setToolTip(1, PlainText::toolTip(line->text(1)));
    return line;
}

// Text from the file is shown as it is: a tree item never renders markup.
QTreeWidgetItem* row(QTreeWidgetItem* parent, const QString& what, const QString& value)
{
    // one line, its control and invisible characters shown as escapes
    const QString shown = TextPolicy::oneLine(value);
    auto* item = new QTreeWidgetItem(parent, {what, shown});
    item->setToolTip(1, PlainText::toolTip(shown));
    return item;
}

void markWarning(QTreeWidgetItem* item)
{
    QFont bold = item->font(0);
    bold.setBold(true);
    const QColor danger =
        StatusStyle::color(StatusStyle::Tone::Danger, item->treeWidget()->palette());
    for (int column = 0; column < 2; ++column) {
        item->setForeground(column, danger);
        item->setFont(column, bold);
    }
    item->setData(0, Qt::UserRole + 1, true); // stands out; tests read this
}
} // namespace

ImportDialog::ImportDialog(const AccountExchange::Plan& plan, const CarrierCatalog& catalog,
                           QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_catalog(m_plan.catalog ? *m_plan.catalog : catalog) // with the file's presets
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_overwrite(new QCheckBox(this))
    , m_dropSecrets(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Accounts"));
    m_intro->setObjectName(QStringLiteral("importIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    QString intro = tr("Check what the file adds or changes. Imported accounts have no secret "
                       "until you enter one; enter it only if the token URL is the carrier's.");
    if (plan.presetsToInstall() > 0)
        intro += QLatin1Char(' ') + tr("The carrier presets it carries decide where secrets go; "
                                       "the new and changed ones are installed in your carriers "
                                       "folder.");
    m_intro->setText(intro);
    m_tree->setObjectName(QStringLiteral("importTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Account"), tr("Settings")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Accounts in the file"));
    m_overwrite->setObjectName(QStringLiteral("importOverwrite"));
    m_overwrite->setText(tr("Replace the accounts whose names are in use (their history stays)"));
    m_overwrite->setEnabled(!plan.conflicts.isEmpty());
    m_dropSecrets->setObjectName(QStringLiteral("importDropSecrets"));
    const int dropped = plan.secretsDropped() + plan.presetSecretsDropped();
    m_dropSecrets->setText(tr("Remove the stored secrets of %n account(s) whose new settings send "
                              "them elsewhere",
                              nullptr, dropped));
    m_dropSecrets->setVisible(dropped > 0);
    QPushButton* import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_dropSecrets);
    layout->addWidget(m_buttons);
    resize(860, 520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_overwrite, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_dropSecrets, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    fill();
    updateButtons();
}

bool ImportDialog::overwrite() const
{
    return m_overwrite->isChecked();
}

void ImportDialog::fillPresets()
{
    using Status = AccountExchange::CarriedPreset::Status;
    for (const AccountExchange::CarriedPreset& carried : m_plan.presets) {
        const CarrierPreset& p = carried.preset;
        const QString status = carried.status == Status::New       ? tr("New preset")
                               : carried.status == Status::Same    ? tr("Same preset")
                               : carried.status == Status::Changed ? tr("Changes the preset")
                                                                   : tr("Preset ignored");
        auto* item = new QTreeWidgetItem(
            m_tree, {tr("Carrier preset %1").arg(TextPolicy::oneLine(p.id)), status});
        item->setData(0, Qt::UserRole, QStringLiteral("preset"));
        row(item, AccountExchange::settingLabel(QStringLiteral("name")), p.name);
        if (!carried.refusal.isEmpty())
            row(item, tr("Ignored"), carried.refusal);
        for (const AccountExchange::Change& change : carried.changes) {
            QTreeWidgetItem* line = changeRow(item, change);
            if (change.setting.startsWith(QLatin1String("token_url:")))
                markWarning(line);
        }
        for (const QString& host : carried.hosts) {
            markWarning(
                row(item, tr("Sends secrets to"),
                    tr("%1: make sure it is the carrier's before you enter a secret").arg(host)));
            markWarning(item);
        }
        if (!carried.usedBy.isEmpty())
            row(item, tr("Used by"), carried.usedBy.join(QStringLiteral(", ")));
        if (!carried.secretsDropped.isEmpty()) {
            QStringList names;
            for (const Account& a : carried.secretsDropped)
                names << a.name;
            markWarning(row(item, tr("Stored secrets"),
                            tr("Removed for %1: the changed preset sends them elsewhere")
                                .arg(names.join(QStringLiteral(", ")))));
        }
        item->setExpanded(true);
    }
}

void ImportDialog::fill()
{
    fillPresets();
    const auto hostRow = [this](QTreeWidgetItem* parent, const Account& p) {
        probeHostRow(parent, p);
        const QString host = AccountExchange::unexpectedHost(p, m_catalog);
        if (host.isEmpty())
            return;
        const CarrierPreset* preset = m_catalog.find(p.carrierId);
        markWarning(row(
            parent, tr("Not the carrier's host"),
            tr("%1 is not a host %2 publishes").arg(host, preset ? preset->name : p.carrierId)));
        markWarning(parent);
    };
    for (const Account& p : m_plan.fresh) {
        const CarrierPreset* preset = m_catalog.find(p.carrierId);
        auto* item = new QTreeWidgetItem(m_tree, {TextPolicy::oneLine(p.name), tr("New")});
        item->setData(0, Qt::UserRole, QStringLiteral("new"));
        row(item, AccountExchange::settingLabel(QStringLiteral("carrier")),
            preset ? preset->name : p.carrierId);
        row(item, AccountExchange::settingLabel(QStringLiteral("environment")),
            p.environmentLabel(preset));
        row(item, AccountExchange::settingLabel(QStringLiteral("token_url")),
            AccountRequest::resolvedUrl(p, preset));
        row(item, AccountExchange::settingLabel(QStringLiteral("client_id")), p.clientId);
        for (const AccountExchange::Change& change : AccountExchange::keyChanges(Account(), p))
            row(item, AccountExchange::settingLabel(change.setting), change.after);
        if (p.probe.isSet())
            row(item, AccountExchange::settingLabel(QStringLiteral("probe_url")),
                Probe::displayUrl(p, preset));
        hostRow(item, p);
        item->setExpanded(true);
    }
    for (const AccountExchange::Conflict& c : m_plan.conflicts) {
        auto* item = new QTreeWidgetItem(
            m_tree, {c.existing.name, c.changes.isEmpty() ? tr("Same settings") : tr("Changes")});
        item->setData(0, Qt::UserRole, QStringLiteral("conflict"));
        for (const AccountExchange::Change& change : c.changes) {
            QTreeWidgetItem* line = changeRow(item, change);
            if (c.dropsSecret && (change.setting == QLatin1String("token_url") ||
                                  change.setting == QLatin1String("carrier") ||
                                  change.setting == QLatin1String("environment") ||
                                  change.setting == QLatin1String("credentials") ||
                                  change.setting == QLatin1String("exchange") ||
                                  change.setting == QLatin1String("client_id")))
                markWarning(line);
        }
        hostRow(item, c.incoming);
        if (c.dropsSecret && !c.existing.secretMissing) {
            markWarning(row(item, tr("Stored secrets"),
                            tr("Removed if replaced: the new settings send them elsewhere")));
            markWarning(item);
        }
        item->setExpanded(true);
    }
}

void ImportDialog::updateButtons()
{
    // a changed preset drops secrets whether or not accounts are replaced
    const bool needsYes = (m_overwrite->isChecked() && m_plan.secretsDropped() > 0) ||
                          m_plan.presetSecretsDropped() > 0;
    m_dropSecrets->setEnabled(m_overwrite->isChecked() || m_plan.presetSecretsDropped() > 0);
    QPushButton* import = findChild<QPushButton*>(QStringLiteral("importButton"));
    import->setEnabled(!needsYes || m_dropSecrets->isChecked());
}

void ImportDialog::probeHostRow(QTreeWidgetItem* parent, const Account& p)
{
    const QString host = AccountExchange::unexpectedProbeHost(p, m_catalog);
    if (host.isEmpty())
        return;
    const CarrierPreset* preset = m_catalog.find(p.carrierId);
    markWarning(row(parent, tr("Probe sends the token elsewhere"),
                    tr("%1 is not a host %2 publishes; each test would send the new token there")
                        .arg(host, preset ? preset->name : p.carrierId)));
    markWarning(parent);
}
