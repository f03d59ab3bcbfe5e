// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCommand.h"

#include "CliContext.h"
#include "ConnectionOptions.h"
#include "mysql/ConnectionTester.h"
#include "profile/ProfileStore.h"
#include <QCommandLineParser>
#include <QJsonDocument>

int TestCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ConnectionOptions options(parser);
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(tr("\"test\" takes one profile, or connection options"));

    ConnectionTester::Request request;
    Profile &p = request.profile;
    if (positional.size() == 1) {
        if (parser.isSet(options.host))
            return usage(tr("give either a profile or --host, not both"));
        const std::optional<Profile> found = m_cli.findProfile(positional.first());
        if (!found)
            return Failure;
        p = *found;
        // A profile stored by an older sslcm may not connect as it says (Verify CA without a
        // CA, an ambiguous address): nothing is sent anywhere.
        if (const QStringList problems = p.connectionProblems(); !problems.isEmpty())
            return fail(tr("profile \"%1\" cannot be tested as it is: %2")
                                .arg(p.name, problems.join(QLatin1Char(' '))));
        if (!parser.isSet(options.passwordStdin)) {
            const CliContext::Secrets stored = m_cli.storedSecrets(p);
            request.password = stored.password;
            request.keyPassphrase = stored.keyPassphrase;
        }
    } else {
        if (const int code = options.apply(parser, p, m_cli); code >= 0)
            return code;
        p.name = p.addressText();
    }
    if (parser.isSet(options.passwordStdin)) {
        const std::optional<QString> password = CliContext::readPasswordFromStdin();
        if (!password)
            return fail(tr("could not read the password from standard input"));
        request.password = *password;
    }

    const bool asJson = parser.isSet(json);
    QHash<int, TestStage::Status> shown;
    const ConnectionReport report = ConnectionTester::run(request, [&](const TestStage &stage) {
        // Progress on stderr, each stage once, as it settles.
        const bool settled = stage.status != TestStage::Status::Running
                && stage.status != TestStage::Status::Pending;
        if (!asJson && settled && shown.value(int(stage.id)) != stage.status
            && !shown.contains(int(stage.id))) {
            shown.insert(int(stage.id), stage.status);
            m_err << QStringLiteral("  %1 %2")
                             .arg(TestStage::statusKey(stage.status), -8)
                             .arg(TestStage::title(stage.id))
                  << Qt::endl;
        }
    });
    // A saved profile keeps the result, as when the app tests it: the app's list shows it.
    if (positional.size() == 1) {
        if (const StoreSaveResult kept = m_cli.store().recordTest(p.id, report); !kept)
            m_cli.note(tr("warning: the result was not kept with the profile: %1").arg(kept.error));
    }
    if (asJson)
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << report.toText();
    m_out.flush();
    switch (report.verdict) {
    case ConnectionReport::Verdict::SecureVerified:
        return Success;
    case ConnectionReport::Verdict::EncryptedUnverified:
    case ConnectionReport::Verdict::Plaintext:
        return Weaker;
    default:
        return Failure;
    }
}
