<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About sslcm</source>
        <translation>Über sslcm</translation>
    </message>
    <message>
        <source>sslcm %1</source>
        <translation>sslcm %1</translation>
    </message>
    <message>
        <source>SSL Connection Manager for MySQL and MariaDB</source>
        <translation>SSL-Verbindungsmanager für MySQL und MariaDB</translation>
    </message>
    <message>
        <source>Connects to MySQL and MariaDB servers over verified TLS, shows their certificates, and helps you require TLS for database accounts.</source>
        <translation>Verbindet sich über geprüftes TLS mit MySQL- und MariaDB-Servern, zeigt deren Zertifikate an und hilft Ihnen, TLS für Datenbankkonten vorzuschreiben.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Versions in use</source>
        <translation>Verwendete Versionen</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <extracomment>Copies the version list to the clipboard, e.g. for a support ticket</extracomment>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Versionsinformationen kopieren</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, for a bug report or support ticket</source>
        <translation>Kopiert die Versionen in die Zwischenablage, für einen Fehlerbericht oder eine Supportanfrage</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is Qt&apos;s version, %2 the windowing system plugin in use (xcb, wayland...)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>AccountRequirement</name>
    <message>
        <source>NONE: no TLS required</source>
        <translation>NONE: kein TLS erforderlich</translation>
    </message>
    <message>
        <source>SSL: any encrypted connection</source>
        <translation>SSL: jede verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>X509: encrypted, with a trusted client certificate</source>
        <translation>X509: verschlüsselt, mit vertrauenswürdigem Client-Zertifikat</translation>
    </message>
    <message>
        <source>Specific issuer, subject or cipher</source>
        <translation>Bestimmter Aussteller, bestimmtes Subjekt oder Cipher</translation>
    </message>
    <message>
        <source>A specific requirement needs an issuer, a subject or a cipher.</source>
        <translation>Eine bestimmte Anforderung braucht einen Aussteller, ein Subjekt oder einen Cipher.</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>The account may log in without TLS: passwords and data can cross the network in plain text.</source>
        <translation>Das Konto darf sich ohne TLS anmelden: Kennwörter und Daten können im Klartext über das Netz gehen.</translation>
    </message>
    <message>
        <source>The account can only log in over TLS. The server does not check who the client is beyond the password.</source>
        <translation>Das Konto kann sich nur über TLS anmelden. Der Server prüft über das Kennwort hinaus nicht, wer der Client ist.</translation>
    </message>
    <message>
        <source>The account can only log in over TLS with a client certificate issued by a CA the server trusts (its ssl_ca).</source>
        <translation>Das Konto kann sich nur über TLS mit einem Client-Zertifikat anmelden, das von einer CA ausgestellt ist, der der Server vertraut (seine ssl_ca).</translation>
    </message>
    <message>
        <source>issued by exactly &quot;%1&quot;</source>
        <translation>ausgestellt von genau „%1“</translation>
    </message>
    <message>
        <source>with the subject exactly &quot;%1&quot;</source>
        <translation>mit genau dem Subjekt „%1“</translation>
    </message>
    <message>
        <source>The account can only log in over TLS.</source>
        <translation>Das Konto kann sich nur über TLS anmelden.</translation>
    </message>
    <message>
        <source>The account can only log in over TLS with a client certificate %1.</source>
        <translation>Das Konto kann sich nur über TLS mit einem Client-Zertifikat %1 anmelden.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The connection must use the cipher %1.</source>
        <translation>Die Verbindung muss den Cipher %1 verwenden.</translation>
    </message>
</context>
<context>
    <name>AccountRequirementsDialog</name>
    <message>
        <source>Account TLS Requirements</source>
        <translation>Kontoanforderungen für TLS</translation>
    </message>
    <message>
        <source>Target server</source>
        <translation>Zielserver</translation>
    </message>
    <message>
        <source>Admin profile</source>
        <translation>Administratorprofil</translation>
    </message>
    <message>
        <source>None: only write the statements</source>
        <translation>Keines: nur Anweisungen erzeugen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Connect with the admin profile</source>
        <translation>Mit dem Administratorprofil verbinden</translation>
    </message>
    <message>
        <source>&amp;Admin profile:</source>
        <translation>&amp;Administratorprofil:</translation>
    </message>
    <message>
        <source>Not connected. Statements are written for the server type chosen below.</source>
        <translation>Nicht verbunden. Die Anweisungen werden für den unten gewählten Servertyp erzeugt.</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Servertyp</translation>
    </message>
    <message>
        <source>Server &amp;type:</source>
        <translation>Server&amp;typ:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>app_user</source>
        <translation>app_benutzer</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Create the account if it does not &amp;exist</source>
        <translation>Konto anlegen, falls es nicht &amp;existiert</translation>
    </message>
    <message>
        <source>Password for a new account</source>
        <translation>Kennwort für ein neues Konto</translation>
    </message>
    <message>
        <source>only used when the account is created</source>
        <translation>wird nur beim Anlegen des Kontos verwendet</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Privilege scope</source>
        <translation>Geltungsbereich der Berechtigungen</translation>
    </message>
    <message>
        <source>Database (db.*)</source>
        <translation>Datenbank (db.*)</translation>
    </message>
    <message>
        <source>Table (db.table)</source>
        <translation>Tabelle (db.tabelle)</translation>
    </message>
    <message>
        <source>Global (*.*)</source>
        <translation>Global (*.*)</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>Ta&amp;belle:</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Nur lesen</translation>
    </message>
    <message>
        <source>Select the read-only privileges</source>
        <translation>Berechtigungen zum Lesen auswählen</translation>
    </message>
    <message>
        <source>Read-&amp;write</source>
        <translation>Lesen und &amp;Schreiben</translation>
    </message>
    <message>
        <source>Select the read-write privileges</source>
        <translation>Berechtigungen zum Lesen und Schreiben auswählen</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>Select all privileges</source>
        <translation>Alle Berechtigungen auswählen</translation>
    </message>
    <message>
        <source>&amp;No privileges</source>
        <translation>&amp;Keine Berechtigungen</translation>
    </message>
    <message>
        <source>Clear the privileges</source>
        <translation>Berechtigungen leeren</translation>
    </message>
    <message>
        <source>Privilege %1</source>
        <translation>Berechtigung %1</translation>
    </message>
    <message>
        <source>Re&amp;voke existing privileges first</source>
        <translation>Bestehende Berechtigungen zuerst &amp;entziehen</translation>
    </message>
    <message>
        <source>Revoke existing privileges first</source>
        <translation>Bestehende Berechtigungen zuerst entziehen</translation>
    </message>
    <message>
        <source>TLS requirement</source>
        <translation>TLS-Anforderung</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Re&amp;quire:</source>
        <translation>An&amp;forderung:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Su&amp;bjekt:</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>&amp;Cipher:</source>
        <translation>&amp;Cipher:</translation>
    </message>
    <message>
        <source>&amp;Fill from client certificate...</source>
        <translation>Aus Client-Zertifikat &amp;übernehmen...</translation>
    </message>
    <message>
        <source>Fill issuer and subject from a client certificate</source>
        <translation>Aussteller und Subjekt aus einem Client-Zertifikat übernehmen</translation>
    </message>
    <message>
        <source>Legacy form: GRANT ... RE&amp;QUIRE</source>
        <translation>Alte Form: GRANT ... RE&amp;QUIRE</translation>
    </message>
    <message>
        <source>Use the legacy GRANT ... REQUIRE form</source>
        <translation>Die alte Form GRANT ... REQUIRE verwenden</translation>
    </message>
    <message>
        <source>Add FLUSH PRIVILEGES (not needed)</source>
        <translation>FLUSH PRIVILEGES hinzufügen (nicht nötig)</translation>
    </message>
    <message>
        <source>Add FLUSH PRIVILEGES</source>
        <translation>FLUSH PRIVILEGES hinzufügen</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>S&amp;tatements:</source>
        <translation>&amp;Anweisungen:</translation>
    </message>
    <message>
        <source>Statements preview</source>
        <translation>Vorschau der Anweisungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>mysql co&amp;mmand line:</source>
        <translation>mysql-Befehls&amp;zeile:</translation>
    </message>
    <message>
        <source>Equivalent mysql command line</source>
        <translation>Gleichwertige mysql-Befehlszeile</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the statements</source>
        <translation>Anweisungen kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .sql...</source>
        <translation>Als .sql &amp;speichern...</translation>
    </message>
    <message>
        <source>Save the statements as an SQL file</source>
        <translation>Anweisungen als SQL-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Run on server...</source>
        <translation>Auf dem Server &amp;ausführen...</translation>
    </message>
    <message>
        <source>Run the statements on the server</source>
        <translation>Anweisungen auf dem Server ausführen</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify the account on the server</source>
        <translation>Konto auf dem Server prüfen</translation>
    </message>
    <message>
        <source>Proof by login</source>
        <translation>Nachweis durch Anmeldung</translation>
    </message>
    <message>
        <source>Prove the requirement by logging in</source>
        <translation>Die Anforderung durch Anmeldung nachweisen</translation>
    </message>
    <message>
        <source>The account&apos;s password</source>
        <translation>Das Kennwort des Kontos</translation>
    </message>
    <message>
        <source>Account pass&amp;word:</source>
        <translation>Konto&amp;kennwort:</translation>
    </message>
    <message>
        <source>Client certificate for the proof</source>
        <translation>Client-Zertifikat für den Nachweis</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client key for the proof</source>
        <translation>Client-Schlüssel für den Nachweis</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Results of running and verifying appear here. Sessions opened before a change stay connected; requirements apply at the next login.</source>
        <translation>Die Ergebnisse des Ausführens und Prüfens erscheinen hier. Vor einer Änderung geöffnete Sitzungen bleiben verbunden; Anforderungen gelten ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Administratorkennwort</translation>
    </message>
    <message>
        <source>Password of the profile &quot;%1&quot;:</source>
        <translation>Kennwort des Profils „%1“:</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung zu %1 wird hergestellt...</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Connected: %1 over %2, sql_mode %3.</source>
        <translation>Verbunden: %1 über %2, sql_mode %3.</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>sslcm does not know this server type.</source>
        <translation>sslcm kennt diesen Servertyp nicht.</translation>
    </message>
    <message>
        <source>require_secure_transport is ON on this server.</source>
        <translation>require_secure_transport ist auf diesem Server eingeschaltet.</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an admin profile with a CA file to check that the server&apos;s CA accepts this certificate.</source>
        <translation>Wählen Sie ein Administratorprofil mit CA-Datei, um zu prüfen, ob die CA des Servers dieses Zertifikat annimmt.</translation>
    </message>
    <message>
        <source>Save statements</source>
        <translation>Anweisungen speichern</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
    <message>
        <source>Run on server</source>
        <translation>Auf dem Server ausführen</translation>
    </message>
    <message>
        <source>Run these statements on %1 as %2?</source>
        <translation>Diese Anweisungen auf %1 als %2 ausführen?</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Wird geprüft...</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Wird ausgeführt...</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>FAILED: %1
  %2 %3</source>
        <translation>FEHLGESCHLAGEN: %1
  %2 %3</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>/O=Example/CN=Example CA</source>
        <extracomment>An example of a certificate issuer as MySQL compares it; keep the /O= and /CN= form</extracomment>
        <translation>/O=Beispiel/CN=Beispiel-CA</translation>
    </message>
    <message>
        <source>/O=Example/CN=app</source>
        <extracomment>An example of a certificate subject as MySQL compares it; keep the /O= and /CN= form</extracomment>
        <translation>/O=Beispiel/CN=app</translation>
    </message>
    <message>
        <source>How a new account logs in</source>
        <translation>Wie sich ein neues Konto anmeldet</translation>
    </message>
    <message>
        <source>Log&amp;s in with:</source>
        <translation>Anmeldung &amp;mit:</translation>
    </message>
    <message>
        <source>Also log in without &amp;TLS</source>
        <translation>Auch &amp;ohne TLS anmelden</translation>
    </message>
    <message>
        <source>Also log in without TLS</source>
        <translation>Auch ohne TLS anmelden</translation>
    </message>
    <message>
        <source>Off by default. A login without TLS sends the account&apos;s name and the challenge response made from its password unencrypted: whoever sees the traffic can try to guess the password offline. sslcm asks first when the server is not on this computer.</source>
        <translation>Standardmäßig aus. Eine Anmeldung ohne TLS sendet den Namen des Kontos und die aus seinem Kennwort berechnete Challenge-Antwort unverschlüsselt: Wer den Datenverkehr sieht, kann versuchen, das Kennwort offline zu erraten. sslcm fragt zuerst nach, wenn sich der Server nicht auf diesem Computer befindet.</translation>
    </message>
    <message>
        <source>To run them on the server: %1</source>
        <translation>Um sie auf dem Server auszuführen: %1</translation>
    </message>
    <message>
        <source>Not connected: no password was given.</source>
        <translation>Nicht verbunden: Es wurde kein Kennwort angegeben.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder or name.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
    <message>
        <source>Log in without TLS</source>
        <translation>Ohne TLS anmelden</translation>
    </message>
    <message>
        <source>Log in to %1 as %2 without TLS?</source>
        <translation>Ohne TLS als %2 bei %1 anmelden?</translation>
    </message>
    <message>
        <source>%1 is not on this computer. A login without TLS crosses the network unencrypted: it shows the account&apos;s name and the challenge response made from its password to whoever can see the traffic, who can then try to guess the password offline. A server that requires TLS refuses the login only after receiving it.

Cancel to run nothing, then turn off &quot;Also log in without TLS&quot;; the proof with TLS does not need it.</source>
        <translation>%1 befindet sich nicht auf diesem Computer. Eine Anmeldung ohne TLS läuft unverschlüsselt über das Netzwerk: Sie zeigt jedem, der den Datenverkehr sehen kann, den Namen des Kontos und die aus seinem Kennwort berechnete Challenge-Antwort, und dieser kann dann versuchen, das Kennwort offline zu erraten. Ein Server, der TLS verlangt, weist die Anmeldung erst ab, nachdem er sie empfangen hat.

Brechen Sie ab, um nichts auszuführen, und schalten Sie dann „Auch ohne TLS anmelden“ aus; für den Nachweis mit TLS ist es nicht nötig.</translation>
    </message>
    <message>
        <source>Nothing was run: the login without TLS was not confirmed.</source>
        <translation>Nichts wurde ausgeführt: Die Anmeldung ohne TLS wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>After running, prove it by lo&amp;gging in as the account with TLS</source>
        <translation>Nach dem Ausführen durch eine Anmeldun&amp;g als das Konto mit TLS nachweisen</translation>
    </message>
    <message>
        <source>Not connected: no SSH password was given.</source>
        <translation>Nicht verbunden: Es wurde kein SSH-Passwort angegeben.</translation>
    </message>
</context>
<context>
    <name>AccountRunReport</name>
    <message>
        <source>Login without TLS</source>
        <translation>Anmeldung ohne TLS</translation>
    </message>
    <message>
        <source>Login with TLS, without a client certificate</source>
        <translation>Anmeldung mit TLS, ohne Client-Zertifikat</translation>
    </message>
    <message>
        <source>Login with TLS and the client certificate</source>
        <translation>Anmeldung mit TLS und dem Client-Zertifikat</translation>
    </message>
    <message>
        <source>Server: %1 (sql_mode %2)
</source>
        <translation>Server: %1 (sql_mode %2)
</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Read back from %1: the account does not exist.
</source>
        <translation>Aus %1 zurückgelesen: Das Konto existiert nicht.
</translation>
    </message>
    <message>
        <source>Read back from %1: %2 — %3
</source>
        <translation>Aus %1 zurückgelesen: %2 — %3
</translation>
    </message>
    <message>
        <source>as requested</source>
        <translation>wie angefordert</translation>
    </message>
    <message>
        <source>NOT what was requested</source>
        <translation>NICHT wie angefordert</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>logged in (%1)</source>
        <translation>angemeldet (%1)</translation>
    </message>
    <message>
        <source>refused (%1 %2)</source>
        <translation>abgewiesen (%1 %2)</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>wie erwartet</translation>
    </message>
    <message>
        <source>NOT as expected</source>
        <translation>NICHT wie erwartet</translation>
    </message>
    <message>
        <source>%1 is not a server sslcm writes account statements for (MySQL 5.7, MySQL 8.x/9.x, MariaDB 10.x/11.x).</source>
        <translation>%1 ist kein Server, für den sslcm Kontoanweisungen schreibt (MySQL 5.7, MySQL 8.x/9.x, MariaDB 10.x/11.x).</translation>
    </message>
    <message>
        <source>Nothing was run: for this session (sql_mode %1) the statements differ from the ones you confirmed. Review them again.</source>
        <translation>Nichts wurde ausgeführt: Für diese Sitzung (sql_mode %1) weichen die Anweisungen von den bestätigten ab. Bitte prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Sessions the account opened before this change stay connected; the requirement applies from its next login.</source>
        <translation>Sitzungen, die das Konto vor dieser Änderung geöffnet hat, bleiben verbunden; die Anforderung gilt ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>A login did not behave as the requirement demands. If the account&apos;s host (%1) does not match this computer&apos;s address, or the password given for the proof is wrong, the server refuses it for that reason instead.</source>
        <translation>Eine Anmeldung verhielt sich nicht wie von der Anforderung verlangt. Wenn der Host des Kontos (%1) nicht zur Adresse dieses Computers passt oder das Kennwort für den Nachweis falsch ist, weist der Server sie aus diesem Grund ab.</translation>
    </message>
    <message>
        <source>The login without TLS was not tried: %1 is not on this computer, and that login would send the account&apos;s name and the challenge response made from its password unencrypted over the network.</source>
        <translation>Die Anmeldung ohne TLS wurde nicht versucht: %1 befindet sich nicht auf diesem Computer, und diese Anmeldung würde den Namen des Kontos und die aus seinem Kennwort berechnete Challenge-Antwort unverschlüsselt über das Netzwerk senden.</translation>
    </message>
</context>
<context>
    <name>AccountStatementBuilder</name>
    <message>
        <source>Enter a user name. sslcm does not change anonymous accounts.</source>
        <translation>Geben Sie einen Benutzernamen ein. sslcm ändert keine anonymen Konten.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Enter a host, or % for any host.</source>
        <translation>Geben Sie einen Host ein oder % für jeden Host.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>%1 removed GRANT ... REQUIRE; the requirement is set with ALTER USER instead. Turn off the legacy form.</source>
        <translation>%1 hat GRANT ... REQUIRE entfernt; die Anforderung wird stattdessen mit ALTER USER gesetzt. Schalten Sie die alte Form aus.</translation>
    </message>
    <message>
        <source>FLUSH PRIVILEGES is not needed: CREATE USER, ALTER USER, GRANT and REVOKE take effect at once. It is only needed after editing the grant tables directly.</source>
        <translation>FLUSH PRIVILEGES ist nicht nötig: CREATE USER, ALTER USER, GRANT und REVOKE wirken sofort. Es ist nur nach direkter Bearbeitung der Berechtigungstabellen nötig.</translation>
    </message>
    <message>
        <source>MySQL 5.7 deprecates GRANT ... REQUIRE; MySQL 8.0 removed it. ALTER USER ... REQUIRE works on every supported server.</source>
        <translation>MySQL 5.7 markiert GRANT ... REQUIRE als veraltet; MySQL 8.0 hat es entfernt. ALTER USER ... REQUIRE funktioniert auf jedem unterstützten Server.</translation>
    </message>
    <message>
        <source>Existing sessions stay connected: the requirement is checked when a client logs in, so sessions opened before this change keep running without it until they reconnect.</source>
        <translation>Bestehende Sitzungen bleiben verbunden: Die Anforderung wird bei der Anmeldung geprüft, daher laufen vor dieser Änderung geöffnete Sitzungen ohne sie weiter, bis sie sich neu verbinden.</translation>
    </message>
    <message>
        <source>The text contains backslashes, written for a session where a backslash escapes (the default sql_mode). On a server with NO_BACKSLASH_ESCAPES they would be doubled.</source>
        <translation>Der Text enthält umgekehrte Schrägstriche und ist für eine Sitzung geschrieben, in der der umgekehrte Schrägstrich maskiert (der Standard-sql_mode). Auf einem Server mit NO_BACKSLASH_ESCAPES wären sie verdoppelt.</translation>
    </message>
    <message>
        <source>The text contains backslashes, written for a session with NO_BACKSLASH_ESCAPES in its sql_mode.</source>
        <translation>Der Text enthält umgekehrte Schrägstriche und ist für eine Sitzung mit NO_BACKSLASH_ESCAPES im sql_mode geschrieben.</translation>
    </message>
    <message>
        <source>The host says where the account may connect from.</source>
        <translation>Der Host gibt an, von wo aus sich das Konto verbinden darf.</translation>
    </message>
    <message>
        <source>%: from any host. The server matches the client&apos;s address (or its name, unless the server skips name resolution).</source>
        <translation>%: von jedem Host. Der Server vergleicht die Adresse des Clients (oder seinen Namen, sofern der Server die Namensauflösung nicht auslässt).</translation>
    </message>
    <message>
        <source>localhost: only over the server&apos;s Unix socket or named pipe, where TLS is not used; a TLS requirement then locks the account out of those connections.</source>
        <translation>localhost: nur über den Unix-Socket oder die Named Pipe des Servers, wo kein TLS verwendet wird; eine TLS-Anforderung sperrt das Konto dann für diese Verbindungen.</translation>
    </message>
    <message>
        <source>%1: a pattern. % matches any run of characters and _ exactly one, so 10.0.% matches every address that starts with 10.0.</source>
        <translation>%1: ein Muster. % passt auf eine beliebige Zeichenfolge und _ auf genau ein Zeichen, also passt 10.0.% auf jede Adresse, die mit 10.0. beginnt.</translation>
    </message>
    <message>
        <source>%1: an address with a netmask; clients whose address falls in that network may connect.</source>
        <translation>%1: eine Adresse mit Netzmaske; Clients, deren Adresse in diesem Netz liegt, dürfen sich verbinden.</translation>
    </message>
    <message>
        <source>%1: only clients connecting from exactly this address or host name.</source>
        <translation>%1: nur Clients, die sich von genau dieser Adresse oder diesem Hostnamen aus verbinden.</translation>
    </message>
    <message>
        <source>MariaDB 10.5.2 and newer</source>
        <translation>MariaDB 10.5.2 und neuer</translation>
    </message>
    <message>
        <source>MySQL 5.7 and newer</source>
        <translation>MySQL 5.7 und neuer</translation>
    </message>
    <message>
        <source>Stronger, server-wide: SET GLOBAL require_secure_transport = ON (%1) refuses every connection without TLS for all accounts, including ones created later. Add require_secure_transport = ON to the server&apos;s configuration to keep it after a restart.</source>
        <translation>Stärker und serverweit: SET GLOBAL require_secure_transport = ON (%1) weist jede Verbindung ohne TLS für alle Konten ab, auch für später angelegte. Tragen Sie require_secure_transport = ON in die Konfiguration des Servers ein, damit es nach einem Neustart erhalten bleibt.</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>The %1 has a backslash before a quote or at its end. The statements are written for NO_BACKSLASH_ESCAPES; pasted into a session with the default sql_mode, that backslash would end the string early and the rest of the text would run as SQL. Remove the backslash, or write the statements for the default sql_mode.</source>
        <translation>Das Feld %1 enthält einen umgekehrten Schrägstrich vor einem Anführungszeichen oder am Ende. Die Anweisungen sind für NO_BACKSLASH_ESCAPES geschrieben; in eine Sitzung mit dem Standard-sql_mode eingefügt, würde dieser umgekehrte Schrägstrich die Zeichenkette vorzeitig beenden, und der Rest des Textes würde als SQL ausgeführt. Entfernen Sie den umgekehrten Schrägstrich, oder schreiben Sie die Anweisungen für den Standard-sql_mode.</translation>
    </message>
    <message>
        <source>Replace %1 below with the new account&apos;s password as a quoted string (&apos;...&apos;) before running it. As printed it is a syntax error on purpose: it can never create the account without a password. Run the statements after it only once it worked.</source>
        <extracomment>%1 is the placeholder in the statement below it, &lt;password&gt;</extracomment>
        <translation>Ersetzen Sie vor dem Ausführen %1 unten durch das Kennwort des neuen Kontos als Zeichenkette in Anführungszeichen (&apos;...&apos;). In der ausgegebenen Form ist die Anweisung absichtlich ein Syntaxfehler: So kann sie das Konto nie ohne Kennwort anlegen. Führen Sie die darauf folgenden Anweisungen erst aus, wenn sie funktioniert hat.</translation>
    </message>
    <message>
        <source>Enter a password for the new account, choose authentication over the Unix socket, or do not create the account: sslcm never creates an account without a password.</source>
        <translation>Geben Sie ein Kennwort für das neue Konto ein, wählen Sie die Anmeldung über den Unix-Socket, oder legen Sie das Konto nicht an: sslcm legt nie ein Konto ohne Kennwort an.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Unix socket (unix_socket), no password</source>
        <translation>Unix-Socket (unix_socket), kein Kennwort</translation>
    </message>
    <message>
        <source>Unix socket (auth_socket), no password</source>
        <translation>Unix-Socket (auth_socket), kein Kennwort</translation>
    </message>
    <message>
        <source>So that the GRANT below can never create the account (with an empty password) if it does not exist.</source>
        <translation>Damit das GRANT unten das Konto niemals anlegen kann (mit leerem Kennwort), falls es nicht existiert.</translation>
    </message>
    <message>
        <source>An account that logs in through the Unix socket never uses TLS, so with a TLS requirement it cannot log in at all. Choose the requirement NONE for it, or password authentication.</source>
        <translation>Ein Konto, das sich über den Unix-Socket anmeldet, verwendet nie TLS; mit einer TLS-Anforderung kann es sich also gar nicht anmelden. Wählen Sie dafür die Anforderung NONE oder die Anmeldung mit Kennwort.</translation>
    </message>
</context>
<context>
    <name>AdminSession</name>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>Die Kontenliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The account could not be read back from %1: %2</source>
        <translation>Das Konto konnte nicht aus %1 zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>The session&apos;s character set could not be read, so no statement was sent: %1</source>
        <translation>Der Zeichensatz der Sitzung konnte nicht gelesen werden, daher wurde keine Anweisung gesendet: %1</translation>
    </message>
    <message>
        <source>No statement was sent: this session&apos;s character_set_client is %1. In %1 the second byte of a character can be a backslash or a quote, so the server could read a quoted name or value differently from how sslcm wrote it. Use a session with utf8mb4: check the server&apos;s init_connect and character_set_server settings.</source>
        <translation>Es wurde keine Anweisung gesendet: Der character_set_client dieser Sitzung ist %1. In %1 kann das zweite Byte eines Zeichens ein umgekehrter Schrägstrich oder ein Anführungszeichen sein, sodass der Server einen in Anführungszeichen gesetzten Namen oder Wert anders lesen könnte, als sslcm ihn geschrieben hat. Verwenden Sie eine Sitzung mit utf8mb4: Prüfen Sie die Einstellungen init_connect und character_set_server des Servers.</translation>
    </message>
</context>
<context>
    <name>AdvancedSection</name>
    <message>
        <source>Minimum TLS version</source>
        <translation>Minimale TLS-Version</translation>
    </message>
    <message>
        <source>TLS 1.2 (recommended)</source>
        <translation>TLS 1.2 (empfohlen)</translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>Allowed ciphers</source>
        <translation>Erlaubte Cipher</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s secure defaults</source>
        <translation>Sichere Standardwerte von OpenSSL</translation>
    </message>
    <message>
        <source>An OpenSSL cipher list for TLS 1.2, e.g. ECDHE+AESGCM. Leave it empty unless the server&apos;s administrator asks for it.</source>
        <translation>Eine OpenSSL-Cipher-Liste für TLS 1.2, z. B. ECDHE+AESGCM. Lassen Sie das Feld leer, sofern der Administrator des Servers nichts anderes verlangt.</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Zeitlimit für den Verbindungsaufbau in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the connect timeout</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Pinned server certificate SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck des festgelegten Serverzertifikats</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>When set, the server must present exactly this certificate, in every TLS mode.</source>
        <translation>Wenn gesetzt, muss der Server in jedem TLS-Modus genau dieses Zertifikat vorlegen.</translation>
    </message>
    <message>
        <source>&amp;Minimum TLS version:</source>
        <translation>&amp;Minimale TLS-Version:</translation>
    </message>
    <message>
        <source>C&amp;iphers:</source>
        <translation>C&amp;ipher:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Verbindungs&amp;zeitlimit:</translation>
    </message>
    <message>
        <source>Pinned &amp;certificate:</source>
        <translation>&amp;Festgelegtes Zertifikat:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be 64 hexadecimal digits (SHA-256), with or without colons.</source>
        <translation>Der festgelegte Fingerabdruck muss aus 64 Hexadezimalziffern (SHA-256) bestehen, mit oder ohne Doppelpunkte.</translation>
    </message>
</context>
<context>
    <name>ApplicationSnippets</name>
    <message>
        <source>sslcm profile &quot;%1&quot;: %2</source>
        <translation>sslcm-Profil „%1“: %2</translation>
    </message>
    <message>
        <source>%1 cannot use a CA folder: put the CA certificates into one file.</source>
        <translation>%1 kann keinen CA-Ordner verwenden: Fassen Sie die CA-Zertifikate in einer Datei zusammen.</translation>
    </message>
    <message>
        <source>%1 cannot require TLS 1.3: the connection may use TLS 1.2.</source>
        <translation>%1 kann TLS 1.3 nicht erzwingen: Die Verbindung kann TLS 1.2 verwenden.</translation>
    </message>
    <message>
        <source>PDO has no &quot;preferred&quot; mode: this code requires TLS (stricter).</source>
        <translation>PDO kennt keinen Modus „Bevorzugt“: Dieser Code verlangt TLS (strenger).</translation>
    </message>
    <message>
        <source>PDO only asks for TLS when an SSL attribute such as a CA file is set.</source>
        <translation>PDO fordert TLS nur an, wenn ein SSL-Attribut wie eine CA-Datei gesetzt ist.</translation>
    </message>
    <message>
        <source>PDO (mysqlnd) also checks the host name when it verifies: stricter than &quot;Verify CA&quot;.</source>
        <translation>PDO (mysqlnd) prüft bei der Verifizierung auch den Hostnamen: strenger als „CA prüfen“.</translation>
    </message>
    <message>
        <source>PyMySQL continues without TLS when the server does not offer it: it cannot enforce this profile&apos;s mode.</source>
        <translation>PyMySQL fährt ohne TLS fort, wenn der Server es nicht anbietet: Es kann den Modus dieses Profils nicht durchsetzen.</translation>
    </message>
    <message>
        <source>mysqlclient honours ssl_mode only with a client library that supports it (MySQL&apos;s, or MariaDB Connector/C with mysqlclient 2.2 or later).</source>
        <translation>mysqlclient beachtet ssl_mode nur mit einer Clientbibliothek, die es unterstützt (der von MySQL oder MariaDB Connector/C mit mysqlclient 2.2 oder neuer).</translation>
    </message>
    <message>
        <source>Without a CA file Java verifies against its own cacerts, not the system&apos;s CA certificates.</source>
        <translation>Ohne CA-Datei prüft Java gegen seine eigene cacerts-Datei, nicht gegen die CA-Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>Java names cipher suites differently: set enabledSSLCipherSuites yourself.</source>
        <translation>Java benennt Cipher-Suites anders: Setzen Sie enabledSSLCipherSuites selbst.</translation>
    </message>
    <message>
        <source>MariaDB Connector/J has no &quot;preferred&quot; mode: this URL requires TLS (stricter).</source>
        <translation>MariaDB Connector/J kennt keinen Modus „Bevorzugt“: Diese URL verlangt TLS (strenger).</translation>
    </message>
    <message>
        <source>Java names cipher suites differently: set enabledSslCipherSuites yourself.</source>
        <translation>Java benennt Cipher-Suites anders: Setzen Sie enabledSslCipherSuites selbst.</translation>
    </message>
    <message>
        <source>mysql2 has no &quot;preferred&quot; mode: this code requires TLS (stricter).</source>
        <translation>mysql2 kennt keinen Modus „Bevorzugt“: Dieser Code verlangt TLS (strenger).</translation>
    </message>
    <message>
        <source>Without a CA file Node.js verifies against its built-in CA list, not the system&apos;s (run node with --use-openssl-ca for the system&apos;s).</source>
        <translation>Ohne CA-Datei prüft Node.js gegen seine eingebaute CA-Liste, nicht gegen die des Systems (starten Sie node mit --use-openssl-ca, um die des Systems zu verwenden).</translation>
    </message>
    <message>
        <source>Go: a client certificate needs a registered TLS configuration; it verifies nothing, like &quot;Required&quot;.</source>
        <translation>Go: Ein Clientzertifikat erfordert eine registrierte TLS-Konfiguration; sie prüft nichts, wie „Erforderlich“.</translation>
    </message>
    <message>
        <source>Go names cipher suites differently and cannot restrict TLS 1.3 suites: set CipherSuites yourself.</source>
        <translation>Go benennt Cipher-Suites anders und kann TLS-1.3-Suites nicht einschränken: Setzen Sie CipherSuites selbst.</translation>
    </message>
    <message>
        <source>Go: with a client certificate this code requires TLS (stricter than &quot;preferred&quot;).</source>
        <translation>Go: Mit einem Clientzertifikat verlangt dieser Code TLS (strenger als „Bevorzugt“).</translation>
    </message>
    <message>
        <source>.NET names cipher suites differently: set TlsCipherSuites yourself.</source>
        <translation>.NET benennt Cipher-Suites anders: Setzen Sie TlsCipherSuites selbst.</translation>
    </message>
    <message>
        <source>QMYSQL with MariaDB Connector/C 3.3 (Qt 6.4) never checks host names and continues without TLS when the server does not offer it; sslcm&apos;s own connections go through its TLS gateway instead.</source>
        <translation>QMYSQL mit MariaDB Connector/C 3.3 (Qt 6.4) prüft nie Hostnamen und fährt ohne TLS fort, wenn der Server es nicht anbietet; die eigenen Verbindungen von sslcm laufen stattdessen über sein TLS-Gateway.</translation>
    </message>
    <message>
        <source>QMYSQL asks for TLS only when an SSL option such as a CA file is set.</source>
        <translation>QMYSQL fordert TLS nur an, wenn eine SSL-Option wie eine CA-Datei gesetzt ist.</translation>
    </message>
    <message>
        <source>Without a CA file QMYSQL verifies nothing.</source>
        <translation>Ohne CA-Datei prüft QMYSQL nichts.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be written into %3 safely: it is left out, set it yourself.</source>
        <translation>%1 „%2“ kann nicht sicher in %3 geschrieben werden: Er wird weggelassen; setzen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>Der Host</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Der Datenbankname</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; ends with a line break, which a command in a comment cannot show: the command says %2 instead, replace it yourself.</source>
        <translation>Der Dateiname „%1“ endet mit einem Zeilenumbruch, den ein Befehl in einem Kommentar nicht zeigen kann: Dort steht stattdessen %2, ersetzen Sie es selbst.</translation>
    </message>
    <message>
        <source>The password is an AWS RDS IAM sign-in token, valid for 15 minutes: make one for each connection.</source>
        <translation>Das Passwort ist ein Anmelde-Token von AWS RDS IAM, 15 Minuten gültig: Erzeugen Sie für jede Verbindung ein neues.</translation>
    </message>
    <message>
        <source>(the command in the sslcm profile)</source>
        <translation>(der Befehl im sslcm-Profil)</translation>
    </message>
    <message>
        <source>The password is a sign-in token from a command, run for each connection: %1</source>
        <translation>Das Passwort ist ein Anmelde-Token aus einem Befehl, der für jede Verbindung ausgeführt wird: %1</translation>
    </message>
    <message>
        <source>The password comes from a command, run for each connection: %1</source>
        <translation>Das Passwort stammt aus einem Befehl, der für jede Verbindung ausgeführt wird: %1</translation>
    </message>
    <message>
        <source>Run this program with: %1</source>
        <translation>Starten Sie dieses Programm mit: %1</translation>
    </message>
    <message>
        <source>The AWS region is not in the host name &quot;%1&quot;: replace REGION with the database&apos;s region.</source>
        <translation>Die AWS-Region steht nicht im Hostnamen „%1“: Ersetzen Sie REGION durch die Region der Datenbank.</translation>
    </message>
    <message>
        <source>An AWS RDS IAM sign-in token, valid for 15 minutes: make one for each connection.</source>
        <translation>Ein Anmelde-Token von AWS RDS IAM, 15 Minuten gültig: Erzeugen Sie für jede Verbindung ein neues.</translation>
    </message>
    <message>
        <source>PyMySQL sends a sign-in token in clear text to a server that asks for it, also without TLS: use it only with servers that offer TLS.</source>
        <translation>PyMySQL sendet ein Anmelde-Token im Klartext an einen Server, der es anfordert, auch ohne TLS: Verwenden Sie es nur mit Servern, die TLS anbieten.</translation>
    </message>
    <message>
        <source>QMYSQL sends a sign-in token in clear text to whichever server asks for it; with MariaDB Connector/C 3.3 that can be a server that was not verified, or one without TLS.</source>
        <translation>QMYSQL sendet ein Anmelde-Token im Klartext an jeden Server, der es anfordert; mit MariaDB Connector/C 3.3 kann das ein nicht geprüfter Server sein oder einer ohne TLS.</translation>
    </message>
    <message>
        <source>sslcm profile &quot;%1&quot;: %2, reached by sslcm through the SSH jump host %3 (this code connects directly)</source>
        <translation>sslcm-Profil &quot;%1&quot;: %2, von sslcm über den SSH-Sprung-Host %3 erreicht (dieser Code verbindet sich direkt)</translation>
    </message>
</context>
<context>
    <name>AuditFormats</name>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>%1 konnte nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditHistory</name>
    <message numerus="yes">
        <source>it is larger than %n MB</source>
        <translation>
            <numerusform>es ist größer als %n MB</numerusform>
            <numerusform>es ist größer als %n MB</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not an audit saved by sslcm</source>
        <translation>es ist kein von sslcm gespeichertes Audit</translation>
    </message>
    <message>
        <source>target %1 of %2 cannot be read</source>
        <translation>Ziel %1 von %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The last audit %1 could not be read: %2. It is left as it is, and no new audit replaces it until it can be read or is removed.</source>
        <translation>Das letzte Audit %1 konnte nicht gelesen werden: %2. Es bleibt unverändert, und kein neues Audit ersetzt es, bis es lesbar ist oder entfernt wird.</translation>
    </message>
    <message>
        <source>The last audit %1 is damaged (%2) and could not be moved aside (%3). It is left as it is, and no new audit replaces it until it is removed.</source>
        <translation>Das letzte Audit %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden (%3). Es bleibt unverändert, und kein neues Audit ersetzt es, bis es entfernt wird.</translation>
    </message>
    <message>
        <source>The last audit %1 is damaged (%2). It was kept as %3; the next audit writes a new one.</source>
        <translation>Das letzte Audit %1 ist beschädigt (%2). Es wurde als %3 aufbewahrt; das nächste Audit schreibt ein neues.</translation>
    </message>
    <message>
        <source>The last audit %1 could not be read (%2), so sslcm does not overwrite it.</source>
        <translation>Das letzte Audit %1 konnte nicht gelesen werden (%2), daher überschreibt sslcm es nicht.</translation>
    </message>
    <message>
        <source>The last audit %1 is damaged (%2) and could not be moved aside (%3), so sslcm does not overwrite it.</source>
        <translation>Das letzte Audit %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden (%3), daher überschreibt sslcm es nicht.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogin</name>
    <message>
        <source>Not logged in: this profile does not verify the server (mode %1), and the audit sends credentials only to a server whose identity was verified.</source>
        <extracomment>%1 is the profile&apos;s TLS mode (&quot;Required&quot;, &quot;Preferred&quot;)</extracomment>
        <translation>Nicht angemeldet: Dieses Profil prüft den Server nicht (Modus %1), und das Audit sendet Anmeldedaten nur an einen Server, dessen Identität geprüft wurde.</translation>
    </message>
    <message>
        <source>Choose “Verify CA” or “Verify CA and host name” with the server&apos;s CA, or pin its certificate, to have its accounts and sessions checked.</source>
        <translation>Wählen Sie „CA prüfen“ oder „CA und Hostnamen prüfen“ mit der CA des Servers, oder legen Sie sein Zertifikat fest, damit seine Konten und Sitzungen überprüft werden.</translation>
    </message>
    <message>
        <source>Not logged in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>Not logged in: the password source made no password. %1</source>
        <translation>Nicht angemeldet: Die Passwortquelle hat kein Passwort geliefert. %1</translation>
    </message>
    <message>
        <source>Check the profile&apos;s password source with “Try it” in the editor, or `sslcm-cli token`.</source>
        <translation>Prüfen Sie die Passwortquelle des Profils mit „Ausprobieren“ im Editor oder mit `sslcm-cli token`.</translation>
    </message>
    <message>
        <source>Logged in as %1 over %2, the server verified.</source>
        <extracomment>%1 is user@host:port, %2 the TLS version (&quot;TLSv1.3&quot;)</extracomment>
        <translation>Angemeldet als %1 über %2, der Server ist geprüft.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS settings could not be read: %1</source>
        <extracomment>%1 is the server&apos;s or the client library&apos;s message</extracomment>
        <translation>Die TLS-Einstellungen des Servers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run the audit again; if this repeats, check the server&apos;s error log.</source>
        <translation>Führen Sie das Audit erneut aus; tritt das wieder auf, prüfen Sie das Fehlerprotokoll des Servers.</translation>
    </message>
    <message>
        <source>have_ssl is %1: the server&apos;s TLS is not enabled.</source>
        <translation>have_ssl ist %1: TLS ist auf dem Server nicht aktiviert.</translation>
    </message>
    <message>
        <source>Configure ssl_cert and ssl_key (and ssl_ca) in the server&apos;s configuration and restart it.</source>
        <translation>Tragen Sie ssl_cert und ssl_key (und ssl_ca) in die Konfiguration des Servers ein und starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>The server has no require_secure_transport setting (MySQL 5.7 and MariaDB 10.5 added it), so it cannot refuse connections without TLS.</source>
        <translation>Der Server kennt die Einstellung require_secure_transport nicht (sie kam mit MySQL 5.7 und MariaDB 10.5 hinzu), daher kann er Verbindungen ohne TLS nicht abweisen.</translation>
    </message>
    <message>
        <source>Upgrade the server, and require TLS per account (REQUIRE SSL).</source>
        <translation>Aktualisieren Sie den Server, und schreiben Sie TLS pro Konto vor (REQUIRE SSL).</translation>
    </message>
    <message>
        <source>Run SET GLOBAL require_secure_transport = ON; and add require_secure_transport = ON under [mariadbd] in the server&apos;s my.cnf so that it stays on after a restart.</source>
        <translation>Führen Sie SET GLOBAL require_secure_transport = ON; aus und tragen Sie require_secure_transport = ON unter [mariadbd] in die my.cnf des Servers ein, damit es nach einem Neustart eingeschaltet bleibt.</translation>
    </message>
    <message>
        <source>Run SET GLOBAL require_secure_transport = ON; and add require_secure_transport = ON under [mysqld] in the server&apos;s my.cnf so that it stays on after a restart.</source>
        <translation>Führen Sie SET GLOBAL require_secure_transport = ON; aus und tragen Sie require_secure_transport = ON unter [mysqld] in die my.cnf des Servers ein, damit es nach einem Neustart eingeschaltet bleibt.</translation>
    </message>
    <message>
        <source>Run SET PERSIST require_secure_transport = ON; (it stays on after a restart).</source>
        <translation>Führen Sie SET PERSIST require_secure_transport = ON; aus (es bleibt nach einem Neustart eingeschaltet).</translation>
    </message>
    <message>
        <source>require_secure_transport is OFF: clients may connect without TLS.</source>
        <translation>require_secure_transport ist OFF: Clients dürfen sich ohne TLS verbinden.</translation>
    </message>
    <message>
        <source>tls_version is %1: the server still accepts %2.</source>
        <extracomment>%1 is the server&apos;s tls_version value, %2 the old versions in it</extracomment>
        <translation>tls_version ist %1: Der Server akzeptiert noch %2.</translation>
    </message>
    <message>
        <source>Set tls_version = TLSv1.2,TLSv1.3 under [mariadbd] in the server&apos;s my.cnf and restart it.</source>
        <translation>Setzen Sie tls_version = TLSv1.2,TLSv1.3 unter [mariadbd] in der my.cnf des Servers und starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>Run SET PERSIST tls_version = &apos;TLSv1.2,TLSv1.3&apos;; ALTER INSTANCE RELOAD TLS; (MySQL 8.0.16 and newer), or set it in my.cnf and restart the server.</source>
        <translation>Führen Sie SET PERSIST tls_version = &apos;TLSv1.2,TLSv1.3&apos;; ALTER INSTANCE RELOAD TLS; aus (MySQL 8.0.16 und neuer), oder setzen Sie den Wert in der my.cnf und starten Sie den Server neu.</translation>
    </message>
    <message>
        <source>The server reports that its certificate expired on %1, %2 ago.</source>
        <translation>Der Server meldet, dass sein Zertifikat am %1 abgelaufen ist; das ist %2 her.</translation>
    </message>
    <message>
        <source>Install a renewed certificate (ssl_cert, ssl_key) on the server: ALTER INSTANCE RELOAD TLS on MySQL, FLUSH SSL on MariaDB.</source>
        <translation>Installieren Sie ein erneuertes Zertifikat (ssl_cert, ssl_key) auf dem Server: ALTER INSTANCE RELOAD TLS bei MySQL, FLUSH SSL bei MariaDB.</translation>
    </message>
    <message>
        <source>The server reports that its certificate expires on %1, in %2.</source>
        <translation>Der Server meldet, dass sein Zertifikat am %1 abläuft (noch %2).</translation>
    </message>
    <message>
        <source>Renew the server&apos;s certificate before then and install it (ALTER INSTANCE RELOAD TLS on MySQL, FLUSH SSL on MariaDB).</source>
        <translation>Erneuern Sie das Zertifikat des Servers vorher und installieren Sie es (ALTER INSTANCE RELOAD TLS bei MySQL, FLUSH SSL bei MariaDB).</translation>
    </message>
    <message>
        <source>TLS is enabled and required (require_secure_transport = ON), tls_version is %1, the server&apos;s certificate is valid until %2.</source>
        <extracomment>%1 is tls_version (&quot;TLSv1.2,TLSv1.3&quot;), %2 a date</extracomment>
        <translation>TLS ist aktiviert und vorgeschrieben (require_secure_transport = ON), tls_version ist %1, das Zertifikat des Servers ist gültig bis: %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>require_secure_transport is ON: no account can log in without TLS.</source>
        <translation>require_secure_transport ist ON: Kein Konto kann sich ohne TLS anmelden.</translation>
    </message>
    <message>
        <source>The accounts were not checked: %1 may not read the grant tables (%2).</source>
        <extracomment>%1 is the account the audit logged in as, %2 the server&apos;s message</extracomment>
        <translation>Die Konten wurden nicht überprüft: %1 darf die Berechtigungstabellen nicht lesen (%2).</translation>
    </message>
    <message>
        <source>Audit with an account that may read mysql.user (and, on MariaDB, mysql.global_priv) to have them checked.</source>
        <translation>Führen Sie das Audit mit einem Konto aus, das mysql.user (und bei MariaDB mysql.global_priv) lesen darf, damit sie überprüft werden.</translation>
    </message>
    <message>
        <source>Every account that may connect from other hosts requires TLS.</source>
        <translation>Jedes Konto, das sich von anderen Hosts aus verbinden darf, erfordert TLS.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) can log in without TLS from other hosts: %1.</source>
        <extracomment>%n is the number of accounts, %1 their list</extracomment>
        <translation>
            <numerusform>%n Konto kann sich von anderen Hosts aus ohne TLS anmelden: %1.</numerusform>
            <numerusform>%n Konten können sich von anderen Hosts aus ohne TLS anmelden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Require TLS for them: Account TLS Requirements… in sslcm, or `sslcm-cli require --user USER --host HOST --require ssl`; or turn on require_secure_transport.</source>
        <translation>Schreiben Sie für sie TLS vor: „TLS-Anforderungen für Konten …“ in sslcm oder `sslcm-cli require --user USER --host HOST --require ssl`; oder schalten Sie require_secure_transport ein.</translation>
    </message>
    <message>
        <source>The sessions were not checked: the server does not say whether performance_schema is on, and only it shows each session&apos;s TLS.</source>
        <translation>Die Sitzungen wurden nicht überprüft: Der Server gibt nicht an, ob performance_schema eingeschaltet ist, und nur dort ist das TLS jeder Sitzung zu sehen.</translation>
    </message>
    <message>
        <source>The sessions were not checked: performance_schema is OFF on this server, and only it shows each session&apos;s TLS.</source>
        <translation>Die Sitzungen wurden nicht überprüft: performance_schema ist auf diesem Server OFF, und nur dort ist das TLS jeder Sitzung zu sehen.</translation>
    </message>
    <message>
        <source>Turn on performance_schema (performance_schema = ON in the server&apos;s my.cnf, then restart it) to have them checked.</source>
        <translation>Schalten Sie performance_schema ein (performance_schema = ON in der my.cnf des Servers, danach den Server neu starten), damit sie überprüft werden.</translation>
    </message>
    <message>
        <source>The sessions were not checked: %1 may not read performance_schema (%2).</source>
        <extracomment>%1 is the account the audit logged in as, %2 the server&apos;s message</extracomment>
        <translation>Die Sitzungen wurden nicht überprüft: %1 darf performance_schema nicht lesen (%2).</translation>
    </message>
    <message>
        <source>Grant the audit&apos;s account SELECT on performance_schema.threads and performance_schema.status_by_thread to have them checked.</source>
        <translation>Erteilen Sie dem Konto des Audits SELECT auf performance_schema.threads und performance_schema.status_by_thread, damit sie überprüft werden.</translation>
    </message>
    <message>
        <source>Every session from other clients uses TLS 1.2 or newer.</source>
        <translation>Jede Sitzung anderer Clients verwendet TLS 1.2 oder neuer.</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>und weitere</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <extracomment>%1 is a count, %2 user@host, %3 &quot;no TLS&quot; or a TLS version</extracomment>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without TLS or below TLS 1.2: %1.</source>
        <translation>
            <numerusform>%n Sitzung ohne TLS oder unter TLS 1.2: %1.</numerusform>
            <numerusform>%n Sitzungen ohne TLS oder unter TLS 1.2: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the applications behind them (user and client host) and make them connect with TLS; then require TLS for their accounts (REQUIRE SSL) or turn on require_secure_transport.</source>
        <translation>Ermitteln Sie die Anwendungen dahinter (Benutzer und Client-Host) und lassen Sie sie sich mit TLS verbinden; schreiben Sie dann TLS für ihre Konten vor (REQUIRE SSL) oder schalten Sie require_secure_transport ein.</translation>
    </message>
    <message>
        <source>Set tls_version = TLSv1.2 under [mysqld] in the server&apos;s my.cnf and restart it (MySQL 5.7 reads it only at startup).</source>
        <translation>Setzen Sie tls_version = TLSv1.2 unter [mysqld] in der my.cnf des Servers und starten Sie ihn neu (MySQL 5.7 liest den Wert nur beim Start).</translation>
    </message>
    <message>
        <source>Install a renewed certificate (ssl_cert, ssl_key) on the server and restart it (MySQL 5.7 reads it only at startup).</source>
        <translation>Installieren Sie ein erneuertes Zertifikat (ssl_cert, ssl_key) auf dem Server und starten Sie ihn neu (MySQL 5.7 liest es nur beim Start).</translation>
    </message>
    <message>
        <source>Renew the server&apos;s certificate before then, install it and restart the server (MySQL 5.7 reads it only at startup).</source>
        <translation>Erneuern Sie das Zertifikat des Servers vorher, installieren Sie es und starten Sie den Server neu (MySQL 5.7 liest es nur beim Start).</translation>
    </message>
</context>
<context>
    <name>AuditResultsFilter</name>
    <message>
        <source>All results</source>
        <extracomment>Severity filter of the Fleet Health view</extracomment>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Warnings and failures</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Severity filter: only targets without any problem</extracomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AuditResultsModel</name>
    <message>
        <source>What to do: %1</source>
        <extracomment>Tooltip line before what to do about an audit finding</extracomment>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>expired today</source>
        <extracomment>A certificate&apos;s expiry: it expired less than a day ago</extracomment>
        <translation>heute abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <extracomment>A certificate&apos;s expiry: less than a day left</extracomment>
        <translation>läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Not tested</source>
        <extracomment>Old TLS versions were not tried (unreachable, no TLS, or cancelled)</extracomment>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Which old TLS versions the server accepts: &quot;TLS 1.0, TLS 1.1&quot;, or &quot;No&quot;</extracomment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Next certificate expiry: %1 a date, %2 &quot;in 29 days&quot; / &quot;expired 3 days ago&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not readable</source>
        <extracomment>Accounts or sessions: not looked at (no login in this audit) or not readable</extracomment>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Check “Also log in” to look at accounts and sessions.</source>
        <translation>Aktivieren Sie „Auch anmelden“, um Konten und Sitzungen zu überprüfen.</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>The server certificate is not the one of the last audit
----------
Column: whether the server certificate changed since the last audit</extracomment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>The server certificate is the one of the last audit</extracomment>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Screen reader text of a Fleet Health cell: %1 its text, %2 its severity</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Old TLS accepted</source>
        <translation>Altes TLS akzeptiert</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Nächster Ablauf</translation>
    </message>
    <message>
        <source>Accounts without TLS</source>
        <translation>Konten ohne TLS</translation>
    </message>
    <message>
        <source>Sessions without TLS</source>
        <translation>Sitzungen ohne TLS</translation>
    </message>
</context>
<context>
    <name>AuditSecretsReader</name>
    <message>
        <source>The connection asks for its password each time; an audit does not ask, so it did not log in.</source>
        <translation>Die Verbindung fragt jedes Mal nach ihrem Passwort; ein Audit fragt nicht, daher hat es sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No password is saved for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>AuditSeverity</name>
    <message>
        <source>OK</source>
        <extracomment>The severity of an audit finding: nothing to do</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>The severity of an audit finding: worth knowing, nothing is wrong</extracomment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message numerus="yes">
        <source>%n verified</source>
        <extracomment>Part of the audit&apos;s summary line: &quot;12 verified&quot;</extracomment>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <extracomment>Part of the audit&apos;s summary line: targets whose worst finding is a failure</extracomment>
        <translation>
            <numerusform>%n mit Fehler</numerusform>
            <numerusform>%n mit Fehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <extracomment>Part of the audit&apos;s summary line: targets whose worst finding is a warning</extracomment>
        <translation>
            <numerusform>%n mit Warnungen</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within %1</source>
        <extracomment>Part of the audit&apos;s summary line: &quot;3 expiring within 30 days&quot;; %1 is &quot;30 days&quot;</extracomment>
        <translation>
            <numerusform>%n läuft innerhalb von %1 ab</numerusform>
            <numerusform>%n laufen innerhalb von %1 ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired certificate</source>
        <extracomment>Part of the audit&apos;s summary line: targets with an expired certificate</extracomment>
        <translation>
            <numerusform>%n mit abgelaufenem Zertifikat</numerusform>
            <numerusform>%n mit abgelaufenem Zertifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accept(s) TLS 1.0 or 1.1</source>
        <extracomment>Part of the audit&apos;s summary line: targets (servers) that still accept TLS 1.0 or 1.1</extracomment>
        <translation>
            <numerusform>%n akzeptiert TLS 1.0 oder 1.1</numerusform>
            <numerusform>%n akzeptieren TLS 1.0 oder 1.1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) without REQUIRE SSL</source>
        <extracomment>Part of the audit&apos;s summary line: accounts that can log in without TLS</extracomment>
        <translation>
            <numerusform>%n Konto ohne REQUIRE SSL</numerusform>
            <numerusform>%n Konten ohne REQUIRE SSL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without TLS 1.2 or later</source>
        <extracomment>Part of the audit&apos;s summary line: live sessions without TLS or below TLS 1.2</extracomment>
        <translation>
            <numerusform>%n Sitzung ohne TLS 1.2 oder neuer</numerusform>
            <numerusform>%n Sitzungen ohne TLS 1.2 oder neuer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s): %1</source>
        <extracomment>The audit&apos;s summary line: &quot;40 targets: 38 verified, 3 expiring within 30 days, ...&quot;</extracomment>
        <translation>
            <numerusform>%n Ziel: %1</numerusform>
            <numerusform>%n Ziele: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwsCredentialChain</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Add a profile that asks the aws CLI for them — [profile %1-sslcm] with credential_process = aws configure export-credentials --profile %1 --format process — and choose that one, or use a password command.</source>
        <translation>Legen Sie ein Profil an, das die aws CLI danach fragt – [profile %1-sslcm] mit credential_process = aws configure export-credentials --profile %1 --format process – und wählen Sie dieses, oder verwenden Sie einen Passwortbefehl.</translation>
    </message>
    <message>
        <source>Only one of aws_access_key_id and aws_secret_access_key is set for %1: set both.</source>
        <translation>Für %1 ist nur einer von aws_access_key_id und aws_secret_access_key gesetzt: Setzen Sie beide.</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile “%1”: %2</source>
        <translation>Der credential_process des AWS-Profils „%1“: %2</translation>
    </message>
    <message>
        <source>the command cannot be read: %1.</source>
        <translation>der Befehl kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>the command is empty.</source>
        <translation>der Befehl ist leer.</translation>
    </message>
    <message>
        <source>it must print {&quot;Version&quot;: 1, &quot;AccessKeyId&quot;: ..., &quot;SecretAccessKey&quot;: ..., &quot;SessionToken&quot;: ..., &quot;Expiration&quot;: ...}.</source>
        <translation>er muss {&quot;Version&quot;: 1, &quot;AccessKeyId&quot;: ..., &quot;SecretAccessKey&quot;: ..., &quot;SessionToken&quot;: ..., &quot;Expiration&quot;: ...} ausgeben.</translation>
    </message>
    <message>
        <source>what it printed is not JSON; %1</source>
        <translation>seine Ausgabe ist kein JSON; %1</translation>
    </message>
    <message>
        <source>its output is not of Version 1; %1</source>
        <translation>seine Ausgabe entspricht nicht Version 1; %1</translation>
    </message>
    <message>
        <source>AccessKeyId or SecretAccessKey is missing; %1</source>
        <translation>AccessKeyId oder SecretAccessKey fehlt; %1</translation>
    </message>
    <message>
        <source>Expiration “%1” is not an ISO 8601 time.</source>
        <translation>Expiration „%1“ ist keine Zeitangabe nach ISO 8601.</translation>
    </message>
    <message>
        <source>the credentials it printed expired at %1; sign in again (for example aws sso login) and retry.</source>
        <translation>die ausgegebenen Anmeldedaten sind am %1 abgelaufen; melden Sie sich erneut an (zum Beispiel mit aws sso login) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>credential_process von Profil %1</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set: set both, or neither to use a profile.</source>
        <translation>Nur eine von AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY ist gesetzt: Setzen Sie beide oder keine, um ein Profil zu verwenden.</translation>
    </message>
    <message>
        <source>No AWS credentials found: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and neither %1 nor %2 has a default profile. Run aws configure, or choose a profile.</source>
        <translation>Keine AWS-Anmeldedaten gefunden: AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind nicht gesetzt, und weder %1 noch %2 enthält ein Standardprofil. Führen Sie aws configure aus oder wählen Sie ein Profil.</translation>
    </message>
    <message>
        <source>There is no AWS profile “%1” in %2 or %3.</source>
        <translation>Es gibt kein AWS-Profil „%1“ in %2 oder %3.</translation>
    </message>
    <message>
        <source>AWS profile “%1” sets %2: its credentials must be fetched from AWS over the network, which sslcm does not do.</source>
        <translation>Das AWS-Profil „%1“ setzt %2: Seine Anmeldedaten müssten über das Netzwerk von AWS abgerufen werden, was sslcm nicht tut.</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>Profil %1 in %2</translation>
    </message>
    <message>
        <source>AWS profile “%1” has no credentials: set its aws_access_key_id and aws_secret_access_key, or a credential_process.</source>
        <translation>Das AWS-Profil „%1“ hat keine Anmeldedaten: Setzen Sie dort aws_access_key_id und aws_secret_access_key oder einen credential_process.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>Qt&apos;s MySQL driver (QMYSQL) is not installed; install the package libqt6sql6-mysql.</source>
        <translation>Der MySQL-Treiber von Qt (QMYSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-mysql.</translation>
    </message>
    <message>
        <source>The MySQL client library used by QMYSQL could not be found.</source>
        <translation>Die von QMYSQL verwendete MySQL-Clientbibliothek wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1, loaded from %2</source>
        <extracomment>%1 is a library name and version, %2 the file it was loaded from</extracomment>
        <translation>%1, geladen aus %2</translation>
    </message>
    <message>
        <source>sslcm:</source>
        <translation>sslcm:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <source>MySQL client library:</source>
        <translation>MySQL-Clientbibliothek:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
</context>
<context>
    <name>CaDownloadDialog</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Cancel Download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>&amp;Use This CA Certificate</source>
        <translation>Dieses CA-Zertifikat &amp;verwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Download CA Certificate</source>
        <translation>CA-Zertifikat herunterladen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Another HTTPS address</source>
        <extracomment>Download a CA certificate from an address that is not one of the known providers</extracomment>
        <translation>Andere HTTPS-Adresse</translation>
    </message>
    <message>
        <source>Address of the CA certificate</source>
        <translation>Adresse des CA-Zertifikats</translation>
    </message>
    <message>
        <source>Download the CA certificate</source>
        <translation>Das CA-Zertifikat herunterladen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Den Download abbrechen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Downloadfortschritt</translation>
    </message>
    <message>
        <source>The downloaded certificates are shown here. Nothing is stored until you have looked at them and chosen to use them.</source>
        <translation>Die heruntergeladenen Zertifikate werden hier angezeigt. Es wird nichts gespeichert, bevor Sie sie angesehen und sich entschieden haben, sie zu verwenden.</translation>
    </message>
    <message>
        <source>Use the downloaded CA certificate as the CA file</source>
        <translation>Das heruntergeladene CA-Zertifikat als CA-Datei verwenden</translation>
    </message>
    <message>
        <source>Saves the certificates in sslcm&apos;s data folder and makes the file this connection&apos;s CA file.</source>
        <translation>Speichert die Zertifikate im Datenordner von sslcm und macht die Datei zur CA-Datei dieser Verbindung.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Provider&apos;s documentation</source>
        <translation>Dokumentation des Anbieters</translation>
    </message>
    <message>
        <source>Enter the HTTPS address where the CA certificate is published. The server must have a certificate your system trusts.</source>
        <translation>Geben Sie die HTTPS-Adresse ein, unter der das CA-Zertifikat veröffentlicht ist. Der Server muss ein Zertifikat haben, dem Ihr System vertraut.</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) downloaded from %1. Check them below; nothing is stored until you choose “Use This CA Certificate”.</source>
        <extracomment>%n certificates were downloaded from %1 (an address)</extracomment>
        <translation>
            <numerusform>%n Zertifikat von %1 heruntergeladen. Prüfen Sie es unten; es wird nichts gespeichert, bevor Sie „Dieses CA-Zertifikat verwenden“ wählen.</numerusform>
            <numerusform>%n Zertifikate von %1 heruntergeladen. Prüfen Sie sie unten; es wird nichts gespeichert, bevor Sie „Dieses CA-Zertifikat verwenden“ wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded from %1</source>
        <extracomment>Where the certificates shown came from; %1 is an address</extracomment>
        <translation>Heruntergeladen von %1</translation>
    </message>
</context>
<context>
    <name>CaDownloader</name>
    <message>
        <source>Only https:// addresses are downloaded.</source>
        <translation>Es werden nur https://-Adressen heruntergeladen.</translation>
    </message>
    <message>
        <source>The download is larger than %1 KiB: that is not a CA certificate bundle.</source>
        <translation>Der Download ist größer als %1 KiB: Das ist kein CA-Zertifikatsbundle.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The download was redirected away from HTTPS.</source>
        <translation>Der Download wurde von HTTPS weg umgeleitet.</translation>
    </message>
    <message>
        <source>The download holds no certificate.</source>
        <translation>Der Download enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>There is no certificate to save.</source>
        <translation>Es gibt kein Zertifikat zum Speichern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>„%1“ ist kein Dateiname.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>EXPIRED %1 ago</source>
        <translation>ABGELAUFEN (%1 her)</translation>
    </message>
    <message>
        <source>NOT YET VALID, starts in %1</source>
        <translation>NOCH NICHT GÜLTIG, noch %1 bis zum Beginn</translation>
    </message>
    <message>
        <source>valid, %1 left</source>
        <translation>gültig, noch %1</translation>
    </message>
    <message>
        <source>subject:</source>
        <translation>Subjekt:</translation>
    </message>
    <message>
        <source>issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>not before:</source>
        <translation>gültig ab:</translation>
    </message>
    <message>
        <source>not after:</source>
        <translation>gültig bis:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>public key:</source>
        <translation>öffentl. Schlüssel:</translation>
    </message>
    <message>
        <source>signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <source>alternative names:</source>
        <translation>alternative Namen:</translation>
    </message>
    <message>
        <source>key usage:</source>
        <translation>Schlüsselverwendung:</translation>
    </message>
    <message>
        <source>extended key usage:</source>
        <translation>erw. Verwendung:</translation>
    </message>
    <message>
        <source>CA:</source>
        <translation>CA:</translation>
    </message>
    <message>
        <source>yes, path length %1</source>
        <translation>ja, Pfadlänge %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>subject key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>authority key id:</source>
        <translation>CA-Schlüssel-ID:</translation>
    </message>
    <message>
        <source>CRL:</source>
        <translation>CRL:</translation>
    </message>
    <message>
        <source>OCSP:</source>
        <translation>OCSP:</translation>
    </message>
    <message>
        <source>CA issuers:</source>
        <translation>CA-Aussteller:</translation>
    </message>
    <message>
        <source>self-signed:</source>
        <translation>selbstsigniert:</translation>
    </message>
    <message>
        <source>  cert FILE [--json] [--host NAME] [--ca FILE] [--capath DIR] [--at DATE]
                            show every certificate in FILE (PEM, DER, PKCS#7);
                            check the host name and the chain to a CA at DATE
                            (ISO 8601, default now); exit 1 if something is wrong
</source>
        <translation>  cert FILE [--json] [--host NAME] [--ca FILE] [--capath DIR] [--at DATE]
                            jedes Zertifikat in FILE anzeigen (PEM, DER, PKCS#7);
                            Hostnamen und Kette zu einer CA zum Zeitpunkt DATE prüfen
                            (ISO 8601, Standard: jetzt); Exit-Status 1, wenn etwas nicht stimmt
</translation>
    </message>
    <message>
        <source>&quot;cert&quot; needs a FILE</source>
        <translation>„cert“ braucht eine Datei (FILE)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date such as 2031-05-04 or 2031-05-04T12:00:00Z</source>
        <translation>--at braucht ein Datum nach ISO 8601 wie 2031-05-04 oder 2031-05-04T12:00:00Z</translation>
    </message>
    <message>
        <source>host %1: matches %2</source>
        <translation>Host %1: passt zu %2</translation>
    </message>
    <message>
        <source>host %1: DOES NOT MATCH. %2</source>
        <translation>Host %1: PASST NICHT. %2</translation>
    </message>
    <message numerus="yes">
        <source>chain: verified against %1 (%n certificate(s))</source>
        <translation>
            <numerusform>Kette: geprüft gegen %1 (%n Zertifikat)</numerusform>
            <numerusform>Kette: geprüft gegen %1 (%n Zertifikate)</numerusform>
        </translation>
    </message>
    <message>
        <source>chain: DOES NOT VERIFY against %1. %2</source>
        <translation>Kette: Prüfung gegen %1 FEHLGESCHLAGEN. %2</translation>
    </message>
    <message>
        <source>Certificate %1 of %2</source>
        <translation>Zertifikat %1 von %2</translation>
    </message>
</context>
<context>
    <name>CertificateChainModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Certification path</source>
        <translation>Zertifizierungspfad</translation>
    </message>
</context>
<context>
    <name>CertificateChecks</name>
    <message>
        <source>The private key is encrypted; enter its passphrase to check it.</source>
        <translation>Der private Schlüssel ist verschlüsselt; geben Sie seine Passphrase ein, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key could not be read.</source>
        <translation>Der öffentliche Schlüssel des Zertifikats konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The private key (%1) does not belong to the certificate &quot;%2&quot; (%3).</source>
        <translation>Der private Schlüssel (%1) gehört nicht zum Zertifikat „%2“ (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CA certificate (it has no CA:TRUE): it looks like a server&apos;s or client&apos;s own certificate. Use the CA certificate that issued it.</source>
        <translation>„%1“ ist kein CA-Zertifikat (es hat kein CA:TRUE): Es sieht aus wie das eigene Zertifikat eines Servers oder Clients. Verwenden Sie das CA-Zertifikat, das es ausgestellt hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; says it is a CA but may not sign certificates (no Certificate Sign key usage).</source>
        <translation>„%1“ gibt sich als CA aus, darf aber keine Zertifikate signieren (keine Schlüsselverwendung „Certificate Sign“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expired on %2 (%3 ago).</source>
        <translation>„%1“ ist am %2 abgelaufen (das ist %3 her).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid before %2 (in %3).</source>
        <translation>„%1“ ist erst ab %2 gültig (noch %3).</translation>
    </message>
</context>
<context>
    <name>CertificateDetailsModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Fingerabdrücke</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Namen (SAN)</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>URIs</source>
        <translation>URIs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>not critical</source>
        <translation>nicht kritisch</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>CertificateDisplay</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>weniger als eine Stunde</translation>
    </message>
</context>
<context>
    <name>CertificateFilePicker</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Anzeigen …</translation>
    </message>
    <message>
        <source>Optional: a folder of hashed CA certificates</source>
        <translation>Optional: ein Ordner mit gehashten CA-Zertifikaten</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <extracomment>%1 is the field, e.g. &quot;CA certificate file&quot;</extracomment>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Choose a CA Certificate Folder</source>
        <translation>CA-Zertifikatsordner auswählen</translation>
    </message>
    <message>
        <source>Choose a Private Key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Choose a Certificate File</source>
        <translation>Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der *.p8)</source>
        <translation>Schlüssel (*.pem *.key *.der *.p8)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No CA file: the system&apos;s trusted certificate authorities are used.</source>
        <translation>Keine CA-Datei: Die vertrauenswürdigen Zertifizierungsstellen des Systems werden verwendet.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>This is a file, not a folder; choose it as the CA file instead.</source>
        <translation>Dies ist eine Datei, kein Ordner; wählen Sie sie stattdessen als CA-Datei aus.</translation>
    </message>
    <message numerus="yes">
        <source>This folder holds %n file(s).</source>
        <translation>
            <numerusform>Dieser Ordner enthält %n Datei.</numerusform>
            <numerusform>Dieser Ordner enthält %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder of hashed CA certificates, or the CA file above</source>
        <translation>Ein Ordner mit gehashten CA-Zertifikaten oder die CA-Datei oben</translation>
    </message>
    <message>
        <source>Required: your provider&apos;s CA certificate</source>
        <translation>Erforderlich: das CA-Zertifikat Ihres Anbieters</translation>
    </message>
    <message>
        <source>No CA file yet: this mode checks the server against your provider&apos;s CA certificate, so choose it here (or a CA folder below).</source>
        <translation>Noch keine CA-Datei: Dieser Modus prüft den Server gegen das CA-Zertifikat Ihres Anbieters; wählen Sie es also hier aus (oder unten einen CA-Ordner).</translation>
    </message>
</context>
<context>
    <name>CertificateFileSummary</name>
    <message>
        <source>This file holds a private key, %1 (%2).</source>
        <translation>Diese Datei enthält einen privaten Schlüssel, %1 (%2).</translation>
    </message>
    <message>
        <source>This file holds an encrypted private key (%1); its passphrase will be asked for.</source>
        <translation>Diese Datei enthält einen verschlüsselten privaten Schlüssel (%1); seine Passphrase wird abgefragt.</translation>
    </message>
    <message>
        <source>valid until %1 (%2)</source>
        <translation>gültig bis %1 (noch %2)</translation>
    </message>
    <message>
        <source>This file holds a private key where a certificate was expected.</source>
        <translation>Diese Datei enthält einen privaten Schlüssel, erwartet wurde aber ein Zertifikat.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n CA certificate(s) in this file is valid now.</source>
        <translation>
            <numerusform>Das CA-Zertifikat in dieser Datei ist derzeit nicht gültig.</numerusform>
            <numerusform>Keines der %n CA-Zertifikate in dieser Datei ist derzeit gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds 1 CA certificate, %1, %2.</source>
        <translation>Diese Datei enthält 1 CA-Zertifikat, %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n CA certificate(s).</source>
        <translation>
            <numerusform>Diese Datei enthält %n CA-Zertifikat.</numerusform>
            <numerusform>Diese Datei enthält %n CA-Zertifikate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be used now (expired or not yet valid).</source>
        <translation>
            <numerusform>%n davon ist derzeit nicht verwendbar (abgelaufen oder noch nicht gültig).</numerusform>
            <numerusform>%n davon sind derzeit nicht verwendbar (abgelaufen oder noch nicht gültig).</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds a certificate for &quot;%1&quot;, %2, %3.</source>
        <translation>Diese Datei enthält ein Zertifikat für „%1“, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n certificate(s); the first is &quot;%1&quot;, %2, %3.</source>
        <translation>
            <numerusform>Diese Datei enthält %n Zertifikat; es ist „%1“, %2, %3.</numerusform>
            <numerusform>Diese Datei enthält %n Zertifikate; das erste ist „%1“, %2, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>It also holds a private key.</source>
        <translation>Sie enthält außerdem einen privaten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>CertificateLoader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB); certificate and key files are smaller than %3 MB.</source>
        <translation>Die Datei %1 ist zu groß (%2 MB); Zertifikats- und Schlüsseldateien sind kleiner als %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large; certificate and key files are smaller than %2 MB.</source>
        <translation>Die Datei %1 ist zu groß; Zertifikats- und Schlüsseldateien sind kleiner als %2 MB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The data is too large; certificate files are smaller than %1 MB.</source>
        <translation>Die Daten sind zu groß; Zertifikatsdateien sind kleiner als %1 MB.</translation>
    </message>
    <message>
        <source>Block %1 (%2) is damaged and was skipped.</source>
        <translation>Block %1 (%2) ist beschädigt und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The PKCS#7 bundle holds no certificates.</source>
        <translation>Das PKCS#7-Bündel enthält keine Zertifikate.</translation>
    </message>
    <message>
        <source>The file looks like a certificate file, but its certificates are damaged.</source>
        <translation>Die Datei sieht wie eine Zertifikatsdatei aus, aber ihre Zertifikate sind beschädigt.</translation>
    </message>
    <message>
        <source>The file holds a private key, not a certificate.</source>
        <translation>Die Datei enthält einen privaten Schlüssel, kein Zertifikat.</translation>
    </message>
    <message>
        <source>The file holds no certificate, only: %1.</source>
        <translation>Die Datei enthält kein Zertifikat, nur: %1.</translation>
    </message>
    <message>
        <source>This is not a certificate file (neither PEM, DER nor PKCS#7).</source>
        <translation>Dies ist keine Zertifikatsdatei (weder PEM noch DER noch PKCS#7).</translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <extracomment>Window title; %1 is a file name</extracomment>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Server Certificate Chain</source>
        <translation>Zertifikatskette des Servers</translation>
    </message>
    <message>
        <source>Presented by the server</source>
        <extracomment>Where the certificates shown came from</extracomment>
        <translation>Vom Server vorgelegt</translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Name mismatch</source>
        <translation>Name passt nicht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expired on %1, %2 ago.</source>
        <translation>Abgelaufen am %1, das ist %2 her.</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Valid from %1, in %2.</source>
        <translation>Gültig ab %1 (noch %2).</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1; renew it soon.</source>
        <translation>Gültig bis %1; erneuern Sie es bald.</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Signed by its own key: trust it only if you know where it came from. Valid until %1.</source>
        <translation>Mit dem eigenen Schlüssel signiert: Vertrauen Sie ihm nur, wenn Sie wissen, woher es stammt. Gültig bis %1.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 left).</source>
        <translation>Gültig bis %1 (noch %2).</translation>
    </message>
</context>
<context>
    <name>CertificateViewer</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Open a certificate file or drop one here.</source>
        <translation>Öffnen Sie eine Zertifikatsdatei oder ziehen Sie eine hierher.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a certificate file (PEM, DER or PKCS#7)</source>
        <translation>Eine Zertifikatsdatei öffnen (PEM, DER oder PKCS#7)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Time left until expiry</source>
        <translation>Verbleibende Zeit bis zum Ablauf</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint to the clipboard</source>
        <translation>Den SHA-256-Fingerabdruck in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Restlaufzeit:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Certification path</source>
        <translation>Zertifizierungspfad</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Fields and extensions</source>
        <translation>Felder und Erweiterungen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Certificate in PEM format</source>
        <translation>Zertifikat im PEM-Format</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>PEM kopieren</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save certificate as PEM file</source>
        <translation>Zertifikat als PEM-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;PEM</source>
        <translation>&amp;PEM</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n certificate(s)</source>
        <translation>
            <numerusform>%1 – %n Zertifikat</numerusform>
            <numerusform>%1 – %n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Kein Zertifikat</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Kein Zertifikat erkannt</translation>
    </message>
    <message>
        <source>%1 (itself)</source>
        <translation>%1 (es selbst)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>abgelaufen (%1 her)</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>noch %1 bis zum Beginn</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>No certificate is selected.</source>
        <translation>Es ist kein Zertifikat ausgewählt.</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Zertifikat öffnen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p7c)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save certificate as</source>
        <translation>Zertifikat speichern unter</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Compare with CA &amp;File…</source>
        <translation>Mit &amp;CA-Datei vergleichen …</translation>
    </message>
    <message>
        <source>Check whether this chain leads to the CA certificates in a file</source>
        <translation>Prüfen, ob diese Kette zu den CA-Zertifikaten in einer Datei führt</translation>
    </message>
    <message>
        <source>Compare with CA file</source>
        <translation>Mit CA-Datei vergleichen</translation>
    </message>
    <message>
        <source>✓ The chain leads to “%1” in %2.</source>
        <extracomment>✓ is shown with the text, never colour alone</extracomment>
        <translation>✓ Die Kette führt zu „%1“ in %2.</translation>
    </message>
    <message>
        <source>✗ The chain does not lead to the CA in %1: it names the issuer “%2”, and the file holds %3. %4</source>
        <translation>✗ Die Kette führt nicht zur CA in %1: Sie nennt den Aussteller „%2“, und die Datei enthält %3. %4</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <source>There is no certificate to verify.</source>
        <translation>Es gibt kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>The certificate could not be decoded.</source>
        <translation>Das Zertifikat konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>OpenSSL could not start the verification.</source>
        <translation>OpenSSL konnte die Prüfung nicht starten.</translation>
    </message>
    <message>
        <source>The chain does not verify: %1.</source>
        <translation>Die Prüfung der Kette ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The CA file cannot be used: %1</source>
        <translation>Die CA-Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The CA folder %1 does not exist.</source>
        <translation>Der CA-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The CA folder %1 cannot be used.</source>
        <translation>Der CA-Ordner %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CA certificates could not be loaded.</source>
        <translation>Die vertrauenswürdigen CA-Zertifikate des Systems konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;sslcm-cli --help&quot; for usage.</source>
        <translation>Hinweise zur Verwendung: „sslcm-cli --help“.</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; needs a subcommand: list, add or remove</source>
        <translation>„profiles“ braucht einen Unterbefehl: list, add oder remove</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;profiles %1&quot;</source>
        <translation>unbekannter Unterbefehl „profiles %1“</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>No profiles. Add one with &quot;sslcm-cli profiles add --name NAME --host HOST&quot; or in the sslcm window.</source>
        <translation>Keine Profile. Fügen Sie eines mit „sslcm-cli profiles add --name NAME --host HOST“ oder im sslcm-Fenster hinzu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>SSL MODE</source>
        <translation>SSL-MODUS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist erforderlich</translation>
    </message>
    <message>
        <source>--host is required</source>
        <translation>--host ist erforderlich</translation>
    </message>
    <message>
        <source>--port must be a number between 1 and 65535, not &quot;%1&quot;</source>
        <translation>--port muss eine Zahl zwischen 1 und 65535 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown --ssl-mode &quot;%1&quot;; use disabled, preferred, required, verify-ca or verify-identity</source>
        <translation>unbekannter --ssl-mode „%1“; verwenden Sie disabled, preferred, required, verify-ca oder verify-identity</translation>
    </message>
    <message>
        <source>unknown --tls-version &quot;%1&quot;; use TLSv1.2 or TLSv1.3</source>
        <translation>unbekannte --tls-version „%1“; verwenden Sie TLSv1.2 oder TLSv1.3</translation>
    </message>
    <message>
        <source>--pin must be a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--pin muss ein SHA-256-Fingerabdruck sein (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>--connect-timeout must be a number of seconds</source>
        <translation>--connect-timeout muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>--%1: %2 does not exist</source>
        <translation>--%1: %2 existiert nicht</translation>
    </message>
    <message>
        <source>--%1: %2 is not a folder</source>
        <translation>--%1: %2 ist kein Ordner</translation>
    </message>
    <message>
        <source>--%1: %2 is a folder, not a file</source>
        <translation>--%1: %2 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>--%1: %2 cannot be read (check its permissions)</source>
        <translation>--%1: %2 kann nicht gelesen werden (prüfen Sie die Zugriffsrechte)</translation>
    </message>
    <message>
        <source>the profile file cannot be changed; nothing was added</source>
        <translation>die Profildatei kann nicht geändert werden; es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin: die Standardeingabe enthielt kein Passwort</translation>
    </message>
    <message>
        <source>the password could not be stored, so the profile was not added: %1</source>
        <translation>das Passwort konnte nicht gespeichert werden, daher wurde das Profil nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; (%2).</source>
        <translation>Profil „%1“ (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>&quot;profiles remove&quot; takes exactly one profile name or id</source>
        <translation>„profiles remove“ erwartet genau einen Profilnamen oder eine ID</translation>
    </message>
    <message>
        <source>the profile file cannot be changed; nothing was removed</source>
        <translation>die Profildatei kann nicht geändert werden; es wurde nichts entfernt</translation>
    </message>
    <message>
        <source>no profile is named or has the id &quot;%1&quot;</source>
        <translation>kein Profil heißt „%1“ oder hat diese ID</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; (%2).</source>
        <translation>Profil „%1“ (%2) entfernt.</translation>
    </message>
    <message>
        <source>warning: the profile&apos;s stored secrets could not be deleted: %1</source>
        <translation>Warnung: die gespeicherten Geheimnisse des Profils konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>&quot;test&quot; takes one profile, or connection options</source>
        <translation>„test“ erwartet ein Profil oder Verbindungsoptionen</translation>
    </message>
    <message>
        <source>give either a profile or --host, not both</source>
        <translation>geben Sie entweder ein Profil oder --host an, nicht beides</translation>
    </message>
    <message>
        <source>&quot;probe&quot; takes one HOST or HOST:PORT</source>
        <translation>„probe“ erwartet genau ein HOST oder HOST:PORT</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST or HOST:PORT</source>
        <translation>„%1“ ist nicht HOST oder HOST:PORT</translation>
    </message>
    <message>
        <source>the profile file cannot be changed</source>
        <translation>die Profildatei kann nicht geändert werden</translation>
    </message>
    <message>
        <source>no TLS session with %1: %2</source>
        <translation>keine TLS-Sitzung mit %1: %2</translation>
    </message>
    <message>
        <source>the server presented no CA certificate to trust; pin its certificate with --pin instead</source>
        <translation>der Server hat kein CA-Zertifikat vorgelegt, dem vertraut werden könnte; legen Sie stattdessen sein Zertifikat mit --pin fest</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be read</source>
        <translation>das Zertifikat des Servers konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>CA certificate presented by %1:</source>
        <translation>Von %1 vorgelegtes CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Server certificate presented by %1:</source>
        <translation>Von %1 vorgelegtes Serverzertifikat:</translation>
    </message>
    <message>
        <source>  subject: %1</source>
        <translation>  Subjekt:    %1</translation>
    </message>
    <message>
        <source>  issuer:  %1</source>
        <translation>  Aussteller: %1</translation>
    </message>
    <message>
        <source>  valid:   %1 to %2</source>
        <translation>  gültig:     %1 bis %2</translation>
    </message>
    <message>
        <source>Compare the fingerprint with one from the server&apos;s administrator or provider, then run again with --yes to trust it.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem vom Administrator oder Anbieter des Servers und führen Sie den Befehl dann erneut mit --yes aus, um ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>Saved as %1; it is now the profile&apos;s CA file (mode %2).</source>
        <translation>Als %1 gespeichert; dies ist jetzt die CA-Datei des Profils (Modus %2).</translation>
    </message>
    <message>
        <source>Pinned; a different certificate will be refused (mode %1).</source>
        <translation>Festgelegt; ein anderes Zertifikat wird abgelehnt (Modus %1).</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be tested as it is: %2</source>
        <translation>Profil „%1“ kann so nicht getestet werden: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n profiles are named &quot;%1&quot;; give the id of one: %2</source>
        <translation>
            <numerusform>%n Profil heißt „%1“; geben Sie die ID eines davon an: %2</numerusform>
            <numerusform>%n Profile heißen „%1“; geben Sie die ID eines davon an: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the result was not kept with the profile: %1</source>
        <translation>Warnung: Das Ergebnis wurde nicht beim Profil gespeichert: %1</translation>
    </message>
    <message>
        <source>choose one password source: --ask-password, --password-command or --aws-iam</source>
        <translation>wählen Sie nur eine Passwortquelle: --ask-password, --password-command oder --aws-iam</translation>
    </message>
    <message>
        <source>--clear-text-token goes with --password-command</source>
        <translation>--clear-text-token gehört zu --password-command</translation>
    </message>
    <message>
        <source>--aws-region and --aws-profile go with --aws-iam</source>
        <translation>--aws-region und --aws-profile gehören zu --aws-iam</translation>
    </message>
    <message>
        <source>--password-stdin gives the password itself: it does not go with --password-command or --aws-iam</source>
        <translation>--password-stdin liefert das Passwort selbst: es lässt sich nicht mit --password-command oder --aws-iam kombinieren</translation>
    </message>
    <message>
        <source>--password-command: %1</source>
        <translation>--password-command: %1</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>--password-stdin stores a password in the keychain; this profile&apos;s password comes from somewhere else</source>
        <translation>--password-stdin speichert ein Passwort im Schlüsselbund; das Passwort dieses Profils stammt aus einer anderen Quelle</translation>
    </message>
    <message>
        <source>  token PROFILE [--force]   a fresh password or sign-in token from the profile&apos;s
                            password command or AWS RDS IAM sign-in, on standard
                            output, for mysql --password=&quot;$(sslcm-cli token PROFILE)&quot;;
                            refuses a terminal unless --force
</source>
        <translation>  token PROFILE [--force]   ein neues Passwort oder Anmelde-Token aus dem Passwortbefehl
                            des Profils oder der Anmeldung über AWS RDS IAM, auf der
                            Standardausgabe, für mysql --password=&quot;$(sslcm-cli token PROFILE)&quot;;
                            verweigert die Ausgabe auf ein Terminal, außer mit --force
</translation>
    </message>
    <message>
        <source>&quot;token&quot; takes one profile</source>
        <translation>„token“ erwartet ein Profil</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no password command or AWS sign-in (its password: %2); &quot;token&quot; only prints what such a source makes</source>
        <translation>das Profil „%1“ hat keinen Passwortbefehl und keine AWS-Anmeldung (sein Passwort: %2); „token“ gibt nur aus, was eine solche Quelle erzeugt</translation>
    </message>
    <message>
        <source>standard output is a terminal: the token would stay on the screen. Use it in a command substitution or a pipe, or add --force</source>
        <translation>die Standardausgabe ist ein Terminal: Das Token bliebe auf dem Bildschirm stehen. Verwenden Sie den Befehl in einer Befehlsersetzung oder einer Pipe, oder fügen Sie --force hinzu</translation>
    </message>
    <message>
        <source>the token could not be written to standard output</source>
        <translation>das Token konnte nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>Passphrase for the SSH key %1: </source>
        <extracomment>%1 is the SSH jump host&apos;s private key file</extracomment>
        <translation>Passphrase für den SSH-Schlüssel %1: </translation>
    </message>
    <message>
        <source>Usage: sslcm-cli COMMAND [OPTIONS]

Commands:
  --version                 versions of sslcm, Qt, OpenSSL and the MySQL client library in use
  profiles list [--json]    list the saved connection profiles
  profiles add --name N --host H [--port P] [--user U] [--database D]
               [--ssl-mode MODE] [--ssl-ca F] [--ssl-capath D] [--ssl-cert F]
               [--ssl-key F] [--tls-version TLSv1.2|TLSv1.3] [--ssl-cipher C]
               [--pin SHA256] [--connect-timeout S] [--notes TEXT]
               [--password-stdin | --ask-password
                | --password-command COMMAND [--clear-text-token]
                | --aws-iam [--aws-region R] [--aws-profile P]]
               [--ssh [USER@]HOST[:PORT] [--ssh-key F [--ssh-key-passphrase-stdin]
                                         | --ssh-password-stdin]]
                            add a profile; the password read from standard input goes
                            to the system keychain, never to a file; or it is asked for,
                            printed by COMMAND (run without a shell; {host} {port} {user}
                            are replaced), or an AWS RDS IAM token sslcm signs itself
  profiles remove NAME|ID   remove a profile and its stored secrets
  test PROFILE [--json] [--password-stdin] [--ssh-password-stdin
       | --ssh-key-passphrase-stdin]
  test --host H [--port P] [--user U] [--database D] [--ssl-mode MODE]
       [--ssl-ca F] [--ssl-capath D] [--ssl-cert F --ssl-key F] [--pin SHA256]
       [--tls-version TLSv1.2|TLSv1.3] [--connect-timeout S] [--password-stdin] [--json]
       [--password-command COMMAND [--clear-text-token] | --aws-iam ...]
       [--ssh [USER@]HOST[:PORT] [--ssh-key F | --ssh-password-stdin] ...]
                            test a connection stage by stage through sslcm&apos;s TLS gateway;
                            exit 0 secure and verified, 1 connected but weaker, 2 failed
  trust PROFILE --use-server-ca|--pin [--yes]
                            trust on first use: show the server&apos;s CA certificate (or its
                            certificate&apos;s fingerprint) and, with --yes, make it the profile&apos;s
                            CA file (or pin it)
  trust PROFILE|--ssh [USER@]HOST[:PORT] --ssh-host-key [--yes]
                            show the SSH jump host&apos;s key type and SHA256 fingerprint and,
                            when confirmed on the terminal or with --yes, add it to sslcm&apos;s
                            own list; a changed key is refused, --yes or not
  probe HOST[:PORT] [--ssl-ca F] [--ssl-capath D] [--json]
        [--ssh [USER@]HOST[:PORT] [--ssh-key F | --ssh-password-stdin]]
                            the server&apos;s TLS facts and certificate chain, without logging in
</source>
        <translation>Aufruf: sslcm-cli COMMAND [OPTIONS]

Befehle:
  --version                 Versionen von sslcm, Qt, OpenSSL und der verwendeten MySQL-Clientbibliothek
  profiles list [--json]    die gespeicherten Verbindungsprofile auflisten
  profiles add --name N --host H [--port P] [--user U] [--database D]
               [--ssl-mode MODE] [--ssl-ca F] [--ssl-capath D] [--ssl-cert F]
               [--ssl-key F] [--tls-version TLSv1.2|TLSv1.3] [--ssl-cipher C]
               [--pin SHA256] [--connect-timeout S] [--notes TEXT]
               [--password-stdin | --ask-password
                | --password-command COMMAND [--clear-text-token]
                | --aws-iam [--aws-region R] [--aws-profile P]]
               [--ssh [USER@]HOST[:PORT] [--ssh-key F [--ssh-key-passphrase-stdin]
                                         | --ssh-password-stdin]]
                            ein Profil hinzufügen; das von der Standardeingabe gelesene Passwort
                            kommt in den Schlüsselbund des Systems, nie in eine Datei; oder es
                            wird abgefragt, von COMMAND ausgegeben (ohne Shell ausgeführt; {host}
                            {port} {user} werden ersetzt) oder ist ein AWS-RDS-IAM-Token, das
                            sslcm selbst signiert
  profiles remove NAME|ID   ein Profil und seine gespeicherten Geheimnisse entfernen
  test PROFILE [--json] [--password-stdin] [--ssh-password-stdin
       | --ssh-key-passphrase-stdin]
  test --host H [--port P] [--user U] [--database D] [--ssl-mode MODE]
       [--ssl-ca F] [--ssl-capath D] [--ssl-cert F --ssl-key F] [--pin SHA256]
       [--tls-version TLSv1.2|TLSv1.3] [--connect-timeout S] [--password-stdin] [--json]
       [--password-command COMMAND [--clear-text-token] | --aws-iam ...]
       [--ssh [USER@]HOST[:PORT] [--ssh-key F | --ssh-password-stdin] ...]
                            eine Verbindung Schritt für Schritt über das TLS-Gateway von sslcm
                            testen; Exit-Status 0 sicher und verifiziert, 1 verbunden, aber
                            schwächer, 2 fehlgeschlagen
  trust PROFILE --use-server-ca|--pin [--yes]
                            Vertrauen bei erster Verwendung: das CA-Zertifikat des Servers (oder
                            den Fingerabdruck seines Zertifikats) anzeigen und es mit --yes zur
                            CA-Datei des Profils machen (bzw. anpinnen)
  trust PROFILE|--ssh [USER@]HOST[:PORT] --ssh-host-key [--yes]
                            Schlüsseltyp und SHA256-Fingerabdruck des SSH-Sprung-Hosts anzeigen
                            und den Schlüssel nach Bestätigung im Terminal oder mit --yes zur
                            eigenen Liste von sslcm hinzufügen; ein geänderter Schlüssel wird
                            abgelehnt, mit oder ohne --yes
  probe HOST[:PORT] [--ssl-ca F] [--ssl-capath D] [--json]
        [--ssh [USER@]HOST[:PORT] [--ssh-key F | --ssh-password-stdin]]
                            TLS-Eigenschaften und Zertifikatskette des Servers, ohne Anmeldung
</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <extracomment>%1 is the database&apos;s host:port as the SSH jump host sees it, %2 the jump host</extracomment>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 via an SSH jump host this version cannot read</source>
        <extracomment>%1 is the database&apos;s host:port; the profile&apos;s SSH jump host is from a newer sslcm</extracomment>
        <translation>%1 über einen SSH-Sprung-Host, den diese Version nicht lesen kann</translation>
    </message>
    <message>
        <source>could not read standard input</source>
        <translation>Standardeingabe konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>--ssh-password-stdin: standard input held no SSH password</source>
        <translation>--ssh-password-stdin: Die Standardeingabe enthielt kein SSH-Passwort</translation>
    </message>
    <message>
        <source>--ssh-key-passphrase-stdin: standard input held no passphrase</source>
        <translation>--ssh-key-passphrase-stdin: Die Standardeingabe enthielt keine Passphrase</translation>
    </message>
    <message>
        <source>the SSH password or key passphrase could not be stored, so the profile was not added: %1</source>
        <translation>Das SSH-Passwort bzw. die Schlüssel-Passphrase konnte nicht gespeichert werden, daher wurde das Profil nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>warning: %1; the profile was added all the same</source>
        <translation>Warnung: %1; das Profil wurde trotzdem hinzugefügt</translation>
    </message>
    <message>
        <source>--%1 goes with --host; a profile&apos;s SSH jump host is part of the profile</source>
        <translation>--%1 gehört zu --host; der SSH-Sprung-Host eines Profils ist Teil des Profils</translation>
    </message>
    <message>
        <source>--ssh-password-stdin: profile &quot;%1&quot; does not log in to an SSH jump host with a password</source>
        <translation>--ssh-password-stdin: Profil &quot;%1&quot; meldet sich nicht mit einem Passwort an einem SSH-Sprung-Host an</translation>
    </message>
    <message>
        <source>--ssh-key-passphrase-stdin: profile &quot;%1&quot; does not log in to an SSH jump host with a key file</source>
        <translation>--ssh-key-passphrase-stdin: Profil &quot;%1&quot; meldet sich nicht mit einer Schlüsseldatei an einem SSH-Sprung-Host an</translation>
    </message>
    <message>
        <source>warning: the passphrase was not kept in the keychain: %1</source>
        <translation>Warnung: Die Passphrase wurde nicht im Schlüsselbund abgelegt: %1</translation>
    </message>
    <message>
        <source>--ssh-host-key trusts the SSH jump host&apos;s key; it does not go with --use-server-ca or --pin</source>
        <translation>--ssh-host-key vertraut dem Schlüssel des SSH-Sprung-Hosts; es passt nicht zu --use-server-ca oder --pin</translation>
    </message>
    <message>
        <source>&quot;trust --ssh-host-key&quot; takes one profile, or --ssh [USER@]HOST[:PORT]</source>
        <translation>&quot;trust --ssh-host-key&quot; erwartet ein Profil oder --ssh [USER@]HOST[:PORT]</translation>
    </message>
    <message>
        <source>--connect-timeout goes with --ssh; a profile has its own</source>
        <translation>--connect-timeout gehört zu --ssh; ein Profil hat ein eigenes</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; does not connect through an SSH jump host</source>
        <translation>Profil &quot;%1&quot; verbindet sich nicht über einen SSH-Sprung-Host</translation>
    </message>
    <message>
        <source>--ssh: %1</source>
        <translation>--ssh: %1</translation>
    </message>
    <message>
        <source>--%1 goes with --ssh-host-key</source>
        <translation>--%1 gehört zu --ssh-host-key</translation>
    </message>
    <message>
        <source>&quot;trust&quot; takes one profile and either --use-server-ca, --pin or --ssh-host-key</source>
        <translation>&quot;trust&quot; erwartet ein Profil und entweder --use-server-ca, --pin oder --ssh-host-key</translation>
    </message>
    <message>
        <source>The host key of the SSH jump host %1 is already trusted: %2</source>
        <translation>Dem Host-Schlüssel des SSH-Sprung-Hosts %1 wird bereits vertraut: %2</translation>
    </message>
    <message>
        <source>  on record in %1</source>
        <extracomment>%1 is a known_hosts file</extracomment>
        <translation>  hinterlegt in %1</translation>
    </message>
    <message>
        <source>The host key of the SSH jump host %1 has CHANGED.</source>
        <translation>Der Host-Schlüssel des SSH-Sprung-Hosts %1 hat sich GEÄNDERT.</translation>
    </message>
    <message>
        <source>  on record: %1</source>
        <translation>  hinterlegt: %1</translation>
    </message>
    <message>
        <source>             in %1</source>
        <translation>             in %1</translation>
    </message>
    <message>
        <source>  presented: %1</source>
        <translation>  vorgelegt: %1</translation>
    </message>
    <message>
        <source>refused: a changed host key is never accepted, since someone may be intercepting the connection. If the host&apos;s key was really replaced, check the new fingerprint with its administrator, remove the old key (ssh-keygen -R &quot;%1&quot; -f &quot;%2&quot;) and run this again</source>
        <translation>abgelehnt: Ein geänderter Host-Schlüssel wird nie akzeptiert, da jemand die Verbindung abfangen könnte. Wenn der Schlüssel des Hosts wirklich ersetzt wurde, prüfen Sie den neuen Fingerabdruck mit dessen Administrator, entfernen Sie den alten Schlüssel (ssh-keygen -R &quot;%1&quot; -f &quot;%2&quot;) und führen Sie dies erneut aus</translation>
    </message>
    <message>
        <source>the host key of %1 could not be fetched: %2</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The SSH jump host %1 presents a host key that is not on record:</source>
        <translation>Der SSH-Sprung-Host %1 legt einen Host-Schlüssel vor, der nicht hinterlegt ist:</translation>
    </message>
    <message>
        <source>  key type: %1</source>
        <translation>  Schlüsseltyp: %1</translation>
    </message>
    <message>
        <source>  SHA-256:  %1</source>
        <translation>  SHA-256:  %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the host&apos;s administrator gives you (on the host: ssh-keygen -lf %1), then run again with --yes to trust it.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Hosts nennt (auf dem Host: ssh-keygen -lf %1), und führen Sie den Befehl dann erneut mit --yes aus, um ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>Compare it with the one the host&apos;s administrator gives you. Trust this key? [y/N] </source>
        <translation>Vergleichen Sie ihn mit dem, den Ihnen der Administrator des Hosts nennt. Diesem Schlüssel vertrauen? [y/N] </translation>
    </message>
    <message>
        <source>Not trusted.</source>
        <translation>Schlüssel nicht als vertrauenswürdig übernommen.</translation>
    </message>
    <message>
        <source>the host key could not be saved: %1</source>
        <translation>Der Host-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Trusted: the key of %1 was added to %2.</source>
        <translation>Vertraut: Der Schlüssel von %1 wurde zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>--ssh must be [USER@]HOST[:PORT], not &quot;%1&quot;</source>
        <translation>--ssh muss [USER@]HOST[:PORT] sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>sslcm would log in to the SSH jump host %1 with the SSH agent, but no agent is running (SSH_AUTH_SOCK is not set): start ssh-agent and add the key with ssh-add, or log in with a key file (--ssh-key FILE) or a password (--ssh-password-stdin)</source>
        <translation>sslcm würde sich mit dem SSH-Agenten am SSH-Sprung-Host %1 anmelden, aber es läuft kein Agent (SSH_AUTH_SOCK ist nicht gesetzt): Starten Sie ssh-agent und fügen Sie den Schlüssel mit ssh-add hinzu, oder melden Sie sich mit einer Schlüsseldatei (--ssh-key FILE) oder einem Passwort (--ssh-password-stdin) an</translation>
    </message>
    <message>
        <source>--%1 goes with --ssh [USER@]HOST[:PORT]</source>
        <translation>--%1 gehört zu --ssh [USER@]HOST[:PORT]</translation>
    </message>
    <message>
        <source>choose one way to log in to the SSH jump host: --ssh-key FILE or --ssh-password-stdin (neither: the SSH agent)</source>
        <translation>Wählen Sie eine Anmeldemethode für den SSH-Sprung-Host: --ssh-key FILE oder --ssh-password-stdin (keins von beiden: der SSH-Agent)</translation>
    </message>
    <message>
        <source>--ssh %1, IdentityFile</source>
        <extracomment>the SSH configuration&apos;s IdentityFile keyword</extracomment>
        <translation>--ssh %1, IdentityFile</translation>
    </message>
    <message>
        <source>%1: %2 does not exist</source>
        <translation>%1: %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2 is a folder, not a file</source>
        <translation>%1: %2 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read (check its permissions)</source>
        <translation>%1: %2 kann nicht gelesen werden (prüfen Sie die Berechtigungen)</translation>
    </message>
    <message>
        <source>--ssh-key-passphrase-stdin goes with --ssh-key FILE (or an IdentityFile of the SSH configuration)</source>
        <translation>--ssh-key-passphrase-stdin gehört zu --ssh-key FILE (oder einem IdentityFile der SSH-Konfiguration)</translation>
    </message>
    <message>
        <source>
SSH jump hosts: --ssh reaches the database through a bastion; HOST and PORT of the
database are then as the bastion sees them, and TLS is still verified against HOST.
USER defaults to the local user name, PORT to 22. HOST may be an alias of ~/.ssh/config:
its HostName, User, Port and IdentityFile are used as ssh uses them (one jump host: no
ProxyJump, no ProxyCommand). The bastion&apos;s key must be in ~/.ssh/known_hosts
or sslcm&apos;s own list (see trust --ssh-host-key). sslcm logs in with --ssh-key F (OpenSSH,
PEM or PKCS#8; its passphrase with --ssh-key-passphrase-stdin, or asked on a terminal),
a password (--ssh-password-stdin), or else the running SSH agent (SSH_AUTH_SOCK).
Standard input: with one of --password-stdin, --ssh-password-stdin and
--ssh-key-passphrase-stdin it is that secret; with two, one line each, the database
password first. profiles add keeps them in the keychain. For example:
  printf &apos;%s\n%s\n&apos; &quot;$DB_PW&quot; &quot;$SSH_PW&quot; | sslcm-cli profiles add --name prod \
      --host db.internal --user app --ssh deploy@bastion.example.com --password-stdin \
      --ssh-password-stdin
  sslcm-cli trust prod --ssh-host-key
  sslcm-cli test --host db.internal --user app --ssh bastion:2222 --ssh-key ~/.ssh/id_ed25519

MODE: disabled, preferred, required, verify-ca, verify-identity (default; MySQL&apos;s
VERIFY_IDENTITY spellings are accepted too).

Exit status: 0 success, 2 failure (reason on standard error), 3 usage error;
test, probe, trust and cert use 1 for &quot;worked, but weaker than asked&quot;;
audit uses 1 for &quot;a warning&quot;, 2 for &quot;a failure&quot; and 130 when interrupted.
</source>
        <translation>
SSH-Sprung-Hosts: --ssh erreicht die Datenbank über einen Bastion-Host; HOST und PORT der
Datenbank sind dann so anzugeben, wie der Bastion-Host sie sieht, und TLS wird weiterhin
gegen HOST geprüft. USER ist standardmäßig der lokale Benutzername, PORT 22. HOST kann
ein Alias aus ~/.ssh/config sein: Dessen HostName, User, Port und IdentityFile werden so
verwendet wie von ssh (ein Sprung-Host: kein ProxyJump, kein ProxyCommand). Der Schlüssel
des Bastion-Hosts muss in ~/.ssh/known_hosts oder in der eigenen Liste von sslcm stehen
(siehe trust --ssh-host-key). sslcm meldet sich mit --ssh-key F an (OpenSSH, PEM oder
PKCS#8; die Passphrase über --ssh-key-passphrase-stdin oder im Terminal abgefragt), mit
einem Passwort (--ssh-password-stdin) oder andernfalls über den laufenden SSH-Agenten
(SSH_AUTH_SOCK).
Standardeingabe: Mit einer der Optionen --password-stdin, --ssh-password-stdin und
--ssh-key-passphrase-stdin enthält sie dieses Geheimnis; mit zweien je eine Zeile, das
Datenbankpasswort zuerst. profiles add legt sie im Schlüsselbund ab. Zum Beispiel:
  printf &apos;%s\n%s\n&apos; &quot;$DB_PW&quot; &quot;$SSH_PW&quot; | sslcm-cli profiles add --name prod \
      --host db.internal --user app --ssh deploy@bastion.example.com --password-stdin \
      --ssh-password-stdin
  sslcm-cli trust prod --ssh-host-key
  sslcm-cli test --host db.internal --user app --ssh bastion:2222 --ssh-key ~/.ssh/id_ed25519

MODE: disabled, preferred, required, verify-ca, verify-identity (Standard; die
MySQL-Schreibweisen wie VERIFY_IDENTITY werden ebenfalls akzeptiert).

Exit-Status: 0 Erfolg, 2 Fehlschlag (Grund auf der Standardfehlerausgabe), 3 Aufruffehler;
test, probe, trust und cert verwenden 1 für &quot;hat funktioniert, aber schwächer als verlangt&quot;;
audit verwendet 1 für &quot;eine Warnung&quot;, 2 für &quot;einen Fehler&quot; und 130 bei Unterbrechung.
</translation>
    </message>
    <message>
        <source>unreachable</source>
        <extracomment>The TLS column of the audit table: the server did not answer</extracomment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>no TLS</source>
        <extracomment>The TLS column of the audit table: the server offers no TLS</extracomment>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <extracomment>The expiry column of the audit table: %1 is a date, %2 &quot;3 days&quot;</extracomment>
        <translation>%1 (abgelaufen, %2 her)</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <extracomment>The expiry column of the audit table: %1 is a date, %2 &quot;3 months&quot;</extracomment>
        <translation>%1 (noch %2)</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>GEPRÜFT</translation>
    </message>
    <message>
        <source>NEXT EXPIRY</source>
        <translation>NÄCHSTER ABLAUF</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>  audit [PROFILE...] [--all] [--hosts FILE [--ssl-ca F]] [--login]
        [--concurrency N] [--warn-days D] [--connect-timeout S]
        [--json] [--prometheus FILE] [--junit FILE]
                            audit the TLS of every saved profile (or those named) and/or
                            the HOST[:PORT] lines of FILE (verify-identity against the
                            system&apos;s CAs or F): protocol versions, chain, expiry, changes;
                            with --login also the server&apos;s TLS settings, accounts and
                            sessions without TLS (over verified TLS only). A table, or
                            JSON; a Prometheus textfile and JUnit XML written atomically.
                            Exit 0 all ok, 1 a warning, 2 a failure, 130 interrupted
</source>
        <translation>  audit [PROFILE...] [--all] [--hosts FILE [--ssl-ca F]] [--login]
        [--concurrency N] [--warn-days D] [--connect-timeout S]
        [--json] [--prometheus FILE] [--junit FILE]
                            die TLS-Konfiguration jedes gespeicherten Profils (oder der
                            genannten) und/oder der HOST[:PORT]-Zeilen von FILE prüfen
                            (verify-identity gegen die CAs des Systems oder F):
                            Protokollversionen, Kette, Ablauf, Änderungen; mit --login auch
                            die TLS-Einstellungen des Servers sowie Konten und Sitzungen ohne
                            TLS (nur über geprüftes TLS). Eine Tabelle oder JSON; eine
                            Prometheus-Textdatei und JUnit-XML werden atomar geschrieben.
                            Exit-Status 0 alles in Ordnung, 1 eine Warnung, 2 ein Fehler, 130
                            unterbrochen
</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>give profiles or --all, not both</source>
        <translation>geben Sie Profile oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>--ssl-ca goes with --hosts; a saved profile has its own CA file</source>
        <translation>--ssl-ca gehört zu --hosts; ein gespeichertes Profil hat seine eigene CA-Datei</translation>
    </message>
    <message>
        <source>--login logs in with saved profiles&apos; credentials; --hosts targets are never logged in to</source>
        <translation>--login meldet sich mit den Anmeldedaten der gespeicherten Profile an; bei Zielen aus --hosts wird nie angemeldet</translation>
    </message>
    <message>
        <source>--concurrency must be a number between 1 and 256</source>
        <translation>--concurrency muss eine Zahl zwischen 1 und 256 sein</translation>
    </message>
    <message>
        <source>--warn-days must be a number of days between 0 and 36500</source>
        <translation>--warn-days muss eine Anzahl Tage zwischen 0 und 36500 sein</translation>
    </message>
    <message>
        <source>--connect-timeout must be a number of seconds between 1 and %1</source>
        <translation>--connect-timeout muss eine Anzahl Sekunden zwischen 1 und %1 sein</translation>
    </message>
    <message>
        <source>--%1: %2 is a folder; give a file name</source>
        <translation>--%1: %2 ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>--%1: the folder %2 does not exist</source>
        <translation>--%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>--prometheus and --junit name the same file</source>
        <translation>--prometheus und --junit nennen dieselbe Datei</translation>
    </message>
    <message>
        <source>--ssl-ca: %1 does not exist</source>
        <translation>--ssl-ca: %1 existiert nicht</translation>
    </message>
    <message>
        <source>--ssl-ca: %1 cannot be read (check its permissions)</source>
        <translation>--ssl-ca: %1 kann nicht gelesen werden (prüfen Sie die Zugriffsrechte)</translation>
    </message>
    <message>
        <source>--hosts: %1</source>
        <translation>--hosts: %1</translation>
    </message>
    <message>
        <source>%1:%2: %3 (%4)</source>
        <extracomment>A bad line of a --hosts file: &quot;hosts.txt:12: &lt;problem&gt; (&lt;the line&gt;)&quot;</extracomment>
        <translation>%1:%2: %3 (%4)</translation>
    </message>
    <message>
        <source>there are no saved profiles to audit</source>
        <translation>es gibt keine gespeicherten Profile, die geprüft werden könnten</translation>
    </message>
    <message>
        <source>nothing to audit</source>
        <translation>nichts zu prüfen</translation>
    </message>
    <message>
        <source>the profile asks for its password every time; the audit does not ask</source>
        <translation>das Profil fragt jedes Mal nach seinem Passwort; das Audit fragt nicht</translation>
    </message>
    <message>
        <source>no password for this profile is in the keychain</source>
        <translation>für dieses Profil ist kein Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>audit: %1/%2 done</source>
        <translation>Audit: %1/%2 erledigt</translation>
    </message>
    <message>
        <source>, checking %1</source>
        <translation>, %1 wird geprüft</translation>
    </message>
    <message>
        <source>audit interrupted after %1 of %2 targets; nothing was written</source>
        <translation>Audit nach %1 von %2 Zielen unterbrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>warning: this audit was not kept as the last audit: %1</source>
        <translation>Warnung: Dieses Audit wurde nicht als letztes Audit gespeichert: %1</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: sslcm&apos;s keychain module could not be loaded (%1). Reinstall sslcm.</source>
        <extracomment>%1 is the file sslcm-cli could not load, or the loader&apos;s reason</extracomment>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: Das Schlüsselbund-Modul von sslcm konnte nicht geladen werden (%1). Installieren Sie sslcm neu.</translation>
    </message>
</context>
<context>
    <name>ClientCertificateSubject</name>
    <message>
        <source>The certificate&apos;s names could not be read.</source>
        <translation>Die Namen des Zertifikats konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>A server that trusts this CA file accepts the certificate.</source>
        <translation>Ein Server, der dieser CA-Datei vertraut, nimmt das Zertifikat an.</translation>
    </message>
    <message>
        <source>A server that trusts this CA file refuses the certificate: %1</source>
        <translation>Ein Server, der dieser CA-Datei vertraut, weist das Zertifikat ab: %1</translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>port &quot;%1&quot; is not a port number</source>
        <translation>Port „%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>TLS versions older than 1.2 in &quot;%1&quot; (sslcm requires TLS 1.2 or newer)</source>
        <translation>TLS-Versionen älter als 1.2 in „%1“ (sslcm erfordert TLS 1.2 oder neuer)</translation>
    </message>
    <message>
        <source>connect timeout &quot;%1&quot;</source>
        <translation>Verbindungszeitlimit „%1“</translation>
    </message>
    <message>
        <source>unknown SSL mode &quot;%1&quot;</source>
        <translation>unbekannter SSL-Modus „%1“</translation>
    </message>
    <message>
        <source>Unix socket &quot;%1&quot; (sslcm connects over TCP)</source>
        <translation>Unix-Socket „%1“ (sslcm verbindet sich über TCP)</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; (sslcm connects over TCP)</source>
        <translation>Protokoll „%1“ (sslcm verbindet sich über TCP)</translation>
    </message>
    <message>
        <source>option &quot;%1&quot;</source>
        <translation>Option „%1“</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; = &quot;%2&quot;</source>
        <translation>Option „%1“ = „%2“</translation>
    </message>
    <message>
        <source>No SSL mode was given; a CA is, so the connection is imported as &quot;%1&quot;.</source>
        <translation>Kein SSL-Modus angegeben, aber eine CA; daher wird die Verbindung als „%1“ importiert.</translation>
    </message>
    <message>
        <source>No TLS settings were given; imported as &quot;%1&quot;, the clients&apos; default. Consider &quot;%2&quot;.</source>
        <translation>Keine TLS-Einstellungen angegeben; als „%1“ importiert, der Standard der Clients. Erwägen Sie „%2“.</translation>
    </message>
    <message>
        <source>No host was given; the clients&apos; default &quot;localhost&quot; is used.</source>
        <translation>Kein Host angegeben; der Standard der Clients, „localhost“, wird verwendet.</translation>
    </message>
    <message>
        <source>The account signs in with a password the server takes in clear text (enable-cleartext-plugin): a sign-in token (AWS RDS IAM, Azure, Cloud SQL), or a PAM or LDAP password. Imported as “%1”; if a command or AWS makes it, choose that password source after importing. sslcm sends it only to a server whose identity it verified.</source>
        <extracomment>%1 is the password source &quot;Ask every time&quot; or &quot;Saved in the keychain&quot;</extracomment>
        <translation>Das Konto meldet sich mit einem Passwort an, das der Server im Klartext entgegennimmt (enable-cleartext-plugin): einem Anmelde-Token (AWS RDS IAM, Azure, Cloud SQL) oder einem PAM- bzw. LDAP-Passwort. Importiert als „%1“; wenn ein Befehl oder AWS es erzeugt, wählen Sie nach dem Import diese Passwortquelle. sslcm sendet es nur an einen Server, dessen Identität es geprüft hat.</translation>
    </message>
</context>
<context>
    <name>CloudCaSource</name>
    <message>
        <source>Rackspace provides the CA certificate for each Cloud Databases instance when SSL is set up for it: download it from the Cloud Control Panel or ask Rackspace support, then choose the file here.</source>
        <translation>Rackspace stellt das CA-Zertifikat für jede Cloud-Databases-Instanz bereit, wenn SSL für sie eingerichtet ist: Laden Sie es im Cloud Control Panel herunter oder fragen Sie den Rackspace-Support, und wählen Sie die Datei dann hier aus.</translation>
    </message>
    <message>
        <source>Amazon publishes one bundle of the RDS CA certificates for all commercial regions (GovCloud and China regions have their own bundles).</source>
        <translation>Amazon veröffentlicht ein gemeinsames Bundle der RDS-CA-Zertifikate für alle kommerziellen Regionen (GovCloud- und China-Regionen haben eigene Bundles).</translation>
    </message>
    <message>
        <source>Azure Database for MySQL servers chain to DigiCert Global Root CA; check Microsoft&apos;s page for the roots currently in use (DigiCert Global Root G2, Microsoft RSA Root CA 2017).</source>
        <translation>Die Zertifikate von Azure Database for MySQL führen zu DigiCert Global Root CA; die aktuell verwendeten Stammzertifikate (DigiCert Global Root G2, Microsoft RSA Root CA 2017) finden Sie auf der Seite von Microsoft.</translation>
    </message>
    <message>
        <source>Each Cloud SQL instance has its own server CA: download server-ca.pem from the instance&apos;s Connections &gt; Security page in the Google Cloud console, or run: gcloud sql instances describe INSTANCE --format=&quot;value(serverCaCert.cert)&quot;</source>
        <translation>Jede Cloud-SQL-Instanz hat ihre eigene Server-CA: Laden Sie server-ca.pem in der Google Cloud Console auf der Seite „Verbindungen &gt; Sicherheit“ der Instanz herunter oder führen Sie aus: gcloud sql instances describe INSTANCE --format=&quot;value(serverCaCert.cert)&quot;</translation>
    </message>
    <message>
        <source>Each DigitalOcean database cluster has its own CA: use &quot;Download CA certificate&quot; in the cluster&apos;s Connection Details, or the API (GET /v2/databases/CLUSTER_ID/ca).</source>
        <translation>Jeder Datenbankcluster bei DigitalOcean hat seine eigene CA: Verwenden Sie „Download CA certificate“ in den „Connection Details“ des Clusters oder die API (GET /v2/databases/CLUSTER_ID/ca).</translation>
    </message>
</context>
<context>
    <name>CommandLineImporter</name>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>the text is too long for a command line</source>
        <translation>der Text ist zu lang für eine Befehlszeile</translation>
    </message>
    <message>
        <source>not a mysql or mariadb command line (it starts with &quot;%1&quot;)</source>
        <translation>keine mysql- oder mariadb-Befehlszeile (sie beginnt mit „%1“)</translation>
    </message>
    <message>
        <source>The password is asked for when connecting; sslcm keeps it in the keychain.</source>
        <translation>Das Passwort wird beim Verbinden abgefragt; sslcm bewahrt es im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>the option file &quot;%1&quot; (import it as well)</source>
        <translation>die Optionsdatei „%1“ (importieren Sie sie ebenfalls)</translation>
    </message>
    <message>
        <source>option &quot;-%1&quot;</source>
        <translation>Option „-%1“</translation>
    </message>
    <message>
        <source>argument &quot;%1&quot;</source>
        <translation>Argument „%1“</translation>
    </message>
    <message>
        <source>%1 command line</source>
        <translation>%1-Befehlszeile</translation>
    </message>
    <message>
        <source>The command line contains a password: it is visible to every user of the machine while the command runs and stays in the shell history. Store it in the keychain instead.</source>
        <translation>Die Befehlszeile enthält ein Passwort: Es ist für jeden Benutzer des Rechners sichtbar, solange der Befehl läuft, und bleibt im Shell-Verlauf. Speichern Sie es stattdessen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>the password from the shell, %1 (enter it when connecting, or choose where it comes from)</source>
        <translation>das Passwort aus der Shell, %1 (geben Sie es beim Verbinden ein oder wählen Sie, woher es kommt)</translation>
    </message>
    <message>
        <source>the password command %1 (%2)</source>
        <translation>der Passwortbefehl %1 (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>The password came from sslcm&apos;s own profile “%1” (sslcm-cli token): keep using that profile, or choose this one&apos;s password source after importing.</source>
        <extracomment>%1 is the name or id of a profile of sslcm</extracomment>
        <translation>Das Passwort stammte aus dem sslcm-Profil „%1“ (sslcm-cli token): Verwenden Sie weiter jenes Profil, oder wählen Sie nach dem Import die Passwortquelle des importierten Profils.</translation>
    </message>
    <message>
        <source>The password is an AWS RDS IAM sign-in token (aws rds generate-db-auth-token): sslcm makes it itself when connecting (%1).</source>
        <translation>Das Passwort ist ein Anmelde-Token von AWS RDS IAM (aws rds generate-db-auth-token): sslcm erzeugt es beim Verbinden selbst (%1).</translation>
    </message>
    <message>
        <source>The password comes from the command “%1”, run for each connection.</source>
        <translation>Das Passwort stammt aus dem Befehl „%1“, der für jede Verbindung ausgeführt wird.</translation>
    </message>
    <message>
        <source>The ssh command goes through a further jump host (%1): sslcm goes through one jump host.</source>
        <translation>Der ssh-Befehl geht über einen weiteren Sprung-Host (%1): sslcm geht über einen einzigen Sprung-Host.</translation>
    </message>
    <message>
        <source>the ssh command: none of its -L forwards ends where the client connects (%1)</source>
        <translation>der ssh-Befehl: Keine seiner -L-Weiterleitungen endet dort, wohin sich der Client verbindet (%1)</translation>
    </message>
    <message>
        <source>The client connected to the tunnel&apos;s local end %1. sslcm goes through the jump host %2 itself, without a local port, and checks the server&apos;s certificate against %3, not 127.0.0.1.</source>
        <extracomment>%1 is 127.0.0.1:PORT, %2 the jump host, %3 the database&apos;s host</extracomment>
        <translation>Der Client hat sich mit dem lokalen Ende %1 des Tunnels verbunden. sslcm geht selbst über den Sprung-Host %2, ohne lokalen Port, und prüft das Zertifikat des Servers gegen %3, nicht gegen 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>No command is set.</source>
        <translation>Es ist kein Befehl festgelegt.</translation>
    </message>
    <message>
        <source>The program “%1” was not found in PATH; install it or give its full path.</source>
        <translation>Das Programm „%1“ wurde in PATH nicht gefunden; installieren Sie es oder geben Sie seinen vollständigen Pfad an.</translation>
    </message>
    <message>
        <source>“%1” could not be started: %2.</source>
        <translation>„%1“ konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be started: %2. Check that it is an executable program.</source>
        <translation>„%1“ konnte nicht gestartet werden: %2. Prüfen Sie, ob es ein ausführbares Programm ist.</translation>
    </message>
    <message>
        <source>“%1” printed more than %2 bytes and was stopped; it should print only what is asked of it.</source>
        <translation>„%1“ hat mehr als %2 Bytes ausgegeben und wurde beendet; es sollte nur das Verlangte ausgeben.</translation>
    </message>
    <message>
        <source>“%1” was cancelled.</source>
        <translation>„%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” did not finish within %2 seconds and was stopped; check that it does not wait for input (it gets none) or for the network.</source>
        <translation>„%1“ wurde nicht innerhalb von %2 Sekunden fertig und wurde beendet; prüfen Sie, ob es auf eine Eingabe (es erhält keine) oder auf das Netzwerk wartet.</translation>
    </message>
    <message>
        <source>“%1” ended, but its exit status could not be read: %2.</source>
        <translation>„%1“ wurde beendet, aber sein Exit-Status konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” was killed by signal %2 (%3); run it in a terminal to see why.</source>
        <translation>„%1“ wurde durch Signal %2 (%3) beendet; führen Sie es in einem Terminal aus, um die Ursache zu sehen.</translation>
    </message>
    <message>
        <source>“%1” failed (exit status %2); its error output may say why, or run it in a terminal to find out.</source>
        <translation>„%1“ ist fehlgeschlagen (Exit-Status %2); seine Fehlerausgabe nennt vielleicht den Grund, oder führen Sie es in einem Terminal aus, um ihn herauszufinden.</translation>
    </message>
</context>
<context>
    <name>ConnectionExplainer</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the mysql command line treats “localhost” as the Unix socket, which never uses TLS; sslcm always connects over TCP. To test TLS with mysql, use --host=127.0.0.1.</source>
        <translation>Hinweis: Der mysql-Kommandozeilenclient behandelt „localhost“ als Unix-Socket, der nie TLS verwendet; sslcm verbindet sich immer über TCP. Um TLS mit mysql zu testen, verwenden Sie --host=127.0.0.1.</translation>
    </message>
    <message>
        <source>The connection is encrypted and the server proved its identity.</source>
        <translation>Die Verbindung ist verschlüsselt, und der Server hat seine Identität nachgewiesen.</translation>
    </message>
    <message>
        <source>The account %1 can still log in without TLS from other clients: lock it to TLS with ALTER USER … REQUIRE SSL (Account TLS requirements).</source>
        <translation>Das Konto %1 kann sich von anderen Clients aus weiterhin ohne TLS anmelden: Beschränken Sie es mit ALTER USER … REQUIRE SSL auf TLS (Kontoanforderungen für TLS).</translation>
    </message>
    <message>
        <source>The server&apos;s view of the session differs from what sslcm saw; see Session checks.</source>
        <translation>Die Sicht des Servers auf die Sitzung weicht von dem ab, was sslcm gesehen hat; siehe Sitzungsprüfungen.</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server&apos;s identity was not checked.</source>
        <translation>Die Verbindung ist verschlüsselt, aber die Identität des Servers wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>With the mode %1 anyone able to intercept the connection could pose as the server and read your password.</source>
        <translation>Im Modus %1 könnte jeder, der die Verbindung abfangen kann, sich als der Server ausgeben und Ihr Passwort mitlesen.</translation>
    </message>
    <message>
        <source>Choose the CA certificate of the server&apos;s provider and the mode “Verify CA and host name”.</source>
        <translation>Wählen Sie das CA-Zertifikat des Serveranbieters und den Modus „CA und Hostnamen prüfen“.</translation>
    </message>
    <message>
        <source>TLS is disabled for this profile: the password and all data crossed the network in plain text.</source>
        <translation>TLS ist für dieses Profil deaktiviert: Das Passwort und alle Daten wurden im Klartext über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>Choose “Verify CA and host name” unless this network is entirely under your control.</source>
        <translation>Wählen Sie „CA und Hostnamen prüfen“, sofern dieses Netzwerk nicht vollständig unter Ihrer Kontrolle steht.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS, so sslcm connected in plain text (the mode is Preferred).</source>
        <translation>Der Server unter %1 bietet kein TLS an, daher hat sich sslcm im Klartext verbunden (der Modus ist „Bevorzugt“).</translation>
    </message>
    <message>
        <source>The password and all data crossed the network unencrypted. An attacker can also make a TLS server look like this one.</source>
        <translation>Das Passwort und alle Daten wurden unverschlüsselt über das Netzwerk übertragen. Ein Angreifer kann zudem einen TLS-Server so aussehen lassen wie diesen.</translation>
    </message>
    <message>
        <source>Enable TLS on the server (ssl_cert and ssl_key in its configuration).</source>
        <translation>Aktivieren Sie TLS auf dem Server (ssl_cert und ssl_key in seiner Konfiguration).</translation>
    </message>
    <message>
        <source>Then choose “Verify CA and host name”, so a missing TLS is refused instead of accepted.</source>
        <translation>Wählen Sie dann „CA und Hostnamen prüfen“, damit fehlendes TLS abgelehnt statt hingenommen wird.</translation>
    </message>
    <message>
        <source>sslcm cannot find a server called %1.</source>
        <translation>sslcm kann keinen Server namens %1 finden.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name.</source>
        <translation>Prüfen Sie die Schreibweise des Hostnamens.</translation>
    </message>
    <message>
        <source>If the server is only reachable through a VPN or a private network, connect to it first.</source>
        <translation>Wenn der Server nur über ein VPN oder ein privates Netzwerk erreichbar ist, verbinden Sie sich zuerst damit.</translation>
    </message>
    <message>
        <source>The network connection to %1 failed: %2.</source>
        <translation>Die Netzwerkverbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Check the host, the port and the network.</source>
        <translation>Prüfen Sie Host, Port und Netzwerk.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1.</source>
        <translation>Unter %1 nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
        <source>The server is not running, listens on another port, or accepts only local connections (bind-address, skip-networking).</source>
        <translation>Der Server läuft nicht, lauscht auf einem anderen Port oder nimmt nur lokale Verbindungen an (bind-address, skip-networking).</translation>
    </message>
    <message>
        <source>Check the port: MySQL and MariaDB use 3306 unless configured otherwise; your provider&apos;s console shows the right one.</source>
        <translation>Prüfen Sie den Port: MySQL und MariaDB verwenden 3306, sofern nicht anders konfiguriert; die Konsole Ihres Anbieters zeigt den richtigen an.</translation>
    </message>
    <message>
        <source>Check that the server listens on the network, not only on its Unix socket.</source>
        <translation>Prüfen Sie, ob der Server im Netzwerk lauscht und nicht nur auf seinem Unix-Socket.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet.</translation>
    </message>
    <message>
        <source>A firewall or a cloud security group probably drops the connection, or the address is wrong.</source>
        <translation>Vermutlich verwirft eine Firewall oder eine Cloud-Sicherheitsgruppe die Verbindung, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>Check that your provider&apos;s firewall or allow-list admits this computer&apos;s public address.</source>
        <translation>Prüfen Sie, ob die Firewall oder Positivliste Ihres Anbieters die öffentliche Adresse dieses Computers zulässt.</translation>
    </message>
    <message>
        <source>Check the host name and the port.</source>
        <translation>Prüfen Sie Hostnamen und Port.</translation>
    </message>
    <message>
        <source>Connected to %1, but no MySQL greeting came within %2.</source>
        <translation>Mit %1 verbunden, aber innerhalb von %2 kam keine MySQL-Begrüßung.</translation>
    </message>
    <message>
        <source>Whatever listens on that port is not a MySQL or MariaDB server, or the server is overloaded.</source>
        <translation>Was auf diesem Port lauscht, ist kein MySQL- oder MariaDB-Server, oder der Server ist überlastet.</translation>
    </message>
    <message>
        <source>Check the port number.</source>
        <translation>Prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <source>What answers on %1 does not speak the MySQL protocol correctly.</source>
        <translation>Was unter %1 antwortet, spricht das MySQL-Protokoll nicht korrekt.</translation>
    </message>
    <message>
        <source>Check the port number: it may belong to another service.</source>
        <translation>Prüfen Sie die Portnummer: Sie gehört möglicherweise zu einem anderen Dienst.</translation>
    </message>
    <message>
        <source>The server refused the connection before the login: %1 (error %2).</source>
        <translation>Der Server hat die Verbindung vor der Anmeldung abgelehnt: %1 (Fehler %2).</translation>
    </message>
    <message>
        <source>The server does not allow connections from this computer&apos;s address; ask the administrator to create the account for it.</source>
        <translation>Der Server erlaubt keine Verbindungen von der Adresse dieses Computers; bitten Sie den Administrator, das Konto dafür anzulegen.</translation>
    </message>
    <message>
        <source>The server has too many connections; try again later.</source>
        <translation>Der Server hat zu viele Verbindungen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server blocked this computer after failed connections; the administrator can unblock it with FLUSH HOSTS.</source>
        <translation>Der Server hat diesen Computer nach fehlgeschlagenen Verbindungen gesperrt; der Administrator kann ihn mit FLUSH HOSTS wieder freigeben.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS. sslcm stopped before sending your user name or password.</source>
        <translation>Der Server unter %1 bietet kein TLS an. sslcm hat abgebrochen, bevor Ihr Benutzername oder Passwort gesendet wurde.</translation>
    </message>
    <message>
        <source>Either TLS is not configured on the server, or something between you and the server removes it (a proxy, or an attacker).</source>
        <translation>Entweder ist TLS auf dem Server nicht konfiguriert, oder etwas zwischen Ihnen und dem Server entfernt es (ein Proxy oder ein Angreifer).</translation>
    </message>
    <message>
        <source>Enable TLS on the server: ssl_cert and ssl_key (and ssl_ca) in its configuration.</source>
        <translation>Aktivieren Sie TLS auf dem Server: ssl_cert und ssl_key (und ssl_ca) in seiner Konfiguration.</translation>
    </message>
    <message>
        <source>Check that no proxy or load balancer in between terminates TLS.</source>
        <translation>Prüfen Sie, dass kein zwischengeschalteter Proxy oder Load Balancer TLS terminiert.</translation>
    </message>
    <message>
        <source>Only on a network you fully trust: choose the mode Preferred or Disabled.</source>
        <translation>Nur in einem Netzwerk, dem Sie voll vertrauen: Wählen Sie den Modus „Bevorzugt“ oder „Deaktiviert“.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for %1; sslcm stopped before sending your password.</source>
        <translation>Das Zertifikat des Servers ist nicht für %1 ausgestellt; sslcm hat abgebrochen, bevor Ihr Passwort gesendet wurde.</translation>
    </message>
    <message>
        <source>The certificate names no host at all.</source>
        <translation>Das Zertifikat nennt überhaupt keinen Host.</translation>
    </message>
    <message>
        <source>It covers: %1.</source>
        <translation>Es gilt für: %1.</translation>
    </message>
    <message>
        <source>Connect using one of the names the certificate covers, e.g. %1.</source>
        <translation>Verbinden Sie sich über einen der Namen, für die das Zertifikat gilt, z. B. %1.</translation>
    </message>
    <message>
        <source>If your provider&apos;s certificates never name the host you connect to, choose “Verify CA” (the chain is still checked).</source>
        <translation>Wenn die Zertifikate Ihres Anbieters den Host, mit dem Sie sich verbinden, nie nennen, wählen Sie „CA prüfen“ (die Kette wird weiterhin geprüft).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you pinned it; sslcm stopped before sending your password.</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit Sie es festgelegt haben; sslcm hat abgebrochen, bevor Ihr Passwort gesendet wurde.</translation>
    </message>
    <message>
        <source>Pinned: %1
Presented: %2</source>
        <translation>Festgelegt: %1
Vorgelegt:  %2</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the certificate was renewed. If not, someone may be intercepting the connection.</source>
        <translation>Fragen Sie den Administrator des Servers, ob das Zertifikat erneuert wurde. Falls nicht, fängt möglicherweise jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>Once confirmed, pin the new fingerprint, or better, verify with the provider&apos;s CA certificate.</source>
        <translation>Legen Sie nach der Bestätigung den neuen Fingerabdruck fest oder, besser, prüfen Sie mit dem CA-Zertifikat des Anbieters.</translation>
    </message>
    <message>
        <source>The server sent no certificate, so it cannot be verified.</source>
        <translation>Der Server hat kein Zertifikat gesendet, daher kann er nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The server does not accept the TLS versions this profile allows (%1 or newer).</source>
        <translation>Der Server akzeptiert keine der TLS-Versionen, die dieses Profil zulässt (%1 oder neuer).</translation>
    </message>
    <message>
        <source>If the minimum is TLS 1.3, try TLS 1.2; otherwise ask the administrator to enable TLS 1.2 or 1.3 (tls_version).</source>
        <translation>Wenn das Minimum TLS 1.3 ist, versuchen Sie TLS 1.2; andernfalls bitten Sie den Administrator, TLS 1.2 oder 1.3 zu aktivieren (tls_version).</translation>
    </message>
    <message>
        <source>The server accepts none of the ciphers this profile allows.</source>
        <translation>Der Server akzeptiert keinen der Cipher, die dieses Profil zulässt.</translation>
    </message>
    <message>
        <source>Clear the cipher list to use OpenSSL&apos;s secure defaults.</source>
        <translation>Leeren Sie die Cipher-Liste, um die sicheren Standardwerte von OpenSSL zu verwenden.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>Usually the server accepts no TLS version or cipher this profile allows, or it requires a client certificate.</source>
        <translation>Meist akzeptiert der Server keine TLS-Version bzw. keinen Cipher, den dieses Profil zulässt, oder er verlangt ein Clientzertifikat.</translation>
    </message>
    <message>
        <source>Check the minimum TLS version and the cipher list.</source>
        <translation>Prüfen Sie die minimale TLS-Version und die Cipher-Liste.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The server stopped answering during the %1 (waited %2).</source>
        <translation>Der Server hat während %1 nicht mehr geantwortet (Wartezeit %2).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>der Anmeldung</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>des TLS-Handshakes</translation>
    </message>
    <message>
        <source>Try again; if it repeats, the server or the network in between is overloaded or filtering.</source>
        <translation>Versuchen Sie es erneut; tritt das wieder auf, ist der Server oder das Netzwerk dazwischen überlastet oder filtert.</translation>
    </message>
    <message>
        <source>sslcm&apos;s local link to Qt&apos;s MySQL driver failed (%1). This is a bug in sslcm; please report it with the text of this report.</source>
        <translation>Die lokale Verbindung von sslcm zum MySQL-Treiber von Qt ist fehlgeschlagen (%1). Das ist ein Fehler in sslcm; bitte melden Sie ihn zusammen mit dem Text dieses Berichts.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>If you trust this server (check with its administrator or provider), use the CA certificate of the chain it presented as this profile&apos;s CA file, or pin the server certificate&apos;s SHA-256 fingerprint %1.</source>
        <translation>Wenn Sie diesem Server vertrauen (klären Sie das mit seinem Administrator oder Anbieter), verwenden Sie das CA-Zertifikat aus der vorgelegten Kette als CA-Datei dieses Profils, oder legen Sie den SHA-256-Fingerabdruck %1 des Serverzertifikats fest.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Das Zertifikat des Servers</translation>
    </message>
    <message>
        <source>A CA certificate in the server&apos;s chain</source>
        <translation>Ein CA-Zertifikat in der Kette des Servers</translation>
    </message>
    <message>
        <source>%1 has expired; sslcm stopped before sending your password.</source>
        <translation>%1 ist abgelaufen; sslcm hat abgebrochen, bevor Ihr Passwort gesendet wurde.</translation>
    </message>
    <message>
        <source>%1 (%2) was valid until %3, %4 ago.</source>
        <translation>%1 (%2) war gültig bis %3; das ist %4 her.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator or provider to renew the certificate.</source>
        <translation>Bitten Sie den Administrator oder Anbieter des Servers, das Zertifikat zu erneuern.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: it says %1.</source>
        <translation>Prüfen Sie die Uhr dieses Computers: Sie zeigt %1.</translation>
    </message>
    <message>
        <source>%1 is not valid yet; sslcm stopped before sending your password.</source>
        <translation>%1 ist noch nicht gültig; sslcm hat abgebrochen, bevor Ihr Passwort gesendet wurde.</translation>
    </message>
    <message>
        <source>%1 (%2) is valid from %3, %4 from now.</source>
        <translation>%1 (%2) ist erst ab %3 gültig (noch %4).</translation>
    </message>
    <message>
        <source>If the clock is right, the server uses a certificate issued for the future; ask its administrator to install the current one.</source>
        <translation>Wenn die Uhr stimmt, verwendet der Server ein erst künftig gültiges Zertifikat; bitten Sie seinen Administrator, das aktuelle zu installieren.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not lead to the CA you chose; sslcm stopped before sending your password.</source>
        <translation>Das Zertifikat des Servers führt nicht zu der von Ihnen gewählten CA; sslcm hat abgebrochen, bevor Ihr Passwort gesendet wurde.</translation>
    </message>
    <message>
        <source>The server&apos;s chain names the issuer %1, but your CA file %2 holds %3.</source>
        <translation>Die Kette des Servers nennt den Aussteller %1, aber Ihre CA-Datei %2 enthält %3.</translation>
    </message>
    <message>
        <source>The server&apos;s chain names the issuer %1, which is not in your CA file or folder.</source>
        <translation>Die Kette des Servers nennt den Aussteller %1, der nicht in Ihrer CA-Datei bzw. Ihrem CA-Ordner ist.</translation>
    </message>
    <message>
        <source>The server&apos;s chain names the issuer %1, which is not among this system&apos;s trusted CAs.</source>
        <translation>Die Kette des Servers nennt den Aussteller %1, der nicht zu den vertrauenswürdigen CAs dieses Systems gehört.</translation>
    </message>
    <message>
        <source>The server presents a self-signed certificate: no CA vouches for it.</source>
        <translation>Der Server legt ein selbstsigniertes Zertifikat vor: Keine CA bürgt dafür.</translation>
    </message>
    <message>
        <source>Download the CA certificate your provider publishes for this server and choose it as the CA file.</source>
        <translation>Laden Sie das CA-Zertifikat herunter, das Ihr Anbieter für diesen Server veröffentlicht, und wählen Sie es als CA-Datei.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; sslcm stopped before sending your password.</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden; sslcm hat abgebrochen, bevor Ihr Passwort gesendet wurde.</translation>
    </message>
    <message>
        <source>OpenSSL says: %1 (certificate %2 in the chain).</source>
        <translation>OpenSSL meldet: %1 (Zertifikat %2 in der Kette).</translation>
    </message>
    <message>
        <source>The server refused the login for %1.</source>
        <translation>Der Server hat die Anmeldung für %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The account requires a client certificate (%1), and this profile sends none.</source>
        <translation>Das Konto verlangt ein Clientzertifikat (%1), aber dieses Profil sendet keines.</translation>
    </message>
    <message>
        <source>Choose the client certificate and key issued for this account in the profile&apos;s security settings.</source>
        <translation>Wählen Sie in den Sicherheitseinstellungen des Profils das für dieses Konto ausgestellte Clientzertifikat und den zugehörigen Schlüssel.</translation>
    </message>
    <message>
        <source>The account accepts only a particular certificate (%1); the one sent may not match, or the password is wrong.</source>
        <translation>Das Konto akzeptiert nur ein bestimmtes Zertifikat (%1); das gesendete passt möglicherweise nicht, oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Check that the client certificate&apos;s subject and issuer are exactly those in the requirement.</source>
        <translation>Prüfen Sie, ob Subjekt und Aussteller des Clientzertifikats genau denen in der Anforderung entsprechen.</translation>
    </message>
    <message>
        <source>Check the password.</source>
        <translation>Prüfen Sie das Passwort.</translation>
    </message>
    <message>
        <source>TLS was fine and the account&apos;s requirement (%1) is met, so the password (or the user name, or the host the account allows) is wrong.</source>
        <translation>TLS war in Ordnung, und die Anforderung des Kontos (%1) ist erfüllt; also ist das Passwort falsch (oder der Benutzername oder der Host, den das Konto zulässt).</translation>
    </message>
    <message>
        <source>Check the password and the user name.</source>
        <translation>Prüfen Sie Passwort und Benutzernamen.</translation>
    </message>
    <message>
        <source>Check that the account allows connections from this computer&apos;s address (the host part of &apos;user&apos;@&apos;host&apos;).</source>
        <translation>Prüfen Sie, ob das Konto Verbindungen von der Adresse dieses Computers zulässt (der Host-Teil von &apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>TLS and the client certificate were accepted. Either the password is wrong, or the account requires a different certificate (REQUIRE SUBJECT/ISSUER): servers answer both with the same error.</source>
        <translation>TLS und das Clientzertifikat wurden akzeptiert. Entweder ist das Passwort falsch, oder das Konto verlangt ein anderes Zertifikat (REQUIRE SUBJECT/ISSUER): Server beantworten beides mit demselben Fehler.</translation>
    </message>
    <message>
        <source>TLS was fine. Either the password is wrong, or the account requires a client certificate (REQUIRE X509, SUBJECT or ISSUER): servers answer both with the same error, 1045.</source>
        <translation>TLS war in Ordnung. Entweder ist das Passwort falsch, oder das Konto verlangt ein Clientzertifikat (REQUIRE X509, SUBJECT oder ISSUER): Server beantworten beides mit demselben Fehler, 1045.</translation>
    </message>
    <message>
        <source>Ask the administrator whether the account requires a client certificate; if so, add it to the profile.</source>
        <translation>Fragen Sie den Administrator, ob das Konto ein Clientzertifikat verlangt; falls ja, fügen Sie es dem Profil hinzu.</translation>
    </message>
    <message>
        <source>Check that the account allows connections from this computer&apos;s address.</source>
        <translation>Prüfen Sie, ob das Konto Verbindungen von der Adresse dieses Computers zulässt.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server.</source>
        <translation>Die Datenbank %1 existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>Check the default database&apos;s name, or leave it empty.</source>
        <translation>Prüfen Sie den Namen der Standarddatenbank, oder lassen Sie ihn leer.</translation>
    </message>
    <message>
        <source>The account may not use the database %1.</source>
        <translation>Das Konto darf die Datenbank %1 nicht verwenden.</translation>
    </message>
    <message>
        <source>Ask the administrator for privileges on it, or choose another default database.</source>
        <translation>Bitten Sie den Administrator um Berechtigungen dafür, oder wählen Sie eine andere Standarddatenbank.</translation>
    </message>
    <message>
        <source>The server closed the connection right after the TLS handshake: it rejected the client certificate.</source>
        <translation>Der Server hat die Verbindung direkt nach dem TLS-Handshake geschlossen: Er hat das Clientzertifikat abgelehnt.</translation>
    </message>
    <message>
        <source>This happens when the client certificate was not issued by a CA the server trusts (the server&apos;s ssl_ca), or has expired.</source>
        <translation>Das passiert, wenn das Clientzertifikat nicht von einer CA ausgestellt wurde, der der Server vertraut (ssl_ca des Servers), oder wenn es abgelaufen ist.</translation>
    </message>
    <message>
        <source>The server said: %1.</source>
        <translation>Der Server meldete: %1.</translation>
    </message>
    <message>
        <source>Use the client certificate issued by the server&apos;s CA, or ask the administrator which CA the server trusts.</source>
        <translation>Verwenden Sie das von der CA des Servers ausgestellte Clientzertifikat, oder fragen Sie den Administrator, welcher CA der Server vertraut.</translation>
    </message>
    <message>
        <source>The server closed the connection during the login.</source>
        <translation>Der Server hat die Verbindung während der Anmeldung geschlossen.</translation>
    </message>
    <message>
        <source>Look at the server&apos;s error log for the reason.</source>
        <translation>Den Grund finden Sie im Fehlerprotokoll des Servers.</translation>
    </message>
    <message>
        <source>The login failed: %1 (error %2).</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1 (Fehler %2).</translation>
    </message>
    <message>
        <source>The server asked for your password in clear text on a connection without TLS; sslcm refused and did not send it.</source>
        <translation>Der Server hat auf einer Verbindung ohne TLS Ihr Passwort im Klartext angefordert; sslcm hat das abgelehnt und es nicht gesendet.</translation>
    </message>
    <message>
        <source>The account uses an authentication method (caching_sha2_password full authentication, mysql_clear_password, PAM) that sends the password itself and needs an encrypted connection to do so safely. A server that removes TLS and then asks for the password is also what an attacker would do.</source>
        <translation>Das Konto verwendet eine Authentifizierungsmethode (vollständige Authentifizierung mit caching_sha2_password, mysql_clear_password, PAM), die das Passwort selbst sendet und dafür eine verschlüsselte Verbindung braucht, um das sicher zu tun. Ein Server, der TLS entfernt und dann nach dem Passwort fragt, verhält sich zudem genau wie ein Angreifer.</translation>
    </message>
    <message>
        <source>Enable TLS on the server and choose “Verify CA and host name”.</source>
        <translation>Aktivieren Sie TLS auf dem Server und wählen Sie „CA und Hostnamen prüfen“.</translation>
    </message>
    <message>
        <source>The server asked for your password in clear text, but its identity was not verified; sslcm refused and did not send it.</source>
        <translation>Der Server hat Ihr Passwort im Klartext verlangt, aber seine Identität wurde nicht geprüft; sslcm hat abgelehnt und es nicht gesendet.</translation>
    </message>
    <message>
        <source>The account uses an authentication method (mysql_clear_password, PAM, caching_sha2_password full authentication, or one sslcm cannot prove safe) that hands the password itself to the server. Encryption alone does not say who the server is: anyone in between can present a certificate of their own and ask for the password.</source>
        <translation>Das Konto verwendet ein Anmeldeverfahren (mysql_clear_password, PAM, vollständige Anmeldung mit caching_sha2_password oder eines, dessen Sicherheit sslcm nicht nachweisen kann), das dem Server das Passwort selbst übergibt. Verschlüsselung allein sagt nicht, wer der Server ist: Jeder dazwischen kann ein eigenes Zertifikat vorlegen und nach dem Passwort fragen.</translation>
    </message>
    <message>
        <source>Verify the server: choose “Verify CA and host name” (with your provider&apos;s CA file if its certificates are not publicly trusted), or “Verify CA” with that CA file.</source>
        <translation>Prüfen Sie den Server: Wählen Sie „CA und Hostnamen prüfen“ (mit der CA-Datei Ihres Anbieters, wenn dessen Zertifikate nicht öffentlich vertrauenswürdig sind) oder „CA prüfen“ mit dieser CA-Datei.</translation>
    </message>
    <message>
        <source>Or pin the server&apos;s certificate (Fetch Server Certificate, then Pin) once you have confirmed its fingerprint with the administrator.</source>
        <translation>Oder legen Sie das Zertifikat des Servers fest (Serverzertifikat abrufen, dann Festlegen), nachdem Sie seinen Fingerabdruck mit dem Administrator abgeglichen haben.</translation>
    </message>
    <message>
        <source>sslcm connects only to a host name or an IP address written in the usual form, so that the address it connects to is the one the server&apos;s certificate is checked against.</source>
        <translation>sslcm verbindet sich nur mit einem Hostnamen oder einer IP-Adresse in der üblichen Schreibweise, damit die Adresse, mit der es sich verbindet, dieselbe ist, gegen die das Zertifikat des Servers geprüft wird.</translation>
    </message>
    <message>
        <source>Correct the host in the profile.</source>
        <translation>Korrigieren Sie den Host im Profil.</translation>
    </message>
    <message>
        <source>sslcm could not set up the check of the server&apos;s identity for %1 and stopped before sending your password.</source>
        <translation>sslcm konnte die Prüfung der Identität des Servers für %1 nicht einrichten und hat vor dem Senden Ihres Passworts abgebrochen.</translation>
    </message>
    <message>
        <source>This is a bug in sslcm; please report it with the text of this report.</source>
        <translation>Das ist ein Fehler in sslcm; bitte melden Sie ihn mit dem Text dieses Berichts.</translation>
    </message>
    <message>
        <source>sslcm stopped before connecting, so nothing was sent.</source>
        <translation>sslcm hat vor dem Verbinden abgebrochen, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Edit the profile: choose the CA file your provider publishes, or the mode “%1”.</source>
        <translation>Bearbeiten Sie das Profil: Wählen Sie die CA-Datei, die Ihr Anbieter veröffentlicht, oder den Modus „%1“.</translation>
    </message>
    <message>
        <source>The account requires the cipher %1 (%2), and this connection used %3.</source>
        <translation>Das Konto verlangt den Cipher %1 (%2), und diese Verbindung hat %3 verwendet.</translation>
    </message>
    <message>
        <source>Ask the administrator to drop the CIPHER requirement, or set the profile&apos;s cipher list and TLS versions so that the connection negotiates %1.</source>
        <translation>Bitten Sie die Administration, die CIPHER-Anforderung zu entfernen, oder stellen Sie die Cipher-Liste und TLS-Versionen des Profils so ein, dass die Verbindung %1 aushandelt.</translation>
    </message>
    <message>
        <source>Qt&apos;s MySQL driver asked for TLS on sslcm&apos;s private local link, which sslcm does not offer; sslcm stopped, and nothing of your login was sent to the server.</source>
        <translation>Der MySQL-Treiber von Qt hat auf der privaten lokalen Verbindung von sslcm TLS verlangt, das sslcm dort nicht anbietet; sslcm hat abgebrochen, und nichts von Ihrer Anmeldung wurde an den Server gesendet.</translation>
    </message>
    <message>
        <source>sslcm makes the TLS connection to the server itself and tells the driver that the local link has no TLS. This client library asked for TLS anyway.</source>
        <translation>sslcm baut die TLS-Verbindung zum Server selbst auf und teilt dem Treiber mit, dass die lokale Verbindung kein TLS hat. Diese Client-Bibliothek hat trotzdem TLS verlangt.</translation>
    </message>
    <message>
        <source>Please report this to the sslcm project, with the versions of Qt and of the MySQL client library this computer uses.</source>
        <translation>Bitte melden Sie das dem sslcm-Projekt, mit den Versionen von Qt und der MySQL-Client-Bibliothek dieses Computers.</translation>
    </message>
    <message>
        <source>sslcm did not make the sign-in token: nothing was sent to %1.</source>
        <translation>sslcm hat das Anmelde-Token nicht erzeugt: An %1 wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Edit the connection: choose “%1” and the provider&apos;s CA certificate.</source>
        <translation>Bearbeiten Sie die Verbindung: Wählen Sie „%1“ und das CA-Zertifikat des Anbieters.</translation>
    </message>
    <message>
        <source>The AWS RDS IAM sign-in token could not be made: nothing was sent to %1.</source>
        <translation>Das Anmelde-Token von AWS RDS IAM konnte nicht erzeugt werden: An %1 wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The password command failed: nothing was sent to %1.</source>
        <translation>Der Passwortbefehl ist fehlgeschlagen: An %1 wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <extracomment>%1 is what the password command printed on its standard error</extracomment>
        <translation>Meldung des Befehls: %1</translation>
    </message>
    <message>
        <source>Check the AWS credentials sslcm finds: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the profile in ~/.aws/credentials and ~/.aws/config (“aws sts get-caller-identity” uses the same).</source>
        <translation>Prüfen Sie die AWS-Anmeldedaten, die sslcm findet: AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder das Profil in ~/.aws/credentials und ~/.aws/config („aws sts get-caller-identity“ verwendet dieselben).</translation>
    </message>
    <message>
        <source>For AWS SSO or a role to assume, add “credential_process = aws configure export-credentials --profile NAME --format process” to the profile in ~/.aws/config: sslcm itself makes no network call to AWS.</source>
        <translation>Für AWS SSO oder eine zu übernehmende Rolle fügen Sie dem Profil in ~/.aws/config „credential_process = aws configure export-credentials --profile NAME --format process“ hinzu: sslcm selbst stellt keine Netzwerkverbindung zu AWS her.</translation>
    </message>
    <message>
        <source>Run the command in a terminal: %1</source>
        <translation>Führen Sie den Befehl in einem Terminal aus: %1</translation>
    </message>
    <message>
        <source>If it needs a sign-in first (az login, gcloud auth login, unlocking a password manager), do that and test again.</source>
        <translation>Wenn er zuerst eine Anmeldung braucht (az login, gcloud auth login, Entsperren eines Passwortmanagers), holen Sie diese nach und testen Sie erneut.</translation>
    </message>
    <message>
        <source>sslcm could not reach the SSH jump host %1: %2.</source>
        <translation>sslcm konnte den SSH-Sprung-Host %1 nicht erreichen: %2.</translation>
    </message>
    <message>
        <source>Nothing was sent to the jump host or the database.</source>
        <translation>An den Sprung-Host oder die Datenbank wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Check the jump host&apos;s name and SSH port (usually 22).</source>
        <translation>Prüfen Sie den Namen und den SSH-Port des Sprung-Hosts (meist 22).</translation>
    </message>
    <message>
        <source>If it is only reachable through a VPN, connect to that first.</source>
        <translation>Wenn er nur über ein VPN erreichbar ist, verbinden Sie sich zuerst damit.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 stopped answering (waited %2).</source>
        <translation>Der SSH-Sprung-Host %1 antwortet nicht mehr (%2 gewartet).</translation>
    </message>
    <message>
        <source>A firewall may drop the connection, or the jump host is overloaded.</source>
        <translation>Möglicherweise verwirft eine Firewall die Verbindung, oder der Sprung-Host ist überlastet.</translation>
    </message>
    <message>
        <source>Check that this computer may connect to the jump host&apos;s SSH port.</source>
        <translation>Prüfen Sie, ob sich dieser Computer mit dem SSH-Port des Sprung-Hosts verbinden darf.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, raise the connect timeout.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder auftritt, erhöhen Sie das Verbindungs-Timeout.</translation>
    </message>
    <message>
        <source>sslcm does not know the SSH jump host %1 yet and stopped before logging in.</source>
        <translation>sslcm kennt den SSH-Sprung-Host %1 noch nicht und hat vor der Anmeldung angehalten.</translation>
    </message>
    <message>
        <source>It presented a %1 key with the fingerprint %2. That key is neither in your known_hosts nor on sslcm&apos;s own list.</source>
        <extracomment>%1 is the key type (ssh-ed25519), %2 its SHA256 fingerprint</extracomment>
        <translation>Er hat einen %1-Schlüssel mit dem Fingerabdruck %2 vorgelegt. Dieser Schlüssel steht weder in Ihrer known_hosts noch auf der eigenen Liste von sslcm.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the jump host&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the jump host).</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Sprung-Hosts nennt (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf dem Sprung-Host).</translation>
    </message>
    <message>
        <source>If it matches, accept the key: Trust Host Key in sslcm, or sslcm-cli trust PROFILE --ssh-host-key.</source>
        <translation>Wenn er übereinstimmt, akzeptieren Sie den Schlüssel: „Host-Schlüssel vertrauen“ in sslcm oder sslcm-cli trust PROFILE --ssh-host-key.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 presented a different host key than the one on record; sslcm refused and logged nothing in.</source>
        <translation>Der SSH-Sprung-Host %1 hat einen anderen Host-Schlüssel vorgelegt als den hinterlegten; sslcm hat abgelehnt und keine Anmeldung vorgenommen.</translation>
    </message>
    <message>
        <source>On record: %1 %2 (in %5)
Presented: %3 %4
Someone may be intercepting the connection, or the jump host was reinstalled.</source>
        <extracomment>%1 and %3 are key types, %2 and %4 SHA256 fingerprints, %5 the file that holds the key</extracomment>
        <translation>Hinterlegt: %1 %2 (in %5)
Vorgelegt: %3 %4
Möglicherweise fängt jemand die Verbindung ab, oder der Sprung-Host wurde neu installiert.</translation>
    </message>
    <message>
        <source>Ask the jump host&apos;s administrator whether its host key changed.</source>
        <translation>Fragen Sie den Administrator des Sprung-Hosts, ob sich dessen Host-Schlüssel geändert hat.</translation>
    </message>
    <message>
        <source>Only once confirmed: remove the old key from that file (ssh-keygen -R HOST -f FILE) and test again to accept the new one.</source>
        <translation>Erst nach Bestätigung: Entfernen Sie den alten Schlüssel aus dieser Datei (ssh-keygen -R HOST -f FILE) und testen Sie erneut, um den neuen zu akzeptieren.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 refused the login.</source>
        <translation>Der SSH-Sprung-Host %1 hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the SSH user name.</source>
        <translation>Prüfen Sie den SSH-Benutzernamen.</translation>
    </message>
    <message>
        <source>Check that the key or password is the one the jump host accepts for that user (authorized_keys).</source>
        <translation>Prüfen Sie, ob der Schlüssel bzw. das Passwort derjenige ist, den der Sprung-Host für diesen Benutzer akzeptiert (authorized_keys).</translation>
    </message>
    <message>
        <source>The SSH agent offered no key that the jump host %1 accepts.</source>
        <translation>Der SSH-Agent hat keinen Schlüssel angeboten, den der Sprung-Host %1 akzeptiert.</translation>
    </message>
    <message>
        <source>Add your key to the agent (ssh-add), or choose the key file in the profile.</source>
        <translation>Fügen Sie Ihren Schlüssel dem Agenten hinzu (ssh-add), oder wählen Sie die Schlüsseldatei im Profil.</translation>
    </message>
    <message>
        <source>The SSH key file needs its passphrase.</source>
        <translation>Die SSH-Schlüsseldatei benötigt ihre Passphrase.</translation>
    </message>
    <message>
        <source>The SSH key file cannot be used: %1.</source>
        <translation>Die SSH-Schlüsseldatei kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase when asked; sslcm keeps it in the keychain.</source>
        <translation>Geben Sie die Passphrase des Schlüssels ein, wenn Sie danach gefragt werden; sslcm legt sie im Schlüsselbund ab.</translation>
    </message>
    <message>
        <source>Choose an OpenSSH, PEM or PKCS#8 private key file.</source>
        <translation>Wählen Sie eine private Schlüsseldatei im Format OpenSSH, PEM oder PKCS#8.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 does not allow a connection to %2.</source>
        <translation>Der SSH-Sprung-Host %1 erlaubt keine Verbindung zu %2.</translation>
    </message>
    <message>
        <source>Ask the jump host&apos;s administrator to allow TCP forwarding to the database (AllowTcpForwarding, PermitOpen).</source>
        <translation>Bitten Sie den Administrator des Sprung-Hosts, TCP-Weiterleitung zur Datenbank zu erlauben (AllowTcpForwarding, PermitOpen).</translation>
    </message>
    <message>
        <source>The SSH jump host %1 could not reach the database at %2.</source>
        <translation>Der SSH-Sprung-Host %1 konnte die Datenbank unter %2 nicht erreichen.</translation>
    </message>
    <message>
        <source>The database&apos;s host and port are as the jump host sees them: check them (the private name or address, not the public one).</source>
        <translation>Host und Port der Datenbank sind so anzugeben, wie der Sprung-Host sie sieht: Prüfen Sie sie (den privaten Namen bzw. die private Adresse, nicht die öffentliche).</translation>
    </message>
    <message>
        <source>Check that the database accepts connections from the jump host.</source>
        <translation>Prüfen Sie, ob die Datenbank Verbindungen vom Sprung-Host annimmt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not lead to a CA this system trusts; sslcm stopped before sending your password.</source>
        <translation>Das Zertifikat des Servers führt zu keiner CA, der dieses System vertraut; sslcm hat abgebrochen, bevor Ihr Passwort gesendet wurde.</translation>
    </message>
    <message>
        <source>This login went in plain text: TLS is disabled for this profile.</source>
        <translation>Diese Anmeldung lief im Klartext: TLS ist für dieses Profil ausgeschaltet.</translation>
    </message>
    <message>
        <source>This login went in plain text: the server did not offer TLS.</source>
        <translation>Diese Anmeldung lief im Klartext: der Server hat kein TLS angeboten.</translation>
    </message>
    <message>
        <source>The account requires TLS (%1), which a plain-text login cannot meet.</source>
        <translation>Das Konto verlangt TLS (%1), was eine Anmeldung im Klartext nicht erfüllen kann.</translation>
    </message>
    <message>
        <source>The account requires no TLS, so the password (or the user name, or the host the account allows) is wrong.</source>
        <translation>Das Konto verlangt kein TLS, also ist das Passwort falsch (oder der Benutzername, oder der Host, den das Konto zulässt).</translation>
    </message>
    <message>
        <source>Either the password or the user name is wrong, or the account requires TLS (REQUIRE SSL or stronger), which a plain-text login cannot meet: servers answer both with the same error, 1045.</source>
        <translation>Entweder ist das Passwort oder der Benutzername falsch, oder das Konto verlangt TLS (REQUIRE SSL oder strenger), was eine Anmeldung im Klartext nicht erfüllen kann: Server beantworten beides mit demselben Fehler, 1045.</translation>
    </message>
    <message>
        <source>Choose “Verify CA and host name”: your password should not cross the network in plain text.</source>
        <translation>Wählen Sie „CA und Hostnamen prüfen“: Ihr Passwort sollte das Netz nicht im Klartext durchqueren.</translation>
    </message>
    <message>
        <source>Enable TLS on the server (ssl_cert and ssl_key in its configuration), then choose “Verify CA and host name”.</source>
        <translation>Schalten Sie TLS auf dem Server ein (ssl_cert und ssl_key in seiner Konfiguration) und wählen Sie dann „CA und Hostnamen prüfen“.</translation>
    </message>
</context>
<context>
    <name>ConnectionImporter</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file</source>
        <translation>„%1“ ist keine Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a connection file (%2 bytes; at most %3)</source>
        <translation>„%1“ ist zu groß für eine Verbindungsdatei (%2 Byte; höchstens %3)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text file (it contains binary data)</source>
        <translation>„%1“ ist keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
</context>
<context>
    <name>ConnectionPreset</name>
    <message>
        <source>Other server</source>
        <extracomment>Preset: no provider, everything entered by hand</extracomment>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the CA certificate that signed the server&apos;s certificate, and use the host name that certificate names.</source>
        <translation>Fragen Sie den Administrator des Servers nach dem CA-Zertifikat, mit dem das Serverzertifikat signiert wurde, und verwenden Sie den Hostnamen, den dieses Zertifikat nennt.</translation>
    </message>
    <message>
        <source>Rackspace Cloud Databases</source>
        <translation>Rackspace Cloud Databases</translation>
    </message>
    <message>
        <source>abc123.rackspaceclouddb.com</source>
        <translation>abc123.rackspaceclouddb.com</translation>
    </message>
    <message>
        <source>Download the CA certificate Rackspace provides for Cloud Databases and pick it as the CA file; connect with the instance&apos;s host name, not its IP address.</source>
        <translation>Laden Sie das CA-Zertifikat herunter, das Rackspace für Cloud Databases bereitstellt, und wählen Sie es als CA-Datei aus; verbinden Sie sich über den Hostnamen der Instanz, nicht über ihre IP-Adresse.</translation>
    </message>
    <message>
        <source>Amazon RDS / Aurora</source>
        <translation>Amazon RDS / Aurora</translation>
    </message>
    <message>
        <source>mydb.abc123.eu-west-1.rds.amazonaws.com</source>
        <translation>mydb.abc123.eu-west-1.rds.amazonaws.com</translation>
    </message>
    <message>
        <source>Pick AWS&apos;s global CA bundle (global-bundle.pem) as the CA file; the server certificate names the instance endpoint, so connect to that name, not to an IP address or a CNAME of your own.</source>
        <translation>Wählen Sie das globale CA-Bundle von AWS (global-bundle.pem) als CA-Datei aus; das Serverzertifikat nennt den Endpunkt der Instanz, verbinden Sie sich also mit diesem Namen, nicht mit einer IP-Adresse oder einem eigenen CNAME.</translation>
    </message>
    <message>
        <source>Azure Database for MySQL</source>
        <translation>Azure Database for MySQL</translation>
    </message>
    <message>
        <source>myserver.mysql.database.azure.com</source>
        <translation>myserver.mysql.database.azure.com</translation>
    </message>
    <message>
        <source>Flexible Server certificates chain to DigiCert and Microsoft roots that are in the system&apos;s trust store, so no CA file is needed; connect to &lt;server&gt;.mysql.database.azure.com.</source>
        <translation>Die Zertifikate von Flexible Server führen zu Stammzertifikaten von DigiCert und Microsoft, die im Zertifikatsspeicher des Systems enthalten sind; daher ist keine CA-Datei nötig. Verbinden Sie sich mit &lt;server&gt;.mysql.database.azure.com.</translation>
    </message>
    <message>
        <source>Google Cloud SQL</source>
        <translation>Google Cloud SQL</translation>
    </message>
    <message>
        <source>203.0.113.10</source>
        <translation>203.0.113.10</translation>
    </message>
    <message>
        <source>Download the instance&apos;s server CA (server-ca.pem) from the console; its server certificate names the instance connection name, not the IP address you connect to, so “Verify CA” is the usual choice.</source>
        <translation>Laden Sie die Server-CA der Instanz (server-ca.pem) in der Konsole herunter; ihr Serverzertifikat nennt den Verbindungsnamen der Instanz, nicht die IP-Adresse, mit der Sie sich verbinden – daher ist „CA prüfen“ die übliche Wahl.</translation>
    </message>
    <message>
        <source>DigitalOcean Managed MySQL</source>
        <translation>DigitalOcean Managed MySQL</translation>
    </message>
    <message>
        <source>db-mysql-fra1-12345-do-user-1-0.b.db.ondigitalocean.com</source>
        <translation>db-mysql-fra1-12345-do-user-1-0.b.db.ondigitalocean.com</translation>
    </message>
    <message>
        <source>Download the cluster&apos;s CA certificate (ca-certificate.crt) from its connection details; each cluster has its own CA, and the certificate names the cluster&apos;s host name.</source>
        <translation>Laden Sie das CA-Zertifikat des Clusters (ca-certificate.crt) aus dessen Verbindungsdetails herunter; jeder Cluster hat seine eigene CA, und das Zertifikat nennt den Hostnamen des Clusters.</translation>
    </message>
    <message>
        <source>Server on this computer</source>
        <translation>Server auf diesem Computer</translation>
    </message>
    <message>
        <source>Use the CA that signed the server&apos;s own certificate (the file --ssl-ca points to on the server) and the address it names; 127.0.0.1 connects over TCP, which is what TLS needs.</source>
        <translation>Verwenden Sie die CA, die das Zertifikat des Servers signiert hat (die Datei, auf die --ssl-ca auf dem Server verweist), und die Adresse, die es nennt; 127.0.0.1 verbindet über TCP, was TLS voraussetzt.</translation>
    </message>
    <message>
        <source>Sign in with AWS &amp;IAM instead of a password</source>
        <extracomment>Check box under the Amazon RDS preset</extracomment>
        <translation>Mit AWS &amp;IAM statt mit Passwort anmelden</translation>
    </message>
    <message>
        <source>Sign in with Microsoft Entra &amp;ID instead of a password</source>
        <extracomment>Check box under the Azure preset</extracomment>
        <translation>Mit Microsoft Entra &amp;ID statt mit Passwort anmelden</translation>
    </message>
    <message>
        <source>Sign in with &amp;IAM instead of a password</source>
        <extracomment>Check box under the Google Cloud SQL preset</extracomment>
        <translation>Mit &amp;IAM statt mit Passwort anmelden</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Secure: encrypted, and the server proved its identity.</source>
        <translation>Sicher: verschlüsselt, und der Server hat seine Identität nachgewiesen.</translation>
    </message>
    <message>
        <source>Encrypted, but the server&apos;s identity was not verified: anyone in the middle could pose as the server.</source>
        <translation>Verschlüsselt, aber die Identität des Servers wurde nicht geprüft: Jeder dazwischen könnte sich als der Server ausgeben.</translation>
    </message>
    <message>
        <source>Not encrypted: the password and all data crossed the network in plain text.</source>
        <translation>Nicht verschlüsselt: Das Passwort und alle Daten wurden im Klartext über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>sslcm connection test: %1</source>
        <translation>sslcm-Verbindungstest: %1</translation>
    </message>
    <message>
        <source>Server: %1:%2, user %3, SSL mode %4%5</source>
        <translation>Server: %1:%2, Benutzer %3, SSL-Modus %4%5</translation>
    </message>
    <message>
        <source>, pinned certificate</source>
        <translation>, festgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>Started: %1 UTC, took %2 ms</source>
        <translation>Gestartet: %1 UTC, Dauer %2 ms</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>Server version: %1, connection id %2</source>
        <translation>Serverversion: %1, Verbindungs-ID %2</translation>
    </message>
    <message>
        <source>Server&apos;s view of the session: TLS %1, cipher %2</source>
        <translation>Sicht des Servers auf die Sitzung: TLS %1, Cipher %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Logged in as: %1</source>
        <translation>Angemeldet als: %1</translation>
    </message>
    <message>
        <source>Account TLS requirement: %1</source>
        <translation>TLS-Anforderung des Kontos: %1</translation>
    </message>
    <message>
        <source>Server certificate SHA-256: %1</source>
        <translation>SHA-256 des Serverzertifikats: %1</translation>
    </message>
    <message>
        <source>Certificates presented by the server: %1</source>
        <translation>Vom Server vorgelegte Zertifikate: %1</translation>
    </message>
    <message>
        <source>Verification: %1 (depth %2)</source>
        <translation>Prüfung: %1 (Tiefe %2)</translation>
    </message>
    <message>
        <source>Login error %1: %2</source>
        <translation>Anmeldefehler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a known host name (%2)</source>
        <translation>%1 ist kein bekannter Hostname (%2)</translation>
    </message>
    <message>
        <source>TLS is disabled for this profile</source>
        <translation>TLS ist für dieses Profil deaktiviert</translation>
    </message>
    <message>
        <source>the server offers no TLS: connected in plain text</source>
        <translation>der Server bietet kein TLS an: im Klartext verbunden</translation>
    </message>
    <message>
        <source>the pinned fingerprint matches</source>
        <translation>der festgelegte Fingerabdruck stimmt überein</translation>
    </message>
    <message>
        <source>not verified: the mode is %1</source>
        <translation>nicht geprüft: der Modus ist %1</translation>
    </message>
    <message>
        <source>the chain leads to your CA and names %1</source>
        <translation>die Kette führt zu Ihrer CA und nennt %1</translation>
    </message>
    <message>
        <source>the chain leads to your CA</source>
        <translation>die Kette führt zu Ihrer CA</translation>
    </message>
    <message>
        <source>the server reports TLS &quot;%1&quot; / &quot;%2&quot; for this session, sslcm saw &quot;%3&quot; / &quot;%4&quot;</source>
        <translation>der Server meldet für diese Sitzung TLS „%1“ / „%2“, sslcm hat „%3“ / „%4“ gesehen</translation>
    </message>
    <message>
        <source>the server confirms %1 for this session</source>
        <translation>der Server bestätigt %1 für diese Sitzung</translation>
    </message>
    <message>
        <source>the server confirms: no TLS</source>
        <translation>der Server bestätigt: kein TLS</translation>
    </message>
    <message>
        <source>Client library: %1</source>
        <extracomment>%1 is a library and its version, &quot;libmariadb 3.3.14&quot;</extracomment>
        <translation>Client-Bibliothek: %1</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS: %1, Cipher %2</translation>
    </message>
    <message>
        <source>Password source: %1</source>
        <extracomment>%1 says where the password came from (&quot;password from: pass show db&quot;)</extracomment>
        <translation>Passwortquelle: %1</translation>
    </message>
    <message>
        <source>The password command said: %1</source>
        <translation>Meldung des Passwortbefehls: %1</translation>
    </message>
    <message>
        <source>nothing to make: the password is the saved or typed one</source>
        <translation>nichts zu erzeugen: Es gilt das gespeicherte oder eingegebene Passwort</translation>
    </message>
    <message>
        <source>nothing to make: the password is the typed one</source>
        <translation>nichts zu erzeugen: Es gilt das eingegebene Passwort</translation>
    </message>
    <message>
        <source>SSH jump host %1: %2; the jump host resolves %3</source>
        <translation>SSH-Sprung-Host %1: %2; der Sprung-Host löst %3 auf</translation>
    </message>
    <message>
        <source>already up: the SSH session is shared</source>
        <translation>bereits aktiv: Die SSH-Sitzung wird gemeinsam genutzt</translation>
    </message>
    <message>
        <source>%1 %2, on record in %3</source>
        <extracomment>%1 is the key type, %2 its SHA256 fingerprint, %3 the file that holds it</extracomment>
        <translation>%1 %2, hinterlegt in %3</translation>
    </message>
    <message>
        <source>the jump host connected to %1</source>
        <translation>der Sprung-Host hat sich mit %1 verbunden</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>Short verdict of a connection test, for a list cell: encrypted and the server proved its identity</extracomment>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Encrypted, not verified</source>
        <extracomment>Short verdict: encrypted, but the server&apos;s identity was not checked</extracomment>
        <translation>Verschlüsselt, nicht verifiziert</translation>
    </message>
    <message>
        <source>Plain text</source>
        <extracomment>Short verdict: the connection was not encrypted</extracomment>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Short verdict: the connection could not be made</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Short verdict: the test was stopped before it finished</extracomment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Standard input (--password-stdin)</source>
        <translation>Standardeingabe (--password-stdin)</translation>
    </message>
    <message>
        <source>None given: an empty password</source>
        <translation>Keines angegeben: ein leeres Passwort</translation>
    </message>
    <message>
        <source>Typed in for this test, not saved</source>
        <translation>Für diesen Test eingetippt, nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <source>the text is too long for a URI</source>
        <translation>der Text ist zu lang für eine URI</translation>
    </message>
    <message>
        <source>not a MySQL or MariaDB URI (mysql://, mariadb://)</source>
        <translation>keine MySQL- oder MariaDB-URI (mysql://, mariadb://)</translation>
    </message>
    <message>
        <source>a URI cannot contain spaces or control characters</source>
        <translation>eine URI darf keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>more than one host (%1): only the first is used</source>
        <translation>mehr als ein Host (%1): nur der erste wird verwendet</translation>
    </message>
    <message>
        <source>an IPv6 address without &quot;]&quot;</source>
        <translation>eine IPv6-Adresse ohne „]“</translation>
    </message>
    <message>
        <source>unexpected text after the address</source>
        <translation>unerwarteter Text nach der Adresse</translation>
    </message>
    <message>
        <source>the URI names no host</source>
        <translation>die URI nennt keinen Host</translation>
    </message>
    <message>
        <source>connect timeout &quot;%1&quot;</source>
        <translation>Verbindungszeitlimit „%1“</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; = &quot;%2&quot;</source>
        <translation>Parameter „%1“ = „%2“</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The URI contains a password in clear text. Store it in the keychain and keep it out of URIs.</source>
        <translation>Die URI enthält ein Passwort im Klartext. Speichern Sie es im Schlüsselbund und lassen Sie es aus URIs heraus.</translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>Wizard button</extracomment>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DBeaverImporter</name>
    <message>
        <source>DBeaver connections</source>
        <translation>DBeaver-Verbindungen</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most %2)</source>
        <translation>die Datei ist zu groß (%1 Byte; höchstens %2)</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1): %2</source>
        <translation>kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>not a DBeaver data-sources.json (no &quot;connections&quot;)</source>
        <translation>keine DBeaver-data-sources.json (kein „connections“)</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; (%2 is not MySQL or MariaDB)</source>
        <translation>Verbindung „%1“ (%2 ist nicht MySQL oder MariaDB)</translation>
    </message>
    <message>
        <source>the JDBC URL &quot;%1&quot; (import it as a URI)</source>
        <translation>die JDBC-URL „%1“ (importieren Sie sie als URI)</translation>
    </message>
    <message>
        <source>the network handler &quot;%1&quot; (for example an SSH tunnel)</source>
        <translation>der Netzwerk-Handler „%1“ (zum Beispiel ein SSH-Tunnel)</translation>
    </message>
    <message>
        <source>DBeaver&apos;s &quot;verify server certificate&quot; checks the CA but not the host name (Connector/J VERIFY_CA).</source>
        <translation>DBeavers „verify server certificate“ prüft die CA, aber nicht den Hostnamen (Connector/J VERIFY_CA).</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; in %2</source>
        <translation>Verbindung „%1“ in %2</translation>
    </message>
    <message>
        <source>DBeaver keeps user names and passwords in its encrypted credentials-config.json: enter them in sslcm.</source>
        <translation>DBeaver bewahrt Benutzernamen und Passwörter in seiner verschlüsselten credentials-config.json auf: Geben Sie sie in sslcm ein.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; is stored in clear text in %2.</source>
        <translation>Das Passwort von „%1“ ist im Klartext in %2 gespeichert.</translation>
    </message>
    <message>
        <source>the file holds no connections</source>
        <translation>die Datei enthält keine Verbindungen</translation>
    </message>
    <message>
        <source>DBeaver signs in with AWS RDS IAM: sslcm makes the sign-in token itself when connecting (%1).</source>
        <translation>DBeaver meldet sich über AWS RDS IAM an: sslcm erzeugt das Anmelde-Token beim Verbinden selbst (%1).</translation>
    </message>
    <message>
        <source>the AWS access keys DBeaver keeps (%1): sslcm reads AWS credentials from the environment and ~/.aws/credentials; put them into a profile there and name it in the password source</source>
        <translation>die von DBeaver gespeicherten AWS-Zugriffsschlüssel (%1): sslcm liest AWS-Anmeldedaten aus der Umgebung und aus ~/.aws/credentials; legen Sie sie dort in einem Profil ab und geben Sie dieses in der Passwortquelle an</translation>
    </message>
    <message>
        <source>the sign-in method &quot;%1&quot; (choose the password source after importing)</source>
        <translation>die Anmeldemethode „%1“ (wählen Sie die Passwortquelle nach dem Import)</translation>
    </message>
    <message>
        <source>The SSH tunnel goes through further jump servers (%1): sslcm goes through one jump host.</source>
        <translation>Der SSH-Tunnel führt über weitere Sprung-Server (%1): sslcm nutzt nur einen Sprung-Host.</translation>
    </message>
    <message>
        <source>The SSH tunnel&apos;s port “%1” is not a port number.</source>
        <translation>Der Port „%1“ des SSH-Tunnels ist keine Portnummer.</translation>
    </message>
    <message>
        <source>the SSH private key kept inside DBeaver&apos;s settings (keyValue): save it to a file only you can read and choose that file</source>
        <translation>der in den Einstellungen von DBeaver hinterlegte private SSH-Schlüssel (keyValue): Speichern Sie ihn in einer Datei, die nur Sie lesen können, und wählen Sie diese Datei</translation>
    </message>
    <message>
        <source>The SSH tunnel signs in with “%1”, which sslcm does not know: choose a key file, the agent or a password in sslcm.</source>
        <translation>Der SSH-Tunnel meldet sich mit „%1“ an, was sslcm nicht kennt: Wählen Sie in sslcm eine Schlüsseldatei, den Agenten oder ein Passwort.</translation>
    </message>
    <message>
        <source>DBeaver keeps the SSH user in credentials-config.json, which was not read: import data-sources.json from its folder (.dbeaver) so that sslcm reads both, or enter the jump host in sslcm.</source>
        <translation>DBeaver speichert den SSH-Benutzer in credentials-config.json, die nicht gelesen wurde: Importieren Sie data-sources.json aus ihrem Ordner (.dbeaver), damit sslcm beide liest, oder geben Sie den Sprung-Host in sslcm ein.</translation>
    </message>
    <message>
        <source>Reached through the SSH jump host %1, as in DBeaver: the database&apos;s address %2 is as the jump host sees it, and sslcm checks the server&apos;s certificate against %3.</source>
        <extracomment>%1 is the jump host (user@host:port), %2 the database&apos;s address, %3 its host</extracomment>
        <translation>Erreicht über den SSH-Sprung-Host %1, wie in DBeaver: Die Adresse %2 der Datenbank ist die, unter der der Sprung-Host sie sieht, und sslcm prüft das Zertifikat des Servers gegen %3.</translation>
    </message>
    <message>
        <source>DBeaver skips the check of the jump host&apos;s key for this connection; sslcm checks it against ~/.ssh/known_hosts and asks before it trusts a new one.</source>
        <translation>DBeaver überspringt bei dieser Verbindung die Prüfung des Schlüssels des Sprung-Hosts; sslcm prüft ihn anhand von ~/.ssh/known_hosts und fragt nach, bevor es einem neuen vertraut.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted (it is damaged, or not DBeaver&apos;s): enter the user names and passwords in sslcm.</source>
        <translation>%1 konnte nicht entschlüsselt werden (die Datei ist beschädigt oder stammt nicht von DBeaver): Geben Sie die Benutzernamen und Passwörter in sslcm ein.</translation>
    </message>
    <message>
        <source>The SSH password of &quot;%1&quot; is stored in clear text in %2.</source>
        <translation>Das SSH-Passwort von &quot;%1&quot; ist im Klartext in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The passwords in %1 are encrypted with a key that is the same in every copy of DBeaver: anyone who can read that file can read them. Once they are in the keychain, consider DBeaver&apos;s secure storage or removing the saved passwords there.</source>
        <translation>Die Passwörter in %1 sind mit einem Schlüssel verschlüsselt, der in jeder DBeaver-Installation gleich ist: Wer diese Datei lesen kann, kann sie lesen. Sobald sie im Schlüsselbund sind, erwägen Sie den sicheren Speicher von DBeaver oder das Entfernen der dort gespeicherten Passwörter.</translation>
    </message>
</context>
<context>
    <name>ExpiryNotifier</name>
    <message>
        <source>%1: %2 (%3) expires %4, %5</source>
        <extracomment>One line of the expiry notification: %1 connection, %2 the certificate&apos;s name, %3 &quot;server certificate&quot; / &quot;CA file&quot;..., %4 the date, %5 &quot;in 12 days&quot; / &quot;expired 3 days ago&quot;</extracomment>
        <translation>%1: %2 (%3) läuft am %4 ab, %5</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>und %n weiteres.</numerusform>
            <numerusform>und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of your connections expire within %1 days</source>
        <translation>
            <numerusform>%n Zertifikat Ihrer Verbindungen läuft innerhalb von %1 Tagen ab</numerusform>
            <numerusform>%n Zertifikate Ihrer Verbindungen laufen innerhalb von %1 Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryTimeline</name>
    <message>
        <source>Certificate expiry timeline</source>
        <translation>Zeitleiste der Zertifikatsabläufe</translation>
    </message>
    <message>
        <source>%1: %2 (%3), expires %4, %5</source>
        <extracomment>The focused certificate of the expiry timeline: %1 connection, %2 the certificate&apos;s name, %3 &quot;server certificate&quot; / &quot;CA file&quot;..., %4 date, %5 &quot;in 12 days&quot;</extracomment>
        <translation>%1: %2 (%3), läuft am %4 ab, %5</translation>
    </message>
    <message>
        <source>No certificates known yet</source>
        <translation>Noch keine Zertifikate bekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Window title of the certificate viewer opened from the timeline: %1 connection, %2 &quot;server certificate&quot; / &quot;CA file&quot;...</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No certificates known yet. Add a CA file to a connection, or run an audit to see the servers&apos; certificates.</source>
        <translation>Noch keine Zertifikate bekannt. Fügen Sie einer Verbindung eine CA-Datei hinzu oder führen Sie ein Audit aus, um die Zertifikate der Server zu sehen.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <extracomment>Marks the warning threshold on the expiry timeline</extracomment>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>  export PROFILE --as FORMAT [--output FILE] [--with-password]
  export --all [--output FILE]
                            write a profile for another client or application;
                            FORMAT: %1
                            --with-password writes the keychain&apos;s password into FILE (mode 0600)
</source>
        <translation>  export PROFILE --as FORMAT [--output FILE] [--with-password]
  export --all [--output FILE]
                            ein Profil für einen anderen Client oder eine Anwendung
                            schreiben; FORMAT: %1
                            --with-password schreibt das Passwort aus dem Schlüsselbund
                            in FILE (Modus 0600)
</translation>
    </message>
    <message>
        <source>Format.</source>
        <translation>Format.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Include the password (file only).</source>
        <translation>Das Passwort einschließen (nur bei Datei).</translation>
    </message>
    <message>
        <source>Every profile, as sslcm JSON.</source>
        <translation>Alle Profile als sslcm-JSON.</translation>
    </message>
    <message>
        <source>--all exports every profile as sslcm JSON, without secrets</source>
        <translation>--all exportiert alle Profile als sslcm-JSON, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs one profile name or id</source>
        <translation>„export“ braucht einen Profilnamen oder eine ID</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs --as FORMAT</source>
        <translation>„export“ braucht --as FORMAT</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>--with-password writes only into a file (--output FILE)</source>
        <translation>--with-password schreibt nur in eine Datei (--output FILE)</translation>
    </message>
    <message>
        <source>cannot read the password from the keychain: %1</source>
        <translation>das Passwort kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Write the password into the saved file</source>
        <translation>Passwort in die gespeicherte Datei &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <extracomment>Window title; %1 is the profile&apos;s name</extracomment>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Clients and files</source>
        <extracomment>Heading of the export formats that are not application code</extracomment>
        <translation>Clients und Dateien</translation>
    </message>
    <message>
        <source>Use in your application</source>
        <extracomment>Heading of the export formats that are connection code for applications</extracomment>
        <translation>In Ihrer Anwendung verwenden</translation>
    </message>
    <message>
        <source>Exported text</source>
        <translation>Exportierter Text</translation>
    </message>
    <message>
        <source>Write the password into the saved file</source>
        <translation>Passwort in die gespeicherte Datei schreiben</translation>
    </message>
    <message>
        <source>Only the saved file gets the password from the keychain, and it is created readable only by you. The preview and Copy never contain it.</source>
        <translation>Nur die gespeicherte Datei erhält das Passwort aus dem Schlüsselbund, und sie wird so angelegt, dass nur Sie sie lesen können. Die Vorschau und „Kopieren“ enthalten es nie.</translation>
    </message>
    <message>
        <source>Copy the exported text</source>
        <translation>Den exportierten Text kopieren</translation>
    </message>
    <message>
        <source>Save the export as a file</source>
        <translation>Den Export als Datei speichern</translation>
    </message>
    <message>
        <source>The saved file will hold the password; it is created readable only by you (mode 0600).</source>
        <translation>Die gespeicherte Datei wird das Passwort enthalten; sie wird so angelegt, dass nur Sie sie lesen können (Modus 0600).</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>Copied (without the password).</source>
        <translation>Kopiert (ohne das Passwort).</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>mysql command line</source>
        <translation>mysql-Befehlszeile</translation>
    </message>
    <message>
        <source>mariadb command line</source>
        <translation>mariadb-Befehlszeile</translation>
    </message>
    <message>
        <source>Option file ([client] group)</source>
        <translation>Optionsdatei (Gruppe [client])</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <source>PHP (PDO)</source>
        <translation>PHP (PDO)</translation>
    </message>
    <message>
        <source>Python (PyMySQL)</source>
        <translation>Python (PyMySQL)</translation>
    </message>
    <message>
        <source>Python (mysqlclient)</source>
        <translation>Python (mysqlclient)</translation>
    </message>
    <message>
        <source>Java (MySQL Connector/J)</source>
        <translation>Java (MySQL Connector/J)</translation>
    </message>
    <message>
        <source>Java (MariaDB Connector/J)</source>
        <translation>Java (MariaDB Connector/J)</translation>
    </message>
    <message>
        <source>Node.js (mysql2)</source>
        <translation>Node.js (mysql2)</translation>
    </message>
    <message>
        <source>Go (go-sql-driver/mysql)</source>
        <translation>Go (go-sql-driver/mysql)</translation>
    </message>
    <message>
        <source>.NET (MySqlConnector)</source>
        <translation>.NET (MySqlConnector)</translation>
    </message>
    <message>
        <source>Qt (QSqlDatabase)</source>
        <translation>Qt (QSqlDatabase)</translation>
    </message>
    <message>
        <source>sslcm profiles (JSON)</source>
        <translation>sslcm-Profile (JSON)</translation>
    </message>
</context>
<context>
    <name>FetchCertificateDialog</name>
    <message>
        <source>&amp;View Chain…</source>
        <translation>Kette &amp;anzeigen …</translation>
    </message>
    <message>
        <source>&amp;Use the Server&apos;s CA Certificate</source>
        <translation>CA-Zertifikat des Servers &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Pin the Server Certificate</source>
        <translation>Serverzertifikat &amp;festlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Server Certificate of %1</source>
        <extracomment>Window title; %1 is host:port</extracomment>
        <translation>Serverzertifikat von %1</translation>
    </message>
    <message>
        <source>Certificates the server presented</source>
        <translation>Vom Server vorgelegte Zertifikate</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <source>View the server&apos;s certificate chain</source>
        <translation>Die Zertifikatskette des Servers anzeigen</translation>
    </message>
    <message>
        <source>Use the server&apos;s CA certificate as the CA file</source>
        <translation>Das CA-Zertifikat des Servers als CA-Datei verwenden</translation>
    </message>
    <message>
        <source>Pin the server certificate</source>
        <translation>Das Serverzertifikat festlegen</translation>
    </message>
    <message>
        <source>Cancel fetching</source>
        <translation>Abrufen abbrechen</translation>
    </message>
    <message>
        <source>Asking %1 for its certificate (no user name or password is sent)…</source>
        <translation>%1 wird nach seinem Zertifikat gefragt (es werden weder Benutzername noch Passwort gesendet) …</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>Role of a certificate in the chain: the first one is the server&apos;s own</extracomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>CA: %1</source>
        <translation>CA: %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>✗ %1 does not offer TLS: it has no certificate to show.</source>
        <translation>✗ %1 bietet kein TLS an: Es gibt kein Zertifikat anzuzeigen.</translation>
    </message>
    <message>
        <source>✗ No TLS session with %1: %2</source>
        <translation>✗ Keine TLS-Sitzung mit %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 presented %n certificate(s) over %2.</source>
        <translation>
            <numerusform>%1 hat %n Zertifikat über %2 vorgelegt.</numerusform>
            <numerusform>%1 hat %n Zertifikate über %2 vorgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Your CA settings verify this certificate and it names %1. You do not need to trust anything more.</source>
        <translation>✓ Ihre CA-Einstellungen bestätigen dieses Zertifikat, und es nennt %1. Sie müssen nichts weiter als vertrauenswürdig einstufen.</translation>
    </message>
    <message>
        <source>⚠ The chain is trusted, but the certificate does not name %1. Connect with a name it covers, or choose “Verify CA”.</source>
        <translation>⚠ Der Kette wird vertraut, aber das Zertifikat nennt %1 nicht. Verbinden Sie sich über einen Namen, den es abdeckt, oder wählen Sie „CA prüfen“.</translation>
    </message>
    <message>
        <source>⚠ Your CA settings do not verify this certificate (%1). Trust it only if the fingerprint above matches what the server&apos;s administrator gave you.</source>
        <translation>⚠ Ihre CA-Einstellungen bestätigen dieses Zertifikat nicht (%1). Vertrauen Sie ihm nur, wenn der Fingerabdruck oben mit dem übereinstimmt, den Ihnen der Administrator des Servers gegeben hat.</translation>
    </message>
    <message>
        <source>Trust This CA Certificate?</source>
        <translation>Diesem CA-Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Use this certificate as the connection&apos;s CA file?</source>
        <translation>Dieses Zertifikat als CA-Datei der Verbindung verwenden?</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <source>Trust this CA certificate</source>
        <translation>Diesem CA-Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Pin This Certificate?</source>
        <translation>Dieses Zertifikat festlegen?</translation>
    </message>
    <message>
        <source>Accept only this exact server certificate from now on?</source>
        <translation>Ab jetzt nur noch genau dieses Serverzertifikat akzeptieren?</translation>
    </message>
    <message>
        <source>SHA-256: %1

When the server gets a new certificate, the connection fails until you pin the new one.</source>
        <translation>SHA-256: %1

Wenn der Server ein neues Zertifikat erhält, schlägt die Verbindung fehl, bis Sie das neue festlegen.</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Festlegen</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>Dieses Zertifikat festlegen</translation>
    </message>
    <message>
        <source>Your system already trusts this CA, which signs certificates for many hosts, so the connection will also check that the certificate names %1 (“%2”).</source>
        <translation>Ihr System vertraut dieser CA bereits. Sie signiert Zertifikate für viele Hosts, daher prüft die Verbindung zusätzlich, ob das Zertifikat %1 nennt („%2“).</translation>
    </message>
    <message>
        <source>Every server certificate this CA signs will be trusted for this connection.</source>
        <translation>Jedem Serverzertifikat, das diese CA signiert, wird für diese Verbindung vertraut.</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid until: %3
SHA-256: %4

%5</source>
        <translation>Ausgestellt für: %1
Ausgestellt von: %2
Gültig bis: %3
SHA-256: %4

%5</translation>
    </message>
    <message>
        <source>✗ sslcm does not know the host key of the SSH jump host %1 yet; nothing was asked of the server.</source>
        <extracomment>%1 is the SSH jump host (user@host:port)</extracomment>
        <translation>✗ sslcm kennt den Host-Schlüssel des SSH-Sprung-Hosts %1 noch nicht; beim Server wurde nichts angefragt.</translation>
    </message>
    <message>
        <source>✗ The SSH jump host %1 presented a different host key than the one on record; sslcm stopped there.</source>
        <extracomment>%1 is the SSH jump host (user@host:port)</extracomment>
        <translation>✗ Der SSH-Sprung-Host %1 hat einen anderen Host-Schlüssel vorgelegt als den hinterlegten; sslcm hat dort abgebrochen.</translation>
    </message>
    <message>
        <source>✗ The key file for the SSH jump host %1 needs its passphrase.</source>
        <extracomment>%1 is the SSH jump host (user@host:port)</extracomment>
        <translation>✗ Die Schlüsseldatei für den SSH-Sprung-Host %1 benötigt ihre Passphrase.</translation>
    </message>
</context>
<context>
    <name>FleetHealthWindow</name>
    <message>
        <source>Fleet Health</source>
        <extracomment>Window title; the application name is appended by the system</extracomment>
        <translation>Flottenzustand</translation>
    </message>
    <message>
        <source>Audit &amp;All</source>
        <translation>&amp;Alle prüfen</translation>
    </message>
    <message>
        <source>Audit all connections</source>
        <translation>Alle Verbindungen prüfen</translation>
    </message>
    <message>
        <source>Check the TLS of every saved connection, without logging in unless “Also log in” is checked</source>
        <translation>Die TLS-Konfiguration jeder gespeicherten Verbindung prüfen; angemeldet wird nur, wenn „Zusätzlich anmelden“ aktiviert ist</translation>
    </message>
    <message>
        <source>Audit &amp;Selected</source>
        <translation>Aus&amp;gewählte prüfen</translation>
    </message>
    <message>
        <source>Audit the selected connections</source>
        <translation>Die ausgewählten Verbindungen prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the audit</source>
        <translation>Das Audit abbrechen</translation>
    </message>
    <message>
        <source>Also &amp;log in (over verified TLS only)</source>
        <translation>Zusätzlich an&amp;melden (nur über geprüftes TLS)</translation>
    </message>
    <message>
        <source>Also log in, over verified TLS only</source>
        <translation>Zusätzlich anmelden, nur über geprüftes TLS</translation>
    </message>
    <message>
        <source>Log in with each connection&apos;s saved password to read the server&apos;s TLS settings, the accounts that can log in without TLS and the sessions without TLS. Only where the server&apos;s certificate was verified; never sends a password otherwise.</source>
        <translation>Mit dem gespeicherten Passwort jeder Verbindung anmelden, um die TLS-Einstellungen des Servers, die Konten, die sich ohne TLS anmelden können, und die Sitzungen ohne TLS auszulesen. Nur dort, wo das Zertifikat des Servers geprüft wurde; andernfalls wird nie ein Passwort gesendet.</translation>
    </message>
    <message>
        <source>&amp;Warn within:</source>
        <translation>&amp;Vorwarnzeit:</translation>
    </message>
    <message>
        <source>Warn about certificates expiring within this many days</source>
        <translation>Vor Zertifikaten warnen, die innerhalb dieser Anzahl von Tagen ablaufen</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days before expiry that counts as &quot;expiring soon&quot;</extracomment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Fortschritt des Audits</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter the results</source>
        <translation>Die Ergebnisse filtern</translation>
    </message>
    <message>
        <source>Connection, server or finding</source>
        <translation>Verbindung, Server oder Befund</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Show results of this severity</source>
        <translation>Ergebnisse dieses Schweregrads anzeigen</translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation>Audit-Ergebnisse</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Zeilenköpfe</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>Findings of the selected connection</source>
        <translation>Befunde der ausgewählten Verbindung</translation>
    </message>
    <message>
        <source>Account TLS Re&amp;quirements…</source>
        <translation>TLS-Anforderungen für &amp;Konten …</translation>
    </message>
    <message>
        <source>Account TLS requirements for this server</source>
        <translation>TLS-Anforderungen für Konten auf diesem Server</translation>
    </message>
    <message>
        <source>Write and run the statements that make these accounts require TLS</source>
        <translation>Die Anweisungen schreiben und ausführen, die diese Konten auf TLS verpflichten</translation>
    </message>
    <message>
        <source>Every certificate sslcm knows: the servers&apos; chains from the last audit and the connections&apos; CA files and client certificates. Arrow keys move between them; Enter or a click opens one.</source>
        <translation>Jedes Zertifikat, das sslcm kennt: die Ketten der Server aus dem letzten Audit sowie die CA-Dateien und Client-Zertifikate der Verbindungen. Mit den Pfeiltasten wechseln Sie zwischen ihnen; die Eingabetaste oder ein Klick öffnet eines.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Expiry &amp;Timeline</source>
        <translation>Ablauf&amp;zeitleiste</translation>
    </message>
    <message>
        <source>Fleet health views</source>
        <translation>Ansichten des Flottenzustands</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>Age of the last audit</extracomment>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit yet. “Audit All” checks every connection.</source>
        <translation>Noch kein Audit. „Alle prüfen“ prüft jede Verbindung.</translation>
    </message>
    <message>
        <source>Last audit: %1</source>
        <extracomment>%1 &quot;3 hours ago&quot;, %2 the date and time</extracomment>
        <translation>Letztes Audit: %1</translation>
    </message>
    <message>
        <source>Never audited</source>
        <translation>Noch kein Audit</translation>
    </message>
    <message>
        <source>Select a connection to see what the audit found.</source>
        <translation>Wählen Sie eine Verbindung aus, um zu sehen, was das Audit ergeben hat.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>Title of the findings pane: %1 connection, %2 server, %3 severity</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos;@&apos;%2&apos; can log in without TLS</source>
        <extracomment>An account that can log in without TLS: %1 user, %2 host pattern</extracomment>
        <translation>Das Konto &apos;%1&apos;@&apos;%2&apos; kann sich ohne TLS anmelden</translation>
    </message>
    <message>
        <source>Require TLS for it (Account TLS Requirements)</source>
        <translation>TLS dafür vorschreiben (TLS-Anforderungen für Konten)</translation>
    </message>
    <message>
        <source>Reading saved passwords…</source>
        <translation>Gespeicherte Passwörter werden gelesen …</translation>
    </message>
    <message>
        <source>Select all findings</source>
        <translation>Alle Befunde auswählen</translation>
    </message>
</context>
<context>
    <name>HostnameMatch</name>
    <message>
        <source>The certificate names no IP address, so it cannot match %1.</source>
        <translation>Das Zertifikat nennt keine IP-Adresse, daher kann es nicht zu %1 passen.</translation>
    </message>
    <message>
        <source>The certificate is for IP address %1, not %2.</source>
        <translation>Das Zertifikat gilt für die IP-Adresse %1, nicht für %2.</translation>
    </message>
    <message>
        <source>The certificate names no host, so it cannot match %1.</source>
        <translation>Das Zertifikat nennt keinen Host, daher kann es nicht zu %1 passen.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not %2.</source>
        <translation>Das Zertifikat gilt für %1, nicht für %2.</translation>
    </message>
</context>
<context>
    <name>HostsFile</name>
    <message>
        <source>%1 is a folder, not a list of hosts</source>
        <translation>%1 ist ein Ordner, keine Liste von Hosts</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n MB; it is not a list of hosts</source>
        <translation>
            <numerusform>%1 ist größer als %n MB; das ist keine Liste von Hosts</numerusform>
            <numerusform>%1 ist größer als %n MB; das ist keine Liste von Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>the line is not text (UTF-8)</source>
        <translation>die Zeile ist kein Text (UTF-8)</translation>
    </message>
    <message>
        <source>one host per line: HOST, HOST:PORT or [IPv6]:PORT</source>
        <translation>ein Host pro Zeile: HOST, HOST:PORT oder [IPv6]:PORT</translation>
    </message>
    <message>
        <source>brackets hold an IPv6 address: write [IPv6]:PORT, or HOST:PORT</source>
        <translation>eckige Klammern umschließen eine IPv6-Adresse: Schreiben Sie [IPv6]:PORT oder HOST:PORT</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535, not %1</source>
        <translation>der Port muss zwischen 1 und 65535 liegen, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST, HOST:PORT or [IPv6]:PORT</source>
        <translation>„%1“ ist nicht HOST, HOST:PORT oder [IPv6]:PORT</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 steht bereits in Zeile %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Only show what would happen.</source>
        <translation>Nur anzeigen, was passieren würde.</translation>
    </message>
    <message>
        <source>Also add profiles that already exist.</source>
        <translation>Auch bereits vorhandene Profile hinzufügen.</translation>
    </message>
    <message>
        <source>Store passwords found in the keychain.</source>
        <translation>Gefundene Passwörter im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs a file, a URI or a command line</source>
        <translation>„import“ braucht eine Datei, eine URI oder eine Befehlszeile</translation>
    </message>
    <message>
        <source>Dry run: nothing was added.</source>
        <translation>Probelauf: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>the profile store cannot be written</source>
        <translation>der Profilspeicher kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) added</source>
        <extracomment>%n profiles were added, %1 duplicates skipped</extracomment>
        <translation>
            <numerusform>%n Profil hinzugefügt</numerusform>
            <numerusform>%n Profile hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 already existing skipped</source>
        <translation>; %1 bereits vorhandene übersprungen</translation>
    </message>
    <message>
        <source>  import FILE|URI|&quot;mysql ...&quot; [--dry-run] [--include-duplicates] [--store-passwords]
                            import connections from an option file, MySQL Workbench,
                            DBeaver, an sslcm export, a URI or a command line; shows what
                            cannot be carried over and skips existing profiles;
                            exit 1 when a connection cannot be imported (an ambiguous address)
</source>
        <translation>  import FILE|URI|&quot;mysql ...&quot; [--dry-run] [--include-duplicates] [--store-passwords]
                            Verbindungen aus einer Optionsdatei, MySQL Workbench, DBeaver,
                            einem sslcm-Export, einer URI oder einer Befehlszeile importieren;
                            zeigt, was nicht übernommen werden kann, und überspringt
                            vorhandene Profile; Exit-Status 1, wenn eine Verbindung nicht
                            importiert werden kann (eine mehrdeutige Adresse)
</translation>
    </message>
    <message>
        <source>; %1 that cannot be imported left out</source>
        <translation>; %1 nicht importierbare ausgelassen</translation>
    </message>
    <message>
        <source>The passwords of &quot;%1&quot; were not stored; use --store-passwords to put them in the keychain.</source>
        <translation>Die Passwörter von &quot;%1&quot; wurden nicht gespeichert; verwenden Sie --store-passwords, um sie im Schlüsselbund abzulegen.</translation>
    </message>
    <message>
        <source>a password of &quot;%1&quot; could not be stored: %2</source>
        <translation>ein Passwort von &quot;%1&quot; konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Option file ~/.my.cnf</source>
        <translation>Optionsdatei ~/.my.cnf</translation>
    </message>
    <message>
        <source>MySQL Workbench connections</source>
        <translation>Verbindungen aus MySQL Workbench</translation>
    </message>
    <message>
        <source>DBeaver connections</source>
        <translation>Verbindungen aus DBeaver</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen …</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <source>Connection URI or command line</source>
        <translation>Verbindungs-URI oder Befehlszeile</translation>
    </message>
    <message>
        <source>mysql://user@db.example.com:3306/app?ssl-mode=VERIFY_IDENTITY</source>
        <translation>mysql://user@db.example.com:3306/app?ssl-mode=VERIFY_IDENTITY</translation>
    </message>
    <message>
        <source>Paste from the clipboard and read it</source>
        <translation>Aus der Zwischenablage einfügen und lesen</translation>
    </message>
    <message>
        <source>Read the URI or command line</source>
        <translation>Die URI oder Befehlszeile lesen</translation>
    </message>
    <message>
        <source>Open a connection file</source>
        <translation>Eine Verbindungsdatei öffnen</translation>
    </message>
    <message>
        <source>Connections found</source>
        <translation>Gefundene Verbindungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <source>Store the passwords found in the keychain</source>
        <translation>Gefundene Passwörter im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Import the selected connections</source>
        <translation>Die ausgewählten Verbindungen importieren</translation>
    </message>
    <message>
        <source>&amp;URI or command line:</source>
        <translation>&amp;URI oder Befehlszeile:</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>Connection files (*.cnf *.ini *.xml *.json);;All files (*)</source>
        <translation>Verbindungsdateien (*.cnf *.ini *.xml *.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connection(s) found.</source>
        <extracomment>%1 is a format (&quot;MySQL option file&quot;), %n the number of connections found</extracomment>
        <translation>
            <numerusform>%1: %n Verbindung gefunden.</numerusform>
            <numerusform>%1: %n Verbindungen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already stored (%1): tick to import a copy</source>
        <extracomment>The connection is not imported unless ticked; %1 says why it is a duplicate</extracomment>
        <translation>Bereits gespeichert (%1): zum Importieren einer Kopie ankreuzen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Not carried over: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>A password was found in clear text.</source>
        <translation>Ein Passwort wurde im Klartext gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Store the %n password(s) found in the keychain</source>
        <translation>
            <numerusform>%n gefundenes Passwort im Schlüsselbund speichern</numerusform>
            <numerusform>%n gefundene Passwörter im Schlüsselbund speichern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Connection(s)</source>
        <translation>
            <numerusform>%n Verbindung &amp;importieren</numerusform>
            <numerusform>%n Verbindungen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Storing the passwords in the keychain…</source>
        <translation>Die Passwörter werden im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The password of “%1” was not stored: %2</source>
        <translation>Das Passwort von „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The connections were imported, but:</source>
        <translation>Die Verbindungen wurden importiert, aber:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Bring in connections from a MySQL option file (~/.my.cnf), MySQL Workbench, DBeaver or an sslcm export, or paste a connection URI (mysql://user@host:3306/db?ssl-mode=VERIFY_IDENTITY) or a mysql / mariadb command line, or drop a file here. You see everything before it is stored.</source>
        <translation>Übernehmen Sie Verbindungen aus einer MySQL-Optionsdatei (~/.my.cnf), aus MySQL Workbench, DBeaver oder einem sslcm-Export, fügen Sie eine Verbindungs-URI (mysql://user@host:3306/db?ssl-mode=VERIFY_IDENTITY) oder eine mysql- bzw. mariadb-Befehlszeile ein, oder ziehen Sie eine Datei hierher. Sie sehen alles, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <extracomment>%1 says what is wrong and how to write it</extracomment>
        <translation>Kann nicht importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>the same profile (same id) as &quot;%1&quot;</source>
        <translation>dasselbe Profil (dieselbe ID) wie „%1“</translation>
    </message>
    <message>
        <source>the same server, port, user and database as &quot;%1&quot;</source>
        <translation>derselbe Server, Port, Benutzer und dieselbe Datenbank wie „%1“</translation>
    </message>
    <message>
        <source>the same name as an existing profile</source>
        <translation>derselbe Name wie ein vorhandenes Profil</translation>
    </message>
    <message>
        <source>Cannot import (%1): %2</source>
        <translation>Import nicht möglich (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connection(s) found</source>
        <extracomment>%1 is the format, e.g. &quot;MySQL option file&quot;, %2 the number of connections</extracomment>
        <translation>
            <numerusform>%1: %n Verbindung gefunden</numerusform>
            <numerusform>%1: %n Verbindungen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA-Datei: %1</translation>
    </message>
    <message>
        <source>client certificate: %1</source>
        <translation>Clientzertifikat: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>not carried over: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
    <message>
        <source>a password was found (it can go to the keychain)</source>
        <translation>ein Passwort wurde gefunden (es kann in den Schlüsselbund übernommen werden)</translation>
    </message>
    <message>
        <source>duplicate: %1</source>
        <translation>Duplikat: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The source asks for “%1” but names no CA file: sslcm will use “%2” with the system&apos;s CAs. Checking only the CA against the system&apos;s CAs would accept any publicly trusted certificate for any host. If your provider has a CA of its own, choose its file after importing.</source>
        <extracomment>%1 is the mode &quot;Verify CA&quot;, %2 the mode &quot;Verify CA and host name&quot;</extracomment>
        <translation>Die Quelle verlangt „%1“, nennt aber keine CA-Datei: sslcm verwendet „%2“ mit den CAs des Systems. Nur die CA gegen die CAs des Systems zu prüfen, würde jedes öffentlich vertrauenswürdige Zertifikat für jeden beliebigen Host akzeptieren. Wenn Ihr Anbieter eine eigene CA hat, wählen Sie deren Datei nach dem Import.</translation>
    </message>
    <message>
        <source>cannot be imported: %1</source>
        <translation>kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>The password is a sign-in token sent in clear text, and the source asks only for “%1”: anyone between you and the server could take the token. sslcm will use “%2”, with the system&apos;s CAs unless you choose your provider&apos;s CA file after importing (Download CA Certificate gets it).</source>
        <extracomment>%1 is the mode the source asked for, %2 the mode &quot;Verify CA and host name&quot;</extracomment>
        <translation>Das Passwort ist ein Anmelde-Token, das im Klartext gesendet wird, und die Quelle verlangt nur „%1“: Jeder zwischen Ihnen und dem Server könnte das Token abgreifen. sslcm verwendet „%2“, mit den CAs des Systems, sofern Sie nach dem Import nicht die CA-Datei Ihres Anbieters wählen („CA-Zertifikat herunterladen“ holt sie).</translation>
    </message>
    <message>
        <source>through SSH: %1</source>
        <extracomment>%1 is the SSH jump host, e.g. &quot;deploy@bastion:2222 (SSH agent)&quot;</extracomment>
        <translation>über SSH: %1</translation>
    </message>
    <message>
        <source>the SSH jump host&apos;s password was found (it can go to the keychain)</source>
        <translation>das Passwort des SSH-Sprung-Hosts wurde gefunden (es kann in den Schlüsselbund übernommen werden)</translation>
    </message>
    <message>
        <source>the passphrase of the SSH key was found (it can go to the keychain)</source>
        <translation>die Passphrase des SSH-Schlüssels wurde gefunden (sie kann in den Schlüsselbund übernommen werden)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). If it is locked, unlock it and try again.</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Falls er gesperrt ist, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not read the secret from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Das Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not save the secret in the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the secret from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Das Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>No keychain can be reached: there is no D-Bus session, so sslcm cannot talk to a keychain service such as GNOME Keyring or KWallet. Passwords are not saved; sslcm will ask for them when connecting. To have them remembered, run sslcm in a desktop session that has a keychain service.</source>
        <translation>Kein Schlüsselbund erreichbar: Es gibt keine D-Bus-Sitzung, daher kann sslcm mit keinem Schlüsselbunddienst wie GNOME Keyring oder KWallet sprechen. Passwörter werden nicht gespeichert; sslcm fragt beim Verbinden danach. Damit sie gespeichert werden, starten Sie sslcm in einer Desktopsitzung mit Schlüsselbunddienst.</translation>
    </message>
    <message>
        <source>No keychain can be reached: no keychain service such as GNOME Keyring or KWallet is running in this session. Passwords are not saved; sslcm will ask for them when connecting. To have them remembered, install and start GNOME Keyring or KWallet.</source>
        <translation>Kein Schlüsselbund erreichbar: In dieser Sitzung läuft kein Schlüsselbunddienst wie GNOME Keyring oder KWallet. Passwörter werden nicht gespeichert; sslcm fragt beim Verbinden danach. Damit sie gespeichert werden, installieren und starten Sie GNOME Keyring oder KWallet.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). Passwords are not saved; sslcm will ask for them when connecting. If the keychain is waiting to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Passwörter werden nicht gespeichert; sslcm fragt beim Verbinden danach. Falls der Schlüsselbund darauf wartet, entsperrt zu werden, entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Passwörter werden nicht gespeichert; sslcm fragt beim Verbinden danach. Falls der Schlüsselbund darauf wartet, entsperrt zu werden, entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain has still not answered an earlier request. Passwords are not saved; sslcm will ask for them when connecting. If the keychain is waiting to be unlocked, unlock it and try again.</source>
        <translation>Der Schlüsselbund hat eine frühere Anfrage noch immer nicht beantwortet. Passwörter werden nicht gespeichert; sslcm fragt beim Verbinden danach. Falls der Schlüsselbund darauf wartet, entsperrt zu werden, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>KnownCertificates</name>
    <message>
        <source>server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>server chain, intermediate</source>
        <translation>Serverkette, Zwischenzertifikat</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New name of the connection</source>
        <translation>Neuer Name der Verbindung</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>Main window title; the application name is appended by the system</extracomment>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung …</translation>
    </message>
    <message>
        <source>Create a connection to a MySQL or MariaDB server</source>
        <translation>Eine Verbindung zu einem MySQL- oder MariaDB-Server anlegen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Give the selected connection a new name</source>
        <translation>Der ausgewählten Verbindung einen neuen Namen geben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected connection and its saved secrets</source>
        <translation>Die ausgewählte Verbindung und ihre gespeicherten Geheimnisse löschen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close sslcm</source>
        <translation>sslcm beenden</translation>
    </message>
    <message>
        <source>&amp;About sslcm</source>
        <translation>&amp;Über sslcm</translation>
    </message>
    <message>
        <source>Show the versions of sslcm and the libraries it uses</source>
        <translation>Die Versionen von sslcm und der verwendeten Bibliotheken anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Toolbar tooltip: %1 is what the button does, %2 its keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <extracomment>Menu title</extracomment>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Menu title</extracomment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Weitere Aktionen der Werkzeugleiste</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Noch keine Verbindungen</translation>
    </message>
    <message>
        <source>A connection remembers a MySQL or MariaDB server, the account you log in with, and how strictly the server&apos;s certificate is checked. Create one to test the server&apos;s TLS setup and connect securely.</source>
        <translation>Eine Verbindung merkt sich einen MySQL- oder MariaDB-Server, das Konto, mit dem Sie sich anmelden, und wie streng das Zertifikat des Servers geprüft wird. Legen Sie eine an, um die TLS-Einrichtung des Servers zu testen und sich sicher zu verbinden.</translation>
    </message>
    <message>
        <source>Connections are saved in %1.</source>
        <translation>Verbindungen werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so sslcm cannot remember passwords. It will ask for them each time it connects.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann sich sslcm keine Passwörter merken. Es fragt bei jeder Verbindung danach.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation>Die Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The connection could not be deleted: %1</source>
        <translation>Die Verbindung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), read-only</source>
        <translation>
            <numerusform>%n Verbindung, schreibgeschützt</numerusform>
            <numerusform>%n Verbindungen, schreibgeschützt</numerusform>
        </translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Verbindungen durchsuchen</translation>
    </message>
    <message>
        <source>Search by name, server, user or notes (Ctrl+F)</source>
        <translation>Nach Name, Server, Benutzer oder Notizen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Change every setting of the selected connection</source>
        <translation>Alle Einstellungen der ausgewählten Verbindung ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the selected connection</source>
        <translation>Eine Kopie der ausgewählten Verbindung erstellen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Connect and log in, and show what happened at each step</source>
        <translation>Verbinden und anmelden und zeigen, was bei jedem Schritt geschah</translation>
    </message>
    <message>
        <source>&amp;Fetch Server Certificate…</source>
        <translation>Server&amp;zertifikat abrufen …</translation>
    </message>
    <message>
        <source>Show the certificate the server presents, without logging in</source>
        <translation>Das Zertifikat anzeigen, das der Server vorlegt, ohne sich anzumelden</translation>
    </message>
    <message>
        <source>&amp;Open Certificate File…</source>
        <translation>Zertifikatsdatei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Look at any certificate file</source>
        <translation>Eine beliebige Zertifikatsdatei ansehen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the connections</source>
        <translation>Die Verbindungen durchsuchen</translation>
    </message>
    <message>
        <source>You can undo this right afterwards. Certificate and key files stay where they are.</source>
        <translation>Sie können das direkt danach rückgängig machen. Zertifikats- und Schlüsseldateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>The connection could not be restored: %1</source>
        <translation>Die Verbindung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n shown</source>
        <extracomment>Status bar: %1 is &quot;N connection(s)&quot;; shown while a search filters the list</extracomment>
        <translation>
            <numerusform>%1, %n angezeigt</numerusform>
            <numerusform>%1, %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection could not be duplicated: %1</source>
        <translation>Die Verbindung konnte nicht dupliziert werden: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Open Certificate File</source>
        <translation>Zertifikatsdatei öffnen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Account TLS Requirements…</source>
        <translation>&amp;TLS-Anforderungen für Konten …</translation>
    </message>
    <message>
        <source>Write, run and verify the statements that lock a database account to TLS</source>
        <translation>Anweisungen schreiben, ausführen und prüfen, die ein Datenbankkonto auf TLS verpflichten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Choose the language and the defaults for new connections</source>
        <translation>Sprache und Vorgaben für neue Verbindungen wählen</translation>
    </message>
    <message>
        <source>&amp;Import Connections…</source>
        <translation>Verbindungen &amp;importieren …</translation>
    </message>
    <message>
        <source>Bring in connections from ~/.my.cnf, MySQL Workbench, DBeaver, a URI or a command line</source>
        <translation>Verbindungen aus ~/.my.cnf, MySQL Workbench, DBeaver, einer URI oder einer Befehlszeile übernehmen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Use the selected connection in another client or in your application</source>
        <translation>Die ausgewählte Verbindung in einem anderen Client oder in Ihrer Anwendung verwenden</translation>
    </message>
    <message>
        <source>Export A&amp;ll Connections…</source>
        <translation>A&amp;lle Verbindungen exportieren …</translation>
    </message>
    <message>
        <source>Save every connection (without passwords) to move them to another computer</source>
        <translation>Alle Verbindungen (ohne Passwörter) speichern, um sie auf einen anderen Computer zu übertragen</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported. Test them to see how secure they are.</source>
        <translation>
            <numerusform>%n Verbindung importiert. Testen Sie sie, um zu sehen, wie sicher sie ist.</numerusform>
            <numerusform>%n Verbindungen importiert. Testen Sie sie, um zu sehen, wie sicher sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All Connections</source>
        <translation>Alle Verbindungen exportieren</translation>
    </message>
    <message>
        <source>sslcm connections (*.json)</source>
        <translation>sslcm-Verbindungen (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved to %1, without passwords. Import the file with sslcm on the other computer.</source>
        <translation>
            <numerusform>%n Verbindung ohne Passwort in %1 gespeichert. Importieren Sie die Datei mit sslcm auf dem anderen Computer.</numerusform>
            <numerusform>%n Verbindungen ohne Passwörter in %1 gespeichert. Importieren Sie die Datei mit sslcm auf dem anderen Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet &amp;Health…</source>
        <translation>Fl&amp;ottenzustand …</translation>
    </message>
    <message>
        <source>Audit the TLS of every connection at once and see which certificates expire next</source>
        <translation>Die TLS-Konfiguration aller Verbindungen auf einmal prüfen und sehen, welche Zertifikate als Nächstes ablaufen</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <extracomment>Shown in place of the list while the saved connections are read at start-up
----------
Status bar, while the saved connections are read at start-up</extracomment>
        <translation>Verbindungen werden geladen …</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>No keychain service is available, so passwords are not saved. sslcm will ask for them when connecting.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar, daher werden Passwörter nicht gespeichert. sslcm fragt beim Verbinden danach.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <extracomment>Button that closes an information or warning bar in the main window</extracomment>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>OptionFileImporter</name>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes itself (through %2)</source>
        <translation>„%1“ bindet sich selbst ein (über %2)</translation>
    </message>
    <message>
        <source>includes are nested more than %1 levels deep at &quot;%2&quot;</source>
        <translation>Einbindungen sind bei „%2“ mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 files are included</source>
        <translation>mehr als %1 Dateien werden eingebunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file</source>
        <translation>„%1“ ist keine Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an option file (%2 bytes; at most %3)</source>
        <translation>„%1“ ist zu groß für eine Optionsdatei (%2 Byte; höchstens %3)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an option file</source>
        <translation>„%1“ ist zu groß für eine Optionsdatei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text file</source>
        <translation>„%1“ ist keine Textdatei</translation>
    </message>
    <message>
        <source>%1, line %2: unknown directive &quot;%3&quot;</source>
        <translation>%1, Zeile %2: unbekannte Direktive „%3“</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; not followed</source>
        <translation>%1, Zeile %2: „%3“ ignoriert</translation>
    </message>
    <message>
        <source>%1, line %2: folder &quot;%3&quot; does not exist</source>
        <translation>%1, Zeile %2: Ordner „%3“ existiert nicht</translation>
    </message>
    <message>
        <source>%1, line %2: group header without &quot;]&quot;</source>
        <translation>%1, Zeile %2: Gruppenkopf ohne „]“</translation>
    </message>
    <message>
        <source>%1, line %2: option outside any group ignored</source>
        <translation>%1, Zeile %2: Option außerhalb einer Gruppe ignoriert</translation>
    </message>
    <message>
        <source>group [%1] (not a client connection)</source>
        <translation>Gruppe [%1] (keine Clientverbindung)</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; is stored in clear text in %2. Store it in the keychain and remove it from that file.</source>
        <translation>Das Passwort von „%1“ ist im Klartext in %2 gespeichert. Speichern Sie es im Schlüsselbund und entfernen Sie es aus dieser Datei.</translation>
    </message>
    <message>
        <source>groups %1 of %2</source>
        <translation>Gruppen %1 aus %2</translation>
    </message>
    <message>
        <source>group [%1] of %2</source>
        <translation>Gruppe [%1] aus %2</translation>
    </message>
    <message>
        <source>%1 holds no client connection settings</source>
        <translation>%1 enthält keine Einstellungen für Clientverbindungen</translation>
    </message>
    <message>
        <source>MySQL option file</source>
        <translation>MySQL-Optionsdatei</translation>
    </message>
    <message>
        <source>%1, line %2: includes &quot;%3&quot;, which is outside the folder %4; its settings are part of this import.</source>
        <translation>%1, Zeile %2: bindet „%3“ ein, das außerhalb des Ordners %4 liegt; seine Einstellungen sind Teil dieses Imports.</translation>
    </message>
    <message>
        <source>%1, line %2: includes &quot;%3&quot;, a link to &quot;%4&quot; outside the folder %5; its settings are part of this import.</source>
        <translation>%1, Zeile %2: bindet „%3“ ein, einen Link auf „%4“ außerhalb des Ordners %5; seine Einstellungen sind Teil dieses Imports.</translation>
    </message>
</context>
<context>
    <name>PasswordSource</name>
    <message>
        <source>Saved in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Jedes Mal abfragen</translation>
    </message>
    <message>
        <source>From a command</source>
        <translation>Aus einem Befehl</translation>
    </message>
    <message>
        <source>AWS RDS IAM sign-in</source>
        <translation>Anmeldung über AWS RDS IAM</translation>
    </message>
    <message>
        <source>sign-in token from: %1</source>
        <extracomment>%1 is a command line, e.g. &quot;pass show db/prod&quot;</extracomment>
        <translation>Anmelde-Token aus: %1</translation>
    </message>
    <message>
        <source>password from: %1</source>
        <translation>Passwort aus: %1</translation>
    </message>
    <message>
        <source>region from the host name</source>
        <translation>Region aus dem Hostnamen</translation>
    </message>
    <message>
        <source>default AWS credentials</source>
        <translation>AWS-Standardanmeldedaten</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>AWS-Profil %1</translation>
    </message>
    <message>
        <source>AWS RDS IAM token (%1)</source>
        <extracomment>%1 lists the region and the AWS credentials used</extracomment>
        <translation>Token von AWS RDS IAM (%1)</translation>
    </message>
    <message>
        <source>The password command is empty: enter the program to run and its arguments, or choose another password source.</source>
        <translation>Der Passwortbefehl ist leer: Geben Sie das auszuführende Programm und seine Argumente ein oder wählen Sie eine andere Passwortquelle.</translation>
    </message>
    <message>
        <source>A sign-in token is sent to the server in clear text (mysql_clear_password), so sslcm sends it only to a server whose identity it verified. With “%1” anyone between you and the server could take the token and sign in as you. Choose “%2” or “%3” with your provider&apos;s CA, or pin the server&apos;s certificate.</source>
        <extracomment>%1 is the profile&apos;s SSL mode, %2 and %3 the modes &quot;Verify CA&quot; and &quot;Verify CA and host name&quot;</extracomment>
        <translation>Ein Anmelde-Token wird im Klartext an den Server gesendet (mysql_clear_password), daher sendet sslcm es nur an einen Server, dessen Identität es geprüft hat. Mit „%1“ könnte jeder zwischen Ihnen und dem Server das Token abgreifen und sich als Sie anmelden. Wählen Sie „%2“ oder „%3“ mit der CA Ihres Anbieters, oder legen Sie das Zertifikat des Servers fest.</translation>
    </message>
    <message>
        <source>Azure Database for MySQL (Microsoft Entra ID)</source>
        <translation>Azure Database for MySQL (Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>Needs the Azure CLI, signed in with “az login”. The user name is the Entra ID user or group as created on the server.</source>
        <translation>Erfordert die Azure CLI, angemeldet mit „az login“. Der Benutzername ist der Entra-ID-Benutzer bzw. die Entra-ID-Gruppe, wie auf dem Server angelegt.</translation>
    </message>
    <message>
        <source>Google Cloud SQL (IAM database sign-in)</source>
        <translation>Google Cloud SQL (IAM-Datenbankanmeldung)</translation>
    </message>
    <message>
        <source>Needs the Google Cloud CLI, signed in with “gcloud auth login”. The user name is the IAM user&apos;s email address without the domain.</source>
        <translation>Erfordert die Google Cloud CLI, angemeldet mit „gcloud auth login“. Der Benutzername ist die E-Mail-Adresse des IAM-Benutzers ohne die Domain.</translation>
    </message>
    <message>
        <source>pass (the standard Unix password manager)</source>
        <translation>pass (der Standard-Passwortmanager für Unix)</translation>
    </message>
    <message>
        <source>Replace NAME with the entry that holds the password; its first line is used.</source>
        <translation>Ersetzen Sie NAME durch den Eintrag mit dem Passwort; dessen erste Zeile wird verwendet.</translation>
    </message>
    <message>
        <source>1Password CLI</source>
        <translation>1Password CLI</translation>
    </message>
    <message>
        <source>Replace VAULT and ITEM with where the password is kept.</source>
        <translation>Ersetzen Sie VAULT und ITEM durch den Ort, an dem das Passwort liegt.</translation>
    </message>
    <message>
        <source>Bitwarden CLI</source>
        <translation>Bitwarden CLI</translation>
    </message>
    <message>
        <source>Replace NAME with the item; unlock the vault first (BW_SESSION).</source>
        <translation>Ersetzen Sie NAME durch den Eintrag; entsperren Sie zuerst den Tresor (BW_SESSION).</translation>
    </message>
    <message>
        <source>HashiCorp Vault</source>
        <translation>HashiCorp Vault</translation>
    </message>
    <message>
        <source>Replace secret/NAME with the path of the secret.</source>
        <translation>Ersetzen Sie secret/NAME durch den Pfad des Geheimnisses.</translation>
    </message>
</context>
<context>
    <name>PrivateKeyInfo</name>
    <message>
        <source>encrypted key</source>
        <translation>verschlüsselter Schlüssel</translation>
    </message>
    <message>
        <source>encrypted %1 key</source>
        <translation>verschlüsselter %1-Schlüssel</translation>
    </message>
    <message>
        <source>PKCS#1 (PEM)</source>
        <translation>PKCS#1 (PEM)</translation>
    </message>
    <message>
        <source>SEC1 EC (PEM)</source>
        <translation>SEC1 EC (PEM)</translation>
    </message>
    <message>
        <source>PKCS#8 (PEM)</source>
        <translation>PKCS#8 (PEM)</translation>
    </message>
    <message>
        <source>encrypted PKCS#8 (PEM)</source>
        <translation>verschlüsseltes PKCS#8 (PEM)</translation>
    </message>
    <message>
        <source>legacy encrypted PEM</source>
        <translation>PEM mit veralteter Verschlüsselung</translation>
    </message>
    <message>
        <source>DER</source>
        <translation>DER</translation>
    </message>
    <message>
        <source>encrypted PKCS#8 (DER)</source>
        <translation>verschlüsseltes PKCS#8 (DER)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>PrivateKeyLoader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The data is too large; key files are smaller than %1 MB.</source>
        <translation>Die Daten sind zu groß; Schlüsseldateien sind kleiner als %1 MB.</translation>
    </message>
    <message>
        <source>The key asks for more than %1 key-derivation rounds; sslcm refuses to spend minutes decrypting it.</source>
        <translation>Der Schlüssel verlangt mehr als %1 Runden zur Schlüsselableitung; sslcm lehnt es ab, minutenlang mit dem Entschlüsseln beschäftigt zu sein.</translation>
    </message>
    <message>
        <source>The private key is encrypted: a passphrase is needed.</source>
        <translation>Der private Schlüssel ist verschlüsselt: Eine Passphrase wird benötigt.</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key.</source>
        <translation>Die Passphrase entschlüsselt den privaten Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The private key is damaged.</source>
        <translation>Der private Schlüssel ist beschädigt.</translation>
    </message>
    <message>
        <source>This is an OpenSSH key. Convert it with &quot;ssh-keygen -p -m PKCS8 -f FILE&quot; (on a copy) to use it for TLS.</source>
        <translation>Dies ist ein OpenSSH-Schlüssel. Konvertieren Sie ihn (an einer Kopie) mit „ssh-keygen -p -m PKCS8 -f DATEI“, um ihn für TLS zu verwenden.</translation>
    </message>
    <message>
        <source>The file holds a certificate, not a private key.</source>
        <translation>Die Datei enthält ein Zertifikat, keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The file holds no private key.</source>
        <translation>Die Datei enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>This is not a private key file (neither PEM nor DER).</source>
        <translation>Dies ist keine Datei mit privatem Schlüssel (weder PEM noch DER).</translation>
    </message>
</context>
<context>
    <name>PrivilegeGrant</name>
    <message>
        <source>&quot;%1&quot; is not a privilege sslcm knows.</source>
        <translation>„%1“ ist keine Berechtigung, die sslcm kennt.</translation>
    </message>
    <message>
        <source>Name the database the privileges are for.</source>
        <translation>Geben Sie die Datenbank an, für die die Berechtigungen gelten.</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Name the table the privileges are for.</source>
        <translation>Geben Sie die Tabelle an, für die die Berechtigungen gelten.</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>every database (*.*)</source>
        <translation>jede Datenbank (*.*)</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>table %1.%2</source>
        <translation>Tabelle %1.%2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>not a UUID</source>
        <translation>keine UUID</translation>
    </message>
    <message>
        <source>not a port number between 1 and 65535</source>
        <translation>keine Portnummer zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>not a whole number of seconds between 1 and %1</source>
        <translation>keine ganze Zahl von Sekunden zwischen 1 und %1</translation>
    </message>
    <message>
        <source>unknown SSL mode &quot;%1&quot;</source>
        <translation>unbekannter SSL-Modus „%1“</translation>
    </message>
    <message>
        <source>unknown TLS version &quot;%1&quot;</source>
        <translation>unbekannte TLS-Version „%1“</translation>
    </message>
    <message>
        <source>not a SHA-256 fingerprint</source>
        <translation>kein SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>missing or not a UUID</source>
        <translation>fehlt oder ist keine UUID</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The profile needs a server host name or IP address.</source>
        <translation>Das Profil braucht den Hostnamen oder die IP-Adresse eines Servers.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and %1 seconds.</source>
        <translation>Die Zeitüberschreitung beim Verbinden muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be a SHA-256 fingerprint (32 bytes).</source>
        <translation>Der festgelegte Fingerabdruck muss ein SHA-256-Fingerabdruck sein (32 Bytes).</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>Ein Clientzertifikat braucht seinen privaten Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <extracomment>%1 is a field name of the stored profile, %2 what is wrong with it</extracomment>
        <translation>Feld „%1“: %2</translation>
    </message>
    <message>
        <source>“%1” needs the CA certificate file or folder of your provider: checked against the system&apos;s CAs alone, it would accept any publicly trusted certificate issued for any host. Choose the provider&apos;s CA file (Download CA Certificate or Fetch Server Certificate get it). If the server&apos;s certificate is publicly trusted and names the host you connect to, “%2” works with the system&apos;s CAs instead.</source>
        <extracomment>%1 is the mode &quot;Verify CA&quot;, %2 the mode &quot;Verify CA and host name&quot;</extracomment>
        <translation>„%1“ braucht die CA-Zertifikatsdatei oder den CA-Ordner Ihres Anbieters: Allein gegen die CAs des Systems geprüft, würde jedes öffentlich vertrauenswürdige Zertifikat für jeden beliebigen Host akzeptiert. Wählen Sie die CA-Datei des Anbieters („CA-Zertifikat herunterladen“ oder „Serverzertifikat abrufen“ holen sie). Ist das Zertifikat des Servers öffentlich vertrauenswürdig und nennt es den Host, mit dem Sie sich verbinden, funktioniert stattdessen „%2“ mit den CAs des Systems.</translation>
    </message>
    <message>
        <source>This profile reaches its server through an SSH jump host that this version of sslcm cannot read (it was saved by a newer version). Update sslcm, or set up the jump host again in this version.</source>
        <translation>Dieses Profil erreicht seinen Server über einen SSH-Sprung-Host, den diese Version von sslcm nicht lesen kann (er wurde von einer neueren Version gespeichert). Aktualisieren Sie sslcm oder richten Sie den Sprung-Host in dieser Version neu ein.</translation>
    </message>
</context>
<context>
    <name>ProfileBundle</name>
    <message>
        <source>sslcm profiles</source>
        <translation>sslcm-Profile</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1): %2</source>
        <translation>kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>not an sslcm profile export</source>
        <translation>kein sslcm-Profilexport</translation>
    </message>
    <message>
        <source>written by a newer sslcm (format version %1); update sslcm to import it</source>
        <translation>von einer neueren sslcm-Version geschrieben (Formatversion %1); aktualisieren Sie sslcm, um sie zu importieren</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>the file holds no profiles</source>
        <translation>die Datei enthält keine Profile</translation>
    </message>
</context>
<context>
    <name>ProfileConnection</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <extracomment>%1 is host:port, %2 the reason (OpenSSL&apos;s or the protocol&apos;s words)</extracomment>
        <translation>%1 hat die Verbindung abgewiesen: %2</translation>
    </message>
    <message>
        <source>Logging in as %1 failed: %2</source>
        <extracomment>%1 is a user name, %2 the server&apos;s or the client library&apos;s message</extracomment>
        <translation>Die Anmeldung als %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The SSH jump host %1 did not carry the connection to %2: %3</source>
        <extracomment>%1 is user@host:port of the SSH jump host, %2 host:port of the database, %3 the reason</extracomment>
        <translation>Der SSH-Sprung-Host %1 hat die Verbindung zu %2 nicht weitergeleitet: %3</translation>
    </message>
</context>
<context>
    <name>ProfileDetailsPane</name>
    <message>
        <source>No connection selected</source>
        <translation>Keine Verbindung ausgewählt</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL-Modus:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>Festgelegter Fingerabdruck:</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Anzeigen …</translation>
    </message>
    <message>
        <source>View %1</source>
        <extracomment>%1 is e.g. &quot;CA file&quot;</extracomment>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>CA folder:</source>
        <translation>CA-Ordner:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Clientzertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clientschlüssel</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Last test, %1: %2 %3</source>
        <translation>Letzter Test, %1: %2 %3</translation>
    </message>
    <message>
        <source>Never tested. Test it with Connection ▸ Test (Ctrl+T).</source>
        <translation>Noch nie getestet. Testen Sie sie mit Verbindung ▸ Testen (Strg+T).</translation>
    </message>
    <message>
        <source>Last test: %1</source>
        <translation>Letzter Test: %1</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Window title; %1 is the connection&apos;s name</extracomment>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Connection name (required)</source>
        <translation>Name der Verbindung (erforderlich)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>Tab titles of the profile editor</extracomment>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ The connection could not be saved: %1</source>
        <translation>⚠ Die Verbindung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ProfileExporter</name>
    <message>
        <source>The pinned certificate fingerprint is not carried over: %1 relies on the CA only.</source>
        <translation>Der festgelegte Zertifikatsfingerabdruck wird nicht übernommen: %1 verlässt sich nur auf die CA.</translation>
    </message>
    <message>
        <source>mysql verifies against the CA certificates it was built with, which may not be the system&apos;s: give it a CA file.</source>
        <translation>mysql prüft gegen die CA-Zertifikate, mit denen es gebaut wurde; das sind nicht unbedingt die des Systems: Geben Sie eine CA-Datei an.</translation>
    </message>
    <message>
        <source>--ssl-cipher applies to TLS 1.2 only; TLS 1.3 suites are set with --tls-ciphersuites.</source>
        <translation>--ssl-cipher gilt nur für TLS 1.2; TLS-1.3-Suites werden mit --tls-ciphersuites gesetzt.</translation>
    </message>
    <message>
        <source>mariadb has no separate &quot;preferred&quot; and &quot;required&quot;: with --ssl it may continue without TLS when the server does not offer it.</source>
        <translation>mariadb unterscheidet nicht zwischen „Bevorzugt“ und „Erforderlich“: Mit --ssl kann es ohne TLS fortfahren, wenn der Server es nicht anbietet.</translation>
    </message>
    <message>
        <source>Without --ssl-ca the mariadb client of MariaDB 10.x verifies nothing: give it a CA file.</source>
        <translation>Ohne --ssl-ca prüft der mariadb-Client von MariaDB 10.x nichts: Geben Sie eine CA-Datei an.</translation>
    </message>
    <message>
        <source>Newer mariadb clients (MariaDB 11.4 and later) also check the host name by default: stricter than &quot;Verify CA&quot;.</source>
        <translation>Neuere mariadb-Clients (ab MariaDB 11.4) prüfen standardmäßig auch den Hostnamen: strenger als „CA prüfen“.</translation>
    </message>
    <message>
        <source>The password on a command line is visible to every user of the machine while it runs and stays in the shell history.</source>
        <translation>Das Passwort in einer Befehlszeile ist für jeden Benutzer des Rechners sichtbar, solange der Befehl läuft, und bleibt im Shell-Verlauf.</translation>
    </message>
    <message>
        <source>The mariadb client reading this file may continue without TLS when the server does not offer it.</source>
        <translation>Der mariadb-Client, der diese Datei liest, kann ohne TLS fortfahren, wenn der Server es nicht anbietet.</translation>
    </message>
    <message>
        <source>The file contains the password in clear text: keep it readable by you only (mode 0600).</source>
        <translation>Die Datei enthält das Passwort im Klartext: Sorgen Sie dafür, dass nur Sie sie lesen können (Modus 0600).</translation>
    </message>
    <message>
        <source>The profile name, notes and any pinned fingerprint are not part of an option file.</source>
        <translation>Profilname, Notizen und ein eventuell festgelegter Fingerabdruck sind nicht Teil einer Optionsdatei.</translation>
    </message>
    <message>
        <source>The URI contains the password in clear text.</source>
        <translation>Die URI enthält das Passwort im Klartext.</translation>
    </message>
    <message>
        <source>Passwords and key passphrases are not exported; they stay in this machine&apos;s keychain.</source>
        <translation>Passwörter und Schlüssel-Passphrasen werden nicht exportiert; sie bleiben im Schlüsselbund dieses Rechners.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot set the permissions of &quot;%1&quot;</source>
        <translation>die Zugriffsrechte von „%1“ können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a password in clear text; it was created readable by you only (mode 0600). Delete it when it is no longer needed.</source>
        <translation>„%1“ enthält ein Passwort im Klartext; die Datei wurde nur für Sie lesbar angelegt (Modus 0600). Löschen Sie sie, wenn sie nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>The CA is left out: the mariadb client verifies the chain whenever a CA is given, which this profile&apos;s mode does not.</source>
        <translation>Die CA wird weggelassen: Der mariadb-Client prüft die Kette, sobald eine CA angegeben ist, was der Modus dieses Profils nicht tut.</translation>
    </message>
    <message>
        <source>The password is what “%1” prints when the command runs: sslcm-cli and this profile must be on the machine that runs it.</source>
        <extracomment>%1 is a command, e.g. sslcm-cli token &apos;Shop&apos;</extracomment>
        <translation>Das Passwort ist die Ausgabe von „%1“ beim Ausführen: sslcm-cli und dieses Profil müssen auf dem Rechner vorhanden sein, der den Befehl ausführt.</translation>
    </message>
    <message>
        <source>This profile&apos;s password is made when connecting (%1): no saved password is written.</source>
        <extracomment>%1 describes the password source, e.g. &quot;password from: pass show db/prod&quot;</extracomment>
        <translation>Das Passwort dieses Profils wird beim Verbinden erzeugt (%1): Es wird kein gespeichertes Passwort geschrieben.</translation>
    </message>
    <message>
        <source>A URI cannot say where the password comes from (%1).</source>
        <translation>Eine URI kann nicht angeben, woher das Passwort stammt (%1).</translation>
    </message>
    <message>
        <source>%1 cannot say that sslcm reaches %2 through the SSH jump host %3: the program connects to %2 directly. Run it where %2 is reachable, or through a tunnel (ssh -L, as in the mysql command line export) to its local end; the certificate is then checked against 127.0.0.1, not the database&apos;s name.</source>
        <extracomment>%1 is the export format, %2 the database&apos;s host:port, %3 the SSH jump host</extracomment>
        <translation>%1 kann nicht ausdrücken, dass sslcm %2 über den SSH-Sprung-Host %3 erreicht: Das Programm verbindet sich direkt mit %2. Führen Sie es dort aus, wo %2 erreichbar ist, oder über einen Tunnel (ssh -L, wie im Export für die mysql-Kommandozeile) zu dessen lokalem Ende; das Zertifikat wird dann gegen 127.0.0.1 geprüft, nicht gegen den Namen der Datenbank.</translation>
    </message>
    <message>
        <source>sslcm profile “%1” reaches %2 through the SSH jump host %3.</source>
        <extracomment>%1 is the profile name, %2 the database&apos;s host:port, %3 the SSH jump host</extracomment>
        <translation>Das sslcm-Profil „%1“ erreicht %2 über den SSH-Sprung-Host %3.</translation>
    </message>
    <message>
        <source>1. Open the tunnel and leave it running (Ctrl+C closes it):</source>
        <translation>1. Öffnen Sie den Tunnel und lassen Sie ihn laufen (Strg+C schließt ihn):</translation>
    </message>
    <message>
        <source>Through the tunnel, %1 checks the server&apos;s certificate against 127.0.0.1, not against %2.</source>
        <extracomment>%1 is mysql or mariadb, %2 the database&apos;s host name</extracomment>
        <translation>Durch den Tunnel prüft %1 das Zertifikat des Servers gegen 127.0.0.1, nicht gegen %2.</translation>
    </message>
    <message>
        <source>%1 therefore fails unless the certificate names 127.0.0.1. What works: %2, which checks the CA and not the name; or sslcm itself, which checks %3 through the jump host.</source>
        <extracomment>%1 is the option that checks the name, %2 the database&apos;s host name</extracomment>
        <translation>%1 schlägt daher fehl, sofern das Zertifikat nicht 127.0.0.1 nennt. Was funktioniert: %2, das die CA und nicht den Namen prüft; oder sslcm selbst, das %3 über den Sprung-Host prüft.</translation>
    </message>
    <message>
        <source>mariadb clients of MariaDB 11.4 and later check the name too by default, and 127.0.0.1 fails unless the certificate names it.</source>
        <translation>mariadb-Clients ab MariaDB 11.4 prüfen standardmäßig ebenfalls den Namen, und 127.0.0.1 schlägt fehl, sofern das Zertifikat es nicht nennt.</translation>
    </message>
    <message>
        <source>2. In another terminal, connect through it.</source>
        <translation>2. Verbinden Sie sich in einem anderen Terminal darüber.</translation>
    </message>
    <message>
        <source>ssh checks the jump host&apos;s key against ~/.ssh/known_hosts, not against the keys accepted in sslcm.</source>
        <translation>ssh prüft den Schlüssel des Sprung-Hosts anhand von ~/.ssh/known_hosts, nicht anhand der in sslcm akzeptierten Schlüssel.</translation>
    </message>
    <message>
        <source>ssh asks for the jump host&apos;s password itself.</source>
        <translation>ssh fragt selbst nach dem Passwort des Sprung-Hosts.</translation>
    </message>
    <message>
        <source>Local port %1 is an example: any free port works, the same in both commands.</source>
        <extracomment>%1 is a local port</extracomment>
        <translation>Der lokale Port %1 ist ein Beispiel: Jeder freie Port funktioniert, in beiden Befehlen derselbe.</translation>
    </message>
    <message>
        <source>sslcm reaches %1 through the SSH jump host %2, which an option file cannot say. Open a tunnel first:</source>
        <extracomment>%1 is the database&apos;s host:port, %2 the SSH jump host</extracomment>
        <translation>sslcm erreicht %1 über den SSH-Sprung-Host %2, was eine Optionsdatei nicht ausdrücken kann. Öffnen Sie zuerst einen Tunnel:</translation>
    </message>
    <message>
        <source>then connect through it with --host=127.0.0.1 --port=%1 after --defaults-file=FILE. The client then checks the certificate against 127.0.0.1, not %2.</source>
        <extracomment>%1 is a local port, %2 the database&apos;s host name</extracomment>
        <translation>verbinden Sie sich dann darüber mit --host=127.0.0.1 --port=%1 nach --defaults-file=FILE. Der Client prüft das Zertifikat dann gegen 127.0.0.1, nicht gegen %2.</translation>
    </message>
    <message>
        <source>The SSH jump host is not part of an option file: its comments show the tunnel to open first, and that the client then checks the certificate against 127.0.0.1.</source>
        <translation>Der SSH-Sprung-Host ist nicht Teil einer Optionsdatei: Ihre Kommentare zeigen den Tunnel, der zuerst zu öffnen ist, und dass der Client das Zertifikat dann gegen 127.0.0.1 prüft.</translation>
    </message>
    <message>
        <source>SSH jump hosts are exported; the jump hosts&apos; keys accepted in sslcm, SSH passwords and key passphrases are not, and key files are named by their path on this machine.</source>
        <translation>SSH-Sprung-Hosts werden exportiert; die in sslcm akzeptierten Schlüssel der Sprung-Hosts, SSH-Passwörter und Schlüssel-Passphrasen nicht, und Schlüsseldateien werden mit ihrem Pfad auf diesem Rechner angegeben.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column header: the name the user gave a saved connection</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>Column header: host name and port of the database server</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>Column header: the database account used to log in</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <extracomment>Column header: how strongly the connection is protected (MySQL&apos;s --ssl-mode)</extracomment>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>A connection needs a name; the name was not changed.</source>
        <translation>Eine Verbindung braucht einen Namen; der Name wurde nicht geändert.</translation>
    </message>
    <message>
        <source>There is already a connection named “%1”; the name was not changed.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“; der Name wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The connection could not be renamed: %1</source>
        <translation>Die Verbindung konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>never tested</source>
        <extracomment>List cell: the connection was never tested</extracomment>
        <translation>nie getestet</translation>
    </message>
    <message>
        <source>Last test</source>
        <extracomment>Column header: the verdict of the connection&apos;s last test</extracomment>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Column header: warnings about the certificate files a connection uses</extracomment>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Clientzertifikat</translation>
    </message>
    <message>
        <source>%1, reached through the SSH jump host %2</source>
        <extracomment>List tooltip: %1 is the database&apos;s host:port, %2 the SSH jump host (user@host)</extracomment>
        <translation>%1, erreicht über den SSH-Sprung-Host %2</translation>
    </message>
    <message>
        <source>Tested %1.</source>
        <extracomment>List tooltip: when the connection was last tested; %1 is a date and time</extracomment>
        <translation>Getestet am %1.</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <extracomment>%1 is &quot;CA file&quot; or &quot;client certificate&quot;</extracomment>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 unusable</source>
        <translation>%1 unbrauchbar</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>%1 expires on %2</source>
        <translation>%1 läuft am %2 ab</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile file %1 is damaged and could not be read (%2).</source>
        <translation>Die Profildatei %1 ist beschädigt und konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The profile file %1 ends too early; it was probably cut off while being written by another program (%2).</source>
        <translation>Die Profildatei %1 endet zu früh; vermutlich wurde sie abgeschnitten, während ein anderes Programm sie schrieb (%2).</translation>
    </message>
    <message>
        <source>The profile file %1 was written by a newer version of sslcm (%2), which this version cannot read safely.</source>
        <translation>Die Profildatei %1 wurde von einer neueren Version von sslcm geschrieben (%2), die diese Version nicht sicher lesen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in %1 hold values this version of sslcm cannot use and were not loaded: %2.</source>
        <translation>
            <numerusform>%n Profil in %1 enthält Werte, die diese Version von sslcm nicht verwenden kann, und wurde nicht geladen: %2.</numerusform>
            <numerusform>%n Profile in %1 enthalten Werte, die diese Version von sslcm nicht verwenden kann, und wurden nicht geladen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profiles yet: %1 will be created when you save the first one.</source>
        <translation>Noch keine Profile: %1 wird angelegt, sobald Sie das erste speichern.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read (%2). sslcm will not change it; fix its permissions and start sslcm again.</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden (%2). sslcm wird sie nicht verändern; korrigieren Sie ihre Zugriffsrechte und starten Sie sslcm erneut.</translation>
    </message>
    <message>
        <source>The original file was kept unchanged as %1.</source>
        <translation>Die ursprüngliche Datei wurde unverändert als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>To use it with the newer sslcm again, move it back to %1.</source>
        <translation>Um sie wieder mit dem neueren sslcm zu verwenden, verschieben Sie sie zurück nach %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) were restored from the backup of the previous save (%1).</source>
        <translation>
            <numerusform>%n Profil wurde aus der Sicherung des vorigen Speicherns wiederhergestellt (%1).</numerusform>
            <numerusform>%n Profile wurden aus der Sicherung des vorigen Speicherns wiederhergestellt (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n profile(s) were loaded.</source>
        <translation>
            <numerusform>Das andere Profil wurde geladen.</numerusform>
            <numerusform>Die anderen %n Profile wurden geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>sslcm starts with an empty profile list.</source>
        <translation>sslcm startet mit einer leeren Profilliste.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>it is not an sslcm profile file</source>
        <translation>sie ist keine Profildatei von sslcm</translation>
    </message>
    <message>
        <source>its format version is missing or invalid</source>
        <translation>ihre Formatversion fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>format version %1; this version reads up to %2</source>
        <translation>Formatversion %1; diese Version liest bis %2</translation>
    </message>
    <message>
        <source>the profile list is not a list</source>
        <translation>die Profilliste ist keine Liste</translation>
    </message>
    <message>
        <source>profile #%1</source>
        <translation>Profil Nr. %1</translation>
    </message>
    <message>
        <source>%1: not a profile object</source>
        <translation>%1: kein Profilobjekt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its id is used by another profile</source>
        <translation>%1: seine ID wird von einem anderen Profil verwendet</translation>
    </message>
    <message>
        <source>%1; moving it aside failed: %2</source>
        <translation>%1; das Beiseitelegen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The profile file %1 could not be read, so sslcm will not overwrite it.</source>
        <translation>Die Profildatei %1 konnte nicht gelesen werden, daher überschreibt sslcm sie nicht.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The profile file is being changed by another program (%1, process %2). Try again in a moment.</source>
        <translation>Die Profildatei wird gerade von einem anderen Programm geändert (%1, Prozess %2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists.</source>
        <translation>Es gibt bereits ein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>The profile no longer exists; it may have been deleted elsewhere.</source>
        <translation>Das Profil existiert nicht mehr; vielleicht wurde es an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated connection; %1 is the original&apos;s name</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>a field name holds a NUL character</source>
        <translation>ein Feldname enthält ein NUL-Zeichen</translation>
    </message>
</context>
<context>
    <name>RequireCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--user is required</source>
        <translation>--user ist erforderlich</translation>
    </message>
    <message>
        <source>--flush only goes with --legacy-grant: FLUSH PRIVILEGES is not needed after account statements</source>
        <translation>--flush gehört nur zu --legacy-grant: FLUSH PRIVILEGES ist nach Kontoanweisungen nicht nötig</translation>
    </message>
    <message>
        <source>unknown --require &quot;%1&quot;; use ssl, x509, none or spec</source>
        <translation>unbekanntes --require „%1“; verwenden Sie ssl, x509, none oder spec</translation>
    </message>
    <message>
        <source>--issuer, --subject, --cipher and --from-cert need --require spec</source>
        <translation>--issuer, --subject, --cipher und --from-cert erfordern --require spec</translation>
    </message>
    <message>
        <source>--grant and --on go together</source>
        <translation>--grant und --on gehören zusammen</translation>
    </message>
    <message>
        <source>unknown privilege &quot;%1&quot;</source>
        <translation>unbekannte Berechtigung „%1“</translation>
    </message>
    <message>
        <source>--on takes *.*, db.* or db.table, not &quot;%1&quot;</source>
        <translation>--on erwartet *.*, db.* oder db.tabelle, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown --dialect &quot;%1&quot;; use mysql8, mysql57 or mariadb</source>
        <translation>unbekannter --dialect „%1“; verwenden Sie mysql8, mysql57 oder mariadb</translation>
    </message>
    <message>
        <source>--%1 only goes with --apply</source>
        <translation>--%1 gehört nur zu --apply</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>note: the server is %1; the statements were written for it, not for %2</source>
        <translation>Hinweis: Der Server ist %1; die Anweisungen wurden für ihn geschrieben, nicht für %2</translation>
    </message>
    <message>
        <source>the account was not changed as requested</source>
        <translation>das Konto wurde nicht wie angefordert geändert</translation>
    </message>
    <message>
        <source>  require --user U [--host H] --require ssl|x509|none|spec [--issuer DN]
          [--subject DN] [--cipher C] [--from-cert FILE [--ca FILE]]
          [--grant &quot;SELECT,INSERT&quot; --on &quot;db.*&quot;] [--revoke-first]
          [--no-create | --auth password|socket]
          [--legacy-grant [--flush]] [--dialect mysql8|mysql57|mariadb]
          [--no-backslash-escapes] [--mysql-command]
                            print the CREATE USER / ALTER USER ... REQUIRE / GRANT statements;
                            a new account&apos;s password is printed as &lt;password&gt;, to be replaced
  require ... --apply PROFILE [--password-stdin] [--account-password-stdin]
          [--prove [--prove-without-tls] [--client-cert F --client-key F]]
                            run them through the admin profile&apos;s verified TLS session, read the
                            account back and, with --prove, log in as it with TLS (and without
                            TLS, on a loopback host only, with --prove-without-tls)
                            a new account needs --account-password-stdin or --auth socket
</source>
        <translation>  require --user U [--host H] --require ssl|x509|none|spec [--issuer DN]
          [--subject DN] [--cipher C] [--from-cert FILE [--ca FILE]]
          [--grant &quot;SELECT,INSERT&quot; --on &quot;db.*&quot;] [--revoke-first]
          [--no-create | --auth password|socket]
          [--legacy-grant [--flush]] [--dialect mysql8|mysql57|mariadb]
          [--no-backslash-escapes] [--mysql-command]
                            gibt die Anweisungen CREATE USER / ALTER USER ... REQUIRE / GRANT aus;
                            das Kennwort eines neuen Kontos wird als &lt;password&gt; ausgegeben
                            und ist zu ersetzen
  require ... --apply PROFILE [--password-stdin] [--account-password-stdin]
          [--prove [--prove-without-tls] [--client-cert F --client-key F]]
                            führt sie über die geprüfte TLS-Sitzung des Administratorprofils aus,
                            liest das Konto zurück und meldet sich mit --prove als dieses Konto
                            mit TLS an (und ohne TLS, nur bei einem Loopback-Host, mit
                            --prove-without-tls)
                            ein neues Konto braucht --account-password-stdin oder --auth socket
</translation>
    </message>
    <message>
        <source>--auth is how a new account logs in; it does not go with --no-create</source>
        <translation>--auth gibt an, wie sich ein neues Konto anmeldet; es lässt sich nicht mit --no-create kombinieren</translation>
    </message>
    <message>
        <source>unknown --auth &quot;%1&quot;; use password or socket</source>
        <translation>unbekanntes --auth „%1“; verwenden Sie password oder socket</translation>
    </message>
    <message>
        <source>--prove-without-tls goes with --prove</source>
        <translation>--prove-without-tls gehört zu --prove</translation>
    </message>
    <message>
        <source>--apply creates the account when it does not exist, and sslcm never creates an account without a password: give its password with --account-password-stdin, choose --auth socket, or add --no-create</source>
        <translation>--apply legt das Konto an, wenn es nicht existiert, und sslcm legt nie ein Konto ohne Kennwort an: Geben Sie sein Kennwort mit --account-password-stdin an, wählen Sie --auth socket, oder fügen Sie --no-create hinzu</translation>
    </message>
    <message>
        <source>--prove-without-tls: %1 is not on this computer, and a login without TLS would send the account&apos;s name and the challenge response made from its password unencrypted over the network. sslcm-cli makes it only to loopback hosts; leave out --prove-without-tls.</source>
        <translation>--prove-without-tls: %1 befindet sich nicht auf diesem Computer, und eine Anmeldung ohne TLS würde den Namen des Kontos und die aus seinem Kennwort berechnete Challenge-Antwort unverschlüsselt über das Netzwerk senden. sslcm-cli führt sie nur bei Loopback-Hosts durch; lassen Sie --prove-without-tls weg.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A name to find the connection by, and anything worth remembering.</source>
        <translation>Ein Name, unter dem Sie die Verbindung wiederfinden, und alles, was Sie sich merken möchten.</translation>
    </message>
    <message>
        <source>Connection name (required)</source>
        <translation>Name der Verbindung (erforderlich)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Optional: who runs the server, where the CA came from…</source>
        <translation>Optional: wer den Server betreibt, woher die CA stammt …</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Suggested connection name: user at host</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>⚠ This connection has not been tested. You can save it anyway and test it later from the main window.</source>
        <translation>⚠ Diese Verbindung wurde nicht getestet. Sie können sie trotzdem speichern und später im Hauptfenster testen.</translation>
    </message>
    <message>
        <source>%1 Last test: %2.</source>
        <translation>%1 Letzter Test: %2.</translation>
    </message>
    <message>
        <source>You can save it anyway, or go back and fix it.</source>
        <translation>Sie können sie trotzdem speichern oder zurückgehen und den Fehler beheben.</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already; choose another name.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>How strictly sslcm checks that it talks to the real server.</source>
        <translation>Wie streng sslcm prüft, dass es mit dem echten Server spricht.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>CA certificate folder</source>
        <translation>CA-Zertifikatsordner</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Clientzertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clientschlüssel</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <source>&amp;Fetch Server Certificate…</source>
        <translation>Serverzertifikat &amp;abrufen …</translation>
    </message>
    <message>
        <source>How strictly the server is checked</source>
        <translation>Wie streng der Server geprüft wird</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>Used for this test only; asked for when connecting</source>
        <translation>Nur für diesen Test verwendet; wird beim Verbinden abgefragt</translation>
    </message>
    <message>
        <source>Fetch server certificate</source>
        <translation>Serverzertifikat abrufen</translation>
    </message>
    <message>
        <source>Shows the certificate the server presents, without logging in, so that you can decide whether to trust it.</source>
        <translation>Zeigt das Zertifikat, das der Server vorlegt, ohne sich anzumelden, damit Sie entscheiden können, ob Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>CA f&amp;older:</source>
        <translation>CA-O&amp;rdner:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client&amp;zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clientsc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>🔒 The server certificate is pinned: SHA-256 %1</source>
        <translation>🔒 Das Serverzertifikat ist festgelegt: SHA-256 %1</translation>
    </message>
    <message>
        <source>Choose the private key that belongs to the client certificate.</source>
        <translation>Wählen Sie den privaten Schlüssel aus, der zum Clientzertifikat gehört.</translation>
    </message>
    <message>
        <source>Choose the client certificate that belongs to the key.</source>
        <translation>Wählen Sie das Clientzertifikat aus, das zum Schlüssel gehört.</translation>
    </message>
    <message>
        <source>⚠ Without TLS, the password and all data cross the network readable by anyone on the way.</source>
        <translation>⚠ Ohne TLS werden das Passwort und alle Daten so über das Netzwerk übertragen, dass jeder auf dem Weg sie mitlesen kann.</translation>
    </message>
    <message>
        <source>&amp;Download CA Certificate…</source>
        <translation>CA-Zertifikat herunter&amp;laden …</translation>
    </message>
    <message>
        <source>Download the provider&apos;s CA certificate</source>
        <translation>Das CA-Zertifikat des Anbieters herunterladen</translation>
    </message>
    <message>
        <source>Fetches the CA certificate a cloud provider publishes, shows it, and uses it as the CA file once you accept it.</source>
        <translation>Lädt das CA-Zertifikat herunter, das ein Cloud-Anbieter veröffentlicht, zeigt es an und verwendet es als CA-Datei, sobald Sie es annehmen.</translation>
    </message>
    <message>
        <source>ℹ Without a CA file or folder, the server&apos;s certificate must chain to one of the system&apos;s trusted certificate authorities and name this host, as with hosted services that use public CAs.</source>
        <translation>ℹ Ohne CA-Datei oder -Ordner muss das Zertifikat des Servers zu einer der vertrauenswürdigen Zertifizierungsstellen des Systems führen und diesen Host nennen, wie bei gehosteten Diensten, die öffentliche CAs verwenden.</translation>
    </message>
</context>
<context>
    <name>ServerDialect</name>
    <message>
        <source>MySQL 5.7</source>
        <translation>MySQL 5.7</translation>
    </message>
    <message>
        <source>MySQL 8.x / 9.x</source>
        <translation>MySQL 8.x / 9.x</translation>
    </message>
    <message>
        <source>MariaDB 10.x / 11.x</source>
        <translation>MariaDB 10.x / 11.x</translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter only the host name, without “%1”.</source>
        <translation>Geben Sie nur den Hostnamen ein, ohne „%1“.</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>Ein Hostname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The host name contains a control character.</source>
        <translation>Der Hostname enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Enter an IPv6 address without brackets.</source>
        <translation>Geben Sie eine IPv6-Adresse ohne eckige Klammern ein.</translation>
    </message>
    <message>
        <source>Enter the port %1 in the Port field, not after the host name.</source>
        <translation>Geben Sie den Port %1 im Feld „Port“ ein, nicht nach dem Hostnamen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a valid network interface for the IPv6 address %2.</source>
        <translation>„%1“ ist keine gültige Netzwerkschnittstelle für die IPv6-Adresse %2.</translation>
    </message>
    <message>
        <source>“%1” is an unusual spelling of an IP address that programs read differently; sslcm would connect to %2. Write %2 (or the address you mean) as four decimal numbers.</source>
        <translation>„%1“ ist eine ungewöhnliche Schreibweise einer IP-Adresse, die Programme unterschiedlich lesen; sslcm würde sich mit %2 verbinden. Schreiben Sie %2 (oder die gemeinte Adresse) als vier Dezimalzahlen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IP address: write four decimal numbers from 0 to 255, separated by dots.</source>
        <translation>„%1“ ist keine gültige IP-Adresse: Schreiben Sie vier Dezimalzahlen von 0 bis 255, durch Punkte getrennt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: use letters, digits, hyphens and dots.</source>
        <translation>„%1“ ist kein gültiger Hostname: Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Where the MySQL or MariaDB server is, and who logs in.</source>
        <translation>Wo sich der MySQL- oder MariaDB-Server befindet und wer sich anmeldet.</translation>
    </message>
</context>
<context>
    <name>ServerProbeReport</name>
    <message>
        <source>the given CA</source>
        <translation>angegebene CA</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>vertrauenswürdige CAs des Systems</translation>
    </message>
    <message>
        <source>verified: the chain leads to %1 and the certificate names %2</source>
        <translation>geprüft (Vertrauensbasis: %1): die Kette ist gültig, und das Zertifikat nennt %2</translation>
    </message>
    <message>
        <source>FAILED: the certificate does not name %1</source>
        <translation>FEHLGESCHLAGEN: das Zertifikat nennt %1 nicht</translation>
    </message>
    <message>
        <source>FAILED: the fingerprint differs from the pinned one</source>
        <translation>FEHLGESCHLAGEN: der Fingerabdruck weicht vom festgelegten ab</translation>
    </message>
    <message>
        <source>FAILED against %1: %2 (certificate %3 in the chain)</source>
        <translation>FEHLGESCHLAGEN (Vertrauensbasis: %1): %2 (Zertifikat %3 in der Kette)</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Server: %1:%2</translation>
    </message>
    <message>
        <source>Version: %1 (connection id %2)</source>
        <translation>Version: %1 (Verbindungs-ID %2)</translation>
    </message>
    <message>
        <source>TLS: not established: %1</source>
        <translation>TLS: nicht aufgebaut: %1</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS: %1, Cipher %2</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain presented by the server (%n certificate(s)):</source>
        <translation>
            <numerusform>Vom Server vorgelegte Kette (%n Zertifikat):</numerusform>
            <numerusform>Vom Server vorgelegte Kette (%n Zertifikate):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: (not readable)</source>
        <translation>  %1: (nicht lesbar)</translation>
    </message>
    <message>
        <source>     issuer:  %1</source>
        <translation>     Aussteller: %1</translation>
    </message>
    <message>
        <source>     valid:   %1 to %2</source>
        <translation>     gültig:     %1 bis %2</translation>
    </message>
    <message>
        <source>     names:   %1</source>
        <translation>     Namen:      %1</translation>
    </message>
    <message>
        <source>     key:     %1</source>
        <translation>     Schlüssel:  %1</translation>
    </message>
</context>
<context>
    <name>ServerSection</name>
    <message>
        <source>⚠ %1</source>
        <extracomment>Inline validation message under a field; the sign makes it visible without colour</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>&amp;Save the password in the system keychain</source>
        <translation>Passwort im Schlüssel&amp;bund des Systems speichern</translation>
    </message>
    <message>
        <source>Where the server runs</source>
        <translation>Wo der Server läuft</translation>
    </message>
    <message>
        <source>Se&amp;rver runs at:</source>
        <translation>Server &amp;läuft bei:</translation>
    </message>
    <message>
        <source>Host name or IP address (required)</source>
        <translation>Hostname oder IP-Adresse (erforderlich)</translation>
    </message>
    <message>
        <source>Port (required)</source>
        <translation>Port (erforderlich)</translation>
    </message>
    <message>
        <source>User name (required)</source>
        <translation>Benutzername (erforderlich)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Asked for when connecting if left empty</source>
        <translation>Wird beim Verbinden abgefragt, wenn leer</translation>
    </message>
    <message>
        <source>Save the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>The password is kept by the operating system&apos;s keychain, never in sslcm&apos;s files.</source>
        <translation>Das Passwort wird im Schlüsselbund des Betriebssystems aufbewahrt, nie in den Dateien von sslcm.</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Host: *</source>
        <extracomment>Form label; the asterisk marks a required field</extracomment>
        <translation>&amp;Host: *</translation>
    </message>
    <message>
        <source>&amp;Port: *</source>
        <translation>&amp;Port: *</translation>
    </message>
    <message>
        <source>&amp;User: *</source>
        <translation>Ben&amp;utzer: *</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>Standard&amp;datenbank:</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>Enter an IPv6 address without brackets.</source>
        <translation>Geben Sie eine IPv6-Adresse ohne eckige Klammern ein.</translation>
    </message>
    <message>
        <source>Enter the port; MySQL and MariaDB use 3306 unless set up otherwise.</source>
        <translation>Geben Sie den Port ein; MySQL und MariaDB verwenden 3306, sofern nicht anders eingerichtet.</translation>
    </message>
    <message>
        <source>The port must be a number.</source>
        <translation>Der Port muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>What it prints is a sign-in token sent in clear te&amp;xt</source>
        <translation>Die Ausgabe ist ein im Klarte&amp;xt gesendetes Anmelde-Token</translation>
    </message>
    <message>
        <source>Tr&amp;y It</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Password source</source>
        <translation>Passwortquelle</translation>
    </message>
    <message>
        <source>Where sslcm gets the password each time it connects. A command or AWS sign-in makes a fresh secret every time; sslcm never stores it.</source>
        <translation>Woher sslcm das Passwort bei jeder Verbindung bezieht. Ein Befehl oder die AWS-Anmeldung erzeugt jedes Mal ein neues Geheimnis; sslcm speichert es nie.</translation>
    </message>
    <message>
        <source>Password command (required)</source>
        <translation>Passwortbefehl (erforderlich)</translation>
    </message>
    <message>
        <source>A program and its arguments, e.g. pass show db/orders</source>
        <extracomment>Placeholder of the password command field; &quot;pass&quot; is a program&apos;s name</extracomment>
        <translation>Ein Programm und seine Argumente, z. B. pass show db/orders</translation>
    </message>
    <message>
        <source>Command presets</source>
        <translation>Befehlsvorlagen</translation>
    </message>
    <message>
        <source>Fills in the command for a cloud sign-in or a password manager</source>
        <translation>Trägt den Befehl für eine Cloud-Anmeldung oder einen Passwortmanager ein</translation>
    </message>
    <message>
        <source>What it prints is a sign-in token sent in clear text</source>
        <translation>Die Ausgabe ist ein im Klartext gesendetes Anmelde-Token</translation>
    </message>
    <message>
        <source>Cloud sign-in tokens (Azure, Cloud SQL) reach the server in clear text, so sslcm sends them only to a server whose identity it verified. Leave this off for a password kept in a password manager.</source>
        <translation>Anmelde-Token aus der Cloud (Azure, Cloud SQL) erreichen den Server im Klartext, daher sendet sslcm sie nur an einen Server, dessen Identität es geprüft hat. Lassen Sie dies für ein Passwort aus einem Passwortmanager ausgeschaltet.</translation>
    </message>
    <message>
        <source>Run directly, without a shell; the first line it prints is the password. {host}, {port} and {user} in the command become this connection&apos;s values, which the program also finds in SSLCM_HOST, SSLCM_PORT and SSLCM_USER.</source>
        <extracomment>{host}, {port}, {user} and SSLCM_HOST etc. are literal, do not translate them</extracomment>
        <translation>Wird direkt ausgeführt, ohne Shell; die erste ausgegebene Zeile ist das Passwort. {host}, {port} und {user} im Befehl werden durch die Werte dieser Verbindung ersetzt, die das Programm auch in SSLCM_HOST, SSLCM_PORT und SSLCM_USER findet.</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>AWS-Region</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>AWS_PROFILE or default</source>
        <extracomment>AWS_PROFILE is an environment variable; &quot;default&quot; is AWS&apos;s profile name: keep both</extracomment>
        <translation>AWS_PROFILE oder default</translation>
    </message>
    <message>
        <source>sslcm signs a 15-minute token itself, with AWS credentials from the environment (AWS_ACCESS_KEY_ID…) or from the profile&apos;s keys or credential_process in ~/.aws/credentials and ~/.aws/config. For AWS SSO or an assumed role, give the profile a credential_process, e.g. “aws configure export-credentials --profile NAME --format process”, or use a password command instead.</source>
        <extracomment>credential_process, ~/.aws/config and the aws command are literal</extracomment>
        <translation>sslcm signiert selbst ein 15 Minuten gültiges Token, mit AWS-Anmeldedaten aus der Umgebung (AWS_ACCESS_KEY_ID…) oder aus den Schlüsseln bzw. dem credential_process des Profils in ~/.aws/credentials und ~/.aws/config. Für AWS SSO oder eine übernommene Rolle geben Sie dem Profil einen credential_process, z. B. „aws configure export-credentials --profile NAME --format process“, oder verwenden Sie stattdessen einen Passwortbefehl.</translation>
    </message>
    <message>
        <source>Try the password source</source>
        <translation>Passwortquelle ausprobieren</translation>
    </message>
    <message>
        <source>Runs the command or makes the token now and shows how long it is and until when it is valid, never the secret itself.</source>
        <translation>Führt den Befehl jetzt aus bzw. erzeugt das Token und zeigt, wie lang es ist und bis wann es gilt, nie das Geheimnis selbst.</translation>
    </message>
    <message>
        <source>Cancel trying the password source</source>
        <translation>Ausprobieren der Passwortquelle abbrechen</translation>
    </message>
    <message>
        <source>Trying the password source</source>
        <translation>Passwortquelle wird ausprobiert</translation>
    </message>
    <message>
        <source>Password sourc&amp;e:</source>
        <translation>Passwort&amp;quelle:</translation>
    </message>
    <message>
        <source>Co&amp;mmand: *</source>
        <extracomment>Form label of the password command; the asterisk marks a required field</extracomment>
        <translation>Be&amp;fehl: *</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>AWS profi&amp;le:</source>
        <translation>AWS-Prof&amp;il:</translation>
    </message>
    <message>
        <source>✔ Got %1.</source>
        <extracomment>&quot;Try It&quot; worked; %1 describes the password or token (its length, its expiry)</extracomment>
        <translation>✔ Erhalten: %1.</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>Used for tests here only; asked for every time</source>
        <translation>Nur für Tests hier verwendet; wird jedes Mal abgefragt</translation>
    </message>
    <message>
        <source>Running the command…</source>
        <translation>Befehl wird ausgeführt …</translation>
    </message>
    <message>
        <source>Making an AWS RDS IAM sign-in token…</source>
        <translation>Anmelde-Token von AWS RDS IAM wird erzeugt …</translation>
    </message>
    <message>
        <source>Sign in without a password</source>
        <translation>Ohne Passwort anmelden</translation>
    </message>
    <message>
        <source>The password command cannot be read: %1.</source>
        <extracomment>%1 says what is wrong, e.g. &quot;a quote is not closed&quot;</extracomment>
        <translation>Der Passwortbefehl kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>sslcm runs the command without a shell, so “%1” and what follows it would be left out. Put it in quotes if it belongs to an argument, or run a script that holds the pipeline.</source>
        <extracomment>%1 is a shell operator such as | or ;</extracomment>
        <translation>sslcm führt den Befehl ohne Shell aus, daher würden „%1“ und alles Folgende weggelassen. Setzen Sie es in Anführungszeichen, wenn es zu einem Argument gehört, oder führen Sie ein Skript aus, das die Pipeline enthält.</translation>
    </message>
    <message>
        <source>%1, from the host name</source>
        <translation>%1, aus dem Hostnamen</translation>
    </message>
    <message>
        <source>From an RDS host name (*.REGION.rds.amazonaws.com)</source>
        <translation>Aus einem RDS-Hostnamen (*.REGION.rds.amazonaws.com)</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>The server&apos;s certificate could not be read.</source>
        <translation>Das Zertifikat des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language choice: follow the desktop&apos;s language</extracomment>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Default SSL mode for new connections</source>
        <translation>Vorgegebener SSL-Modus für neue Verbindungen</translation>
    </message>
    <message>
        <source>Default connect timeout in seconds</source>
        <translation>Vorgegebenes Verbindungs-Timeout in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the connect timeout</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Default &amp;SSL mode:</source>
        <translation>Vorgegebener SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>Default connect &amp;timeout:</source>
        <translation>Vorgegebenes &amp;Timeout:</translation>
    </message>
    <message>
        <source>The defaults apply to connections created from now on.</source>
        <translation>Die Vorgaben gelten für Verbindungen, die ab jetzt angelegt werden.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Warn about expiring certificates</source>
        <translation>Vor &amp;ablaufenden Zertifikaten warnen</translation>
    </message>
    <message>
        <source>Warn about expiring certificates</source>
        <translation>Vor ablaufenden Zertifikaten warnen</translation>
    </message>
    <message>
        <source>On start-up and once a day, a desktop notification for every certificate of your connections that expires soon</source>
        <translation>Beim Start und einmal täglich eine Desktopbenachrichtigung für jedes bald ablaufende Zertifikat Ihrer Verbindungen</translation>
    </message>
    <message>
        <source>Warn this many days before a certificate expires</source>
        <translation>So viele Tage vor dem Ablauf eines Zertifikats warnen</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days before expiry that warnings start</extracomment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Warn &amp;before expiry:</source>
        <translation>Warnen &amp;vor Ablauf:</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 printed no password: its first line of output is empty. Run the command in a terminal to see what it prints.</source>
        <extracomment>%1 is the program that was run</extracomment>
        <translation>%1 hat kein Passwort ausgegeben: Die erste Zeile der Ausgabe ist leer. Führen Sie den Befehl in einem Terminal aus, um zu sehen, was er ausgibt.</translation>
    </message>
    <message>
        <source>The AWS region of %1 is not known: it is not an RDS host name (…REGION.rds.amazonaws.com). Enter the region, for example eu-west-1, in the profile&apos;s AWS sign-in settings.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Die AWS-Region von %1 ist nicht bekannt: Es ist kein RDS-Hostname (…REGION.rds.amazonaws.com). Geben Sie die Region, zum Beispiel eu-west-1, in den AWS-Anmeldeeinstellungen des Profils ein.</translation>
    </message>
    <message>
        <source>AWS RDS IAM token for %1 in %2, signed with %3</source>
        <extracomment>%1 is a database user, %2 an AWS region, %3 where the AWS credentials came from</extracomment>
        <translation>Token von AWS RDS IAM für %1 in %2, signiert mit %3</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <extracomment>%1 is why a password command failed, %2 what it printed on standard error</extracomment>
        <translation>%1 Meldung: %2</translation>
    </message>
    <message numerus="yes">
        <source>a sign-in token of %n character(s)</source>
        <translation>
            <numerusform>ein Anmelde-Token mit %n Zeichen</numerusform>
            <numerusform>ein Anmelde-Token mit %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a password of %n character(s)</source>
        <extracomment>%n is the length of a password</extracomment>
        <translation>
            <numerusform>ein Passwort mit %n Zeichen</numerusform>
            <numerusform>ein Passwort mit %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; it does not say when it expires</source>
        <extracomment>%1 says what was made (&quot;a sign-in token of 912 characters&quot;)</extracomment>
        <translation>%1; ohne Angabe, wann es abläuft</translation>
    </message>
    <message>
        <source>%1, expired at %2</source>
        <extracomment>%1 says what was made, %2 a date and time</extracomment>
        <translation>%1, abgelaufen am %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, valid until %2 (%n minute(s))</source>
        <extracomment>%1 says what was made, %2 a date and time, %n the minutes until then</extracomment>
        <translation>
            <numerusform>%1, gültig bis %2 (%n Minute)</numerusform>
            <numerusform>%1, gültig bis %2 (%n Minuten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInTrial</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SqlQuoting</name>
    <message>
        <source>The %1 contains a NUL character, which cannot be stored.</source>
        <translation>Das Feld „%1“ enthält ein NUL-Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The %1 contains a control character (U+%2) such as a line break or tab; remove it.</source>
        <translation>Das Feld „%1“ enthält ein Steuerzeichen (U+%2) wie einen Zeilenumbruch oder Tabulator; bitte entfernen Sie es.</translation>
    </message>
    <message>
        <source>The %1 is not valid Unicode text.</source>
        <translation>Das Feld „%1“ ist kein gültiger Unicode-Text.</translation>
    </message>
    <message>
        <source>The %1 contains a character outside the Basic Multilingual Plane (such as an emoji), which the server&apos;s account tables cannot store.</source>
        <translation>Das Feld „%1“ enthält ein Zeichen außerhalb der Basic Multilingual Plane (etwa ein Emoji), das die Kontentabellen des Servers nicht speichern können.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; the server allows at most %3.</source>
        <translation>Das Feld „%1“ ist %2 Zeichen lang; der Server erlaubt höchstens %3.</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>%1 is larger than %2 bytes: only the beginning was read.</source>
        <translation>%1 ist größer als %2 Bytes: Nur der Anfang wurde gelesen.</translation>
    </message>
    <message>
        <source>More than %1 SSH configuration files are included: %2 and the files after it were not read.</source>
        <translation>Es sind mehr als %1 SSH-Konfigurationsdateien eingebunden: %2 und die folgenden Dateien wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: it was not read.</source>
        <translation>%1 ist größer als %2 Bytes: Die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 line %2: a quote is not closed; the line is ignored, ssh refuses it.</source>
        <extracomment>%1 is a file, %2 a line number</extracomment>
        <translation>%1 Zeile %2: Ein Anführungszeichen ist nicht geschlossen; die Zeile wird ignoriert, ssh lehnt sie ab.</translation>
    </message>
    <message>
        <source>%1 line %2: includes are nested more than %3 levels deep; this Include is not read.</source>
        <translation>%1 Zeile %2: Includes sind mehr als %3 Ebenen tief verschachtelt; dieses Include wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 line %2: a Host line without a pattern; ssh refuses it.</source>
        <translation>%1 Zeile %2: eine Host-Zeile ohne Muster; ssh lehnt sie ab.</translation>
    </message>
    <message>
        <source>%1 line %2: “Match %3” is not evaluated by sslcm: the settings of that block are not used. Give them in a Host block if sslcm needs them.</source>
        <extracomment>%1 is a file, %2 a line number, %3 the criteria, e.g. &quot;host *.internal exec ...&quot;</extracomment>
        <translation>%1 Zeile %2: „Match %3“ wird von sslcm nicht ausgewertet: Die Einstellungen dieses Blocks werden nicht verwendet. Geben Sie sie in einem Host-Block an, wenn sslcm sie benötigt.</translation>
    </message>
    <message>
        <source>%1 (%2 line %3)</source>
        <extracomment>%1 is a keyword and its value, %2 a file, %3 a line number</extracomment>
        <translation>%1 (%2 Zeile %3)</translation>
    </message>
    <message>
        <source>“%1” names several jump hosts one after the other: sslcm goes through one jump host.</source>
        <translation>„%1“ nennt mehrere Sprung-Hosts nacheinander: sslcm nutzt nur einen Sprung-Host.</translation>
    </message>
    <message>
        <source>“%1” is not an SSH destination: write [USER@]HOST[:PORT], HOST being a name, an address or an alias of the SSH configuration.</source>
        <translation>„%1“ ist kein SSH-Ziel: Schreiben Sie [USER@]HOST[:PORT], wobei HOST ein Name, eine Adresse oder ein Alias der SSH-Konfiguration ist.</translation>
    </message>
    <message>
        <source>“%1” is reached through the jump host “%2” (ProxyJump in the SSH configuration), and sslcm goes through one jump host. For a database on %3, use “%2” as the jump host and %3 as the database host.</source>
        <extracomment>%1 is an SSH alias, %2 its ProxyJump, %3 its HostName</extracomment>
        <translation>„%1“ wird über den Sprung-Host „%2“ erreicht (ProxyJump in der SSH-Konfiguration), und sslcm nutzt nur einen Sprung-Host. Für eine Datenbank auf %3 verwenden Sie „%2“ als Sprung-Host und %3 als Datenbank-Host.</translation>
    </message>
    <message>
        <source>“%1” is reached with a ProxyCommand in the SSH configuration (%2), which sslcm does not run: sslcm connects to the jump host itself.</source>
        <translation>„%1“ wird mit einem ProxyCommand in der SSH-Konfiguration erreicht (%2), das sslcm nicht ausführt: sslcm verbindet sich selbst mit dem Sprung-Host.</translation>
    </message>
    <message>
        <source>No User for “%1” in the SSH configuration: sslcm logs in as “%2”, as ssh does.</source>
        <translation>Kein User für „%1“ in der SSH-Konfiguration: sslcm meldet sich wie ssh als „%2“ an.</translation>
    </message>
    <message>
        <source>No IdentityFile for “%1” in the SSH configuration: sslcm logs in with the SSH agent (ssh would also try the default keys in ~/.ssh). Choose a key file if the agent does not hold the key.</source>
        <translation>Kein IdentityFile für „%1“ in der SSH-Konfiguration: sslcm meldet sich mit dem SSH-Agenten an (ssh würde auch die Standardschlüssel in ~/.ssh versuchen). Wählen Sie eine Schlüsseldatei, wenn der Agent den Schlüssel nicht enthält.</translation>
    </message>
    <message>
        <source>“%1” in the SSH configuration: %2</source>
        <extracomment>%1 is an SSH alias, %2 a list of &quot;Keyword value (file line N)&quot;</extracomment>
        <translation>„%1“ in der SSH-Konfiguration: %2</translation>
    </message>
    <message>
        <source>“%1” has no ProxyJump in the SSH configuration: nothing says which jump host reaches it.</source>
        <translation>„%1“ hat kein ProxyJump in der SSH-Konfiguration: Nichts gibt an, über welchen Sprung-Host es erreicht wird.</translation>
    </message>
    <message>
        <source>“%1” is reached through the jump hosts %2, one after the other (ProxyJump in the SSH configuration): sslcm goes through one jump host.</source>
        <translation>„%1“ wird nacheinander über die Sprung-Hosts %2 erreicht (ProxyJump in der SSH-Konfiguration): sslcm nutzt nur einen Sprung-Host.</translation>
    </message>
    <message>
        <source>“%1” is %2 reached through the jump host %3 (ProxyJump in the SSH configuration).</source>
        <extracomment>%1 is an SSH alias, %2 its HostName, %3 the jump host</extracomment>
        <translation>„%1“ ist %2, erreicht über den Sprung-Host %3 (ProxyJump in der SSH-Konfiguration).</translation>
    </message>
</context>
<context>
    <name>SshConfigImporter</name>
    <message>
        <source>OpenSSH client configuration</source>
        <translation>OpenSSH-Client-Konfiguration</translation>
    </message>
    <message>
        <source>Host %1 in %2</source>
        <extracomment>%1 is an SSH host alias, %2 a file</extracomment>
        <translation>Host %1 in %2</translation>
    </message>
    <message>
        <source>The database&apos;s port (%1 assumed), user and TLS settings are not in the SSH configuration: check them before connecting.</source>
        <translation>Port (%1 angenommen), Benutzer und TLS-Einstellungen der Datenbank stehen nicht in der SSH-Konfiguration: Prüfen Sie sie vor dem Verbinden.</translation>
    </message>
    <message>
        <source>%1: local port %2 to %3</source>
        <extracomment>%1 is an SSH host alias, %2 a local port, %3 host:port</extracomment>
        <translation>%1: lokaler Port %2 nach %3</translation>
    </message>
    <message>
        <source>In the SSH configuration, “%1” forwards local port %2 to %3: sslcm goes through “%1” itself, without a local port, and checks the certificate against %4. The database&apos;s user and TLS settings are not in the SSH configuration: check them before connecting.</source>
        <extracomment>%1 is an SSH host alias, %2 a local port, %3 the database&apos;s host:port, %4 its host</extracomment>
        <translation>In der SSH-Konfiguration leitet „%1“ den lokalen Port %2 an %3 weiter: sslcm geht selbst über „%1“, ohne lokalen Port, und prüft das Zertifikat gegen %4. Benutzer und TLS-Einstellungen der Datenbank stehen nicht in der SSH-Konfiguration: Prüfen Sie sie vor dem Verbinden.</translation>
    </message>
    <message>
        <source>forwards to ports other than MySQL&apos;s (3306 to 3309): %1</source>
        <translation>Weiterleitungen an andere Ports als die von MySQL (3306 bis 3309): %1</translation>
    </message>
    <message>
        <source>hosts that reach no database (no ProxyJump, no LocalForward to MySQL&apos;s port); they can be a profile&apos;s SSH jump host: %1</source>
        <translation>Hosts, die keine Datenbank erreichen (kein ProxyJump, kein LocalForward zum MySQL-Port); sie können der SSH-Sprung-Host eines Profils sein: %1</translation>
    </message>
    <message>
        <source>no Host in %1 reaches a database: sslcm imports hosts with a ProxyJump (a database machine behind a jump host) or a LocalForward to MySQL&apos;s port. Any host can be a profile&apos;s SSH jump host.</source>
        <translation>kein Host in %1 erreicht eine Datenbank: sslcm importiert Hosts mit einem ProxyJump (ein Datenbankrechner hinter einem Sprung-Host) oder einem LocalForward zum MySQL-Port. Jeder Host kann der SSH-Sprung-Host eines Profils sein.</translation>
    </message>
</context>
<context>
    <name>SshFacts</name>
    <message>
        <source>Through the SSH jump host: %1</source>
        <extracomment>%1 is user@host:port of the SSH jump host and how sslcm logs in to it</extracomment>
        <translation>Über den SSH-Sprung-Host: %1</translation>
    </message>
    <message>
        <source>SSH server: %1</source>
        <translation>SSH-Server: %1</translation>
    </message>
    <message>
        <source>SSH host key: %1 %2</source>
        <extracomment>%1 is the key type (ssh-ed25519), %2 its SHA256 fingerprint</extracomment>
        <translation>SSH-Host-Schlüssel: %1 %2</translation>
    </message>
    <message>
        <source>SSH host key on record: %1 %2 (%3)</source>
        <extracomment>%1 is the key type, %2 its SHA256 fingerprint, %3 the file that holds it</extracomment>
        <translation>Hinterlegter SSH-Host-Schlüssel: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>SSH login: %1%2</source>
        <translation>SSH-Anmeldung: %1%2</translation>
    </message>
    <message>
        <source> (an SSH session already up was shared)</source>
        <translation> (eine bereits bestehende SSH-Sitzung wurde mitgenutzt)</translation>
    </message>
</context>
<context>
    <name>SshHostKeyDialog</name>
    <message>
        <source>Unknown SSH Host Key</source>
        <translation>Unbekannter SSH-Host-Schlüssel</translation>
    </message>
    <message>
        <source>SSH Host Key Changed</source>
        <translation>SSH-Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>sslcm has not seen the host key of the SSH jump host %1 before.</source>
        <extracomment>%1 is the SSH jump host, user@host:port</extracomment>
        <translation>sslcm kennt den Host-Schlüssel des SSH-Sprung-Hosts %1 noch nicht.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 presented a different host key than the one on record.</source>
        <translation>Der SSH-Sprung-Host %1 hat einen anderen Host-Schlüssel vorgelegt als den hinterlegten.</translation>
    </message>
    <message>
        <source>Nothing was logged in yet. Trust the key only if it is the jump host&apos;s own: anyone between this computer and the jump host could present a key of their own.</source>
        <translation>Es wurde noch keine Anmeldung durchgeführt. Vertrauen Sie dem Schlüssel nur, wenn er wirklich der des Sprung-Hosts ist: Jeder zwischen diesem Computer und dem Sprung-Host könnte einen eigenen Schlüssel vorlegen.</translation>
    </message>
    <message>
        <source>sslcm refused the connection and logged nothing in. Someone may be intercepting the connection, or the jump host was reinstalled or got a new key.</source>
        <translation>sslcm hat die Verbindung abgelehnt und sich nicht angemeldet. Möglicherweise wird die Verbindung abgefangen, oder der Sprung-Host wurde neu installiert oder hat einen neuen Schlüssel erhalten.</translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation>Sprung-Host:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>%1 is a key type such as ssh-ed25519, %2 its SHA256 fingerprint</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>On record:</source>
        <translation>Hinterlegt:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Jetzt vorgelegt:</translation>
    </message>
    <message>
        <source>Recorded in:</source>
        <translation>Hinterlegt in:</translation>
    </message>
    <message>
        <source>To compare, ask the jump host&apos;s administrator for its fingerprint, or run this on the jump host and check that it prints the same SHA256:… value:</source>
        <translation>Fragen Sie zum Vergleich den Administrator des Sprung-Hosts nach dessen Fingerabdruck, oder führen Sie dies auf dem Sprung-Host aus und prüfen Sie, dass derselbe SHA256:…-Wert ausgegeben wird:</translation>
    </message>
    <message>
        <source>Ask the jump host&apos;s administrator whether its key changed. Only once the new fingerprint is confirmed (on the jump host, this prints it), remove the old key from the file above and test again:</source>
        <translation>Fragen Sie den Administrator des Sprung-Hosts, ob sich dessen Schlüssel geändert hat. Erst wenn der neue Fingerabdruck bestätigt ist (auf dem Sprung-Host gibt dieser Befehl ihn aus), entfernen Sie den alten Schlüssel aus der obigen Datei und testen Sie erneut:</translation>
    </message>
    <message>
        <source>Command to run</source>
        <translation>Auszuführender Befehl</translation>
    </message>
    <message>
        <source>Trusting it keeps the key in sslcm&apos;s own list (%1); your ~/.ssh/known_hosts is not changed.</source>
        <translation>Wenn Sie ihm vertrauen, wird der Schlüssel in der eigenen Liste von sslcm (%1) gespeichert; Ihre ~/.ssh/known_hosts wird nicht verändert.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>Trust the host key and connect</source>
        <translation>Dem Host-Schlüssel vertrauen und verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>⚠ The key itself did not come with the report, so it cannot be stored. Test again.</source>
        <translation>⚠ Der Schlüssel selbst war nicht im Bericht enthalten und kann daher nicht gespeichert werden. Testen Sie erneut.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>⚠ The key could not be stored: %1</source>
        <extracomment>%1 says why, e.g. the file cannot be written</extracomment>
        <translation>⚠ Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SshJump</name>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>key %1</source>
        <extracomment>%1 is a private key file</extracomment>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is user@host:port of the SSH bastion, %2 how sslcm logs in to it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The SSH jump host is empty: enter the bastion&apos;s name or address, or turn off “Connect through SSH”.</source>
        <translation>Der SSH-Sprung-Host ist leer: Geben Sie den Namen oder die Adresse des Bastion-Hosts ein oder deaktivieren Sie „Über SSH verbinden“.</translation>
    </message>
    <message>
        <source>SSH jump host: %1</source>
        <extracomment>%1 says what is wrong with the host and how to write it</extracomment>
        <translation>SSH-Sprung-Host: %1</translation>
    </message>
    <message>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation>Der SSH-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The SSH user is empty: enter the account on the jump host.</source>
        <translation>Der SSH-Benutzer ist leer: Geben Sie das Konto auf dem Sprung-Host ein.</translation>
    </message>
    <message>
        <source>Choose the private key file for the SSH jump host, or log in with the SSH agent or a password.</source>
        <translation>Wählen Sie die private Schlüsseldatei für den SSH-Sprung-Host aus oder melden Sie sich mit dem SSH-Agent oder einem Passwort an.</translation>
    </message>
</context>
<context>
    <name>SshKnownHosts</name>
    <message>
        <source>The host name “%1” cannot be written to a known-hosts list.</source>
        <translation>Der Hostname „%1“ kann nicht in eine Liste bekannter Hosts geschrieben werden.</translation>
    </message>
    <message>
        <source>This is not an SSH public key.</source>
        <translation>Dies ist kein öffentlicher SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 holds a different key for this host. A changed host key is never accepted here: ask the jump host&apos;s administrator which key is right.</source>
        <translation>%1 enthält einen anderen Schlüssel für diesen Host. Ein geänderter Host-Schlüssel wird hier nie akzeptiert: Fragen Sie den Administrator des Sprung-Hosts, welcher Schlüssel richtig ist.</translation>
    </message>
    <message>
        <source>%1 marks this key as revoked.</source>
        <translation>%1 kennzeichnet diesen Schlüssel als widerrufen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SshSecretDialog</name>
    <message>
        <source>SSH Password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>SSH Key Passphrase</source>
        <translation>SSH-Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Password for the SSH jump host %1:</source>
        <extracomment>%1 is the SSH jump host, user@host:port</extracomment>
        <translation>Passwort für den SSH-Sprung-Host %1:</translation>
    </message>
    <message>
        <source>The SSH key %1 is protected by a passphrase. Enter it to log in to the jump host %2:</source>
        <translation>Der SSH-Schlüssel %1 ist durch eine Passphrase geschützt. Geben Sie sie ein, um sich am Sprung-Host %2 anzumelden:</translation>
    </message>
    <message>
        <source>⚠ The jump host did not accept the password. Try again.</source>
        <translation>⚠ Der Sprung-Host hat das Passwort nicht akzeptiert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>⚠ That passphrase does not open the key. Try again.</source>
        <translation>⚠ Diese Passphrase öffnet den Schlüssel nicht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>SSH-Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>&amp;Save the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Save the passphrase in the system keychain</source>
        <translation>Passphrase im System-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Save the SSH password in the system keychain</source>
        <translation>SSH-Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Save the SSH key passphrase in the system keychain</source>
        <translation>SSH-Schlüssel-Passphrase im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SshSection</name>
    <message>
        <source>Connect &amp;via SSH (a jump host)</source>
        <translation>Über SSH &amp;verbinden (Sprung-Host)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save the SSH password in the system &amp;keychain</source>
        <translation>SSH-Passwort im System-Schlüssel&amp;bund speichern</translation>
    </message>
    <message>
        <source>Connect through SSH</source>
        <translation>Über SSH verbinden</translation>
    </message>
    <message>
        <source>For a database that is reachable only from a bastion host: sslcm logs in to it over SSH and reaches the database from there.</source>
        <translation>Für eine Datenbank, die nur von einem Bastion-Host aus erreichbar ist: sslcm meldet sich per SSH an diesem an und erreicht die Datenbank von dort aus.</translation>
    </message>
    <message>
        <source>The host and port above are the database&apos;s as the jump host sees them (for example db.internal and 3306). TLS is still verified against that name, as without SSH: the tunnel only carries the connection.</source>
        <translation>Host und Port oben sind die der Datenbank, wie der Sprung-Host sie sieht (zum Beispiel db.internal und 3306). TLS wird weiterhin gegen diesen Namen geprüft, wie ohne SSH: Der Tunnel transportiert nur die Verbindung.</translation>
    </message>
    <message>
        <source>SSH jump host (required)</source>
        <translation>SSH-Sprung-Host (erforderlich)</translation>
    </message>
    <message>
        <source>bastion.example.com</source>
        <extracomment>Placeholder of the SSH jump host field</extracomment>
        <translation>bastion.example.com</translation>
    </message>
    <message>
        <source>SSH port (required)</source>
        <translation>SSH-Port (erforderlich)</translation>
    </message>
    <message>
        <source>SSH user (required)</source>
        <translation>SSH-Benutzer (erforderlich)</translation>
    </message>
    <message>
        <source>SSH authentication</source>
        <translation>SSH-Authentifizierung</translation>
    </message>
    <message>
        <source>How sslcm logs in to the jump host. Passwords and key passphrases are kept in the system keychain, never in sslcm&apos;s files.</source>
        <translation>Wie sich sslcm am Sprung-Host anmeldet. Passwörter und Schlüssel-Passphrasen werden im System-Schlüsselbund aufbewahrt, nie in den Dateien von sslcm.</translation>
    </message>
    <message>
        <source>SSH private key file (required)</source>
        <translation>Private SSH-Schlüsseldatei (erforderlich)</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <extracomment>Placeholder of the SSH key file field; ~/.ssh/id_ed25519 is a path, keep it</extracomment>
        <translation>z. B. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Choose the SSH private key file</source>
        <translation>Private SSH-Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Asked for when connecting if left empty</source>
        <translation>Wird beim Verbinden abgefragt, wenn leer</translation>
    </message>
    <message>
        <source>Save the SSH password in the system keychain</source>
        <translation>SSH-Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Jump host: *</source>
        <translation>&amp;Sprung-Host: *</translation>
    </message>
    <message>
        <source>SSH port: *</source>
        <translation>SSH-Port: *</translation>
    </message>
    <message>
        <source>SSH user: *</source>
        <translation>SSH-Benutzer: *</translation>
    </message>
    <message>
        <source>Log &amp;in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Key file: *</source>
        <translation>Schlüssel&amp;datei: *</translation>
    </message>
    <message>
        <source>SSH password:</source>
        <translation>SSH-Passwort:</translation>
    </message>
    <message>
        <source>✔ An SSH agent is running: sslcm logs in with the keys it holds.</source>
        <translation>✔ Ein SSH-Agent läuft: sslcm meldet sich mit den darin enthaltenen Schlüsseln an.</translation>
    </message>
    <message>
        <source>⚠ No SSH agent is running (SSH_AUTH_SOCK is not set). Start one and add your key with ssh-add, or log in with a key file.</source>
        <extracomment>SSH_AUTH_SOCK is an environment variable and ssh-add a command: keep both</extracomment>
        <translation>⚠ Es läuft kein SSH-Agent (SSH_AUTH_SOCK ist nicht gesetzt). Starten Sie einen und fügen Sie Ihren Schlüssel mit ssh-add hinzu, oder melden Sie sich mit einer Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>⚠ No SSH agent answers at SSH_AUTH_SOCK. Start one and add your key with ssh-add, or log in with a key file.</source>
        <extracomment>SSH_AUTH_SOCK is an environment variable and ssh-add a command: keep both</extracomment>
        <translation>⚠ Unter SSH_AUTH_SOCK antwortet kein SSH-Agent. Starten Sie einen und fügen Sie Ihren Schlüssel mit ssh-add hinzu, oder melden Sie sich mit einer Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>⚠ There is no such file.</source>
        <translation>⚠ Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <source>⚠ The file cannot be read.</source>
        <translation>⚠ Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>ℹ This key is protected by a passphrase: sslcm asks for it when connecting and can keep it in the system keychain.</source>
        <translation>ℹ Dieser Schlüssel ist durch eine Passphrase geschützt: sslcm fragt sie beim Verbinden ab und kann sie im System-Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>Inline validation messages under the SSH fields; the sign makes them visible without colour</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Choose the SSH Private Key</source>
        <translation>SSH-Privatschlüssel auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key)</source>
        <translation>PEM-Dateien (*.pem *.key)</translation>
    </message>
</context>
<context>
    <name>SslMode</name>
    <message>
        <source>Disabled (no encryption)</source>
        <translation>Deaktiviert (keine Verschlüsselung)</translation>
    </message>
    <message>
        <source>Preferred (encrypt if the server offers it)</source>
        <translation>Bevorzugt (verschlüsseln, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <source>Required (encrypt, do not verify)</source>
        <translation>Erforderlich (verschlüsseln, nicht prüfen)</translation>
    </message>
    <message>
        <source>Verify CA</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>CA prüfen</translation>
    </message>
    <message>
        <source>Verify CA and host name</source>
        <translation>CA und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>Password and data travel in plain text; anyone on the network can read them.</source>
        <translation>Passwort und Daten werden im Klartext übertragen; jeder im Netzwerk kann sie mitlesen.</translation>
    </message>
    <message>
        <source>Falls back to plain text when the server offers no encryption, so an attacker can switch it off.</source>
        <translation>Fällt auf Klartext zurück, wenn der Server keine Verschlüsselung anbietet – ein Angreifer kann sie also abschalten.</translation>
    </message>
    <message>
        <source>Encrypted, but anyone in the middle could pose as the server.</source>
        <translation>Verschlüsselt, aber jeder dazwischen könnte sich als der Server ausgeben.</translation>
    </message>
    <message>
        <source>Encrypted to a server holding a certificate from your CA, whatever its host name.</source>
        <translation>Verschlüsselt zu einem Server mit einem Zertifikat Ihrer CA, unabhängig von seinem Hostnamen.</translation>
    </message>
    <message>
        <source>Encrypted to exactly this server: the certificate must come from your CA and name this host.</source>
        <translation>Verschlüsselt zu genau diesem Server: Das Zertifikat muss von Ihrer CA stammen und diesen Host nennen.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Preferred</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Verify CA and name</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>CA und Namen prüfen</translation>
    </message>
</context>
<context>
    <name>TargetAuditor</name>
    <message>
        <source>The server certificate (%1)</source>
        <extracomment>%1 is a certificate&apos;s subject, &quot;O=Example, CN=db.example.com&quot;</extracomment>
        <translation>Das Serverzertifikat (%1)</translation>
    </message>
    <message>
        <source>The CA certificate %1 in the server&apos;s chain</source>
        <extracomment>%1 is a certificate&apos;s subject</extracomment>
        <translation>Das CA-Zertifikat %1 in der Kette des Servers</translation>
    </message>
    <message>
        <source>AWS RDS retired this CA (rds-ca-2019 expired on 2024-08-22)</source>
        <translation>AWS RDS hat diese CA ausgemustert (rds-ca-2019 ist am 2024-08-22 abgelaufen)</translation>
    </message>
    <message>
        <source>Move the instance to rds-ca-rsa2048-g1 (or rds-ca-rsa4096-g1 / rds-ca-ecc384-g1) and use AWS&apos;s current bundle (global-bundle.pem) as the CA file.</source>
        <translation>Stellen Sie die Instanz auf rds-ca-rsa2048-g1 (oder rds-ca-rsa4096-g1 / rds-ca-ecc384-g1) um und verwenden Sie das aktuelle Bundle von AWS (global-bundle.pem) als CA-Datei.</translation>
    </message>
    <message>
        <source>Azure Database for MySQL is moving away from this root CA</source>
        <translation>Azure Database for MySQL stellt von dieser Stamm-CA um</translation>
    </message>
    <message>
        <source>Put DigiCert Global Root G2 and Microsoft RSA Root CA 2017 into the CA file (next to the current one until the server has moved).</source>
        <translation>Nehmen Sie DigiCert Global Root G2 und Microsoft RSA Root CA 2017 in die CA-Datei auf (neben der aktuellen, bis der Server umgestellt ist).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The SSH jump host %1 did not carry the connection to %2: %3</source>
        <extracomment>%1 is user@host:port of the SSH jump host, %2 host:port, %3 the reason</extracomment>
        <translation>Der SSH-Sprung-Host %1 hat die Verbindung zu %2 nicht weitergeleitet: %3</translation>
    </message>
    <message>
        <source>Check the jump host&apos;s address, host key and login in the profile.</source>
        <translation>Prüfen Sie Adresse, Host-Schlüssel und Anmeldung des Sprung-Hosts im Profil.</translation>
    </message>
    <message>
        <source>Write the host as a name or as an address in its usual form.</source>
        <translation>Geben Sie den Host als Namen oder als Adresse in der üblichen Schreibweise an.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port.</source>
        <translation>%1 hat die Verbindung abgewiesen: Auf diesem Port lauscht nichts.</translation>
    </message>
    <message>
        <source>Check the host and port, and that the server is running.</source>
        <translation>Prüfen Sie Host und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet.</translation>
    </message>
    <message>
        <source>Check the host and port, and any firewall or security group on the way.</source>
        <translation>Prüfen Sie Host und Port sowie jede Firewall oder Sicherheitsgruppe auf dem Weg.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Check the host name and the network.</source>
        <translation>Prüfen Sie den Hostnamen und das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no MySQL greeting within %2.</source>
        <translation>%1 hat die Verbindung angenommen, aber innerhalb von %2 keine MySQL-Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>The server (or something in front of it) is stalled or overloaded, or the port belongs to another service.</source>
        <translation>Der Server (oder etwas davor) hängt oder ist überlastet, oder der Port gehört zu einem anderen Dienst.</translation>
    </message>
    <message>
        <source>%1 does not speak the MySQL protocol: %2</source>
        <translation>%1 spricht nicht das MySQL-Protokoll: %2</translation>
    </message>
    <message>
        <source>Check the port: another service answers there.</source>
        <translation>Prüfen Sie den Port: Dort antwortet ein anderer Dienst.</translation>
    </message>
    <message>
        <source>%1 refused the connection with error %2: %3</source>
        <translation>%1 hat die Verbindung mit Fehler %2 abgewiesen: %3</translation>
    </message>
    <message>
        <source>See the server&apos;s message; a host blocked after too many failed connections is unblocked with FLUSH HOSTS.</source>
        <translation>Siehe die Meldung des Servers; ein Host, der nach zu vielen fehlgeschlagenen Verbindungen gesperrt wurde, wird mit FLUSH HOSTS wieder freigegeben.</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending a greeting.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor eine Begrüßung gesendet wurde.</translation>
    </message>
    <message>
        <source>Check that the port is a MySQL or MariaDB server&apos;s, and that this machine may connect to it.</source>
        <translation>Prüfen Sie, ob der Port zu einem MySQL- oder MariaDB-Server gehört und ob sich dieser Computer mit ihm verbinden darf.</translation>
    </message>
    <message>
        <source>%1 answered as %2.</source>
        <extracomment>%1 is host:port, %2 the server&apos;s version</extracomment>
        <translation>%1 hat sich als %2 gemeldet.</translation>
    </message>
    <message>
        <source>The profile connects without TLS: the password and all data travel in plain text, although the server offers TLS.</source>
        <translation>Das Profil verbindet sich ohne TLS: Das Passwort und alle Daten werden im Klartext übertragen, obwohl der Server TLS anbietet.</translation>
    </message>
    <message>
        <source>Choose &quot;%1&quot; with the provider&apos;s CA certificate.</source>
        <translation>Wählen Sie „%1“ mit dem CA-Zertifikat des Anbieters.</translation>
    </message>
    <message>
        <source>Verified by the pinned certificate fingerprint.</source>
        <translation>Geprüft über den festgelegten Zertifikatsfingerabdruck.</translation>
    </message>
    <message>
        <source>Not verified: the server&apos;s certificate is not the pinned one.</source>
        <translation>Nicht geprüft: Das Zertifikat des Servers ist nicht das festgelegte.</translation>
    </message>
    <message>
        <source>See the pin finding.</source>
        <translation>Siehe den Befund zum festgelegten Zertifikat.</translation>
    </message>
    <message>
        <source> Where TLS is not offered, it even continues in plain text.</source>
        <translation> Wo TLS nicht angeboten wird, geht es sogar im Klartext weiter.</translation>
    </message>
    <message>
        <source>Not verified: with &quot;%1&quot; the connection is encrypted, but nothing checks who the server is.%2</source>
        <extracomment>%1 is the mode&apos;s name, &quot;Required&quot;; %2 an optional sentence</extracomment>
        <translation>Nicht geprüft: Mit „%1“ ist die Verbindung verschlüsselt, aber nichts prüft, wer der Server ist.%2</translation>
    </message>
    <message>
        <source>Choose &quot;%1&quot; with the provider&apos;s CA certificate, or pin the server&apos;s certificate.</source>
        <translation>Wählen Sie „%1“ mit dem CA-Zertifikat des Anbieters, oder legen Sie das Zertifikat des Servers fest.</translation>
    </message>
    <message>
        <source>Not verified: the profile&apos;s CA cannot be used. %1</source>
        <translation>Nicht geprüft: Die CA des Profils kann nicht verwendet werden. %1</translation>
    </message>
    <message>
        <source>Choose the CA file your provider publishes.</source>
        <translation>Wählen Sie die CA-Datei, die Ihr Anbieter veröffentlicht.</translation>
    </message>
    <message>
        <source>Renew the expired (or not yet valid) certificate; see the certificate expiry finding.</source>
        <translation>Erneuern Sie das abgelaufene (oder noch nicht gültige) Zertifikat; siehe den Befund zum Zertifikatsablauf.</translation>
    </message>
    <message>
        <source>Connect by a name the certificate carries, or have the server&apos;s certificate issued for %1.</source>
        <translation>Verbinden Sie sich über einen Namen, den das Zertifikat enthält, oder lassen Sie das Zertifikat des Servers für %1 ausstellen.</translation>
    </message>
    <message>
        <source>Check that the profile&apos;s CA file is the one that issued the server&apos;s current certificate (providers rotate their CAs).</source>
        <translation>Prüfen Sie, ob die CA-Datei des Profils zu der CA gehört, die das aktuelle Zertifikat des Servers ausgestellt hat (Anbieter tauschen ihre CAs regelmäßig aus).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not verify as &quot;%1&quot; demands: %2</source>
        <extracomment>%1 is the mode&apos;s name, %2 OpenSSL&apos;s reason</extracomment>
        <translation>Das Zertifikat des Servers besteht die Prüfung nicht, die „%1“ verlangt: %2</translation>
    </message>
    <message>
        <source>The chain verifies, but the server&apos;s certificate is not the pinned one.</source>
        <translation>Die Kette ist gültig, aber das Zertifikat des Servers ist nicht das festgelegte.</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>den vertrauenswürdigen CAs des Systems</translation>
    </message>
    <message>
        <source>the profile&apos;s CA</source>
        <translation>der CA des Profils</translation>
    </message>
    <message>
        <source>Verified: the chain leads to %1 and the certificate names %2.</source>
        <extracomment>%1 is &quot;the profile&apos;s CA&quot; or &quot;the system&apos;s trusted CAs&quot;, %2 the host</extracomment>
        <translation>Geprüft: Die Kette führt zu %1, und das Zertifikat nennt %2.</translation>
    </message>
    <message>
        <source>Verified: the chain leads to the profile&apos;s CA (the host name is not checked in this mode).</source>
        <translation>Geprüft: Die Kette führt zur CA des Profils (der Hostname wird in diesem Modus nicht geprüft).</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiteres)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expired on %2 (%3 ago)%4.</source>
        <extracomment>%1 is &quot;the server certificate (CN=...)&quot;, %2 a date, %3 a duration, %4 &quot;(and 1 more)&quot;</extracomment>
        <translation>%1 ist am %2 abgelaufen (das ist %3 her)%4.</translation>
    </message>
    <message>
        <source>Renew the server&apos;s certificate (or ask the provider to); verifying clients refuse it.</source>
        <translation>Erneuern Sie das Zertifikat des Servers (oder lassen Sie es vom Anbieter erneuern); prüfende Clients lehnen es ab.</translation>
    </message>
    <message>
        <source>%1 is not valid before %2%3.</source>
        <translation>%1 ist erst ab %2 gültig%3.</translation>
    </message>
    <message>
        <source>Check the server&apos;s clock, or the date the certificate was issued for.</source>
        <translation>Prüfen Sie die Uhr des Servers oder das Datum, für das das Zertifikat ausgestellt wurde.</translation>
    </message>
    <message>
        <source>%1 expires on %2 (in %3)%4.</source>
        <extracomment>%1 is &quot;the server certificate (CN=...)&quot;, %2 a date, %3 a duration</extracomment>
        <translation>%1 läuft am %2 ab (noch %3)%4.</translation>
    </message>
    <message>
        <source>Renew it before then (or make sure the provider does).</source>
        <translation>Erneuern Sie es vorher (oder stellen Sie sicher, dass der Anbieter das tut).</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>Every certificate in the server&apos;s chain is valid; the first to expire does on %1 (in %2).</source>
        <translation>Alle Zertifikate in der Kette des Servers sind gültig; das erste läuft am %1 ab (noch %2).</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The CA folder %1 does not exist.</source>
        <translation>Der CA-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The CA folder %1 cannot be read.</source>
        <translation>Der CA-Ordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No certificate in %1 anchors the server&apos;s chain.</source>
        <translation>Kein Zertifikat in %1 ist Vertrauensanker der Kette des Servers.</translation>
    </message>
    <message>
        <source>Use the CA file of the CA that issued the server&apos;s certificate.</source>
        <translation>Verwenden Sie die CA-Datei der CA, die das Zertifikat des Servers ausgestellt hat.</translation>
    </message>
    <message>
        <source>The server&apos;s own certificate is its trust anchor (in %1).</source>
        <extracomment>%1 is a file or &quot;the system&apos;s trusted CAs&quot;</extracomment>
        <translation>Das eigene Zertifikat des Servers ist sein Vertrauensanker (in %1).</translation>
    </message>
    <message>
        <source>The chain is anchored by %1 (in %2), which expired on %3.</source>
        <extracomment>%1 is a CA&apos;s subject, %2 a file or &quot;the system&apos;s trusted CAs&quot;, %3 a date</extracomment>
        <translation>Die Kette endet beim Vertrauensanker %1 (in %2), der am %3 abgelaufen ist.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s current CA certificate.</source>
        <translation>Verwenden Sie das aktuelle CA-Zertifikat des Anbieters.</translation>
    </message>
    <message>
        <source>The chain is anchored by %1 (in %2): %3.</source>
        <extracomment>%1 is a CA&apos;s subject, %2 a file or &quot;the system&apos;s trusted CAs&quot;, %3 why</extracomment>
        <translation>Die Kette endet beim Vertrauensanker %1 (in %2): %3.</translation>
    </message>
    <message>
        <source>The chain is anchored by %1 (in %2), which expires on %3 (in %4).</source>
        <extracomment>%1 is a CA&apos;s subject, %2 a file, %3 a date, %4 a duration</extracomment>
        <translation>Die Kette endet beim Vertrauensanker %1 (in %2), der am %3 abläuft (noch %4).</translation>
    </message>
    <message>
        <source>Get the provider&apos;s next CA certificate into the CA file before then.</source>
        <translation>Nehmen Sie vorher das nächste CA-Zertifikat des Anbieters in die CA-Datei auf.</translation>
    </message>
    <message>
        <source>The chain is anchored by %1 (in %2), valid until %3.</source>
        <extracomment>%1 is a CA&apos;s subject, %2 a file or &quot;the system&apos;s trusted CAs&quot;, %3 a date</extracomment>
        <translation>Die Kette endet beim Vertrauensanker %1 (in %2), gültig bis %3.</translation>
    </message>
    <message>
        <source>The profile&apos;s CA cannot be used: %1</source>
        <translation>Die CA des Profils kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Choose the CA file your provider publishes (or fix the file&apos;s permissions).</source>
        <translation>Wählen Sie die CA-Datei, die Ihr Anbieter veröffentlicht (oder korrigieren Sie die Zugriffsrechte der Datei).</translation>
    </message>
    <message>
        <source>The CA certificate %1 in %2 expired on %3.</source>
        <extracomment>%1 is a certificate&apos;s subject, %2 a file, %3 a date</extracomment>
        <translation>Das CA-Zertifikat %1 in %2 ist am %3 abgelaufen.</translation>
    </message>
    <message>
        <source>Replace the CA file with the provider&apos;s current one.</source>
        <translation>Ersetzen Sie die CA-Datei durch die aktuelle des Anbieters.</translation>
    </message>
    <message>
        <source>The CA certificate %1 in %2 expires on %3 (in %4).</source>
        <extracomment>%1 is a certificate&apos;s subject, %2 a file, %3 a date, %4 a duration</extracomment>
        <translation>Das CA-Zertifikat %1 in %2 läuft am %3 ab (noch %4).</translation>
    </message>
    <message>
        <source>Get the provider&apos;s next CA certificate into the file before then.</source>
        <translation>Nehmen Sie vorher das nächste CA-Zertifikat des Anbieters in die Datei auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in %1 have expired; none of them anchors this server&apos;s chain.</source>
        <extracomment>%1 is a file; %n how many of its certificates have expired</extracomment>
        <translation>
            <numerusform>%n Zertifikat in %1 ist abgelaufen; es ist nicht der Vertrauensanker der Kette dieses Servers.</numerusform>
            <numerusform>%n Zertifikate in %1 sind abgelaufen; keines davon ist Vertrauensanker der Kette dieses Servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>A current bundle from the provider leaves them out.</source>
        <translation>Ein aktuelles Bundle des Anbieters enthält sie nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n certificate(s), all valid.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>
            <numerusform>%1 enthält %n Zertifikat, und es ist gültig.</numerusform>
            <numerusform>%1 enthält %n Zertifikate, alle gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the client certificate and key again.</source>
        <translation>Wählen Sie Clientzertifikat und Schlüssel erneut aus.</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>Ein Clientzertifikat braucht seinen privaten Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <source>The client certificate cannot be used: %1</source>
        <translation>Das Clientzertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The client key cannot be used: %1</source>
        <translation>Der Clientschlüssel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The client certificate %1 expired on %2.</source>
        <extracomment>%1 is a certificate&apos;s subject, %2 a date</extracomment>
        <translation>Das Clientzertifikat %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Have a new client certificate issued; accounts that REQUIRE X509 refuse this one.</source>
        <translation>Lassen Sie ein neues Clientzertifikat ausstellen; Konten mit REQUIRE X509 lehnen dieses ab.</translation>
    </message>
    <message>
        <source>The client certificate %1 is not valid before %2.</source>
        <translation>Das Clientzertifikat %1 ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>Check this machine&apos;s clock.</source>
        <translation>Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The client certificate %1 expires on %2 (in %3).</source>
        <extracomment>%1 is a certificate&apos;s subject, %2 a date, %3 a duration</extracomment>
        <translation>Das Clientzertifikat %1 läuft am %2 ab (noch %3).</translation>
    </message>
    <message>
        <source>Have a new client certificate issued before then.</source>
        <translation>Lassen Sie vorher ein neues Clientzertifikat ausstellen.</translation>
    </message>
    <message>
        <source>The client certificate %1 is valid until %2.</source>
        <translation>Das Clientzertifikat %1 ist gültig bis %2.</translation>
    </message>
    <message>
        <source>Not logged in: a target from a hosts file has no credentials.</source>
        <translation>Nicht angemeldet: Ein Ziel aus einer Hostdatei hat keine Anmeldedaten.</translation>
    </message>
    <message>
        <source>Not logged in: the profile&apos;s mode does not verify the server, and the audit sends credentials only to a verified one.</source>
        <translation>Nicht angemeldet: Der Modus des Profils prüft den Server nicht, und das Audit sendet Anmeldedaten nur an einen geprüften Server.</translation>
    </message>
    <message>
        <source>Not logged in: the server was not verified.</source>
        <translation>Nicht angemeldet: Der Server wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Not logged in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>Not logged in: no saved password for this profile.</source>
        <translation>Nicht angemeldet: Für dieses Profil ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>%1 was not probed: %2</source>
        <extracomment>%1 is host:port, %2 what is wrong with the profile&apos;s TLS settings</extracomment>
        <translation>%1 wurde nicht untersucht: %2</translation>
    </message>
    <message>
        <source>Correct the profile&apos;s TLS settings.</source>
        <translation>Korrigieren Sie die TLS-Einstellungen des Profils.</translation>
    </message>
    <message>
        <source>%1 does not offer TLS: logins and data would travel in plain text, and anyone on the way can read them.</source>
        <translation>%1 bietet kein TLS an: Anmeldungen und Daten würden im Klartext übertragen, und jeder auf dem Weg kann sie mitlesen.</translation>
    </message>
    <message>
        <source>Give the server a certificate and key (ssl_cert, ssl_key) and restart it; if it has them, something on the way strips TLS.</source>
        <translation>Geben Sie dem Server ein Zertifikat und einen Schlüssel (ssl_cert, ssl_key) und starten Sie ihn neu; hat er beides bereits, entfernt etwas auf dem Weg das TLS.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>See which protocol versions the server accepts; the profile&apos;s minimum version or ciphers may exclude them.</source>
        <translation>Prüfen Sie, welche Protokollversionen der Server akzeptiert; die minimale TLS-Version oder die Cipher des Profils schließen sie möglicherweise aus.</translation>
    </message>
    <message>
        <source>%1 offers TLS.</source>
        <translation>%1 bietet TLS an.</translation>
    </message>
    <message>
        <source>The connection used %1 (%2), which is outdated.</source>
        <extracomment>%1 is a protocol version, %2 a cipher</extracomment>
        <translation>Die Verbindung hat %1 (%2) verwendet, eine veraltete Version.</translation>
    </message>
    <message>
        <source>Allow TLS 1.2 and 1.3 on the server (tls_version).</source>
        <translation>Erlauben Sie TLS 1.2 und 1.3 auf dem Server (tls_version).</translation>
    </message>
    <message>
        <source>The connection uses %1 with %2.</source>
        <extracomment>%1 is a protocol version, %2 a cipher</extracomment>
        <translation>Die Verbindung verwendet %1 mit %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The server still accepts %1 (accepted: %2).</source>
        <extracomment>%1 and %2 are lists of protocol versions, &quot;TLSv1, TLSv1.1&quot;</extracomment>
        <translation>Der Server akzeptiert noch %1 (akzeptiert: %2).</translation>
    </message>
    <message>
        <source>Allow only TLS 1.2 and 1.3 on the server: tls_version = TLSv1.2,TLSv1.3 (or the provider&apos;s minimum TLS version setting).</source>
        <translation>Erlauben Sie auf dem Server nur TLS 1.2 und 1.3: tls_version = TLSv1.2,TLSv1.3 (oder die Einstellung des Anbieters für die minimale TLS-Version).</translation>
    </message>
    <message>
        <source>The server accepts %1 and refuses %2.</source>
        <extracomment>%1 and %2 are lists of protocol versions, &quot;TLSv1.2, TLSv1.3&quot;</extracomment>
        <translation>Der Server akzeptiert %1 und lehnt %2 ab.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is the pinned one.</source>
        <translation>Das Zertifikat des Servers ist das festgelegte.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has the SHA-256 fingerprint %1, not the pinned %2.</source>
        <extracomment>%1 and %2 are SHA-256 fingerprints</extracomment>
        <translation>Das Zertifikat des Servers hat den SHA-256-Fingerabdruck %1, nicht den festgelegten %2.</translation>
    </message>
    <message>
        <source>If the server&apos;s certificate was renewed, check the new one and pin it again; otherwise someone may be in between.</source>
        <translation>Wenn das Zertifikat des Servers erneuert wurde, prüfen Sie das neue und legen Sie es erneut fest; andernfalls hat sich möglicherweise jemand dazwischengeschaltet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since the last audit: %1 (was %2).</source>
        <extracomment>%1 and %2 are SHA-256 fingerprints</extracomment>
        <translation>Das Zertifikat des Servers hat sich seit dem letzten Audit geändert: %1 (vorher %2).</translation>
    </message>
    <message>
        <source>Expected after a renewal; otherwise find out who changed it.</source>
        <translation>Nach einer Erneuerung zu erwarten; andernfalls finden Sie heraus, wer es geändert hat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is the one of the last audit.</source>
        <translation>Das Zertifikat des Servers ist dasselbe wie beim letzten Audit.</translation>
    </message>
    <message>
        <source>Not logged in: the server was not reached over TLS.</source>
        <translation>Nicht angemeldet: Der Server wurde nicht über TLS erreicht.</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>&amp;Stop Test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>sslcm connects and logs in exactly as the connection will, and shows what happened at each step.</source>
        <translation>sslcm verbindet sich und meldet sich genau so an, wie es die Verbindung tun wird, und zeigt, was bei jedem Schritt geschah.</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Den Test abbrechen</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
</context>
<context>
    <name>TestReportView</name>
    <message>
        <source>What was negotiated</source>
        <translation>Was ausgehandelt wurde</translation>
    </message>
    <message>
        <source>View Server &amp;Chain…</source>
        <translation>Server&amp;kette anzeigen …</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>Was schiefging und was zu tun ist</translation>
    </message>
    <message>
        <source>C&amp;opy as Text</source>
        <translation>Als Text ko&amp;pieren</translation>
    </message>
    <message>
        <source>Test stages</source>
        <translation>Teststufen</translation>
    </message>
    <message>
        <source>View the server&apos;s certificate chain</source>
        <translation>Die Zertifikatskette des Servers anzeigen</translation>
    </message>
    <message>
        <source>Copy the report as text</source>
        <translation>Den Bericht als Text kopieren</translation>
    </message>
    <message>
        <source>For a support ticket: the report holds no password or key.</source>
        <translation>Für ein Support-Ticket: Der Bericht enthält weder Passwort noch Schlüssel.</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <source>Connecting to %1 as the connection&apos;s settings say.</source>
        <translation>Verbindung mit %1 wird gemäß den Einstellungen der Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration of a test stage in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>TLS version:</source>
        <translation>TLS-Version:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Cipher:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3</source>
        <translation>%1, ausgestellt von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Clientzertifikat:</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Account requires:</source>
        <translation>Konto verlangt:</translation>
    </message>
    <message>
        <source>Server&apos;s view:</source>
        <translation>Sicht des Servers:</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source> (agrees)</source>
        <translation> (stimmt überein)</translation>
    </message>
    <message>
        <source> (DIFFERS!)</source>
        <translation> (WEICHT AB!)</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>Trust Host &amp;Key…</source>
        <translation>Host-&amp;Schlüssel vertrauen…</translation>
    </message>
    <message>
        <source>Show the SSH jump host&apos;s key and decide whether to trust it</source>
        <translation>Schlüssel des SSH-Sprung-Hosts anzeigen und entscheiden, ob ihm vertraut werden soll</translation>
    </message>
    <message>
        <source>Connecting to %1 through the SSH jump host %2 as the connection&apos;s settings say.</source>
        <translation>Verbindung zu %1 über den SSH-Sprung-Host %2, wie in den Einstellungen der Verbindung angegeben.</translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation>SSH:</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Read by screen readers for a stage of a test: its result, time and detail</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>Result of a test stage, shown next to a check icon</extracomment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>Result of a test stage, shown next to a warning icon</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Result of a test stage, shown next to an error icon</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>Result of a test stage that did not run</extracomment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Tested in %1 ms.</source>
        <translation>Getestet in %1 ms.</translation>
    </message>
</context>
<context>
    <name>TestStage</name>
    <message>
        <source>Resolve host name</source>
        <translation>Hostnamen auflösen</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <translation>Verbinden (TCP)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Begrüßung des Servers</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Zertifikatsprüfung</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Session checks</source>
        <translation>Sitzungsprüfungen</translation>
    </message>
    <message>
        <source>Sign-in token</source>
        <translation>Anmelde-Token</translation>
    </message>
    <message>
        <source>SSH connect</source>
        <translation>SSH-Verbindung</translation>
    </message>
    <message>
        <source>SSH host key</source>
        <translation>SSH-Host-Schlüssel</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH-Anmeldung</translation>
    </message>
    <message>
        <source>Tunnel to database</source>
        <translation>Tunnel zur Datenbank</translation>
    </message>
</context>
<context>
    <name>TlsClientContext</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read; check its permissions.</source>
        <translation>%1 kann nicht gelesen werden; prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>OpenSSL could not create a TLS context: %1</source>
        <translation>OpenSSL konnte keinen TLS-Kontext anlegen: %1</translation>
    </message>
    <message>
        <source>None of the ciphers &quot;%1&quot; is known to OpenSSL.</source>
        <translation>Keine der Cipher-Angaben „%1“ ist OpenSSL bekannt.</translation>
    </message>
    <message>
        <source>None of the TLS 1.3 cipher suites &quot;%1&quot; is known to OpenSSL.</source>
        <translation>Keine der TLS-1.3-Cipher-Suites „%1“ ist OpenSSL bekannt.</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA-Datei: %1</translation>
    </message>
    <message>
        <source>CA folder: %1</source>
        <translation>CA-Ordner: %1</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate OpenSSL can read (%2). Choose the PEM file your provider publishes.</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat, das OpenSSL lesen kann (%2). Wählen Sie die PEM-Datei, die Ihr Anbieter veröffentlicht.</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CA certificates could not be loaded: %1</source>
        <translation>Die vertrauenswürdigen CA-Zertifikate des Systems konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>Ein Clientzertifikat braucht seinen privaten Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <source>Client certificate: %1</source>
        <translation>Clientzertifikat: %1</translation>
    </message>
    <message>
        <source>Client key: %1</source>
        <translation>Clientschlüssel: %1</translation>
    </message>
    <message>
        <source>The client certificate %1 could not be read (%2).</source>
        <translation>Das Clientzertifikat %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The client key %1 is protected by a passphrase; enter it to connect.</source>
        <translation>Der Clientschlüssel %1 ist mit einer Passphrase geschützt; geben Sie sie ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>The passphrase for the client key %1 is wrong.</source>
        <translation>Die Passphrase für den Clientschlüssel %1 ist falsch.</translation>
    </message>
    <message>
        <source>The client key %1 is not a private key OpenSSL can read (%2).</source>
        <translation>Der Clientschlüssel %1 ist kein privater Schlüssel, den OpenSSL lesen kann (%2).</translation>
    </message>
    <message>
        <source>The client key %1 does not belong to the client certificate %2.</source>
        <translation>Der Clientschlüssel %1 gehört nicht zum Clientzertifikat %2.</translation>
    </message>
</context>
<context>
    <name>TlsGateway</name>
    <message>
        <source>No TLS settings were given for a connection that uses TLS.</source>
        <translation>Für eine Verbindung mit TLS wurden keine TLS-Einstellungen angegeben.</translation>
    </message>
    <message>
        <source>Could not create a private folder for the connection in %1: %2</source>
        <translation>In %1 konnte kein privater Ordner für die Verbindung angelegt werden: %2</translation>
    </message>
    <message>
        <source>The socket path %1 is too long.</source>
        <translation>Der Socket-Pfad %1 ist zu lang.</translation>
    </message>
    <message>
        <source>Could not open the local socket %1: %2</source>
        <translation>Der lokale Socket %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>WorkbenchImporter</name>
    <message>
        <source>unknown useSSL level &quot;%1&quot;</source>
        <translation>unbekannte useSSL-Stufe „%1“</translation>
    </message>
    <message>
        <source>the local socket or pipe &quot;%1&quot; (sslcm connects over TCP)</source>
        <translation>der lokale Socket oder die Pipe „%1“ (sslcm verbindet sich über TCP)</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; = &quot;%2&quot;</source>
        <translation>Einstellung „%1“ = „%2“</translation>
    </message>
    <message>
        <source>MySQL Workbench connections</source>
        <translation>MySQL-Workbench-Verbindungen</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most %2)</source>
        <translation>die Datei ist zu groß (%1 Byte; höchstens %2)</translation>
    </message>
    <message>
        <source>the XML is nested too deeply</source>
        <translation>das XML ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>zu viele Verbindungen</translation>
    </message>
    <message>
        <source>not valid XML (line %1, column %2): %3</source>
        <translation>kein gültiges XML (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <source>not a MySQL Workbench connections file</source>
        <translation>keine Verbindungsdatei von MySQL Workbench</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; in %2</source>
        <translation>Verbindung „%1“ in %2</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; is stored in clear text in %2.</source>
        <translation>Das Passwort von „%1“ ist im Klartext in %2 gespeichert.</translation>
    </message>
    <message>
        <source>the file holds no connections</source>
        <translation>die Datei enthält keine Verbindungen</translation>
    </message>
    <message>
        <source>The SSH host “%1” is not HOST[:PORT]: enter the jump host in sslcm.</source>
        <translation>Der SSH-Host „%1“ hat nicht die Form HOST[:PORT]: Geben Sie den Sprung-Host in sslcm ein.</translation>
    </message>
    <message>
        <source>Workbench logs in to the SSH jump host with a password and keeps it in its own vault, not in this file: sslcm asks for it when connecting, or keeps it in the keychain once entered.</source>
        <translation>Workbench meldet sich mit einem Passwort am SSH-Sprung-Host an und bewahrt es in seinem eigenen Tresor auf, nicht in dieser Datei: sslcm fragt es beim Verbinden ab oder bewahrt es nach der Eingabe im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>Reached through the SSH jump host %1, as in Workbench: the database&apos;s address %2 is as the jump host sees it, and sslcm checks the server&apos;s certificate against %3.</source>
        <extracomment>%1 is the jump host (user@host:port), %2 the database&apos;s address, %3 its host</extracomment>
        <translation>Erreichbar über den SSH-Sprung-Host %1, wie in Workbench: Die Adresse %2 der Datenbank ist die, wie der Sprung-Host sie sieht, und sslcm prüft das Zertifikat des Servers gegen %3.</translation>
    </message>
    <message>
        <source>The database is on the jump host itself (%1): with “%2” its certificate must name %1. If it names the machine&apos;s DNS name, enter that name as the host (the jump host must resolve it).</source>
        <translation>Die Datenbank liegt auf dem Sprung-Host selbst (%1): Mit „%2“ muss ihr Zertifikat %1 nennen. Nennt es den DNS-Namen des Rechners, geben Sie diesen Namen als Host ein (der Sprung-Host muss ihn auflösen können).</translation>
    </message>
    <message>
        <source>The SSH password of &quot;%1&quot; is stored in clear text in %2.</source>
        <translation>Das SSH-Passwort von „%1“ ist im Klartext in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SSL Connection Manager</source>
        <extracomment>Appended to window titles</extracomment>
        <translation>SSL-Verbindungsmanager</translation>
    </message>
</context>
</TS>
