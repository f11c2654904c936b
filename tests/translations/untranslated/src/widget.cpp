// SPDX-License-Identifier: Apache-2.0
// A label that bypasses tr(): the checker must name it.
#include <QLabel>

void setUp(QLabel* label)
{
    label->setText(QStringLiteral("Copy the header to the clipboard"));
}
