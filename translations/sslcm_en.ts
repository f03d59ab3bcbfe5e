<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n profiles are named &quot;%1&quot;; remove one by its id: %2</source>
        <translation>
            <numerusform>%n profile is named &quot;%1&quot;; remove it by its id: %2</numerusform>
            <numerusform>%n profiles are named &quot;%1&quot;; remove one by its id: %2</numerusform>
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
</TS>
