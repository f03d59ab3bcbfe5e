// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include "JsonText.h"
#include "ServerHost.h"
#include "UtcDateTime.h"

#include <QCoreApplication>
#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace {

// JSON keys of the stored form. Anything else in an object is an unknown field and kept as is.
namespace Key {
const QLatin1String id("id");
const QLatin1String name("name");
const QLatin1String host("host");
const QLatin1String port("port");
const QLatin1String user("user");
const QLatin1String database("database");
const QLatin1String sslMode("sslMode");
const QLatin1String caFile("caFile");
const QLatin1String caDirectory("caDirectory");
const QLatin1String clientCertificate("clientCertificate");
const QLatin1String clientKey("clientKey");
const QLatin1String minTlsVersion("minTlsVersion");
const QLatin1String cipherList("cipherList");
const QLatin1String pinnedSha256("pinnedSha256");
const QLatin1String connectTimeout("connectTimeoutSeconds");
const QLatin1String notes("notes");
const QLatin1String created("created");
const QLatin1String modified("modified");
const QLatin1String lastTest(LastTestResult::fieldName);
const QLatin1String passwordSource(PasswordSource::fieldName);
const QLatin1String ssh(SshJump::fieldName);
} // namespace Key

QString invalidField(const QString &field, const QString &why)
{
    //: %1 is a field name of the stored profile, %2 what is wrong with it
    return Profile::tr("field \"%1\": %2").arg(field, why);
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ", what QDateTime::toString(Qt::ISODateWithMs) writes for a time in
// UTC in years 1 to 9999, written without QString::asprintf: a store of 10,000 profiles writes
// 20,000 of them. Returns false for any other time (invalid, or a year Qt writes as "").
constexpr int isoUtcLength = 24;
bool formatIsoUtc(const QDateTime &time, char (&text)[isoUtcLength])
{
    if (!time.isValid())
        return false;
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    int year = 0, month = 0, day = 0;
    utc.date().getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return false;
    const QTime t = utc.time();
    auto put = [&text](int at, int digits, int value) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, 4, year);
    text[4] = '-';
    put(5, 2, month);
    text[7] = '-';
    put(8, 2, day);
    text[10] = 'T';
    put(11, 2, t.hour());
    text[13] = ':';
    put(14, 2, t.minute());
    text[16] = ':';
    put(17, 2, t.second());
    text[19] = '.';
    put(20, 3, t.msec());
    text[23] = 'Z';
    return true;
}

QString isoUtc(const QDateTime &time)
{
    char text[isoUtcLength];
    if (formatIsoUtc(time, text))
        return QString::fromLatin1(text, isoUtcLength);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Reads the form toJson() writes, "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (hex digits in either
// case), as QUuid::fromString() would; anything else is left to QUuid::fromString().
QUuid parseUuid(QStringView text)
{
    constexpr qsizetype length = 36;
    if (text.size() != length || text[8] != u'-' || text[13] != u'-' || text[18] != u'-'
        || text[23] != u'-')
        return QUuid::fromString(text);
    uchar bytes[16];
    int n = 0;
    for (qsizetype i = 0; i < length; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const char16_t c = text[i].unicode();
        int v = -1;
        if (c >= u'0' && c <= u'9')
            v = c - u'0';
        else if (c >= u'a' && c <= u'f')
            v = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            v = c - u'A' + 10;
        if (v < 0)
            return QUuid::fromString(text);
        if (n % 2 == 0)
            bytes[n / 2] = uchar(v << 4);
        else
            bytes[n / 2] |= uchar(v);
        ++n;
    }
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16));
}

// Reads exactly the form formatIsoUtc() writes, as QDateTime::fromString(Qt::ISODateWithMs) would;
// nullopt for anything else (other forms, offsets, invalid dates), which the caller leaves to Qt.
std::optional<QDateTime> parseIsoUtc(QStringView text)
{
    if (text.size() != isoUtcLength || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    bool digits = true;
    auto number = [&](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            const char16_t c = text[i].unicode();
            digits = digits && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!digits || !date.isValid() || !time.isValid() || date.year() < 1)
        return std::nullopt;
    return utcDateTime(date, time);
}

} // namespace

QString TlsVersions::key(TlsVersion version)
{
    return version == TlsVersion::Tls1_3 ? QStringLiteral("TLSv1.3") : QStringLiteral("TLSv1.2");
}

std::optional<TlsVersion> TlsVersions::fromString(QStringView text)
{
    // What toJson() writes, without the normalising copies below.
    if (text == QLatin1String("TLSv1.2"))
        return TlsVersion::Tls1_2;
    if (text == QLatin1String("TLSv1.3"))
        return TlsVersion::Tls1_3;
    QString t = text.trimmed().toString().toLower();
    if (t.startsWith(QLatin1String("tlsv")))
        t = t.mid(4);
    else if (t.startsWith(QLatin1String("tls")))
        t = t.mid(3);
    if (t == QLatin1String("1.2"))
        return TlsVersion::Tls1_2;
    if (t == QLatin1String("1.3"))
        return TlsVersion::Tls1_3;
    return std::nullopt;
}

Profile Profile::create(const QDateTime &nowUtc)
{
    Profile p;
    p.id = QUuid::createUuid();
    p.created = nowUtc.toUTC();
    p.modified = p.created;
    return p;
}

QJsonObject Profile::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(Key::id, id.toString(QUuid::WithoutBraces));
    o.insert(Key::name, name);
    o.insert(Key::host, host);
    o.insert(Key::port, int(port));
    o.insert(Key::user, user);
    o.insert(Key::database, database);
    o.insert(Key::sslMode, SslModes::key(sslMode));
    o.insert(Key::caFile, caFile);
    o.insert(Key::caDirectory, caDirectory);
    o.insert(Key::clientCertificate, clientCertificate);
    o.insert(Key::clientKey, clientKey);
    o.insert(Key::minTlsVersion, TlsVersions::key(minTlsVersion));
    o.insert(Key::cipherList, cipherList);
    o.insert(Key::pinnedSha256, QString::fromLatin1(pinnedSha256.toHex()));
    o.insert(Key::connectTimeout, connectTimeoutSeconds);
    o.insert(Key::notes, notes);
    o.insert(Key::created, isoUtc(created));
    o.insert(Key::modified, isoUtc(modified));
    if (lastTest)
        o.insert(Key::lastTest, lastTest->toJson());
    if (passwordSource != PasswordSource())
        o.insert(Key::passwordSource, passwordSource.toJson());
    if (ssh)
        o.insert(Key::ssh, ssh->toJson());
    return o;
}

namespace {

// The fields of toJson() in the order QJsonObject keeps them (its own key order, asked once).
enum class Written {
    Id,
    Name,
    Host,
    Port,
    User,
    Database,
    SslMode,
    CaFile,
    CaDirectory,
    ClientCertificate,
    ClientKey,
    MinTls,
    CipherList,
    Pin,
    Timeout,
    Notes,
    Created,
    Modified,
    LastTest,
    PasswordSource,
    Ssh,
};

struct WrittenField
{
    QString key;
    Written field;
};

const QList<WrittenField> &writtenFields()
{
    static const QList<WrittenField> ordered = [] {
        const std::pair<QLatin1String, Written> fields[] {
                {Key::id, Written::Id},
                {Key::name, Written::Name},
                {Key::host, Written::Host},
                {Key::port, Written::Port},
                {Key::user, Written::User},
                {Key::database, Written::Database},
                {Key::sslMode, Written::SslMode},
                {Key::caFile, Written::CaFile},
                {Key::caDirectory, Written::CaDirectory},
                {Key::clientCertificate, Written::ClientCertificate},
                {Key::clientKey, Written::ClientKey},
                {Key::minTlsVersion, Written::MinTls},
                {Key::cipherList, Written::CipherList},
                {Key::pinnedSha256, Written::Pin},
                {Key::connectTimeout, Written::Timeout},
                {Key::notes, Written::Notes},
                {Key::created, Written::Created},
                {Key::modified, Written::Modified},
                {Key::lastTest, Written::LastTest},
                {Key::passwordSource, Written::PasswordSource},
                {Key::ssh, Written::Ssh},
        };
        QJsonObject keys;
        for (const auto &[key, field] : fields)
            keys.insert(key, int(field));
        QList<WrittenField> list;
        for (auto it = keys.constBegin(); it != keys.constEnd(); ++it)
            list.append({it.key(), Written(it.value().toInt())});
        return list;
    }();
    return ordered;
}

void appendIsoUtc(QByteArray &out, const QDateTime &time)
{
    char text[isoUtcLength];
    if (formatIsoUtc(time, text))
        out.append('"').append(text, isoUtcLength).append('"');
    else
        JsonText::appendString(out, isoUtc(time));
}

} // namespace

void Profile::appendJsonText(QByteArray &out, int depth) const
{
    // Written field by field in toJson()'s key order, merged with the unknown fields in that of
    // QJsonObject, which is what toJson() builds.
    const bool hasPasswordSource = passwordSource != PasswordSource();
    auto written = [&](Written field) {
        switch (field) {
        case Written::LastTest:
            return bool(lastTest);
        case Written::PasswordSource:
            return hasPasswordSource;
        case Written::Ssh:
            return ssh.has_value();
        default:
            return true;
        }
    };
    bool first = true;
    auto appendKey = [&](QStringView key) {
        if (!first)
            out.append(",\n", 2);
        first = false;
        JsonText::appendIndent(out, depth + 1);
        JsonText::appendString(out, key);
        out.append(": ", 2);
    };
    auto appendField = [&](Written field) {
        switch (field) {
        case Written::Id:
            out.append('"').append(id.toByteArray(QUuid::WithoutBraces)).append('"');
            break;
        case Written::Name:
            JsonText::appendString(out, name);
            break;
        case Written::Host:
            JsonText::appendString(out, host);
            break;
        case Written::Port:
            out.append(QByteArray::number(int(port)));
            break;
        case Written::User:
            JsonText::appendString(out, user);
            break;
        case Written::Database:
            JsonText::appendString(out, database);
            break;
        case Written::SslMode:
            JsonText::appendString(out, SslModes::key(sslMode));
            break;
        case Written::CaFile:
            JsonText::appendString(out, caFile);
            break;
        case Written::CaDirectory:
            JsonText::appendString(out, caDirectory);
            break;
        case Written::ClientCertificate:
            JsonText::appendString(out, clientCertificate);
            break;
        case Written::ClientKey:
            JsonText::appendString(out, clientKey);
            break;
        case Written::MinTls:
            JsonText::appendString(out, TlsVersions::key(minTlsVersion));
            break;
        case Written::CipherList:
            JsonText::appendString(out, cipherList);
            break;
        case Written::Pin:
            out.append('"').append(pinnedSha256.toHex()).append('"');
            break;
        case Written::Timeout:
            out.append(QByteArray::number(connectTimeoutSeconds));
            break;
        case Written::Notes:
            JsonText::appendString(out, notes);
            break;
        case Written::Created:
            appendIsoUtc(out, created);
            break;
        case Written::Modified:
            appendIsoUtc(out, modified);
            break;
        case Written::LastTest:
            JsonText::appendValue(out, lastTest->toJson(), depth + 1);
            break;
        case Written::PasswordSource:
            JsonText::appendValue(out, passwordSource.toJson(), depth + 1);
            break;
        case Written::Ssh:
            JsonText::appendValue(out, ssh->toJson(), depth + 1);
            break;
        }
    };

    out.append("{\n", 2);
    if (unknownFields.isEmpty()) {
        for (const WrittenField &f : writtenFields()) {
            if (written(f.field)) {
                appendKey(f.key);
                appendField(f.field);
            }
        }
    } else {
        static const QHash<QString, Written> byKey = [] {
            QHash<QString, Written> hash;
            for (const WrittenField &f : writtenFields())
                hash.insert(f.key, f.field);
            return hash;
        }();
        QJsonObject keys = unknownFields;
        for (const WrittenField &f : writtenFields()) {
            if (written(f.field))
                keys.insert(f.key, QJsonValue());
        }
        for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
            const QString key = it.key();
            appendKey(key);
            const auto known = byKey.constFind(key);
            if (known != byKey.constEnd() && written(*known))
                appendField(*known);
            else
                JsonText::appendValue(out, unknownFields.value(key), depth + 1);
        }
    }
    out.append('\n');
    JsonText::appendIndent(out, depth);
    out.append('}');
}

Profile::Parsed Profile::fromJson(const QJsonObject &o)
{
    // One pass over the object (profiles are loaded by the thousand), its values read in place.
    // The known fields come in the order of writtenFields(), QJsonObject's key order: the one a
    // key matches is usually the next one expected, found without a hash of the key.
    Parsed result;
    Profile p;
    auto refuse = [&result](const QString &key, const QString &why) {
        result.problem = invalidField(key, why);
        return result;
    };
    const QList<WrittenField> &fields = writtenFields();
    // The names compared as the QCborValues QJsonObject holds (it is a QCborMap inside), which
    // costs no QString per name.
    static const QList<QCborValue> cborKeys = [] {
        QList<QCborValue> keys;
        for (const WrittenField &f : writtenFields())
            keys.append(QCborValue(f.key));
        return keys;
    }();
    const QCborMap map = QCborMap::fromJsonObject(o); // shares o's data
    auto names = map.constBegin();
    qsizetype expected = 0;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it, ++names) {
        const QJsonValueConstRef value = *it;
        const QCborValue name = names.key();
        qsizetype match = expected;
        while (match < fields.size() && !(name == cborKeys.at(match)))
            ++match;
        if (match == fields.size()) {
            p.unknownFields.insert(it.key(), value);
            continue;
        }
        expected = match + 1;
        const WrittenField &f = fields.at(match);
        const QString &key = f.key;
        if (f.field == Written::LastTest) {
            // Not a reason to refuse the profile: what this version cannot read is kept as is.
            if (auto last = LastTestResult::fromJson(value.toObject()); last && value.isObject())
                p.lastTest = std::move(last);
            else
                p.unknownFields.insert(key, value);
            continue;
        }
        if (f.field == Written::PasswordSource) {
            // A source of a newer sslcm is kept as it is; this version then uses the keychain.
            if (auto source = PasswordSource::fromJson(value.toObject());
                source && value.isObject())
                p.passwordSource = std::move(*source);
            else
                p.unknownFields.insert(key, value);
            continue;
        }
        if (f.field == Written::Ssh) {
            // A jump this version cannot read is kept as it is, and the profile is refused when
            // connecting (connectionProblems), never connected to directly.
            if (auto jump = SshJump::fromJson(value.toObject()); jump && value.isObject())
                p.ssh = std::move(*jump);
            else if (!value.isNull())
                p.unknownFields.insert(key, value);
            continue;
        }
        if (value.isNull())
            continue;
        const bool numeric = f.field == Written::Port || f.field == Written::Timeout;
        if (numeric ? !value.isDouble() : !value.isString())
            return refuse(key, numeric ? tr("expected a number") : tr("expected text"));
        const double number = value.toDouble();
        switch (f.field) {
        case Written::Name:
            p.name = value.toString();
            break;
        case Written::Host:
            p.host = value.toString();
            break;
        case Written::User:
            p.user = value.toString();
            break;
        case Written::Database:
            p.database = value.toString();
            break;
        case Written::CaFile:
            p.caFile = value.toString();
            break;
        case Written::CaDirectory:
            p.caDirectory = value.toString();
            break;
        case Written::ClientCertificate:
            p.clientCertificate = value.toString();
            break;
        case Written::ClientKey:
            p.clientKey = value.toString();
            break;
        case Written::CipherList:
            p.cipherList = value.toString();
            break;
        case Written::Notes:
            p.notes = value.toString();
            break;
        case Written::Id:
            p.id = parseUuid(value.toString());
            if (p.id.isNull())
                return refuse(key, tr("not a UUID"));
            break;
        case Written::Port:
            if (number < 1 || number > 65535 || number != int(number))
                return refuse(key, tr("not a port number between 1 and 65535"));
            p.port = quint16(number);
            break;
        case Written::Timeout:
            if (number < 1 || number > maxConnectTimeoutSeconds || number != int(number))
                return refuse(key,
                              tr("not a whole number of seconds between 1 and %1")
                                      .arg(maxConnectTimeoutSeconds));
            p.connectTimeoutSeconds = int(number);
            break;
        case Written::SslMode: {
            const QString text = value.toString();
            if (const auto mode = SslModes::fromString(text))
                p.sslMode = *mode;
            else
                return refuse(key, tr("unknown SSL mode \"%1\"").arg(text));
            break;
        }
        case Written::MinTls: {
            const QString text = value.toString();
            if (const auto version = TlsVersions::fromString(text))
                p.minTlsVersion = *version;
            else
                return refuse(key, tr("unknown TLS version \"%1\"").arg(text));
            break;
        }
        case Written::Pin:
            if (const auto pin = parseSha256(value.toString()))
                p.pinnedSha256 = *pin;
            else
                return refuse(key, tr("not a SHA-256 fingerprint"));
            break;
        case Written::Created:
        case Written::Modified: {
            const QString text = value.toString();
            QDateTime &target = f.field == Written::Created ? p.created : p.modified;
            if (std::optional<QDateTime> written = parseIsoUtc(text)) {
                target = *written; // the form toJson() writes: valid, and writable again
                break;
            }
            target = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
            // In UTC it must still be a date toJson() can write (years 1 to 9999), or saving
            // the profile would lose it.
            if (!text.isEmpty() && (!target.isValid() || isoUtc(target).isEmpty()))
                return refuse(key, tr("not a date and time"));
            break;
        }
        case Written::LastTest:
        case Written::PasswordSource:
        case Written::Ssh:
            break; // handled above
        }
    }
    if (p.id.isNull())
        return refuse(Key::id, tr("missing or not a UUID"));
    result.profile = std::move(p);
    return result;
}

QString Profile::addressText() const
{
    const QString shown
            = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shown + QLatin1Char(':') + QString::number(port);
}

QString Profile::pinnedSha256Text() const
{
    return QString::fromLatin1(pinnedSha256.toHex(':').toUpper());
}

std::optional<QByteArray> Profile::parseSha256(QStringView text)
{
    if (text.isEmpty()) // no pin: most profiles
        return QByteArray();
    QString hex = text.toString();
    static const QRegularExpression separators(QStringLiteral("[\\s:]"));
    hex.remove(separators);
    if (hex.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    if (hex.isEmpty())
        return QByteArray();
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!sha256Hex.match(hex).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(hex.toLatin1());
}

bool Profile::verifiesServer() const
{
    return sslMode >= SslMode::VerifyCa
            || (sslMode == SslMode::Required && !pinnedSha256.isEmpty());
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("The profile needs a name.");
    if (host.trimmed().isEmpty())
        problems << tr("The profile needs a server host name or IP address.");
    problems << connectionProblems();
    if (port == 0)
        problems << tr("The port must be between 1 and 65535.");
    if (connectTimeoutSeconds < 1 || connectTimeoutSeconds > maxConnectTimeoutSeconds)
        problems << tr("The connect timeout must be between 1 and %1 seconds.")
                            .arg(maxConnectTimeoutSeconds);
    if (!pinnedSha256.isEmpty() && pinnedSha256.size() != 32)
        problems << tr("The pinned fingerprint must be a SHA-256 fingerprint (32 bytes).");
    if (clientCertificate.isEmpty() != clientKey.isEmpty())
        problems << tr("A client certificate needs its private key, and a key its certificate.");
    return problems;
}

QStringList Profile::connectionProblems() const
{
    QStringList problems;
    if (!host.trimmed().isEmpty()) {
        if (const ServerHost parsed = ServerHost::parse(host); !parsed.isValid())
            problems << parsed.problem();
    }
    if (sslMode == SslMode::VerifyCa && caFile.isEmpty() && caDirectory.isEmpty())
        problems << verifyCaNeedsCaProblem();
    problems << passwordSource.problems(*this);
    if (ssh)
        problems << ssh->problems();
    else if (unknownFields.contains(Key::ssh))
        problems << tr("This profile reaches its server through an SSH jump host that this "
                       "version of sslcm cannot read (it was saved by a newer version). Update "
                       "sslcm, or set up the jump host again in this version.");
    return problems;
}

QString Profile::verifyCaNeedsCaProblem()
{
    //: %1 is the mode "Verify CA", %2 the mode "Verify CA and host name"
    return tr("“%1” needs the CA certificate file or folder of your provider: checked against "
              "the system's CAs alone, it would accept any publicly trusted certificate issued "
              "for any host. Choose the provider's CA file (Download CA Certificate or Fetch "
              "Server Certificate get it). If the server's certificate is publicly trusted and "
              "names the host you connect to, “%2” works with the system's CAs instead.")
            .arg(SslModes::displayName(SslMode::VerifyCa),
                 SslModes::displayName(SslMode::VerifyIdentity));
}

bool operator==(const Profile &a, const Profile &b)
{
    return a.id == b.id && a.name == b.name && a.host == b.host && a.port == b.port
            && a.user == b.user && a.database == b.database && a.sslMode == b.sslMode
            && a.caFile == b.caFile && a.caDirectory == b.caDirectory
            && a.clientCertificate == b.clientCertificate && a.clientKey == b.clientKey
            && a.minTlsVersion == b.minTlsVersion && a.cipherList == b.cipherList
            && a.pinnedSha256 == b.pinnedSha256
            && a.connectTimeoutSeconds == b.connectTimeoutSeconds && a.notes == b.notes
            && a.passwordSource == b.passwordSource && a.ssh == b.ssh && a.created == b.created
            && a.modified == b.modified && a.lastTest == b.lastTest
            && a.unknownFields == b.unknownFields;
}
