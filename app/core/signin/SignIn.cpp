// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignIn.h"

#include "signin/AwsCredentialChain.h"
#include "signin/CommandRunner.h"
#include "signin/RdsAuthToken.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

using Outcome = SignInSecret::Outcome;

// The first line of what a command printed, without its line end.
QString firstLine(const QByteArray &output)
{
    qsizetype end = output.indexOf('\n');
    if (end < 0)
        end = output.size();
    QByteArray line = output.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

SignInSecret fromCommand(const Profile &profile, const std::atomic<bool> *cancelled,
                         const QProcessEnvironment &environment)
{
    SignInSecret r;
    const PasswordSource &source = profile.passwordSource;
    CommandRunner::Request request;
    request.argv = source.expandedCommand(profile);
    request.environment = environment;
    // The profile's values are there for scripts too, whatever the command line says.
    request.environment.insert(QStringLiteral("SSLCM_HOST"), profile.host);
    request.environment.insert(QStringLiteral("SSLCM_PORT"), QString::number(profile.port));
    request.environment.insert(QStringLiteral("SSLCM_USER"), profile.user);
    request.environment.insert(QStringLiteral("SSLCM_PROFILE"), profile.name);
    request.timeout = std::chrono::seconds(profile.connectTimeoutSeconds);
    const CommandRunner::Result run = CommandRunner::run(request, cancelled);
    r.elapsedMs = run.elapsedMs;
    r.errorOutput = run.errorOutput;
    r.description = source.summary();
    if (run.outcome == CommandRunner::Result::Outcome::Cancelled) {
        r.outcome = Outcome::Cancelled;
        r.problem = SignIn::tr("Cancelled.");
        return r;
    }
    if (!run.ok()) {
        r.outcome = Outcome::Failed;
        r.problem = run.problem;
        return r;
    }
    r.secret = firstLine(run.output);
    if (r.secret.isEmpty()) {
        r.outcome = Outcome::Failed;
        //: %1 is the program that was run
        r.problem = SignIn::tr("%1 printed no password: its first line of output is empty. "
                               "Run the command in a terminal to see what it prints.")
                            .arg(request.argv.value(0));
        return r;
    }
    r.outcome = Outcome::Obtained;
    r.clearText = source.clearTextToken;
    r.expiresUtc = SignIn::jwtExpiry(r.secret);
    return r;
}

SignInSecret fromAws(const Profile &profile, const std::atomic<bool> *cancelled,
                     const QProcessEnvironment &environment)
{
    SignInSecret r;
    QElapsedTimer timer;
    timer.start();
    const PasswordSource &source = profile.passwordSource;
    const QString region = source.awsRegion.isEmpty()
            ? RdsAuthToken::regionFromHost(profile.host).value_or(QString())
            : source.awsRegion;
    if (region.isEmpty()) {
        r.outcome = Outcome::Failed;
        //: %1 is a host name
        r.problem = SignIn::tr("The AWS region of %1 is not known: it is not an RDS host name "
                               "(…REGION.rds.amazonaws.com). Enter the region, for example "
                               "eu-west-1, in the profile's AWS sign-in settings.")
                            .arg(profile.host);
        return r;
    }
    const AwsCredentialChain::Result credentials = AwsCredentialChain::resolve(
            source.awsProfile, environment, std::chrono::seconds(profile.connectTimeoutSeconds),
            cancelled);
    r.elapsedMs = timer.elapsed();
    if (cancelled && *cancelled) {
        r.outcome = Outcome::Cancelled;
        r.problem = SignIn::tr("Cancelled.");
        return r;
    }
    if (!credentials.credentials) {
        r.outcome = Outcome::Failed;
        r.problem = credentials.problem;
        return r;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr int validSeconds = 900;
    r.secret = RdsAuthToken::generate(profile.host, profile.port, profile.user, region,
                                      *credentials.credentials, now, validSeconds);
    r.outcome = Outcome::Obtained;
    r.clearText = true;
    // Signed with temporary credentials, the token ends with them if they end sooner.
    r.expiresUtc = now.addSecs(validSeconds);
    if (credentials.credentials->expiration && *credentials.credentials->expiration < *r.expiresUtc)
        r.expiresUtc = credentials.credentials->expiration;
    //: %1 is a database user, %2 an AWS region, %3 where the AWS credentials came from
    r.description = SignIn::tr("AWS RDS IAM token for %1 in %2, signed with %3")
                            .arg(profile.user, region, credentials.credentials->source);
    return r;
}

} // namespace

QString SignInSecret::problemWithOutput() const
{
    if (errorOutput.isEmpty())
        return problem;
    //: %1 is why a password command failed, %2 what it printed on standard error
    return SignIn::tr("%1 It said: %2").arg(problem, errorOutput);
}

SignInSecret SignIn::obtain(const Profile &profile, const std::atomic<bool> *cancelled,
                            const QProcessEnvironment &environment)
{
    const PasswordSource &source = profile.passwordSource;
    if (!source.producesSecret()) {
        SignInSecret r;
        r.outcome = Outcome::NotNeeded;
        r.description = source.summary();
        return r;
    }
    // Nothing runs for a profile that could not use what it makes.
    if (const QStringList problems = source.problems(profile); !problems.isEmpty()) {
        SignInSecret r;
        r.outcome = Outcome::Refused;
        r.clearText = source.sendsClearText();
        r.problem = problems.join(QLatin1Char(' '));
        r.description = source.summary();
        return r;
    }
    return source.kind == PasswordSource::Kind::AwsIam
            ? fromAws(profile, cancelled, environment)
            : fromCommand(profile, cancelled, environment);
}

std::optional<QDateTime> SignIn::jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(
            parts.at(1).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return std::nullopt;
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (!exp.isDouble() || exp.toDouble() <= 0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble())).toUTC();
}

QString SignIn::describeForDisplay(const SignInSecret &secret, const QDateTime &nowUtc)
{
    const int length = int(secret.secret.size());
    const QString what = secret.clearText
            //: %n is the length of a sign-in token
            ? tr("a sign-in token of %n character(s)", nullptr, length)
            //: %n is the length of a password
            : tr("a password of %n character(s)", nullptr, length);
    if (!secret.expiresUtc)
        //: %1 says what was made ("a sign-in token of 912 characters")
        return tr("%1; it does not say when it expires").arg(what);
    const qint64 seconds = nowUtc.secsTo(*secret.expiresUtc);
    const QString when = QLocale().toString(secret.expiresUtc->toLocalTime(), QLocale::ShortFormat);
    if (seconds <= 0)
        //: %1 says what was made, %2 a date and time
        return tr("%1, expired at %2").arg(what, when);
    //: %1 says what was made, %2 a date and time, %n the minutes until then
    return tr("%1, valid until %2 (%n minute(s))", nullptr, int((seconds + 59) / 60))
            .arg(what, when);
}
