// SPDX-License-Identifier: Apache-2.0
#include "claimstable.h"

#include "claimdescriptions.h"
#include "look.h"
#include "plaintext.h"
#include "statusstyle.h"
#include "tokeninspector.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTimer>

namespace {
constexpr int kSectionRole = Qt::UserRole + 1;
constexpr int kHeaderFlagRole = Qt::UserRole + 2;

enum Column
{
    NameColumn,
    ValueColumn,
    MeaningColumn
};

// The meanings wrap onto more lines instead of being cut; values stay on one.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTableView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    // the height for the column's width: the table asks without one when it
    // does not wrap as a whole
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem sized(option);
        sized.rect.setWidth(m_view->columnWidth(index.column()));
        sized.rect.setHeight(qMax(1, sized.rect.height()));
        return QStyledItemDelegate::sizeHint(sized, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::WrapText;
    }

private:
    QTableView* m_view;
};

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}
} // namespace

ClaimsTable::ClaimsTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("claimsTable"));
    // the meaning takes the room left and wraps: it is the column people read
    Look::makeReadOnlyTable(
        this, {QHeaderView::ResizeToContents, QHeaderView::Interactive, QHeaderView::Stretch});
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setItemDelegateForColumn(MeaningColumn, new WrappingDelegate(this));
    // rows grow and shrink with the lines the meanings need at the new width
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == MeaningColumn)
            QTimer::singleShot(0, this, [this] { resizeRowsToContents(); });
    });
    retranslate();
}

void ClaimsTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    fitValueColumn();
}

void ClaimsTable::fitValueColumn()
{
    // values as wide as they need, up to half the table: long ones elide in the middle
    const int wanted = sizeHintForColumn(ValueColumn);
    const int room = qMax(80, viewport()->width() / 2);
    setColumnWidth(ValueColumn, qMin(wanted, room));
}

void ClaimsTable::retranslate()
{
    setAccessibleName(tr("Token header and claims"));
    setHorizontalHeaderLabels({tr("Claim"), tr("Value"), tr("Meaning")});
    render();
}

void ClaimsTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

void ClaimsTable::setInspection(const TokenInspection& inspection)
{
    m_inspection = inspection;
    render();
}

void ClaimsTable::render()
{
    clearSpans();
    setRowCount(0);
    if (!m_inspection.isJwt())
        return;
    addSection(tr("Header"));
    for (auto it = m_inspection.header.begin(); it != m_inspection.header.end(); ++it)
        addEntry(it.key(), it.value(), true);
    addSection(tr("Claims"));
    for (auto it = m_inspection.claims.begin(); it != m_inspection.claims.end(); ++it)
        addEntry(it.key(), it.value(), false);
    fitValueColumn();
    resizeRowsToContents();
}

void ClaimsTable::addSection(const QString& title)
{
    const int row = rowCount();
    insertRow(row);
    auto* item = new QTableWidgetItem(title.toUpper());
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    item->setFont(f);
    item->setForeground(StatusStyle::muted(palette()));
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(kSectionRole, true);
    setItem(row, 0, item);
    setSpan(row, NameColumn, 1, 3);
}

void ClaimsTable::addEntry(const QString& name, const QJsonValue& value, bool inHeader)
{
    const int row = rowCount();
    insertRow(row);
    auto* nameItem = new QTableWidgetItem(name);
    nameItem->setData(kHeaderFlagRole, inHeader);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    nameItem->setFont(mono);
    setItem(row, 0, nameItem);

    QString text = valueText(value);
    QString tip = text;
    if (!inHeader && ClaimDescriptions::isTimestamp(name)) {
        const QDateTime at = TokenInspector::numericDate(value);
        if (at.isValid()) {
            text = QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            tip = tr("%1 UTC (%2)")
                      .arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           valueText(value));
        }
    }
    auto* valueItem = new QTableWidgetItem(text);
    valueItem->setToolTip(PlainText::toolTip(tip));
    setItem(row, 1, valueItem);

    auto* meaning = new QTableWidgetItem(ClaimDescriptions::describe(name, inHeader));
    meaning->setForeground(StatusStyle::muted(palette()));
    setItem(row, 2, meaning);
}

int ClaimsTable::rowOf(const QString& claim, bool inHeader) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem* i = item(row, 0);
        if (i && !i->data(kSectionRole).toBool() && i->text() == claim &&
            i->data(kHeaderFlagRole).toBool() == inHeader)
            return row;
    }
    return -1;
}
