// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

// The one way the connection screens open certificates for a closer look: a file from a picker,
// or the chain a server presented. Every "View…" button goes through here, so that the viewer
// is wired in one place.
class CertificatePreview
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePreview)
public:
    // Opens the certificates in `path` (window-modal, returns at once). `host` is the name the
    // certificate should fit, when known.
    static void openFile(QWidget *parent, const QString &path, const QString &host = {});
    // Opens a chain as the server presented it (DER, leaf first).
    static void openChain(QWidget *parent, const QList<QByteArray> &derChain,
                          const QString &host = {});
    // Opens certificates (DER, the one to look at first) from elsewhere: the expiry timeline.
    // `source` says where they came from.
    static void openCertificates(QWidget *parent, const QList<QByteArray> &der,
                                 const QString &title, const QString &source,
                                 const QString &host = {});
};
