// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "profile/Profile.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

class tst_Profile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newProfileDefaults();
    void sslModeFromString_data();
    void sslModeFromString();
    void sslModeKeysRoundTrip();
    void tlsVersionFromString_data();
    void tlsVersionFromString();
    void jsonRoundTrip();
    void unknownFieldsKept();
    void lastTestRoundTrip();
    void lastTestThisVersionCannotReadIsKept();
    void invalidJson_data();
    void invalidJson();
    void idsAndDatesReadAsQtReadsThem_data();
    void idsAndDatesReadAsQtReadsThem();
    void firstInvalidFieldInKeyOrderIsReported();
    void parseSha256_data();
    void parseSha256();
    void validate_data();
    void validate();
    void validateRefusesAmbiguousAddresses_data();
    void validateRefusesAmbiguousAddresses();
    void verifyCaNeedsACaOfTheUsersChoosing_data();
    void verifyCaNeedsACaOfTheUsersChoosing();
    void passwordSourceRoundTrip_data();
    void passwordSourceRoundTrip();
    void keychainSourceIsNotWritten();
    void passwordSourceOfANewerVersionIsKept_data();
    void passwordSourceOfANewerVersionIsKept();
    void fieldsOfAnotherSourceKindAreKept();
    void clearTextTokenNeedsAVerifiedServer_data();
    void clearTextTokenNeedsAVerifiedServer();
    void commandPlaceholders();
    void presetsAreCompleteCommands();
    void sshDestinationParse_data();
    void sshDestinationParse();
    void sshJumpRoundTrip();
    void sshJumpProblems();
    void unreadableSshJumpIsKeptAndRefused_data();
    void unreadableSshJumpIsKeptAndRefused();
};

Q_DECLARE_METATYPE(PasswordSource)

static Profile fullProfile()
{
    Profile p = Profile::create(utcDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678)));
    p.name = QStringLiteral("Prod — Zürich");
    p.host = QStringLiteral("db.example.com");
    p.port = 3307;
    p.user = QStringLiteral("app");
    p.database = QStringLiteral("prod");
    p.sslMode = SslMode::VerifyCa;
    p.caFile = QStringLiteral("/etc/ssl/ca.pem");
    p.caDirectory = QStringLiteral("/etc/ssl/certs");
    p.clientCertificate = QStringLiteral("/home/u/client.pem");
    p.clientKey = QStringLiteral("/home/u/client.key");
    p.minTlsVersion = TlsVersion::Tls1_3;
    p.cipherList = QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
    p.pinnedSha256 = QByteArray(32, '\xab');
    p.connectTimeoutSeconds = 42;
    p.notes = QStringLiteral("line 1\nline 2");
    p.modified = p.created.addSecs(60);
    return p;
}

void tst_Profile::newProfileDefaults()
{
    const QDateTime now = utcDateTime(QDate(2026, 11, 28), QTime(12, 0));
    const Profile p = Profile::create(now);
    QVERIFY(!p.id.isNull());
    QCOMPARE(p.sslMode, SslMode::VerifyIdentity);
    QCOMPARE(p.port, quint16(3306));
    QCOMPARE(p.minTlsVersion, TlsVersion::Tls1_2);
    QCOMPARE(p.created, now);
    QCOMPARE(p.modified, now);
    QVERIFY(Profile::create(now).id != p.id);
}

void tst_Profile::sslModeFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode"); // -1: rejected
    QTest::newRow("disabled") << "disabled" << int(SslMode::Disabled);
    QTest::newRow("DISABLED") << "DISABLED" << int(SslMode::Disabled);
    QTest::newRow("preferred") << "preferred" << int(SslMode::Preferred);
    QTest::newRow("required") << "Required" << int(SslMode::Required);
    QTest::newRow("verify-ca") << "verify-ca" << int(SslMode::VerifyCa);
    QTest::newRow("VERIFY_CA") << "VERIFY_CA" << int(SslMode::VerifyCa);
    QTest::newRow("verify-identity") << "verify-identity" << int(SslMode::VerifyIdentity);
    QTest::newRow("VERIFY_IDENTITY") << "VERIFY_IDENTITY" << int(SslMode::VerifyIdentity);
    QTest::newRow("spaces") << "  verify_identity " << int(SslMode::VerifyIdentity);
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("true") << "true" << -1;
    QTest::newRow("verify") << "verify" << -1;
}

void tst_Profile::sslModeFromString()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    const auto parsed = SslModes::fromString(text);
    QCOMPARE(parsed.has_value(), mode >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), mode);
}

void tst_Profile::sslModeKeysRoundTrip()
{
    QCOMPARE(SslModes::all().size(), 5);
    for (SslMode mode : SslModes::all()) {
        QCOMPARE(SslModes::fromString(SslModes::key(mode)), mode);
        QVERIFY(!SslModes::displayName(mode).isEmpty());
        QVERIFY(!SslModes::consequence(mode).isEmpty());
    }
}

void tst_Profile::tlsVersionFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("version");
    QTest::newRow("TLSv1.2") << "TLSv1.2" << int(TlsVersion::Tls1_2);
    QTest::newRow("tlsv1.3") << "tlsv1.3" << int(TlsVersion::Tls1_3);
    QTest::newRow("1.3") << "1.3" << int(TlsVersion::Tls1_3);
    QTest::newRow("TLS1.2") << "TLS1.2" << int(TlsVersion::Tls1_2);
    QTest::newRow("TLSv1.1") << "TLSv1.1" << -1;
    QTest::newRow("SSLv3") << "SSLv3" << -1;
}

void tst_Profile::tlsVersionFromString()
{
    QFETCH(QString, text);
    QFETCH(int, version);
    const auto parsed = TlsVersions::fromString(text);
    QCOMPARE(parsed.has_value(), version >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), version);
}

void tst_Profile::jsonRoundTrip()
{
    const Profile p = fullProfile();
    const QJsonObject json = p.toJson();
    QCOMPARE(json.value(QLatin1String("sslMode")).toString(), QStringLiteral("verify-ca"));
    QCOMPARE(json.value(QLatin1String("minTlsVersion")).toString(), QStringLiteral("TLSv1.3"));
    QCOMPARE(json.value(QLatin1String("created")).toString(),
             QStringLiteral("2026-01-02T03:04:05.678Z"));
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY2(parsed.profile, qPrintable(parsed.problem));
    QCOMPARE(*parsed.profile, p);
}

void tst_Profile::unknownFieldsKept()
{
    QJsonObject json = fullProfile().toJson();
    json.insert(QStringLiteral("lastTest"), QJsonObject {{QStringLiteral("verdict"), 1}});
    json.insert(QStringLiteral("tags"), QJsonArray {QStringLiteral("prod")});
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY(parsed.profile);
    QCOMPARE(parsed.profile->unknownFields.size(), 2);
    QCOMPARE(parsed.profile->toJson(), json);
}

void tst_Profile::lastTestRoundTrip()
{
    Profile p = fullProfile();
    LastTestResult last;
    last.verdict = ConnectionVerdict::Plaintext;
    last.whenUtc = utcDateTime(QDate(2026, 1, 2), QTime(3, 4, 5));
    last.summary = QStringLiteral("No TLS.");
    last.mode = SslMode::Preferred;
    last.tlsVersion = QStringLiteral("TLSv1.3");
    last.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    last.serverCertificateNotAfter = utcDateTime(QDate(2030, 1, 1), QTime(0, 0));
    last.unknownFields.insert(QStringLiteral("fromTheFuture"), 7);
    p.lastTest = last;
    const QJsonObject json = p.toJson();
    const QJsonObject stored = json.value(QLatin1String("lastTest")).toObject();
    QCOMPARE(stored.value(QLatin1String("verdict")).toString(), QStringLiteral("plaintext"));
    QCOMPARE(stored.value(QLatin1String("time")).toString(),
             QStringLiteral("2026-01-02T03:04:05Z"));
    QCOMPARE(stored.value(QLatin1String("sslMode")).toString(), QStringLiteral("preferred"));
    QCOMPARE(stored.value(QLatin1String("fromTheFuture")).toInt(), 7);
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY2(parsed.profile, qPrintable(parsed.problem));
    QCOMPARE(parsed.profile->lastTest, p.lastTest);
    QVERIFY(parsed.profile->unknownFields.isEmpty());
    QCOMPARE(*parsed.profile, p);
}

void tst_Profile::lastTestThisVersionCannotReadIsKept()
{
    // A verdict a newer sslcm may know: not a reason to refuse the profile, and not lost.
    QJsonObject json = fullProfile().toJson();
    const QJsonObject future {{QStringLiteral("verdict"), QStringLiteral("quantum-safe")}};
    json.insert(QStringLiteral("lastTest"), future);
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY(parsed.profile);
    QVERIFY(!parsed.profile->lastTest);
    QCOMPARE(parsed.profile->toJson().value(QLatin1String("lastTest")).toObject(), future);
}

void tst_Profile::invalidJson_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id not uuid") << "id" << QJsonValue(QStringLiteral("1234"));
    QTest::newRow("port 0") << "port" << QJsonValue(0);
    QTest::newRow("port 70000") << "port" << QJsonValue(70000);
    QTest::newRow("port text") << "port" << QJsonValue(QStringLiteral("3306"));
    QTest::newRow("port fraction") << "port" << QJsonValue(3306.5);
    QTest::newRow("mode unknown") << "sslMode" << QJsonValue(QStringLiteral("paranoid"));
    QTest::newRow("tls unknown") << "minTlsVersion" << QJsonValue(QStringLiteral("TLSv1.0"));
    QTest::newRow("pin short") << "pinnedSha256" << QJsonValue(QStringLiteral("abcd"));
    QTest::newRow("timeout 0") << "connectTimeoutSeconds" << QJsonValue(0);
    QTest::newRow("name number") << "name" << QJsonValue(7);
    QTest::newRow("created junk") << "created" << QJsonValue(QStringLiteral("yesterday"));
    // Found by fuzz_profilestore: valid ISO dates whose UTC form toJson() cannot write back, so
    // saving the store lost them.
    QTest::newRow("created in year 10000 in UTC")
            << "created" << QJsonValue(QStringLiteral("9999-12-31T23:59:59-01:00"));
    QTest::newRow("modified before year 1 in UTC")
            << "modified" << QJsonValue(QStringLiteral("0001-01-01T00:30:00+01:00"));
}

void tst_Profile::invalidJson()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = fullProfile().toJson();
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY(!parsed.profile);
    QVERIFY2(parsed.problem.contains(field), qPrintable(parsed.problem));
}

void tst_Profile::idsAndDatesReadAsQtReadsThem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date");
    const QString id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    const QString date = QStringLiteral("2026-01-02T03:04:05.678Z");
    // The forms toJson() writes (read without QUuid::fromString / QDateTime::fromString)...
    QTest::newRow("as written") << id << date;
    QTest::newRow("upper-case id") << id.toUpper() << date;
    QTest::newRow("year 5") << id << QStringLiteral("0005-01-02T03:04:05.006Z");
    QTest::newRow("last millisecond of 9999") << id << QStringLiteral("9999-12-31T23:59:59.999Z");
    // ...and look-alikes, which Qt decides.
    QTest::newRow("id in braces") << QLatin1Char('{') + id + QLatin1Char('}') << date;
    QTest::newRow("id not hex") << id.left(35) + QLatin1Char('g') << date;
    QTest::newRow("id without dashes") << QString(id).remove(QLatin1Char('-')) << date;
    QTest::newRow("offset") << id << QStringLiteral("2026-01-02T03:04:05.678+02:00");
    QTest::newRow("no milliseconds") << id << QStringLiteral("2026-01-02T03:04:05Z");
    QTest::newRow("hour 24") << id << QStringLiteral("2026-01-02T24:00:00.000Z");
    QTest::newRow("leap second") << id << QStringLiteral("2016-12-31T23:59:60.000Z");
    QTest::newRow("30 February") << id << QStringLiteral("2026-02-30T03:04:05.678Z");
    QTest::newRow("year 0") << id << QStringLiteral("0000-01-01T00:00:00.000Z");
    QTest::newRow("letter in the time") << id << QStringLiteral("2026-01-02T03:04:0x.678Z");
    QTest::newRow("sign in the year") << id << QStringLiteral("+026-01-02T03:04:05.678Z");
}

void tst_Profile::idsAndDatesReadAsQtReadsThem()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QJsonObject json = fullProfile().toJson();
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("created"), date);
    const QUuid qtId = QUuid::fromString(id);
    const QDateTime qtDate = QDateTime::fromString(date, Qt::ISODateWithMs).toUTC();
    const bool qtAccepts
            = !qtId.isNull() && qtDate.isValid() && !qtDate.toString(Qt::ISODateWithMs).isEmpty();

    const Profile::Parsed parsed = Profile::fromJson(json);
    QCOMPARE(bool(parsed.profile), qtAccepts);
    if (!parsed.profile)
        return;
    QCOMPARE(parsed.profile->id, qtId);
    QCOMPARE(parsed.profile->created, qtDate);
    QCOMPARE(parsed.profile->created.timeSpec(), Qt::UTC);
    // Written back as Qt writes it.
    QCOMPARE(parsed.profile->toJson().value(QLatin1String("created")).toString(),
             qtDate.toString(Qt::ISODateWithMs));
}

void tst_Profile::firstInvalidFieldInKeyOrderIsReported()
{
    QJsonObject json = fullProfile().toJson();
    json.insert(QStringLiteral("port"), 0);
    json.insert(QStringLiteral("connectTimeoutSeconds"), 0);
    json.insert(QStringLiteral("sslMode"), QStringLiteral("paranoid"));
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY(!parsed.profile);
    QVERIFY2(parsed.problem.contains(QLatin1String("connectTimeoutSeconds")),
             qPrintable(parsed.problem));
}

void tst_Profile::parseSha256_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("size");
    const QString hex = QStringLiteral("AB").repeated(32);
    QTest::newRow("empty") << "" << true << 0;
    QTest::newRow("plain") << hex << true << 32;
    QTest::newRow("lower") << hex.toLower() << true << 32;
    QTest::newRow("colons") << QString::fromLatin1(QByteArray(32, '\xab').toHex(':')) << true << 32;
    QTest::newRow("prefix") << QStringLiteral("sha256/") + hex << true << 32;
    QTest::newRow("short") << hex.left(62) << false << 0;
    QTest::newRow("non-hex") << QStringLiteral("zz").repeated(32) << false << 0;
}

void tst_Profile::parseSha256()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, size);
    const auto parsed = Profile::parseSha256(text);
    QCOMPARE(parsed.has_value(), ok);
    if (parsed)
        QCOMPARE(parsed->size(), size);
}

void tst_Profile::validate_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("problems");
    QTest::newRow("complete") << "" << 0;
    QTest::newRow("no name") << "name" << 1;
    QTest::newRow("no host") << "host" << 1;
    QTest::newRow("host with space") << "hostspace" << 1;
    QTest::newRow("cert without key") << "key" << 1;
    QTest::newRow("timeout") << "timeout" << 1;
    QTest::newRow("verify-ca without a CA") << "noca" << 1;
    QTest::newRow("host 127.2") << "127.2" << 1;
}

void tst_Profile::validate()
{
    QFETCH(QString, change);
    QFETCH(int, problems);
    Profile p = fullProfile();
    if (change == QLatin1String("name"))
        p.name = QStringLiteral("  ");
    else if (change == QLatin1String("host"))
        p.host.clear();
    else if (change == QLatin1String("hostspace"))
        p.host = QStringLiteral("db example.com");
    else if (change == QLatin1String("key"))
        p.clientKey.clear();
    else if (change == QLatin1String("timeout"))
        p.connectTimeoutSeconds = 0;
    else if (change == QLatin1String("noca"))
        p.caFile = p.caDirectory = QString();
    else if (change == QLatin1String("127.2"))
        p.host = QStringLiteral("127.2");
    QCOMPARE(p.validate().size(), problems);
}

// The resolver reads these as 127.0.0.2, OpenSSL as something else or nothing: a profile with
// one of them is refused, naming the canonical form, and so is every way of connecting with it.
void tst_Profile::validateRefusesAmbiguousAddresses_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("canonical"); // empty: accepted
    for (const char *spelling :
         {"127.2", "2130706434", "0x7f000002", "0x7f.0.0.2", "127.0.2", "0177.0.0.2"})
        QTest::newRow(spelling) << QString::fromLatin1(spelling) << QStringLiteral("127.0.0.2");
    QTest::newRow("127.1") << "127.1"
                           << "127.0.0.1";
    QTest::newRow("octal part") << "10.0.0.010"
                                << "10.0.0.8";
    QTest::newRow("canonical") << "127.0.0.2"
                               << "";
    QTest::newRow("name") << "db.example.com"
                          << "";
    QTest::newRow("IPv6") << "2001:db8::1"
                          << "";
    QTest::newRow("IPv6 with zone") << "fe80::1%eth0"
                                    << "";
}

void tst_Profile::validateRefusesAmbiguousAddresses()
{
    QFETCH(QString, host);
    QFETCH(QString, canonical);
    Profile p = fullProfile();
    p.host = host;
    const QStringList problems = p.validate();
    QCOMPARE(p.connectionProblems().isEmpty(), canonical.isEmpty());
    if (canonical.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("Write %1").arg(canonical)),
             qPrintable(problems.first()));
    QCOMPARE(p.connectionProblems(), problems);
}

void tst_Profile::verifyCaNeedsACaOfTheUsersChoosing_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("caDirectory");
    QTest::addColumn<bool>("refused");
    QTest::newRow("verify-ca, nothing") << int(SslMode::VerifyCa) << ""
                                        << "" << true;
    QTest::newRow("verify-ca, CA file") << int(SslMode::VerifyCa) << "/ca.pem"
                                        << "" << false;
    QTest::newRow("verify-ca, CA folder") << int(SslMode::VerifyCa) << ""
                                          << "/cas" << false;
    QTest::newRow("verify-identity, system CAs") << int(SslMode::VerifyIdentity) << ""
                                                 << "" << false;
    QTest::newRow("required, nothing") << int(SslMode::Required) << ""
                                       << "" << false;
}

void tst_Profile::verifyCaNeedsACaOfTheUsersChoosing()
{
    QFETCH(int, mode);
    QFETCH(QString, caFile);
    QFETCH(QString, caDirectory);
    QFETCH(bool, refused);
    Profile p = fullProfile();
    p.sslMode = SslMode(mode);
    p.caFile = caFile;
    p.caDirectory = caDirectory;
    // A pin does not stand in for the CA: Verify CA means a chain to a CA the user chose.
    p.pinnedSha256 = QByteArray(32, '\x01');
    QCOMPARE(p.connectionProblems().size(), refused ? 1 : 0);
    QCOMPARE(p.validate().size(), refused ? 1 : 0);
    if (!refused)
        return;
    const QString problem = p.connectionProblems().first();
    QCOMPARE(problem, Profile::verifyCaNeedsCaProblem());
    // Why, and the two real choices.
    QVERIFY2(problem.contains(QStringLiteral("any host")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("CA file")), qPrintable(problem));
    QVERIFY2(problem.contains(SslModes::displayName(SslMode::VerifyIdentity)), qPrintable(problem));
}

void tst_Profile::passwordSourceRoundTrip_data()
{
    QTest::addColumn<PasswordSource>("source");
    PasswordSource ask;
    ask.kind = PasswordSource::Kind::Ask;
    PasswordSource command;
    command.kind = PasswordSource::Kind::Command;
    command.command = QStringList {QStringLiteral("pass"), QStringLiteral("show"),
                                   QStringLiteral("db/{host} with space")};
    PasswordSource token = command;
    token.clearTextToken = true;
    PasswordSource aws;
    aws.kind = PasswordSource::Kind::AwsIam;
    aws.awsRegion = QStringLiteral("eu-central-1");
    aws.awsProfile = QStringLiteral("prod");
    aws.unknownFields.insert(QStringLiteral("roleChain"), 2);
    QTest::newRow("ask") << ask;
    QTest::newRow("command") << command;
    QTest::newRow("clear-text token command") << token;
    QTest::newRow("aws iam, with a field of a newer sslcm") << aws;
}

void tst_Profile::passwordSourceRoundTrip()
{
    QFETCH(PasswordSource, source);
    Profile p = fullProfile();
    p.passwordSource = source;
    const QJsonObject json = p.toJson();
    const QJsonObject stored = json.value(QLatin1String("passwordSource")).toObject();
    QCOMPARE(stored.value(QLatin1String("kind")).toString(), PasswordSource::key(source.kind));
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY2(parsed.profile, qPrintable(parsed.problem));
    QCOMPARE(parsed.profile->passwordSource, source);
    QCOMPARE(*parsed.profile, p);
    QCOMPARE(parsed.profile->toJson(), json);
}

void tst_Profile::keychainSourceIsNotWritten()
{
    // Profiles stored before password sources existed read and write as they did.
    const QJsonObject json = fullProfile().toJson();
    QVERIFY(!json.contains(QLatin1String("passwordSource")));
    QCOMPARE(Profile::fromJson(json).profile->passwordSource.kind, PasswordSource::Kind::Keychain);
}

void tst_Profile::passwordSourceOfANewerVersionIsKept_data()
{
    QTest::addColumn<QJsonValue>("stored");
    QTest::newRow("unknown kind") << QJsonValue(
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("azure-managed-identity")},
                         {QStringLiteral("clientId"), QStringLiteral("abc")}});
    QTest::newRow("command of the wrong type")
            << QJsonValue(QJsonObject {{QStringLiteral("kind"), QStringLiteral("command")},
                                       {QStringLiteral("command"), QStringLiteral("pass show x")}});
    QTest::newRow("not an object") << QJsonValue(QStringLiteral("keychain"));
}

void tst_Profile::passwordSourceOfANewerVersionIsKept()
{
    QFETCH(QJsonValue, stored);
    QJsonObject json = fullProfile().toJson();
    json.insert(QStringLiteral("passwordSource"), stored);
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY2(parsed.profile, qPrintable(parsed.problem));
    // Not guessed at: this version asks the keychain, and saving keeps what it could not read.
    QCOMPARE(parsed.profile->passwordSource, PasswordSource());
    QCOMPARE(parsed.profile->toJson().value(QLatin1String("passwordSource")), stored);
}

void tst_Profile::fieldsOfAnotherSourceKindAreKept()
{
    // Found by fuzz_profilestore: a command on an AWS source (or AWS fields on a command) must
    // survive a save unchanged, and be no part of what this source does.
    QJsonObject json = fullProfile().toJson();
    const QJsonObject stored {
            {QStringLiteral("kind"), QStringLiteral("aws-iam")},
            {QStringLiteral("command"), QJsonArray {QStringLiteral("rm"), QStringLiteral("-rf")}},
            {QStringLiteral("clearTextToken"), false},
            {QStringLiteral("awsRegion"), QStringLiteral("eu-west-1")},
            {QStringLiteral("awsProfile"), QString()}};
    json.insert(QStringLiteral("passwordSource"), stored);
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY2(parsed.profile, qPrintable(parsed.problem));
    const PasswordSource &source = parsed.profile->passwordSource;
    QCOMPARE(source.kind, PasswordSource::Kind::AwsIam);
    QVERIFY(source.command.isEmpty());
    QCOMPARE(source.awsRegion, QStringLiteral("eu-west-1"));
    QCOMPARE(parsed.profile->toJson().value(QLatin1String("passwordSource")).toObject(), stored);
    const Profile::Parsed again = Profile::fromJson(parsed.profile->toJson());
    QCOMPARE(*again.profile, *parsed.profile);
}

void tst_Profile::clearTextTokenNeedsAVerifiedServer_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("clearTextToken");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<bool>("refused");
    const int aws = int(PasswordSource::Kind::AwsIam);
    const int command = int(PasswordSource::Kind::Command);
    for (SslMode mode : {SslMode::Disabled, SslMode::Preferred, SslMode::Required}) {
        const QString m = SslModes::key(mode);
        QTest::addRow("aws, %s", qPrintable(m)) << aws << false << int(mode) << false << true;
        QTest::addRow("token command, %s", qPrintable(m))
                << command << true << int(mode) << false << true;
        // A password from a command is hashed by the usual plugins: the gateway's own rule
        // keeps it from any clear-text request of an unverified server.
        QTest::addRow("password command, %s", qPrintable(m))
                << command << false << int(mode) << false << false;
    }
    QTest::newRow("aws, required with a pin")
            << aws << false << int(SslMode::Required) << true << false;
    // Preferred goes on in plain text when the server (or whoever is in between) offers no
    // TLS: a pin is no verification there.
    QTest::newRow("aws, preferred with a pin")
            << aws << false << int(SslMode::Preferred) << true << true;
    QTest::newRow("aws, verify-ca") << aws << false << int(SslMode::VerifyCa) << false << false;
    QTest::newRow("aws, verify-identity")
            << aws << false << int(SslMode::VerifyIdentity) << false << false;
}

void tst_Profile::clearTextTokenNeedsAVerifiedServer()
{
    QFETCH(int, kind);
    QFETCH(bool, clearTextToken);
    QFETCH(int, mode);
    QFETCH(bool, pinned);
    QFETCH(bool, refused);
    Profile p = fullProfile();
    p.sslMode = SslMode(mode);
    p.pinnedSha256 = pinned ? QByteArray(32, '\x01') : QByteArray();
    p.passwordSource.kind = PasswordSource::Kind(kind);
    p.passwordSource.command = QStringList {QStringLiteral("token-maker")};
    p.passwordSource.clearTextToken = clearTextToken;
    const QString problem = PasswordSource::clearTextNeedsVerifiedServerProblem(SslMode(mode));
    QCOMPARE(p.connectionProblems().contains(problem), refused);
    QCOMPARE(p.validate().contains(problem), refused);
    QVERIFY2(problem.contains(QStringLiteral("clear text")), qPrintable(problem));
    QVERIFY2(problem.contains(SslModes::displayName(SslMode::VerifyIdentity)), qPrintable(problem));
}

void tst_Profile::commandPlaceholders()
{
    Profile p = fullProfile();
    p.host = QStringLiteral("db.example.com");
    p.port = 13306;
    p.user = QStringLiteral("app user");
    p.passwordSource.kind = PasswordSource::Kind::Command;
    p.passwordSource.command
            = QStringList {QStringLiteral("tok"), QStringLiteral("{host}:{port}"),
                           QStringLiteral("--user={user}"), QStringLiteral("{unknown}")};
    // One argument stays one argument, whatever the values hold: there is no shell.
    QCOMPARE(p.passwordSource.expandedCommand(p),
             (QStringList {QStringLiteral("tok"), QStringLiteral("db.example.com:13306"),
                           QStringLiteral("--user=app user"), QStringLiteral("{unknown}")}));
    p.passwordSource.command = QStringList {QStringLiteral(" ")};
    QCOMPARE(p.validate().size(), 1);
}

void tst_Profile::presetsAreCompleteCommands()
{
    const QList<PasswordSource::Preset> presets = PasswordSource::presets();
    QSet<QString> ids;
    for (const PasswordSource::Preset &preset : presets) {
        QVERIFY(!preset.command.isEmpty());
        QVERIFY(!preset.name.isEmpty());
        QVERIFY(!preset.hint.isEmpty());
        ids.insert(preset.id);
    }
    QCOMPARE(ids.size(), presets.size());
    const auto find = [&](const QString &id) {
        for (const PasswordSource::Preset &preset : presets)
            if (preset.id == id)
                return preset;
        return PasswordSource::Preset();
    };
    // Azure's and Cloud SQL's tokens go in clear text; a password manager's password does not.
    QCOMPARE(find(QStringLiteral("azure-entra")).command.join(u' '),
             QStringLiteral("az account get-access-token --resource-type oss-rdbms --query "
                            "accessToken -o tsv"));
    QVERIFY(find(QStringLiteral("azure-entra")).clearTextToken);
    QCOMPARE(find(QStringLiteral("cloud-sql-iam")).command.join(u' '),
             QStringLiteral("gcloud sql generate-login-token"));
    QVERIFY(find(QStringLiteral("cloud-sql-iam")).clearTextToken);
    QVERIFY(!find(QStringLiteral("pass")).clearTextToken);
}

void tst_Profile::sshDestinationParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host") << "bastion.example.com" << true << ""
                          << "bastion.example.com" << 22;
    QTest::newRow("user@host:port") << "deploy@bastion:2222" << true << "deploy"
                                    << "bastion" << 2222;
    QTest::newRow("user with @") << "a@b@bastion" << true << "a@b"
                                 << "bastion" << 22;
    QTest::newRow("ipv6 bracketed") << "ops@[2001:db8::1]:2200" << true << "ops"
                                    << "2001:db8::1" << 2200;
    QTest::newRow("ipv6 bare") << "2001:db8::1" << true << ""
                               << "2001:db8::1" << 22;
    QTest::newRow("empty") << "" << false << ""
                           << "" << 0;
    QTest::newRow("empty user") << "@bastion" << false << ""
                                << "" << 0;
    QTest::newRow("port 0") << "bastion:0" << false << ""
                            << "" << 0;
    QTest::newRow("port too big") << "bastion:65536" << false << ""
                                  << "" << 0;
    QTest::newRow("port not a number") << "bastion:ssh" << false << ""
                                       << "" << 0;
    QTest::newRow("unclosed bracket") << "[2001:db8::1:22" << false << ""
                                      << "" << 0;
}

void tst_Profile::sshDestinationParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<SshJump> jump = SshJump::parseDestination(text);
    QCOMPARE(jump.has_value(), valid);
    if (!valid)
        return;
    QTEST(jump->user, "user");
    QTEST(jump->host, "host");
    QTEST(int(jump->port), "port");
    // destination() reads back the same way.
    const std::optional<SshJump> again = SshJump::parseDestination(jump->destination());
    QVERIFY(again);
    QCOMPARE(again->host, jump->host);
    QCOMPARE(again->port, jump->port);
    QCOMPARE(again->user, jump->user);
}

void tst_Profile::sshJumpRoundTrip()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("through a bastion");
    p.host = QStringLiteral("db.internal");
    p.user = QStringLiteral("app");
    SshJump jump;
    jump.host = QStringLiteral("bastion.example.com");
    jump.port = 2222;
    jump.user = QStringLiteral("deploy");
    jump.auth = SshJump::Auth::KeyFile;
    jump.keyFile = QStringLiteral("/home/me/.ssh/id_ed25519");
    jump.unknownFields.insert(QStringLiteral("fromANewerVersion"), 7);
    p.ssh = jump;
    const QJsonObject json = p.toJson();
    const QJsonObject ssh = json.value(QStringLiteral("ssh")).toObject();
    QCOMPARE(ssh.value(QStringLiteral("auth")).toString(), QStringLiteral("key-file"));
    QCOMPARE(ssh.value(QStringLiteral("port")).toInt(), 2222);
    // No secret of any kind in the stored form.
    for (const QString &key : ssh.keys())
        QVERIFY2(!key.contains(QLatin1String("pass"), Qt::CaseInsensitive), qPrintable(key));
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY2(parsed.profile, qPrintable(parsed.problem));
    QCOMPARE(*parsed.profile, p);
    QVERIFY(parsed.profile->connectionProblems().isEmpty());

    // Without a jump: no "ssh" key at all.
    p.ssh.reset();
    QVERIFY(!p.toJson().contains(QStringLiteral("ssh")));
}

void tst_Profile::sshJumpProblems()
{
    Profile p = Profile::create();
    p.host = QStringLiteral("db.internal");
    p.user = QStringLiteral("app");
    SshJump jump;
    jump.auth = SshJump::Auth::KeyFile;
    p.ssh = jump;
    const QStringList problems = p.connectionProblems();
    // No host, no user, no key file: each said.
    QCOMPARE(problems.size(), 3);
    p.ssh->host = QStringLiteral("127.1"); // an ambiguous spelling, as for the database host
    p.ssh->user = QStringLiteral("deploy");
    p.ssh->keyFile = QStringLiteral("/k");
    QCOMPARE(p.connectionProblems().size(), 1);
    QVERIFY(p.connectionProblems().first().contains(QLatin1String("127.0.0.1")));
    p.ssh->host = QStringLiteral("127.0.0.1");
    QVERIFY(p.connectionProblems().isEmpty());
}

void tst_Profile::unreadableSshJumpIsKeptAndRefused_data()
{
    QTest::addColumn<QJsonValue>("ssh");
    QTest::newRow("auth of a newer version")
            << QJsonValue(QJsonObject {{QStringLiteral("host"), QStringLiteral("b")},
                                       {QStringLiteral("auth"), QStringLiteral("fido2")}});
    QTest::newRow("not an object") << QJsonValue(QStringLiteral("bastion"));
    QTest::newRow("port out of range")
            << QJsonValue(QJsonObject {{QStringLiteral("host"), QStringLiteral("b")},
                                       {QStringLiteral("auth"), QStringLiteral("agent")},
                                       {QStringLiteral("port"), 70000}});
}

void tst_Profile::unreadableSshJumpIsKeptAndRefused()
{
    QFETCH(QJsonValue, ssh);
    Profile p = Profile::create();
    p.name = QStringLiteral("n");
    p.host = QStringLiteral("db.internal");
    p.user = QStringLiteral("app");
    QJsonObject json = p.toJson();
    json.insert(QStringLiteral("ssh"), ssh);
    const Profile::Parsed parsed = Profile::fromJson(json);
    QVERIFY2(parsed.profile, qPrintable(parsed.problem));
    QVERIFY(!parsed.profile->ssh);
    // Kept as it is for the version that wrote it...
    QCOMPARE(parsed.profile->toJson().value(QStringLiteral("ssh")), ssh);
    // ...and never connected to directly instead.
    QCOMPARE(parsed.profile->connectionProblems().size(), 1);
    QVERIFY(parsed.profile->connectionProblems().first().contains(QLatin1String("SSH")));
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
