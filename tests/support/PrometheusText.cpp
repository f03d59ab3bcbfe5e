// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusText.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cmath>

QList<PrometheusText::Sample> PrometheusText::find(const QString &name,
                                                   const QMap<QString, QString> &match) const
{
    QList<Sample> found;
    for (const Sample &s : families.value(name).samples) {
        bool all = true;
        for (auto it = match.cbegin(); it != match.cend(); ++it)
            all = all && s.labels.contains(it.key()) && s.labels.value(it.key()) == it.value();
        if (all)
            found << s;
    }
    return found;
}

std::optional<double> PrometheusText::value(const QString &name,
                                            const QMap<QString, QString> &match) const
{
    const QList<Sample> found = find(name, match);
    if (found.size() != 1)
        return std::nullopt;
    return found.first().value;
}

namespace {

bool isMetricName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return re.match(name).hasMatch();
}

bool isLabelName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch() && !name.startsWith(QLatin1String("__"));
}

std::optional<double> parseValue(const QString &text)
{
    if (text == QLatin1String("+Inf"))
        return INFINITY;
    if (text == QLatin1String("-Inf"))
        return -INFINITY;
    if (text == QLatin1String("NaN"))
        return NAN;
    static const QRegularExpression re(
            QStringLiteral("^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

PrometheusText PrometheusText::parse(const QByteArray &bytes)
{
    PrometheusText e;
    if (!bytes.isEmpty() && !bytes.endsWith('\n')) {
        e.error = QStringLiteral("the last line has no line feed");
        return e;
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        e.error = QStringLiteral("not UTF-8");
        return e;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeLast(); // after the final line feed
    QString current;    // the family whose samples are being read
    QSet<QString> finished;
    QSet<QString> series;
    for (int n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        auto fail = [&](const QString &why) {
            e.error = QStringLiteral("line %1: %2: %3").arg(n + 1).arg(why, line);
            return e;
        };
        if (line.isEmpty())
            return fail(QStringLiteral("empty line"));
        if (line.startsWith(QLatin1Char('#'))) {
            static const QRegularExpression meta(QStringLiteral("^# (HELP|TYPE) (\\S+) (.*)$"));
            const QRegularExpressionMatch m = meta.match(line);
            if (!m.hasMatch())
                return fail(QStringLiteral("a comment that is neither HELP nor TYPE"));
            const QString name = m.captured(2);
            if (!isMetricName(name))
                return fail(QStringLiteral("bad metric name"));
            if (finished.contains(name) || (current != name && e.families.contains(name)))
                return fail(QStringLiteral("a second block for one family"));
            if (!current.isEmpty() && current != name)
                finished.insert(current);
            current = name;
            Family &f = e.families[name];
            if (!f.samples.isEmpty())
                return fail(QStringLiteral("HELP or TYPE after samples"));
            if (m.captured(1) == QLatin1String("HELP")) {
                if (!f.help.isEmpty())
                    return fail(QStringLiteral("two HELP lines"));
                // Only \\ and \n are escapes in HELP text.
                const QString h = m.captured(3);
                for (int i = 0; i < h.size(); ++i) {
                    if (h.at(i) == QLatin1Char('\\')) {
                        if (i + 1 >= h.size()
                            || (h.at(i + 1) != QLatin1Char('\\')
                                && h.at(i + 1) != QLatin1Char('n')))
                            return fail(QStringLiteral("bad escape in HELP"));
                        ++i;
                    }
                }
                f.help = h;
                if (f.help.isEmpty())
                    return fail(QStringLiteral("empty HELP"));
            } else {
                static const QStringList types {QStringLiteral("gauge"), QStringLiteral("counter"),
                                                QStringLiteral("untyped"),
                                                QStringLiteral("summary"),
                                                QStringLiteral("histogram")};
                if (!f.type.isEmpty())
                    return fail(QStringLiteral("two TYPE lines"));
                if (!types.contains(m.captured(3)))
                    return fail(QStringLiteral("unknown TYPE"));
                f.type = m.captured(3);
            }
            continue;
        }
        // name{label="value",...} value
        int i = 0;
        while (i < line.size() && line.at(i) != QLatin1Char('{') && line.at(i) != QLatin1Char(' '))
            ++i;
        const QString name = line.left(i);
        if (!isMetricName(name))
            return fail(QStringLiteral("bad metric name"));
        if (name != current)
            return fail(QStringLiteral("a sample outside its family's block (or without "
                                       "HELP/TYPE)"));
        Family &f = e.families[name];
        if (f.help.isEmpty() || f.type.isEmpty())
            return fail(QStringLiteral("a sample before its HELP and TYPE"));
        Sample s;
        if (i < line.size() && line.at(i) == QLatin1Char('{')) {
            ++i;
            while (true) {
                if (i < line.size() && line.at(i) == QLatin1Char('}')) {
                    ++i;
                    break;
                }
                int start = i;
                while (i < line.size() && line.at(i) != QLatin1Char('='))
                    ++i;
                const QString label = line.mid(start, i - start);
                if (!isLabelName(label))
                    return fail(QStringLiteral("bad label name \"%1\"").arg(label));
                if (s.labels.contains(label))
                    return fail(QStringLiteral("label given twice"));
                if (i + 1 >= line.size() || line.at(i + 1) != QLatin1Char('"'))
                    return fail(QStringLiteral("label value not quoted"));
                i += 2;
                QString value;
                bool closed = false;
                while (i < line.size()) {
                    const QChar c = line.at(i);
                    if (c == QLatin1Char('\\')) {
                        if (i + 1 >= line.size())
                            return fail(QStringLiteral("escape at the end"));
                        const QChar next = line.at(i + 1);
                        if (next == QLatin1Char('\\'))
                            value += QLatin1Char('\\');
                        else if (next == QLatin1Char('"'))
                            value += QLatin1Char('"');
                        else if (next == QLatin1Char('n'))
                            value += QLatin1Char('\n');
                        else
                            return fail(QStringLiteral("unknown escape \\%1").arg(next));
                        i += 2;
                        continue;
                    }
                    if (c == QLatin1Char('"')) {
                        closed = true;
                        ++i;
                        break;
                    }
                    value += c;
                    ++i;
                }
                if (!closed)
                    return fail(QStringLiteral("label value not closed"));
                s.labels.insert(label, value);
                if (i < line.size() && line.at(i) == QLatin1Char(','))
                    ++i;
                else if (i >= line.size() || line.at(i) != QLatin1Char('}'))
                    return fail(QStringLiteral("expected , or }"));
            }
        }
        if (i >= line.size() || line.at(i) != QLatin1Char(' '))
            return fail(QStringLiteral("no single space before the value"));
        const QStringList rest = line.mid(i + 1).split(QLatin1Char(' '));
        // The textfile collector refuses samples with time stamps.
        if (rest.size() != 1)
            return fail(QStringLiteral("a time stamp or trailing text"));
        const std::optional<double> v = parseValue(rest.first());
        if (!v)
            return fail(QStringLiteral("bad value"));
        s.value = *v;
        QString id = name;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            id += QLatin1Char('\0') + it.key() + QLatin1Char('\0') + it.value();
        if (series.contains(id))
            return fail(QStringLiteral("the same series twice"));
        series.insert(id);
        f.samples << s;
    }
    for (auto it = e.families.cbegin(); it != e.families.cend(); ++it) {
        if (it->samples.isEmpty()) {
            e.error = QStringLiteral("family %1 has no samples").arg(it.key());
            break;
        }
    }
    return e;
}
