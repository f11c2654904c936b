// SPDX-License-Identifier: Apache-2.0
// The account list model with 1000 accounts, measured with QBENCHMARK:
// building it (grouping and sorting, what a reload costs) and reading every
// row as the list's delegate does on a full repaint (each second while the
// window shows). No keychain is touched.
#include "accountactivity.h"
#include "accountlistmodel.h"
#include "accountstore.h"
#include "appservices.h"
#include "benchaccounts.h"
#include "carriercatalog.h"
#include "ticker.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class BenchGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_services = std::make_unique<AppServices>(BenchAccounts::throwawayOptions(m_dir.path()));
        const QList<CarrierPreset> presets(CarrierCatalog::builtin().presets().begin(),
                                           CarrierCatalog::builtin().presets().end());
        QList<Account> accounts;
        for (int i = 0; i < 1000; ++i) {
            const CarrierPreset& preset = presets.at(i % presets.size());
            Account p;
            p.id = QUuid::createUuid();
            // names out of order, so sorting has work to do
            p.name = QString("account %1").arg((i * 7919) % 1000, 4, 10, QChar('0'));
            p.carrierId = preset.id;
            p.environmentId = preset.environments.value(0).id;
            p.clientId = QString("client-id-%1").arg(i);
            accounts << p;
        }
        QString error;
        QVERIFY2(m_services->store()->replaceAll(accounts, &error), qPrintable(error));
        m_activity =
            std::make_unique<AccountActivity>(m_services->store(), m_services->tokenCache(),
                                              m_services->tokens(), m_services->settings());
    }

    void buildModel1000()
    {
        int accounts = 0;
        QBENCHMARK
        {
            AccountListModel model(m_services->store(), m_services->catalog(), m_activity.get(),
                                   &m_ticker);
            accounts = 0;
            for (int g = 0; g < model.rowCount(); ++g)
                accounts += model.rowCount(model.index(g, 0));
        }
        QCOMPARE(accounts, 1000);
    }

    void readAllRows1000()
    {
        AccountListModel model(m_services->store(), m_services->catalog(), m_activity.get(),
                               &m_ticker);
        const QList<int> roles{Qt::DisplayRole, AccountListModel::SubtitleRole,
                               AccountListModel::CountdownRole, AccountListModel::StateRole,
                               AccountListModel::EnvironmentKindRole};
        int read = 0;
        QBENCHMARK
        {
            read = 0;
            for (int g = 0; g < model.rowCount(); ++g) {
                const QModelIndex group = model.index(g, 0);
                for (int row = 0; row < model.rowCount(group); ++row) {
                    const QModelIndex account = model.index(row, 0, group);
                    for (int role : roles)
                        read += model.data(account, role).isValid() ? 1 : 0;
                }
            }
        }
        QVERIFY(read >= 1000 * 3);
    }

private:
    QTemporaryDir m_dir;
    Ticker m_ticker; // never started: the benchmark reads at one moment
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<AccountActivity> m_activity;
};

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
