// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/SslMode.h"

#include <QHash>
#include <QWidget>

class CertificateFilePicker;
class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
struct Profile;

// How the connection protects itself: the five modes as choices with their consequences, the CA
// file and folder, the client certificate and key, and "Fetch server certificate". Used by the
// connection wizard and the profile editor alike.
class SecuritySection : public QWidget
{
    Q_OBJECT
public:
    explicit SecuritySection(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void apply(Profile &profile) const;

    SslMode mode() const;
    void setMode(SslMode mode);
    QString keyPassphrase() const;
    // The host the certificates should fit, for the viewer.
    void setHost(const QString &host);
    // The cloud provider whose CA "Download CA Certificate…" offers first (a CloudCaSource key);
    // without one it is guessed from the host name.
    void setCaSourceHint(const QString &key) { m_caSourceHint = key; }
    // Opens "Download CA Certificate"; an accepted download becomes the CA file.
    void downloadCaCertificate();
    // Shows that the server certificate is pinned (empty: not pinned).
    void setPinned(const QByteArray &sha256);

    QStringList problems() const;

    QAbstractButton *modeButton(SslMode mode) const { return m_modeButtons.value(int(mode)); }
    CertificateFilePicker *caFilePicker() const { return m_caFile; }
    CertificateFilePicker *caDirectoryPicker() const { return m_caDirectory; }
    CertificateFilePicker *clientCertificatePicker() const { return m_clientCertificate; }
    CertificateFilePicker *clientKeyPicker() const { return m_clientKey; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *downloadCaButton() const { return m_downloadCa; }

Q_SIGNALS:
    void changed();
    // "Fetch server certificate" was pressed: the owner knows the server and runs the probe.
    void fetchRequested();

private:
    void updateState();

    QButtonGroup *m_modes;
    QHash<int, QAbstractButton *> m_modeButtons;
    CertificateFilePicker *m_caFile;
    CertificateFilePicker *m_caDirectory;
    CertificateFilePicker *m_clientCertificate;
    CertificateFilePicker *m_clientKey;
    QLineEdit *m_passphrase;
    QLabel *m_passphraseLabel;
    QPushButton *m_fetch;
    QPushButton *m_downloadCa;
    QString m_host;
    QString m_caSourceHint;
    QLabel *m_pinned;
    QLabel *m_modeNote;
};
