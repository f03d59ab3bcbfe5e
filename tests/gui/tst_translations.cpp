// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// German and French are kept complete: every string in the sources has a finished translation
// that keeps the source's placeholders, and the app really loads it.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkedInCatalogueIsComplete_data();
    void checkedInCatalogueIsComplete();
    void catalogueCoversEveryStringInTheSources_data();
    void catalogueCoversEveryStringInTheSources();
    void germanLocaleLoadsOurAndQtsTranslations();
    void frenchLocaleLoadsOurAndQtsTranslations();
    void otherLocalesGetEnglishWithPluralForms_data();
    void otherLocalesGetEnglishWithPluralForms();

private:
    struct Entry
    {
        QString context;
        QString source;
        QString type;             // "unfinished", "vanished", "obsolete" or empty when finished
        QStringList translations; // one, or the numerus forms
    };
    static QList<Entry> readCatalogue(const QString &path, QString *error);
    static QStringList problemsOf(const QList<Entry> &entries);
};

QList<tst_Translations::Entry> tst_Translations::readCatalogue(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries << entry;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry {context, {}, {}, {}};
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!numerus)
                entry.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            entry.translations << xml.readElementText();
        } else if (name != QLatin1String("TS") && name != QLatin1String("context")) {
            xml.skipCurrentElement(); // comments, extracomments, locations
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QStringList tst_Translations::problemsOf(const QList<Entry> &entries)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    const auto placeholders = [](const QString &text) {
        QSet<QString> found;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext())
            found.insert(it.next().captured(0));
        return found;
    };

    QStringList problems;
    for (const Entry &e : entries) {
        const QString where = e.context + QStringLiteral(": ") + e.source.left(60);
        if (!e.type.isEmpty()) {
            problems << e.type + QStringLiteral(" — ") + where;
            continue;
        }
        if (e.translations.isEmpty() || e.translations.contains(QString())) {
            problems << QStringLiteral("empty — ") + where;
            continue;
        }
        QSet<QString> expected = placeholders(e.source);
        for (const QString &t : e.translations) {
            QSet<QString> got = placeholders(t);
            // A numerus form may spell the number out ("eine Verbindung") instead of %n.
            if (e.translations.size() > 1) {
                got.remove(QStringLiteral("%n"));
                expected.remove(QStringLiteral("%n"));
            }
            if (got != expected)
                problems << QStringLiteral("placeholders differ — ") + where;
        }
    }
    return problems;
}

void tst_Translations::checkedInCatalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("de") << QStringLiteral(SSLCM_TS_DIR "/sslcm_de.ts");
    QTest::newRow("fr") << QStringLiteral(SSLCM_TS_DIR "/sslcm_fr.ts");
    QTest::newRow("en plural forms") << QStringLiteral(SSLCM_TS_DIR "/sslcm_en.ts");
}

void tst_Translations::checkedInCatalogueIsComplete()
{
    QFETCH(QString, path);
    QString error;
    const QList<Entry> entries = readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    const QStringList problems = problemsOf(entries);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::catalogueCoversEveryStringInTheSources_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("de") << QStringLiteral("sslcm_de.ts") << QStringList();
    QTest::newRow("fr") << QStringLiteral("sslcm_fr.ts") << QStringList();
    QTest::newRow("en plural forms")
            << QStringLiteral("sslcm_en.ts") << QStringList {QStringLiteral("-pluralonly")};
}

void tst_Translations::catalogueCoversEveryStringInTheSources()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);

    // Runs lupdate over the same sources as the update_translations target, on a copy.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(QStringLiteral(SSLCM_TS_DIR "/") + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SSLCM_LUPDATE),
                  QStringList {QStringLiteral("@" SSLCM_SOURCES_LIST), QStringLiteral("-locations"),
                               QStringLiteral("none"), QStringLiteral("-no-obsolete")}
                          + options + QStringList {QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QString error;
    const QList<Entry> entries = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    const QStringList problems = problemsOf(entries);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Strings without a translation; build the "
                                       "update_translations target and translate them:\n")
                        + problems.join(QLatin1Char('\n'))));
}

void tst_Translations::germanLocaleLoadsOurAndQtsTranslations()
{
    const char *ours = "No connections yet";
    QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Germany)), QLocale::German);
    const QString german = QCoreApplication::translate("MainWindow", ours);
    QVERIFY2(german != QLatin1String(ours), qPrintable(german));
    QCOMPARE(QCoreApplication::translate("SslMode", "Verify CA and host name"),
             QStringLiteral("CA und Hostnamen prüfen"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n connection(s)", nullptr, 1),
             QStringLiteral("1 Verbindung"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n connection(s)", nullptr, 3),
             QStringLiteral("3 Verbindungen"));
    // Qt's own strings (standard buttons) come from qtbase_de.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void tst_Translations::frenchLocaleLoadsOurAndQtsTranslations()
{
    const char *ours = "No connections yet";
    QCOMPARE(Translations::install(QLocale(QLocale::French, QLocale::France)), QLocale::French);
    const QString french = QCoreApplication::translate("MainWindow", ours);
    QVERIFY2(french != QLatin1String(ours), qPrintable(french));
    QVERIFY(QCoreApplication::translate("SslMode", "Verify CA and host name")
            != QLatin1String("Verify CA and host name"));
    // French plural rules: 0 and 1 take the singular, 2 and more the plural.
    const auto connections = [](int n) {
        return QCoreApplication::translate("MainWindow", "%n connection(s)", nullptr, n);
    };
    QVERIFY2(connections(1).startsWith(QLatin1String("1 ")), qPrintable(connections(1)));
    QCOMPARE(QString(connections(0)).replace(QLatin1Char('0'), QLatin1Char('1')), connections(1));
    QVERIFY2(QString(connections(2)).replace(QLatin1Char('2'), QLatin1Char('1')) != connections(1),
             qPrintable(connections(2)));
    // Qt's own strings (standard buttons) come from qtbase_fr.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

void tst_Translations::otherLocalesGetEnglishWithPluralForms_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("C") << QLocale::c();
    QTest::newRow("ja_JP (no sslcm translation)") << QLocale(QLocale::Japanese, QLocale::Japan);
}

void tst_Translations::otherLocalesGetEnglishWithPluralForms()
{
    QFETCH(QLocale, locale);
    QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Germany)), QLocale::German);
    // Switching away from German undoes it.
    QCOMPARE(Translations::install(locale), QLocale::English);
    QCOMPARE(QCoreApplication::translate("MainWindow", "No connections yet"),
             QStringLiteral("No connections yet"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n connection(s)", nullptr, 1),
             QStringLiteral("1 connection"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n connection(s)", nullptr, 0),
             QStringLiteral("0 connections"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n connection(s)", nullptr, 2),
             QStringLiteral("2 connections"));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
