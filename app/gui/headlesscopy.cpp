// SPDX-License-Identifier: Apache-2.0
#include "headlesscopy.h"

#include "accountstore.h"
#include "appsettings.h"
#include "appshutdown.h"
#include "clipboard.h"
#include "textpolicy.h"
#include "ticker.h"
#include "tokencopier.h"
#include "traycontroller.h"

#include <QTextStream>

namespace {
// Names and a carrier's words come from outside: shown inert on the terminal.
void say(const QString& text)
{
    QTextStream(stderr) << TextPolicy::forTerminal(text) << Qt::endl;
}
} // namespace

HeadlessCopy::HeadlessCopy(const AccountStore* store, SecretStore* secrets, TokenService* tokens,
                           const AppSettings& settings, const CarrierCatalog& catalog,
                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_ticker(std::make_unique<Ticker>())
    , m_clipboard(std::make_unique<Clipboard>(m_ticker.get()))
{
    m_ticker->start(); // no window: it only wakes for the clipboard's clear
    m_clipboard->setClearSeconds(settings.clipboardClearSeconds());
    m_copier = new TokenCopier(store, tokens, settings, catalog, m_clipboard.get(), this);
}

HeadlessCopy::~HeadlessCopy() = default;

void HeadlessCopy::start(const QString& accountName, const QString& formatId)
{
    const auto format =
        HeaderFormat::fromId(formatId.isEmpty() ? QStringLiteral("header") : formatId);
    const Account* p = m_store->findByName(accountName);
    if (!format || !p) {
        say(!format ? tr("Unknown format \u201c%1\u201d; use one of: %2.")
                          .arg(formatId, HeaderFormat::ids().join(QStringLiteral(", ")))
                    : tr("No account named \u201c%1\u201d.").arg(accountName));
        QMetaObject::invokeMethod(
            this, [this] { done(Failure::exitCode(ErrorCategory::InvalidInput)); },
            Qt::QueuedConnection);
        return;
    }
    const QString name = p->name;
    connect(m_copier, &TokenCopier::failed, this, [this, name](const QUuid&, const TokenResult& r) {
        say(tr("Nothing copied for %1: %2").arg(name, r.error.message.text()));
        done(r.ok() ? 1 : Failure::exitCode(r.error.category));
    });
    connect(m_copier, &TokenCopier::copied, this,
            [this, name](const QUuid&, HeaderFormat::Format copiedFormat, bool,
                         const IssuedToken& token) {
                const int clear = m_clipboard->clearSeconds();
                say(TrayController::copiedMessage(copiedFormat, name,
                                                  token.secondsLeft(m_ticker->now()), clear));
                if (clear == 0)
                    say(tr("TokenDock stays until another application takes the clipboard."));
                // served until cleared or replaced: then nothing is left to do
                connect(m_clipboard.get(), &Clipboard::released, this, [this] { done(0); });
            });
    m_copier->copy(p->id, *format);
}

void HeadlessCopy::done(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    AppShutdown::waitForKeychain(m_secrets);
    emit finished(exitCode);
}
