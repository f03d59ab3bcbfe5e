// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// One exported profile: the text to paste or save, and what the target cannot express.
struct ExportResult
{
    QString text;
    // Translated, one line each: where the target is weaker than the profile (or stricter).
    QStringList warnings;
    // The text holds a password: save it only with mode 0600, never show it unasked.
    bool containsSecret = false;
    QString suggestedFileName; // "prod.cnf", "connect.py"
};
