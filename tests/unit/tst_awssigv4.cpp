// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signin/AwsSigV4.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using AwsSigV4::Pairs;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

Pairs parseQuery(const QByteArray &query)
{
    Pairs pairs;
    if (query.isEmpty())
        return pairs;
    for (const QByteArray &part : query.split('&')) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.append(
                {QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return pairs;
}

// An HTTP request as the suites write it: the path raw (spaces, UTF-8), header lines that start
// with white space continue the one before.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    Pairs query;
    Pairs headers;
    QByteArray body;
};

HttpRequest parseRequest(const QByteArray &text)
{
    HttpRequest request;
    const qsizetype headerEnd = text.indexOf("\n\n");
    const QByteArray head = headerEnd < 0 ? text : text.left(headerEnd);
    request.body = headerEnd < 0 ? QByteArray() : text.mid(headerEnd + 2);
    QByteArrayList lines = head.split('\n');
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype methodEnd = requestLine.indexOf(' ');
    request.method = requestLine.left(methodEnd);
    const QByteArray target
            = requestLine.mid(methodEnd + 1, requestLine.lastIndexOf(" HTTP/") - methodEnd - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = parseQuery(question < 0 ? QByteArray() : target.mid(question + 1));
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if (line.at(0) == ' ' || line.at(0) == '\t') {
            request.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return request;
}

Pairs sorted(Pairs pairs)
{
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace

// AWS's published Signature Version 4 test suites (tests/unit/aws-sigv4-vectors/README.md),
// byte for byte.
class tst_AwsSigV4 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerSigning_data();
    void headerSigning();
    void presigning_data();
    void presigning();
    void repeatedQueryParameters_data();
    void repeatedQueryParameters();
    void uriEncoding_data();
    void uriEncoding();
    void sessionTokenIsSignedAndInTheUrl();

private:
    static QString suiteDir() { return QStringLiteral(AWS_SIGV4_VECTORS "/aws-c-auth/v4"); }
    static void addCases(bool presign);
};

void tst_AwsSigV4::addCases(bool presign)
{
    QTest::addColumn<QString>("dir");
    const QStringList cases = QDir(suiteDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(cases.size() >= 20);
    for (const QString &name : cases) {
        const QString dir = suiteDir() + QLatin1Char('/') + name;
        const QJsonObject context
                = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/context.json"))).object();
        // With the token added after signing: not how a presigned URL (RDS) is made.
        if (presign && context.value(QStringLiteral("omit_session_token")).toBool())
            continue;
        QTest::newRow(qPrintable(name)) << dir;
    }
}

void tst_AwsSigV4::headerSigning_data()
{
    addCases(false);
}

void tst_AwsSigV4::headerSigning()
{
    QFETCH(QString, dir);
    const QJsonObject context
            = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/context.json"))).object();
    const QJsonObject credentials = context.value(QStringLiteral("credentials")).toObject();
    const QDateTime time = QDateTime::fromString(
            context.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    QVERIFY(time.isValid());
    const QByteArray region = context.value(QStringLiteral("region")).toString().toUtf8();
    const QByteArray service = context.value(QStringLiteral("service")).toString().toUtf8();
    const QByteArray token = credentials.value(QStringLiteral("token")).toString().toUtf8();
    HttpRequest request = parseRequest(readFile(dir + QStringLiteral("/request.txt")));

    // What a header signer adds before signing: the date, the token and, with sign_body, the
    // payload hash.
    const bool signBody = context.value(QStringLiteral("sign_body")).toBool();
    const QByteArray payloadHash
            = signBody ? AwsSigV4::sha256Hex(request.body) : QByteArray(AwsSigV4::emptyPayloadHash);
    request.headers.append({"X-Amz-Date", AwsSigV4::amzDate(time)});
    if (!token.isEmpty() && !context.value(QStringLiteral("omit_session_token")).toBool())
        request.headers.append({"X-Amz-Security-Token", token});
    if (signBody)
        request.headers.append({"X-Amz-Content-Sha256", payloadHash});

    const QByteArray canonical = AwsSigV4::canonicalRequest(
            request.method, request.path, request.query, request.headers, payloadHash);
    QCOMPARE(canonical, readFile(dir + QStringLiteral("/header-canonical-request.txt")));
    const QByteArray stringToSign = AwsSigV4::stringToSign(
            time, AwsSigV4::credentialScope(time.date(), region, service), canonical);
    QCOMPARE(stringToSign, readFile(dir + QStringLiteral("/header-string-to-sign.txt")));
    const QByteArray key = AwsSigV4::signingKey(
            credentials.value(QStringLiteral("secret_access_key")).toString().toUtf8(), time.date(),
            region, service);
    QCOMPARE(AwsSigV4::signature(key, stringToSign),
             readFile(dir + QStringLiteral("/header-signature.txt")));
}

void tst_AwsSigV4::presigning_data()
{
    addCases(true);
}

void tst_AwsSigV4::presigning()
{
    QFETCH(QString, dir);
    const QJsonObject context
            = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/context.json"))).object();
    const QJsonObject json = context.value(QStringLiteral("credentials")).toObject();
    AwsCredentials credentials;
    credentials.accessKeyId = json.value(QStringLiteral("access_key_id")).toString();
    credentials.secretAccessKey = json.value(QStringLiteral("secret_access_key")).toString();
    credentials.sessionToken = json.value(QStringLiteral("token")).toString();
    const QDateTime time = QDateTime::fromString(
            context.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    const HttpRequest http = parseRequest(readFile(dir + QStringLiteral("/request.txt")));
    AwsSigV4::Request request;
    request.method = http.method;
    request.path = http.path;
    request.query = http.query;
    request.headers = http.headers;
    if (context.value(QStringLiteral("sign_body")).toBool())
        request.payloadHash = AwsSigV4::sha256Hex(http.body);

    const AwsSigV4::Presigned presigned = AwsSigV4::presign(
            request, credentials, context.value(QStringLiteral("region")).toString().toUtf8(),
            context.value(QStringLiteral("service")).toString().toUtf8(), time,
            context.value(QStringLiteral("expiration_in_seconds")).toInt());
    QCOMPARE(presigned.canonicalRequest,
             readFile(dir + QStringLiteral("/query-canonical-request.txt")));
    QCOMPARE(presigned.stringToSign, readFile(dir + QStringLiteral("/query-string-to-sign.txt")));
    QCOMPARE(presigned.signature, readFile(dir + QStringLiteral("/query-signature.txt")));

    // The URL carries the same parameters as AWS's signed request (which orders them its own way).
    const HttpRequest signedRequest
            = parseRequest(readFile(dir + QStringLiteral("/query-signed-request.txt")));
    QCOMPARE(sorted(parseQuery(presigned.query)), sorted(signedRequest.query));
    QVERIFY(presigned.query.endsWith("&X-Amz-Signature=" + presigned.signature));
}

void tst_AwsSigV4::repeatedQueryParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("order by value, upper case first") << "get-vanilla-query-order-key";
    QTest::newRow("order by value") << "get-vanilla-query-order-value";
}

void tst_AwsSigV4::repeatedQueryParameters()
{
    QFETCH(QString, name);
    const QString base
            = QStringLiteral(AWS_SIGV4_VECTORS "/aws-sig-v4-test-suite/%1/%1.").arg(name);
    const HttpRequest request = parseRequest(readFile(base + QStringLiteral("req")));
    const QDateTime time
            = QDateTime::fromString(QStringLiteral("2015-08-30T12:36:00Z"), Qt::ISODate);
    const QByteArray scope = AwsSigV4::credentialScope(time.date(), "us-east-1", "service");

    const QByteArray canonical
            = AwsSigV4::canonicalRequest(request.method, request.path, request.query,
                                         request.headers, AwsSigV4::emptyPayloadHash);
    QCOMPARE(canonical, readFile(base + QStringLiteral("creq")));
    const QByteArray stringToSign = AwsSigV4::stringToSign(time, scope, canonical);
    QCOMPARE(stringToSign, readFile(base + QStringLiteral("sts")));
    const QByteArray key = AwsSigV4::signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                                                time.date(), "us-east-1", "service");
    const QByteArray authorization = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + scope
            + ", SignedHeaders=" + AwsSigV4::canonicalHeaders(request.headers).signedHeaders
            + ", Signature=" + AwsSigV4::signature(key, stringToSign);
    QCOMPARE(authorization, readFile(base + QStringLiteral("authz")));
}

void tst_AwsSigV4::uriEncoding_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("unreserved") << QByteArray("AZaz09-._~") << QByteArray("AZaz09-._~")
                                << QByteArray("AZaz09-._~");
    QTest::newRow("slash") << QByteArray("/a/b") << QByteArray("%2Fa%2Fb") << QByteArray("/a/b");
    QTest::newRow("user name") << QByteArray("app+user@x") << QByteArray("app%2Buser%40x")
                               << QByteArray("app%2Buser%40x");
    QTest::newRow("space, star, percent")
            << QByteArray("a b*%") << QByteArray("a%20b%2A%25") << QByteArray("a%20b%2A%25");
    QTest::newRow("UTF-8, upper-case hex")
            << QByteArray("\xe1\x88\xb4") << QByteArray("%E1%88%B4") << QByteArray("%E1%88%B4");
}

void tst_AwsSigV4::uriEncoding()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, path);
    QCOMPARE(AwsSigV4::uriEncode(raw), query);
    QCOMPARE(AwsSigV4::canonicalUri(raw), path);
}

void tst_AwsSigV4::sessionTokenIsSignedAndInTheUrl()
{
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    AwsSigV4::Request request;
    request.headers = {{"Host", "example.amazonaws.com"}};
    const QDateTime time
            = QDateTime::fromString(QStringLiteral("2015-08-30T12:36:00Z"), Qt::ISODate);
    const auto withoutToken
            = AwsSigV4::presign(request, credentials, "us-east-1", "service", time, 900);
    credentials.sessionToken = QStringLiteral("to/ken+=");
    const auto withToken
            = AwsSigV4::presign(request, credentials, "us-east-1", "service", time, 900);
    QVERIFY(!withoutToken.query.contains("X-Amz-Security-Token"));
    QVERIFY(withToken.canonicalRequest.contains("&X-Amz-Security-Token=to%2Fken%2B%3D&"));
    QVERIFY(withToken.query.contains("&X-Amz-Security-Token=to%2Fken%2B%3D&X-Amz-Signature="));
    QVERIFY(withToken.signature != withoutToken.signature);
}

QTEST_GUILESS_MAIN(tst_AwsSigV4)
#include "tst_awssigv4.moc"
