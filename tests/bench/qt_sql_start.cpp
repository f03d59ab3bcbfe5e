// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The floor under `sslcm-cli test`, which logs in through QSqlDatabase like every sslcm front
// end: what any such program pays before its login. It starts Qt Core, loads the QMYSQL driver
// plugin and the client library it brings, and, given CAFILE HOST PORT, makes one verified
// MySQL TLS handshake with libssl (TlsFloor.h), then closes. It never logs in.
//
//     sslcm_bench_qtsqlstart [CAFILE HOST PORT]

#include "TlsFloor.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool valid = false;
    {
        const QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("floor"));
        valid = db.isValid();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    if (!valid)
        return 1;
    if (argc != 4)
        return 0;
    SSL_CTX *ctx = TlsFloor::context(argv[1]);
    const bool verified = ctx
            && TlsFloor::handshake(ctx, TlsFloor::address(argv[2], std::atoi(argv[3])), argv[2]);
    SSL_CTX_free(ctx);
    return verified ? 0 : 1;
}
