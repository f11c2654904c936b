// SPDX-License-Identifier: Apache-2.0
#include "plaintext.h"

#include <QTextDocument>

namespace PlainText {

QString toolTip(const QString& text)
{
    // Qt decides with this very test whether a tooltip is rich text
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString menuText(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return out;
}

QString forDesktop(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('<'), QChar(0x2039));
    out.replace(QLatin1Char('>'), QChar(0x203A));
    return out;
}

void message(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace PlainText
