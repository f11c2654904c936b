// SPDX-License-Identifier: Apache-2.0
// The desktop window facing a troubled keychain, for tst_guikeychainfaults:
// opens the real MainWindow on the account list in XDG_CONFIG_HOME, selects
// ACCOUNT, presses Test and prints what the outcome banner says and whether
// the account is still in the list (labels found by objectName):
//
//   title: <the banner's category label>
//   message: <the banner's message>
//   listed: yes|no
//
//   tokendock_guiprobe ACCOUNT
#include "accountactivity.h"
#include "appservices.h"
#include "appshutdown.h"
#include "clipboard.h"
#include "desktopsession.h"
#include "icons.h"
#include "mainwindow.h"
#include "ticker.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QToolButton>
#include <QTreeView>

namespace {
QString labelText(const QWidget& window, const QString& name)
{
    const auto* label = window.findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("<no label ") + name + QLatin1Char('>');
}

bool listed(const QWidget& window, const QString& name)
{
    const auto* list = window.findChild<QTreeView*>(QStringLiteral("accountList"));
    const QAbstractItemModel* model = list ? list->model() : nullptr;
    return model && !model
                         ->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                                 Qt::MatchExactly | Qt::MatchRecursive)
                         .isEmpty();
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokendock"));
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: tokendock_guiprobe ACCOUNT\n";
        return 2;
    }
    const QString account = app.arguments().at(1);
    Icons::init();
    AppServices services(AppServices::standard());
    Ticker ticker;
    ticker.start();
    Clipboard clipboard(&ticker);
    int code = 0;
    {
        const auto ownedWindow = DesktopSession::createWindow(services, &ticker, &clipboard);
        MainWindow& window = *ownedWindow;
        window.show();
        if (!window.selectAccount(account)) {
            err << "the account is not in the window" << Qt::endl;
            return 1;
        }
        QSignalSpy finished(window.activity(), &AccountActivity::requestFinished);
        window.findChild<QToolButton*>(QStringLiteral("testButton"))->click();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000)) {
            err << "the test never finished" << Qt::endl;
            code = 1;
        }
        QTextStream(stdout) << "title: " << labelText(window, QStringLiteral("bannerTitle"))
                            << "\nmessage: " << labelText(window, QStringLiteral("bannerMessage"))
                            << "\nlisted: " << (listed(window, account) ? "yes" : "no") << Qt::endl;
    }
    AppShutdown::waitForKeychain(services.secrets());
    return code;
}
