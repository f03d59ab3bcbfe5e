// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BuildInfo.h"

#include <QDialog>
#include <QList>

#include <utility>

class QLabel;
class QPushButton;

// What sslcm is, and the versions of sslcm, Qt, OpenSSL and the MySQL client library actually
// loaded in this process, with a button that copies them for a support ticket.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    // For tests and callers that already know the versions.
    AboutDialog(const RuntimeVersions &versions, QWidget *parent);
    ~AboutDialog() override;

    // The text "Copy" puts on the clipboard: one "what: version" line per component.
    QString versionText() const;

private:
    // (what, version) pairs, shown in the dialog and copied.
    QList<std::pair<QString, QString>> versionRows() const;
    void copyVersions();

    RuntimeVersions m_versions;
    QPushButton *m_copyButton;
    QLabel *m_copied;
};
