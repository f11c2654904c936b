// SPDX-License-Identifier: Apache-2.0
#include "carriercatalog.h"
#include "jsonlocation.h"
#include "presetfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// Presets a team writes: a file TokenDock reads next to the built-in catalog,
// one that it skips with the file, the line and what is wrong, and one that
// tries to take a built-in preset's place.
namespace {

QString dataDir()
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/../data/presets");
}

QByteArray example()
{
    QFile f(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../docs/examples/acme-freight.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// The example with one thing changed, as a person would edit it.
QByteArray edited(const QByteArray& from, const QByteArray& to)
{
    QByteArray json = example();
    json.replace(from, to);
    return json;
}

QStringList ids(const CarrierCatalog& catalog)
{
    QStringList out;
    for (const CarrierPreset& p : catalog.presets())
        out << p.id;
    return out;
}

} // namespace

class TestPresetFiles : public QObject
{
    Q_OBJECT

private slots:
    void theExampleIsAPreset()
    {
        PresetFileProblem problem;
        const auto p = PresetFiles::read(example(), "acme.json", PresetOrigin::User, &problem);
        QVERIFY2(p, qPrintable(problem.text()));
        QCOMPARE(p->id, QString("acme-freight"));
        QCOMPARE(p->origin, PresetOrigin::User);
        QCOMPARE(p->sourceFile, QString("acme.json"));
        QCOMPARE(p->countries, QStringList({"US", "CA"}));
        QCOMPARE(p->shape.apiKeyHeader, QString("X-Acme-Key"));
        QCOMPARE(p->budget.max, 20);
        QVERIFY(!p->definition.isEmpty());
    }

    // Each broken file of the shared set (the schema refuses them too, see
    // preset_schema) is refused with its line and what is wrong there.
    void brokenFilesNameTheirLine_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(dataDir() + "/bad");
        const QStringList files = dir.entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void brokenFilesNameTheirLine()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        PresetFileProblem problem;
        QVERIFY(!PresetFiles::read(json, file, PresetOrigin::User, &problem));
        // line 1 only for what the whole preset misses
        QVERIFY2(problem.line > 1 || problem.message.contains("is missing"),
                 qPrintable(problem.text()));
        QVERIFY(problem.text().startsWith(file + ":" + QString::number(problem.line) + ": "));
        // the line named is the one that differs from the example, or for
        // something missing or wrong inside, the object or list it is about
        const QByteArray named = json.split('\n').value(problem.line - 1).trimmed();
        const bool opens = named.endsWith('{') || named.endsWith('[');
        QVERIFY2(!example().contains(named) || opens, qPrintable(problem.text() + " / " + named));
    }

    void invalidJsonNamesTheLineOfTheSlip()
    {
        const QByteArray json =
            edited("\"vendor\": \"Acme Freight Lines\",", "\"vendor\": \"Acme Freight Lines\"");
        PresetFileProblem problem;
        QVERIFY(!PresetFiles::read(json, "slip.json", PresetOrigin::User, &problem));
        QCOMPARE(problem.line, JsonLocation::lineOf(json, {"summary"}));
        QVERIFY(problem.message.contains("not valid JSON"));
    }

    void lineOfFindsNestedMembers()
    {
        const QByteArray json = "{\n \"a\": [\n  {\"x\": 1},\n  {\n   \"y\": \"}\"\n  }\n ],\n"
                                " \"b\": {\"c\": 2}\n}\n";
        QCOMPARE(JsonLocation::lineOf(json, {"a"}), 2);
        QCOMPARE(JsonLocation::lineOf(json, {"a", "0"}), 3);
        QCOMPARE(JsonLocation::lineOf(json, {"a", "1", "y"}), 5);
        QCOMPARE(JsonLocation::lineOf(json, {"b", "c"}), 8);
        QCOMPARE(JsonLocation::lineOf(json, {"b", "missing"}), 8); // the object it would be in
        QCOMPARE(JsonLocation::lineOf("", {"a"}), 0);
    }

    // A folder with a good file, a broken one and one taking a built-in id:
    // the good one loads, the others are listed with why, in file order.
    void brokenAndShadowingFilesAreSkippedTheRestLoad()
    {
        QTemporaryDir user;
        write(user.filePath("a-broken.json"), edited("\"ltl\"", "\"rail\""));
        write(user.filePath("b-acme.json"), example());
        write(user.filePath("c-fedex.json"), edited("\"acme-freight\"", "\"fedex\""));
        write(user.filePath("d-again.json"), example());
        write(user.filePath("notes.txt"), "not a preset");
        const CarrierCatalog& builtin = CarrierCatalog::builtin();
        const CarrierCatalog catalog =
            PresetFiles::load(builtin, {{user.path(), PresetOrigin::User}});
        QCOMPARE(ids(catalog).size(), ids(builtin).size() + 1);
        QCOMPARE(catalog.find("acme-freight")->origin, PresetOrigin::User);
        // the built-in FedEx is still the built-in one
        QCOMPARE(catalog.find("fedex")->origin, PresetOrigin::BuiltIn);
        QCOMPARE(catalog.find("fedex")->name, builtin.find("fedex")->name);
        QCOMPARE(catalog.skipped().size(), 3);
        const PresetFileProblem& broken = catalog.skipped().at(0);
        QVERIFY(broken.file.endsWith("a-broken.json"));
        QVERIFY(broken.message.contains("\"rail\" is not one of"));
        const PresetFileProblem& shadow = catalog.skipped().at(1);
        QVERIFY(shadow.file.endsWith("c-fedex.json"));
        QCOMPARE(shadow.line, 3);
        QVERIFY(shadow.message.contains("built-in preset"));
        const PresetFileProblem& twice = catalog.skipped().at(2);
        QVERIFY(twice.message.contains("b-acme.json"));
    }

    // An administrator's preset comes first; the user's file with its id is refused.
    void systemPresetsComeBeforeTheUsers()
    {
        QTemporaryDir system, user;
        write(system.filePath("acme.json"), example());
        write(user.filePath("acme.json"), edited("Acme Freight LTL", "Mine"));
        const CarrierCatalog catalog =
            PresetFiles::load(CarrierCatalog::builtin(), {{system.path(), PresetOrigin::System},
                                                          {user.path(), PresetOrigin::User}});
        QCOMPARE(catalog.find("acme-freight")->origin, PresetOrigin::System);
        QCOMPARE(catalog.skipped().size(), 1);
        QVERIFY(catalog.skipped().first().file.startsWith(QDir::toNativeSeparators(user.path())));
    }

    void aHugeFileIsNotRead()
    {
        QTemporaryDir user;
        write(user.filePath("huge.json"), QByteArray(PresetFiles::kMaxFileBytes + 1, ' '));
        const CarrierCatalog catalog =
            PresetFiles::load(CarrierCatalog::builtin(), {{user.path(), PresetOrigin::User}});
        QCOMPARE(catalog.skipped().size(), 1);
        QVERIFY(catalog.skipped().first().message.contains("KB"));
    }

    void aMissingFolderIsNoProblem()
    {
        const CarrierCatalog catalog = PresetFiles::load(
            CarrierCatalog::builtin(), {{"/nonexistent/tokendock/carriers", PresetOrigin::System}});
        QVERIFY(catalog.skipped().isEmpty());
        QCOMPARE(ids(catalog), ids(CarrierCatalog::builtin()));
    }
};

QTEST_GUILESS_MAIN(TestPresetFiles)
#include "tst_presetfiles.moc"
