// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

// A program started with its standard input on a pipe that stays open (so it waits there), in
// its own working directory (where a core file would be written).
struct Spawned
{
    pid_t pid = -1;
    int stdinFd = -1;
    QString error;
};

Spawned spawn(const QStringList &command, const QString &workingDirectory,
              const QStringList &extraEnvironment)
{
    Spawned s;
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        s.error = QStringLiteral("pipe failed");
        return s;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[0], STDIN_FILENO);
    const QByteArray dir = QFile::encodeName(workingDirectory);
    posix_spawn_file_actions_addchdir_np(&actions, dir.constData());

    QList<QByteArray> args;
    for (const QString &a : command)
        args << QFile::encodeName(a);
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    // The extra variables replace inherited ones of the same name.
    QList<QByteArray> env;
    for (const QString &e : extraEnvironment)
        env << e.toLocal8Bit();
    for (char **e = environ; *e; ++e) {
        const QByteArray inherited(*e);
        const QByteArray name = inherited.left(inherited.indexOf('=') + 1);
        if (std::none_of(env.cbegin(), env.cend(),
                         [&name](const QByteArray &set) { return set.startsWith(name); }))
            env << inherited;
    }
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    const int rc = ::posix_spawn(&s.pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[0]);
    if (rc != 0) {
        ::close(pipeFds[1]);
        s.pid = -1;
        s.error = QStringLiteral("posix_spawn %1: %2").arg(command.first(), qt_error_string(rc));
        return s;
    }
    s.stdinFd = pipeFds[1];
    return s;
}

// The soft "Max core file size" of a running process, as the kernel reports it.
QString coreLimit(pid_t pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.mid(26)).simplified().section(QLatin1Char(' '), 0, 0);
    }
    return {};
}

struct Ended
{
    int signal = 0;
    bool coreDumped = false;
};

// Ends the process with SIGQUIT, whose default action is to write a core file.
Ended quit(Spawned &s)
{
    Ended e;
    ::kill(s.pid, SIGQUIT);
    int status = 0;
    ::waitpid(s.pid, &status, 0);
    ::close(s.stdinFd);
    s.pid = -1;
    if (WIFSIGNALED(status)) {
        e.signal = WTERMSIG(status);
        e.coreDumped = WCOREDUMP(status);
    }
    return e;
}

constexpr uid_t unprivilegedUid = 65534; // nobody

QStringList unprivileged(const QString &setpriv)
{
    const QString id = QString::number(unprivilegedUid);
    return {setpriv, QStringLiteral("--reuid=") + id, QStringLiteral("--regid=") + id,
            QStringLiteral("--clear-groups")};
}

QStringList coreFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("core*")}, QDir::Files);
}

} // namespace

// Passwords, key passphrases and decrypted keys pass through sslcm's memory: neither program may
// leave that memory in a core file or open to other processes of the user.
class tst_ProcessHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noCoreDumps_data();
    void noCoreDumps();

private:
    rlimit m_savedCoreLimit {};
    QString m_setpriv;
    bool m_unprivileged = false;
    bool m_environmentDumpsCores = false;
};

void tst_ProcessHardening::initTestCase()
{
    // Children inherit the largest core limit allowed: whatever is 0 afterwards, the program set.
    QCOMPARE(::getrlimit(RLIMIT_CORE, &m_savedCoreLimit), 0);
    const rlimit raised {m_savedCoreLimit.rlim_max, m_savedCoreLimit.rlim_max};
    QCOMPARE(::setrlimit(RLIMIT_CORE, &raised), 0);

    // Control: can a process that does nothing about it dump core here at all? (Not when the
    // hard limit is 0, or core_pattern pipes to a helper that is missing.)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Spawned cat = spawn({QStringLiteral("/bin/cat")}, dir.path(), {});
    QVERIFY2(cat.pid > 0, qPrintable(cat.error));
    QTRY_COMPARE(coreLimit(cat.pid), QStringLiteral("unlimited"));
    const Ended ended = quit(cat);
    QCOMPARE(ended.signal, SIGQUIT);
    m_environmentDumpsCores = ended.coreDumped;

    m_setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (::getuid() == 0 && !m_setpriv.isEmpty()) {
        Spawned trial
                = spawn(unprivileged(m_setpriv) << QStringLiteral("/bin/true"), dir.path(), {});
        int status = -1;
        if (trial.pid > 0) {
            ::waitpid(trial.pid, &status, 0);
            ::close(trial.stdinFd);
        }
        m_unprivileged = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
}

void tst_ProcessHardening::cleanupTestCase()
{
    ::setrlimit(RLIMIT_CORE, &m_savedCoreLimit);
}

void tst_ProcessHardening::noCoreDumps_data()
{
    QTest::addColumn<QStringList>("command");
    // Waits for a password on standard input.
    QTest::newRow("sslcm-cli") << QStringList {QStringLiteral(SSLCM_CLI_PATH),
                                               QStringLiteral("profiles"),
                                               QStringLiteral("add"),
                                               QStringLiteral("--name"),
                                               QStringLiteral("Shop"),
                                               QStringLiteral("--host"),
                                               QStringLiteral("db.example.com"),
                                               QStringLiteral("--password-stdin")};
    // Waits in its event loop.
    QTest::newRow("sslcm") << QStringList {QStringLiteral(SSLCM_GUI_PATH)};
}

void tst_ProcessHardening::noCoreDumps()
{
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString work = dir.filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(work));
    uid_t runsAsUser = ::getuid();
    if (m_unprivileged) {
        // As root, the program runs as nobody: only for a user other than root does the owner of
        // /proc/PID tell whether the process is dumpable.
        runsAsUser = unprivilegedUid;
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadOther | QFile::ExeOther));
        for (const QString &d : {home, work})
            QCOMPARE(::chown(QFile::encodeName(d).constData(), unprivilegedUid, unprivilegedUid),
                     0);
        // A copy nobody may run: the build tree may lie in a folder only root can enter (a
        // clone under /root).
        const QString program = dir.filePath(QFileInfo(command.first()).fileName());
        QVERIFY(QFile::copy(command.first(), program));
        QVERIFY(QFile::setPermissions(program,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadOther | QFile::ExeOther));
        command.first() = program;
        command = unprivileged(m_setpriv) + command;
    }
    Spawned program = spawn(command, work,
                            {QStringLiteral("HOME=") + home,
                             QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
                             QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/.local"),
                             QStringLiteral("DBUS_SESSION_BUS_ADDRESS=disabled:"),
                             QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    QVERIFY2(program.pid > 0, qPrintable(program.error));
    const auto cleanup = qScopeGuard([&] {
        if (program.pid > 0)
            quit(program);
    });

    // The first thing main() does; the process then waits (for its password, or in its loop).
    QTRY_COMPARE_WITH_TIMEOUT(coreLimit(program.pid), QStringLiteral("0"), 10000);
    // Not dumpable (PR_SET_DUMPABLE 0): the kernel hands the process's /proc files to root, out
    // of reach of the user's other processes (a dumpable one's belong to its user).
    // Waited for, not just read: under AddressSanitizer the runtime itself sets the core limit
    // to 0 before main() runs.
    if (runsAsUser != 0) {
        const QByteArray environ
                = QStringLiteral("/proc/%1/environ").arg(program.pid).toLocal8Bit();
        auto owner = [&environ] {
            struct stat st
            {
            };
            return ::stat(environ.constData(), &st) == 0 ? qint64(st.st_uid) : qint64(-1);
        };
        QTRY_COMPARE_WITH_TIMEOUT(owner(), qint64(0), 10000);
    } else {
        QWARN("Running as root without setpriv: whether the process is dumpable was not checked.");
    }

    const Ended ended = quit(program);
    QCOMPARE(ended.signal, SIGQUIT);
    QVERIFY2(!ended.coreDumped, "the process wrote a core file");
    QCOMPARE(coreFiles(work), QStringList());
    if (!m_environmentDumpsCores)
        QSKIP("This system writes no core files even for processes that allow them; only the "
              "core limit was checked.");
}

QTEST_GUILESS_MAIN(tst_ProcessHardening)
#include "tst_processhardening.moc"
