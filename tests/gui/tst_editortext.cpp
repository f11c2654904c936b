// SPDX-License-Identifier: Apache-2.0
// The account editor refuses text that is not what it looks like: a name with
// escape sequences or a bidi override, a field that would smuggle a second
// header line onto the wire. Each shows where it is typed and nothing is saved.
#include "accountstore.h"
#include "credentialseditor.h"
#include "windowfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class TestEditorText : public QObject, protected WindowFixture
{
    Q_OBJECT

    // Types text into the field, presses Save, and returns the issue shown under it.
    QString saveWith(const QString& field, const QString& text, const QString& issueId)
    {
        auto* edit = find<QLineEdit>(field);
        if (!edit)
            return {};
        edit->setText(text);
        find<QPushButton>("saveButton")->click();
        auto* issue = find<QLabel>("issue_" + issueId);
        if (!issue || !QTest::qWaitFor([issue] { return issue->isVisibleTo(issue->window()); }))
            return {};
        return issue->text();
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void nameMustBeVisibleText()
    {
        const QUuid id = addAccount(sandboxAccount("usps", "acme-usps"));
        QVERIFY(!id.isNull());
        QVERIFY(window->selectAccount("acme-usps"));
        page()->showTab(AccountPage::CredentialsTab);
        for (const QString& name :
             {QString("acme\x1b]52;c;cHduZWQ=\x07"), QString("invoice") + QChar(0x202e) + "fdp",
              QString("del\x7f"), QString(81, 'n')}) {
            const QString issue = saveWith("nameEdit", name, "name");
            QVERIFY2(issue.contains("account name"), qPrintable(issue));
            QCOMPARE(services->store()->find(id)->name, QString("acme-usps"));
        }
        // shell characters are text like any other
        find<QLineEdit>("nameEdit")->setText("$(acme) `usps`");
        find<QPushButton>("saveButton")->click();
        QTRY_COMPARE(services->store()->find(id)->name, QString("$(acme) `usps`"));
    }

    void headerFieldCannotHoldALineBreak()
    {
        const QUuid id = addAccount(sandboxAccount("ups", "acme-ups"));
        QVERIFY(!id.isNull());
        QVERIFY(window->selectAccount("acme-ups"));
        page()->showTab(AccountPage::CredentialsTab);
        for (const QString& value : {QString("1\r\nX-Injected: yes"), QString("1\x1b[2J")}) {
            const QString issue = saveWith("field_x-merchant-id", value, "field:x-merchant-id");
            QVERIFY2(issue.contains("control character"), qPrintable(issue));
            QVERIFY(!services->store()->find(id)->fields.contains("x-merchant-id"));
        }
    }
};

QTEST_MAIN(TestEditorText)
#include "tst_editortext.moc"
