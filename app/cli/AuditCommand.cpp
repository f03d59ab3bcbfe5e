// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "CliContext.h"
#include "audit/AuditFormats.h"
#include "audit/AuditHistory.h"
#include "audit/FleetAudit.h"
#include "audit/HostsFile.h"
#include "cert/CertificateDisplay.h"
#include "profile/ProfileStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// Ctrl-C: the handler only writes a byte to a pipe (async-signal-safe); the event loop reads it
// and cancels the audit. The default action is back in place at once, so a second Ctrl-C ends
// the program the ordinary way.
class InterruptWatcher
{
public:
    InterruptWatcher()
    {
        if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
            s_pipe[0] = s_pipe[1] = -1;
            return;
        }
        struct sigaction action
        {
        };
        action.sa_handler = &InterruptWatcher::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND | SA_RESTART;
        m_installed = ::sigaction(SIGINT, &action, &m_previous) == 0;
    }
    ~InterruptWatcher()
    {
        if (m_installed)
            ::sigaction(SIGINT, &m_previous, nullptr);
        for (int &fd : s_pipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    InterruptWatcher(const InterruptWatcher &) = delete;
    InterruptWatcher &operator=(const InterruptWatcher &) = delete;

    int readFd() const { return s_pipe[0]; }

private:
    static void handle(int)
    {
        const int saved = errno;
        const char byte = 1;
        if (s_pipe[1] >= 0)
            (void)!::write(s_pipe[1], &byte, 1);
        errno = saved;
    }

    static inline int s_pipe[2] = {-1, -1};
    struct sigaction m_previous
    {
    };
    bool m_installed = false;
};

int terminalWidth()
{
    struct winsize size
    {
    };
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 10)
        return size.ws_col;
    return 80;
}

// Names come from files and people: one line, no control characters, in the table.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char('?');
    }
    return out;
}

QString tlsColumn(const AuditResult &r)
{
    if (!r.reachable)
        //: The TLS column of the audit table: the server did not answer
        return AuditCommand::tr("unreachable");
    if (!r.tlsOffered)
        //: The TLS column of the audit table: the server offers no TLS
        return AuditCommand::tr("no TLS");
    return r.protocol.isEmpty() ? QStringLiteral("-") : r.protocol;
}

QString expiryColumn(const AuditResult &r, const QDateTime &now)
{
    const QDateTime next = r.nextExpiry();
    if (!next.isValid())
        return QStringLiteral("-");
    const qint64 seconds = now.secsTo(next);
    if (seconds < 0)
        //: The expiry column of the audit table: %1 is a date, %2 "3 days"
        return AuditCommand::tr("%1 (expired %2 ago)")
                .arg(CertificateDisplay::date(next), CertificateDisplay::duration(-seconds));
    //: The expiry column of the audit table: %1 is a date, %2 "3 months"
    return AuditCommand::tr("%1 (in %2)")
            .arg(CertificateDisplay::date(next), CertificateDisplay::duration(seconds));
}

QString table(const QList<AuditResult> &results, int warnDays, const QDateTime &now)
{
    const QStringList header {AuditCommand::tr("SEVERITY"), AuditCommand::tr("PROFILE"),
                              AuditCommand::tr("ADDRESS"),  AuditCommand::tr("TLS"),
                              AuditCommand::tr("VERIFIED"), AuditCommand::tr("NEXT EXPIRY")};
    QList<QStringList> rows {header};
    for (const AuditResult &r : results) {
        rows << QStringList {AuditSeverities::key(r.severity()),
                             oneLine(r.target.displayName()),
                             oneLine(r.target.profile.addressText()),
                             tlsColumn(r),
                             r.verified ? AuditCommand::tr("yes") : AuditCommand::tr("no"),
                             expiryColumn(r, now)};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QString line;
        for (qsizetype c = 0; c < rows.at(i).size(); ++c) {
            const bool last = c + 1 == rows.at(i).size();
            line += last ? rows.at(i).at(c) : rows.at(i).at(c).leftJustified(widths.at(c) + 2);
        }
        out += line + QLatin1Char('\n');
        if (i == 0)
            continue;
        // What needs attention, worst first, with what to do.
        QList<AuditFinding> findings = results.at(i - 1).findings;
        std::stable_sort(findings.begin(), findings.end(),
                         [](const AuditFinding &a, const AuditFinding &b) {
                             return a.severity > b.severity;
                         });
        for (const AuditFinding &f : std::as_const(findings)) {
            if (f.severity == AuditSeverity::Ok)
                continue;
            out += QStringLiteral("  %1 %2: %3\n")
                           .arg(AuditSeverities::key(f.severity), -8)
                           .arg(f.check, oneLine(f.summary));
            if (!f.action.isEmpty())
                out += QStringLiteral("           %1\n").arg(oneLine(f.action));
        }
    }
    out += QLatin1Char('\n') + AuditSummary::of(results, warnDays, now).text(warnDays)
            + QLatin1Char('\n');
    return out;
}

std::optional<int> boundedNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

QString AuditCommand::help()
{
    return tr("  audit [PROFILE...] [--all] [--hosts FILE [--ssl-ca F]] [--login]\n"
              "        [--concurrency N] [--warn-days D] [--connect-timeout S]\n"
              "        [--json] [--prometheus FILE] [--junit FILE]\n"
              "                            audit the TLS of every saved profile (or those "
              "named) and/or\n"
              "                            the HOST[:PORT] lines of FILE (verify-identity "
              "against the\n"
              "                            system's CAs or F): protocol versions, chain, "
              "expiry, changes;\n"
              "                            with --login also the server's TLS settings, "
              "accounts and\n"
              "                            sessions without TLS (over verified TLS only). A "
              "table, or\n"
              "                            JSON; a Prometheus textfile and JUnit XML written "
              "atomically.\n"
              "                            Exit 0 all ok, 1 a warning, 2 a failure, 130 "
              "interrupted\n");
}

int AuditCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption hosts(QStringLiteral("hosts"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ssl-ca"), QString(), QStringLiteral("F"));
    const QCommandLineOption login(QStringLiteral("login"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QString(),
                                         QStringLiteral("N"));
    const QCommandLineOption warnDays(QStringLiteral("warn-days"), QString(), QStringLiteral("D"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption prometheus(QStringLiteral("prometheus"), QString(),
                                        QStringLiteral("FILE"));
    const QCommandLineOption junit(QStringLiteral("junit"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("connect-timeout"), QString(),
                                     QStringLiteral("S"));
    for (const QCommandLineOption &o :
         {all, hosts, ca, login, concurrency, warnDays, json, prometheus, junit, timeout})
        parser.addOption(o);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    // Each option once: a second --prometheus would silently win over the first.
    for (const QCommandLineOption &o :
         {hosts, ca, concurrency, warnDays, prometheus, junit, timeout}) {
        if (parser.values(o).size() > 1)
            return usage(tr("--%1 is given more than once").arg(o.names().first()));
    }
    const QStringList names = parser.positionalArguments();
    if (parser.isSet(all) && !names.isEmpty())
        return usage(tr("give profiles or --all, not both"));
    if (parser.isSet(ca) && !parser.isSet(hosts))
        return usage(tr("--ssl-ca goes with --hosts; a saved profile has its own CA file"));
    const bool auditsProfiles = parser.isSet(all) || !names.isEmpty() || !parser.isSet(hosts);
    if (parser.isSet(login) && !auditsProfiles)
        return usage(tr("--login logs in with saved profiles' credentials; --hosts targets are "
                        "never logged in to"));

    AuditOptions options;
    options.login = parser.isSet(login);
    if (parser.isSet(concurrency)) {
        const std::optional<int> n = boundedNumber(parser.value(concurrency), 1, 256);
        if (!n)
            return usage(tr("--concurrency must be a number between 1 and 256"));
        options.concurrency = *n;
    }
    if (parser.isSet(warnDays)) {
        const std::optional<int> n = boundedNumber(parser.value(warnDays), 0, 36500);
        if (!n)
            return usage(tr("--warn-days must be a number of days between 0 and 36500"));
        options.warnDays = *n;
    }
    int timeoutSeconds = Profile::defaultConnectTimeoutSeconds;
    if (parser.isSet(timeout)) {
        const std::optional<int> n
                = boundedNumber(parser.value(timeout), 1, Profile::maxConnectTimeoutSeconds);
        if (!n)
            return usage(tr("--connect-timeout must be a number of seconds between 1 and %1")
                                 .arg(Profile::maxConnectTimeoutSeconds));
        timeoutSeconds = *n;
        options.timeout = std::chrono::seconds(*n);
    }
    // Where the reports go: checked before anything is audited, so that a typo costs no audit.
    QString prometheusPath;
    QString junitPath;
    for (const auto &[option, path] :
         {std::pair {&prometheus, &prometheusPath}, std::pair {&junit, &junitPath}}) {
        if (!parser.isSet(*option))
            continue;
        *path = QFileInfo(parser.value(*option)).absoluteFilePath();
        const QFileInfo folder(QFileInfo(*path).absolutePath());
        if (QFileInfo(*path).isDir())
            return usage(tr("--%1: %2 is a folder; give a file name")
                                 .arg(option->names().first(),
                                      QDir::toNativeSeparators(parser.value(*option))));
        if (!folder.isDir())
            return fail(tr("--%1: the folder %2 does not exist")
                                .arg(option->names().first(),
                                     QDir::toNativeSeparators(folder.filePath())));
    }
    if (!prometheusPath.isEmpty() && prometheusPath == junitPath)
        return usage(tr("--prometheus and --junit name the same file"));

    // What to audit: saved profiles, then the lines of the hosts file.
    QList<AuditTarget> targets;
    if (auditsProfiles) {
        QList<Profile> chosen;
        if (names.isEmpty()) {
            chosen = m_cli.store().profiles();
        } else {
            QSet<QUuid> seen;
            for (const QString &name : names) {
                const std::optional<Profile> found = m_cli.findProfile(name);
                if (!found)
                    return Failure;
                if (!seen.contains(found->id))
                    chosen << *found;
                seen.insert(found->id);
            }
        }
        for (const Profile &p : std::as_const(chosen)) {
            AuditTarget t;
            t.profile = p;
            if (parser.isSet(timeout))
                t.profile.connectTimeoutSeconds = timeoutSeconds;
            targets << t;
        }
    }
    int result = Success;
    if (parser.isSet(hosts)) {
        QString caFile;
        if (parser.isSet(ca)) {
            const QFileInfo info(parser.value(ca));
            const QString shown = QDir::toNativeSeparators(parser.value(ca));
            if (!info.exists())
                return fail(tr("--ssl-ca: %1 does not exist").arg(shown));
            if (!info.isFile() || !info.isReadable())
                return fail(tr("--ssl-ca: %1 cannot be read (check its permissions)").arg(shown));
            caFile = info.absoluteFilePath();
        }
        const QString file = parser.value(hosts);
        HostsFile::Parsed parsed;
        if (file == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return fail(tr("could not read standard input"));
            parsed = HostsFile::parse(in.readAll(), caFile, timeoutSeconds);
        } else {
            parsed = HostsFile::read(file, caFile, timeoutSeconds);
        }
        if (!parsed.error.isEmpty())
            return fail(tr("--hosts: %1").arg(parsed.error));
        // Each bad line on its own, the rest audited; the run then counts as failed, as those
        // servers were not audited.
        for (const HostsFile::LineProblem &p : std::as_const(parsed.problems)) {
            //: A bad line of a --hosts file: "hosts.txt:12: <problem> (<the line>)"
            m_cli.note(tr("%1:%2: %3 (%4)")
                               .arg(QDir::toNativeSeparators(file))
                               .arg(p.line)
                               .arg(p.problem, oneLine(p.text.trimmed())));
            result = Failure;
        }
        targets << parsed.targets;
    }
    if (targets.isEmpty())
        return fail(auditsProfiles && !parser.isSet(hosts)
                            ? tr("there are no saved profiles to audit")
                            : tr("nothing to audit"));

    // The last audit: each server certificate it saw, so that a new one is a finding.
    const bool keepsHistory = std::any_of(targets.cbegin(), targets.cend(),
                                          [](const AuditTarget &t) { return t.saved; });
    AuditHistory history;
    AuditHistory::Loaded previous;
    if (keepsHistory) {
        previous = history.load();
        if (!previous.error.isEmpty())
            m_cli.note(previous.error);
        options.previousLeafSha256 = AuditHistory::leafFingerprints(previous.results);
    }

    // --login: the secrets of each profile, read before the audit starts; a profile whose
    // secrets cannot be read is audited without login, with a notice that says why.
    if (options.login) {
        QString keychainDown;
        for (const AuditTarget &t : std::as_const(targets)) {
            if (!t.saved)
                continue;
            const Profile &p = t.profile;
            if (p.passwordSource.kind == PasswordSource::Kind::Ask) {
                options.secretProblems.insert(
                        p.id,
                        tr("the profile asks for its password every time; the audit does "
                           "not ask"));
                continue;
            }
            if (!keychainDown.isEmpty()) {
                options.secretProblems.insert(p.id, keychainDown);
                continue;
            }
            const CliContext::Secrets stored = m_cli.readStoredSecrets(p);
            if (stored.keychainUnavailable)
                keychainDown = stored.problems.value(0);
            if (!stored.problems.isEmpty()) {
                options.secretProblems.insert(p.id, stored.problems.join(QLatin1Char(' ')));
            } else if (stored.passwordMissing) {
                options.secretProblems.insert(p.id,
                                              tr("no password for this profile is in the "
                                                 "keychain"));
            } else {
                options.secrets.insert(p.id,
                                       ConnectionSecrets(stored.password, stored.keyPassphrase,
                                                         stored.sshPassword,
                                                         stored.sshKeyPassphrase));
            }
        }
    }

    // The audit, with progress on standard error: a live line on a terminal, else one line per
    // finished target (for logs).
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const bool live = ::isatty(STDERR_FILENO) != 0;
    const int width = live ? terminalWidth() : 0;
    QList<std::optional<AuditResult>> byIndex(targets.size());
    QStringList running;
    int done = 0;
    bool cancelled = false;
    bool interrupted = false;

    FleetAudit audit(targets, options);
    options.secrets.clear();
    QEventLoop loop;
    const int total = audit.total();
    const auto showLive = [&] {
        QString line = tr("audit: %1/%2 done").arg(done).arg(total);
        if (!running.isEmpty())
            line += tr(", checking %1").arg(oneLine(running.last()));
        if (line.size() >= width)
            line = line.left(width - 2) + QChar(0x2026);
        m_err << QStringLiteral("\r\033[K") << line;
        m_err.flush();
    };
    QObject::connect(&audit, &FleetAudit::targetStarted, &loop,
                     [&](int, const QString &displayName) {
                         running << displayName;
                         if (live)
                             showLive();
                     });
    QObject::connect(&audit, &FleetAudit::targetFinished, &loop,
                     [&](int index, const AuditResult &r) {
                         ++done;
                         running.removeOne(r.target.displayName());
                         if (index >= 0 && index < byIndex.size())
                             byIndex[index] = r;
                         if (live) {
                             showLive();
                         } else {
                             m_err << QStringLiteral("[%1/%2] %3 %4: %5")
                                              .arg(done)
                                              .arg(total)
                                              .arg(oneLine(r.target.displayName()),
                                                   oneLine(r.target.profile.addressText()),
                                                   AuditSeverities::key(r.severity()))
                                   << Qt::endl;
                         }
                     });
    bool over = false;
    QObject::connect(&audit, &FleetAudit::finished, &loop, [&](bool wasCancelled) {
        cancelled = wasCancelled;
        over = true;
        loop.quit();
    });
    InterruptWatcher interrupts;
    std::unique_ptr<QSocketNotifier> onInterrupt;
    if (interrupts.readFd() >= 0) {
        onInterrupt = std::make_unique<QSocketNotifier>(interrupts.readFd(), QSocketNotifier::Read);
        QObject::connect(onInterrupt.get(), &QSocketNotifier::activated, &loop, [&] {
            char byte = 0;
            while (::read(interrupts.readFd(), &byte, 1) > 0) { }
            onInterrupt->setEnabled(false);
            interrupted = true;
            audit.cancel();
        });
    }
    audit.start();
    if (!over)
        loop.exec();
    if (live) {
        m_err << QStringLiteral("\r\033[K");
        m_err.flush();
    }
    if (interrupted || cancelled) {
        m_cli.note(tr("audit interrupted after %1 of %2 targets; nothing was written")
                           .arg(done)
                           .arg(total));
        return Interrupted;
    }
    const QDateTime finishedAt = QDateTime::currentDateTimeUtc();

    // In the order the targets were given: profiles as stored or named, then the file's lines.
    QList<AuditResult> results;
    for (const std::optional<AuditResult> &r : std::as_const(byIndex)) {
        if (r)
            results << *r;
    }
    if (results.size() < total) {
        // A target that never reported: whatever the engine has, in the order it finished.
        QSet<QString> have;
        for (const AuditResult &r : std::as_const(results))
            have.insert(r.target.key());
        for (const AuditResult &r : audit.results()) {
            if (!have.contains(r.target.key()))
                results << r;
        }
    }

    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(
                QJsonDocument(AuditFormats::runToJson(results, options.warnDays, startedAt))
                        .toJson(QJsonDocument::Indented));
    } else {
        m_out << table(results, options.warnDays, finishedAt);
    }
    m_out.flush();

    if (!prometheusPath.isEmpty()) {
        const QString error = AuditFormats::writeAtomically(
                prometheusPath, AuditFormats::prometheus(results, options.warnDays, finishedAt));
        if (!error.isEmpty()) {
            m_cli.note(error);
            result = Failure;
        }
    }
    if (!junitPath.isEmpty()) {
        const QString error
                = AuditFormats::writeAtomically(junitPath, AuditFormats::junit(results, startedAt));
        if (!error.isEmpty()) {
            m_cli.note(error);
            result = Failure;
        }
    }

    if (keepsHistory) {
        QSet<QUuid> stillSaved;
        for (const Profile &p : m_cli.store().profiles())
            stillSaved.insert(p.id);
        const QString error
                = history.save(AuditHistory::merge(previous.results, results, stillSaved),
                               options.warnDays, startedAt);
        if (!error.isEmpty())
            m_cli.note(tr("warning: this audit was not kept as the last audit: %1").arg(error));
    }

    AuditSeverity worst = AuditSeverity::Ok;
    for (const AuditResult &r : std::as_const(results))
        worst = std::max(worst, r.severity());
    const int judged = worst == AuditSeverity::Failure ? Failure
            : worst == AuditSeverity::Warning          ? Weaker
                                                       : Success;
    return std::max(result, judged);
}
