// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Server section's password source, driven through its widgets: each source round-trips into
// the profile, presets fill the command, a clear-text token is checked against the SSL mode, and
// "Try It" runs real commands off the GUI thread and shows what the secret looks like, never the
// secret.
#include "Translations.h"
#include "interop/ShellWords.h"
#include "profile/ServerSection.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Chooses a source in the combo box with the keyboard, as a person would.
void chooseSource(ServerSection *section, PasswordSource::Kind kind)
{
    QComboBox *box = section->passwordSourceBox();
    box->setFocus();
    const int wanted = box->findData(int(kind));
    while (box->currentIndex() < wanted)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > wanted)
        QTest::keyClick(box, Qt::Key_Up);
}

// Every text a person could see or a screen reader could say in `root`'s window.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets << root;
    for (const QWidget *w : std::as_const(widgets)) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription()
              << w->windowTitle();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            texts << label->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            texts << edit->text() << edit->placeholderText() << edit->displayText();
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << button->text();
        if (const auto *box = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
        }
    }
    return texts;
}

QString jwtWithExpiry(const QDateTime &expiresUtc)
{
    const auto part = [](const QJsonObject &o) {
        return QString::fromLatin1(
                QJsonDocument(o)
                        .toJson(QJsonDocument::Compact)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part({{QStringLiteral("alg"), QStringLiteral("none")}}) + QLatin1Char('.')
            + part({{QStringLiteral("exp"), expiresUtc.toSecsSinceEpoch()}})
            + QStringLiteral(".c2lnbmF0dXJl");
}

// A section holding a complete server, so that problems() is about the password source.
void loadServer(ServerSection *section)
{
    Profile p = Profile::create();
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("app");
    section->load(p);
}

} // namespace

class tst_ServerSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sourcesRoundTripThroughTheWidgets_data();
    void sourcesRoundTripThroughTheWidgets();
    void commandIsSplitWithoutAShellAndShownQuoted();
    void shellOperatorsAreNamed();
    void presetFillsTheCommand();
    void clearTextTokenNeedsAVerifiedServer();
    void regionPlaceholderComesFromTheHost();
    void tryShowsTheLengthNeverTheSecret();
    void tryShowsTheTokensExpiry();
    void tryShowsWhatAFailingCommandSaid();
    void tryMakesAnRdsTokenWithoutTheNetwork();
    void cancelStopsTheCommand();
    void unknownSourceFieldsSurvive();
    void mnemonicsDoNotClash_data();
    void mnemonicsDoNotClash();
};

void tst_ServerSection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the app does: English, with its plural forms ("1 character", "2 characters").
    QCOMPARE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)),
             QLocale::English);
}

void tst_ServerSection::sourcesRoundTripThroughTheWidgets_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("passwordShown");
    QTest::addColumn<bool>("saveShown");
    QTest::addColumn<bool>("commandShown");
    QTest::addColumn<bool>("awsShown");
    QTest::newRow("keychain") << int(PasswordSource::Kind::Keychain) << true << true << false
                              << false;
    QTest::newRow("ask") << int(PasswordSource::Kind::Ask) << true << false << false << false;
    QTest::newRow("command") << int(PasswordSource::Kind::Command) << false << false << true
                             << false;
    QTest::newRow("aws-iam") << int(PasswordSource::Kind::AwsIam) << false << false << false
                             << true;
}

void tst_ServerSection::sourcesRoundTripThroughTheWidgets()
{
    QFETCH(int, kind);
    QFETCH(bool, passwordShown);
    QFETCH(bool, saveShown);
    QFETCH(bool, commandShown);
    QFETCH(bool, awsShown);
    ServerSection section(false);
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    Profile p = Profile::create();
    p.host = QStringLiteral("db1.abcdefghij.eu-west-1.rds.amazonaws.com");
    p.user = QStringLiteral("app");
    section.load(p);
    QCOMPARE(section.passwordSourceKind(), PasswordSource::Kind::Keychain);

    chooseSource(&section, PasswordSource::Kind(kind));
    QCOMPARE(section.passwordSourceKind(), PasswordSource::Kind(kind));
    QCOMPARE(section.passwordEdit()->isVisible(), passwordShown);
    QCOMPARE(section.savePasswordBox()->isVisible(), saveShown);
    QCOMPARE(section.commandEdit()->isVisible(), commandShown);
    QCOMPARE(section.clearTextTokenBox()->isVisible(), commandShown);
    QCOMPARE(section.awsRegionEdit()->isVisible(), awsShown);
    QCOMPARE(section.awsProfileEdit()->isVisible(), awsShown);
    QCOMPARE(section.tryButton()->isVisible(), commandShown || awsShown);

    PasswordSource expected;
    expected.kind = PasswordSource::Kind(kind);
    if (commandShown) {
        QTest::keyClicks(section.commandEdit(), QStringLiteral("pass show db/{user}"));
        QTest::mouseClick(section.clearTextTokenBox(), Qt::LeftButton);
        expected.command = QStringList {QStringLiteral("pass"), QStringLiteral("show"),
                                        QStringLiteral("db/{user}")};
        expected.clearTextToken = true;
    }
    if (awsShown) {
        QTest::keyClicks(section.awsRegionEdit(), QStringLiteral("eu-central-1"));
        QTest::keyClicks(section.awsProfileEdit(), QStringLiteral("prod"));
        expected.awsRegion = QStringLiteral("eu-central-1");
        expected.awsProfile = QStringLiteral("prod");
    }
    QTest::keyClicks(section.passwordEdit(), QStringLiteral("typed"));
    section.setSavePassword(true);
    Profile applied = p;
    section.apply(applied);
    QCOMPARE(applied.passwordSource, expected);
    // Only the keychain keeps a password; only the keychain and a prompt use the typed one.
    QCOMPARE(section.savePassword(), PasswordSource::Kind(kind) == PasswordSource::Kind::Keychain);
    QCOMPARE(section.password().isEmpty(), !passwordShown);

    // What was saved opens as it was.
    ServerSection again(false);
    again.load(applied);
    QCOMPARE(again.passwordSourceKind(), PasswordSource::Kind(kind));
    Profile reapplied = p;
    again.apply(reapplied);
    QCOMPARE(reapplied.passwordSource, expected);
    QCOMPARE(Profile::fromJson(reapplied.toJson()).profile->passwordSource, expected);
}

void tst_ServerSection::commandIsSplitWithoutAShellAndShownQuoted()
{
    ServerSection section(false);
    section.show();
    loadServer(&section);
    chooseSource(&section, PasswordSource::Kind::Command);
    QTest::keyClicks(section.commandEdit(),
                     QStringLiteral("op read \"op://Work Vault/db $HOME/password\" --no-newline"));
    Profile p = Profile::create();
    section.apply(p);
    // Quotes group, and nothing is expanded: no shell ever sees this.
    QCOMPARE(p.passwordSource.command,
             (QStringList {QStringLiteral("op"), QStringLiteral("read"),
                           QStringLiteral("op://Work Vault/db $HOME/password"),
                           QStringLiteral("--no-newline")}));
    QVERIFY(section.problems().isEmpty());

    ServerSection loaded(false);
    loaded.load(p);
    QCOMPARE(loaded.commandEdit()->text(),
             QStringLiteral("op read 'op://Work Vault/db $HOME/password' --no-newline"));
    QCOMPARE(ShellWords::split(loaded.commandEdit()->text()).words, p.passwordSource.command);

    // An unclosed quote is a problem, and so is an empty command.
    QVERIFY(section.tryButton()->isEnabled());
    retype(section.commandEdit(), QStringLiteral("pass show 'db"));
    QVERIFY(section.problems().join(QLatin1Char(' ')).contains(QStringLiteral("quote")));
    QVERIFY(!section.tryButton()->isEnabled()); // nothing that could run
    auto *inline_ = section.findChild<QLabel *>(QStringLiteral("sourceProblem"));
    QVERIFY(inline_->isVisible());
    QVERIFY(inline_->text().contains(QStringLiteral("quote")));
    retype(section.commandEdit(), QString());
    QVERIFY2(section.problems().join(QLatin1Char(' ')).contains(QStringLiteral("empty")),
             qPrintable(section.problems().join(QLatin1Char(' '))));
    QVERIFY(!section.tryButton()->isEnabled());
}

void tst_ServerSection::shellOperatorsAreNamed()
{
    ServerSection section(false);
    section.show();
    loadServer(&section);
    chooseSource(&section, PasswordSource::Kind::Command);
    QTest::keyClicks(section.commandEdit(), QStringLiteral("pass show db | head -1"));
    const QString problems = section.problems().join(QLatin1Char(' '));
    QVERIFY2(problems.contains(QStringLiteral("without a shell"))
                     && problems.contains(QStringLiteral("“|”")),
             qPrintable(problems));
    auto *inline_ = section.findChild<QLabel *>(QStringLiteral("sourceProblem"));
    QVERIFY(inline_->isVisible());
    // Quoted, it is an argument like any other.
    retype(section.commandEdit(), QStringLiteral("pass show 'db|1'"));
    QVERIFY(section.problems().isEmpty());
    QVERIFY(!inline_->isVisible());
}

void tst_ServerSection::presetFillsTheCommand()
{
    ServerSection section(false);
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    QPushButton *presets = section.commandPresetsButton();
    QVERIFY(presets->menu());
    auto *hint = section.findChild<QLabel *>(QStringLiteral("commandHint"));

    const QList<PasswordSource::Preset> all = PasswordSource::presets();
    for (const PasswordSource::Preset &preset : all) {
        auto *action = presets->menu()->findChild<QAction *>(QStringLiteral("commandPreset-")
                                                             + preset.id);
        QVERIFY2(action, qPrintable(preset.id));
        QCOMPARE(action->text(), preset.name);
        action->trigger();
        QCOMPARE(section.passwordSourceKind(), PasswordSource::Kind::Command);
        QVERIFY(section.commandEdit()->isVisible());
        QCOMPARE(section.commandEdit()->text(), ShellWords::join(preset.command));
        QCOMPARE(section.clearTextTokenBox()->isChecked(), preset.clearTextToken);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(preset.hint));
        Profile p = Profile::create();
        section.apply(p);
        QCOMPARE(p.passwordSource.command, preset.command);
    }
    // The part to replace is selected, ready to be typed over.
    presets->menu()->findChild<QAction *>(QStringLiteral("commandPreset-pass"))->trigger();
    QCOMPARE(section.commandEdit()->selectedText(), QStringLiteral("NAME"));
    QTest::keyClicks(section.commandEdit(), QStringLiteral("db/orders"));
    QCOMPARE(section.commandEdit()->text(), QStringLiteral("pass show db/orders"));
    // Another source drops the hint.
    chooseSource(&section, PasswordSource::Kind::Ask);
    QVERIFY(!hint->isVisible());
}

void tst_ServerSection::clearTextTokenNeedsAVerifiedServer()
{
    ServerSection section(false);
    section.show();
    Profile context = Profile::create();
    context.host = QStringLiteral("db.example.com");
    context.user = QStringLiteral("app");
    context.sslMode = SslMode::Required;
    section.load(context);
    auto *inline_ = section.findChild<QLabel *>(QStringLiteral("sourceProblem"));
    const QString problem = PasswordSource::clearTextNeedsVerifiedServerProblem(SslMode::Required);

    chooseSource(&section, PasswordSource::Kind::Command);
    QTest::keyClicks(section.commandEdit(), QStringLiteral("pass show db"));
    QVERIFY(section.verificationProblem().isEmpty()); // a password, hashed by the server's plugin
    QVERIFY(!inline_->isVisible());
    QTest::mouseClick(section.clearTextTokenBox(), Qt::LeftButton);
    QCOMPARE(section.verificationProblem(), problem);
    QVERIFY(inline_->isVisible());
    QVERIFY(inline_->text().contains(problem));
    QVERIFY(!section.tryButton()->isEnabled()); // it would be refused
    // The section's own fields are complete: the fix may be on the Security page.
    QVERIFY(section.problems().isEmpty());

    // AWS IAM tokens are clear text too.
    chooseSource(&section, PasswordSource::Kind::AwsIam);
    QCOMPARE(section.verificationProblem(), problem);

    // A mode that verifies the server, or a pin, is what they need.
    context.sslMode = SslMode::VerifyCa;
    section.setProfileContext(context);
    QVERIFY(section.verificationProblem().isEmpty());
    QVERIFY(!inline_->isVisible());
    context.sslMode = SslMode::Preferred;
    section.setProfileContext(context);
    QVERIFY(inline_->isVisible());
    // Preferred would go on without TLS where none is offered: a pin verifies nothing there.
    context.pinnedSha256 = QByteArray(32, 'x');
    section.setProfileContext(context);
    QVERIFY(inline_->isVisible());
    context.sslMode = SslMode::Required;
    section.setProfileContext(context);
    QVERIFY(!inline_->isVisible());
}

void tst_ServerSection::regionPlaceholderComesFromTheHost()
{
    ServerSection section(false);
    section.show();
    chooseSource(&section, PasswordSource::Kind::AwsIam);
    QTest::keyClicks(section.hostEdit(),
                     QStringLiteral("orders.cluster-abcdefghij.ap-south-2.rds."
                                    "amazonaws.com"));
    QVERIFY2(section.awsRegionEdit()->placeholderText().contains(QStringLiteral("ap-south-2")),
             qPrintable(section.awsRegionEdit()->placeholderText()));
    retype(section.hostEdit(), QStringLiteral("db.example.com"));
    QVERIFY(!section.awsRegionEdit()->placeholderText().contains(QStringLiteral("ap-south-2")));
    QCOMPARE(section.awsProfileEdit()->placeholderText(), QStringLiteral("AWS_PROFILE or default"));
}

void tst_ServerSection::tryShowsTheLengthNeverTheSecret()
{
    ServerSection section(false);
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    Profile p = Profile::create();
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("app");
    section.load(p);
    // The command line holds the secret in two halves, so that only its output is whole.
    const QString first = QStringLiteral("Zq7-first-half-");
    const QString second = QStringLiteral("second-half-Xw9");
    const QString secret = first + second;
    chooseSource(&section, PasswordSource::Kind::Command);
    QTest::keyClicks(section.commandEdit(),
                     QStringLiteral("printf %s%s ") + first + QLatin1Char(' ') + second);
    QSignalSpy tried(&section, &ServerSection::tryFinished);
    QTest::mouseClick(section.tryButton(), Qt::LeftButton);
    QVERIFY(tried.wait(20000));
    const QString result = section.tryResultLabel()->text();
    QVERIFY2(result.contains(QStringLiteral("a password of %1 character").arg(secret.size())),
             qPrintable(result));
    QVERIFY(section.tryResultLabel()->isVisible());
    QVERIFY(section.tryButton()->isEnabled());
    QVERIFY(!section.cancelTryButton()->isVisible());
    const QStringList texts = visibleTexts(&section);
    for (const QString &text : texts)
        QVERIFY2(!text.contains(secret), qPrintable(text));
    // Nor was it kept as the password.
    QVERIFY(section.password().isEmpty());
    QVERIFY(section.passwordEdit()->text().isEmpty());

    // What the trial showed goes when what it ran changes.
    QTest::keyClicks(section.commandEdit(), QStringLiteral("x"));
    QVERIFY(section.tryResultLabel()->text().isEmpty());
}

void tst_ServerSection::tryShowsTheTokensExpiry()
{
    ServerSection section(false);
    section.show();
    Profile p = Profile::create();
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("app");
    section.load(p);
    const QString token = jwtWithExpiry(QDateTime::currentDateTimeUtc().addSecs(3600));
    const qsizetype half = token.size() / 2;
    chooseSource(&section, PasswordSource::Kind::Command);
    QTest::keyClicks(section.commandEdit(),
                     QStringLiteral("printf %s%s ") + token.left(half) + QLatin1Char(' ')
                             + token.mid(half));
    QTest::mouseClick(section.clearTextTokenBox(), Qt::LeftButton);
    QSignalSpy tried(&section, &ServerSection::tryFinished);
    QTest::mouseClick(section.tryButton(), Qt::LeftButton);
    QVERIFY(tried.wait(20000));
    const QString result = section.tryResultLabel()->text();
    QVERIFY2(result.contains(QStringLiteral("a sign-in token of %1 character").arg(token.size()))
                     && result.contains(QStringLiteral("valid until"))
                     && result.contains(QStringLiteral("(60 minute")),
             qPrintable(result));
    const QStringList texts = visibleTexts(&section);
    for (const QString &text : texts)
        QVERIFY2(!text.contains(token), qPrintable(text));
}

void tst_ServerSection::tryShowsWhatAFailingCommandSaid()
{
    ServerSection section(false);
    section.show();
    Profile p = Profile::create();
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("app");
    section.load(p);
    chooseSource(&section, PasswordSource::Kind::Command);
    QTest::keyClicks(section.commandEdit(), QStringLiteral("sh -c 'echo oops >&2; exit 3'"));
    QSignalSpy tried(&section, &ServerSection::tryFinished);
    QTest::mouseClick(section.tryButton(), Qt::LeftButton);
    QVERIFY(tried.wait(20000));
    const QString result = section.tryResultLabel()->text();
    QVERIFY2(result.startsWith(QStringLiteral("⚠")) && result.contains(QStringLiteral("oops"))
                     && result.contains(QStringLiteral("3")),
             qPrintable(result));

    // A program that is not there is named.
    retype(section.commandEdit(), QStringLiteral("sslcm-no-such-program-here --token"));
    QTest::mouseClick(section.tryButton(), Qt::LeftButton);
    QVERIFY(tried.wait(20000));
    QVERIFY2(
            section.tryResultLabel()->text().contains(QStringLiteral("sslcm-no-such-program-here")),
            qPrintable(section.tryResultLabel()->text()));
}

// AWS RDS IAM: the token is signed here from the environment's keys (no network); without keys
// the problem says what is missing.
void tst_ServerSection::tryMakesAnRdsTokenWithoutTheNetwork()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray secretKey("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    const auto restore = qScopeGuard([] {
        for (const char *name : {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                                 "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "AWS_PROFILE"})
            qunsetenv(name);
    });
    qputenv("AWS_SHARED_CREDENTIALS_FILE",
            home.filePath(QStringLiteral("credentials")).toLocal8Bit());
    qputenv("AWS_CONFIG_FILE", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qunsetenv("AWS_PROFILE");

    ServerSection section(false);
    section.show();
    Profile p = Profile::create();
    p.host = QStringLiteral("orders.abcdefghij.eu-west-1.rds.amazonaws.com");
    p.user = QStringLiteral("iam_user");
    section.load(p);
    chooseSource(&section, PasswordSource::Kind::AwsIam);
    QSignalSpy tried(&section, &ServerSection::tryFinished);
    QTest::mouseClick(section.tryButton(), Qt::LeftButton);
    QVERIFY(tried.wait(20000));
    QVERIFY2(section.tryResultLabel()->text().startsWith(QStringLiteral("⚠"))
                     && section.tryResultLabel()->text().contains(
                             QStringLiteral("No AWS credentials found")),
             qPrintable(section.tryResultLabel()->text()));

    qputenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
    qputenv("AWS_SECRET_ACCESS_KEY", secretKey);
    QTest::mouseClick(section.tryButton(), Qt::LeftButton);
    QVERIFY(tried.wait(20000));
    const QString result = section.tryResultLabel()->text();
    QVERIFY2(result.startsWith(QStringLiteral("✔"))
                     && result.contains(QStringLiteral("sign-in token"))
                     && result.contains(QStringLiteral("(15 minute")),
             qPrintable(result));
    const QStringList texts = visibleTexts(&section);
    for (const QString &text : texts) {
        QVERIFY2(!text.contains(QStringLiteral("X-Amz-Signature")), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(secretKey)), qPrintable(text));
    }
}

void tst_ServerSection::cancelStopsTheCommand()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pidFile = dir.filePath(QStringLiteral("pid"));
    ServerSection section(false);
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    Profile p = Profile::create();
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("app");
    p.connectTimeoutSeconds = 300;
    section.load(p);
    chooseSource(&section, PasswordSource::Kind::Command);
    QTest::keyClicks(section.commandEdit(),
                     QStringLiteral("sh -c 'echo $$ > \"$0\"; exec sleep 300' ")
                             + ShellWords::quote(pidFile));
    QSignalSpy tried(&section, &ServerSection::tryFinished);
    QTest::mouseClick(section.tryButton(), Qt::LeftButton);
    // The GUI thread is free while the command runs: this test's event loop turns.
    QVERIFY(section.isTrying());
    QVERIFY(section.cancelTryButton()->isVisible());
    QVERIFY(!section.tryButton()->isEnabled());
    QTRY_VERIFY(QFile(pidFile).size() > 0);
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(file.readAll().trimmed().toInt());
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid, 0), 0);

    QTest::mouseClick(section.cancelTryButton(), Qt::LeftButton);
    QCOMPARE(tried.size(), 1);
    QVERIFY(!section.isTrying());
    QCOMPARE(section.tryResultLabel()->text(), QStringLiteral("Cancelled."));
    QVERIFY(section.tryButton()->isEnabled());
    // The command is stopped, not left running.
    QTRY_VERIFY(!QDir(QStringLiteral("/proc/%1").arg(pid)).exists());
}

void tst_ServerSection::unknownSourceFieldsSurvive()
{
    Profile p = Profile::create();
    p.passwordSource.kind = PasswordSource::Kind::Command;
    p.passwordSource.command
            = {QStringLiteral("pass"), QStringLiteral("show"), QStringLiteral("x")};
    p.passwordSource.unknownFields.insert(QStringLiteral("cacheSeconds"), 60);
    ServerSection section(false);
    section.load(p);
    Profile applied = p;
    section.apply(applied);
    QCOMPARE(applied.passwordSource, p.passwordSource);
}

void tst_ServerSection::mnemonicsDoNotClash_data()
{
    QTest::addColumn<int>("kind");
    for (PasswordSource::Kind kind : PasswordSource::all())
        QTest::newRow(qPrintable(PasswordSource::key(kind))) << int(kind);
}

// Whatever the source, every Alt+letter on the page leads to one control; Alt+E to the source.
void tst_ServerSection::mnemonicsDoNotClash()
{
    QFETCH(int, kind);
    ServerSection section(true);
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    chooseSource(&section, PasswordSource::Kind(kind));
    QHash<QKeySequence, QString> seen;
    QList<QWidget *> widgets = section.findChildren<QWidget *>();
    for (const QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            text = button->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        QVERIFY2(!seen.contains(key),
                 qPrintable(QStringLiteral("%1 and %2").arg(seen.value(key), text)));
        seen.insert(key, text);
    }
    QVERIFY(seen.size() >= 6);
    section.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&section));
    QTest::keyClick(&section, Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(section.passwordSourceBox()));
}

QTEST_MAIN(tst_ServerSection)
#include "tst_serversection.moc"
