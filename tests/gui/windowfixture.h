// SPDX-License-Identifier: Apache-2.0
#pragma once

// A main window wired like the application's, for widget tests: its own
// config folder per test, a keychain service of its own per run, the sandbox
// on a loopback port, and a ManualClock behind a ticker that only ticks when
// a test says so. Keychain tests run through packaging/dev.sh keyring.

#include "accountactivity.h"
#include "accountpage.h"
#include "clipboard.h"
#include "clock.h"
#include "desktopsession.h"
#include "guitest.h"
#include "mainwindow.h"
#include "outcomebanner.h"
#include "sandboxserver.h"
#include "ticker.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

#include <memory>

inline const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

class WindowFixture
{
protected:
    QTemporaryDir dir;
    QString keychainService =
        "TokenDock GUI test " + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int configCount = 0;
    ManualClock clock{kStart};
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<Ticker> ticker;
    std::unique_ptr<Clipboard> clipboard;
    std::unique_ptr<MainWindow> window;

    QString configDir() const { return dir.filePath(QString("config-%1").arg(configCount)); }

    void openWindow()
    {
        AppServices::Options options;
        options.configDir = configDir();
        options.keychainService = keychainService;
        options.clock = &clock;
        services = std::make_unique<AppServices>(options);
        window = DesktopSession::createWindow(*services, ticker.get(), clipboard.get());
        window->show();
    }
    void closeWindow()
    {
        window.reset();
        services.reset();
    }

    template <typename T> T* find(const QString& name)
    {
        T* w = window->findChild<T*>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    QAction* action(const QString& name) { return find<QAction>(name); }
    AccountPage* page() { return window->accountPage(); }
    OutcomeBanner* banner() { return page()->banner(); }

    Account sandboxAccount(const QString& carrierId, const QString& name)
    {
        Account p;
        p.id = QUuid::createUuid();
        p.name = name;
        p.carrierId = carrierId;
        p.environmentId = "sandbox";
        p.tokenUrl = sandbox->tokenUrl(carrierId).toString();
        p.clientId = QString::fromUtf8(sandbox->credentials(carrierId).clientId);
        if (carrierId == "tforce") {
            p.fields.insert("tenant", "sandbox-tenant");
            p.fields.insert("scope", "https://tff.example/app/.default");
        }
        return p;
    }
    QUuid addAccount(const Account& p, const QByteArray& secret = {})
    {
        AccountSecrets s;
        s.clientSecret =
            SecretBytes(secret.isEmpty() ? sandbox->credentials(p.carrierId).clientSecret : secret);
        const Failure r = createAccount(*services, p, s);
        if (!r.ok())
            qWarning("account not created: %s", qPrintable(r.message.text()));
        return r.ok() ? p.id : QUuid();
    }
    // Selects the account and presses Test; waits for the outcome.
    std::optional<TokenResult> testThroughTheButton(const QString& name, int timeoutMs = 15000)
    {
        if (!window->selectAccount(name))
            return std::nullopt;
        QSignalSpy finished(window->activity(), &AccountActivity::requestFinished);
        find<QToolButton>("testButton")->click();
        if (!finished.wait(timeoutMs) && finished.isEmpty())
            return std::nullopt;
        return finished.first().at(1).value<TokenResult>();
    }
    QString clipboardText() const { return QGuiApplication::clipboard()->text(); }

    // Every control a keyboard can reach tells a screen reader what it is.
    void checkAccessibleNames(const QString& where)
    {
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(window.get()) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(QString("%1 (%2) on %3")
                                    .arg(w->objectName(), w->metaObject()->className(), where)));
        }
    }

    // For initTestCase(): fails loudly without a Secret Service.
    void prepareRun()
    {
        REQUIRE_SECRET_SERVICE();
        Icons::init();
        qRegisterMetaType<TokenResult>();
    }
    // For init() and cleanup().
    void setUp()
    {
        ++configCount;
        clock.setNow(kStart);
        sandbox = std::make_unique<SandboxServer>();
        sandbox->setClock(&clock);
        QVERIFY(sandbox->start());
        ticker = std::make_unique<Ticker>(&clock); // never started: tests tick by hand
        clipboard = std::make_unique<Clipboard>(ticker.get());
        QGuiApplication::clipboard()->clear();
        openWindow();
    }
    void tearDown()
    {
        closeWindow();
        clipboard.reset();
        ticker.reset();
        sandbox.reset();
    }
};
