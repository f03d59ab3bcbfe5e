// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The floor under `sslcm-cli test`, which logs in through QSqlDatabase like every sslcm front
// end: Qt's own QMYSQL driver doing the mariadb client's job and nothing more, as a whole
// process. It logs in over the driver's own TLS (SSL_CA; the account requires TLS, so the login
// proves TLS was used), runs SELECT 1, checks the 1 and closes: no gateway, no verification of
// the server's name beyond what the client library does by default, no session checks, no
// report. Whatever sslcm-cli does besides is on top of this.
//
//     MYSQL_PWD=... sslcm_bench_qtsqllogin CAFILE HOST PORT USER
// (HOST an address: the client library takes "localhost" for its Unix socket)
// exits 0 when SELECT 1 returned 1.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 5)
        return 2;
    bool ok = false;
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("floor"));
        db.setHostName(arguments.at(2));
        db.setPort(arguments.at(3).toInt());
        db.setUserName(arguments.at(4));
        db.setPassword(qEnvironmentVariable("MYSQL_PWD"));
        db.setConnectOptions(QStringLiteral("SSL_CA=") + arguments.at(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("SELECT 1")) && query.next()
                    && query.value(0).toInt() == 1;
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    return ok ? 0 : 1;
}
