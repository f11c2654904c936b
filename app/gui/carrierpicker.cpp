// SPDX-License-Identifier: Apache-2.0
#include "carrierpicker.h"

#include "carriercatalog.h"
#include "look.h"
#include "statusstyle.h"

#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CarrierPicker::CarrierPicker(const CarrierCatalog& catalog, QWidget* parent)
    : QComboBox(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("carrierPicker"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(12);
    lineEdit()->setObjectName(QStringLiteral("carrierSearch"));
    for (const CarrierPreset& preset : catalog.presets())
        addItem(preset.name, preset.id);
    retranslate();
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this](int index) { emit presetChanged(itemData(index).toString()); });
}

void CarrierPicker::retranslate()
{
    setAccessibleName(tr("Carrier"));
    lineEdit()->setPlaceholderText(tr("Type to search carriers"));
    lineEdit()->setAccessibleName(tr("Carrier (type to search)"));
    for (int i = 0; i < count(); ++i) {
        const CarrierPreset* preset = m_catalog.find(itemData(i).toString());
        setItemData(i, preset ? carrierText(preset->summary) : QString(), Qt::ToolTipRole);
    }
}

void CarrierPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

QString CarrierPicker::currentPresetId() const
{
    return currentData().toString();
}

void CarrierPicker::setCurrentPresetId(const QString& id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}

void CarrierPicker::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    // a half-typed search falls back to the chosen carrier
    if (currentIndex() >= 0 && currentText() != itemText(currentIndex()))
        setEditText(itemText(currentIndex()));
}

PresetInfo::PresetInfo(QWidget* parent)
    : QFrame(parent)
    , m_notes(new QLabel(this))
    , m_unconfirmed(new QLabel(this))
    , m_docs(new QLabel(this))
{
    setObjectName(QStringLiteral("presetInfo"));
    m_notes->setObjectName(QStringLiteral("presetNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    Look::makeMuted(m_notes);
    m_unconfirmed->setObjectName(QStringLiteral("presetUnconfirmed"));
    m_unconfirmed->setWordWrap(true);
    m_unconfirmed->setTextFormat(Qt::PlainText);
    m_docs->setObjectName(QStringLiteral("presetDocs"));
    m_docs->setTextFormat(Qt::RichText);
    m_docs->setOpenExternalLinks(true);
    m_docs->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_notes);
    layout->addWidget(m_unconfirmed);
    layout->addWidget(m_docs);
}

void PresetInfo::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setPreset(m_preset);
    QFrame::changeEvent(event);
}

void PresetInfo::setPreset(const CarrierPreset* preset)
{
    m_preset = preset;
    if (!preset) {
        m_notes->clear();
        m_unconfirmed->hide();
        m_docs->clear();
        return;
    }
    m_notes->setText(carrierText(preset->notes.isEmpty() ? preset->summary : preset->notes));
    QStringList facts;
    for (const QString& fact : preset->unconfirmed)
        facts << carrierText(fact);
    m_unconfirmed->setText(tr("Not confirmed by %1's own documentation: %2.")
                               .arg(preset->name, facts.join(QStringLiteral(", "))));
    QPalette pal = m_unconfirmed->palette();
    pal.setColor(QPalette::WindowText, StatusStyle::color(StatusStyle::Tone::Warning, pal));
    m_unconfirmed->setPalette(pal);
    m_unconfirmed->setVisible(!facts.isEmpty());
    const QString url = preset->docsUrl.toString();
    m_docs->setText(
        url.isEmpty()
            ? QString()
            : QStringLiteral("<a href=\"%1\">%2</a>")
                  .arg(url.toHtmlEscaped(),
                       tr("%1 developer documentation \u2197").arg(preset->name).toHtmlEscaped()));
    m_docs->setToolTip(url);
    m_docs->setAccessibleName(tr("%1 developer documentation").arg(preset->name));
}
