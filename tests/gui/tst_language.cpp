// SPDX-License-Identifier: Apache-2.0
// The language: Settings switches it and every open window follows at once
// (real German, English and the system's language from the .qm files built
// for this test), Qt's own texts too; and a marking translator finds any
// text that stays behind when the language changes.
#include "accountlistmodel.h"
#include "accountlistpane.h"
#include "appsettings.h"
#include "settingsdialog.h"
#include "translations.h"
#include "traycontroller.h"
#include "traymenu.h"
#include "widgettexts.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeView>

namespace {
// Translates every text to "[[generation|context|source]]": a text still
// carrying an older generation was not translated again.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(int generation)
        : m_generation(generation)
    {}
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        return "[[" + QString::number(m_generation) + "|" + QString::fromUtf8(context) + "|" +
               QString::fromUtf8(source) + "]]";
    }

private:
    int m_generation;
};

// Texts of ours (Qt's own contexts start with Q) still in an older generation.
QStringList leftovers(const QList<WidgetText>& texts, int generation)
{
    const QRegularExpression old(QString("\\[\\[%1\\|(?!Q)").arg(generation));
    QStringList out;
    for (const WidgetText& t : texts) {
        if (old.match(t.text).hasMatch())
            out << t.where + ": " + t.text;
    }
    return out;
}

int countMarked(const QList<WidgetText>& texts, int generation)
{
    const QString marker = QString("[[%1|").arg(generation);
    int n = 0;
    for (const WidgetText& t : texts)
        n += t.text.contains(marker) ? 1 : 0;
    return n;
}

QString plain(QString text)
{
    return text.remove('&');
}

// What a visible label or button of the window says, by widget.
QHash<QWidget*, QString> visibleTexts(QWidget* window)
{
    QHash<QWidget*, QString> out;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        QString text;
        if (auto* l = qobject_cast<QLabel*>(w))
            text = l->text();
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            text = b->text();
        if (!text.trimmed().isEmpty())
            out.insert(w, text);
    }
    return out;
}

// The texts a marked rendering was made of, as (context, source), innermost
// first: "[[9|ctx|a %1]]" with a mark of its own inside gives both.
QList<QPair<QString, QString>> markedSources(QString text, int generation)
{
    const QRegularExpression innermost(
        QString(R"(\[\[%1\|([^|\[\]]*)\|((?:(?!\[\[)(?!\]\]).)*)\]\])").arg(generation),
        QRegularExpression::DotMatchesEverythingOption);
    QList<QPair<QString, QString>> out;
    for (auto m = innermost.match(text); m.hasMatch(); m = innermost.match(text)) {
        out.append({m.captured(1), m.captured(2)});
        text.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("\u2026"));
    }
    return out;
}
} // namespace

class TestLanguage : public QObject, protected WindowFixture
{
    Q_OBJECT

    std::unique_ptr<Translations> translations;
    std::unique_ptr<TrayController> tray;

    QString settingsPath() const { return dir.filePath("language-settings.ini"); }

    // Widgets in the window, the tray menu and Settings, with what each shows
    // in the language in effect.
    struct Shown
    {
        QString what;
        QString actual;
        const char* context;
        const char* source;
    };
    QList<Shown> shown(SettingsDialog& dialog)
    {
        return {
            {"menu title", find<QMenu>("fileMenu")->title(), "MainWindow", "&File"},
            {"toolbar action", action("testAllAction")->text(), "MainWindow", "Test &All"},
            {"toolbar icon text", action("newAction")->iconText(), "MainWindow", "New"},
            {"tab title", find<QTabWidget>("accountTabs")->tabText(AccountPage::CredentialsTab),
             "AccountPage", "Credentials"},
            {"filter placeholder", find<QLineEdit>("filterEdit")->placeholderText(),
             "AccountListPane", "Filter accounts"},
            {"reveal tooltip", find<QWidget>("tokenRevealButton")->toolTip(), "TokenView",
             "Show or hide the token"},
            {"tray Quit", tray->menu()->findChild<QAction*>("trayQuit")->text(), "TrayMenu",
             "&Quit"},
            {"settings label", dialog.findChild<QLabel*>("languageLabel")->text(), "SettingsDialog",
             "Lan&guage"},
            {"settings title", dialog.windowTitle(), "SettingsDialog", "Settings"},
        };
    }
    void pick(SettingsDialog& dialog, const QString& code)
    {
        auto* combo = dialog.findChild<QComboBox*>("languageCombo");
        QVERIFY(combo);
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(code));
        combo->setCurrentIndex(index);
        // what Qt posted to the windows, delivered now: no other waiting
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    // Every visible label and button of the window that came from a
    // translation shows another text in `code` than it did before, unless
    // each text it is made of reads the same in both languages. Texts that
    // are data (names, URLs, numbers) carry no mark and are left alone.
    void everyTextFollows(SettingsDialog& dialog, const QString& code)
    {
        const QString before = translations->current();
        const QHash<QWidget*, QString> was = visibleTexts(window.get());
        MarkingTranslator marking(9);
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        const QHash<QWidget*, QString> marked = visibleTexts(window.get());
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(visibleTexts(window.get()), was); // back as it was

        QTranslator previous;
        QVERIFY(before == "en" || previous.load(QLocale(before), "tokendock", "_", ":/i18n"));
        pick(dialog, code);
        QCOMPARE(translations->current(), code);
        const QHash<QWidget*, QString> now = visibleTexts(window.get());
        QStringList stayed;
        int changed = 0;
        for (auto it = was.begin(); it != was.end(); ++it) {
            const QList<QPair<QString, QString>> sources = markedSources(marked.value(it.key()), 9);
            if (sources.isEmpty() || !now.contains(it.key()))
                continue; // data, or gone with the language (none should be)
            if (now.value(it.key()) != it.value()) {
                ++changed;
                continue;
            }
            // the same words in both languages ("OK", "HTTP %1") are no leftover
            bool sameWords = true;
            for (const auto& [context, source] : sources) {
                const QByteArray c = context.toUtf8();
                const QByteArray s = source.toUtf8();
                const QString then = before == "en" ? QString() : previous.translate(c, s);
                sameWords = sameWords &&
                            QCoreApplication::translate(c, s) == (then.isEmpty() ? source : then);
            }
            if (!sameWords)
                stayed << describe(it.key()) + ": " + it.value();
        }
        QVERIFY2(stayed.isEmpty(),
                 qPrintable("still in the language before:\n" + stayed.join('\n')));
        QVERIFY2(changed > 10, qPrintable(QString::number(changed)));
    }

    static QString cancelText(SettingsDialog& dialog)
    {
        return plain(dialog.findChild<QDialogButtonBox*>("settingsButtons")
                         ->button(QDialogButtonBox::Cancel)
                         ->text());
    }

private slots:
    void initTestCase() { prepareRun(); }
    void init()
    {
        setUp();
        translations = std::make_unique<Translations>(settingsPath());
        translations->apply(translations->choice());
        tray = DesktopSession::createTray(window.get(), *services, ticker.get(), clipboard.get());
        QVERIFY(!addAccount(sandboxAccount("banyan", "acme-banyan")).isNull());
        const auto result = testThroughTheButton("acme-banyan");
        QVERIFY(result && result->ok());
    }
    void cleanup()
    {
        tray.reset();
        tearDown();
        translations.reset();
        QFile::remove(settingsPath());
    }

    void theSystemLanguageIsTheTestsFrench()
    {
        // main() sets LANGUAGE=fr: the "system" of this test speaks French
        QCOMPARE(Translations::systemLanguage(), QString("fr"));
        QCOMPARE(translations->choice(), QString());
        QCOMPARE(translations->current(), QString("fr"));
    }

    void settingsSwitchesTheOpenWindowAtOnce()
    {
        window->setTranslations(translations.get());
        SettingsDialog dialog(&services->settings(), window.get());
        dialog.setTranslations(translations.get());
        dialog.show();

        pick(dialog, "de");
        QCOMPARE(translations->current(), QString("de"));
        QVERIFY(translations->hasQtTranslation());
        // the translation is really there, so a widget left behind shows
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QString("&Datei"));
        for (const Shown& s : shown(dialog))
            QVERIFY2(s.actual == QCoreApplication::translate(s.context, s.source),
                     qPrintable(s.what + ": " + s.actual));
        QCOMPARE(find<QMenu>("fileMenu")->title(), QString("&Datei"));
        QCOMPARE(find<QLineEdit>("filterEdit")->placeholderText(), QString("Konten filtern"));
        QCOMPARE(cancelText(dialog), QString("Abbrechen")); // Qt's own (qtbase_de)
        QCOMPARE(QLocale().language(), QLocale::German);

        pick(dialog, "en");
        QCOMPARE(translations->current(), QString("en"));
        QVERIFY(!translations->hasQtTranslation());
        for (const Shown& s : shown(dialog))
            QCOMPARE(s.actual, QString::fromUtf8(s.source));
        QCOMPARE(cancelText(dialog), QString("Cancel"));
        QCOMPARE(QLocale().language(), QLocale::English);
        // English is a translation of its own: its plural forms
        QCOMPARE(QCoreApplication::translate("AccountStatus", "Expires in %n days", nullptr, 1),
                 QString("Expires in 1 day"));

        pick(dialog, QString());
        QCOMPARE(translations->current(), QString("fr"));
        QTranslator system;
        QVERIFY(system.load(QLocale::system(), "tokendock", "_", ":/i18n"));
        const QString file = system.translate("MainWindow", "&File");
        QVERIFY2(!file.isEmpty() && file != "&File", qPrintable(file));
        QCOMPARE(find<QMenu>("fileMenu")->title(), file);
        QCOMPARE(dialog.findChild<QLabel*>("languageLabel")->text(),
                 system.translate("SettingsDialog", "Lan&guage"));
        QCOMPARE(QLocale(), QLocale::system());
    }

    void settingsFitsEveryTextAfterASwitch()
    {
        window->setTranslations(translations.get());
        SettingsDialog dialog(&services->settings(), window.get());
        dialog.setTranslations(translations.get());
        dialog.setTrayAvailable(true);
        dialog.show(); // in the system's French
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // every visible text of the dialog shows whole: on one line, or wrapped within its height
        const auto cut = [&dialog] {
            QStringList out;
            for (QWidget* w : dialog.findChildren<QWidget*>()) {
                if (!w->isVisibleTo(&dialog))
                    continue;
                bool fits = true;
                QString text;
                if (auto* l = qobject_cast<QLabel*>(w)) {
                    text = l->text();
                    fits = l->wordWrap() ? l->heightForWidth(l->width()) <= l->height()
                                         : l->sizeHint().width() <= l->width();
                } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
                    text = b->text();
                    fits = b->sizeHint().width() <= b->width();
                }
                if (!text.isEmpty() && !fits)
                    out << describe(w) + ": " + text;
            }
            return out;
        };
        QVERIFY2(cut().isEmpty(), qPrintable(cut().join('\n')));
        for (const QString code : {"en", "de", "fr", "es", "de"}) {
            pick(dialog, code);
            QTRY_VERIFY2(cut().isEmpty(), qPrintable(code + ":\n" + cut().join('\n')));
        }
        // the longest of them: "Das letzte Token jedes Kontos im Schlüsselbund aufbewahren"
        QVERIFY(dialog.findChild<QCheckBox*>("cacheTokensCheck")->text().contains("aufbewahren"));
    }

    void shortcutsInSentencesReadAsTheMenusDo()
    {
        window->setTranslations(translations.get());
        SettingsDialog dialog(&services->settings(), window.get());
        dialog.setTranslations(translations.get());
        dialog.show();
        pick(dialog, "de");
        QVERIFY(translations->hasQtTranslation());
        const QString keys = action("testAction")->shortcut().toString(QKeySequence::NativeText);
        QCOMPARE(keys, QString("Strg+T")); // Qt's own German
        QVERIFY(addAccount(sandboxAccount("banyan", "untested")) != QUuid());
        QVERIFY(window->selectAccount("untested"));
        const QString text = find<QLabel>("tokenEmptyText")->text();
        QVERIFY2(text.contains("(Strg+T)") && !text.contains("Ctrl"), qPrintable(text));
        QVERIFY(!window->accountList()->filterEdit()->toolTip().contains("Ctrl"));
        QVERIFY(window->accountList()->filterEdit()->toolTip().contains("Strg+F"));
    }

    void frenchSaysTheClipboardWillBeCleared()
    {
        window->setTranslations(translations.get());
        SettingsDialog dialog(&services->settings(), window.get());
        dialog.setTranslations(translations.get());
        dialog.show();
        pick(dialog, "fr");
        QVERIFY(window->selectAccount("acme-banyan"));
        action("copyHeaderAction")->trigger();
        auto* status = find<QLabel>("clipboardStatus");
        QTRY_VERIFY(status->isVisible());
        // still counting down: not "vidé" (was emptied)
        QCOMPARE(status->text(), QString("Vidage du presse-papiers dans 30 s"));
    }

    void cancelGoesBackOkKeeps()
    {
        {
            SettingsDialog dialog(&services->settings(), window.get());
            dialog.setTranslations(translations.get());
            dialog.show();
            pick(dialog, "de");
            QCOMPARE(translations->current(), QString("de"));
            dialog.reject();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        }
        QCOMPARE(translations->current(), QString("fr"));
        QCOMPARE(AppSettings(settingsPath()).language(), QString());
        {
            SettingsDialog dialog(&services->settings(), window.get());
            dialog.setTranslations(translations.get());
            dialog.show();
            pick(dialog, "es");
            dialog.findChild<QDialogButtonBox*>("settingsButtons")
                ->button(QDialogButtonBox::Ok)
                ->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(translations->current(), QString("es"));
        QCOMPARE(translations->choice(), QString("es"));
        QCOMPARE(AppSettings(settingsPath()).language(), QString("es"));
        // the next start speaks it from the beginning
        Translations next(settingsPath());
        QCOMPARE(next.choice(), QString("es"));
    }

    void aFailureOnScreenFollowsTheLanguage()
    {
        // refused with the carrier preset's advice as the hint; a broken
        // answer with the general hint and a nested sentence in its message
        QVERIFY(!addAccount(sandboxAccount("dhl-ecs", "refused"), "not-the-secret").isNull());
        Account broken = sandboxAccount("banyan", "broken");
        broken.tokenUrl = sandbox->faultUrl(SandboxServer::Fault::BadJson).toString();
        QVERIFY(!addAccount(broken).isNull());
        window->setTranslations(translations.get());
        SettingsDialog dialog(&services->settings(), window.get());
        dialog.setTranslations(translations.get());
        dialog.show();
        pick(dialog, "en");

        const auto refused = testThroughTheButton("refused");
        QVERIFY(refused && !refused->ok());
        QVERIFY(refused->error.hintSource == Failure::HintSource::Carrier);
        const auto failed = testThroughTheButton("broken");
        QVERIFY(failed && !failed->ok());
        QVERIFY(failed->error.hintSource == Failure::HintSource::General);
        QVERIFY(!failed->error.message.args().isEmpty());

        struct Banner
        {
            QString title, message, hint;
        };
        const auto onScreen = [this] {
            return Banner{banner()->title(), banner()->message(), banner()->hint()};
        };
        QHash<QString, Banner> english;
        for (const QString name : {"refused", "broken"}) {
            QVERIFY(window->selectAccount(name));
            english.insert(name, onScreen());
            QVERIFY(!english[name].message.isEmpty() && !english[name].hint.isEmpty());
        }
        QVERIFY(english["refused"].hint.contains("DHL eCommerce environment"));

        QHash<QString, Banner> before = english;
        // a status-bar text the window wrote itself follows too, while it shows
        QVERIFY(window->selectAccount("refused"));
        window->copyReport();
        auto* status = find<QStatusBar>("statusBar");
        QString statusBefore = status->currentMessage();
        QVERIFY(statusBefore.startsWith("Support report copied"));
        for (const QString code : {"de", "fr"}) {
            QVERIFY(window->selectAccount("refused"));
            everyTextFollows(dialog, code);
            QCOMPARE(status->currentMessage(),
                     QCoreApplication::translate(
                         "MainWindow", "Support report copied. It holds no secret and no token."));
            QVERIFY(status->currentMessage() != statusBefore);
            statusBefore = status->currentMessage();
            for (const QString name : {"refused", "broken"}) {
                QVERIFY(window->selectAccount(name));
                const Banner now = onScreen();
                const TokenResult& r = name == "refused" ? *refused : *failed;
                QVERIFY2(now.title != before[name].title, qPrintable(now.title));
                QVERIFY2(now.message != before[name].message, qPrintable(now.message));
                QVERIFY2(now.hint != before[name].hint, qPrintable(now.hint));
                // rendered now from what the core handed over, in the language in effect
                QCOMPARE(now.message, r.error.message.text());
                QVERIFY2(now.hint.contains(r.error.hint.text()), qPrintable(now.hint));
                QCOMPARE(now.title, Failure::categoryLabel(r.error.category));
                before[name] = now;
            }
        }
        // the carrier's name and the host are data: in every language the same
        QVERIFY(before["refused"].message.contains("DHL eCommerce"));
    }

    void noTextStaysInTheLanguageBefore()
    {
        // the window is built in marked texts from the start, so every text of
        // ours carries the first mark, and a widget left behind keeps it
        QVERIFY(!addAccount(sandboxAccount("dhl-ecs", "refused"), "not-the-secret").isNull());
        tray.reset();
        closeWindow();
        auto first = std::make_unique<MarkingTranslator>(1);
        QCoreApplication::installTranslator(first.get());
        openWindow();
        tray = DesktopSession::createTray(window.get(), *services, ticker.get(), clipboard.get());
        window->setDemoMode(true, sandbox->baseUrl());
        // a refused account too: its banner's title and hint follow the language
        const auto refused = testThroughTheButton("refused");
        QVERIFY(refused && !refused->ok());
        const auto works = testThroughTheButton("acme-banyan");
        QVERIFY(works && works->ok());
        SettingsDialog dialog(&services->settings(), window.get());
        dialog.setTrayAvailable(true);
        dialog.show();
        const auto texts = [&] {
            QList<WidgetText> all = widgetTexts(window.get());
            all << widgetTexts(tray->menu()) << widgetTexts(&dialog);
            all.append({"tray icon toolTip", tray->icon()->toolTip()});
            return all;
        };
        QVERIFY2(countMarked(texts(), 1) > 100, "the widgets did not take the first marks");

        // every later translator is searched first, so the marks win over the real ones
        QSignalSpy rows(window->accountList()->model(), &QAbstractItemModel::dataChanged);
        auto second = std::make_unique<MarkingTranslator>(2);
        QCoreApplication::removeTranslator(first.get());
        QCoreApplication::installTranslator(second.get());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        // the tray menu built itself anew: its old submenus go
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const QStringList left = leftovers(texts(), 1);
        QVERIFY2(left.isEmpty(), qPrintable("not retranslated:\n" + left.join('\n')));
        QVERIFY(countMarked(texts(), 2) > 100);
        QVERIFY(!rows.isEmpty()); // the list is painted again

        // the refused account's banner, rendered in the second marks, follows to the third
        QVERIFY(window->selectAccount("refused"));
        QVERIFY(banner()->title().contains("[[2|TokenError|"));
        QVERIFY(banner()->hint().contains("[[2|"));
        auto third = std::make_unique<MarkingTranslator>(3);
        QCoreApplication::removeTranslator(second.get());
        QCoreApplication::installTranslator(third.get());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (const QString& line : {banner()->title(), banner()->hint()})
            QVERIFY2(line.contains("[[3|") && !line.contains("[[2|"), qPrintable(line));
        QCoreApplication::removeTranslator(third.get());
    }
};

int main(int argc, char** argv)
{
    // the "system" language of this test, whatever the machine's: French
    qputenv("LANGUAGE", "fr");
    qputenv("LC_ALL", "C.UTF-8");
    QApplication app(argc, argv);
    TestLanguage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_language.moc"
