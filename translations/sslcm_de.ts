<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>%1, loaded from %2</source>
        <extracomment>%1 is a library name and version, %2 the file it was loaded from</extracomment>
        <translation>%1, geladen aus %2</translation>
    </message>
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
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
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
        <source>MySQL client library: not loaded (%1)</source>
        <translation>MySQL-Clientbibliothek: nicht geladen (%1)</translation>
    </message>
    <message>
        <source>MySQL client library: %1 (%2)</source>
        <translation>MySQL-Clientbibliothek: %1 (%2)</translation>
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
               [--password-stdin]
                            add a profile; the password read from standard input goes
                            to the system keychain, never to a file
  profiles remove NAME|ID   remove a profile and its stored secrets

MODE: disabled, preferred, required, verify-ca, verify-identity (default; MySQL&apos;s
VERIFY_IDENTITY spellings are accepted too).

Exit status: 0 success, 2 failure (reason on standard error), 3 usage error.
</source>
        <translation>Aufruf: sslcm-cli BEFEHL [OPTIONEN]

Befehle:
  --version                 verwendete Versionen von sslcm, Qt, OpenSSL und der MySQL-Clientbibliothek
  profiles list [--json]    die gespeicherten Verbindungsprofile auflisten
  profiles add --name N --host H [--port P] [--user U] [--database D]
               [--ssl-mode MODUS] [--ssl-ca F] [--ssl-capath D] [--ssl-cert F]
               [--ssl-key F] [--tls-version TLSv1.2|TLSv1.3] [--ssl-cipher C]
               [--pin SHA256] [--connect-timeout S] [--notes TEXT]
               [--password-stdin]
                            ein Profil hinzufügen; das von der Standardeingabe gelesene
                            Passwort kommt in den Schlüsselbund des Systems, nie in eine Datei
  profiles remove NAME|ID   ein Profil und seine gespeicherten Geheimnisse entfernen

MODUS: disabled, preferred, required, verify-ca, verify-identity (Vorgabe; die
MySQL-Schreibweisen wie VERIFY_IDENTITY werden ebenfalls akzeptiert).

Exit-Status: 0 Erfolg, 2 Fehler (Grund auf der Standardfehlerausgabe), 3 falscher Aufruf.
</translation>
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
        <source>could not read the password from standard input</source>
        <translation>das Passwort konnte nicht von der Standardeingabe gelesen werden</translation>
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
    <message numerus="yes">
        <source>%n profiles are named &quot;%1&quot;; remove one by its id: %2</source>
        <translation>
            <numerusform>%n Profil heißt „%1“; entfernen Sie es über seine ID: %2</numerusform>
            <numerusform>%n Profile heißen „%1“; entfernen Sie eines über seine ID: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; (%2).</source>
        <translation>Profil „%1“ (%2) entfernt.</translation>
    </message>
    <message>
        <source>warning: the profile&apos;s stored secrets could not be deleted: %1</source>
        <translation>Warnung: die gespeicherten Geheimnisse des Profils konnten nicht gelöscht werden: %1</translation>
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
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
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
        <source>Its saved password and key passphrase are removed from the keychain too. Certificate and key files stay where they are.</source>
        <translation>Ihr gespeichertes Passwort und die Passphrase des Schlüssels werden ebenfalls aus dem Schlüsselbund entfernt. Zertifikats- und Schlüsseldateien bleiben, wo sie sind.</translation>
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
    <name>NewProfileDialog</name>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>e.g. Production orders database</source>
        <extracomment>Example for the name of a saved connection</extracomment>
        <translation>z. B. Bestelldatenbank Produktion</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>A name you choose to find this connection again.</source>
        <translation>Ein Name Ihrer Wahl, unter dem Sie diese Verbindung wiederfinden.</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <extracomment>Example host name; keep it a neutral example domain</extracomment>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Serverhost</translation>
    </message>
    <message>
        <source>Host name or IP address of the MySQL or MariaDB server.</source>
        <translation>Hostname oder IP-Adresse des MySQL- oder MariaDB-Servers.</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Serverport</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The database account to log in with.</source>
        <translation>Das Datenbankkonto, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>optional</source>
        <extracomment>Placeholder of the &quot;Default database&quot; field</extracomment>
        <translation>optional</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>Standard&amp;datenbank:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <extracomment>Button that saves the new connection</extracomment>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create connection</source>
        <translation>Verbindung erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>There is already a connection named “%1”.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>The connection list is read-only, so nothing can be added.</source>
        <translation>Die Verbindungsliste ist schreibgeschützt, daher kann nichts hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1</translation>
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
        <source>The host name &quot;%1&quot; contains spaces.</source>
        <translation>Der Hostname „%1“ enthält Leerzeichen.</translation>
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
        <source>Could not create the local TLS certificate: %1</source>
        <translation>Das lokale TLS-Zertifikat konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
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
    <name>main</name>
    <message>
        <source>SSL Connection Manager</source>
        <extracomment>Appended to window titles</extracomment>
        <translation>SSL-Verbindungsmanager</translation>
    </message>
</context>
</TS>
