// SPDX-License-Identifier: Apache-2.0
// The carrier picker on its own: searching by name, country and mode, the
// narrowed list picked with the keyboard, presets from files and the files
// that were not loaded. No keychain, no network.
#include "carriercatalog.h"
#include "carrierfilter.h"
#include "carrierpicker.h"
#include "presetlabels.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace {
// A built-in entry of the catalog as a preset file would hold it, renamed.
QJsonObject presetObject(const QString& id, const QString& name)
{
    CarrierCatalog::builtin(); // the compiled-in catalog is there
    QFile file(":/tokendock/carriers.json");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray carriers = QJsonDocument::fromJson(file.readAll())["carriers"].toArray();
    for (const QJsonValue& entry : carriers) {
        QJsonObject obj = entry.toObject();
        if (obj["id"] == "estes") {
            obj["id"] = id;
            obj["name"] = name;
            obj["countries"] = QJsonArray{"AT", "CH"};
            obj["modes"] = QJsonArray{"truckload", "intermodal"};
            return obj;
        }
    }
    return {};
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// Speaks German for the mode "Parcel" only.
class ParcelTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QByteArray(context) == "PresetLabels" && QByteArray(source) == "Parcel")
            return QStringLiteral("Paket");
        return {};
    }
    bool isEmpty() const override { return false; }
};

QWidget* keyTarget()
{
    QWidget* popup = QApplication::activePopupWidget();
    return popup ? popup : QApplication::focusWidget();
}
} // namespace

class TestCarrierPicker : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::optional<CarrierCatalog> catalog;
    std::unique_ptr<QWidget> host;
    CarrierPicker* picker = nullptr;
    PresetInfo* info = nullptr;

    // The picker with the preset's notes below it, wired as the editor does.
    void open()
    {
        if (!catalog)
            catalog = CarrierCatalog::builtin();
        host = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(host.get());
        picker = new CarrierPicker(*catalog, host.get());
        info = new PresetInfo(host.get());
        layout->addWidget(picker);
        layout->addWidget(info);
        info->setSkipped(catalog->skipped());
        info->setPreset(catalog->find(picker->currentPresetId()));
        connect(picker, &CarrierPicker::presetChanged, info,
                [this](const QString& id) { info->setPreset(catalog->find(id)); });
        connect(picker, &CarrierPicker::reloaded, info, [this] {
            info->setSkipped(catalog->skipped());
            info->setPreset(catalog->find(picker->currentPresetId()));
        });
        host->resize(640, 400);
        host->show();
        host->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(host.get()));
    }
    QAbstractItemView* matchList() { return picker->completer()->popup(); }
    // the preset ids the narrowed list shows, top to bottom
    QStringList shown()
    {
        QStringList ids;
        QAbstractItemModel* rows = matchList()->model();
        for (int row = 0; row < rows->rowCount(); ++row)
            ids << rows->index(row, 0).data(CarrierRoles::Id).toString();
        return ids;
    }
    void type(const QString& text)
    {
        picker->lineEdit()->setFocus(Qt::TabFocusReason);
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), text);
    }
    QString detailsOf(const QString& id)
    {
        return picker->itemData(picker->findData(id), CarrierRoles::Details).toString();
    }
    // a catalog with a user's preset, an administrator's, and a broken file
    CarrierCatalog withFiles()
    {
        const QString systemDir = dir.filePath("system");
        const QString userDir = dir.filePath("user");
        QDir().mkpath(systemDir);
        QDir().mkpath(userDir);
        const QJsonObject mine = presetObject("alpen-freight", "Alpen Freight");
        const QJsonObject admins = presetObject("team-ltl", "Team LTL");
        [&] {
            QVERIFY(!mine.isEmpty());
            QVERIFY(writeFile(userDir + "/alpen.json", QJsonDocument(mine).toJson()));
            QVERIFY(writeFile(systemDir + "/team.json", QJsonDocument(admins).toJson()));
            QVERIFY(
                writeFile(userDir + "/broken.json", "{\n  \"id\": \"broken\",\n  \"name\" 3\n}\n"));
        }();
        return PresetFiles::load(CarrierCatalog::builtin(), {{systemDir, PresetOrigin::System},
                                                             {userDir, PresetOrigin::User}});
    }

private slots:
    void cleanup()
    {
        host.reset();
        picker = nullptr;
        info = nullptr;
        catalog.reset();
    }

    // -- searching

    void searchFindsCountriesAndModes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        QTest::addColumn<QStringList>("notFound");
        QTest::newRow("country code")
            << "DE" << QStringList{"dhl-parcel-de", "dpd"} << QStringList{"usps", "ups", "maersk"};
        QTest::newRow("UK for GB")
            << "UK" << QStringList{"royalmail", "dpd"} << QStringList{"usps", "dhl-parcel-de"};
        QTest::newRow("English name")
            << "germany" << QStringList{"dhl-parcel-de", "dpd"} << QStringList{"usps"};
        QTest::newRow("native name") << "Deutschland" << QStringList{"dhl-parcel-de", "dpd"}
                                     << QStringList{"usps", "royalmail"};
        QTest::newRow("native name without accents")
            << "osterreich" << QStringList{"dpd"} << QStringList{"dhl-parcel-de"};
        QTest::newRow("mode") << "ltl" << QStringList{"odfl", "estes", "xpo", "tforce"}
                              << QStringList{"ups", "maersk", "royalmail"};
        QTest::newRow("mode label")
            << "Multi-carrier gateway" << QStringList{"banyan", "eshipper"} << QStringList{"ups"};
        QTest::newRow("country and mode") << "DE parcel" << QStringList{"dhl-parcel-de", "dpd"}
                                          << QStringList{"usps", "ups", "royalmail"};
        QTest::newRow("worldwide") << "worldwide ocean" << QStringList{"maersk", "chrobinson"}
                                   << QStringList{"dpd", "ups"};
    }

    void searchFindsCountriesAndModes()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        QFETCH(QStringList, notFound);
        open();
        const QStringList matches = picker->matches(typed);
        for (const QString& id : found)
            QVERIFY2(matches.contains(id), qPrintable(id + " missing: " + matches.join(' ')));
        for (const QString& id : notFound)
            QVERIFY2(!matches.contains(id), qPrintable(id + " shown: " + matches.join(' ')));
    }

    void namesComeFirstAsBefore()
    {
        open();
        QCOMPARE(picker->matches("p44").value(0), QString("project44"));
        QCOMPARE(picker->matches("ups").value(0), QString("ups"));
        QCOMPARE(picker->matches("fed").value(0), QString("fedex"));
        QCOMPARE(picker->itemData(picker->bestMatch("p44")).toString(), QString("project44"));
        // a whole country code ranks above a word that only starts with it
        const QStringList de = picker->matches("DE parcel");
        QCOMPARE(QSet<QString>(de.begin(), de.begin() + 2),
                 QSet<QString>({"dhl-parcel-de", "dpd"}));
    }

    // -- what each row says

    void rowsSayWhereAndWhat()
    {
        open();
        QCOMPARE(detailsOf("dhl-parcel-de"), QString("DE \u00b7 Parcel, Postal"));
        QCOMPARE(detailsOf("ups"), QString("Worldwide \u00b7 Parcel, Air"));
        QCOMPARE(detailsOf("dpd"), QString("DE, FR, GB, NL +3 \u00b7 Parcel"));
        QCOMPARE(detailsOf("banyan"), QString("US \u00b7 LTL, Truckload, Multi-carrier gateway"));
        QCOMPARE(detailsOf("oauth2"), QString()); // says neither
        // a screen reader hears the same
        const QString spoken =
            picker->itemData(picker->findData("ups"), Qt::AccessibleTextRole).toString();
        QCOMPARE(spoken, QString("UPS, Worldwide \u00b7 Parcel, Air"));
        QCOMPARE(PresetLabels::mode("telematics"), QString("Telematics"));
        QCOMPARE(PresetLabels::mode("gateway"), QString("Multi-carrier gateway"));
    }

    void translatedModesAreShownAndFound()
    {
        open();
        ParcelTranslator german;
        QCoreApplication::installTranslator(&german);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(detailsOf("dhl-parcel-de"), QString("DE \u00b7 Paket, Postal"));
        const QStringList found = picker->matches("paket");
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(found.contains("dhl-parcel-de"));
        QVERIFY(found.contains("ups"));
        QVERIFY(!found.contains("odfl"));
        QCOMPARE(detailsOf("dhl-parcel-de"), QString("DE \u00b7 Parcel, Postal"));
        QVERIFY(!picker->matches("paket").contains("ups")); // in English again
    }

    // -- the keyboard

    void typingNarrowsAndEnterPicksTheFirst()
    {
        open();
        picker->setCurrentPresetId("oauth2");
        type("DE parcel");
        QTRY_VERIFY(matchList()->isVisible());
        const QStringList rows = shown();
        QCOMPARE(rows, picker->matches("DE parcel"));
        QVERIFY(rows.size() < picker->count());
        QTest::keyClick(keyTarget(), Qt::Key_Return);
        QVERIFY(!matchList()->isVisible());
        QCOMPARE(picker->currentPresetId(), rows.first());
        QCOMPARE(picker->currentText(), CarrierCatalog::builtin().find(rows.first())->name);
        // the notes below follow the choice
        QVERIFY(!info->findChild<QLabel*>("presetNotes")->text().isEmpty());
    }

    void arrowsPickAnotherRow()
    {
        open();
        picker->setCurrentPresetId("oauth2");
        type("ltl");
        QTRY_VERIFY(matchList()->isVisible());
        const QStringList rows = shown();
        QVERIFY(rows.size() >= 3);
        QTest::keyClick(keyTarget(), Qt::Key_Down); // the first is picked already: the second
        QTest::keyClick(keyTarget(), Qt::Key_Down);
        QTest::keyClick(keyTarget(), Qt::Key_Return);
        QCOMPARE(picker->currentPresetId(), rows.at(2));
    }

    void aClickPicksARow()
    {
        open();
        picker->setCurrentPresetId("oauth2");
        type("parcel");
        QTRY_VERIFY(matchList()->isVisible());
        const QStringList rows = shown();
        QVERIFY(rows.size() >= 3);
        const QRect second = matchList()->visualRect(matchList()->model()->index(1, 0));
        QTest::mouseClick(matchList()->viewport(), Qt::LeftButton, {}, second.center());
        QVERIFY(!matchList()->isVisible());
        QCOMPARE(picker->currentPresetId(), rows.at(1));
        QCOMPARE(picker->currentText(), picker->itemText(picker->findData(rows.at(1))));
    }

    void typingMoreNarrowsFurther()
    {
        open();
        type("UK");
        QTRY_VERIFY(matchList()->isVisible());
        const int uk = shown().size();
        QTest::keyClicks(picker->lineEdit(), " postal");
        QTRY_VERIFY(shown().size() < uk);
        QVERIFY(uk > 1);
        QVERIFY(shown().contains("royalmail"));
        for (const QString& id : shown()) { // British and postal, every one
            const CarrierPreset* p = CarrierCatalog::builtin().find(id);
            QVERIFY2(p->countries.contains("GB") && p->modes.contains("postal"), qPrintable(id));
        }
        QCOMPARE(picker->lineEdit()->text(), QString("UK postal")); // what was typed stays
    }

    void escapeGivesTheChosenCarrierBack()
    {
        open();
        picker->setCurrentPresetId("ups");
        QSignalSpy changed(picker, &CarrierPicker::presetChanged);
        type("ocean");
        QTRY_VERIFY(matchList()->isVisible());
        QTest::keyClick(keyTarget(), Qt::Key_Escape);
        QVERIFY(!matchList()->isVisible());
        QCOMPARE(picker->currentPresetId(), QString("ups"));
        QCOMPARE(picker->currentText(), QString("UPS"));
        QCOMPARE(changed.count(), 0);
    }

    void nothingLikeItKeepsTheChoice()
    {
        open();
        picker->setCurrentPresetId("fedex");
        type("zzqx");
        QVERIFY(!matchList()->isVisible());
        QTest::keyClick(keyTarget(), Qt::Key_Return);
        QCOMPARE(picker->currentPresetId(), QString("fedex"));
        QCOMPARE(picker->currentText(), QString("FedEx"));
    }

    // -- presets from files

    void filePresetsAreMarkedWithTheirFile()
    {
        catalog = withFiles();
        open();
        const auto mark = [this](const QString& id) {
            return picker->itemData(picker->findData(id), CarrierRoles::Origin).toString();
        };
        QCOMPARE(mark("alpen-freight"), QString("your preset"));
        QCOMPARE(mark("team-ltl"), QString("administrator's preset"));
        QCOMPARE(mark("ups"), QString());
        QCOMPARE(detailsOf("alpen-freight"), QString("AT, CH \u00b7 Truckload, Intermodal"));
        // found by country, by mode and by where it came from
        QVERIFY(picker->matches("Schweiz intermodal").contains("alpen-freight"));
        QCOMPARE(picker->matches("your preset"), QStringList{"alpen-freight"});

        auto* origin = info->findChild<QLabel*>("presetOrigin");
        picker->setCurrentPresetId("alpen-freight");
        QVERIFY(origin->isVisibleTo(host.get()));
        QCOMPARE(origin->text(), "Your preset, read from " +
                                     QDir::toNativeSeparators(dir.filePath("user/alpen.json")));
        picker->setCurrentPresetId("team-ltl");
        QVERIFY(origin->text().startsWith("An administrator's preset, read from "));
        QVERIFY(origin->text().endsWith(QDir::toNativeSeparators("system/team.json")));
        picker->setCurrentPresetId("ups");
        QVERIFY(!origin->isVisibleTo(host.get()));
    }

    void skippedFilesAreNamedWithTheirLine()
    {
        catalog = withFiles();
        QCOMPARE(catalog->skipped().size(), 1);
        open();
        auto* notice = info->findChild<QWidget*>("skippedPresetFiles");
        QVERIFY(notice->isVisibleTo(host.get()));
        auto* summary = info->findChild<QLabel*>("skippedPresetSummary");
        QVERIFY2(summary->text().contains("1 preset file"), qPrintable(summary->text()));
        const QString where = QDir::toNativeSeparators(dir.filePath("user/broken.json")) + ":3: ";
        QVERIFY2(summary->toolTip().startsWith(where), qPrintable(summary->toolTip()));
        auto* details = info->findChild<QLabel*>("skippedPresetDetails");
        QVERIFY(!details->isVisibleTo(host.get()));
        info->findChild<QToolButton*>("skippedPresetToggle")->click();
        QVERIFY(details->isVisibleTo(host.get()));
        QVERIFY(details->text().startsWith(where));
        QCOMPARE(details->text(), QDir::toNativeSeparators(catalog->skipped().first().text()));
    }

    void noNoticeWithoutSkippedFiles()
    {
        open();
        QVERIFY(!info->findChild<QWidget*>("skippedPresetFiles")->isVisibleTo(host.get()));
        QVERIFY(!info->findChild<QLabel*>("presetOrigin")->isVisibleTo(host.get()));
    }

    // -- a preset added while the picker is open

    void reloadKeepsTheChoice()
    {
        open();
        picker->setCurrentPresetId("fedex");
        const int before = picker->count();
        QSignalSpy changed(picker, &CarrierPicker::presetChanged);
        QSignalSpy reloaded(picker, &CarrierPicker::reloaded);
        PresetFileProblem problem;
        auto added =
            PresetFiles::read(QJsonDocument(presetObject("imported", "Imported Freight")).toJson(),
                              dir.filePath("imported.json"), PresetOrigin::User, &problem);
        QVERIFY2(added, qPrintable(problem.text()));
        catalog->add(*added);
        picker->reload();
        QCOMPARE(picker->count(), before + 1);
        QCOMPARE(picker->currentPresetId(), QString("fedex"));
        QCOMPARE(picker->currentText(), QString("FedEx"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(picker->matches("Imported").value(0), QString("imported"));
        // and typing finds it in the list
        type("imported");
        QTRY_COMPARE(shown().value(0), QString("imported"));
        QTest::keyClick(keyTarget(), Qt::Key_Return);
        QCOMPARE(picker->currentPresetId(), QString("imported"));
        QVERIFY(info->findChild<QLabel*>("presetOrigin")->isVisibleTo(host.get()));
    }
};

QTEST_MAIN(TestCarrierPicker)
#include "tst_carrierpicker.moc"
