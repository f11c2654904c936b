// SPDX-License-Identifier: Apache-2.0
#include "settingsdialog.h"

#include "appsettings.h"
#include "autostart.h"
#include "look.h"
#include "plaintext.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QLabel* section(QWidget* parent, const QString& objectName, bool first = false)
{
    QLabel* label = Look::caption(QString(), parent);
    label->setObjectName(objectName);
    label->setContentsMargins(0, first ? 0 : 12, 0, 2);
    return label;
}

QLabel* helpLine(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    Look::makeMuted(label);
    return label;
}

QLabel* rowLabel(QWidget* buddy, const QString& objectName)
{
    auto* label = new QLabel(buddy->parentWidget());
    label->setObjectName(objectName);
    label->setBuddy(buddy);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clipboardCaption(section(this, QStringLiteral("clipboardCaption"), true))
    , m_clipboard(new QSpinBox(this))
    , m_clipboardHelp(helpLine(this, QStringLiteral("clipboardHelp")))
    , m_networkCaption(section(this, QStringLiteral("networkCaption")))
    , m_timeout(new QSpinBox(this))
    , m_tokensCaption(section(this, QStringLiteral("tokensCaption")))
    , m_cache(new QCheckBox(this))
    , m_margin(new QSpinBox(this))
    , m_marginHelp(helpLine(this, QStringLiteral("refreshMarginHelp")))
    , m_secretsCaption(section(this, QStringLiteral("secretsCaption")))
    , m_warnDays(new QSpinBox(this))
    , m_notWorkingDays(new QSpinBox(this))
    , m_desktopCaption(section(this, QStringLiteral("desktopCaption")))
    , m_language(new QComboBox(this))
    , m_startMinimized(new QCheckBox(this))
    , m_startAtLogin(new QCheckBox(this))
    , m_trayNote(helpLine(this, QStringLiteral("trayNote")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(520);

    m_clipboard->setObjectName(QStringLiteral("clipboardClearSpin"));
    m_clipboard->setRange(0, 3600);
    m_clipboard->setValue(settings->clipboardClearSeconds());
    m_clipboardLabel = rowLabel(m_clipboard, QStringLiteral("clipboardClearLabel"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 300);
    m_timeout->setValue(settings->requestTimeoutSeconds());
    m_timeoutLabel = rowLabel(m_timeout, QStringLiteral("timeoutLabel"));
    m_cache->setObjectName(QStringLiteral("cacheTokensCheck"));
    m_cache->setChecked(settings->cacheTokens());
    m_margin->setObjectName(QStringLiteral("refreshMarginSpin"));
    m_margin->setRange(0, 3600);
    m_margin->setValue(settings->refreshMarginSeconds());
    m_marginLabel = rowLabel(m_margin, QStringLiteral("refreshMarginLabel"));
    setUpReminders();

    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const Translations::Language& language : Translations::languages())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    m_languageLabel = rowLabel(m_language, QStringLiteral("languageLabel"));
    m_startMinimized->setObjectName(QStringLiteral("startMinimizedCheck"));
    m_startMinimized->setChecked(settings->startMinimized());
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setChecked(Autostart::isEnabled());
    m_startAtLogin->setToolTip(PlainText::toolTip(Autostart::location()));
    m_trayNote->hide(); // until the tray is known
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->addRow(m_clipboardCaption);
    form->addRow(m_clipboardLabel, m_clipboard);
    form->addRow(QString(), m_clipboardHelp);
    form->addRow(m_networkCaption);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_tokensCaption);
    form->addRow(QString(), m_cache);
    form->addRow(m_marginLabel, m_margin);
    form->addRow(QString(), m_marginHelp);
    form->addRow(m_secretsCaption);
    form->addRow(m_warnLabel, m_warnDays);
    form->addRow(m_notWorkingLabel, m_notWorkingDays);
    form->addRow(m_desktopCaption);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_startMinimized);
    form->addRow(QString(), m_startAtLogin);
    form->addRow(QString(), m_trayNote);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(14);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (!apply(&error)) {
            PlainText::message(QMessageBox::Warning, this, tr("Start at Login"), error);
            return;
        }
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_translations)
            m_translations->apply(chosenLanguage());
    });
    retranslate();
}

void SettingsDialog::setUpReminders()
{
    m_warnDays->setObjectName(QStringLiteral("secretWarnDaysSpin"));
    m_warnDays->setRange(0, 365);
    m_warnDays->setValue(m_settings->secretWarnDays());
    m_warnLabel = rowLabel(m_warnDays, QStringLiteral("secretWarnDaysLabel"));
    m_notWorkingDays->setObjectName(QStringLiteral("notWorkingDaysSpin"));
    m_notWorkingDays->setRange(1, 365);
    m_notWorkingDays->setValue(m_settings->notWorkingDays());
    m_notWorkingLabel = rowLabel(m_notWorkingDays, QStringLiteral("notWorkingDaysLabel"));
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    Look::setCaptionText(m_clipboardCaption, tr("Clipboard"));
    m_clipboardLabel->setText(tr("C&lear copied tokens after"));
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setSpecialValueText(tr("Never"));
    m_clipboard->setAccessibleName(tr("Clear the clipboard after"));
    m_clipboardHelp->setText(tr("Only if the clipboard still holds the token. "
                                "Never: keep it until you copy something else."));
    Look::setCaptionText(m_networkCaption, tr("Network"));
    m_timeoutLabel->setText(tr("Request &timeout"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Request timeout"));
    Look::setCaptionText(m_tokensCaption, tr("Tokens"));
    m_cache->setText(tr("Keep the last token of each account in the keychain"));
    m_marginLabel->setText(tr("&Refresh margin"));
    m_margin->setSuffix(tr(" s"));
    m_margin->setAccessibleName(tr("Refresh margin"));
    m_marginHelp->setText(tr("Copying renews a token that would expire within this "
                             "time; the list marks it as expiring."));
    Look::setCaptionText(m_secretsCaption, tr("Secrets"));
    m_warnLabel->setText(tr("&Warn this many days before a secret expires"));
    m_warnDays->setSuffix(tr(" days"));
    m_warnDays->setSpecialValueText(tr("Only on the day"));
    m_warnDays->setAccessibleName(tr("Days of warning before a secret expires"));
    m_notWorkingLabel->setText(tr("Report an account as &not working after"));
    m_notWorkingDays->setSuffix(tr(" days of failures"));
    m_notWorkingDays->setAccessibleName(tr("Days of failures before an account is reported"));
    Look::setCaptionText(m_desktopCaption, tr("Desktop"));
    m_languageLabel->setText(tr("Lan&guage"));
    m_language->setAccessibleName(tr("Language"));
    // the languages keep their own names; only "System default" changes
    const QList<Translations::Language> languages = Translations::languages();
    for (int i = 0; i < m_language->count() && i < languages.size(); ++i)
        m_language->setItemText(i, languages.at(i).name);
    const bool tray = m_trayAvailable.value_or(true);
    m_startMinimized->setText(tray ? tr("Start minimized to the tray")
                                   : tr("Start with the window minimized"));
    m_startAtLogin->setText(tr("Start when I log in"));
    if (m_trayAvailable)
        m_trayNote->setText(tray ? tr("Closing the window keeps TokenDock in the tray.")
                                 : tr("This desktop shows no system tray, so TokenDock stays a "
                                      "normal window: closing it quits, and it starts minimized "
                                      "instead of in the tray."));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // a longer language must not cut a checkbox: the size was made for the one
        // before; once the children (the buttons' own texts) have their words too
        QTimer::singleShot(0, this, [this] {
            if (isVisible())
                Look::fitToContents(this);
        });
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // the size Qt picks for a dialog with wrapping help lines can cut a checkbox
    Look::fitToContents(this);
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    m_trayNote->show();
    retranslate();
}

void SettingsDialog::setTranslations(Translations* translations)
{
    m_translations = translations;
    if (!translations)
        return;
    m_languageBefore = translations->choice();
    const QSignalBlocker block(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_languageBefore)));
}

QString SettingsDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

bool SettingsDialog::apply(QString* error)
{
    m_settings->setClipboardClearSeconds(m_clipboard->value());
    m_settings->setRequestTimeoutSeconds(m_timeout->value());
    m_settings->setCacheTokens(m_cache->isChecked());
    m_settings->setRefreshMarginSeconds(m_margin->value());
    m_settings->setSecretWarnDays(m_warnDays->value());
    m_settings->setNotWorkingDays(m_notWorkingDays->value());
    m_settings->setStartMinimized(m_startMinimized->isChecked());
    if (m_translations) {
        m_translations->choose(chosenLanguage());
        m_languageBefore = chosenLanguage();
    } else {
        m_settings->setLanguage(chosenLanguage());
    }
    m_settings->sync();
    // the login item is the platform's own, not a setting of ours: touch it only on a change
    if (m_startAtLogin->isChecked() != Autostart::isEnabled())
        return Autostart::setEnabled(m_startAtLogin->isChecked(), error);
    return true;
}

void SettingsDialog::done(int result)
{
    // a language only tried out goes back to the one in use before
    if (result != QDialog::Accepted && m_translations)
        m_translations->apply(m_languageBefore);
    QDialog::done(result);
}
