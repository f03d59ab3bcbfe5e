// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A strict reader of the Prometheus text exposition format, as node_exporter's textfile
// collector reads it and stricter: every line is HELP, TYPE or a sample; HELP and TYPE come once,
// before their family's samples, and each family is one block; label values use only the
// escapes \\, \" and \n; no time stamps (the collector refuses them), no empty lines, no
// series twice. `error` names the first violation and its line.
struct PrometheusText
{
    struct Sample
    {
        QMap<QString, QString> labels;
        double value = 0;
    };
    struct Family
    {
        QString help;
        QString type;
        QList<Sample> samples;
    };

    QMap<QString, Family> families;
    QString error;

    static PrometheusText parse(const QByteArray &bytes);

    // The samples of `name` whose labels include all of `match`.
    QList<Sample> find(const QString &name, const QMap<QString, QString> &match = {}) const;
    // The value of the one sample that find() finds; nothing when there is none or several.
    std::optional<double> value(const QString &name,
                                const QMap<QString, QString> &match = {}) const;
};
