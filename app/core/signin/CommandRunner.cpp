// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

using Outcome = CommandRunner::Result::Outcome;

// The longest the loop waits before it looks at the cancel flag, the clock and the child again.
constexpr std::chrono::milliseconds pollInterval = 50ms;
// Once both pipes are closed, the child is about to exit: look again sooner.
constexpr std::chrono::milliseconds exitPollInterval = 5ms;
constexpr qsizetype readChunk = 4096;

class Pipe
{
public:
    Pipe()
    {
        if (::pipe2(m_fds, O_CLOEXEC) == 0)
            ::fcntl(m_fds[0], F_SETFL, ::fcntl(m_fds[0], F_GETFL) | O_NONBLOCK);
        else
            m_fds[0] = m_fds[1] = -1;
    }
    ~Pipe()
    {
        closeReadEnd();
        closeWriteEnd();
    }
    Pipe(const Pipe &) = delete;
    Pipe &operator=(const Pipe &) = delete;

    bool isValid() const { return m_fds[0] >= 0; }
    int readEnd() const { return m_fds[0]; }
    int writeEnd() const { return m_fds[1]; }
    void closeReadEnd() { closeFd(m_fds[0]); }
    void closeWriteEnd() { closeFd(m_fds[1]); }

private:
    static void closeFd(int &fd)
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    int m_fds[2];
};

// Reads what is available now without blocking, into `buffer` from `length` up to `capacity`.
// Returns false at end of file or on an error; `length` grows by what was read.
bool readAvailable(int fd, char *buffer, qsizetype capacity, qsizetype &length)
{
    while (length < capacity) {
        const ssize_t n = ::read(fd, buffer + length, size_t(capacity - length));
        if (n > 0) {
            length += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    }
    return true;
}

// Standard error: keeps the first `keep` bytes and drops the rest, reading at most `budget`
// bytes per call so that a program that never stops writing cannot hold the loop.
bool readErrorOutput(int fd, QByteArray &kept, qsizetype keep, bool &truncated)
{
    constexpr qsizetype budget = 256 * readChunk;
    char chunk[readChunk];
    for (qsizetype total = 0; total < budget;) {
        qsizetype length = 0;
        const bool open = readAvailable(fd, chunk, readChunk, length);
        total += length;
        const qsizetype room = std::max<qsizetype>(0, keep - kept.size());
        kept.append(chunk, std::min(length, room));
        truncated = truncated || length > room;
        if (!open)
            return false;
        if (length < readChunk)
            return true;
    }
    return true;
}

// Without reaping: the pid stays reserved for the process group until waitpid().
bool hasExited(pid_t pid)
{
    siginfo_t info {};
    if (::waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0)
        return errno != EINTR; // ECHILD: someone else reaped it
    return info.si_pid == pid;
}

// Like execvp(), but in the child's PATH rather than ours.
QString findProgram(const QString &program, const QProcessEnvironment &environment)
{
    if (program.contains(QLatin1Char('/')))
        return program;
    const QString path = environment.contains(QStringLiteral("PATH"))
            ? environment.value(QStringLiteral("PATH"))
            : QStringLiteral("/usr/bin:/bin");
    const QStringList dirs = path.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return dirs.isEmpty() ? QString() : QStandardPaths::findExecutable(program, dirs);
}

class CStrings
{
public:
    explicit CStrings(const QStringList &strings)
    {
        m_storage.reserve(size_t(strings.size()));
        for (const QString &s : strings)
            m_storage.push_back(QFile::encodeName(s));
        for (QByteArray &s : m_storage)
            m_pointers.push_back(s.data());
        m_pointers.push_back(nullptr);
    }
    char *const *data() { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<char *> m_pointers;
};

} // namespace

CommandRunner::Result CommandRunner::run(const Request &request, const std::atomic<bool> *cancelled)
{
    QElapsedTimer clock;
    clock.start();
    Result result;
    const QString program = request.argv.value(0);
    const auto finish = [&](Outcome outcome, const QString &problem) {
        result.outcome = outcome;
        result.problem = problem;
        result.elapsedMs = clock.elapsed();
        return result;
    };
    if (program.isEmpty())
        return finish(Outcome::NotStarted, tr("No command is set."));

    const QString path = findProgram(program, request.environment);
    if (path.isEmpty()) {
        return finish(Outcome::NotStarted,
                      tr("The program “%1” was not found in PATH; install it or give its full "
                         "path.")
                              .arg(program));
    }

    Pipe out;
    Pipe err;
    if (!out.isValid() || !err.isValid()) {
        return finish(Outcome::NotStarted,
                      tr("“%1” could not be started: %2.").arg(program, qt_error_string(errno)));
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out.writeEnd(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.writeEnd(), STDERR_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group, so that killing it also ends what it started; the signals a
    // program expects at their defaults whatever this process ignores or blocks.
    posix_spawnattr_setpgroup(&attributes, 0);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (const int signal : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD})
        sigaddset(&defaults, signal);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(
            &attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    CStrings argv(request.argv);
    CStrings envp(request.environment.toStringList());
    pid_t pid = -1;
    const QByteArray encodedPath = QFile::encodeName(path);
    const int spawnError = ::posix_spawn(&pid, encodedPath.constData(), &actions, &attributes,
                                         argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    out.closeWriteEnd();
    err.closeWriteEnd();
    if (spawnError != 0) {
        return finish(Outcome::NotStarted,
                      tr("“%1” could not be started: %2. Check that it is an executable program.")
                              .arg(program, qt_error_string(spawnError)));
    }

    // One byte more than allowed tells "too much" from "exactly the limit". Allocated once, so
    // that wiping it removes every copy of what the program printed.
    QByteArray output(request.maxOutputBytes + 1, Qt::Uninitialized);
    qsizetype outputLength = 0;
    QByteArray errorBytes;
    bool errorTruncated = false;
    bool outOpen = true;
    bool errOpen = true;
    std::optional<Outcome> stopped;
    for (;;) {
        const bool exited = hasExited(pid);
        // After the exit, the pipes hold everything the program wrote.
        if (outOpen) {
            outOpen = readAvailable(out.readEnd(), output.data(), output.size(), outputLength);
            if (outputLength > request.maxOutputBytes) {
                stopped = Outcome::OutputTooLarge;
                break;
            }
        }
        if (errOpen)
            errOpen = readErrorOutput(err.readEnd(), errorBytes, request.maxErrorBytes,
                                      errorTruncated);
        if (exited)
            break;
        if (cancelled && cancelled->load()) {
            stopped = Outcome::Cancelled;
            break;
        }
        const auto remaining = request.timeout - std::chrono::milliseconds(clock.elapsed());
        if (remaining <= 0ms) {
            stopped = Outcome::TimedOut;
            break;
        }
        pollfd fds[2];
        nfds_t count = 0;
        if (outOpen)
            fds[count++] = {out.readEnd(), POLLIN, 0};
        if (errOpen)
            fds[count++] = {err.readEnd(), POLLIN, 0};
        const auto wait = std::min(remaining, count ? pollInterval : exitPollInterval);
        ::poll(fds, count, int(wait.count()));
    }

    if (stopped) {
        ::kill(-pid, SIGKILL);
        ::kill(pid, SIGKILL);
    }
    int status = 0;
    pid_t reaped;
    do {
        reaped = ::waitpid(pid, &status, 0);
    } while (reaped < 0 && errno == EINTR);

    result.errorOutput = QString::fromUtf8(errorBytes).trimmed();
    if (errorTruncated)
        result.errorOutput += QStringLiteral(" …");
    if (stopped) {
        output.fill('\0');
        switch (*stopped) {
        case Outcome::OutputTooLarge:
            return finish(Outcome::OutputTooLarge,
                          tr("“%1” printed more than %2 bytes and was stopped; it should print "
                             "only what is asked of it.")
                                  .arg(program)
                                  .arg(request.maxOutputBytes));
        case Outcome::Cancelled:
            return finish(Outcome::Cancelled, tr("“%1” was cancelled.").arg(program));
        default:
            return finish(Outcome::TimedOut,
                          tr("“%1” did not finish within %2 seconds and was stopped; check that "
                             "it does not wait for input (it gets none) or for the network.")
                                  .arg(program)
                                  .arg(double(request.timeout.count()) / 1000.0));
        }
    }

    if (reaped == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        result.exitCode = 0;
        output.truncate(outputLength);
        result.output = output;
        return finish(Outcome::Succeeded, QString());
    }
    output.fill('\0');
    if (reaped != pid) {
        return finish(Outcome::Failed,
                      tr("“%1” ended, but its exit status could not be read: %2.")
                              .arg(program, qt_error_string(errno)));
    }
    if (WIFSIGNALED(status)) {
        return finish(Outcome::Failed,
                      tr("“%1” was killed by signal %2 (%3); run it in a terminal to see why.")
                              .arg(program)
                              .arg(WTERMSIG(status))
                              .arg(QString::fromLocal8Bit(strsignal(WTERMSIG(status)))));
    }
    result.exitCode = WEXITSTATUS(status);
    return finish(Outcome::Failed,
                  tr("“%1” failed (exit status %2); its error output may say why, or run it in a "
                     "terminal to find out.")
                          .arg(program)
                          .arg(result.exitCode));
}
