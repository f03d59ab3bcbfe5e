// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct ssl_ctx_st;

// The gateway's ephemeral identity for the local TLS hop: an ECDSA P-256 key that exists only in
// this process's memory and a self-signed certificate for `localhost`, made once per process.
class LocalTlsIdentity
{
public:
    static const LocalTlsIdentity &instance();
    ~LocalTlsIdentity();

    bool isValid() const { return m_context != nullptr; }
    QString error() const { return m_error; }
    QByteArray certificatePem() const { return m_certificatePem; }
    ssl_ctx_st *serverContext() const { return m_context; }

private:
    LocalTlsIdentity();
    ssl_ctx_st *m_context = nullptr;
    QByteArray m_certificatePem;
    QString m_error;
};
