// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateFileSummary.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// A path field for a CA file, CA folder, client certificate or key, with "Browse…", "View…" and,
// right under it, what the file holds or what is wrong with it (icon and text).
class CertificateFilePicker : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { CaFile, CaDirectory, ClientCertificate, ClientKey };

    CertificateFilePicker(Kind kind, const QString &accessibleName, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString path() const;
    void setPath(const QString &path);
    // The name the certificate should fit, for the viewer.
    void setHost(const QString &host) { m_host = host; }
    // A CA file or folder the mode needs (Verify CA): the empty field says so instead of
    // promising the system's CAs.
    void setCaRequired(bool required);

    // Empty when the field is empty or the file is usable; otherwise the problem, translated.
    QString problem() const { return m_problem; }
    // The summary line as shown (summary or problem).
    QString summaryText() const;
    bool needsPassphrase() const { return m_needsPassphrase; }

    QLineEdit *lineEdit() const { return m_edit; }

    // The folder file dialogs start in, remembered across runs.
    static QString lastFolder();
    static void rememberFolder(const QString &folder);

Q_SIGNALS:
    void changed();

private:
    void browse();
    void refresh();

    Kind m_kind;
    QString m_host;
    QString m_problem;
    bool m_needsPassphrase = false;
    bool m_caRequired = false;
    QLineEdit *m_edit;
    QPushButton *m_browse;
    QPushButton *m_view;
    QLabel *m_icon;
    QLabel *m_summary;
};
