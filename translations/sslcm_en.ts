<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditHistory</name>
    <message numerus="yes">
        <source>it is larger than %n MB</source>
        <translation>
            <numerusform>it is larger than %n MB</numerusform>
            <numerusform>it is larger than %n MB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogin</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) can log in without TLS from other hosts: %1.</source>
        <extracomment>%n is the number of accounts, %1 their list</extracomment>
        <translation>
            <numerusform>%n account can log in without TLS from other hosts: %1.</numerusform>
            <numerusform>%n accounts can log in without TLS from other hosts: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without TLS or below TLS 1.2: %1.</source>
        <translation>
            <numerusform>%n session without TLS or below TLS 1.2: %1.</numerusform>
            <numerusform>%n sessions without TLS or below TLS 1.2: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditResultsModel</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message numerus="yes">
        <source>%n verified</source>
        <extracomment>Part of the audit&apos;s summary line: &quot;12 verified&quot;</extracomment>
        <translation>
            <numerusform>%n verified</numerusform>
            <numerusform>%n verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <extracomment>Part of the audit&apos;s summary line: targets whose worst finding is a failure</extracomment>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <extracomment>Part of the audit&apos;s summary line: targets whose worst finding is a warning</extracomment>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within %1</source>
        <extracomment>Part of the audit&apos;s summary line: &quot;3 expiring within 30 days&quot;; %1 is &quot;30 days&quot;</extracomment>
        <translation>
            <numerusform>%n expiring within %1</numerusform>
            <numerusform>%n expiring within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired certificate</source>
        <extracomment>Part of the audit&apos;s summary line: targets with an expired certificate</extracomment>
        <translation>
            <numerusform>%n with an expired certificate</numerusform>
            <numerusform>%n with an expired certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accept(s) TLS 1.0 or 1.1</source>
        <extracomment>Part of the audit&apos;s summary line: targets (servers) that still accept TLS 1.0 or 1.1</extracomment>
        <translation>
            <numerusform>%n accepts TLS 1.0 or 1.1</numerusform>
            <numerusform>%n accept TLS 1.0 or 1.1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) without REQUIRE SSL</source>
        <extracomment>Part of the audit&apos;s summary line: accounts that can log in without TLS</extracomment>
        <translation>
            <numerusform>%n account without REQUIRE SSL</numerusform>
            <numerusform>%n accounts without REQUIRE SSL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without TLS 1.2 or later</source>
        <extracomment>Part of the audit&apos;s summary line: live sessions without TLS or below TLS 1.2</extracomment>
        <translation>
            <numerusform>%n session without TLS 1.2 or later</numerusform>
            <numerusform>%n sessions without TLS 1.2 or later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s): %1</source>
        <extracomment>The audit&apos;s summary line: &quot;40 targets: 38 verified, 3 expiring within 30 days, ...&quot;</extracomment>
        <translation>
            <numerusform>%n target: %1</numerusform>
            <numerusform>%n targets: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaDownloadDialog</name>
    <message numerus="yes">
        <source>%n certificate(s) downloaded from %1. Check them below; nothing is stored until you choose “Use This CA Certificate”.</source>
        <extracomment>%n certificates were downloaded from %1 (an address)</extracomment>
        <translation>
            <numerusform>%n certificate downloaded from %1. Check them below; nothing is stored until you choose “Use This CA Certificate”.</numerusform>
            <numerusform>%n certificates downloaded from %1. Check them below; nothing is stored until you choose “Use This CA Certificate”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message numerus="yes">
        <source>chain: verified against %1 (%n certificate(s))</source>
        <translation>
            <numerusform>chain: verified against %1 (%n certificate)</numerusform>
            <numerusform>chain: verified against %1 (%n certificates)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDisplay</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateFilePicker</name>
    <message numerus="yes">
        <source>This folder holds %n file(s).</source>
        <translation>
            <numerusform>This folder holds %n file.</numerusform>
            <numerusform>This folder holds %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateFileSummary</name>
    <message numerus="yes">
        <source>None of the %n CA certificate(s) in this file is valid now.</source>
        <translation>
            <numerusform>The CA certificate in this file is not valid now.</numerusform>
            <numerusform>None of the %n CA certificates in this file is valid now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n CA certificate(s).</source>
        <translation>
            <numerusform>This file holds %n CA certificate.</numerusform>
            <numerusform>This file holds %n CA certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be used now (expired or not yet valid).</source>
        <translation>
            <numerusform>%n of them cannot be used now (expired or not yet valid).</numerusform>
            <numerusform>%n of them cannot be used now (expired or not yet valid).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n certificate(s); the first is &quot;%1&quot;, %2, %3.</source>
        <translation>
            <numerusform>This file holds %n certificate: &quot;%1&quot;, %2, %3.</numerusform>
            <numerusform>This file holds %n certificates; the first is &quot;%1&quot;, %2, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateViewer</name>
    <message numerus="yes">
        <source>%1 — %n certificate(s)</source>
        <translation>
            <numerusform>%1 — %n certificate</numerusform>
            <numerusform>%1 — %n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n profiles are named &quot;%1&quot;; give the id of one: %2</source>
        <translation>
            <numerusform>%n profile is named &quot;%1&quot;; give the id of one: %2</numerusform>
            <numerusform>%n profiles are named &quot;%1&quot;; give the id of one: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionExplainer</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryNotifier</name>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of your connections expire within %1 days</source>
        <translation>
            <numerusform>%n certificate of your connections expires within %1 days</numerusform>
            <numerusform>%n certificates of your connections expire within %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryTimeline</name>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <extracomment>Marks the warning threshold on the expiry timeline</extracomment>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchCertificateDialog</name>
    <message numerus="yes">
        <source>%1 presented %n certificate(s) over %2.</source>
        <translation>
            <numerusform>%1 presented %n certificate over %2.</numerusform>
            <numerusform>%1 presented %n certificates over %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetHealthWindow</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostsFile</name>
    <message numerus="yes">
        <source>%1 is larger than %n MB; it is not a list of hosts</source>
        <translation>
            <numerusform>%1 is larger than %n MB; it is not a list of hosts</numerusform>
            <numerusform>%1 is larger than %n MB; it is not a list of hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n profile(s) added</source>
        <extracomment>%n profiles were added, %1 duplicates skipped</extracomment>
        <translation>
            <numerusform>%n profile added</numerusform>
            <numerusform>%n profiles added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1: %n connection(s) found.</source>
        <extracomment>%1 is a format (&quot;MySQL option file&quot;), %n the number of connections found</extracomment>
        <translation>
            <numerusform>%1: %n connection found.</numerusform>
            <numerusform>%1: %n connections found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store the %n password(s) found in the keychain</source>
        <translation>
            <numerusform>Store the %n password found in the keychain</numerusform>
            <numerusform>Store the %n passwords found in the keychain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Connection(s)</source>
        <translation>
            <numerusform>&amp;Import %n Connection</numerusform>
            <numerusform>&amp;Import %n Connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message numerus="yes">
        <source>%1: %n connection(s) found</source>
        <extracomment>%1 is the format, e.g. &quot;MySQL option file&quot;, %2 the number of connections</extracomment>
        <translation>
            <numerusform>%1: %n connection found</numerusform>
            <numerusform>%1: %n connections found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). Passwords are not saved; sslcm will ask for them when connecting. If the keychain is waiting to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. Passwords are not saved; sslcm will ask for them when connecting. If the keychain is waiting to be unlocked, unlock it and try again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. Passwords are not saved; sslcm will ask for them when connecting. If the keychain is waiting to be unlocked, unlock it and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), read-only</source>
        <translation>
            <numerusform>%n connection, read-only</numerusform>
            <numerusform>%n connections, read-only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n shown</source>
        <extracomment>Status bar: %1 is &quot;N connection(s)&quot;; shown while a search filters the list</extracomment>
        <translation>
            <numerusform>%1, %n shown</numerusform>
            <numerusform>%1, %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported. Test them to see how secure they are.</source>
        <translation>
            <numerusform>%n connection imported. Test them to see how secure they are.</numerusform>
            <numerusform>%n connections imported. Test them to see how secure they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved to %1, without passwords. Import the file with sslcm on the other computer.</source>
        <translation>
            <numerusform>%n connection saved to %1, without passwords. Import the file with sslcm on the other computer.</numerusform>
            <numerusform>%n connections saved to %1, without passwords. Import the file with sslcm on the other computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message numerus="yes">
        <source>%n profile(s) in %1 hold values this version of sslcm cannot use and were not loaded: %2.</source>
        <translation>
            <numerusform>%n profile in %1 holds values this version of sslcm cannot use and was not loaded: %2.</numerusform>
            <numerusform>%n profiles in %1 hold values this version of sslcm cannot use and were not loaded: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) were restored from the backup of the previous save (%1).</source>
        <translation>
            <numerusform>%n profile was restored from the backup of the previous save (%1).</numerusform>
            <numerusform>%n profiles were restored from the backup of the previous save (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n profile(s) were loaded.</source>
        <translation>
            <numerusform>The other profile was loaded.</numerusform>
            <numerusform>The other %n profiles were loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerProbeReport</name>
    <message numerus="yes">
        <source>Chain presented by the server (%n certificate(s)):</source>
        <translation>
            <numerusform>Chain presented by the server (%n certificate):</numerusform>
            <numerusform>Chain presented by the server (%n certificates):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>a sign-in token of %n character(s)</source>
        <translation>
            <numerusform>a sign-in token of %n character</numerusform>
            <numerusform>a sign-in token of %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a password of %n character(s)</source>
        <extracomment>%n is the length of a password</extracomment>
        <translation>
            <numerusform>a password of %n character</numerusform>
            <numerusform>a password of %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, valid until %2 (%n minute(s))</source>
        <extracomment>%1 says what was made, %2 a date and time, %n the minutes until then</extracomment>
        <translation>
            <numerusform>%1, valid until %2 (%n minute)</numerusform>
            <numerusform>%1, valid until %2 (%n minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetAuditor</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in %1 have expired; none of them anchors this server&apos;s chain.</source>
        <extracomment>%1 is a file; %n how many of its certificates have expired</extracomment>
        <translation>
            <numerusform>%n certificate in %1 has expired; it does not anchor this server&apos;s chain.</numerusform>
            <numerusform>%n certificates in %1 have expired; none of them anchors this server&apos;s chain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n certificate(s), all valid.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>
            <numerusform>%1 holds %n certificate; it is valid.</numerusform>
            <numerusform>%1 holds %n certificates, all valid.</numerusform>
        </translation>
    </message>
</context>
</TS>
