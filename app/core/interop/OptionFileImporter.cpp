// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionFileImporter.h"

#include "ClientOptions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcInterop)

namespace {

const QStringList &baseGroups()
{
    // In the order the clients read them: later groups win.
    static const QStringList groups {QStringLiteral("client"), QStringLiteral("client-server"),
                                     QStringLiteral("client-mariadb"), QStringLiteral("mysql"),
                                     QStringLiteral("mariadb-client")};
    return groups;
}

bool isServerOrToolGroup(const QString &group)
{
    static const QStringList prefixes {
            QStringLiteral("mysqld"),        QStringLiteral("mariadbd"),
            QStringLiteral("server"),        QStringLiteral("galera"),
            QStringLiteral("embedded"),      QStringLiteral("mysqldump"),
            QStringLiteral("mysqladmin"),    QStringLiteral("mysqlcheck"),
            QStringLiteral("mysqlimport"),   QStringLiteral("mysqlshow"),
            QStringLiteral("mysqlslap"),     QStringLiteral("mysqlbinlog"),
            QStringLiteral("mysql-upgrade"), QStringLiteral("mysqlhotcopy"),
            QStringLiteral("mariadb-"),      QStringLiteral("mariabackup"),
            QStringLiteral("xtrabackup"),    QStringLiteral("sst"),
            QStringLiteral("myisamchk"),     QStringLiteral("aria-chk"),
            QStringLiteral("safe-mysqld"),   QStringLiteral("mysqld-multi"),
            QStringLiteral("manager"),       QStringLiteral("isamchk"),
    };
    if (group == QLatin1String("mariadb") || group == QLatin1String("mysql-cluster"))
        return true;
    for (const QString &prefix : prefixes) {
        if (group.startsWith(prefix) && !baseGroups().contains(group))
            return true;
    }
    return false;
}

QString unescape(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= value.size()) {
            out += c;
            continue;
        }
        const QChar n = value.at(i + 1);
        switch (n.unicode()) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 's':
            out += QLatin1Char(' ');
            break;
        case '\\':
        case '"':
        case '\'':
            out += n;
            break;
        default:
            // Windows paths (C:\ssl\ca.pem): the clients keep the backslash.
            out += c;
            out += n;
            break;
        }
        ++i;
    }
    return out;
}

QString parseValue(QStringView raw)
{
    const QStringView v = raw.trimmed();
    if (v.size() >= 2 && (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\''))) {
        const QChar quote = v.front();
        // The closing quote; anything after it (a comment) is ignored.
        for (qsizetype i = 1; i < v.size(); ++i) {
            if (v.at(i) == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (v.at(i) == quote)
                return unescape(v.mid(1, i - 1));
        }
    }
    QStringView unquoted = v;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('#') && (i == 0 || v.at(i - 1).isSpace())) {
            unquoted = v.left(i).trimmed();
            break;
        }
    }
    return unescape(unquoted);
}

struct Reader
{
    QMap<QString, ClientOptions> groups;
    QStringList groupOrder;
    QStringList warnings;
    QStringList stack; // canonical paths being read, for cycle detection
    int filesRead = 0;
    QString error;
    // The canonical folder of the file being imported: includes that leave it are named in a
    // warning (a ~/.my.cnf that pulls in /etc/... or a symlink out of its folder).
    QString rootFolder;

    void warnIfOutside(const QString &origin, int lineNumber, const QString &target);

    void readFile(const QString &path, int depth);
    void readText(const QByteArray &bytes, const QString &origin, const QString &includeBase,
                  int depth);
};

void Reader::readFile(const QString &path, int depth)
{
    if (!error.isEmpty())
        return;
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        error = OptionFileImporter::tr("\"%1\" does not exist").arg(path);
        return;
    }
    if (stack.contains(canonical)) {
        error = OptionFileImporter::tr("\"%1\" includes itself (through %2)")
                        .arg(path, stack.join(QStringLiteral(" → ")));
        return;
    }
    if (depth > OptionFileImporter::maxIncludeDepth) {
        error = OptionFileImporter::tr("includes are nested more than %1 levels deep at \"%2\"")
                        .arg(OptionFileImporter::maxIncludeDepth)
                        .arg(path);
        return;
    }
    if (++filesRead > OptionFileImporter::maxFiles) {
        error = OptionFileImporter::tr("more than %1 files are included")
                        .arg(OptionFileImporter::maxFiles);
        return;
    }
    if (!info.isFile()) {
        error = OptionFileImporter::tr("\"%1\" is not a file").arg(path);
        return;
    }
    if (info.size() > OptionFileImporter::maxFileBytes) {
        error = OptionFileImporter::tr("\"%1\" is too large for an option file (%2 bytes; at most "
                                       "%3)")
                        .arg(path)
                        .arg(info.size())
                        .arg(OptionFileImporter::maxFileBytes);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = OptionFileImporter::tr("cannot read \"%1\": %2").arg(path, file.errorString());
        return;
    }
    const QByteArray bytes = file.read(OptionFileImporter::maxFileBytes + 1);
    if (bytes.size() > OptionFileImporter::maxFileBytes) {
        error = OptionFileImporter::tr("\"%1\" is too large for an option file").arg(path);
        return;
    }
    stack << canonical;
    readText(bytes, path, info.absolutePath(), depth);
    stack.removeLast();
}

void Reader::warnIfOutside(const QString &origin, int lineNumber, const QString &target)
{
    if (rootFolder.isEmpty() || rootFolder == QLatin1String("/"))
        return;
    const QFileInfo info(target);
    const QString named = QDir::cleanPath(info.absoluteFilePath());
    // Symbolic links count where they lead.
    const QString canonical = info.exists() ? info.canonicalFilePath() : named;
    if (canonical.startsWith(rootFolder + QLatin1Char('/')))
        return;
    warnings << (canonical == named
                         ? OptionFileImporter::tr("%1, line %2: includes \"%3\", which is outside "
                                                  "the folder %4; its settings are part of this "
                                                  "import.")
                                   .arg(origin)
                                   .arg(lineNumber)
                                   .arg(named, rootFolder)
                         : OptionFileImporter::tr("%1, line %2: includes \"%3\", a link to \"%4\" "
                                                  "outside the folder %5; its settings are part of "
                                                  "this import.")
                                   .arg(origin)
                                   .arg(lineNumber)
                                   .arg(named, canonical, rootFolder));
}

void Reader::readText(const QByteArray &bytes, const QString &origin, const QString &includeBase,
                      int depth)
{
    if (bytes.contains('\0')) {
        error = OptionFileImporter::tr("\"%1\" is not a text file").arg(origin);
        return;
    }
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString group;
    int lineNumber = 0;
    for (const QString &rawLine : lines) {
        if (!error.isEmpty())
            return;
        ++lineNumber;
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('!'))) {
            const qsizetype space = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
            const QString directive = line.left(space < 0 ? line.size() : space).toLower();
            const QString argument = space < 0 ? QString() : line.mid(space).trimmed();
            if (directive != QLatin1String("!include")
                && directive != QLatin1String("!includedir")) {
                warnings << OptionFileImporter::tr("%1, line %2: unknown directive \"%3\"")
                                    .arg(origin)
                                    .arg(lineNumber)
                                    .arg(directive);
                continue;
            }
            if (includeBase.isEmpty() || argument.isEmpty()) {
                warnings << OptionFileImporter::tr("%1, line %2: \"%3\" not followed")
                                    .arg(origin)
                                    .arg(lineNumber)
                                    .arg(line);
                continue;
            }
            const QString target = QDir(includeBase).absoluteFilePath(argument);
            if (directive == QLatin1String("!include")) {
                warnIfOutside(origin, lineNumber, target);
                readFile(target, depth + 1);
            } else {
                const QDir dir(target);
                if (!dir.exists()) {
                    warnings << OptionFileImporter::tr("%1, line %2: folder \"%3\" does not exist")
                                        .arg(origin)
                                        .arg(lineNumber)
                                        .arg(target);
                    continue;
                }
                const QStringList files = dir.entryList({QStringLiteral("*.cnf")},
                                                        QDir::Files | QDir::Readable, QDir::Name);
                for (const QString &f : files) {
                    warnIfOutside(origin, lineNumber, dir.absoluteFilePath(f));
                    readFile(dir.absoluteFilePath(f), depth + 1);
                }
            }
            continue;
        }
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype end = line.indexOf(QLatin1Char(']'));
            if (end < 0) {
                warnings << OptionFileImporter::tr("%1, line %2: group header without \"]\"")
                                    .arg(origin)
                                    .arg(lineNumber);
                group.clear();
                continue;
            }
            group = line.mid(1, end - 1).trimmed().toLower();
            group.replace(QLatin1Char('_'), QLatin1Char('-'));
            if (!groupOrder.contains(group))
                groupOrder << group;
            continue;
        }
        if (group.isEmpty()) {
            warnings << OptionFileImporter::tr("%1, line %2: option outside any group ignored")
                                .arg(origin)
                                .arg(lineNumber);
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString name = (equals < 0 ? line : line.left(equals)).trimmed();
        const QString value
                = equals < 0 ? QString() : parseValue(QStringView(line).mid(equals + 1));
        groups[group].set(name, value);
    }
}

ImportResult build(Reader &reader, const QString &origin)
{
    ImportResult result;
    result.format = OptionFileImporter::formatName();
    if (!reader.error.isEmpty()) {
        result.error = reader.error;
        return result;
    }
    result.warnings = reader.warnings;
    ClientOptions base;
    QStringList baseUsed;
    for (const QString &g : baseGroups()) {
        if (reader.groups.contains(g)) {
            base.mergeFrom(reader.groups.value(g));
            baseUsed << QLatin1Char('[') + g + QLatin1Char(']');
        }
    }
    QStringList named;
    for (const QString &g : std::as_const(reader.groupOrder)) {
        if (baseGroups().contains(g))
            continue;
        if (isServerOrToolGroup(g)) {
            result.notCarried
                    << OptionFileImporter::tr("group [%1] (not a client connection)").arg(g);
            continue;
        }
        named << g;
    }
    auto addPasswordWarning = [&result, &origin](const ImportResult::Connection &c) {
        if (!c.password.isEmpty())
            result.warnings << OptionFileImporter::tr(
                                       "The password of \"%1\" is stored in clear text in %2. "
                                       "Store it in the keychain and remove it from that file.")
                                       .arg(c.profile.name, origin);
    };
    if (!base.isEmpty() && (named.isEmpty() || base.contains(QStringLiteral("host")))) {
        ImportResult::Connection c
                = base.toConnection({},
                                    OptionFileImporter::tr("groups %1 of %2")
                                            .arg(baseUsed.join(QLatin1Char(' ')), origin));
        addPasswordWarning(c);
        result.connections << c;
    }
    for (const QString &g : std::as_const(named)) {
        ClientOptions options = base;
        options.mergeFrom(reader.groups.value(g));
        ImportResult::Connection c = options.toConnection(
                g, OptionFileImporter::tr("group [%1] of %2").arg(g, origin));
        addPasswordWarning(c);
        result.connections << c;
    }
    if (result.connections.isEmpty())
        result.error = OptionFileImporter::tr("%1 holds no client connection settings").arg(origin);
    qCDebug(lcInterop) << "option file" << origin << "connections:" << result.connections.size();
    return result;
}

} // namespace

QString OptionFileImporter::formatName()
{
    return tr("MySQL option file");
}

ImportResult OptionFileImporter::importFile(const QString &path)
{
    Reader reader;
    // The folder as named (relative includes are looked up there), with its links resolved.
    reader.rootFolder = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    reader.readFile(path, 0);
    return build(reader, path);
}

ImportResult OptionFileImporter::importText(const QByteArray &text, const QString &origin,
                                            const QString &includeBase)
{
    if (text.size() > maxFileBytes)
        return ImportResult::failure(formatName(),
                                     tr("\"%1\" is too large for an option file").arg(origin));
    Reader reader;
    if (!includeBase.isEmpty())
        reader.rootFolder = QFileInfo(includeBase).canonicalFilePath();
    reader.readText(text, origin, includeBase, 0);
    return build(reader, origin);
}
