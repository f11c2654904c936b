// SPDX-License-Identifier: Apache-2.0
#include "carrierpicker.h"

#include "carriercatalog.h"
#include "look.h"
#include "statusstyle.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
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
    // ahead of the completer's own filter on its list, which sees keys first
    completer()->popup()->installEventFilter(this);
    lineEdit()->installEventFilter(this);
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

namespace {
// How well `typed` (lower case) matches a name or id; 0 = not at all.
int matchScore(const QString& typed, const QString& name, const QString& id)
{
    const QString lower = name.toLower();
    if (lower == typed || id == typed)
        return 6;
    if (lower.startsWith(typed))
        return 5;
    const QStringList words =
        lower.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word.startsWith(typed))
            return 4;
    }
    if (id.startsWith(typed))
        return 3;
    if (lower.contains(typed) || id.contains(typed))
        return 2;
    // the letters in order, as in an abbreviation
    int at = 0;
    for (const QChar c : typed) {
        at = lower.indexOf(c, at);
        if (at < 0)
            return 0;
        ++at;
    }
    return lower.startsWith(typed.front()) ? 1 : 0;
}
} // namespace

int CarrierPicker::bestMatch(const QString& typed) const
{
    const QString wanted = typed.simplified().toLower();
    if (wanted.isEmpty())
        return -1;
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < count(); ++i) {
        const int score = matchScore(wanted, itemText(i), itemData(i).toString());
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

bool CarrierPicker::pickTyped()
{
    QAbstractItemView* popup = completer()->popup();
    if (popup->isVisible() && popup->currentIndex().isValid())
        return false; // a row picked with the arrow keys: the completer takes it
    if (!popup->isVisible() && currentText() == itemText(currentIndex()))
        return false; // nothing typed: Enter goes on
    const int index = bestMatch(currentText());
    popup->hide();
    if (index < 0) {
        restoreChosen(); // nothing like it: the chosen carrier stays
        return true;
    }
    setCurrentIndex(index);
    setEditText(itemText(index));
    return true;
}

bool CarrierPicker::restoreChosen()
{
    QAbstractItemView* popup = completer()->popup();
    const bool changed = popup->isVisible() || currentText() != itemText(currentIndex());
    popup->hide();
    if (currentIndex() >= 0)
        setEditText(itemText(currentIndex()));
    return changed;
}

bool CarrierPicker::handleKey(int key)
{
    if (!isEnabled())
        return false;
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        return pickTyped();
    // an Escape with nothing to undo goes on, e.g. to close a dialog
    return key == Qt::Key_Escape && restoreChosen();
}

bool CarrierPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent*>(event)->key()))
        return true;
    return QComboBox::eventFilter(watched, event);
}

// keys that reach the box itself; it hands the rest to its line edit
void CarrierPicker::keyPressEvent(QKeyEvent* event)
{
    if (handleKey(event->key()))
        event->accept();
    else
        QComboBox::keyPressEvent(event);
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
