// SPDX-License-Identifier: Apache-2.0
#include "scopechips.h"

#include "flowlayout.h"

#include <QEvent>
#include <QLabel>

namespace {
QString chipName(const QString& scope)
{
    return ScopeChips::tr("Scope %1").arg(scope);
}
} // namespace

ScopeChips::ScopeChips(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scopeChips"));
    new FlowLayout(this, 6);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ScopeChips::setScopes(const QStringList& scopes)
{
    m_scopes = scopes;
    QLayout* flow = layout();
    while (QLayoutItem* item = flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& scope : scopes) {
        auto* chip = new QLabel(scope, this);
        chip->setObjectName(QStringLiteral("scopeChip"));
        chip->setTextFormat(Qt::PlainText);
        chip->setTextInteractionFlags(Qt::TextSelectableByMouse);
        chip->setAccessibleName(chipName(scope));
        // palette roles only, so the chip follows light and dark themes
        chip->setStyleSheet(QStringLiteral(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 10px; padding: 2px 9px; }"));
        flow->addWidget(chip);
    }
    setAccessibleDescription(scopes.join(QLatin1Char(' ')));
    updateGeometry();
}

void ScopeChips::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (QLabel* chip : findChildren<QLabel*>(QStringLiteral("scopeChip")))
            chip->setAccessibleName(chipName(chip->text()));
    }
    QWidget::changeEvent(event);
}
