// SPDX-License-Identifier: Apache-2.0
#include "carrierpicker.h"

#include "carriercatalog.h"
#include "carrierdelegate.h"
#include "carrierfilter.h"
#include "carriermatch.h"
#include "presetlabels.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>

namespace {
constexpr int kVisibleRows = 12;
} // namespace

CarrierPicker::CarrierPicker(const CarrierCatalog& catalog, QWidget* parent)
    : QComboBox(parent)
    , m_catalog(catalog)
    , m_filter(new CarrierFilter(this))
    , m_completer(new QCompleter(this))
{
    setObjectName(QStringLiteral("carrierPicker"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(kVisibleRows);
    setItemDelegate(new CarrierDelegate(false, this));
    lineEdit()->setObjectName(QStringLiteral("carrierSearch"));
    fill();
    m_filter->setSourceModel(model());
    // the completer shows what the filter lets through, best first
    m_completer->setModel(m_filter);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(kVisibleRows);
    setCompleter(m_completer);
    QAbstractItemView* popup = m_completer->popup();
    popup->setObjectName(QStringLiteral("carrierMatches"));
    popup->setItemDelegate(new CarrierDelegate(true, popup));
    retranslate();
    // ahead of the completer's own filter on its list, which sees keys first
    popup->installEventFilter(this);
    lineEdit()->installEventFilter(this);
    // before the line edit asks the completer to show the list
    connect(lineEdit(), &QLineEdit::textEdited, this, &CarrierPicker::narrow);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this](int index) { emit presetChanged(itemData(index).toString()); });
}

void CarrierPicker::fill()
{
    for (const CarrierPreset& preset : m_catalog.presets())
        addItem(preset.name, preset.id);
}

void CarrierPicker::describe(int index, const CarrierPreset& preset)
{
    const QString details = PresetLabels::details(preset);
    const QString origin = PresetLabels::origin(preset.origin);
    setItemData(index, details, CarrierRoles::Details);
    setItemData(index, origin, CarrierRoles::Origin);
    setItemData(index, CarrierMatch::fold(PresetLabels::searchText(preset)), CarrierRoles::Search);
    setItemData(index, carrierText(preset.summary), Qt::ToolTipRole);
    QStringList spoken{preset.name, origin, details};
    spoken.removeAll(QString());
    setItemData(index, spoken.join(QStringLiteral(", ")), Qt::AccessibleTextRole);
}

void CarrierPicker::retranslate()
{
    setAccessibleName(tr("Carrier"));
    lineEdit()->setPlaceholderText(tr("Type a carrier, country or mode"));
    lineEdit()->setAccessibleName(tr("Carrier (type to search)"));
    m_completer->popup()->setAccessibleName(tr("Matching carriers"));
    for (int i = 0; i < count(); ++i) {
        if (const CarrierPreset* preset = m_catalog.find(itemData(i).toString()))
            describe(i, *preset);
    }
    m_filter->setQuery(m_filter->query());
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

void CarrierPicker::reload()
{
    const QString chosen = currentPresetId();
    m_completer->popup()->hide();
    {
        const QSignalBlocker quiet(this); // the same preset stays chosen: no change to tell
        clear();
        fill();
        retranslate();
        setCurrentIndex(qMax(0, findData(chosen)));
    }
    if (currentIndex() >= 0)
        setEditText(itemText(currentIndex()));
    if (currentPresetId() != chosen)
        emit presetChanged(currentPresetId());
    emit reloaded();
}

int CarrierPicker::bestMatch(const QString& typed) const
{
    const QString wanted = CarrierMatch::fold(typed);
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < count(); ++i) {
        const int score = CarrierMatch::nameScore(wanted, itemText(i), itemData(i).toString());
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

QStringList CarrierPicker::matches(const QString& typed) const
{
    CarrierFilter filter;
    filter.setSourceModel(model());
    filter.setQuery(typed);
    QStringList ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids << itemData(filter.sourceRow(row)).toString();
    return ids;
}

void CarrierPicker::narrow(const QString& typed)
{
    m_filter->setQuery(typed);
    // the first row is the one Enter picks again; quietly, as a changed
    // selection would put its text over what was typed
    QAbstractItemView* popup = m_completer->popup();
    {
        const QSignalBlocker quiet(popup->selectionModel());
        popup->selectionModel()->clear();
    }
    popup->viewport()->update();
}

void CarrierPicker::choose(int index)
{
    m_completer->popup()->hide();
    setCurrentIndex(index);
    setEditText(itemText(index));
}

bool CarrierPicker::pickTyped()
{
    QAbstractItemView* popup = m_completer->popup();
    if (!popup->isVisible() && currentText() == itemText(currentIndex()))
        return false; // nothing typed: Enter goes on
    int row = 0;      // the first match, unless the arrow keys chose another
    if (popup->isVisible() && popup->selectionModel()->hasSelection()) {
        const auto* rows = qobject_cast<QAbstractProxyModel*>(m_completer->completionModel());
        row = rows ? rows->mapToSource(popup->currentIndex()).row() : -1;
    } else if (!popup->isVisible()) {
        m_filter->setQuery(currentText());
    }
    const int index = m_filter->sourceRow(row);
    if (index < 0) {
        restoreChosen(); // nothing like it: the chosen carrier stays
        return true;
    }
    choose(index);
    return true;
}

bool CarrierPicker::restoreChosen()
{
    QAbstractItemView* popup = m_completer->popup();
    const bool changed = popup->isVisible() || currentText() != itemText(currentIndex());
    popup->hide();
    if (currentIndex() >= 0)
        setEditText(itemText(currentIndex()));
    return changed;
}

bool CarrierPicker::stepFromFirst(int key)
{
    QAbstractItemView* popup = m_completer->popup();
    const int rows = popup->model() ? popup->model()->rowCount() : 0;
    if (!popup->isVisible() || popup->selectionModel()->hasSelection() || rows == 0)
        return false;
    // the first row is already the one Enter picks: Down goes on to the next
    const int row = key == Qt::Key_Down ? qMin(1, rows - 1) : rows - 1;
    popup->setCurrentIndex(popup->model()->index(row, 0));
    return true;
}

bool CarrierPicker::handleKey(int key)
{
    if (!isEnabled())
        return false;
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        return pickTyped();
    if (key == Qt::Key_Down || key == Qt::Key_Up)
        return stepFromFirst(key);
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
