// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationSnippets.h"

#include "signin/RdsAuthToken.h"

#include "ClientCommandLine.h"
#include "ShellWords.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

// Characters that end a line in at least one of the target languages (JavaScript: U+2028 and
// U+2029; Unicode-aware editors and some tools: U+0085, \v and \f), or that have no business in
// a line of source code (other control characters).
// Line terminators and control characters, and the invisible bidirectional controls that make
// code read differently from how it runs ("Trojan Source"): none stays raw in a snippet.
bool breaksLine(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0x061c
            || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069);
}

bool hasLineBreak(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), breaksLine);
}

// A \uXXXX escape: the same in C, C++ and Java string literals, JavaScript, Go, Python and C#.
QString unicodeEscape(QChar c)
{
    return QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}

// A double-quoted literal in C, C++, Java, JavaScript, Go and Python. No line terminator stays
// raw, so a value can never end the literal's line. (Fixed-length \uXXXX, not \x: C and C++
// read \x escapes to the last hexadecimal digit.)
QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += breaksLine(c) ? unicodeEscape(c) : QString(c);
        }
    }
    return out + QLatin1Char('"');
}

// PHP: single-quoted (only \\ and \' are escapes) unless the text holds a line break or control
// character; then double-quoted with every escape spelled out and `$` escaped, so nothing is
// interpolated.
QString phpQuoted(const QString &text)
{
    if (!hasLineBreak(text)) {
        QString t = text;
        t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        t.replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + t + QLatin1Char('\'');
    }
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '$':
            out += QLatin1String("\\$");
            break;
        default:
            out += breaksLine(c) ? QStringLiteral("\\u{%1}").arg(c.unicode(), 0, 16) // PHP 7+
                                 : QString(c);
        }
    }
    return out + QLatin1Char('"');
}

// C#: a verbatim string (readable Windows paths) unless the text holds a line break or control
// character; then a regular string with fixed-length escapes.
QString csQuoted(const QString &text)
{
    if (!hasLineBreak(text)) {
        QString t = text;
        t.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QStringLiteral("@\"") + t + QLatin1Char('"');
    }
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else
            out += breaksLine(c) ? unicodeEscape(c) : QString(c);
    }
    return out + QLatin1Char('"');
}

// How a line comment of the target language can be ended or subverted from inside.
enum class CommentSyntax {
    CFamily, // C++, Go, JavaScript, C#: only a line terminator (and, in C++, a trailing backslash)
    Java,    // \u000a is turned into a line break before the comment is even seen
    Php,     // `?>` leaves PHP mode in the middle of a // comment
    Python,  // "coding:" in the first two lines changes how the whole file is decoded
};

// Text that is safe inside one line comment: no line terminator of any language, nothing the
// language reads as the end of the comment.
QString commentText(const QString &text, CommentSyntax syntax)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += breaksLine(c) ? QChar(QLatin1Char(' ')) : c;
    switch (syntax) {
    case CommentSyntax::CFamily:
        break;
    case CommentSyntax::Java:
        // A backslash preceded by an odd number of backslashes cannot start a \u escape.
        out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        break;
    case CommentSyntax::Php:
        out.replace(QLatin1String("?>"), QLatin1String("? >"));
        break;
    case CommentSyntax::Python:
        out.replace(QRegularExpression(QStringLiteral("(coding)([:=])"),
                                       QRegularExpression::CaseInsensitiveOption),
                    QStringLiteral("\\1 \\2"));
        break;
    }
    // A backslash at the end of a C or C++ line joins the next line to the comment.
    if (out.endsWith(QLatin1Char('\\')))
        out += QLatin1Char('.');
    return out;
}

// A file name as a POSIX shell word for a command shown in a Java line comment, written so that
// the comment shows it exactly as `sh` must read it. commentText() cannot be used: it doubles
// every backslash (javac reads \u escapes even in comments), and a doubled backslash changes
// the name or breaks the quoting. Here no backslash is ever followed by `u`, a `'` is written
// without one, and what cannot stand in a line comment is spelled in octal for printf.
// Empty when no word can do it: a name that ends with a line break (command substitution drops
// trailing newlines).
QString javaCommentShellWord(const QString &path)
{
    if (!hasLineBreak(path)) {
        const QString plain = ShellWords::quote(path);
        if (plain == path)
            return path; // nothing but letters, digits and `_-./:,@%+=`
        QString out = QStringLiteral("'");
        for (qsizetype i = 0; i < path.size(); ++i) {
            const QChar c = path.at(i);
            if (c == QLatin1Char('\'')) {
                out += QLatin1String("'\"'\"'");
                continue;
            }
            out += c;
            // Two quoted strings side by side: the backslash is followed by a quote.
            if (c == QLatin1Char('\\') && i + 1 < path.size() && path.at(i + 1) == QLatin1Char('u'))
                out += QLatin1String("''");
        }
        return out + QLatin1Char('\'');
    }
    if (path.endsWith(QLatin1Char('\n')))
        return {};
    // printf's %b reads \\ and \0ooo; a doubled backslash never starts a \u escape either.
    QString arg;
    for (const QChar c : path) {
        if (c == QLatin1Char('\\')) {
            arg += QLatin1String("\\\\");
        } else if (c == QLatin1Char('\'')) {
            arg += QLatin1String("'\"'\"'");
        } else if (breaksLine(c)) {
            for (const char byte : QString(c).toUtf8())
                arg += QStringLiteral("\\0%1").arg(uint(uchar(byte)), 3, 8, QLatin1Char('0'));
        } else {
            arg += c;
        }
    }
    return QStringLiteral("\"$(printf '%b' '") + arg + QStringLiteral("')\"");
}

// A value inside a JDBC URL query.
QString urlValue(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "/:,"));
}

// Host names and IP addresses (with an IPv6 zone) as they can stand in a URL or a DSN. Anything
// else (`/`, `?`, `;`, `@`...) would add parameters of its own.
bool isPlainHost(const QString &host)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._:-]+(%[A-Za-z0-9._-]+)?$"));
    return plain.match(host).hasMatch();
}

QString mysqlModeName(SslMode mode)
{
    return SslModes::key(mode).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

bool hasCa(const Profile &p)
{
    return !p.caFile.isEmpty() || !p.caDirectory.isEmpty();
}

QString jdbcHost(const Profile &p)
{
    return p.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + p.host + QLatin1Char(']')
                                             : p.host;
}

// One snippet being written: the profile, what the driver gets, and the one-line warnings where
// the driver is weaker (or stricter) than the profile. One member function per format.
class Snippet
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationSnippets)
public:
    Snippet(const Profile &profile, ExportFormat format, const QString &givenPassword)
        : p(profile)
        , format(format)
        , madeWhenConnecting(profile.passwordSource.producesSecret())
        , aws(profile.passwordSource.kind == PasswordSource::Kind::AwsIam)
        , clearText(profile.passwordSource.sendsClearText())
        // A password made when connecting is never written: it is made anew every time.
        , password(madeWhenConnecting ? QString() : givenPassword)
        , mode(profile.sslMode)
        , tls(mode != SslMode::Disabled)
        , verify(SslModes::authenticatesServer(mode))
        , headerText(
                  profile.ssh
                          //: %3 is the SSH jump host, e.g. deploy@bastion.example.com
                          ? tr("sslcm profile \"%1\": %2, reached by sslcm through the SSH "
                               "jump host %3 (this code connects directly)")
                                    .arg(p.name, SslModes::displayName(mode),
                                         profile.ssh->destination())
                          : tr("sslcm profile \"%1\": %2").arg(p.name, SslModes::displayName(mode)))
    {
        r.containsSecret = !password.isEmpty();
    }

    void phpPdo();
    void pyMySql();
    void mysqlClient();
    void jdbcMysql();
    void jdbcMariadb();
    void nodeMysql2();
    void go();
    void dotNet();
    void qt();

    const Profile &p;
    const ExportFormat format;
    const bool madeWhenConnecting; // a command or AWS makes the password for each connection
    const bool aws;                // ...an AWS RDS IAM sign-in token
    const bool clearText;          // ...which the driver must send in clear text
    const QString password;
    const SslMode mode;
    const bool tls;
    const bool verify;
    ExportResult r;
    QStringList &w = r.warnings;
    QString &t = r.text;

private:
    QString header(CommentSyntax syntax) const { return commentText(headerText, syntax); }

    // `sslcm-cli token PROFILE` as a comment shows it exactly: by name, or by id when the
    // comment syntax would change the name.
    QString tokenCommand(CommentSyntax syntax) const
    {
        const QString byName = ShellWords::join(ClientCommandLine::tokenCommand(p));
        if (commentText(byName, syntax) == byName)
            return byName;
        Profile byId = p;
        byId.name.clear();
        return ShellWords::join(ClientCommandLine::tokenCommand(byId));
    }

public:
    // For a password made when connecting: comment lines that say where it comes from and how
    // to hand it to `run` through MYSQL_PWD, which the code reads. `prefix` starts a comment.
    QString passwordSourceComment(CommentSyntax syntax, const QString &prefix,
                                  const QString &run) const
    {
        if (!madeWhenConnecting)
            return {};
        QString lines;
        if (aws) {
            lines += prefix
                    + tr("The password is an AWS RDS IAM sign-in token, valid for 15 minutes: "
                         "make one for each connection.")
                    + QLatin1Char('\n');
        } else {
            const QString command = ShellWords::join(p.passwordSource.expandedCommand(p));
            const QString shown = commentText(command, syntax) == command
                    ? command
                    : tr("(the command in the sslcm profile)");
            lines += prefix
                    + (clearText ? tr("The password is a sign-in token from a command, run for "
                                      "each connection: %1")
                                 : tr("The password comes from a command, run for each "
                                      "connection: %1"))
                              .arg(shown)
                    + QLatin1Char('\n');
        }
        lines += prefix
                + tr("Run this program with: %1")
                          .arg(QStringLiteral("MYSQL_PWD=\"$(%1)\" %2")
                                       .arg(tokenCommand(syntax), run))
                + QLatin1Char('\n');
        return lines;
    }
    // The AWS region of the token: the profile's, or the one in the RDS host name.
    QString awsRegion()
    {
        if (!p.passwordSource.awsRegion.isEmpty())
            return p.passwordSource.awsRegion;
        const QString region = RdsAuthToken::regionFromHost(p.host).value_or(QString());
        if (!region.isEmpty())
            return region;
        w << tr("The AWS region is not in the host name \"%1\": replace REGION with the "
                "database's region.")
                        .arg(commentText(p.host, CommentSyntax::CFamily));
        return QStringLiteral("REGION");
    }

private:
    // Values that a DSN, URL or option string of the driver cannot hold are left out, loudly.
    void leftOut(const QString &what, const QString &value)
    {
        w << tr("%1 \"%2\" cannot be written into %3 safely: it is left out, set it yourself.")
                        .arg(what, commentText(value, CommentSyntax::CFamily),
                             ExportFormats::displayName(format));
    }
    QString urlHost()
    {
        if (isPlainHost(p.host))
            return jdbcHost(p);
        leftOut(tr("The host"), p.host);
        return {};
    }
    void capathWarning()
    {
        if (!p.caDirectory.isEmpty() && tls)
            w << tr("%1 cannot use a CA folder: put the CA certificates into one file.")
                            .arg(ExportFormats::displayName(format));
    }
    void tls13Warning()
    {
        if (p.minTlsVersion == TlsVersion::Tls1_3 && tls)
            w << tr("%1 cannot require TLS 1.3: the connection may use TLS 1.2.")
                            .arg(ExportFormats::displayName(format));
    }

    // A file in a shell command of a Java comment; a placeholder, loudly, when no shell word in
    // a comment can name it.
    QString javaCommentFile(const QString &path, const QString &placeholder)
    {
        const QString word = javaCommentShellWord(path);
        if (!word.isEmpty())
            return word;
        w << tr("The file name \"%1\" ends with a line break, which a command in a comment "
                "cannot show: the command says %2 instead, replace it yourself.")
                        .arg(commentText(path, CommentSyntax::CFamily), placeholder);
        return placeholder;
    }

    // The JDBC drivers read no PEM files: how to make the key store they read.
    void javaKeyStoreComment()
    {
        t += QStringLiteral("// The client certificate and key as a key store:\n"
                            "//   openssl pkcs12 -export -in %1 -inkey %2 -out client.p12 "
                            "-passout pass:changeit\n")
                     .arg(javaCommentFile(p.clientCertificate, QStringLiteral("CERT_FILE")),
                          javaCommentFile(p.clientKey, QStringLiteral("KEY_FILE")));
    }
    QString javaTlsVersions() const
    {
        return p.minTlsVersion == TlsVersion::Tls1_3 ? QStringLiteral("TLSv1.3")
                                                     : QStringLiteral("TLSv1.2,TLSv1.3");
    }
    // jdbc:SCHEME://host:port/database?query and the connection; the password from MYSQL_PWD
    // unless one was handed over.
    void javaConnection(const QString &scheme, QStringList query)
    {
        query << QStringLiteral("connectTimeout=%1").arg(qint64(p.connectTimeoutSeconds) * 1000);
        const QString url = QStringLiteral("jdbc:%1://%2:%3/%4?%5")
                                    .arg(scheme, urlHost())
                                    .arg(p.port)
                                    .arg(urlValue(p.database), query.join(QLatin1Char('&')));
        QString passwordExpression = password.isEmpty()
                ? QStringLiteral("System.getenv(\"MYSQL_PWD\")")
                : quoted(password);
        if (aws) {
            passwordExpression = QStringLiteral("token");
            t += QStringLiteral("// %1\n// AWS SDK for Java 2.x (software.amazon.awssdk:rds): "
                                "RdsUtilities, GenerateAuthenticationTokenRequest,\n// Region%2.\n"
                                "RdsUtilities rds = RdsUtilities.builder()\n"
                                "        .region(Region.of(%3))\n%4"
                                "        .build();\n"
                                "String token = rds.generateAuthenticationToken("
                                "GenerateAuthenticationTokenRequest.builder()\n"
                                "        .hostname(%5).port(%6).username(%7).build());\n")
                         .arg(commentText(tr("An AWS RDS IAM sign-in token, valid for 15 "
                                             "minutes: make one for each connection."),
                                          CommentSyntax::Java),
                              p.passwordSource.awsProfile.isEmpty()
                                      ? QString()
                                      : QStringLiteral(", ProfileCredentialsProvider"),
                              quoted(awsRegion()),
                              p.passwordSource.awsProfile.isEmpty()
                                      ? QString()
                                      : QStringLiteral("        .credentialsProvider("
                                                       "ProfileCredentialsProvider.create(%1))\n")
                                                .arg(quoted(p.passwordSource.awsProfile)),
                              quoted(p.host))
                         .arg(p.port)
                         .arg(quoted(p.user));
        }
        t += QStringLiteral("String url = %1;\nConnection connection = DriverManager.getConnection("
                            "url, %2, %3);\n")
                     .arg(quoted(url), quoted(p.user), passwordExpression);
    }
    // Python: the token made by boto3 (empty unless AWS IAM), and the password argument.
    QString pythonAwsToken()
    {
        if (!aws)
            return {};
        const QString session = p.passwordSource.awsProfile.isEmpty()
                ? QStringLiteral("boto3")
                : QStringLiteral("boto3.Session(profile_name=%1)")
                          .arg(quoted(p.passwordSource.awsProfile));
        return QStringLiteral("# %1\ntoken = %2.client(\"rds\").generate_db_auth_token(\n"
                              "    DBHostname=%3, Port=%4, DBUsername=%5, Region=%6\n)\n\n")
                .arg(commentText(tr("An AWS RDS IAM sign-in token, valid for 15 minutes: make "
                                    "one for each connection."),
                                 CommentSyntax::Python),
                     session, quoted(p.host))
                .arg(p.port)
                .arg(quoted(p.user), quoted(awsRegion()));
    }
    QString pythonPassword() const
    {
        if (aws)
            return QStringLiteral("token");
        return password.isEmpty() ? QStringLiteral("os.environ[\"MYSQL_PWD\"]") : quoted(password);
    }

    const QString headerText;
};

void Snippet::phpPdo()
{
    t = QStringLiteral("<?php\n// %1\n").arg(header(CommentSyntax::Php));
    t += passwordSourceComment(CommentSyntax::Php, QStringLiteral("// "),
                               QStringLiteral("php connect.php"));
    // A PDO DSN has no quoting: a `;` in a value would add attributes of its own.
    QString dsn = QStringLiteral("mysql:");
    if (isPlainHost(p.host))
        dsn += QStringLiteral("host=%1;").arg(p.host);
    else
        leftOut(tr("The host"), p.host);
    dsn += QStringLiteral("port=%1").arg(p.port);
    if (!p.database.isEmpty()) {
        if (p.database.contains(QLatin1Char(';')) || hasLineBreak(p.database))
            leftOut(tr("The database name"), p.database);
        else
            dsn += QStringLiteral(";dbname=") + p.database;
    }
    t += QStringLiteral("$pdo = new PDO(\n    %1,\n    %2,\n    %3,\n    [\n")
                 .arg(phpQuoted(dsn), phpQuoted(p.user),
                      password.isEmpty() ? QStringLiteral("getenv('MYSQL_PWD')")
                                         : phpQuoted(password));
    t += QStringLiteral("        PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,\n");
    if (tls) {
        const auto attr = [this](const char *name, const QString &value) {
            if (!value.isEmpty())
                t += QStringLiteral("        PDO::MYSQL_ATTR_SSL_%1 => %2,\n")
                             .arg(QLatin1String(name), phpQuoted(value));
        };
        attr("CA", p.caFile);
        attr("CAPATH", p.caDirectory);
        attr("CERT", p.clientCertificate);
        attr("KEY", p.clientKey);
        attr("CIPHER", p.cipherList);
        t += QStringLiteral("        PDO::MYSQL_ATTR_SSL_VERIFY_SERVER_CERT => %1,\n")
                     .arg(verify ? QStringLiteral("true") : QStringLiteral("false"));
    }
    t += QStringLiteral("    ]\n);\n");
    if (mode == SslMode::Preferred)
        w << tr("PDO has no \"preferred\" mode: this code requires TLS (stricter).");
    if ((mode == SslMode::Preferred || mode == SslMode::Required) && !hasCa(p)
        && p.clientCertificate.isEmpty() && p.cipherList.isEmpty())
        w << tr("PDO only asks for TLS when an SSL attribute such as a CA file is set.");
    if (mode == SslMode::VerifyCa)
        w << tr("PDO (mysqlnd) also checks the host name when it verifies: stricter than "
                "\"Verify CA\".");
    tls13Warning();
    r.suggestedFileName = QStringLiteral("connect.php");
}

void Snippet::pyMySql()
{
    t = QStringLiteral("# %1\n").arg(header(CommentSyntax::Python));
    if (!aws) // the code makes the token itself
        t += passwordSourceComment(CommentSyntax::Python, QStringLiteral("# "),
                                   QStringLiteral("python3 connect_pymysql.py"));
    t += aws ? QStringLiteral("import ssl\n\nimport boto3\nimport pymysql\n\n")
             : QStringLiteral("import os\nimport ssl\n\nimport pymysql\n\n");
    if (tls) {
        if (verify) {
            t += QStringLiteral("context = ssl.create_default_context(%1%2)\n")
                         .arg(p.caFile.isEmpty() ? QString()
                                                 : QStringLiteral("cafile=") + quoted(p.caFile),
                              p.caDirectory.isEmpty()
                                      ? QString()
                                      : (p.caFile.isEmpty() ? QString() : QStringLiteral(", "))
                                              + QStringLiteral("capath=") + quoted(p.caDirectory));
            if (mode == SslMode::VerifyCa)
                t += QStringLiteral("context.check_hostname = False  # VERIFY_CA: the chain, "
                                    "not the name\n");
        } else {
            t += QStringLiteral("context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n"
                                "context.check_hostname = False\n"
                                "context.verify_mode = ssl.CERT_NONE  # encryption only\n");
        }
        t += QStringLiteral("context.minimum_version = ssl.TLSVersion.%1\n")
                     .arg(p.minTlsVersion == TlsVersion::Tls1_3 ? QStringLiteral("TLSv1_3")
                                                                : QStringLiteral("TLSv1_2"));
        if (!p.clientCertificate.isEmpty())
            t += QStringLiteral("context.load_cert_chain(%1, %2)\n")
                         .arg(quoted(p.clientCertificate), quoted(p.clientKey));
        if (!p.cipherList.isEmpty())
            t += QStringLiteral("context.set_ciphers(%1)\n").arg(quoted(p.cipherList));
        t += QLatin1Char('\n');
    }
    t += pythonAwsToken();
    // PyMySQL sends a clear-text password (mysql_clear_password) when the server asks for it.
    t += QStringLiteral("connection = pymysql.connect(\n    host=%1,\n    port=%2,\n    user=%3,\n"
                        "    password=%4,\n")
                 .arg(quoted(p.host))
                 .arg(p.port)
                 .arg(quoted(p.user), pythonPassword());
    if (!p.database.isEmpty())
        t += QStringLiteral("    database=%1,\n").arg(quoted(p.database));
    t += QStringLiteral("    connect_timeout=%1,\n").arg(p.connectTimeoutSeconds);
    t += tls ? QStringLiteral("    ssl=context,\n") : QStringLiteral("    ssl_disabled=True,\n");
    t += QStringLiteral(")\n");
    if (tls && mode != SslMode::Preferred)
        w << tr("PyMySQL continues without TLS when the server does not offer it: it cannot "
                "enforce this profile's mode.");
    if (clearText)
        w << tr("PyMySQL sends a sign-in token in clear text to a server that asks for it, also "
                "without TLS: use it only with servers that offer TLS.");
    r.suggestedFileName = QStringLiteral("connect_pymysql.py");
}

void Snippet::mysqlClient()
{
    t = QStringLiteral("# %1\n").arg(header(CommentSyntax::Python));
    if (!aws)
        t += passwordSourceComment(CommentSyntax::Python, QStringLiteral("# "),
                                   QStringLiteral("python3 connect_mysqlclient.py"));
    t += QStringLiteral("import os\n\n");
    if (clearText)
        t += QStringLiteral("# MySQL's client library sends a clear-text password "
                            "(mysql_clear_password)\n# only when this is set before it loads; "
                            "MariaDB Connector/C always does.\n"
                            "os.environ[\"LIBMYSQL_ENABLE_CLEARTEXT_PLUGIN\"] = \"1\"\n\n");
    t += aws ? QStringLiteral("import boto3\nimport MySQLdb\n\n")
             : QStringLiteral("import MySQLdb\n\n");
    t += pythonAwsToken();
    t += QStringLiteral("connection = MySQLdb.connect(\n    host=%1,\n    port=%2,\n    user=%3,\n"
                        "    password=%4,\n")
                 .arg(quoted(p.host))
                 .arg(p.port)
                 .arg(quoted(p.user), pythonPassword());
    if (!p.database.isEmpty())
        t += QStringLiteral("    database=%1,\n").arg(quoted(p.database));
    t += QStringLiteral("    connect_timeout=%1,\n").arg(p.connectTimeoutSeconds);
    t += QStringLiteral("    ssl_mode=%1,\n").arg(quoted(mysqlModeName(mode)));
    if (tls) {
        QStringList ssl;
        const auto add = [&ssl](const char *key, const QString &value) {
            if (!value.isEmpty())
                ssl << QStringLiteral("%1: %2").arg(quoted(QLatin1String(key)), quoted(value));
        };
        add("ca", p.caFile);
        add("capath", p.caDirectory);
        add("cert", p.clientCertificate);
        add("key", p.clientKey);
        add("cipher", p.cipherList);
        if (!ssl.isEmpty())
            t += QStringLiteral("    ssl={%1},\n").arg(ssl.join(QStringLiteral(", ")));
    }
    t += QStringLiteral(")\n");
    w << tr("mysqlclient honours ssl_mode only with a client library that supports it "
            "(MySQL's, "
            "or MariaDB Connector/C with mysqlclient 2.2 or later).");
    tls13Warning();
    r.suggestedFileName = QStringLiteral("connect_mysqlclient.py");
}

void Snippet::jdbcMysql()
{
    t = QStringLiteral("// %1\n").arg(header(CommentSyntax::Java));
    if (!aws) // the code makes the token itself
        t += passwordSourceComment(CommentSyntax::Java, QStringLiteral("// "),
                                   QStringLiteral("java Connect.java"));
    QStringList query {QStringLiteral("sslMode=") + mysqlModeName(mode)};
    if (tls && !p.caFile.isEmpty()) {
        t += QStringLiteral("// The CA as a trust store (Connector/J does not read PEM files):\n"
                            "//   keytool -importcert -noprompt -alias sslcm-ca -file %1 "
                            "-keystore truststore.p12 -storetype PKCS12 -storepass changeit\n")
                     .arg(javaCommentFile(p.caFile, QStringLiteral("CA_FILE")));
        query << QStringLiteral("trustCertificateKeyStoreUrl=file:truststore.p12")
              << QStringLiteral("trustCertificateKeyStoreType=PKCS12")
              << QStringLiteral("trustCertificateKeyStorePassword=changeit");
    }
    if (tls && !p.clientCertificate.isEmpty()) {
        javaKeyStoreComment();
        query << QStringLiteral("clientCertificateKeyStoreUrl=file:client.p12")
              << QStringLiteral("clientCertificateKeyStoreType=PKCS12")
              << QStringLiteral("clientCertificateKeyStorePassword=changeit");
    }
    if (tls)
        query << QStringLiteral("tlsVersions=") + javaTlsVersions();
    javaConnection(QStringLiteral("mysql"), query);
    if (verify && p.caFile.isEmpty())
        w << tr("Without a CA file Java verifies against its own cacerts, not the system's "
                "CA certificates.");
    if (!p.cipherList.isEmpty() && tls)
        w << tr("Java names cipher suites differently: set enabledSSLCipherSuites yourself.");
    capathWarning();
    r.suggestedFileName = QStringLiteral("Connect.java");
}

void Snippet::jdbcMariadb()
{
    t = QStringLiteral("// %1\n").arg(header(CommentSyntax::Java));
    if (!aws)
        t += passwordSourceComment(CommentSyntax::Java, QStringLiteral("// "),
                                   QStringLiteral("java Connect.java"));
    QString sslMode;
    switch (mode) {
    case SslMode::Disabled:
        sslMode = QStringLiteral("disable");
        break;
    case SslMode::Preferred:
    case SslMode::Required:
        sslMode = QStringLiteral("trust");
        break;
    case SslMode::VerifyCa:
        sslMode = QStringLiteral("verify-ca");
        break;
    case SslMode::VerifyIdentity:
        sslMode = QStringLiteral("verify-full");
        break;
    }
    QStringList query {QStringLiteral("sslMode=") + sslMode};
    if (tls && !p.caFile.isEmpty())
        query << QStringLiteral("serverSslCert=") + urlValue(p.caFile);
    if (tls && !p.clientCertificate.isEmpty()) {
        javaKeyStoreComment();
        query << QStringLiteral("keyStore=client.p12") << QStringLiteral("keyStoreType=PKCS12")
              << QStringLiteral("keyStorePassword=changeit");
    }
    if (tls)
        query << QStringLiteral("enabledSslProtocolSuites=") + javaTlsVersions();
    javaConnection(QStringLiteral("mariadb"), query);
    if (mode == SslMode::Preferred)
        w << tr("MariaDB Connector/J has no \"preferred\" mode: this URL requires TLS "
                "(stricter).");
    if (!p.cipherList.isEmpty() && tls)
        w << tr("Java names cipher suites differently: set enabledSslCipherSuites yourself.");
    capathWarning();
    r.suggestedFileName = QStringLiteral("Connect.java");
}

void Snippet::nodeMysql2()
{
    t = QStringLiteral(
                "// %1\n%2const fs = require('fs');\nconst mysql = require('mysql2/promise');\n\n"
                "const connection = await mysql.createConnection({\n")
                .arg(header(CommentSyntax::CFamily),
                     passwordSourceComment(CommentSyntax::CFamily, QStringLiteral("// "),
                                           QStringLiteral("node connect.js")));
    t += QStringLiteral("  host: %1,\n  port: %2,\n  user: %3,\n  password: %4,\n")
                 .arg(quoted(p.host))
                 .arg(p.port)
                 .arg(quoted(p.user),
                      password.isEmpty() ? QStringLiteral("process.env.MYSQL_PWD")
                                         : quoted(password));
    if (!p.database.isEmpty())
        t += QStringLiteral("  database: %1,\n").arg(quoted(p.database));
    t += QStringLiteral("  connectTimeout: %1,\n").arg(qint64(p.connectTimeoutSeconds) * 1000);
    if (clearText) // mysql2 3.22 and later send a clear-text password only when asked to
        t += QStringLiteral("  enableCleartextPlugin: true,\n");
    if (tls) {
        t += QStringLiteral("  ssl: {\n");
        if (!p.caFile.isEmpty())
            t += QStringLiteral("    ca: fs.readFileSync(%1),\n").arg(quoted(p.caFile));
        if (!p.clientCertificate.isEmpty())
            t += QStringLiteral("    cert: fs.readFileSync(%1),\n    key: fs.readFileSync(%2),\n")
                         .arg(quoted(p.clientCertificate), quoted(p.clientKey));
        if (!p.cipherList.isEmpty())
            t += QStringLiteral("    ciphers: %1,\n").arg(quoted(p.cipherList));
        t += QStringLiteral("    minVersion: %1,\n")
                     .arg(p.minTlsVersion == TlsVersion::Tls1_3 ? QStringLiteral("'TLSv1.3'")
                                                                : QStringLiteral("'TLSv1.2'"));
        t += QStringLiteral("    rejectUnauthorized: %1,\n")
                     .arg(verify ? QStringLiteral("true") : QStringLiteral("false"));
        t += QStringLiteral("    verifyIdentity: %1,\n")
                     .arg(mode == SslMode::VerifyIdentity ? QStringLiteral("true")
                                                          : QStringLiteral("false"));
        t += QStringLiteral("  },\n");
    }
    t += QStringLiteral("});\n");
    if (mode == SslMode::Preferred)
        w << tr("mysql2 has no \"preferred\" mode: this code requires TLS (stricter).");
    if (verify && p.caFile.isEmpty())
        w << tr("Without a CA file Node.js verifies against its built-in CA list, not the "
                "system's (run node with --use-openssl-ca for the system's).");
    capathWarning();
    r.suggestedFileName = QStringLiteral("connect.js");
}

void Snippet::go()
{
    t = QStringLiteral("// %1\n").arg(header(CommentSyntax::CFamily));
    if (!aws) // the code makes the token itself
        t += passwordSourceComment(CommentSyntax::CFamily, QStringLiteral("// "),
                                   QStringLiteral("go run connect.go"));
    t += QStringLiteral("package main\n\nimport (\n");
    // "Disabled" means no TLS at all, whatever files the profile also has (as in every format).
    const bool customTls = tls && (verify || !p.clientCertificate.isEmpty());
    // Go refuses to compile a package imported and not used.
    const bool usesOs = (customTls && !p.caFile.isEmpty()) || (!aws && password.isEmpty());
    QStringList imports {QStringLiteral("\"database/sql\""), QStringLiteral("\"log\"")};
    if (usesOs)
        imports << QStringLiteral("\"os\"");
    if (aws)
        imports.prepend(QStringLiteral("\"context\""));
    if (customTls) {
        imports.prepend(QStringLiteral("\"crypto/tls\""));
        imports.prepend(QStringLiteral("\"crypto/x509\""));
    }
    if (aws)
        imports << QStringLiteral("awsconfig \"github.com/aws/aws-sdk-go-v2/config\"")
                << QStringLiteral("\"github.com/aws/aws-sdk-go-v2/feature/rds/auth\"");
    imports << QStringLiteral("\"github.com/go-sql-driver/mysql\"");
    for (const QString &i : imports)
        t += QStringLiteral("\t") + i + QLatin1Char('\n');
    t += QStringLiteral(")\n\nfunc connect() *sql.DB {\n");
    QString tlsName;
    switch (mode) {
    case SslMode::Disabled:
        tlsName = QStringLiteral("false");
        break;
    case SslMode::Preferred:
        tlsName = QStringLiteral("preferred");
        break;
    case SslMode::Required:
        tlsName = QStringLiteral("skip-verify");
        break;
    case SslMode::VerifyCa:
    case SslMode::VerifyIdentity:
        tlsName = QStringLiteral("sslcm");
        break;
    }
    if (customTls) {
        if (!verify)
            tlsName = QStringLiteral("sslcm");
        t += QStringLiteral("\tvar rootCAs *x509.CertPool // nil: the system's CA certificates\n");
        if (!p.caFile.isEmpty()) {
            t += QStringLiteral("\tpem, err := os.ReadFile(%1)\n\tif err != nil "
                                "{\n\t\tlog.Fatal(err)\n\t}\n"
                                "\trootCAs = x509.NewCertPool()\n"
                                "\tif !rootCAs.AppendCertsFromPEM(pem) {\n"
                                "\t\tlog.Fatal(\"no CA certificate found\")\n\t}\n")
                         .arg(quoted(p.caFile));
        }
        t += QStringLiteral("\tconfig := &tls.Config{\n\t\tRootCAs:    "
                            "rootCAs,\n\t\tMinVersion: %1,\n")
                     .arg(p.minTlsVersion == TlsVersion::Tls1_3
                                  ? QStringLiteral("tls.VersionTLS13")
                                  : QStringLiteral("tls.VersionTLS12"));
        if (mode == SslMode::VerifyIdentity) {
            t += QStringLiteral("\t\tServerName: %1,\n").arg(quoted(p.host));
        } else {
            t += QStringLiteral("\t\t// Checked below: the chain (VERIFY_CA) or nothing.\n"
                                "\t\tInsecureSkipVerify: true,\n");
        }
        t += QStringLiteral("\t}\n");
        if (mode == SslMode::VerifyCa) {
            t += QStringLiteral("\tconfig.VerifyPeerCertificate = func(raw [][]byte, _ "
                                "[][]*x509.Certificate) "
                                "error {\n"
                                "\t\tcerts := make([]*x509.Certificate, 0, len(raw))\n"
                                "\t\tfor _, der := range raw {\n"
                                "\t\t\tcert, err := x509.ParseCertificate(der)\n"
                                "\t\t\tif err != nil {\n\t\t\t\treturn err\n\t\t\t}\n"
                                "\t\t\tcerts = append(certs, cert)\n\t\t}\n"
                                "\t\tif len(certs) == 0 {\n"
                                "\t\t\treturn x509.CertificateInvalidError{Reason: "
                                "x509.NotAuthorizedToSign}\n\t\t}\n"
                                "\t\tintermediates := x509.NewCertPool()\n"
                                "\t\tfor _, cert := range certs[1:] "
                                "{\n\t\t\tintermediates.AddCert(cert)\n\t\t}\n"
                                "\t\t_, err := certs[0].Verify(x509.VerifyOptions{Roots: rootCAs, "
                                "Intermediates: intermediates})\n"
                                "\t\treturn err\n\t}\n");
        }
        if (!p.clientCertificate.isEmpty()) {
            t += QStringLiteral("\tclientCert, err := tls.LoadX509KeyPair(%1, %2)\n"
                                "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n"
                                "\tconfig.Certificates = []tls.Certificate{clientCert}\n")
                         .arg(quoted(p.clientCertificate), quoted(p.clientKey));
        }
        t += QStringLiteral("\tif err := mysql.RegisterTLSConfig(\"sslcm\", config); err != nil {\n"
                            "\t\tlog.Fatal(err)\n\t}\n");
    }
    if (aws) {
        t += QStringLiteral("\t// %1\n\tawsCfg, err := "
                            "awsconfig.LoadDefaultConfig(context.Background()%2)\n"
                            "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n"
                            "\ttoken, err := auth.BuildAuthToken(context.Background(), %3, %4, %5, "
                            "awsCfg.Credentials)\n"
                            "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n")
                     .arg(commentText(tr("An AWS RDS IAM sign-in token, valid for 15 minutes: "
                                         "make one for each connection."),
                                      CommentSyntax::CFamily),
                          p.passwordSource.awsProfile.isEmpty()
                                  ? QString()
                                  : QStringLiteral(", awsconfig.WithSharedConfigProfile(%1)")
                                            .arg(quoted(p.passwordSource.awsProfile)),
                          quoted(p.addressText()), quoted(awsRegion()), quoted(p.user));
    }
    t += QStringLiteral("\tcfg := mysql.NewConfig()\n\tcfg.User = %1\n\tcfg.Passwd = %2\n"
                        "\tcfg.Net = \"tcp\"\n\tcfg.Addr = %3\n")
                 .arg(quoted(p.user),
                      aws ? QStringLiteral("token")
                          : (password.isEmpty() ? QStringLiteral("os.Getenv(\"MYSQL_PWD\")")
                                                : quoted(password)),
                      quoted(p.addressText()));
    if (clearText) // the driver's name for mysql_clear_password
        t += QStringLiteral("\tcfg.AllowCleartextPasswords = true\n");
    if (!p.database.isEmpty())
        t += QStringLiteral("\tcfg.DBName = %1\n").arg(quoted(p.database));
    t += QStringLiteral("\tcfg.TLSConfig = %1\n").arg(quoted(tlsName));
    // A connector, not a DSN string: the values are never parsed out of text again.
    t += QStringLiteral("\tconnector, err := mysql.NewConnector(cfg)\n"
                        "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n"
                        "\treturn sql.OpenDB(connector)\n}\n");
    if (mode == SslMode::Required && !p.clientCertificate.isEmpty())
        w << tr("Go: a client certificate needs a registered TLS configuration; it verifies "
                "nothing, like \"Required\".");
    if (!p.cipherList.isEmpty() && tls)
        w << tr("Go names cipher suites differently and cannot restrict TLS 1.3 suites: set "
                "CipherSuites yourself.");
    if (mode == SslMode::Preferred && !p.clientCertificate.isEmpty())
        w << tr("Go: with a client certificate this code requires TLS (stricter than "
                "\"preferred\").");
    capathWarning();
    r.suggestedFileName = QStringLiteral("connect.go");
}

void Snippet::dotNet()
{
    static const char *const modes[] = {"None", "Preferred", "Required", "VerifyCA", "VerifyFull"};
    t = QStringLiteral("// %1\n").arg(header(CommentSyntax::CFamily));
    if (!aws) // the code makes the token itself
        t += passwordSourceComment(CommentSyntax::CFamily, QStringLiteral("// "),
                                   QStringLiteral("dotnet run"));
    const bool awsProfile = aws && !p.passwordSource.awsProfile.isEmpty();
    if (aws)
        t += awsProfile ? QStringLiteral("using Amazon;\nusing Amazon.RDS.Util;\n"
                                         "using Amazon.Runtime.CredentialManagement;\n")
                        : QStringLiteral("using Amazon;\nusing Amazon.RDS.Util;\n");
    t += QStringLiteral("using MySqlConnector;\n\n");
    if (aws) {
        const QString region
                = QStringLiteral("RegionEndpoint.GetBySystemName(%1)").arg(csQuoted(awsRegion()));
        t += QStringLiteral("// %1\n// AWS SDK for .NET: the AWSSDK.RDS package.\n")
                     .arg(commentText(tr("An AWS RDS IAM sign-in token, valid for 15 minutes: "
                                         "make one for each connection."),
                                      CommentSyntax::CFamily));
        if (awsProfile)
            t += QStringLiteral(
                         "if (!new CredentialProfileStoreChain().TryGetAWSCredentials(%1, "
                         "out var awsCredentials))\n"
                         "    throw new InvalidOperationException(%2);\n"
                         "var token = RDSAuthTokenGenerator.GenerateAuthToken(awsCredentials, "
                         "%3, %4, %5, %6);\n\n")
                         .arg(csQuoted(p.passwordSource.awsProfile),
                              csQuoted(QStringLiteral("no AWS profile ")
                                       + p.passwordSource.awsProfile),
                              region, csQuoted(p.host))
                         .arg(p.port)
                         .arg(csQuoted(p.user));
        else
            t += QStringLiteral("var token = RDSAuthTokenGenerator.GenerateAuthToken(%1, %2, %3, "
                                "%4);\n\n")
                         .arg(region, csQuoted(p.host))
                         .arg(p.port)
                         .arg(csQuoted(p.user));
    }
    t += QStringLiteral("var builder = new MySqlConnectionStringBuilder\n{\n");
    t += QStringLiteral("    Server = %1,\n    Port = %2,\n    UserID = %3,\n    Password = %4,\n")
                 .arg(csQuoted(p.host))
                 .arg(p.port)
                 .arg(csQuoted(p.user),
                      aws ? QStringLiteral("token")
                          : (password.isEmpty() ? QStringLiteral(
                                     "Environment.GetEnvironmentVariable(\"MYSQL_PWD\")")
                                                : csQuoted(password)));
    if (!p.database.isEmpty())
        t += QStringLiteral("    Database = %1,\n").arg(csQuoted(p.database));
    t += QStringLiteral("    ConnectionTimeout = %1,\n").arg(p.connectTimeoutSeconds);
    t += QStringLiteral("    SslMode = MySqlSslMode.%1,\n").arg(QLatin1String(modes[int(mode)]));
    if (tls) {
        if (!p.caFile.isEmpty())
            t += QStringLiteral("    SslCa = %1,\n").arg(csQuoted(p.caFile));
        if (!p.clientCertificate.isEmpty())
            t += QStringLiteral("    SslCert = %1,\n    SslKey = %2,\n")
                         .arg(csQuoted(p.clientCertificate), csQuoted(p.clientKey));
        t += QStringLiteral("    TlsVersion = %1,\n")
                     .arg(p.minTlsVersion == TlsVersion::Tls1_3
                                  ? QStringLiteral("\"TLS 1.3\"")
                                  : QStringLiteral("\"TLS 1.2, TLS 1.3\""));
    }
    t += QStringLiteral(
            "};\nusing var connection = new MySqlConnection(builder.ConnectionString);\n"
            "await connection.OpenAsync();\n");
    if (!p.cipherList.isEmpty() && tls)
        w << tr(".NET names cipher suites differently: set TlsCipherSuites yourself.");
    capathWarning();
    r.suggestedFileName = QStringLiteral("Connect.cs");
}

void Snippet::qt()
{
    t = QStringLiteral("// %1\n").arg(header(CommentSyntax::CFamily));
    // MySQL's client library sends a clear-text password only when the environment says so.
    t += passwordSourceComment(CommentSyntax::CFamily, QStringLiteral("// "),
                               clearText
                                       ? QStringLiteral("LIBMYSQL_ENABLE_CLEARTEXT_PLUGIN=1 ./app")
                                       : QStringLiteral("./app"));
    t += QStringLiteral(
            "QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral(\"QMYSQL\"));\n");
    t += QStringLiteral("db.setHostName(QStringLiteral(%1));\ndb.setPort(%2);\n"
                        "db.setUserName(QStringLiteral(%3));\n")
                 .arg(quoted(p.host))
                 .arg(p.port)
                 .arg(quoted(p.user));
    t += password.isEmpty()
            ? QStringLiteral("db.setPassword(qEnvironmentVariable(\"MYSQL_PWD\"));\n")
            : QStringLiteral("db.setPassword(QStringLiteral(%1));\n").arg(quoted(password));
    if (!p.database.isEmpty())
        t += QStringLiteral("db.setDatabaseName(QStringLiteral(%1));\n").arg(quoted(p.database));
    QStringList newOptions {
            QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(p.connectTimeoutSeconds)};
    QStringList oldOptions = newOptions;
    if (tls) {
        const auto add = [&](const char *name, const QString &value) {
            if (value.isEmpty())
                return;
            // Qt splits the options at every `;` and has no quoting.
            if (value.contains(QLatin1Char(';'))) {
                leftOut(QLatin1String(name), value);
                return;
            }
            newOptions << QStringLiteral("MYSQL_OPT_%1=%2").arg(QLatin1String(name), value);
            oldOptions << QStringLiteral("%1=%2").arg(QLatin1String(name), value);
        };
        add("SSL_CA", p.caFile);
        add("SSL_CAPATH", p.caDirectory);
        add("SSL_CERT", p.clientCertificate);
        add("SSL_KEY", p.clientKey);
        add("SSL_CIPHER", p.cipherList);
        if (mode == SslMode::VerifyIdentity)
            newOptions << QStringLiteral("MYSQL_OPT_SSL_VERIFY_SERVER_CERT=TRUE");
    }
    t += QStringLiteral("#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)\n"
                        "db.setConnectOptions(QStringLiteral(%1));\n#else\n"
                        "db.setConnectOptions(QStringLiteral(%2));\n#endif\n"
                        "if (!db.open())\n    qWarning() << db.lastError().text();\n")
                 .arg(quoted(newOptions.join(QLatin1Char(';'))),
                      quoted(oldOptions.join(QLatin1Char(';'))));
    if (tls)
        w << tr("QMYSQL with MariaDB Connector/C 3.3 (Qt 6.4) never checks host names and "
                "continues without TLS when the server does not offer it; sslcm's own "
                "connections go through its TLS gateway instead.");
    if (clearText)
        w << tr("QMYSQL sends a sign-in token in clear text to whichever server asks for it; "
                "with MariaDB Connector/C 3.3 that can be a server that was not verified, or one "
                "without TLS.");
    if (tls && !hasCa(p) && p.clientCertificate.isEmpty() && p.cipherList.isEmpty())
        w << tr("QMYSQL asks for TLS only when an SSL option such as a CA file is set.");
    if (mode == SslMode::VerifyCa || mode == SslMode::VerifyIdentity) {
        if (!hasCa(p))
            w << tr("Without a CA file QMYSQL verifies nothing.");
    }
    tls13Warning();
    r.suggestedFileName = QStringLiteral("connect.cpp");
}

} // namespace

ExportResult ApplicationSnippets::snippet(const Profile &profile, ExportFormat format,
                                          const QString &password)
{
    Snippet s(profile, format, password);
    switch (format) {
    case ExportFormat::PhpPdo:
        s.phpPdo();
        break;
    case ExportFormat::PyMySql:
        s.pyMySql();
        break;
    case ExportFormat::MysqlClient:
        s.mysqlClient();
        break;
    case ExportFormat::JdbcMysql:
        s.jdbcMysql();
        break;
    case ExportFormat::JdbcMariadb:
        s.jdbcMariadb();
        break;
    case ExportFormat::NodeMysql2:
        s.nodeMysql2();
        break;
    case ExportFormat::Go:
        s.go();
        break;
    case ExportFormat::DotNet:
        s.dotNet();
        break;
    case ExportFormat::Qt:
        s.qt();
        break;
    default:
        break;
    }
    return s.r;
}
