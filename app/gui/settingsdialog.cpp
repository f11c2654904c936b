#include "settingsdialog.h"

#include "appsettings.h"
#include "autostart.h"
#include "look.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QLabel* section(const QString& title, QWidget* parent, bool first = false)
{
    QLabel* label = Look::caption(title, parent);
    label->setContentsMargins(0, first ? 0 : 12, 0, 2);
    return label;
}

QLabel* helpLine(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    Look::makeMuted(label);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clipboard(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_cache(new QCheckBox(tr("Keep the last token of each account in the keychain"), this))
    , m_margin(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_startMinimized(new QCheckBox(tr("Start minimized to the tray"), this))
    , m_startAtLogin(new QCheckBox(tr("Start when I log in"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);

    m_clipboard->setObjectName(QStringLiteral("clipboardClearSpin"));
    m_clipboard->setRange(0, 3600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setSpecialValueText(tr("Never"));
    m_clipboard->setAccessibleName(tr("Clear the clipboard after"));
    m_clipboard->setValue(settings->clipboardClearSeconds());
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Request timeout"));
    m_timeout->setValue(settings->requestTimeoutSeconds());
    m_cache->setObjectName(QStringLiteral("cacheTokensCheck"));
    m_cache->setChecked(settings->cacheTokens());
    m_margin->setObjectName(QStringLiteral("refreshMarginSpin"));
    m_margin->setRange(0, 3600);
    m_margin->setSuffix(tr(" s"));
    m_margin->setAccessibleName(tr("Refresh margin"));
    m_margin->setValue(settings->refreshMarginSeconds());

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    m_startMinimized->setObjectName(QStringLiteral("startMinimizedCheck"));
    m_startMinimized->setChecked(settings->startMinimized());
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setChecked(Autostart::isEnabled());
    m_startAtLogin->setToolTip(Autostart::location());
    // not available yet: laid out so the dialog does not change shape later
    m_language->setEnabled(false);
    m_trayNote = helpLine(tr("Translations arrive in a later version."), this);
    m_trayNote->setObjectName(QStringLiteral("trayNote"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->addRow(section(tr("Clipboard"), this, true));
    form->addRow(tr("C&lear copied tokens after"), m_clipboard);
    form->addRow(QString(), helpLine(tr("Only if the clipboard still holds the token. "
                                        "Never: keep it until you copy something else."),
                                     this));
    form->addRow(section(tr("Network"), this));
    form->addRow(tr("Request &timeout"), m_timeout);
    form->addRow(section(tr("Tokens"), this));
    form->addRow(QString(), m_cache);
    form->addRow(tr("&Refresh margin"), m_margin);
    form->addRow(QString(), helpLine(tr("Copying renews a token that would expire within this "
                                        "time; the list marks it as expiring."),
                                     this));
    form->addRow(section(tr("Desktop"), this));
    form->addRow(tr("Lan&guage"), m_language);
    form->addRow(QString(), m_startMinimized);
    form->addRow(QString(), m_startAtLogin);
    form->addRow(QString(), m_trayNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(14);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (!apply(&error)) {
            QMessageBox::warning(this, tr("Start at Login"), error);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_startMinimized->setText(available ? tr("Start minimized to the tray")
                                        : tr("Start with the window minimized"));
    if (available) {
        m_trayNote->setText(tr("Closing the window keeps TokenDock in the tray. Translations "
                               "arrive in a later version."));
        return;
    }
    m_trayNote->setText(tr("This desktop shows no system tray, so TokenDock stays a normal "
                           "window: closing it quits, and it starts minimized instead of in "
                           "the tray. Translations arrive in a later version."));
}

bool SettingsDialog::apply(QString* error)
{
    m_settings->setClipboardClearSeconds(m_clipboard->value());
    m_settings->setRequestTimeoutSeconds(m_timeout->value());
    m_settings->setCacheTokens(m_cache->isChecked());
    m_settings->setRefreshMarginSeconds(m_margin->value());
    m_settings->setStartMinimized(m_startMinimized->isChecked());
    m_settings->sync();
    // the login item is the platform's own, not a setting of ours: touch it only on a change
    if (m_startAtLogin->isChecked() != Autostart::isEnabled())
        return Autostart::setEnabled(m_startAtLogin->isChecked(), error);
    return true;
}
