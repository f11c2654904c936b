// SPDX-License-Identifier: Apache-2.0
#include "demosetup.h"

#include "accountrequest.h"
#include "accountservice.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "sandboxserver.h"

namespace {
DemoSetup::Sample make(const SandboxServer& sandbox, const CarrierCatalog& catalog,
                       const QString& carrierId, const QString& name,
                       const QString& environment = QStringLiteral("sandbox"))
{
    DemoSetup::Sample a;
    a.account.id = QUuid::createUuid();
    a.account.name = name;
    a.account.carrierId = carrierId;
    a.account.environmentId = environment;
    a.account.tokenUrl = sandbox.tokenUrl(carrierId).toString();
    sandbox.fillAccount(catalog.find(carrierId), &a.account, &a.secrets);
    return a;
}
} // namespace

DemoSetup::DemoSetup(AccountStore* store, AccountService* accounts, SandboxServer* sandbox,
                     const CarrierCatalog& catalog, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_sandbox(sandbox)
    , m_catalog(catalog)
{}

QString DemoSetup::failingAccountName()
{
    return tr("Acme DHL (wrong secret)");
}

QList<DemoSetup::Sample> DemoSetup::accounts(const SandboxServer& sandbox,
                                             const CarrierCatalog& catalog)
{
    QList<Sample> out;
    Sample banyan = make(sandbox, catalog, QStringLiteral("banyan"), tr("Acme Banyan integration"));
    banyan.account.fields.insert(QStringLiteral("clientrefnum"), QStringLiteral("ACME-1042"));
    out << banyan;

    Sample p44 = make(sandbox, catalog, QStringLiteral("project44"), tr("Acme project44 NA"),
                      QStringLiteral("production"));
    out << p44;

    out << make(sandbox, catalog, QStringLiteral("dhl-ecs"), tr("Acme DHL eCommerce"));
    Sample wrong = make(sandbox, catalog, QStringLiteral("dhl-ecs"), failingAccountName());
    wrong.secrets.clientSecret = SecretBytes(QByteArray("not-the-demo-secret"));
    wrong.fault = Sample::Fault::Credentials;
    out << wrong;

    // a token the API refuses for this account, and one signed with a key the
    // issuer does not publish: what a probe and the signature check catch
    Sample unentitled =
        make(sandbox, catalog, QStringLiteral("banyan"), tr("Acme Banyan (not entitled)"));
    unentitled.account.probe.target =
        sandbox.probeFaultUrl(SandboxServer::ProbeFault::Forbidden).toString();
    unentitled.fault = Sample::Fault::Probe;
    out << unentitled;
    Sample forged =
        make(sandbox, catalog, QStringLiteral("oauth2"), tr("Acme OAuth (wrong signing key)"));
    forged.account.tokenUrl = sandbox.faultUrl(SandboxServer::Fault::WrongKey).toString();
    forged.fault = Sample::Fault::Signature;
    out << forged;

    // an integrator acting for a customer: both child fields are needed
    Sample fedex = make(sandbox, catalog, QStringLiteral("fedex"), tr("Globex FedEx for Acme"));
    const auto fedexCreds = sandbox.credentials(QStringLiteral("fedex"));
    fedex.account.grantType = QStringLiteral("csp_credentials");
    fedex.account.fields.insert(
        QStringLiteral("child_Key"),
        QString::fromUtf8(fedexCreds.fields.value(QStringLiteral("child_Key"))));
    fedex.secrets.fields.insert(
        QStringLiteral("child_secret"),
        SecretBytes(fedexCreds.fields.value(QStringLiteral("child_secret"))));
    out << fedex;

    Sample ups = make(sandbox, catalog, QStringLiteral("ups"), tr("Acme UPS production"),
                      QStringLiteral("production"));
    ups.account.fields.insert(QStringLiteral("x-merchant-id"), QStringLiteral("A1B2C3"));
    out << ups;

    out << make(sandbox, catalog, QStringLiteral("usps"), tr("Acme USPS testing"));
    out << make(sandbox, catalog, QStringLiteral("xpo"), tr("Acme XPO Connect"));

    // the tenant travels in the URL: keep the {tenant} placeholder and fill the field
    Sample tforce = make(sandbox, catalog, QStringLiteral("tforce"), tr("Acme TForce Freight"),
                         QStringLiteral("production"));
    tforce.account.tokenUrl =
        sandbox.baseUrl().toString() + QStringLiteral("/tforce/{tenant}/oauth2/v2.0/token");
    tforce.account.fields.insert(QStringLiteral("tenant"), QStringLiteral("acme-freight"));
    tforce.account.fields.insert(
        QStringLiteral("scope"),
        QStringLiteral("https://tffsandbox.onmicrosoft.com/acme-demo/.default"));
    out << tforce;

    // every other preset as its sandbox expects it, named after the carrier
    for (const CarrierPreset& preset : catalog.presets()) {
        const bool shown = std::any_of(out.cbegin(), out.cend(), [&preset](const Sample& a) {
            return a.account.carrierId == preset.id;
        });
        if (!shown && preset.id != QLatin1String("oauth2"))
            out << make(sandbox, catalog, preset.id, tr("Acme %1").arg(preset.name));
    }
    Sample generic =
        make(sandbox, catalog, QStringLiteral("oauth2"), tr("Generic OAuth 2.0 sandbox"));
    generic.account.fields.insert(QStringLiteral("scope"),
                                  QStringLiteral("orders.read rates.read"));
    generic.account.fields.insert(QStringLiteral("audience"),
                                  QStringLiteral("https://api.example.com/"));
    out << generic;
    return out;
}

void DemoSetup::populate()
{
    AccountStore* store = m_store;
    if (store->state() == AccountStore::State::Unreadable) {
        // the demo folder holds nothing worth keeping
        QString error;
        if (!store->startFresh(&error)) {
            emit finished(false, error);
            return;
        }
    }
    m_toRemove.clear();
    for (const Account& p : store->accounts())
        m_toRemove << p.id;
    m_toCreate = accounts(*m_sandbox, m_catalog);
    removeNext();
}

void DemoSetup::removeNext()
{
    if (m_toRemove.isEmpty()) {
        createNext();
        return;
    }
    const QUuid id = m_toRemove.takeFirst();
    m_accounts->remove(id, this, [this](const Failure& r) {
        if (!r.ok()) {
            emit finished(false, r.message.text());
            return;
        }
        removeNext();
    });
}

void DemoSetup::createNext()
{
    if (m_toCreate.isEmpty()) {
        emit finished(true, QString());
        return;
    }
    const Sample a = m_toCreate.takeFirst();
    m_accounts->create(a.account, a.secrets, this, [this](const Failure& r) {
        if (!r.ok()) {
            emit finished(false, r.message.text());
            return;
        }
        createNext();
    });
}
