// SPDX-License-Identifier: Apache-2.0
// The whole desktop flow in a process of its own, for tst_guihygiene: the real
// MainWindow, driven by objectName, with every logging category at debug.
// Adds an account with the canary secret (read from stdin, typed into the
// secret field), tests it, copies every format, lets the clipboard clear,
// exports, copies the support report and reveals the token. Prints only
// "clipboard-clean" when the clipboard then holds no token and no secret;
// anything else goes to stderr with exit 1.
//
//   tokendock_guiflow TOKEN_URL CLIENT_ID KEYCHAIN_SERVICE < canary
#include "accountactivity.h"
#include "accountexchange.h"
#include "accountpage.h"
#include "accountstore.h"
#include "appservices.h"
#include "appshutdown.h"
#include "clipboard.h"
#include "credentialseditor.h"
#include "desktopsession.h"
#include "headerformat.h"
#include "icons.h"
#include "mainwindow.h"
#include "processhardening.h"
#include "secretbytes.h"
#include "secretstore.h"
#include "ticker.h"
#include "tokenview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QToolButton>

namespace {
constexpr int kWaitMs = 20000;
const QString kName = QStringLiteral("hygiene");

QByteArray readStdinLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

class Flow
{
public:
    Flow(AppServices* services, MainWindow* window, Clipboard* clipboard, const SecretBytes& secret)
        : m_services(services)
        , m_window(window)
        , m_clipboard(clipboard)
        , m_secret(secret)
    {}

    // Empty when every step worked, else what went wrong.
    QString run(const QString& tokenUrl, const QString& clientId)
    {
        QString problem = addAccount(tokenUrl, clientId);
        if (problem.isEmpty())
            problem = testIt();
        if (problem.isEmpty())
            problem = copyEveryFormat();
        if (problem.isEmpty())
            problem = exportAccounts();
        if (problem.isEmpty())
            problem = copyReportAndReveal();
        if (problem.isEmpty())
            problem = checkClipboard();
        return problem;
    }

private:
    template <typename T> T* find(const QString& name) const
    {
        return m_window->findChild<T*>(name);
    }
    static QString clipboardText() { return QGuiApplication::clipboard()->text(); }
    AppServices* services() const { return m_services; }

    QString addAccount(const QString& tokenUrl, const QString& clientId)
    {
        find<QAction>(QStringLiteral("newAction"))->trigger();
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("nameEdit")), kName);
        auto* picker = find<QComboBox>(QStringLiteral("carrierPicker"));
        picker->setCurrentIndex(picker->findData(QStringLiteral("banyan")));
        auto* env = find<QComboBox>(QStringLiteral("environmentCombo"));
        env->setCurrentIndex(env->findData(QStringLiteral("sandbox")));
        auto* url = find<QLineEdit>(QStringLiteral("tokenUrlEdit"));
        url->clear();
        QTest::keyClicks(url, tokenUrl);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("clientIdEdit")), clientId);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("clientSecretEdit")),
                         QString::fromUtf8(m_secret.expose()));
        find<QPushButton>(QStringLiteral("saveButton"))->click();
        if (!QTest::qWaitFor([this] { return services()->store()->findByName(kName); }, kWaitMs))
            return QStringLiteral("the account was not saved");
        m_id = services()->store()->findByName(kName)->id;
        if (!QTest::qWaitFor([this] { return m_window->currentAccount() == m_id; }, kWaitMs))
            return QStringLiteral("the new account is not selected");
        return {};
    }

    QString testIt()
    {
        QSignalSpy finished(m_window->activity(), &AccountActivity::requestFinished);
        find<QToolButton>(QStringLiteral("testButton"))->click();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs))
            return QStringLiteral("the test did not finish");
        const auto result = finished.first().at(1).value<TokenResult>();
        if (!result.ok())
            return QStringLiteral("the test failed: ") + result.error.fullText();
        rememberToken();
        return {};
    }

    void rememberToken()
    {
        if (const auto token = m_window->activity()->token(m_id))
            m_tokens.append(token->accessToken.expose());
    }

    // The Copy button (the header), then each entry of its menu; the clipboard
    // is emptied before each, so every copy is seen to arrive.
    QString copyEveryFormat()
    {
        const Account* p = services()->store()->find(m_id);
        QList<QPair<QAction*, HeaderFormat::Format>> copies{{nullptr, HeaderFormat::Header}};
        for (HeaderFormat::Format f : HeaderFormat::all()) {
            if (f != HeaderFormat::Json)
                copies.append(
                    {find<QAction>(QStringLiteral("copyFormat_") + HeaderFormat::id(f)), f});
        }
        QSignalSpy cleared(m_clipboard, &Clipboard::cleared);
        for (const auto& copy : copies) {
            QGuiApplication::clipboard()->clear();
            if (copy.first)
                copy.first->trigger();
            else
                find<QToolButton>(QStringLiteral("copyButton"))->click();
            const auto token = m_window->activity()->token(m_id);
            if (!token)
                return QStringLiteral("no token to copy");
            const QString expected =
                HeaderFormat::render(copy.second, *token, QUrl(p->tokenUrl), p->name);
            if (!QTest::qWaitFor([&] { return clipboardText() == expected; }, kWaitMs))
                return QStringLiteral("not copied: ") + HeaderFormat::id(copy.second);
            rememberToken();
            cleared.clear(); // only the clear of the last copy counts
        }
        // the clear time is short in this account's settings
        if (!QTest::qWaitFor([&] { return !cleared.isEmpty(); }, kWaitMs) ||
            !clipboardText().isEmpty())
            return QStringLiteral("the clipboard was not cleared after its clear time");
        return {};
    }

    // The desktop has no export of its own: the same exchange the command line uses.
    QString exportAccounts()
    {
        QString error;
        const QString path = services()->options().configDir + QStringLiteral("/export.json");
        if (!AccountExchange::exportToFile(path, services()->store()->accounts(), &error))
            return QStringLiteral("export failed: ") + error;
        return {};
    }

    QString copyReportAndReveal()
    {
        find<QToolButton>(QStringLiteral("reportButton"))->click();
        if (!QTest::qWaitFor([] { return clipboardText().contains(kName); }, kWaitMs))
            return QStringLiteral("no support report on the clipboard");
        auto* reveal = find<QToolButton>(QStringLiteral("tokenRevealButton"));
        auto* shown = find<QLineEdit>(QStringLiteral("tokenEdit"));
        reveal->click();
        const QByteArray onScreen = shown->text().toUtf8();
        if (!m_window->accountPage()->tokenView()->isRevealed() || !m_tokens.contains(onScreen))
            return QStringLiteral("reveal did not show the token");
        reveal->click();
        if (shown->text().toUtf8().contains(onScreen))
            return QStringLiteral("hiding the token left it in the field");
        return {};
    }

    // Every format the clipboard offers, against every token seen and the secret.
    QString checkClipboard() const
    {
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        if (!mime || m_tokens.isEmpty())
            return QStringLiteral("nothing to check");
        QList<QByteArray> needles = m_tokens;
        needles << m_secret.expose();
        for (const QString& format : mime->formats()) {
            const QByteArray data = mime->data(format);
            for (const QByteArray& needle : needles) {
                if (data.contains(needle))
                    return QStringLiteral("the clipboard still holds a secret as ") + format;
            }
        }
        return {};
    }

    AppServices* m_services;
    MainWindow* m_window;
    Clipboard* m_clipboard;
    SecretBytes m_secret;
    QUuid m_id;
    QList<QByteArray> m_tokens;
};
} // namespace

int main(int argc, char** argv)
{
    ProcessHardening::apply(); // as the desktop application starts
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokendock"));
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: tokendock_guiflow TOKEN_URL CLIENT_ID KEYCHAIN_SERVICE < secret\n";
        return 2;
    }
    const SecretBytes secret(readStdinLine());
    Icons::init();
    AppServices::Options options = AppServices::standard();
    options.keychainService = args.at(3);
    AppServices services(options);
    Ticker ticker;
    ticker.start();
    Clipboard clipboard(&ticker);
    QString problem;
    {
        const auto ownedWindow = DesktopSession::createWindow(services, &ticker, &clipboard);
        MainWindow& window = *ownedWindow;
        window.show();
        problem = Flow(&services, &window, &clipboard, secret).run(args.at(1), args.at(2));
    }
    clipboard.clearIfOurs();
    if (!AppShutdown::waitForKeychain(services.secrets()))
        problem += QStringLiteral(" (the keychain did not finish)");
    if (!problem.isEmpty()) {
        err << "flow failed: " << problem << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "clipboard-clean" << Qt::endl;
    return 0;
}
