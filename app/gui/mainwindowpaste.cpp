// SPDX-License-Identifier: Apache-2.0
// Onboarding from what a carrier sent: Paste Credentials reads the clipboard
// into a new account to check, and Test and Copy saves, tests and copies.
#include "accountlistpane.h"
#include "accountpage.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "clipboard.h"
#include "credentialseditor.h"
#include "icons.h"
#include "mainwindow.h"
#include "outcomebanner.h"
#include "pastedcredentials.h"
#include "tokencopier.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>

void MainWindow::createPasteActions()
{
    m_pasteAction = new QAction(Icons::themed(QStringLiteral("clipboard")), QString(), this);
    m_pasteAction->setObjectName(QStringLiteral("pasteAction"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    // Ctrl+V reads credentials only in the account list; in a field it pastes
    m_pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->view()->addAction(m_pasteAction);
    m_fileMenu->insertAction(m_duplicateAction, m_pasteAction);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteCredentials);

    m_testCopyAction = new QAction(Icons::themed(QStringLiteral("copy")), QString(), this);
    m_testCopyAction->setObjectName(QStringLiteral("testCopyAction"));
    m_accountMenu->insertAction(m_testAllAction, m_testCopyAction);
    connect(m_testCopyAction, &QAction::triggered, this, &MainWindow::testAndCopy);
}

void MainWindow::retranslatePasteActions()
{
    m_pasteAction->setText(tr("&Paste Credentials"));
    m_pasteAction->setIconText(tr("Paste"));
    m_pasteAction->setToolTip(tr("Fill a new account from the carrier's e-mail, curl command or "
                                 "JSON in the clipboard"));
    m_testCopyAction->setText(tr("Test and Cop&y Header"));
    m_testCopyAction->setIconText(tr("Test and Copy"));
    m_testCopyAction->setToolTip(
        tr("Save the account, ask the carrier for a token and copy the header"));
}

void MainWindow::pasteCredentials()
{
    if (!m_core.store->isWritable())
        return;
    showPasted(Clipboard::pastedText());
}

void MainWindow::showPasted(const QString& text)
{
    const PastedCredentials pasted = PastedText::read(text, *m_core.catalog);
    QString problem;
    if (text.trimmed().isEmpty())
        problem = tr("The clipboard holds no text.");
    else if (text.size() > PastedText::kMaxChars)
        problem = tr("The clipboard holds more text than any credentials are.");
    else if (pasted.ambiguous)
        problem = tr("The text holds two different client ids or secrets, so nothing was taken "
                     "from it.");
    else if (!pasted.found())
        problem = tr("Nothing in the clipboard looks like a client id or secret.");
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Paste Credentials"), problem, QMessageBox::Ok,
                        this);
        box.setObjectName(QStringLiteral("pasteNothingBox"));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(
            tr("Copy the part of what the carrier sent that holds one account's client id and "
               "secret: a curl or HTTPie command, an HTTP request, JSON, .env lines or e-mail "
               "lines such as \u201c"
               "Client ID: \u2026\u201d. Then paste again. Nothing was changed."));
        QPushButton* byHand = box.addButton(tr("Add by Hand"), QMessageBox::ActionRole);
        byHand->setObjectName(QStringLiteral("pasteByHandButton"));
        box.exec();
        if (box.clickedButton() == byHand)
            newAccount();
        return;
    }
    if (!confirmLeaveEditor(QUuid()))
        return;
    const CarrierCatalog& catalog = *m_core.catalog;
    Account draft = PastedText::toAccount(pasted, catalog);
    QStringList taken;
    for (const Account& a : m_core.store->accounts())
        taken << a.name;
    draft.name = PastedText::suggestName(pasted, catalog, taken);
    // the secret is in the form now; it need not wait in the clipboard, where
    // clipboard managers and every other program can read it
    const bool heldSecret = !pasted.clientSecret.isEmpty() || !pasted.secretFields.isEmpty();
    if (heldSecret)
        Clipboard::clearIfHolds(text);
    m_list->select(QUuid());
    m_stack->setCurrentWidget(m_page);
    const QString note = PastedText::hostNote(draft, catalog);
    m_page->showPasted(draft, PastedText::toSecrets(pasted), pasted.recognised);
    // a token URL that is not the carrier's is looked at before anything is
    // sent: the focus goes there, not to Test and Copy
    if (!note.isEmpty())
        m_page->editor()
            ->findChild<QWidget*>(QStringLiteral("tokenUrlEdit"))
            ->setFocus(Qt::OtherFocusReason);
    m_page->banner()->showMessage(
        note.isEmpty() ? StatusStyle::Tone::Info : StatusStyle::Tone::Warning,
        [shown = pasted.withoutSecrets(), draft, catalog = m_core.catalog, heldSecret] {
            QStringList lines{PastedText::summary(shown, draft, *catalog)};
            const QString hostNote = PastedText::hostNote(draft, *catalog);
            if (!hostNote.isEmpty())
                lines << hostNote;
            if (heldSecret)
                lines << tr("The clipboard was cleared, since it held the secret.");
            lines << tr("Nothing is saved or sent until you choose Test and Copy or Save.");
            return qMakePair(tr("Check the highlighted fields"), lines.join(QLatin1Char(' ')));
        });
    updateActions();
}

void MainWindow::testAndCopy()
{
    saveThen([this](const QUuid& id) {
        if (!id.isNull())
            m_copier->copy(id, HeaderFormat::Header, true);
    });
}
