// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signin/RdsAuthToken.h"

#include <QTest>

// RdsAuthToken::regionFromHost: the region a token is signed for, read from the endpoint's name.
// (The token itself is compared with the aws CLI's in tests/integration/tst_rdsauthtoken.)
class tst_RdsRegionFromHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints_data();
    void endpoints();
    void notRdsEndpoints_data();
    void notRdsEndpoints();
};

void tst_RdsRegionFromHost::endpoints_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("region");
    QTest::newRow("instance") << "db1.abcdefghij.eu-west-1.rds.amazonaws.com"
                              << "eu-west-1";
    QTest::newRow("cluster") << "aurora1.cluster-abcdefghij.us-east-2.rds.amazonaws.com"
                             << "us-east-2";
    QTest::newRow("cluster reader")
            << "aurora1.cluster-ro-abcdefghij.ap-southeast-2.rds.amazonaws.com"
            << "ap-southeast-2";
    QTest::newRow("custom cluster endpoint")
            << "reports.cluster-custom-abcdefghij.eu-central-1.rds.amazonaws.com"
            << "eu-central-1";
    QTest::newRow("proxy") << "app.proxy-abcdefghij.us-west-2.rds.amazonaws.com"
                           << "us-west-2";
    QTest::newRow("proxy endpoint") << "ro.endpoint.proxy-abcdefghij.us-west-2.rds.amazonaws.com"
                                    << "us-west-2";
    QTest::newRow("China") << "db1.abcdefghij.cn-north-1.rds.amazonaws.com.cn"
                           << "cn-north-1";
    QTest::newRow("GovCloud") << "db1.abcdefghij.us-gov-west-1.rds.amazonaws.com"
                              << "us-gov-west-1";
    QTest::newRow("upper case, trailing dot") << "DB1.ABCDEFGHIJ.EU-WEST-3.RDS.AMAZONAWS.COM."
                                              << "eu-west-3";
}

void tst_RdsRegionFromHost::endpoints()
{
    QFETCH(QString, host);
    QFETCH(QString, region);
    QCOMPARE(RdsAuthToken::regionFromHost(host), std::optional<QString>(region));
}

void tst_RdsRegionFromHost::notRdsEndpoints_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("empty") << "";
    QTest::newRow("other domain") << "db1.abcdefghij.eu-west-1.example.com";
    QTest::newRow("look-alike suffix") << "db1.abcdefghij.eu-west-1.rds.amazonaws.com.evil.example";
    QTest::newRow("no region") << "db1.abcdefghij.rds.amazonaws.com";
    QTest::newRow("not a region") << "db1.abcdefghij.eu-west.rds.amazonaws.com";
    QTest::newRow("only the region") << "eu-west-1.rds.amazonaws.com";
    QTest::newRow("IP address") << "192.0.2.10";
    QTest::newRow("other AWS service") << "db1.abcdefghij.eu-west-1.redshift.amazonaws.com";
}

void tst_RdsRegionFromHost::notRdsEndpoints()
{
    QFETCH(QString, host);
    QCOMPARE(RdsAuthToken::regionFromHost(host), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_RdsRegionFromHost)
#include "tst_rdsregionfromhost.moc"
