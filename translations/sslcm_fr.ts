<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About sslcm</source>
        <translation>À propos de sslcm</translation>
    </message>
    <message>
        <source>sslcm %1</source>
        <translation>sslcm %1</translation>
    </message>
    <message>
        <source>SSL Connection Manager for MySQL and MariaDB</source>
        <translation>Gestionnaire de connexions SSL pour MySQL et MariaDB</translation>
    </message>
    <message>
        <source>Connects to MySQL and MariaDB servers over verified TLS, shows their certificates, and helps you require TLS for database accounts.</source>
        <translation>Se connecte aux serveurs MySQL et MariaDB via TLS vérifié, affiche leurs certificats et vous aide à exiger TLS pour les comptes de base de données.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Versions in use</source>
        <translation>Versions utilisées</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <extracomment>Copies the version list to the clipboard, e.g. for a support ticket</extracomment>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Copier les informations de version</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, for a bug report or support ticket</source>
        <translation>Copier les versions dans le presse-papiers, pour un rapport de bogue ou une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is Qt&apos;s version, %2 the windowing system plugin in use (xcb, wayland...)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>AccountRequirement</name>
    <message>
        <source>NONE: no TLS required</source>
        <translation>NONE : aucun TLS exigé</translation>
    </message>
    <message>
        <source>SSL: any encrypted connection</source>
        <translation>SSL : toute connexion chiffrée</translation>
    </message>
    <message>
        <source>X509: encrypted, with a trusted client certificate</source>
        <translation>X509 : chiffrée, avec un certificat client approuvé</translation>
    </message>
    <message>
        <source>Specific issuer, subject or cipher</source>
        <translation>Émetteur, sujet ou suite de chiffrement spécifique</translation>
    </message>
    <message>
        <source>A specific requirement needs an issuer, a subject or a cipher.</source>
        <translation>Une exigence spécifique nécessite un émetteur, un sujet ou une suite de chiffrement.</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>cipher</source>
        <translation>suite de chiffrement</translation>
    </message>
    <message>
        <source>The account may log in without TLS: passwords and data can cross the network in plain text.</source>
        <translation>Le compte peut se connecter sans TLS : les mots de passe et les données peuvent circuler en clair sur le réseau.</translation>
    </message>
    <message>
        <source>The account can only log in over TLS. The server does not check who the client is beyond the password.</source>
        <translation>Le compte ne peut se connecter que via TLS. Au-delà du mot de passe, le serveur ne vérifie pas qui est le client.</translation>
    </message>
    <message>
        <source>The account can only log in over TLS with a client certificate issued by a CA the server trusts (its ssl_ca).</source>
        <translation>Le compte ne peut se connecter que via TLS avec un certificat client émis par une AC approuvée par le serveur (son ssl_ca).</translation>
    </message>
    <message>
        <source>issued by exactly &quot;%1&quot;</source>
        <translation>émis exactement par « %1 »</translation>
    </message>
    <message>
        <source>with the subject exactly &quot;%1&quot;</source>
        <translation>ayant exactement le sujet « %1 »</translation>
    </message>
    <message>
        <source>The account can only log in over TLS.</source>
        <translation>Le compte ne peut se connecter que via TLS.</translation>
    </message>
    <message>
        <source>The account can only log in over TLS with a client certificate %1.</source>
        <translation>Le compte ne peut se connecter que via TLS avec un certificat client %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>The connection must use the cipher %1.</source>
        <translation>La connexion doit utiliser la suite de chiffrement %1.</translation>
    </message>
</context>
<context>
    <name>AccountRequirementsDialog</name>
    <message>
        <source>Account TLS Requirements</source>
        <translation>Exigences TLS des comptes</translation>
    </message>
    <message>
        <source>Target server</source>
        <translation>Serveur cible</translation>
    </message>
    <message>
        <source>Admin profile</source>
        <translation>Profil d&apos;administration</translation>
    </message>
    <message>
        <source>None: only write the statements</source>
        <translation>Aucun : générer uniquement les instructions</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect with the admin profile</source>
        <translation>Se connecter avec le profil d&apos;administration</translation>
    </message>
    <message>
        <source>&amp;Admin profile:</source>
        <translation>Profil d&apos;&amp;administration :</translation>
    </message>
    <message>
        <source>Not connected. Statements are written for the server type chosen below.</source>
        <translation>Non connecté. Les instructions sont rédigées pour le type de serveur choisi ci-dessous.</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Type de serveur</translation>
    </message>
    <message>
        <source>Server &amp;type:</source>
        <translation>&amp;Type de serveur :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>app_user</source>
        <translation>utilisateur_app</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>Create the account if it does not &amp;exist</source>
        <translation>Créer le compte s&apos;il n&apos;&amp;existe pas</translation>
    </message>
    <message>
        <source>Password for a new account</source>
        <translation>Mot de passe d&apos;un nouveau compte</translation>
    </message>
    <message>
        <source>only used when the account is created</source>
        <translation>utilisé uniquement lors de la création du compte</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>Privilege scope</source>
        <translation>Portée des privilèges</translation>
    </message>
    <message>
        <source>Database (db.*)</source>
        <translation>Base de données (db.*)</translation>
    </message>
    <message>
        <source>Table (db.table)</source>
        <translation>Table (db.table)</translation>
    </message>
    <message>
        <source>Global (*.*)</source>
        <translation>Global (*.*)</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;données :</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>Ta&amp;ble :</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Lecture seule</translation>
    </message>
    <message>
        <source>Select the read-only privileges</source>
        <translation>Sélectionner les privilèges de lecture seule</translation>
    </message>
    <message>
        <source>Read-&amp;write</source>
        <translation>Lecture-éc&amp;riture</translation>
    </message>
    <message>
        <source>Select the read-write privileges</source>
        <translation>Sélectionner les privilèges de lecture-écriture</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>T&amp;ous</translation>
    </message>
    <message>
        <source>Select all privileges</source>
        <translation>Sélectionner tous les privilèges</translation>
    </message>
    <message>
        <source>&amp;No privileges</source>
        <translation>Aucu&amp;n privilège</translation>
    </message>
    <message>
        <source>Clear the privileges</source>
        <translation>Effacer les privilèges</translation>
    </message>
    <message>
        <source>Privilege %1</source>
        <translation>Privilège %1</translation>
    </message>
    <message>
        <source>Re&amp;voke existing privileges first</source>
        <translation>Ré&amp;voquer d&apos;abord les privilèges existants</translation>
    </message>
    <message>
        <source>Revoke existing privileges first</source>
        <translation>Révoquer d&apos;abord les privilèges existants</translation>
    </message>
    <message>
        <source>TLS requirement</source>
        <translation>Exigence TLS</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Re&amp;quire:</source>
        <translation>E&amp;xiger :</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Émetteur :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Suite de chiffrement</translation>
    </message>
    <message>
        <source>&amp;Cipher:</source>
        <translation>Suite de chi&amp;ffrement :</translation>
    </message>
    <message>
        <source>&amp;Fill from client certificate...</source>
        <translation>Remplir à partir d&apos;un certificat c&amp;lient...</translation>
    </message>
    <message>
        <source>Fill issuer and subject from a client certificate</source>
        <translation>Remplir l&apos;émetteur et le sujet à partir d&apos;un certificat client</translation>
    </message>
    <message>
        <source>Legacy form: GRANT ... RE&amp;QUIRE</source>
        <translation>Forme héritée : GRANT ... RE&amp;QUIRE</translation>
    </message>
    <message>
        <source>Use the legacy GRANT ... REQUIRE form</source>
        <translation>Utiliser la forme héritée GRANT ... REQUIRE</translation>
    </message>
    <message>
        <source>Add FLUSH PRIVILEGES (not needed)</source>
        <translation>Ajouter FLUSH PRIVILEGES (inutile)</translation>
    </message>
    <message>
        <source>Add FLUSH PRIVILEGES</source>
        <translation>Ajouter FLUSH PRIVILEGES</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <source>S&amp;tatements:</source>
        <translation>&amp;Instructions :</translation>
    </message>
    <message>
        <source>Statements preview</source>
        <translation>Aperçu des instructions</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>mysql co&amp;mmand line:</source>
        <translation>Ligne de co&amp;mmande mysql :</translation>
    </message>
    <message>
        <source>Equivalent mysql command line</source>
        <translation>Ligne de commande mysql équivalente</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the statements</source>
        <translation>Copier les instructions</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .sql...</source>
        <translation>Enre&amp;gistrer en .sql...</translation>
    </message>
    <message>
        <source>Save the statements as an SQL file</source>
        <translation>Enregistrer les instructions dans un fichier SQL</translation>
    </message>
    <message>
        <source>&amp;Run on server...</source>
        <translation>E&amp;xécuter sur le serveur...</translation>
    </message>
    <message>
        <source>Run the statements on the server</source>
        <translation>Exécuter les instructions sur le serveur</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify the account on the server</source>
        <translation>Vérifier le compte sur le serveur</translation>
    </message>
    <message>
        <source>Proof by login</source>
        <translation>Preuve par connexion</translation>
    </message>
    <message>
        <source>Prove the requirement by logging in</source>
        <translation>Prouver l&apos;exigence en se connectant</translation>
    </message>
    <message>
        <source>The account&apos;s password</source>
        <translation>Le mot de passe du compte</translation>
    </message>
    <message>
        <source>Account pass&amp;word:</source>
        <translation>Mot de passe du co&amp;mpte :</translation>
    </message>
    <message>
        <source>Client certificate for the proof</source>
        <translation>Certificat client pour la preuve</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <source>Client key for the proof</source>
        <translation>Clé client pour la preuve</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client :</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Results of running and verifying appear here. Sessions opened before a change stay connected; requirements apply at the next login.</source>
        <translation>Les résultats de l&apos;exécution et de la vérification s&apos;affichent ici. Les sessions ouvertes avant une modification restent connectées ; les exigences s&apos;appliquent à la connexion suivante.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Mot de passe d&apos;administration</translation>
    </message>
    <message>
        <source>Password of the profile &quot;%1&quot;:</source>
        <translation>Mot de passe du profil « %1 » :</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>Connected: %1 over %2, sql_mode %3.</source>
        <translation>Connecté : %1 via %2, sql_mode %3.</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>sslcm does not know this server type.</source>
        <translation>sslcm ne connaît pas ce type de serveur.</translation>
    </message>
    <message>
        <source>require_secure_transport is ON on this server.</source>
        <translation>require_secure_transport est activé (ON) sur ce serveur.</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose an admin profile with a CA file to check that the server&apos;s CA accepts this certificate.</source>
        <translation>Choisissez un profil d&apos;administration doté d&apos;un fichier d&apos;AC pour vérifier que l&apos;AC du serveur accepte ce certificat.</translation>
    </message>
    <message>
        <source>Save statements</source>
        <translation>Enregistrer les instructions</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Fichiers SQL (*.sql)</translation>
    </message>
    <message>
        <source>Run on server</source>
        <translation>Exécuter sur le serveur</translation>
    </message>
    <message>
        <source>Run these statements on %1 as %2?</source>
        <translation>Exécuter ces instructions sur %1 en tant que %2 ?</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Exécution...</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>terminé : %1</translation>
    </message>
    <message>
        <source>FAILED: %1
  %2 %3</source>
        <translation>ÉCHEC : %1
  %2 %3</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>/O=Example/CN=Example CA</source>
        <extracomment>An example of a certificate issuer as MySQL compares it; keep the /O= and /CN= form</extracomment>
        <translation>/O=Exemple/CN=AC Exemple</translation>
    </message>
    <message>
        <source>/O=Example/CN=app</source>
        <extracomment>An example of a certificate subject as MySQL compares it; keep the /O= and /CN= form</extracomment>
        <translation>/O=Exemple/CN=app</translation>
    </message>
    <message>
        <source>How a new account logs in</source>
        <translation>Comment un nouveau compte se connecte</translation>
    </message>
    <message>
        <source>Log&amp;s in with:</source>
        <translation>Se connecte a&amp;vec :</translation>
    </message>
    <message>
        <source>Also log in without &amp;TLS</source>
        <translation>Se connecter aussi sans &amp;TLS</translation>
    </message>
    <message>
        <source>Also log in without TLS</source>
        <translation>Se connecter aussi sans TLS</translation>
    </message>
    <message>
        <source>Off by default. A login without TLS sends the account&apos;s name and the challenge response made from its password unencrypted: whoever sees the traffic can try to guess the password offline. sslcm asks first when the server is not on this computer.</source>
        <translation>Désactivé par défaut. Une connexion sans TLS envoie en clair le nom du compte et la réponse au défi calculée à partir de son mot de passe : quiconque voit le trafic peut tenter de deviner le mot de passe hors ligne. sslcm demande d&apos;abord confirmation lorsque le serveur ne se trouve pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>To run them on the server: %1</source>
        <translation>Pour les exécuter sur le serveur : %1</translation>
    </message>
    <message>
        <source>Not connected: no password was given.</source>
        <translation>Non connecté : aucun mot de passe n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder or name.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>Log in without TLS</source>
        <translation>Se connecter sans TLS</translation>
    </message>
    <message>
        <source>Log in to %1 as %2 without TLS?</source>
        <translation>Se connecter à %1 en tant que %2 sans TLS ?</translation>
    </message>
    <message>
        <source>%1 is not on this computer. A login without TLS crosses the network unencrypted: it shows the account&apos;s name and the challenge response made from its password to whoever can see the traffic, who can then try to guess the password offline. A server that requires TLS refuses the login only after receiving it.

Cancel to run nothing, then turn off &quot;Also log in without TLS&quot;; the proof with TLS does not need it.</source>
        <translation>%1 ne se trouve pas sur cet ordinateur. Une connexion sans TLS traverse le réseau sans chiffrement : elle révèle le nom du compte et la réponse au défi calculée à partir de son mot de passe à quiconque peut voir le trafic, qui peut alors tenter de deviner le mot de passe hors ligne. Un serveur qui exige TLS ne refuse la connexion qu&apos;après l&apos;avoir reçue.

Annulez pour ne rien exécuter, puis désactivez « Se connecter aussi sans TLS » ; la preuve avec TLS n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <source>Nothing was run: the login without TLS was not confirmed.</source>
        <translation>Rien n&apos;a été exécuté : la connexion sans TLS n&apos;a pas été confirmée.</translation>
    </message>
    <message>
        <source>After running, prove it by lo&amp;gging in as the account with TLS</source>
        <translation>Après l&apos;e&amp;xécution, le prouver en se connectant au compte via TLS</translation>
    </message>
    <message>
        <source>Not connected: no SSH password was given.</source>
        <translation>Non connecté : aucun mot de passe SSH n&apos;a été fourni.</translation>
    </message>
</context>
<context>
    <name>AccountRunReport</name>
    <message>
        <source>Login without TLS</source>
        <translation>Connexion sans TLS</translation>
    </message>
    <message>
        <source>Login with TLS, without a client certificate</source>
        <translation>Connexion avec TLS, sans certificat client</translation>
    </message>
    <message>
        <source>Login with TLS and the client certificate</source>
        <translation>Connexion avec TLS et le certificat client</translation>
    </message>
    <message>
        <source>Server: %1 (sql_mode %2)
</source>
        <translation>Serveur : %1 (sql_mode %2)
</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Read back from %1: the account does not exist.
</source>
        <translation>Relu depuis %1 : le compte n&apos;existe pas.
</translation>
    </message>
    <message>
        <source>Read back from %1: %2 — %3
</source>
        <translation>Relu depuis %1 : %2 — %3
</translation>
    </message>
    <message>
        <source>as requested</source>
        <translation>conforme à la demande</translation>
    </message>
    <message>
        <source>NOT what was requested</source>
        <translation>NON conforme à la demande</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>logged in (%1)</source>
        <translation>connecté (%1)</translation>
    </message>
    <message>
        <source>refused (%1 %2)</source>
        <translation>refusé (%1 %2)</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>comme prévu</translation>
    </message>
    <message>
        <source>NOT as expected</source>
        <translation>PAS comme prévu</translation>
    </message>
    <message>
        <source>%1 is not a server sslcm writes account statements for (MySQL 5.7, MySQL 8.x/9.x, MariaDB 10.x/11.x).</source>
        <translation>%1 ne fait pas partie des serveurs pour lesquels sslcm rédige des instructions de compte (MySQL 5.7, MySQL 8.x/9.x, MariaDB 10.x/11.x).</translation>
    </message>
    <message>
        <source>Nothing was run: for this session (sql_mode %1) the statements differ from the ones you confirmed. Review them again.</source>
        <translation>Rien n&apos;a été exécuté : pour cette session (sql_mode %1), les instructions diffèrent de celles que vous avez confirmées. Vérifiez-les à nouveau.</translation>
    </message>
    <message>
        <source>Sessions the account opened before this change stay connected; the requirement applies from its next login.</source>
        <translation>Les sessions ouvertes par le compte avant cette modification restent connectées ; l&apos;exigence s&apos;applique à partir de sa prochaine connexion.</translation>
    </message>
    <message>
        <source>A login did not behave as the requirement demands. If the account&apos;s host (%1) does not match this computer&apos;s address, or the password given for the proof is wrong, the server refuses it for that reason instead.</source>
        <translation>Une connexion ne s&apos;est pas comportée comme le prévoit l&apos;exigence. Si l&apos;hôte du compte (%1) ne correspond pas à l&apos;adresse de cet ordinateur, ou si le mot de passe fourni pour la preuve est erroné, le serveur la refuse pour cette raison-là.</translation>
    </message>
    <message>
        <source>The login without TLS was not tried: %1 is not on this computer, and that login would send the account&apos;s name and the challenge response made from its password unencrypted over the network.</source>
        <translation>La connexion sans TLS n&apos;a pas été tentée : %1 ne se trouve pas sur cet ordinateur, et cette connexion enverrait en clair sur le réseau le nom du compte et la réponse au défi calculée à partir de son mot de passe.</translation>
    </message>
</context>
<context>
    <name>AccountStatementBuilder</name>
    <message>
        <source>Enter a user name. sslcm does not change anonymous accounts.</source>
        <translation>Saisissez un nom d&apos;utilisateur. sslcm ne modifie pas les comptes anonymes.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Enter a host, or % for any host.</source>
        <translation>Saisissez un hôte, ou % pour n&apos;importe quel hôte.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>%1 removed GRANT ... REQUIRE; the requirement is set with ALTER USER instead. Turn off the legacy form.</source>
        <translation>%1 a supprimé GRANT ... REQUIRE ; l&apos;exigence est définie à la place avec ALTER USER. Désactivez la forme héritée.</translation>
    </message>
    <message>
        <source>FLUSH PRIVILEGES is not needed: CREATE USER, ALTER USER, GRANT and REVOKE take effect at once. It is only needed after editing the grant tables directly.</source>
        <translation>FLUSH PRIVILEGES n&apos;est pas nécessaire : CREATE USER, ALTER USER, GRANT et REVOKE prennent effet immédiatement. Il n&apos;est utile qu&apos;après une modification directe des tables de droits.</translation>
    </message>
    <message>
        <source>MySQL 5.7 deprecates GRANT ... REQUIRE; MySQL 8.0 removed it. ALTER USER ... REQUIRE works on every supported server.</source>
        <translation>MySQL 5.7 déconseille GRANT ... REQUIRE ; MySQL 8.0 l&apos;a supprimé. ALTER USER ... REQUIRE fonctionne sur tous les serveurs pris en charge.</translation>
    </message>
    <message>
        <source>Existing sessions stay connected: the requirement is checked when a client logs in, so sessions opened before this change keep running without it until they reconnect.</source>
        <translation>Les sessions existantes restent connectées : l&apos;exigence est vérifiée lorsqu&apos;un client se connecte, de sorte que les sessions ouvertes avant cette modification continuent sans elle jusqu&apos;à leur reconnexion.</translation>
    </message>
    <message>
        <source>The text contains backslashes, written for a session where a backslash escapes (the default sql_mode). On a server with NO_BACKSLASH_ESCAPES they would be doubled.</source>
        <translation>Le texte contient des barres obliques inverses ; il est rédigé pour une session où la barre oblique inverse sert de caractère d&apos;échappement (le sql_mode par défaut). Sur un serveur avec NO_BACKSLASH_ESCAPES, elles seraient doublées.</translation>
    </message>
    <message>
        <source>The text contains backslashes, written for a session with NO_BACKSLASH_ESCAPES in its sql_mode.</source>
        <translation>Le texte contient des barres obliques inverses ; il est rédigé pour une session dont le sql_mode contient NO_BACKSLASH_ESCAPES.</translation>
    </message>
    <message>
        <source>The host says where the account may connect from.</source>
        <translation>L&apos;hôte indique depuis où le compte peut se connecter.</translation>
    </message>
    <message>
        <source>%: from any host. The server matches the client&apos;s address (or its name, unless the server skips name resolution).</source>
        <translation>% : depuis n&apos;importe quel hôte. Le serveur compare l&apos;adresse du client (ou son nom, sauf si le serveur ignore la résolution de noms).</translation>
    </message>
    <message>
        <source>localhost: only over the server&apos;s Unix socket or named pipe, where TLS is not used; a TLS requirement then locks the account out of those connections.</source>
        <translation>localhost : uniquement via le socket Unix ou le canal nommé du serveur, où TLS n&apos;est pas utilisé ; une exigence TLS interdit alors au compte ces connexions.</translation>
    </message>
    <message>
        <source>%1: a pattern. % matches any run of characters and _ exactly one, so 10.0.% matches every address that starts with 10.0.</source>
        <translation>%1 : un motif. % correspond à une suite quelconque de caractères et _ à exactement un caractère ; ainsi, 10.0.% correspond à toute adresse commençant par 10.0.</translation>
    </message>
    <message>
        <source>%1: an address with a netmask; clients whose address falls in that network may connect.</source>
        <translation>%1 : une adresse avec un masque de réseau ; les clients dont l&apos;adresse appartient à ce réseau peuvent se connecter.</translation>
    </message>
    <message>
        <source>%1: only clients connecting from exactly this address or host name.</source>
        <translation>%1 : uniquement les clients qui se connectent depuis exactement cette adresse ou ce nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>MariaDB 10.5.2 and newer</source>
        <translation>MariaDB 10.5.2 et ultérieur</translation>
    </message>
    <message>
        <source>MySQL 5.7 and newer</source>
        <translation>MySQL 5.7 et ultérieur</translation>
    </message>
    <message>
        <source>Stronger, server-wide: SET GLOBAL require_secure_transport = ON (%1) refuses every connection without TLS for all accounts, including ones created later. Add require_secure_transport = ON to the server&apos;s configuration to keep it after a restart.</source>
        <translation>Plus strict, à l&apos;échelle du serveur : SET GLOBAL require_secure_transport = ON (%1) refuse toute connexion sans TLS pour tous les comptes, y compris ceux créés ultérieurement. Ajoutez require_secure_transport = ON à la configuration du serveur pour que ce réglage soit conservé après un redémarrage.</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>cipher</source>
        <translation>suite de chiffrement</translation>
    </message>
    <message>
        <source>The %1 has a backslash before a quote or at its end. The statements are written for NO_BACKSLASH_ESCAPES; pasted into a session with the default sql_mode, that backslash would end the string early and the rest of the text would run as SQL. Remove the backslash, or write the statements for the default sql_mode.</source>
        <translation>Le champ %1 contient une barre oblique inverse devant un guillemet ou à la fin. Les instructions sont rédigées pour NO_BACKSLASH_ESCAPES ; une fois les instructions collées dans une session avec le sql_mode par défaut, cette barre oblique inverse terminerait la chaîne prématurément et le reste du texte serait exécuté comme du SQL. Supprimez la barre oblique inverse, ou rédigez les instructions pour le sql_mode par défaut.</translation>
    </message>
    <message>
        <source>Replace %1 below with the new account&apos;s password as a quoted string (&apos;...&apos;) before running it. As printed it is a syntax error on purpose: it can never create the account without a password. Run the statements after it only once it worked.</source>
        <extracomment>%1 is the placeholder in the statement below it, &lt;password&gt;</extracomment>
        <translation>Avant de l&apos;exécuter, remplacez %1 ci-dessous par le mot de passe du nouveau compte sous forme de chaîne entre guillemets (&apos;...&apos;). Telle qu&apos;affichée, l&apos;instruction provoque volontairement une erreur de syntaxe : elle ne peut ainsi jamais créer le compte sans mot de passe. N&apos;exécutez les instructions qui la suivent qu&apos;une fois qu&apos;elle a réussi.</translation>
    </message>
    <message>
        <source>Enter a password for the new account, choose authentication over the Unix socket, or do not create the account: sslcm never creates an account without a password.</source>
        <translation>Saisissez un mot de passe pour le nouveau compte, choisissez l&apos;authentification via le socket Unix, ou ne créez pas le compte : sslcm ne crée jamais de compte sans mot de passe.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unix socket (unix_socket), no password</source>
        <translation>Socket Unix (unix_socket), sans mot de passe</translation>
    </message>
    <message>
        <source>Unix socket (auth_socket), no password</source>
        <translation>Socket Unix (auth_socket), sans mot de passe</translation>
    </message>
    <message>
        <source>So that the GRANT below can never create the account (with an empty password) if it does not exist.</source>
        <translation>Pour que le GRANT ci-dessous ne puisse jamais créer le compte (avec un mot de passe vide) s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>An account that logs in through the Unix socket never uses TLS, so with a TLS requirement it cannot log in at all. Choose the requirement NONE for it, or password authentication.</source>
        <translation>Un compte qui se connecte par le socket Unix n&apos;utilise jamais TLS : avec une exigence TLS, il ne peut pas se connecter du tout. Choisissez pour lui l&apos;exigence NONE, ou l&apos;authentification par mot de passe.</translation>
    </message>
</context>
<context>
    <name>AdminSession</name>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>Impossible de lire la liste des comptes : %1</translation>
    </message>
    <message>
        <source>The account could not be read back from %1: %2</source>
        <translation>Impossible de relire le compte depuis %1 : %2</translation>
    </message>
    <message>
        <source>The session&apos;s character set could not be read, so no statement was sent: %1</source>
        <translation>Impossible de lire le jeu de caractères de la session ; aucune instruction n&apos;a donc été envoyée : %1</translation>
    </message>
    <message>
        <source>No statement was sent: this session&apos;s character_set_client is %1. In %1 the second byte of a character can be a backslash or a quote, so the server could read a quoted name or value differently from how sslcm wrote it. Use a session with utf8mb4: check the server&apos;s init_connect and character_set_server settings.</source>
        <translation>Aucune instruction n&apos;a été envoyée : le character_set_client de cette session est %1. En %1, le deuxième octet d&apos;un caractère peut être une barre oblique inverse ou un guillemet ; le serveur pourrait donc lire un nom ou une valeur entre guillemets autrement que sslcm ne l&apos;a écrit. Utilisez une session en utf8mb4 : vérifiez les paramètres init_connect et character_set_server du serveur.</translation>
    </message>
</context>
<context>
    <name>AdvancedSection</name>
    <message>
        <source>Minimum TLS version</source>
        <translation>Version TLS minimale</translation>
    </message>
    <message>
        <source>TLS 1.2 (recommended)</source>
        <translation>TLS 1.2 (recommandé)</translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>Allowed ciphers</source>
        <translation>Suites de chiffrement autorisées</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s secure defaults</source>
        <translation>Valeurs par défaut sûres d&apos;OpenSSL</translation>
    </message>
    <message>
        <source>An OpenSSL cipher list for TLS 1.2, e.g. ECDHE+AESGCM. Leave it empty unless the server&apos;s administrator asks for it.</source>
        <translation>Une liste de suites de chiffrement OpenSSL pour TLS 1.2, par ex. ECDHE+AESGCM. Laissez-la vide, sauf si l&apos;administrateur du serveur le demande.</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Délai de connexion en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the connect timeout</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Pinned server certificate SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 du certificat serveur épinglé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>When set, the server must present exactly this certificate, in every TLS mode.</source>
        <translation>Si elle est définie, le serveur doit présenter exactement ce certificat, quel que soit le mode TLS.</translation>
    </message>
    <message>
        <source>&amp;Minimum TLS version:</source>
        <translation>Version TLS &amp;minimale :</translation>
    </message>
    <message>
        <source>C&amp;iphers:</source>
        <translation>Suites de &amp;chiffrement :</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Délai de connexion :</translation>
    </message>
    <message>
        <source>Pinned &amp;certificate:</source>
        <translation>Certificat é&amp;pinglé :</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be 64 hexadecimal digits (SHA-256), with or without colons.</source>
        <translation>L&apos;empreinte épinglée doit comporter 64 chiffres hexadécimaux (SHA-256), avec ou sans deux-points.</translation>
    </message>
</context>
<context>
    <name>ApplicationSnippets</name>
    <message>
        <source>sslcm profile &quot;%1&quot;: %2</source>
        <translation>Profil sslcm « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 cannot use a CA folder: put the CA certificates into one file.</source>
        <translation>%1 ne peut pas utiliser de dossier d&apos;AC : regroupez les certificats d&apos;AC dans un seul fichier.</translation>
    </message>
    <message>
        <source>%1 cannot require TLS 1.3: the connection may use TLS 1.2.</source>
        <translation>%1 ne peut pas exiger TLS 1.3 : la connexion peut utiliser TLS 1.2.</translation>
    </message>
    <message>
        <source>PDO has no &quot;preferred&quot; mode: this code requires TLS (stricter).</source>
        <translation>PDO n&apos;a pas de mode « Préféré » : ce code exige TLS (plus strict).</translation>
    </message>
    <message>
        <source>PDO only asks for TLS when an SSL attribute such as a CA file is set.</source>
        <translation>PDO ne demande TLS que si un attribut SSL, tel qu&apos;un fichier d&apos;AC, est défini.</translation>
    </message>
    <message>
        <source>PDO (mysqlnd) also checks the host name when it verifies: stricter than &quot;Verify CA&quot;.</source>
        <translation>PDO (mysqlnd) vérifie aussi le nom d&apos;hôte lors de la vérification : plus strict que « Vérifier l&apos;AC ».</translation>
    </message>
    <message>
        <source>PyMySQL continues without TLS when the server does not offer it: it cannot enforce this profile&apos;s mode.</source>
        <translation>PyMySQL continue sans TLS lorsque le serveur ne le propose pas : il ne peut pas imposer le mode de ce profil.</translation>
    </message>
    <message>
        <source>mysqlclient honours ssl_mode only with a client library that supports it (MySQL&apos;s, or MariaDB Connector/C with mysqlclient 2.2 or later).</source>
        <translation>mysqlclient ne respecte ssl_mode qu&apos;avec une bibliothèque cliente qui le prend en charge (celle de MySQL, ou MariaDB Connector/C avec mysqlclient 2.2 ou ultérieur).</translation>
    </message>
    <message>
        <source>Without a CA file Java verifies against its own cacerts, not the system&apos;s CA certificates.</source>
        <translation>Sans fichier d&apos;AC, Java vérifie à l&apos;aide de son propre fichier cacerts, et non des certificats d&apos;AC du système.</translation>
    </message>
    <message>
        <source>Java names cipher suites differently: set enabledSSLCipherSuites yourself.</source>
        <translation>Java nomme les suites de chiffrement différemment : définissez enabledSSLCipherSuites vous-même.</translation>
    </message>
    <message>
        <source>MariaDB Connector/J has no &quot;preferred&quot; mode: this URL requires TLS (stricter).</source>
        <translation>MariaDB Connector/J n&apos;a pas de mode « Préféré » : cette URL exige TLS (plus strict).</translation>
    </message>
    <message>
        <source>Java names cipher suites differently: set enabledSslCipherSuites yourself.</source>
        <translation>Java nomme les suites de chiffrement différemment : définissez enabledSslCipherSuites vous-même.</translation>
    </message>
    <message>
        <source>mysql2 has no &quot;preferred&quot; mode: this code requires TLS (stricter).</source>
        <translation>mysql2 n&apos;a pas de mode « Préféré » : ce code exige TLS (plus strict).</translation>
    </message>
    <message>
        <source>Without a CA file Node.js verifies against its built-in CA list, not the system&apos;s (run node with --use-openssl-ca for the system&apos;s).</source>
        <translation>Sans fichier d&apos;AC, Node.js vérifie à l&apos;aide de sa liste d&apos;AC intégrée, et non de celle du système (lancez node avec --use-openssl-ca pour utiliser celle du système).</translation>
    </message>
    <message>
        <source>Go: a client certificate needs a registered TLS configuration; it verifies nothing, like &quot;Required&quot;.</source>
        <translation>Go : un certificat client nécessite une configuration TLS enregistrée ; elle ne vérifie rien, comme « Requis ».</translation>
    </message>
    <message>
        <source>Go names cipher suites differently and cannot restrict TLS 1.3 suites: set CipherSuites yourself.</source>
        <translation>Go nomme les suites de chiffrement différemment et ne peut pas restreindre les suites TLS 1.3 : définissez CipherSuites vous-même.</translation>
    </message>
    <message>
        <source>Go: with a client certificate this code requires TLS (stricter than &quot;preferred&quot;).</source>
        <translation>Go : avec un certificat client, ce code exige TLS (plus strict que « Préféré »).</translation>
    </message>
    <message>
        <source>.NET names cipher suites differently: set TlsCipherSuites yourself.</source>
        <translation>.NET nomme les suites de chiffrement différemment : définissez TlsCipherSuites vous-même.</translation>
    </message>
    <message>
        <source>QMYSQL with MariaDB Connector/C 3.3 (Qt 6.4) never checks host names and continues without TLS when the server does not offer it; sslcm&apos;s own connections go through its TLS gateway instead.</source>
        <translation>QMYSQL avec MariaDB Connector/C 3.3 (Qt 6.4) ne vérifie jamais les noms d&apos;hôte et continue sans TLS lorsque le serveur ne le propose pas ; les connexions propres à sslcm passent plutôt par sa passerelle TLS.</translation>
    </message>
    <message>
        <source>QMYSQL asks for TLS only when an SSL option such as a CA file is set.</source>
        <translation>QMYSQL ne demande TLS que si une option SSL, telle qu&apos;un fichier d&apos;AC, est définie.</translation>
    </message>
    <message>
        <source>Without a CA file QMYSQL verifies nothing.</source>
        <translation>Sans fichier d&apos;AC, QMYSQL ne vérifie rien.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be written into %3 safely: it is left out, set it yourself.</source>
        <translation>%1 « %2 » ne peut pas être écrit en toute sécurité dans %3 : il est omis, définissez-le vous-même.</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>L&apos;hôte</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Le nom de la base de données</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; ends with a line break, which a command in a comment cannot show: the command says %2 instead, replace it yourself.</source>
        <translation>Le nom de fichier « %1 » se termine par un saut de ligne, qu&apos;une commande dans un commentaire ne peut pas montrer : la commande indique %2 à la place, remplacez-le vous-même.</translation>
    </message>
    <message>
        <source>The password is an AWS RDS IAM sign-in token, valid for 15 minutes: make one for each connection.</source>
        <translation>Le mot de passe est un jeton de connexion AWS RDS IAM, valable 15 minutes : générez-en un pour chaque connexion.</translation>
    </message>
    <message>
        <source>(the command in the sslcm profile)</source>
        <translation>(la commande du profil sslcm)</translation>
    </message>
    <message>
        <source>The password is a sign-in token from a command, run for each connection: %1</source>
        <translation>Le mot de passe est un jeton de connexion produit par une commande, exécutée pour chaque connexion : %1</translation>
    </message>
    <message>
        <source>The password comes from a command, run for each connection: %1</source>
        <translation>Le mot de passe provient d&apos;une commande, exécutée pour chaque connexion : %1</translation>
    </message>
    <message>
        <source>Run this program with: %1</source>
        <translation>Lancez ce programme avec : %1</translation>
    </message>
    <message>
        <source>The AWS region is not in the host name &quot;%1&quot;: replace REGION with the database&apos;s region.</source>
        <translation>La région AWS ne figure pas dans le nom d&apos;hôte « %1 » : remplacez REGION par la région de la base de données.</translation>
    </message>
    <message>
        <source>An AWS RDS IAM sign-in token, valid for 15 minutes: make one for each connection.</source>
        <translation>Un jeton de connexion AWS RDS IAM, valable 15 minutes : générez-en un pour chaque connexion.</translation>
    </message>
    <message>
        <source>PyMySQL sends a sign-in token in clear text to a server that asks for it, also without TLS: use it only with servers that offer TLS.</source>
        <translation>PyMySQL envoie un jeton de connexion en clair à tout serveur qui le demande, même sans TLS : utilisez-le uniquement avec des serveurs qui proposent TLS.</translation>
    </message>
    <message>
        <source>QMYSQL sends a sign-in token in clear text to whichever server asks for it; with MariaDB Connector/C 3.3 that can be a server that was not verified, or one without TLS.</source>
        <translation>QMYSQL envoie un jeton de connexion en clair à n&apos;importe quel serveur qui le demande ; avec MariaDB Connector/C 3.3, ce peut être un serveur non vérifié, ou un serveur sans TLS.</translation>
    </message>
    <message>
        <source>sslcm profile &quot;%1&quot;: %2, reached by sslcm through the SSH jump host %3 (this code connects directly)</source>
        <translation>profil sslcm &quot;%1&quot; : %2, atteint par sslcm via l&apos;hôte de rebond SSH %3 (ce code se connecte directement)</translation>
    </message>
</context>
<context>
    <name>AuditFormats</name>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;écrire %1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>Impossible d&apos;écrire %1 : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditHistory</name>
    <message numerus="yes">
        <source>it is larger than %n MB</source>
        <translation>
            <numerusform>il dépasse %n Mo</numerusform>
            <numerusform>il dépasse %n Mo</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not an audit saved by sslcm</source>
        <translation>ce n&apos;est pas un audit enregistré par sslcm</translation>
    </message>
    <message>
        <source>target %1 of %2 cannot be read</source>
        <translation>la cible %1 sur %2 est illisible</translation>
    </message>
    <message>
        <source>The last audit %1 could not be read: %2. It is left as it is, and no new audit replaces it until it can be read or is removed.</source>
        <translation>Le dernier audit %1 n&apos;a pas pu être lu : %2. Il est laissé tel quel, et aucun nouvel audit ne le remplace tant qu&apos;il ne peut pas être lu ou n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>The last audit %1 is damaged (%2) and could not be moved aside (%3). It is left as it is, and no new audit replaces it until it is removed.</source>
        <translation>Le dernier audit %1 est endommagé (%2) et n&apos;a pas pu être mis de côté (%3). Il est laissé tel quel, et aucun nouvel audit ne le remplace tant qu&apos;il n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>The last audit %1 is damaged (%2). It was kept as %3; the next audit writes a new one.</source>
        <translation>Le dernier audit %1 est endommagé (%2). Il a été conservé sous le nom %3 ; le prochain audit en écrira un nouveau.</translation>
    </message>
    <message>
        <source>The last audit %1 could not be read (%2), so sslcm does not overwrite it.</source>
        <translation>Le dernier audit %1 n&apos;a pas pu être lu (%2) ; sslcm ne l&apos;écrase donc pas.</translation>
    </message>
    <message>
        <source>The last audit %1 is damaged (%2) and could not be moved aside (%3), so sslcm does not overwrite it.</source>
        <translation>Le dernier audit %1 est endommagé (%2) et n&apos;a pas pu être mis de côté (%3) ; sslcm ne l&apos;écrase donc pas.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditLogin</name>
    <message>
        <source>Not logged in: this profile does not verify the server (mode %1), and the audit sends credentials only to a server whose identity was verified.</source>
        <extracomment>%1 is the profile&apos;s TLS mode (&quot;Required&quot;, &quot;Preferred&quot;)</extracomment>
        <translation>Non connecté : ce profil ne vérifie pas le serveur (mode %1), et l&apos;audit n&apos;envoie les identifiants qu&apos;à un serveur dont l&apos;identité a été vérifiée.</translation>
    </message>
    <message>
        <source>Choose “Verify CA” or “Verify CA and host name” with the server&apos;s CA, or pin its certificate, to have its accounts and sessions checked.</source>
        <translation>Choisissez « Vérifier l&apos;AC » ou « Vérifier l&apos;AC et le nom d&apos;hôte » avec l&apos;AC du serveur, ou épinglez son certificat, pour que ses comptes et ses sessions soient examinés.</translation>
    </message>
    <message>
        <source>Not logged in: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>Not logged in: the password source made no password. %1</source>
        <translation>Non connecté : la source du mot de passe n&apos;a produit aucun mot de passe. %1</translation>
    </message>
    <message>
        <source>Check the profile&apos;s password source with “Try it” in the editor, or `sslcm-cli token`.</source>
        <translation>Vérifiez la source du mot de passe du profil avec « Essayer » dans l&apos;éditeur, ou avec `sslcm-cli token`.</translation>
    </message>
    <message>
        <source>Logged in as %1 over %2, the server verified.</source>
        <extracomment>%1 is user@host:port, %2 the TLS version (&quot;TLSv1.3&quot;)</extracomment>
        <translation>Connecté en tant que %1 via %2, serveur vérifié.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS settings could not be read: %1</source>
        <extracomment>%1 is the server&apos;s or the client library&apos;s message</extracomment>
        <translation>Impossible de lire les paramètres TLS du serveur : %1</translation>
    </message>
    <message>
        <source>Run the audit again; if this repeats, check the server&apos;s error log.</source>
        <translation>Relancez l&apos;audit ; si cela se reproduit, consultez le journal d&apos;erreurs du serveur.</translation>
    </message>
    <message>
        <source>have_ssl is %1: the server&apos;s TLS is not enabled.</source>
        <translation>have_ssl vaut %1 : TLS n&apos;est pas activé sur le serveur.</translation>
    </message>
    <message>
        <source>Configure ssl_cert and ssl_key (and ssl_ca) in the server&apos;s configuration and restart it.</source>
        <translation>Configurez ssl_cert et ssl_key (et ssl_ca) dans la configuration du serveur, puis redémarrez-le.</translation>
    </message>
    <message>
        <source>The server has no require_secure_transport setting (MySQL 5.7 and MariaDB 10.5 added it), so it cannot refuse connections without TLS.</source>
        <translation>Le serveur n&apos;a pas de paramètre require_secure_transport (ajouté par MySQL 5.7 et MariaDB 10.5) ; il ne peut donc pas refuser les connexions sans TLS.</translation>
    </message>
    <message>
        <source>Upgrade the server, and require TLS per account (REQUIRE SSL).</source>
        <translation>Mettez le serveur à niveau et exigez TLS compte par compte (REQUIRE SSL).</translation>
    </message>
    <message>
        <source>Run SET GLOBAL require_secure_transport = ON; and add require_secure_transport = ON under [mariadbd] in the server&apos;s my.cnf so that it stays on after a restart.</source>
        <translation>Exécutez SET GLOBAL require_secure_transport = ON; et ajoutez require_secure_transport = ON sous [mariadbd] dans le my.cnf du serveur pour que ce réglage reste actif après un redémarrage.</translation>
    </message>
    <message>
        <source>Run SET GLOBAL require_secure_transport = ON; and add require_secure_transport = ON under [mysqld] in the server&apos;s my.cnf so that it stays on after a restart.</source>
        <translation>Exécutez SET GLOBAL require_secure_transport = ON; et ajoutez require_secure_transport = ON sous [mysqld] dans le my.cnf du serveur pour que ce réglage reste actif après un redémarrage.</translation>
    </message>
    <message>
        <source>Run SET PERSIST require_secure_transport = ON; (it stays on after a restart).</source>
        <translation>Exécutez SET PERSIST require_secure_transport = ON; (le réglage reste actif après un redémarrage).</translation>
    </message>
    <message>
        <source>require_secure_transport is OFF: clients may connect without TLS.</source>
        <translation>require_secure_transport vaut OFF : les clients peuvent se connecter sans TLS.</translation>
    </message>
    <message>
        <source>tls_version is %1: the server still accepts %2.</source>
        <extracomment>%1 is the server&apos;s tls_version value, %2 the old versions in it</extracomment>
        <translation>tls_version vaut %1 : le serveur accepte encore %2.</translation>
    </message>
    <message>
        <source>Set tls_version = TLSv1.2,TLSv1.3 under [mariadbd] in the server&apos;s my.cnf and restart it.</source>
        <translation>Définissez tls_version = TLSv1.2,TLSv1.3 sous [mariadbd] dans le my.cnf du serveur, puis redémarrez-le.</translation>
    </message>
    <message>
        <source>Run SET PERSIST tls_version = &apos;TLSv1.2,TLSv1.3&apos;; ALTER INSTANCE RELOAD TLS; (MySQL 8.0.16 and newer), or set it in my.cnf and restart the server.</source>
        <translation>Exécutez SET PERSIST tls_version = &apos;TLSv1.2,TLSv1.3&apos;; ALTER INSTANCE RELOAD TLS; (MySQL 8.0.16 et ultérieur), ou définissez la valeur dans my.cnf et redémarrez le serveur.</translation>
    </message>
    <message>
        <source>The server reports that its certificate expired on %1, %2 ago.</source>
        <translation>Le serveur indique que son certificat a expiré le %1, il y a %2.</translation>
    </message>
    <message>
        <source>Install a renewed certificate (ssl_cert, ssl_key) on the server: ALTER INSTANCE RELOAD TLS on MySQL, FLUSH SSL on MariaDB.</source>
        <translation>Installez un certificat renouvelé (ssl_cert, ssl_key) sur le serveur : ALTER INSTANCE RELOAD TLS sous MySQL, FLUSH SSL sous MariaDB.</translation>
    </message>
    <message>
        <source>The server reports that its certificate expires on %1, in %2.</source>
        <translation>Le serveur indique que son certificat expire le %1, dans %2.</translation>
    </message>
    <message>
        <source>Renew the server&apos;s certificate before then and install it (ALTER INSTANCE RELOAD TLS on MySQL, FLUSH SSL on MariaDB).</source>
        <translation>Renouvelez le certificat du serveur avant cette date et installez-le (ALTER INSTANCE RELOAD TLS sous MySQL, FLUSH SSL sous MariaDB).</translation>
    </message>
    <message>
        <source>TLS is enabled and required (require_secure_transport = ON), tls_version is %1, the server&apos;s certificate is valid until %2.</source>
        <extracomment>%1 is tls_version (&quot;TLSv1.2,TLSv1.3&quot;), %2 a date</extracomment>
        <translation>TLS est activé et exigé (require_secure_transport = ON), tls_version vaut %1, le certificat du serveur est valide jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>require_secure_transport is ON: no account can log in without TLS.</source>
        <translation>require_secure_transport vaut ON : aucun compte ne peut se connecter sans TLS.</translation>
    </message>
    <message>
        <source>The accounts were not checked: %1 may not read the grant tables (%2).</source>
        <extracomment>%1 is the account the audit logged in as, %2 the server&apos;s message</extracomment>
        <translation>Les comptes n&apos;ont pas été examinés : %1 n&apos;a pas le droit de lire les tables de droits (%2).</translation>
    </message>
    <message>
        <source>Audit with an account that may read mysql.user (and, on MariaDB, mysql.global_priv) to have them checked.</source>
        <translation>Lancez l&apos;audit avec un compte autorisé à lire mysql.user (et, sous MariaDB, mysql.global_priv) pour qu&apos;ils soient examinés.</translation>
    </message>
    <message>
        <source>Every account that may connect from other hosts requires TLS.</source>
        <translation>Tous les comptes autorisés à se connecter depuis d&apos;autres hôtes exigent TLS.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) can log in without TLS from other hosts: %1.</source>
        <extracomment>%n is the number of accounts, %1 their list</extracomment>
        <translation>
            <numerusform>%n compte peut se connecter sans TLS depuis d&apos;autres hôtes : %1.</numerusform>
            <numerusform>%n comptes peuvent se connecter sans TLS depuis d&apos;autres hôtes : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Require TLS for them: Account TLS Requirements… in sslcm, or `sslcm-cli require --user USER --host HOST --require ssl`; or turn on require_secure_transport.</source>
        <translation>Exigez TLS pour ces comptes : « Exigences TLS des comptes… » dans sslcm, ou `sslcm-cli require --user USER --host HOST --require ssl` ; ou activez require_secure_transport.</translation>
    </message>
    <message>
        <source>The sessions were not checked: the server does not say whether performance_schema is on, and only it shows each session&apos;s TLS.</source>
        <translation>Les sessions n&apos;ont pas été examinées : le serveur n&apos;indique pas si performance_schema est activé, et lui seul montre le TLS de chaque session.</translation>
    </message>
    <message>
        <source>The sessions were not checked: performance_schema is OFF on this server, and only it shows each session&apos;s TLS.</source>
        <translation>Les sessions n&apos;ont pas été examinées : performance_schema vaut OFF sur ce serveur, et lui seul montre le TLS de chaque session.</translation>
    </message>
    <message>
        <source>Turn on performance_schema (performance_schema = ON in the server&apos;s my.cnf, then restart it) to have them checked.</source>
        <translation>Activez performance_schema (performance_schema = ON dans le my.cnf du serveur, puis redémarrez-le) pour qu&apos;elles soient examinées.</translation>
    </message>
    <message>
        <source>The sessions were not checked: %1 may not read performance_schema (%2).</source>
        <extracomment>%1 is the account the audit logged in as, %2 the server&apos;s message</extracomment>
        <translation>Les sessions n&apos;ont pas été examinées : %1 n&apos;a pas le droit de lire performance_schema (%2).</translation>
    </message>
    <message>
        <source>Grant the audit&apos;s account SELECT on performance_schema.threads and performance_schema.status_by_thread to have them checked.</source>
        <translation>Accordez au compte de l&apos;audit SELECT sur performance_schema.threads et performance_schema.status_by_thread pour qu&apos;elles soient examinées.</translation>
    </message>
    <message>
        <source>Every session from other clients uses TLS 1.2 or newer.</source>
        <translation>Toutes les sessions des autres clients utilisent TLS 1.2 ou ultérieur.</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>et d&apos;autres</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <extracomment>%1 is a count, %2 user@host, %3 &quot;no TLS&quot; or a TLS version</extracomment>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sans TLS</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without TLS or below TLS 1.2: %1.</source>
        <translation>
            <numerusform>%n session sans TLS ou en dessous de TLS 1.2 : %1.</numerusform>
            <numerusform>%n sessions sans TLS ou en dessous de TLS 1.2 : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the applications behind them (user and client host) and make them connect with TLS; then require TLS for their accounts (REQUIRE SSL) or turn on require_secure_transport.</source>
        <translation>Identifiez les applications concernées (utilisateur et hôte client) et faites-les se connecter avec TLS ; exigez ensuite TLS pour leurs comptes (REQUIRE SSL) ou activez require_secure_transport.</translation>
    </message>
    <message>
        <source>Set tls_version = TLSv1.2 under [mysqld] in the server&apos;s my.cnf and restart it (MySQL 5.7 reads it only at startup).</source>
        <translation>Définissez tls_version = TLSv1.2 sous [mysqld] dans le my.cnf du serveur et redémarrez-le (MySQL 5.7 ne le lit qu&apos;au démarrage).</translation>
    </message>
    <message>
        <source>Install a renewed certificate (ssl_cert, ssl_key) on the server and restart it (MySQL 5.7 reads it only at startup).</source>
        <translation>Installez un certificat renouvelé (ssl_cert, ssl_key) sur le serveur et redémarrez-le (MySQL 5.7 ne le lit qu&apos;au démarrage).</translation>
    </message>
    <message>
        <source>Renew the server&apos;s certificate before then, install it and restart the server (MySQL 5.7 reads it only at startup).</source>
        <translation>Renouvelez le certificat du serveur avant cette date, installez-le et redémarrez le serveur (MySQL 5.7 ne le lit qu&apos;au démarrage).</translation>
    </message>
</context>
<context>
    <name>AuditResultsFilter</name>
    <message>
        <source>All results</source>
        <extracomment>Severity filter of the Fleet Health view</extracomment>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Warnings and failures</source>
        <translation>Avertissements et échecs</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Remarques</translation>
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
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>expired today</source>
        <extracomment>A certificate&apos;s expiry: it expired less than a day ago</extracomment>
        <translation>expiré aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré il y a %n jour</numerusform>
            <numerusform>expiré il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <extracomment>A certificate&apos;s expiry: less than a day left</extracomment>
        <translation>expire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Sans TLS</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Not tested</source>
        <extracomment>Old TLS versions were not tried (unreachable, no TLS, or cancelled)</extracomment>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Which old TLS versions the server accepts: &quot;TLS 1.0, TLS 1.1&quot;, or &quot;No&quot;</extracomment>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Next certificate expiry: %1 a date, %2 &quot;in 29 days&quot; / &quot;expired 3 days ago&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not readable</source>
        <extracomment>Accounts or sessions: not looked at (no login in this audit) or not readable</extracomment>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>Check “Also log in” to look at accounts and sessions.</source>
        <translation>Cochez « Se connecter aussi » pour examiner les comptes et les sessions.</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>The server certificate is not the one of the last audit
----------
Column: whether the server certificate changed since the last audit</extracomment>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>The server certificate is the one of the last audit</extracomment>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Screen reader text of a Fleet Health cell: %1 its text, %2 its severity</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Old TLS accepted</source>
        <translation>Ancien TLS accepté</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Prochaine expiration</translation>
    </message>
    <message>
        <source>Accounts without TLS</source>
        <translation>Comptes sans TLS</translation>
    </message>
    <message>
        <source>Sessions without TLS</source>
        <translation>Sessions sans TLS</translation>
    </message>
</context>
<context>
    <name>AuditSecretsReader</name>
    <message>
        <source>The connection asks for its password each time; an audit does not ask, so it did not log in.</source>
        <translation>La connexion demande son mot de passe à chaque fois ; un audit ne le demande pas, il ne s&apos;est donc pas connecté.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>No password is saved for this connection.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour cette connexion.</translation>
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
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message numerus="yes">
        <source>%n verified</source>
        <extracomment>Part of the audit&apos;s summary line: &quot;12 verified&quot;</extracomment>
        <translation>
            <numerusform>%n vérifiée</numerusform>
            <numerusform>%n vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <extracomment>Part of the audit&apos;s summary line: targets whose worst finding is a failure</extracomment>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <extracomment>Part of the audit&apos;s summary line: targets whose worst finding is a warning</extracomment>
        <translation>
            <numerusform>%n avec avertissements</numerusform>
            <numerusform>%n avec avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within %1</source>
        <extracomment>Part of the audit&apos;s summary line: &quot;3 expiring within 30 days&quot;; %1 is &quot;30 days&quot;</extracomment>
        <translation>
            <numerusform>%n expire d&apos;ici %1</numerusform>
            <numerusform>%n expirent d&apos;ici %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired certificate</source>
        <extracomment>Part of the audit&apos;s summary line: targets with an expired certificate</extracomment>
        <translation>
            <numerusform>%n avec un certificat expiré</numerusform>
            <numerusform>%n avec un certificat expiré</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accept(s) TLS 1.0 or 1.1</source>
        <extracomment>Part of the audit&apos;s summary line: targets (servers) that still accept TLS 1.0 or 1.1</extracomment>
        <translation>
            <numerusform>%n accepte TLS 1.0 ou 1.1</numerusform>
            <numerusform>%n acceptent TLS 1.0 ou 1.1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) without REQUIRE SSL</source>
        <extracomment>Part of the audit&apos;s summary line: accounts that can log in without TLS</extracomment>
        <translation>
            <numerusform>%n compte sans REQUIRE SSL</numerusform>
            <numerusform>%n comptes sans REQUIRE SSL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without TLS 1.2 or later</source>
        <extracomment>Part of the audit&apos;s summary line: live sessions without TLS or below TLS 1.2</extracomment>
        <translation>
            <numerusform>%n session sans TLS 1.2 ou ultérieur</numerusform>
            <numerusform>%n sessions sans TLS 1.2 ou ultérieur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s): %1</source>
        <extracomment>The audit&apos;s summary line: &quot;40 targets: 38 verified, 3 expiring within 30 days, ...&quot;</extracomment>
        <translation>
            <numerusform>%n cible : %1</numerusform>
            <numerusform>%n cibles : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwsCredentialChain</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>Add a profile that asks the aws CLI for them — [profile %1-sslcm] with credential_process = aws configure export-credentials --profile %1 --format process — and choose that one, or use a password command.</source>
        <translation>Ajoutez un profil qui les demande à l&apos;aws CLI — [profile %1-sslcm] avec credential_process = aws configure export-credentials --profile %1 --format process — et choisissez-le, ou utilisez une commande de mot de passe.</translation>
    </message>
    <message>
        <source>Only one of aws_access_key_id and aws_secret_access_key is set for %1: set both.</source>
        <translation>Une seule des clés aws_access_key_id et aws_secret_access_key est définie pour %1 : définissez les deux.</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile “%1”: %2</source>
        <translation>Le credential_process du profil AWS « %1 » : %2</translation>
    </message>
    <message>
        <source>the command cannot be read: %1.</source>
        <translation>la commande ne peut pas être lue : %1.</translation>
    </message>
    <message>
        <source>the command is empty.</source>
        <translation>la commande est vide.</translation>
    </message>
    <message>
        <source>it must print {&quot;Version&quot;: 1, &quot;AccessKeyId&quot;: ..., &quot;SecretAccessKey&quot;: ..., &quot;SessionToken&quot;: ..., &quot;Expiration&quot;: ...}.</source>
        <translation>il doit afficher {&quot;Version&quot;: 1, &quot;AccessKeyId&quot;: ..., &quot;SecretAccessKey&quot;: ..., &quot;SessionToken&quot;: ..., &quot;Expiration&quot;: ...}.</translation>
    </message>
    <message>
        <source>what it printed is not JSON; %1</source>
        <translation>ce qu&apos;il a affiché n&apos;est pas du JSON ; %1</translation>
    </message>
    <message>
        <source>its output is not of Version 1; %1</source>
        <translation>sa sortie n&apos;est pas au format Version 1 ; %1</translation>
    </message>
    <message>
        <source>AccessKeyId or SecretAccessKey is missing; %1</source>
        <translation>AccessKeyId ou SecretAccessKey manque ; %1</translation>
    </message>
    <message>
        <source>Expiration “%1” is not an ISO 8601 time.</source>
        <translation>Expiration « %1 » n&apos;est pas une date ISO 8601.</translation>
    </message>
    <message>
        <source>the credentials it printed expired at %1; sign in again (for example aws sso login) and retry.</source>
        <translation>les identifiants qu&apos;il a affichés ont expiré le %1 ; reconnectez-vous (par exemple avec aws sso login) et réessayez.</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>le credential_process du profil %1</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>les variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set: set both, or neither to use a profile.</source>
        <translation>Une seule des variables AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY est définie : définissez les deux, ou aucune pour utiliser un profil.</translation>
    </message>
    <message>
        <source>No AWS credentials found: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and neither %1 nor %2 has a default profile. Run aws configure, or choose a profile.</source>
        <translation>Aucun identifiant AWS trouvé : AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY ne sont pas définies, et ni %1 ni %2 ne contient de profil par défaut. Exécutez aws configure ou choisissez un profil.</translation>
    </message>
    <message>
        <source>There is no AWS profile “%1” in %2 or %3.</source>
        <translation>Il n&apos;y a pas de profil AWS « %1 » dans %2 ni dans %3.</translation>
    </message>
    <message>
        <source>AWS profile “%1” sets %2: its credentials must be fetched from AWS over the network, which sslcm does not do.</source>
        <translation>Le profil AWS « %1 » définit %2 : ses identifiants doivent être obtenus auprès d&apos;AWS par le réseau, ce que sslcm ne fait pas.</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>le profil %1 dans %2</translation>
    </message>
    <message>
        <source>AWS profile “%1” has no credentials: set its aws_access_key_id and aws_secret_access_key, or a credential_process.</source>
        <translation>Le profil AWS « %1 » n&apos;a pas d&apos;identifiants : définissez-y aws_access_key_id et aws_secret_access_key, ou un credential_process.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>Qt&apos;s MySQL driver (QMYSQL) is not installed; install the package libqt6sql6-mysql.</source>
        <translation>Le pilote MySQL de Qt (QMYSQL) n&apos;est pas installé ; installez le paquet libqt6sql6-mysql.</translation>
    </message>
    <message>
        <source>The MySQL client library used by QMYSQL could not be found.</source>
        <translation>La bibliothèque cliente MySQL utilisée par QMYSQL est introuvable.</translation>
    </message>
    <message>
        <source>%1, loaded from %2</source>
        <extracomment>%1 is a library name and version, %2 the file it was loaded from</extracomment>
        <translation>%1, chargée depuis %2</translation>
    </message>
    <message>
        <source>sslcm:</source>
        <translation>sslcm :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL :</translation>
    </message>
    <message>
        <source>MySQL client library:</source>
        <translation>Bibliothèque cliente MySQL :</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Système d&apos;exploitation :</translation>
    </message>
</context>
<context>
    <name>CaDownloadDialog</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Cancel Download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Use This CA Certificate</source>
        <translation>&amp;Utiliser ce certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Download CA Certificate</source>
        <translation>Télécharger le certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Another HTTPS address</source>
        <extracomment>Download a CA certificate from an address that is not one of the known providers</extracomment>
        <translation>Autre adresse HTTPS</translation>
    </message>
    <message>
        <source>Address of the CA certificate</source>
        <translation>Adresse du certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Download the CA certificate</source>
        <translation>Télécharger le certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>The downloaded certificates are shown here. Nothing is stored until you have looked at them and chosen to use them.</source>
        <translation>Les certificats téléchargés s&apos;affichent ici. Rien n&apos;est enregistré tant que vous ne les avez pas examinés et n&apos;avez pas choisi de les utiliser.</translation>
    </message>
    <message>
        <source>Use the downloaded CA certificate as the CA file</source>
        <translation>Utiliser le certificat d&apos;AC téléchargé comme fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Saves the certificates in sslcm&apos;s data folder and makes the file this connection&apos;s CA file.</source>
        <translation>Enregistre les certificats dans le dossier de données de sslcm et fait de ce fichier le fichier d&apos;AC de cette connexion.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Provider&apos;s documentation</source>
        <translation>Documentation du fournisseur</translation>
    </message>
    <message>
        <source>Enter the HTTPS address where the CA certificate is published. The server must have a certificate your system trusts.</source>
        <translation>Saisissez l&apos;adresse HTTPS à laquelle le certificat d&apos;AC est publié. Le serveur doit disposer d&apos;un certificat auquel votre système fait confiance.</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>Téléchargement de %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) downloaded from %1. Check them below; nothing is stored until you choose “Use This CA Certificate”.</source>
        <extracomment>%n certificates were downloaded from %1 (an address)</extracomment>
        <translation>
            <numerusform>%n certificat téléchargé depuis %1. Vérifiez-le ci-dessous ; rien n&apos;est enregistré tant que vous n&apos;avez pas choisi « Utiliser ce certificat d&apos;AC ».</numerusform>
            <numerusform>%n certificats téléchargés depuis %1. Vérifiez-les ci-dessous ; rien n&apos;est enregistré tant que vous n&apos;avez pas choisi « Utiliser ce certificat d&apos;AC ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded from %1</source>
        <extracomment>Where the certificates shown came from; %1 is an address</extracomment>
        <translation>Téléchargé depuis %1</translation>
    </message>
</context>
<context>
    <name>CaDownloader</name>
    <message>
        <source>Only https:// addresses are downloaded.</source>
        <translation>Seules les adresses https:// sont téléchargées.</translation>
    </message>
    <message>
        <source>The download is larger than %1 KiB: that is not a CA certificate bundle.</source>
        <translation>Le téléchargement dépasse %1 Kio : ce n&apos;est pas un lot de certificats d&apos;AC.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Le téléchargement a échoué : %1</translation>
    </message>
    <message>
        <source>The download was redirected away from HTTPS.</source>
        <translation>Le téléchargement a été redirigé hors de HTTPS.</translation>
    </message>
    <message>
        <source>The download holds no certificate.</source>
        <translation>Le fichier téléchargé ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>There is no certificate to save.</source>
        <translation>Il n&apos;y a aucun certificat à enregistrer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>« %1 » n&apos;est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>EXPIRED %1 ago</source>
        <translation>EXPIRÉ depuis %1</translation>
    </message>
    <message>
        <source>NOT YET VALID, starts in %1</source>
        <translation>PAS ENCORE VALIDE, débute dans %1</translation>
    </message>
    <message>
        <source>valid, %1 left</source>
        <translation>valide, encore %1</translation>
    </message>
    <message>
        <source>subject:</source>
        <translation>sujet :</translation>
    </message>
    <message>
        <source>issuer:</source>
        <translation>émetteur :</translation>
    </message>
    <message>
        <source>serial:</source>
        <translation>numéro de série :</translation>
    </message>
    <message>
        <source>version:</source>
        <translation>version :</translation>
    </message>
    <message>
        <source>not before:</source>
        <translation>début de validité :</translation>
    </message>
    <message>
        <source>not after:</source>
        <translation>fin de validité :</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>état :</translation>
    </message>
    <message>
        <source>public key:</source>
        <translation>clé publique :</translation>
    </message>
    <message>
        <source>signature:</source>
        <translation>signature :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1 :</translation>
    </message>
    <message>
        <source>alternative names:</source>
        <translation>noms alternatifs :</translation>
    </message>
    <message>
        <source>key usage:</source>
        <translation>utilisation de la clé :</translation>
    </message>
    <message>
        <source>extended key usage:</source>
        <translation>utilisation étendue de la clé :</translation>
    </message>
    <message>
        <source>CA:</source>
        <translation>AC :</translation>
    </message>
    <message>
        <source>yes, path length %1</source>
        <translation>oui, longueur de chemin %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>subject key id:</source>
        <translation>identifiant de clé du sujet :</translation>
    </message>
    <message>
        <source>authority key id:</source>
        <translation>identifiant de clé de l&apos;autorité :</translation>
    </message>
    <message>
        <source>CRL:</source>
        <translation>CRL :</translation>
    </message>
    <message>
        <source>OCSP:</source>
        <translation>OCSP :</translation>
    </message>
    <message>
        <source>CA issuers:</source>
        <translation>émetteurs de l&apos;AC :</translation>
    </message>
    <message>
        <source>self-signed:</source>
        <translation>auto-signé :</translation>
    </message>
    <message>
        <source>  cert FILE [--json] [--host NAME] [--ca FILE] [--capath DIR] [--at DATE]
                            show every certificate in FILE (PEM, DER, PKCS#7);
                            check the host name and the chain to a CA at DATE
                            (ISO 8601, default now); exit 1 if something is wrong
</source>
        <translation>  cert FILE [--json] [--host NAME] [--ca FILE] [--capath DIR] [--at DATE]
                            afficher chaque certificat de FILE (PEM, DER, PKCS#7) ;
                            vérifier le nom d&apos;hôte et la chaîne jusqu&apos;à une AC à la date DATE
                            (ISO 8601, maintenant par défaut) ; code de sortie 1 en cas de problème
</translation>
    </message>
    <message>
        <source>&quot;cert&quot; needs a FILE</source>
        <translation>&quot;cert&quot; nécessite un fichier (FILE)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date such as 2031-05-04 or 2031-05-04T12:00:00Z</source>
        <translation>--at nécessite une date ISO 8601, par exemple 2031-05-04 ou 2031-05-04T12:00:00Z</translation>
    </message>
    <message>
        <source>host %1: matches %2</source>
        <translation>hôte %1 : correspond à %2</translation>
    </message>
    <message>
        <source>host %1: DOES NOT MATCH. %2</source>
        <translation>hôte %1 : NE CORRESPOND PAS. %2</translation>
    </message>
    <message numerus="yes">
        <source>chain: verified against %1 (%n certificate(s))</source>
        <translation>
            <numerusform>chaîne : vérifiée par rapport à %1 (%n certificat)</numerusform>
            <numerusform>chaîne : vérifiée par rapport à %1 (%n certificats)</numerusform>
        </translation>
    </message>
    <message>
        <source>chain: DOES NOT VERIFY against %1. %2</source>
        <translation>chaîne : ÉCHEC DE LA VÉRIFICATION par rapport à %1. %2</translation>
    </message>
    <message>
        <source>Certificate %1 of %2</source>
        <translation>Certificat %1 sur %2</translation>
    </message>
</context>
<context>
    <name>CertificateChainModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Certification path</source>
        <translation>Chemin de certification</translation>
    </message>
</context>
<context>
    <name>CertificateChecks</name>
    <message>
        <source>The private key is encrypted; enter its passphrase to check it.</source>
        <translation>La clé privée est chiffrée ; saisissez sa phrase secrète pour la vérifier.</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key could not be read.</source>
        <translation>Impossible de lire la clé publique du certificat.</translation>
    </message>
    <message>
        <source>The private key (%1) does not belong to the certificate &quot;%2&quot; (%3).</source>
        <translation>La clé privée (%1) n&apos;appartient pas au certificat « %2 » (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CA certificate (it has no CA:TRUE): it looks like a server&apos;s or client&apos;s own certificate. Use the CA certificate that issued it.</source>
        <translation>« %1 » n&apos;est pas un certificat d&apos;AC (il n&apos;a pas CA:TRUE) : il ressemble au certificat propre d&apos;un serveur ou d&apos;un client. Utilisez le certificat d&apos;AC qui l&apos;a émis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; says it is a CA but may not sign certificates (no Certificate Sign key usage).</source>
        <translation>« %1 » se déclare comme AC mais n&apos;est pas autorisé à signer des certificats (pas d&apos;utilisation de clé Certificate Sign).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expired on %2 (%3 ago).</source>
        <translation>« %1 » a expiré le %2 (il y a %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid before %2 (in %3).</source>
        <translation>« %1 » n&apos;est pas valide avant le %2 (dans %3).</translation>
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
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Noms alternatifs du sujet (SAN)</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>Noms DNS</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>URIs</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>not critical</source>
        <translation>non critique</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>CertificateDisplay</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>moins d&apos;une heure</translation>
    </message>
</context>
<context>
    <name>CertificateFilePicker</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>Optional: a folder of hashed CA certificates</source>
        <translation>Facultatif : un dossier de certificats d&apos;AC hachés</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <extracomment>%1 is the field, e.g. &quot;CA certificate file&quot;</extracomment>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Choose a CA Certificate Folder</source>
        <translation>Choisir un dossier de certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Choose a Private Key</source>
        <translation>Choisir une clé privée</translation>
    </message>
    <message>
        <source>Choose a Certificate File</source>
        <translation>Choisir un fichier de certificat</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der *.p8)</source>
        <translation>Clés (*.pem *.key *.der *.p8)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No CA file: the system&apos;s trusted certificate authorities are used.</source>
        <translation>Aucun fichier d&apos;AC : les autorités de certification de confiance du système sont utilisées.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is a file, not a folder; choose it as the CA file instead.</source>
        <translation>Ceci est un fichier, pas un dossier ; choisissez-le plutôt comme fichier d&apos;AC.</translation>
    </message>
    <message numerus="yes">
        <source>This folder holds %n file(s).</source>
        <translation>
            <numerusform>Ce dossier contient %n fichier.</numerusform>
            <numerusform>Ce dossier contient %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder of hashed CA certificates, or the CA file above</source>
        <translation>Un dossier de certificats d&apos;AC hachés, ou le fichier d&apos;AC ci-dessus</translation>
    </message>
    <message>
        <source>Required: your provider&apos;s CA certificate</source>
        <translation>Requis : le certificat d&apos;AC de votre fournisseur</translation>
    </message>
    <message>
        <source>No CA file yet: this mode checks the server against your provider&apos;s CA certificate, so choose it here (or a CA folder below).</source>
        <translation>Pas encore de fichier d&apos;AC : ce mode vérifie le serveur avec le certificat d&apos;AC de votre fournisseur ; choisissez-le donc ici (ou un dossier d&apos;AC ci-dessous).</translation>
    </message>
</context>
<context>
    <name>CertificateFileSummary</name>
    <message>
        <source>This file holds a private key, %1 (%2).</source>
        <translation>Ce fichier contient une clé privée, %1 (%2).</translation>
    </message>
    <message>
        <source>This file holds an encrypted private key (%1); its passphrase will be asked for.</source>
        <translation>Ce fichier contient une clé privée chiffrée (%1) ; sa phrase secrète vous sera demandée.</translation>
    </message>
    <message>
        <source>valid until %1 (%2)</source>
        <translation>valide jusqu&apos;au %1 (encore %2)</translation>
    </message>
    <message>
        <source>This file holds a private key where a certificate was expected.</source>
        <translation>Ce fichier contient une clé privée alors qu&apos;un certificat était attendu.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n CA certificate(s) in this file is valid now.</source>
        <translation>
            <numerusform>Aucun certificat d&apos;AC de ce fichier (%n) n&apos;est valide actuellement.</numerusform>
            <numerusform>Aucun des %n certificats d&apos;AC de ce fichier n&apos;est valide actuellement.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds 1 CA certificate, %1, %2.</source>
        <translation>Ce fichier contient 1 certificat d&apos;AC, %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n CA certificate(s).</source>
        <translation>
            <numerusform>Ce fichier contient %n certificat d&apos;AC.</numerusform>
            <numerusform>Ce fichier contient %n certificats d&apos;AC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be used now (expired or not yet valid).</source>
        <translation>
            <numerusform>%n d&apos;entre eux n&apos;est pas utilisable actuellement (expiré ou pas encore valide).</numerusform>
            <numerusform>%n d&apos;entre eux ne sont pas utilisables actuellement (expirés ou pas encore valides).</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds a certificate for &quot;%1&quot;, %2, %3.</source>
        <translation>Ce fichier contient un certificat pour « %1 », %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n certificate(s); the first is &quot;%1&quot;, %2, %3.</source>
        <translation>
            <numerusform>Ce fichier contient %n certificat ; il s&apos;agit de « %1 », %2, %3.</numerusform>
            <numerusform>Ce fichier contient %n certificats ; le premier est « %1 », %2, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>It also holds a private key.</source>
        <translation>Il contient également une clé privée.</translation>
    </message>
</context>
<context>
    <name>CertificateLoader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB); certificate and key files are smaller than %3 MB.</source>
        <translation>Le fichier %1 est trop volumineux (%2 Mo) ; les fichiers de certificat et de clé font moins de %3 Mo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 is too large; certificate and key files are smaller than %2 MB.</source>
        <translation>Le fichier %1 est trop volumineux ; les fichiers de certificat et de clé font moins de %2 Mo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The data is too large; certificate files are smaller than %1 MB.</source>
        <translation>Les données sont trop volumineuses ; les fichiers de certificat font moins de %1 Mo.</translation>
    </message>
    <message>
        <source>Block %1 (%2) is damaged and was skipped.</source>
        <translation>Le bloc %1 (%2) est endommagé et a été ignoré.</translation>
    </message>
    <message>
        <source>The PKCS#7 bundle holds no certificates.</source>
        <translation>Le lot PKCS#7 ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>The file looks like a certificate file, but its certificates are damaged.</source>
        <translation>Le fichier ressemble à un fichier de certificat, mais ses certificats sont endommagés.</translation>
    </message>
    <message>
        <source>The file holds a private key, not a certificate.</source>
        <translation>Le fichier contient une clé privée, pas un certificat.</translation>
    </message>
    <message>
        <source>The file holds no certificate, only: %1.</source>
        <translation>Le fichier ne contient aucun certificat, seulement : %1.</translation>
    </message>
    <message>
        <source>This is not a certificate file (neither PEM, DER nor PKCS#7).</source>
        <translation>Ce n&apos;est pas un fichier de certificat (ni PEM, ni DER, ni PKCS#7).</translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <extracomment>Window title; %1 is a file name</extracomment>
        <translation>Certificat : %1</translation>
    </message>
    <message>
        <source>Server Certificate Chain</source>
        <translation>Chaîne de certificats du serveur</translation>
    </message>
    <message>
        <source>Presented by the server</source>
        <extracomment>Where the certificates shown came from</extracomment>
        <translation>Présentés par le serveur</translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Name mismatch</source>
        <translation>Nom non concordant</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expired on %1, %2 ago.</source>
        <translation>Expiré le %1, il y a %2.</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <source>Valid from %1, in %2.</source>
        <translation>Valide à partir du %1, dans %2.</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Non fiable</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1; renew it soon.</source>
        <translation>Valide jusqu&apos;au %1 ; renouvelez-le bientôt.</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>Signed by its own key: trust it only if you know where it came from. Valid until %1.</source>
        <translation>Signé par sa propre clé : ne lui faites confiance que si vous savez d&apos;où il provient. Valide jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 left).</source>
        <translation>Valide jusqu&apos;au %1 (encore %2).</translation>
    </message>
</context>
<context>
    <name>CertificateViewer</name>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Open a certificate file or drop one here.</source>
        <translation>Ouvrez un fichier de certificat ou déposez-en un ici.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a certificate file (PEM, DER or PKCS#7)</source>
        <translation>Ouvrir un fichier de certificat (PEM, DER ou PKCS#7)</translation>
    </message>
    <message>
        <source>Compare with CA &amp;File…</source>
        <translation>Comparer avec un &amp;fichier d&apos;AC…</translation>
    </message>
    <message>
        <source>Check whether this chain leads to the CA certificates in a file</source>
        <translation>Vérifier si cette chaîne mène aux certificats d&apos;AC contenus dans un fichier</translation>
    </message>
    <message>
        <source>Compare with CA file</source>
        <translation>Comparer avec un fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Time left until expiry</source>
        <translation>Temps restant avant expiration</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy SHA-256 fingerprint</source>
        <translation>Copier l&apos;empreinte SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint to the clipboard</source>
        <translation>Copier l&apos;empreinte SHA-256 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Temps restant :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Certification path</source>
        <translation>Chemin de certification</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Fields and extensions</source>
        <translation>Champs et extensions</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Certificate in PEM format</source>
        <translation>Certificat au format PEM</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>Copier le PEM</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save certificate as PEM file</source>
        <translation>Enregistrer le certificat dans un fichier PEM</translation>
    </message>
    <message>
        <source>&amp;PEM</source>
        <translation>&amp;PEM</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b *.p7c)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>✓ The chain leads to “%1” in %2.</source>
        <extracomment>✓ is shown with the text, never colour alone</extracomment>
        <translation>✓ La chaîne mène à « %1 » dans %2.</translation>
    </message>
    <message>
        <source>✗ The chain does not lead to the CA in %1: it names the issuer “%2”, and the file holds %3. %4</source>
        <translation>✗ La chaîne ne mène pas à l&apos;AC de %1 : elle indique l&apos;émetteur « %2 », et le fichier contient %3. %4</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n certificate(s)</source>
        <translation>
            <numerusform>%1 — %n certificat</numerusform>
            <numerusform>%1 — %n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Aucun certificat</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Ce n&apos;est pas un certificat</translation>
    </message>
    <message>
        <source>%1 (itself)</source>
        <translation>%1 (lui-même)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré depuis %1</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>débute dans %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>No certificate is selected.</source>
        <translation>Aucun certificat n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Ouvrir un certificat</translation>
    </message>
    <message>
        <source>Save certificate as</source>
        <translation>Enregistrer le certificat sous</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <source>There is no certificate to verify.</source>
        <translation>Il n&apos;y a aucun certificat à vérifier.</translation>
    </message>
    <message>
        <source>The certificate could not be decoded.</source>
        <translation>Impossible de décoder le certificat.</translation>
    </message>
    <message>
        <source>OpenSSL could not start the verification.</source>
        <translation>OpenSSL n&apos;a pas pu démarrer la vérification.</translation>
    </message>
    <message>
        <source>The chain does not verify: %1.</source>
        <translation>La vérification de la chaîne a échoué : %1.</translation>
    </message>
    <message>
        <source>The CA file cannot be used: %1</source>
        <translation>Le fichier d&apos;AC est inutilisable : %1</translation>
    </message>
    <message>
        <source>The CA folder %1 does not exist.</source>
        <translation>Le dossier d&apos;AC %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The CA folder %1 cannot be used.</source>
        <translation>Le dossier d&apos;AC %1 est inutilisable.</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CA certificates could not be loaded.</source>
        <translation>Les certificats d&apos;AC approuvés par le système n&apos;ont pas pu être chargés.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;sslcm-cli --help&quot; for usage.</source>
        <translation>Exécutez &quot;sslcm-cli --help&quot; pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>commande manquante</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; needs a subcommand: list, add or remove</source>
        <translation>&quot;profiles&quot; nécessite une sous-commande : list, add ou remove</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;profiles %1&quot;</source>
        <translation>sous-commande inconnue &quot;profiles %1&quot;</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No profiles. Add one with &quot;sslcm-cli profiles add --name NAME --host HOST&quot; or in the sslcm window.</source>
        <translation>Aucun profil. Ajoutez-en un avec &quot;sslcm-cli profiles add --name NAME --host HOST&quot; ou dans la fenêtre de sslcm.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>SSL MODE</source>
        <translation>MODE SSL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--host is required</source>
        <translation>--host est obligatoire</translation>
    </message>
    <message>
        <source>--port must be a number between 1 and 65535, not &quot;%1&quot;</source>
        <translation>--port doit être un nombre compris entre 1 et 65535, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown --ssl-mode &quot;%1&quot;; use disabled, preferred, required, verify-ca or verify-identity</source>
        <translation>--ssl-mode inconnu &quot;%1&quot; ; utilisez disabled, preferred, required, verify-ca ou verify-identity</translation>
    </message>
    <message>
        <source>unknown --tls-version &quot;%1&quot;; use TLSv1.2 or TLSv1.3</source>
        <translation>--tls-version inconnue &quot;%1&quot; ; utilisez TLSv1.2 ou TLSv1.3</translation>
    </message>
    <message>
        <source>--pin must be a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--pin doit être une empreinte SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>--connect-timeout must be a number of seconds</source>
        <translation>--connect-timeout doit être un nombre de secondes</translation>
    </message>
    <message>
        <source>--%1: %2 does not exist</source>
        <translation>--%1 : %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>--%1: %2 is not a folder</source>
        <translation>--%1 : %2 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>--%1: %2 is a folder, not a file</source>
        <translation>--%1 : %2 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>--%1: %2 cannot be read (check its permissions)</source>
        <translation>--%1 : impossible de lire %2 (vérifiez ses permissions)</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>the profile file cannot be changed; nothing was added</source>
        <translation>impossible de modifier le fichier de profils ; rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin : l&apos;entrée standard ne contenait aucun mot de passe</translation>
    </message>
    <message>
        <source>the password could not be stored, so the profile was not added: %1</source>
        <translation>impossible d&apos;enregistrer le mot de passe ; le profil n&apos;a donc pas été ajouté : %1</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; (%2).</source>
        <translation>Profil « %1 » (%2) ajouté.</translation>
    </message>
    <message>
        <source>&quot;test&quot; takes one profile, or connection options</source>
        <translation>&quot;test&quot; attend un profil ou des options de connexion</translation>
    </message>
    <message>
        <source>give either a profile or --host, not both</source>
        <translation>indiquez soit un profil, soit --host, mais pas les deux</translation>
    </message>
    <message>
        <source>no profile is named or has the id &quot;%1&quot;</source>
        <translation>aucun profil ne porte le nom ou l&apos;identifiant « %1 »</translation>
    </message>
    <message>
        <source>&quot;probe&quot; takes one HOST or HOST:PORT</source>
        <translation>&quot;probe&quot; attend un seul HOST ou HOST:PORT</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST or HOST:PORT</source>
        <translation>&quot;%1&quot; n&apos;est pas de la forme HOST ou HOST:PORT</translation>
    </message>
    <message>
        <source>&quot;profiles remove&quot; takes exactly one profile name or id</source>
        <translation>&quot;profiles remove&quot; attend exactement un nom ou un identifiant de profil</translation>
    </message>
    <message>
        <source>the profile file cannot be changed; nothing was removed</source>
        <translation>impossible de modifier le fichier de profils ; rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; (%2).</source>
        <translation>Profil « %1 » (%2) supprimé.</translation>
    </message>
    <message>
        <source>warning: the profile&apos;s stored secrets could not be deleted: %1</source>
        <translation>avertissement : impossible de supprimer les secrets enregistrés du profil : %1</translation>
    </message>
    <message>
        <source>the profile file cannot be changed</source>
        <translation>impossible de modifier le fichier de profils</translation>
    </message>
    <message>
        <source>no TLS session with %1: %2</source>
        <translation>aucune session TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>the server presented no CA certificate to trust; pin its certificate with --pin instead</source>
        <translation>le serveur n&apos;a présenté aucun certificat d&apos;AC auquel faire confiance ; épinglez plutôt son certificat avec --pin</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be read</source>
        <translation>impossible de lire le certificat du serveur</translation>
    </message>
    <message>
        <source>CA certificate presented by %1:</source>
        <translation>Certificat d&apos;AC présenté par %1 :</translation>
    </message>
    <message>
        <source>Server certificate presented by %1:</source>
        <translation>Certificat serveur présenté par %1 :</translation>
    </message>
    <message>
        <source>  subject: %1</source>
        <translation>  sujet :     %1</translation>
    </message>
    <message>
        <source>  issuer:  %1</source>
        <translation>  émetteur :  %1</translation>
    </message>
    <message>
        <source>  valid:   %1 to %2</source>
        <translation>  validité :  du %1 au %2</translation>
    </message>
    <message>
        <source>Compare the fingerprint with one from the server&apos;s administrator or provider, then run again with --yes to trust it.</source>
        <translation>Comparez l&apos;empreinte avec celle fournie par l&apos;administrateur ou le fournisseur du serveur, puis relancez la commande avec --yes pour lui faire confiance.</translation>
    </message>
    <message>
        <source>Saved as %1; it is now the profile&apos;s CA file (mode %2).</source>
        <translation>Enregistré sous %1 ; c&apos;est désormais le fichier d&apos;AC du profil (mode %2).</translation>
    </message>
    <message>
        <source>Pinned; a different certificate will be refused (mode %1).</source>
        <translation>Épinglé ; un autre certificat sera refusé (mode %1).</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be tested as it is: %2</source>
        <translation>le profil « %1 » ne peut pas être testé en l&apos;état : %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n profiles are named &quot;%1&quot;; give the id of one: %2</source>
        <translation>
            <numerusform>%n profil s&apos;appelle « %1 » ; indiquez l&apos;identifiant de l&apos;un d&apos;eux : %2</numerusform>
            <numerusform>%n profils s&apos;appellent « %1 » ; indiquez l&apos;identifiant de l&apos;un d&apos;eux : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the result was not kept with the profile: %1</source>
        <translation>avertissement : le résultat n&apos;a pas été conservé avec le profil : %1</translation>
    </message>
    <message>
        <source>choose one password source: --ask-password, --password-command or --aws-iam</source>
        <translation>choisissez une seule source de mot de passe : --ask-password, --password-command ou --aws-iam</translation>
    </message>
    <message>
        <source>--clear-text-token goes with --password-command</source>
        <translation>--clear-text-token s&apos;utilise avec --password-command</translation>
    </message>
    <message>
        <source>--aws-region and --aws-profile go with --aws-iam</source>
        <translation>--aws-region et --aws-profile s&apos;utilisent avec --aws-iam</translation>
    </message>
    <message>
        <source>--password-stdin gives the password itself: it does not go with --password-command or --aws-iam</source>
        <translation>--password-stdin fournit le mot de passe lui-même : il ne s&apos;utilise pas avec --password-command ou --aws-iam</translation>
    </message>
    <message>
        <source>--password-command: %1</source>
        <translation>--password-command : %1</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>MOT DE PASSE</translation>
    </message>
    <message>
        <source>--password-stdin stores a password in the keychain; this profile&apos;s password comes from somewhere else</source>
        <translation>--password-stdin enregistre un mot de passe dans le trousseau ; le mot de passe de ce profil provient d&apos;ailleurs</translation>
    </message>
    <message>
        <source>  token PROFILE [--force]   a fresh password or sign-in token from the profile&apos;s
                            password command or AWS RDS IAM sign-in, on standard
                            output, for mysql --password=&quot;$(sslcm-cli token PROFILE)&quot;;
                            refuses a terminal unless --force
</source>
        <translation>  token PROFILE [--force]   un mot de passe ou un jeton de connexion neuf, issu de la commande
                            de mot de passe du profil ou de l&apos;authentification AWS RDS IAM,
                            sur la sortie standard, pour mysql --password=&quot;$(sslcm-cli token PROFILE)&quot; ;
                            refuse d&apos;écrire sur un terminal sauf avec --force
</translation>
    </message>
    <message>
        <source>&quot;token&quot; takes one profile</source>
        <translation>« token » attend un profil</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no password command or AWS sign-in (its password: %2); &quot;token&quot; only prints what such a source makes</source>
        <translation>le profil « %1 » n&apos;a ni commande de mot de passe ni authentification AWS (son mot de passe : %2) ; « token » n&apos;affiche que ce que produit une telle source</translation>
    </message>
    <message>
        <source>standard output is a terminal: the token would stay on the screen. Use it in a command substitution or a pipe, or add --force</source>
        <translation>la sortie standard est un terminal : le jeton resterait affiché à l&apos;écran. Utilisez la commande dans une substitution de commande ou un tube, ou ajoutez --force</translation>
    </message>
    <message>
        <source>the token could not be written to standard output</source>
        <translation>le jeton n&apos;a pas pu être écrit sur la sortie standard</translation>
    </message>
    <message>
        <source>Passphrase for the SSH key %1: </source>
        <extracomment>%1 is the SSH jump host&apos;s private key file</extracomment>
        <translation>Phrase secrète de la clé SSH %1 : </translation>
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
        <translation>Utilisation : sslcm-cli COMMAND [OPTIONS]

Commandes :
  --version                 versions de sslcm, Qt, OpenSSL et de la bibliothèque cliente MySQL utilisée
  profiles list [--json]    lister les profils de connexion enregistrés
  profiles add --name N --host H [--port P] [--user U] [--database D]
               [--ssl-mode MODE] [--ssl-ca F] [--ssl-capath D] [--ssl-cert F]
               [--ssl-key F] [--tls-version TLSv1.2|TLSv1.3] [--ssl-cipher C]
               [--pin SHA256] [--connect-timeout S] [--notes TEXT]
               [--password-stdin | --ask-password
                | --password-command COMMAND [--clear-text-token]
                | --aws-iam [--aws-region R] [--aws-profile P]]
               [--ssh [USER@]HOST[:PORT] [--ssh-key F [--ssh-key-passphrase-stdin]
                                         | --ssh-password-stdin]]
                            ajouter un profil ; le mot de passe lu sur l&apos;entrée standard va
                            dans le trousseau du système, jamais dans un fichier ; ou il est
                            demandé, affiché par COMMAND (exécuté sans shell ; {host} {port}
                            {user} sont remplacés), ou c&apos;est un jeton AWS RDS IAM que sslcm
                            signe lui-même
  profiles remove NAME|ID   supprimer un profil et ses secrets enregistrés
  test PROFILE [--json] [--password-stdin] [--ssh-password-stdin
       | --ssh-key-passphrase-stdin]
  test --host H [--port P] [--user U] [--database D] [--ssl-mode MODE]
       [--ssl-ca F] [--ssl-capath D] [--ssl-cert F --ssl-key F] [--pin SHA256]
       [--tls-version TLSv1.2|TLSv1.3] [--connect-timeout S] [--password-stdin] [--json]
       [--password-command COMMAND [--clear-text-token] | --aws-iam ...]
       [--ssh [USER@]HOST[:PORT] [--ssh-key F | --ssh-password-stdin] ...]
                            tester une connexion étape par étape via la passerelle TLS de sslcm ;
                            code de sortie 0 sûre et vérifiée, 1 connectée mais plus faible,
                            2 échec
  trust PROFILE --use-server-ca|--pin [--yes]
                            confiance au premier usage : afficher le certificat de CA du serveur
                            (ou l&apos;empreinte de son certificat) et, avec --yes, en faire le fichier
                            CA du profil (ou l&apos;épingler)
  trust PROFILE|--ssh [USER@]HOST[:PORT] --ssh-host-key [--yes]
                            afficher le type de clé et l&apos;empreinte SHA256 de l&apos;hôte de rebond SSH
                            et, après confirmation dans le terminal ou avec --yes, l&apos;ajouter à la
                            liste propre à sslcm ; une clé modifiée est refusée, avec ou sans
                            --yes
  probe HOST[:PORT] [--ssl-ca F] [--ssl-capath D] [--json]
        [--ssh [USER@]HOST[:PORT] [--ssh-key F | --ssh-password-stdin]]
                            les caractéristiques TLS et la chaîne de certificats du serveur, sans
                            ouvrir de session
</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <extracomment>%1 is the database&apos;s host:port as the SSH jump host sees it, %2 the jump host</extracomment>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>%1 via an SSH jump host this version cannot read</source>
        <extracomment>%1 is the database&apos;s host:port; the profile&apos;s SSH jump host is from a newer sslcm</extracomment>
        <translation>%1 via un hôte de rebond SSH que cette version ne sait pas lire</translation>
    </message>
    <message>
        <source>could not read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>--ssh-password-stdin: standard input held no SSH password</source>
        <translation>--ssh-password-stdin : l&apos;entrée standard ne contenait aucun mot de passe SSH</translation>
    </message>
    <message>
        <source>--ssh-key-passphrase-stdin: standard input held no passphrase</source>
        <translation>--ssh-key-passphrase-stdin : l&apos;entrée standard ne contenait aucune phrase secrète</translation>
    </message>
    <message>
        <source>the SSH password or key passphrase could not be stored, so the profile was not added: %1</source>
        <translation>impossible d&apos;enregistrer le mot de passe SSH ou la phrase secrète de la clé, le profil n&apos;a donc pas été ajouté : %1</translation>
    </message>
    <message>
        <source>warning: %1; the profile was added all the same</source>
        <translation>avertissement : %1 ; le profil a tout de même été ajouté</translation>
    </message>
    <message>
        <source>--%1 goes with --host; a profile&apos;s SSH jump host is part of the profile</source>
        <translation>--%1 va avec --host ; l&apos;hôte de rebond SSH d&apos;un profil fait partie du profil</translation>
    </message>
    <message>
        <source>--ssh-password-stdin: profile &quot;%1&quot; does not log in to an SSH jump host with a password</source>
        <translation>--ssh-password-stdin : le profil &quot;%1&quot; ne se connecte pas à un hôte de rebond SSH avec un mot de passe</translation>
    </message>
    <message>
        <source>--ssh-key-passphrase-stdin: profile &quot;%1&quot; does not log in to an SSH jump host with a key file</source>
        <translation>--ssh-key-passphrase-stdin : le profil &quot;%1&quot; ne se connecte pas à un hôte de rebond SSH avec un fichier de clé</translation>
    </message>
    <message>
        <source>warning: the passphrase was not kept in the keychain: %1</source>
        <translation>avertissement : la phrase secrète n&apos;a pas été conservée dans le trousseau : %1</translation>
    </message>
    <message>
        <source>--ssh-host-key trusts the SSH jump host&apos;s key; it does not go with --use-server-ca or --pin</source>
        <translation>--ssh-host-key fait confiance à la clé de l&apos;hôte de rebond SSH ; il ne va pas avec --use-server-ca ni --pin</translation>
    </message>
    <message>
        <source>&quot;trust --ssh-host-key&quot; takes one profile, or --ssh [USER@]HOST[:PORT]</source>
        <translation>&quot;trust --ssh-host-key&quot; attend un profil, ou --ssh [USER@]HOST[:PORT]</translation>
    </message>
    <message>
        <source>--connect-timeout goes with --ssh; a profile has its own</source>
        <translation>--connect-timeout va avec --ssh ; un profil a le sien</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; does not connect through an SSH jump host</source>
        <translation>le profil &quot;%1&quot; ne se connecte pas via un hôte de rebond SSH</translation>
    </message>
    <message>
        <source>--ssh: %1</source>
        <translation>--ssh : %1</translation>
    </message>
    <message>
        <source>--%1 goes with --ssh-host-key</source>
        <translation>--%1 va avec --ssh-host-key</translation>
    </message>
    <message>
        <source>&quot;trust&quot; takes one profile and either --use-server-ca, --pin or --ssh-host-key</source>
        <translation>&quot;trust&quot; attend un profil et soit --use-server-ca, soit --pin, soit --ssh-host-key</translation>
    </message>
    <message>
        <source>The host key of the SSH jump host %1 is already trusted: %2</source>
        <translation>La clé d&apos;hôte de l&apos;hôte de rebond SSH %1 est déjà approuvée : %2</translation>
    </message>
    <message>
        <source>  on record in %1</source>
        <extracomment>%1 is a known_hosts file</extracomment>
        <translation>  enregistrée dans %1</translation>
    </message>
    <message>
        <source>The host key of the SSH jump host %1 has CHANGED.</source>
        <translation>La clé d&apos;hôte de l&apos;hôte de rebond SSH %1 a CHANGÉ.</translation>
    </message>
    <message>
        <source>  on record: %1</source>
        <translation>  enregistrée : %1</translation>
    </message>
    <message>
        <source>             in %1</source>
        <translation>             dans %1</translation>
    </message>
    <message>
        <source>  presented: %1</source>
        <translation>  présentée : %1</translation>
    </message>
    <message>
        <source>refused: a changed host key is never accepted, since someone may be intercepting the connection. If the host&apos;s key was really replaced, check the new fingerprint with its administrator, remove the old key (ssh-keygen -R &quot;%1&quot; -f &quot;%2&quot;) and run this again</source>
        <translation>refusé : une clé d&apos;hôte modifiée n&apos;est jamais acceptée, car quelqu&apos;un pourrait intercepter la connexion. Si la clé de l&apos;hôte a vraiment été remplacée, vérifiez la nouvelle empreinte auprès de son administrateur, supprimez l&apos;ancienne clé (ssh-keygen -R &quot;%1&quot; -f &quot;%2&quot;) et relancez cette commande</translation>
    </message>
    <message>
        <source>the host key of %1 could not be fetched: %2</source>
        <translation>impossible de récupérer la clé d&apos;hôte de %1 : %2</translation>
    </message>
    <message>
        <source>The SSH jump host %1 presents a host key that is not on record:</source>
        <translation>L&apos;hôte de rebond SSH %1 présente une clé d&apos;hôte qui n&apos;est pas enregistrée :</translation>
    </message>
    <message>
        <source>  key type: %1</source>
        <translation>  type de clé : %1</translation>
    </message>
    <message>
        <source>  SHA-256:  %1</source>
        <translation>  SHA-256 :  %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the host&apos;s administrator gives you (on the host: ssh-keygen -lf %1), then run again with --yes to trust it.</source>
        <translation>Comparez l&apos;empreinte avec celle que vous donne l&apos;administrateur de l&apos;hôte (sur l&apos;hôte : ssh-keygen -lf %1), puis relancez avec --yes pour lui faire confiance.</translation>
    </message>
    <message>
        <source>Compare it with the one the host&apos;s administrator gives you. Trust this key? [y/N] </source>
        <translation>Comparez-la avec celle que vous donne l&apos;administrateur de l&apos;hôte. Faire confiance à cette clé ? [y/N] </translation>
    </message>
    <message>
        <source>Not trusted.</source>
        <translation>Clé non approuvée.</translation>
    </message>
    <message>
        <source>the host key could not be saved: %1</source>
        <translation>impossible d&apos;enregistrer la clé d&apos;hôte : %1</translation>
    </message>
    <message>
        <source>Trusted: the key of %1 was added to %2.</source>
        <translation>Approuvée : la clé de %1 a été ajoutée à %2.</translation>
    </message>
    <message>
        <source>--ssh must be [USER@]HOST[:PORT], not &quot;%1&quot;</source>
        <translation>--ssh doit être [USER@]HOST[:PORT], et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>sslcm would log in to the SSH jump host %1 with the SSH agent, but no agent is running (SSH_AUTH_SOCK is not set): start ssh-agent and add the key with ssh-add, or log in with a key file (--ssh-key FILE) or a password (--ssh-password-stdin)</source>
        <translation>sslcm se connecterait à l&apos;hôte de rebond SSH %1 avec l&apos;agent SSH, mais aucun agent n&apos;est en cours d&apos;exécution (SSH_AUTH_SOCK n&apos;est pas défini) : démarrez ssh-agent et ajoutez la clé avec ssh-add, ou connectez-vous avec un fichier de clé (--ssh-key FILE) ou un mot de passe (--ssh-password-stdin)</translation>
    </message>
    <message>
        <source>--%1 goes with --ssh [USER@]HOST[:PORT]</source>
        <translation>--%1 va avec --ssh [USER@]HOST[:PORT]</translation>
    </message>
    <message>
        <source>choose one way to log in to the SSH jump host: --ssh-key FILE or --ssh-password-stdin (neither: the SSH agent)</source>
        <translation>choisissez une façon de vous connecter à l&apos;hôte de rebond SSH : --ssh-key FILE ou --ssh-password-stdin (ni l&apos;un ni l&apos;autre : l&apos;agent SSH)</translation>
    </message>
    <message>
        <source>--ssh %1, IdentityFile</source>
        <extracomment>the SSH configuration&apos;s IdentityFile keyword</extracomment>
        <translation>--ssh %1, IdentityFile</translation>
    </message>
    <message>
        <source>%1: %2 does not exist</source>
        <translation>%1 : %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: %2 is a folder, not a file</source>
        <translation>%1 : %2 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read (check its permissions)</source>
        <translation>%1 : %2 ne peut pas être lu (vérifiez ses permissions)</translation>
    </message>
    <message>
        <source>--ssh-key-passphrase-stdin goes with --ssh-key FILE (or an IdentityFile of the SSH configuration)</source>
        <translation>--ssh-key-passphrase-stdin va avec --ssh-key FILE (ou un IdentityFile de la configuration SSH)</translation>
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
Hôtes de rebond SSH : --ssh atteint la base de données via un bastion ; HOST et PORT de la
base de données sont alors ceux que voit le bastion, et TLS reste vérifié par rapport à HOST.
USER vaut par défaut le nom d&apos;utilisateur local, PORT vaut 22. HOST peut être un alias de
~/.ssh/config : ses HostName, User, Port et IdentityFile sont utilisés comme ssh les utilise
(un seul hôte de rebond : ni ProxyJump, ni ProxyCommand). La clé du bastion doit figurer
dans ~/.ssh/known_hosts ou dans la liste propre à sslcm (voir trust --ssh-host-key). sslcm
se connecte avec --ssh-key F (OpenSSH, PEM ou PKCS#8 ; sa phrase secrète via
--ssh-key-passphrase-stdin, ou demandée dans un terminal), un mot de passe
(--ssh-password-stdin), ou à défaut l&apos;agent SSH en cours d&apos;exécution (SSH_AUTH_SOCK).
Entrée standard : avec une seule des options --password-stdin, --ssh-password-stdin et
--ssh-key-passphrase-stdin, elle contient ce secret ; avec deux, une ligne pour chacun, le
mot de passe de la base de données en premier. profiles add les conserve dans le trousseau.
Par exemple :
  printf &apos;%s\n%s\n&apos; &quot;$DB_PW&quot; &quot;$SSH_PW&quot; | sslcm-cli profiles add --name prod \
      --host db.internal --user app --ssh deploy@bastion.example.com --password-stdin \
      --ssh-password-stdin
  sslcm-cli trust prod --ssh-host-key
  sslcm-cli test --host db.internal --user app --ssh bastion:2222 --ssh-key ~/.ssh/id_ed25519

MODE : disabled, preferred, required, verify-ca, verify-identity (par défaut ; les graphies
MySQL comme VERIFY_IDENTITY sont aussi acceptées).

Code de sortie : 0 succès, 2 échec (raison sur la sortie d&apos;erreur standard), 3 erreur
d&apos;utilisation ; test, probe, trust et cert utilisent 1 pour &quot;a fonctionné, mais moins sûr
que demandé&quot; ; audit utilise 1 pour &quot;un avertissement&quot;, 2 pour &quot;un échec&quot; et 130 en cas
d&apos;interruption.
</translation>
    </message>
    <message>
        <source>unreachable</source>
        <extracomment>The TLS column of the audit table: the server did not answer</extracomment>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>no TLS</source>
        <extracomment>The TLS column of the audit table: the server offers no TLS</extracomment>
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <extracomment>The expiry column of the audit table: %1 is a date, %2 &quot;3 days&quot;</extracomment>
        <translation>%1 (expiré depuis %2)</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <extracomment>The expiry column of the audit table: %1 is a date, %2 &quot;3 months&quot;</extracomment>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
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
        <translation>VÉRIFIÉ</translation>
    </message>
    <message>
        <source>NEXT EXPIRY</source>
        <translation>PROCHAINE EXPIRATION</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
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
                            auditer la configuration TLS de chaque profil enregistré (ou de
                            ceux nommés) et/ou des lignes HOST[:PORT] de FILE (verify-identity
                            avec les AC du système ou F) : versions de protocole, chaîne,
                            expiration, changements ; avec --login, aussi les paramètres TLS
                            du serveur, les comptes et les sessions sans TLS (uniquement via
                            TLS vérifié). Un tableau, ou du JSON ; un fichier texte Prometheus
                            et du XML JUnit écrits de manière atomique. Code de sortie 0 tout
                            va bien, 1 un avertissement, 2 un échec, 130 interrompu
</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 est indiqué plus d&apos;une fois</translation>
    </message>
    <message>
        <source>give profiles or --all, not both</source>
        <translation>indiquez des profils ou --all, mais pas les deux</translation>
    </message>
    <message>
        <source>--ssl-ca goes with --hosts; a saved profile has its own CA file</source>
        <translation>--ssl-ca va avec --hosts ; un profil enregistré a son propre fichier d&apos;AC</translation>
    </message>
    <message>
        <source>--login logs in with saved profiles&apos; credentials; --hosts targets are never logged in to</source>
        <translation>--login ouvre une session avec les identifiants des profils enregistrés ; jamais sur les cibles de --hosts</translation>
    </message>
    <message>
        <source>--concurrency must be a number between 1 and 256</source>
        <translation>--concurrency doit être un nombre compris entre 1 et 256</translation>
    </message>
    <message>
        <source>--warn-days must be a number of days between 0 and 36500</source>
        <translation>--warn-days doit être un nombre de jours compris entre 0 et 36500</translation>
    </message>
    <message>
        <source>--connect-timeout must be a number of seconds between 1 and %1</source>
        <translation>--connect-timeout doit être un nombre de secondes compris entre 1 et %1</translation>
    </message>
    <message>
        <source>--%1: %2 is a folder; give a file name</source>
        <translation>--%1 : %2 est un dossier ; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>--%1: the folder %2 does not exist</source>
        <translation>--%1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>--prometheus and --junit name the same file</source>
        <translation>--prometheus et --junit désignent le même fichier</translation>
    </message>
    <message>
        <source>--ssl-ca: %1 does not exist</source>
        <translation>--ssl-ca : %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>--ssl-ca: %1 cannot be read (check its permissions)</source>
        <translation>--ssl-ca : impossible de lire %1 (vérifiez ses permissions)</translation>
    </message>
    <message>
        <source>--hosts: %1</source>
        <translation>--hosts : %1</translation>
    </message>
    <message>
        <source>%1:%2: %3 (%4)</source>
        <extracomment>A bad line of a --hosts file: &quot;hosts.txt:12: &lt;problem&gt; (&lt;the line&gt;)&quot;</extracomment>
        <translation>%1:%2 : %3 (%4)</translation>
    </message>
    <message>
        <source>there are no saved profiles to audit</source>
        <translation>aucun profil enregistré à auditer</translation>
    </message>
    <message>
        <source>nothing to audit</source>
        <translation>rien à auditer</translation>
    </message>
    <message>
        <source>the profile asks for its password every time; the audit does not ask</source>
        <translation>le profil demande son mot de passe à chaque fois ; l&apos;audit ne le demande pas</translation>
    </message>
    <message>
        <source>no password for this profile is in the keychain</source>
        <translation>aucun mot de passe de ce profil ne se trouve dans le trousseau</translation>
    </message>
    <message>
        <source>audit: %1/%2 done</source>
        <translation>audit : %1/%2 terminés</translation>
    </message>
    <message>
        <source>, checking %1</source>
        <translation>, vérification de %1</translation>
    </message>
    <message>
        <source>audit interrupted after %1 of %2 targets; nothing was written</source>
        <translation>audit interrompu après %1 cibles sur %2 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>warning: this audit was not kept as the last audit: %1</source>
        <translation>avertissement : cet audit n&apos;a pas été conservé comme dernier audit : %1</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: sslcm&apos;s keychain module could not be loaded (%1). Reinstall sslcm.</source>
        <extracomment>%1 is the file sslcm-cli could not load, or the loader&apos;s reason</extracomment>
        <translation>Le trousseau du système ne peut pas être utilisé : le module de trousseau de sslcm n&apos;a pas pu être chargé (%1). Réinstallez sslcm.</translation>
    </message>
</context>
<context>
    <name>ClientCertificateSubject</name>
    <message>
        <source>The certificate&apos;s names could not be read.</source>
        <translation>Impossible de lire les noms du certificat.</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>A server that trusts this CA file accepts the certificate.</source>
        <translation>Un serveur qui fait confiance à ce fichier d&apos;AC accepte le certificat.</translation>
    </message>
    <message>
        <source>A server that trusts this CA file refuses the certificate: %1</source>
        <translation>Un serveur qui fait confiance à ce fichier d&apos;AC refuse le certificat : %1</translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>port &quot;%1&quot; is not a port number</source>
        <translation>le port « %1 » n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <source>TLS versions older than 1.2 in &quot;%1&quot; (sslcm requires TLS 1.2 or newer)</source>
        <translation>versions TLS antérieures à 1.2 dans « %1 » (sslcm exige TLS 1.2 ou ultérieur)</translation>
    </message>
    <message>
        <source>connect timeout &quot;%1&quot;</source>
        <translation>délai de connexion « %1 »</translation>
    </message>
    <message>
        <source>unknown SSL mode &quot;%1&quot;</source>
        <translation>mode SSL inconnu « %1 »</translation>
    </message>
    <message>
        <source>Unix socket &quot;%1&quot; (sslcm connects over TCP)</source>
        <translation>socket Unix « %1 » (sslcm se connecte via TCP)</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; (sslcm connects over TCP)</source>
        <translation>protocole « %1 » (sslcm se connecte via TCP)</translation>
    </message>
    <message>
        <source>option &quot;%1&quot;</source>
        <translation>option « %1 »</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; = &quot;%2&quot;</source>
        <translation>option « %1 » = « %2 »</translation>
    </message>
    <message>
        <source>No SSL mode was given; a CA is, so the connection is imported as &quot;%1&quot;.</source>
        <translation>Aucun mode SSL n&apos;a été indiqué, mais une AC l&apos;a été ; la connexion est donc importée avec le mode « %1 ».</translation>
    </message>
    <message>
        <source>No TLS settings were given; imported as &quot;%1&quot;, the clients&apos; default. Consider &quot;%2&quot;.</source>
        <translation>Aucun paramètre TLS n&apos;a été indiqué ; la connexion est importée avec le mode « %1 », celui des clients par défaut. Envisagez « %2 ».</translation>
    </message>
    <message>
        <source>No host was given; the clients&apos; default &quot;localhost&quot; is used.</source>
        <translation>Aucun hôte n&apos;a été indiqué ; la valeur par défaut des clients, &quot;localhost&quot;, est utilisée.</translation>
    </message>
    <message>
        <source>The account signs in with a password the server takes in clear text (enable-cleartext-plugin): a sign-in token (AWS RDS IAM, Azure, Cloud SQL), or a PAM or LDAP password. Imported as “%1”; if a command or AWS makes it, choose that password source after importing. sslcm sends it only to a server whose identity it verified.</source>
        <extracomment>%1 is the password source &quot;Ask every time&quot; or &quot;Saved in the keychain&quot;</extracomment>
        <translation>Le compte se connecte avec un mot de passe que le serveur reçoit en clair (enable-cleartext-plugin) : un jeton de connexion (AWS RDS IAM, Azure, Cloud SQL), ou un mot de passe PAM ou LDAP. Importé comme « %1 » ; si une commande ou AWS le produit, choisissez cette source de mot de passe après l&apos;importation. sslcm ne l&apos;envoie qu&apos;à un serveur dont il a vérifié l&apos;identité.</translation>
    </message>
</context>
<context>
    <name>CloudCaSource</name>
    <message>
        <source>Rackspace provides the CA certificate for each Cloud Databases instance when SSL is set up for it: download it from the Cloud Control Panel or ask Rackspace support, then choose the file here.</source>
        <translation>Rackspace fournit le certificat d&apos;AC de chaque instance Cloud Databases lorsque SSL y est configuré : téléchargez-le depuis le Cloud Control Panel ou demandez-le à l&apos;assistance Rackspace, puis choisissez le fichier ici.</translation>
    </message>
    <message>
        <source>Amazon publishes one bundle of the RDS CA certificates for all commercial regions (GovCloud and China regions have their own bundles).</source>
        <translation>Amazon publie un lot unique de certificats d&apos;AC RDS pour toutes les régions commerciales (les régions GovCloud et Chine ont leurs propres lots).</translation>
    </message>
    <message>
        <source>Azure Database for MySQL servers chain to DigiCert Global Root CA; check Microsoft&apos;s page for the roots currently in use (DigiCert Global Root G2, Microsoft RSA Root CA 2017).</source>
        <translation>Les certificats des serveurs Azure Database for MySQL remontent jusqu&apos;à DigiCert Global Root CA ; consultez la page de Microsoft pour connaître les racines actuellement utilisées (DigiCert Global Root G2, Microsoft RSA Root CA 2017).</translation>
    </message>
    <message>
        <source>Each Cloud SQL instance has its own server CA: download server-ca.pem from the instance&apos;s Connections &gt; Security page in the Google Cloud console, or run: gcloud sql instances describe INSTANCE --format=&quot;value(serverCaCert.cert)&quot;</source>
        <translation>Chaque instance Cloud SQL possède sa propre AC de serveur : téléchargez server-ca.pem depuis la page Connexions &gt; Sécurité de l&apos;instance dans la console Google Cloud, ou exécutez : gcloud sql instances describe INSTANCE --format=&quot;value(serverCaCert.cert)&quot;</translation>
    </message>
    <message>
        <source>Each DigitalOcean database cluster has its own CA: use &quot;Download CA certificate&quot; in the cluster&apos;s Connection Details, or the API (GET /v2/databases/CLUSTER_ID/ca).</source>
        <translation>Chaque cluster de bases de données DigitalOcean possède sa propre AC : utilisez « Download CA certificate » dans les Connection Details du cluster, ou l&apos;API (GET /v2/databases/CLUSTER_ID/ca).</translation>
    </message>
</context>
<context>
    <name>CommandLineImporter</name>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>the text is too long for a command line</source>
        <translation>le texte est trop long pour une ligne de commande</translation>
    </message>
    <message>
        <source>not a mysql or mariadb command line (it starts with &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas une ligne de commande mysql ou mariadb (elle commence par « %1 »)</translation>
    </message>
    <message>
        <source>The password is asked for when connecting; sslcm keeps it in the keychain.</source>
        <translation>Le mot de passe est demandé lors de la connexion ; sslcm le conserve dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>the option file &quot;%1&quot; (import it as well)</source>
        <translation>le fichier d&apos;options « %1 » (importez-le également)</translation>
    </message>
    <message>
        <source>option &quot;-%1&quot;</source>
        <translation>option « -%1 »</translation>
    </message>
    <message>
        <source>argument &quot;%1&quot;</source>
        <translation>argument « %1 »</translation>
    </message>
    <message>
        <source>%1 command line</source>
        <translation>ligne de commande %1</translation>
    </message>
    <message>
        <source>The command line contains a password: it is visible to every user of the machine while the command runs and stays in the shell history. Store it in the keychain instead.</source>
        <translation>La ligne de commande contient un mot de passe : il est visible par tous les utilisateurs de la machine pendant l&apos;exécution de la commande et reste dans l&apos;historique du shell. Enregistrez-le plutôt dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>the password from the shell, %1 (enter it when connecting, or choose where it comes from)</source>
        <translation>le mot de passe issu du shell, %1 (saisissez-le à la connexion ou choisissez sa provenance)</translation>
    </message>
    <message>
        <source>the password command %1 (%2)</source>
        <translation>la commande de mot de passe %1 (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>The password came from sslcm&apos;s own profile “%1” (sslcm-cli token): keep using that profile, or choose this one&apos;s password source after importing.</source>
        <extracomment>%1 is the name or id of a profile of sslcm</extracomment>
        <translation>Le mot de passe provenait du profil sslcm « %1 » (sslcm-cli token) : continuez d&apos;utiliser ce profil, ou, après l&apos;importation, choisissez la source de mot de passe du profil importé.</translation>
    </message>
    <message>
        <source>The password is an AWS RDS IAM sign-in token (aws rds generate-db-auth-token): sslcm makes it itself when connecting (%1).</source>
        <translation>Le mot de passe est un jeton de connexion AWS RDS IAM (aws rds generate-db-auth-token) : sslcm le génère lui-même à la connexion (%1).</translation>
    </message>
    <message>
        <source>The password comes from the command “%1”, run for each connection.</source>
        <translation>Le mot de passe provient de la commande « %1 », exécutée pour chaque connexion.</translation>
    </message>
    <message>
        <source>The ssh command goes through a further jump host (%1): sslcm goes through one jump host.</source>
        <translation>La commande ssh passe par un hôte de rebond supplémentaire (%1) : sslcm ne passe que par un seul hôte de rebond.</translation>
    </message>
    <message>
        <source>the ssh command: none of its -L forwards ends where the client connects (%1)</source>
        <translation>la commande ssh : aucune de ses redirections -L n&apos;aboutit là où le client se connecte (%1)</translation>
    </message>
    <message>
        <source>The client connected to the tunnel&apos;s local end %1. sslcm goes through the jump host %2 itself, without a local port, and checks the server&apos;s certificate against %3, not 127.0.0.1.</source>
        <extracomment>%1 is 127.0.0.1:PORT, %2 the jump host, %3 the database&apos;s host</extracomment>
        <translation>Le client s&apos;est connecté à l&apos;extrémité locale du tunnel %1. sslcm passe lui-même par l&apos;hôte de rebond %2, sans port local, et vérifie le certificat du serveur par rapport à %3, et non à 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>No command is set.</source>
        <translation>Aucune commande n&apos;est définie.</translation>
    </message>
    <message>
        <source>The program “%1” was not found in PATH; install it or give its full path.</source>
        <translation>Le programme « %1 » est introuvable dans PATH ; installez-le ou indiquez son chemin complet.</translation>
    </message>
    <message>
        <source>“%1” could not be started: %2.</source>
        <translation>« %1 » n&apos;a pas pu être lancé : %2.</translation>
    </message>
    <message>
        <source>“%1” could not be started: %2. Check that it is an executable program.</source>
        <translation>« %1 » n&apos;a pas pu être lancé : %2. Vérifiez qu&apos;il s&apos;agit d&apos;un programme exécutable.</translation>
    </message>
    <message>
        <source>“%1” printed more than %2 bytes and was stopped; it should print only what is asked of it.</source>
        <translation>« %1 » a affiché plus de %2 octets et a été arrêté ; il ne doit afficher que ce qui lui est demandé.</translation>
    </message>
    <message>
        <source>“%1” was cancelled.</source>
        <translation>« %1 » a été annulé.</translation>
    </message>
    <message>
        <source>“%1” did not finish within %2 seconds and was stopped; check that it does not wait for input (it gets none) or for the network.</source>
        <translation>« %1 » ne s&apos;est pas terminé en %2 secondes et a été arrêté ; vérifiez qu&apos;il n&apos;attend pas de saisie (il n&apos;en reçoit aucune) ni le réseau.</translation>
    </message>
    <message>
        <source>“%1” ended, but its exit status could not be read: %2.</source>
        <translation>« %1 » s&apos;est terminé, mais son code de sortie n&apos;a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>“%1” was killed by signal %2 (%3); run it in a terminal to see why.</source>
        <translation>« %1 » a été tué par le signal %2 (%3) ; exécutez-le dans un terminal pour en voir la raison.</translation>
    </message>
    <message>
        <source>“%1” failed (exit status %2); its error output may say why, or run it in a terminal to find out.</source>
        <translation>« %1 » a échoué (code de sortie %2) ; sa sortie d&apos;erreur peut en indiquer la raison, sinon exécutez-le dans un terminal pour le savoir.</translation>
    </message>
</context>
<context>
    <name>ConnectionExplainer</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>If you trust this server (check with its administrator or provider), use the CA certificate of the chain it presented as this profile&apos;s CA file, or pin the server certificate&apos;s SHA-256 fingerprint %1.</source>
        <translation>Si vous faites confiance à ce serveur (vérifiez auprès de son administrateur ou de son fournisseur), utilisez le certificat d&apos;AC de la chaîne qu&apos;il a présentée comme fichier d&apos;AC de ce profil, ou épinglez l&apos;empreinte SHA-256 %1 du certificat serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Le certificat du serveur</translation>
    </message>
    <message>
        <source>A CA certificate in the server&apos;s chain</source>
        <translation>Un certificat d&apos;AC de la chaîne du serveur</translation>
    </message>
    <message>
        <source>%1 has expired; sslcm stopped before sending your password.</source>
        <translation>%1 a expiré ; sslcm s&apos;est arrêté avant d&apos;envoyer votre mot de passe.</translation>
    </message>
    <message>
        <source>%1 (%2) was valid until %3, %4 ago.</source>
        <translation>%1 (%2) était valide jusqu&apos;au %3, il y a %4.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator or provider to renew the certificate.</source>
        <translation>Demandez à l&apos;administrateur ou au fournisseur du serveur de renouveler le certificat.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: it says %1.</source>
        <translation>Vérifiez l&apos;horloge de cet ordinateur : elle indique %1.</translation>
    </message>
    <message>
        <source>%1 is not valid yet; sslcm stopped before sending your password.</source>
        <translation>%1 n&apos;est pas encore valide ; sslcm s&apos;est arrêté avant d&apos;envoyer votre mot de passe.</translation>
    </message>
    <message>
        <source>%1 (%2) is valid from %3, %4 from now.</source>
        <translation>%1 (%2) est valide à partir du %3, dans %4.</translation>
    </message>
    <message>
        <source>If the clock is right, the server uses a certificate issued for the future; ask its administrator to install the current one.</source>
        <translation>Si l&apos;horloge est juste, le serveur utilise un certificat émis pour une date future ; demandez à son administrateur d&apos;installer le certificat actuel.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not lead to the CA you chose; sslcm stopped before sending your password.</source>
        <translation>Le certificat du serveur ne mène pas à l&apos;AC que vous avez choisie ; sslcm s&apos;est arrêté avant d&apos;envoyer votre mot de passe.</translation>
    </message>
    <message>
        <source>The server&apos;s chain names the issuer %1, but your CA file %2 holds %3.</source>
        <translation>La chaîne du serveur indique l&apos;émetteur %1, mais votre fichier d&apos;AC %2 contient %3.</translation>
    </message>
    <message>
        <source>The server&apos;s chain names the issuer %1, which is not in your CA file or folder.</source>
        <translation>La chaîne du serveur indique l&apos;émetteur %1, qui ne figure pas dans votre fichier ou dossier d&apos;AC.</translation>
    </message>
    <message>
        <source>The server&apos;s chain names the issuer %1, which is not among this system&apos;s trusted CAs.</source>
        <translation>La chaîne du serveur indique l&apos;émetteur %1, qui ne fait pas partie des AC de confiance de ce système.</translation>
    </message>
    <message>
        <source>The server presents a self-signed certificate: no CA vouches for it.</source>
        <translation>Le serveur présente un certificat auto-signé : aucune AC ne s&apos;en porte garante.</translation>
    </message>
    <message>
        <source>Download the CA certificate your provider publishes for this server and choose it as the CA file.</source>
        <translation>Téléchargez le certificat d&apos;AC que votre fournisseur publie pour ce serveur et choisissez-le comme fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; sslcm stopped before sending your password.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié ; sslcm s&apos;est arrêté avant d&apos;envoyer votre mot de passe.</translation>
    </message>
    <message>
        <source>OpenSSL says: %1 (certificate %2 in the chain).</source>
        <translation>OpenSSL indique : %1 (certificat %2 de la chaîne).</translation>
    </message>
    <message>
        <source>The server refused the login for %1.</source>
        <translation>Le serveur a refusé l&apos;authentification de %1.</translation>
    </message>
    <message>
        <source>The account requires a client certificate (%1), and this profile sends none.</source>
        <translation>Le compte exige un certificat client (%1), et ce profil n&apos;en envoie aucun.</translation>
    </message>
    <message>
        <source>Choose the client certificate and key issued for this account in the profile&apos;s security settings.</source>
        <translation>Dans les paramètres de sécurité du profil, choisissez le certificat client et la clé délivrés pour ce compte.</translation>
    </message>
    <message>
        <source>The account accepts only a particular certificate (%1); the one sent may not match, or the password is wrong.</source>
        <translation>Le compte n&apos;accepte qu&apos;un certificat précis (%1) ; celui qui a été envoyé ne correspond peut-être pas, ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>Check that the client certificate&apos;s subject and issuer are exactly those in the requirement.</source>
        <translation>Vérifiez que le sujet et l&apos;émetteur du certificat client sont exactement ceux de l&apos;exigence.</translation>
    </message>
    <message>
        <source>Check the password.</source>
        <translation>Vérifiez le mot de passe.</translation>
    </message>
    <message>
        <source>TLS was fine and the account&apos;s requirement (%1) is met, so the password (or the user name, or the host the account allows) is wrong.</source>
        <translation>TLS a fonctionné et l&apos;exigence du compte (%1) est satisfaite ; c&apos;est donc le mot de passe (ou le nom d&apos;utilisateur, ou l&apos;hôte autorisé par le compte) qui est erroné.</translation>
    </message>
    <message>
        <source>Check the password and the user name.</source>
        <translation>Vérifiez le mot de passe et le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Check that the account allows connections from this computer&apos;s address (the host part of &apos;user&apos;@&apos;host&apos;).</source>
        <translation>Vérifiez que le compte autorise les connexions depuis l&apos;adresse de cet ordinateur (la partie hôte de &apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>TLS and the client certificate were accepted. Either the password is wrong, or the account requires a different certificate (REQUIRE SUBJECT/ISSUER): servers answer both with the same error.</source>
        <translation>TLS et le certificat client ont été acceptés. Soit le mot de passe est erroné, soit le compte exige un autre certificat (REQUIRE SUBJECT/ISSUER) : les serveurs répondent aux deux cas par la même erreur.</translation>
    </message>
    <message>
        <source>TLS was fine. Either the password is wrong, or the account requires a client certificate (REQUIRE X509, SUBJECT or ISSUER): servers answer both with the same error, 1045.</source>
        <translation>TLS a fonctionné. Soit le mot de passe est erroné, soit le compte exige un certificat client (REQUIRE X509, SUBJECT ou ISSUER) : les serveurs répondent aux deux cas par la même erreur, 1045.</translation>
    </message>
    <message>
        <source>Ask the administrator whether the account requires a client certificate; if so, add it to the profile.</source>
        <translation>Demandez à l&apos;administrateur si le compte exige un certificat client ; si c&apos;est le cas, ajoutez-le au profil.</translation>
    </message>
    <message>
        <source>Check that the account allows connections from this computer&apos;s address.</source>
        <translation>Vérifiez que le compte autorise les connexions depuis l&apos;adresse de cet ordinateur.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server.</source>
        <translation>La base de données %1 n&apos;existe pas sur le serveur.</translation>
    </message>
    <message>
        <source>Check the default database&apos;s name, or leave it empty.</source>
        <translation>Vérifiez le nom de la base de données par défaut, ou laissez-le vide.</translation>
    </message>
    <message>
        <source>The account may not use the database %1.</source>
        <translation>Le compte n&apos;est pas autorisé à utiliser la base de données %1.</translation>
    </message>
    <message>
        <source>Ask the administrator for privileges on it, or choose another default database.</source>
        <translation>Demandez à l&apos;administrateur des privilèges sur celle-ci, ou choisissez une autre base de données par défaut.</translation>
    </message>
    <message>
        <source>The server closed the connection right after the TLS handshake: it rejected the client certificate.</source>
        <translation>Le serveur a fermé la connexion juste après la négociation TLS : il a rejeté le certificat client.</translation>
    </message>
    <message>
        <source>This happens when the client certificate was not issued by a CA the server trusts (the server&apos;s ssl_ca), or has expired.</source>
        <translation>Cela se produit lorsque le certificat client n&apos;a pas été émis par une AC à laquelle le serveur fait confiance (le ssl_ca du serveur), ou lorsqu&apos;il a expiré.</translation>
    </message>
    <message>
        <source>The server said: %1.</source>
        <translation>Le serveur a répondu : %1.</translation>
    </message>
    <message>
        <source>Use the client certificate issued by the server&apos;s CA, or ask the administrator which CA the server trusts.</source>
        <translation>Utilisez le certificat client émis par l&apos;AC du serveur, ou demandez à l&apos;administrateur à quelle AC le serveur fait confiance.</translation>
    </message>
    <message>
        <source>The server closed the connection during the login.</source>
        <translation>Le serveur a fermé la connexion pendant l&apos;authentification.</translation>
    </message>
    <message>
        <source>Look at the server&apos;s error log for the reason.</source>
        <translation>Consultez le journal d&apos;erreurs du serveur pour en connaître la raison.</translation>
    </message>
    <message>
        <source>The login failed: %1 (error %2).</source>
        <translation>L&apos;authentification a échoué : %1 (erreur %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the mysql command line treats “localhost” as the Unix socket, which never uses TLS; sslcm always connects over TCP. To test TLS with mysql, use --host=127.0.0.1.</source>
        <translation>Remarque : la ligne de commande mysql traite « localhost » comme le socket Unix, qui n&apos;utilise jamais TLS ; sslcm se connecte toujours via TCP. Pour tester TLS avec mysql, utilisez --host=127.0.0.1.</translation>
    </message>
    <message>
        <source>The connection is encrypted and the server proved its identity.</source>
        <translation>La connexion est chiffrée et le serveur a prouvé son identité.</translation>
    </message>
    <message>
        <source>The account %1 can still log in without TLS from other clients: lock it to TLS with ALTER USER … REQUIRE SSL (Account TLS requirements).</source>
        <translation>Le compte %1 peut toujours se connecter sans TLS depuis d&apos;autres clients : imposez-lui TLS avec ALTER USER … REQUIRE SSL (Exigences TLS des comptes).</translation>
    </message>
    <message>
        <source>The server&apos;s view of the session differs from what sslcm saw; see Session checks.</source>
        <translation>La vision qu&apos;a le serveur de la session diffère de ce que sslcm a observé ; voir Vérifications de la session.</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server&apos;s identity was not checked.</source>
        <translation>La connexion est chiffrée, mais l&apos;identité du serveur n&apos;a pas été vérifiée.</translation>
    </message>
    <message>
        <source>With the mode %1 anyone able to intercept the connection could pose as the server and read your password.</source>
        <translation>Avec le mode %1, quiconque est en mesure d&apos;intercepter la connexion pourrait se faire passer pour le serveur et lire votre mot de passe.</translation>
    </message>
    <message>
        <source>Choose the CA certificate of the server&apos;s provider and the mode “Verify CA and host name”.</source>
        <translation>Choisissez le certificat d&apos;AC du fournisseur du serveur et le mode « Vérifier l&apos;AC et le nom d&apos;hôte ».</translation>
    </message>
    <message>
        <source>TLS is disabled for this profile: the password and all data crossed the network in plain text.</source>
        <translation>TLS est désactivé pour ce profil : le mot de passe et toutes les données ont transité sur le réseau en clair.</translation>
    </message>
    <message>
        <source>Choose “Verify CA and host name” unless this network is entirely under your control.</source>
        <translation>Choisissez « Vérifier l&apos;AC et le nom d&apos;hôte », sauf si ce réseau est entièrement sous votre contrôle.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS, so sslcm connected in plain text (the mode is Preferred).</source>
        <translation>Le serveur %1 ne propose pas TLS ; sslcm s&apos;est donc connecté en clair (le mode est « Préféré »).</translation>
    </message>
    <message>
        <source>The password and all data crossed the network unencrypted. An attacker can also make a TLS server look like this one.</source>
        <translation>Le mot de passe et toutes les données ont transité sur le réseau sans chiffrement. Un attaquant peut également faire ressembler un serveur TLS à celui-ci.</translation>
    </message>
    <message>
        <source>Enable TLS on the server (ssl_cert and ssl_key in its configuration).</source>
        <translation>Activez TLS sur le serveur (ssl_cert et ssl_key dans sa configuration).</translation>
    </message>
    <message>
        <source>Then choose “Verify CA and host name”, so a missing TLS is refused instead of accepted.</source>
        <translation>Choisissez ensuite « Vérifier l&apos;AC et le nom d&apos;hôte », afin que l&apos;absence de TLS soit refusée au lieu d&apos;être acceptée.</translation>
    </message>
    <message>
        <source>sslcm cannot find a server called %1.</source>
        <translation>sslcm ne trouve aucun serveur nommé %1.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name.</source>
        <translation>Vérifiez l&apos;orthographe du nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>If the server is only reachable through a VPN or a private network, connect to it first.</source>
        <translation>Si le serveur n&apos;est accessible que via un VPN ou un réseau privé, connectez-vous d&apos;abord à celui-ci.</translation>
    </message>
    <message>
        <source>The network connection to %1 failed: %2.</source>
        <translation>La connexion réseau à %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>Check the host, the port and the network.</source>
        <translation>Vérifiez l&apos;hôte, le port et le réseau.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1.</source>
        <translation>Rien n&apos;accepte de connexions sur %1.</translation>
    </message>
    <message>
        <source>The server is not running, listens on another port, or accepts only local connections (bind-address, skip-networking).</source>
        <translation>Le serveur n&apos;est pas démarré, écoute sur un autre port ou n&apos;accepte que les connexions locales (bind-address, skip-networking).</translation>
    </message>
    <message>
        <source>Check the port: MySQL and MariaDB use 3306 unless configured otherwise; your provider&apos;s console shows the right one.</source>
        <translation>Vérifiez le port : MySQL et MariaDB utilisent 3306, sauf configuration contraire ; la console de votre fournisseur indique le bon port.</translation>
    </message>
    <message>
        <source>Check that the server listens on the network, not only on its Unix socket.</source>
        <translation>Vérifiez que le serveur écoute sur le réseau, et pas seulement sur son socket Unix.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation>%1 n&apos;a pas répondu dans un délai de %2.</translation>
    </message>
    <message>
        <source>A firewall or a cloud security group probably drops the connection, or the address is wrong.</source>
        <translation>Un pare-feu ou un groupe de sécurité cloud bloque probablement la connexion, ou l&apos;adresse est erronée.</translation>
    </message>
    <message>
        <source>Check that your provider&apos;s firewall or allow-list admits this computer&apos;s public address.</source>
        <translation>Vérifiez que le pare-feu ou la liste d&apos;autorisation de votre fournisseur admet l&apos;adresse publique de cet ordinateur.</translation>
    </message>
    <message>
        <source>Check the host name and the port.</source>
        <translation>Vérifiez le nom d&apos;hôte et le port.</translation>
    </message>
    <message>
        <source>Connected to %1, but no MySQL greeting came within %2.</source>
        <translation>Connecté à %1, mais aucun message d&apos;accueil MySQL n&apos;est arrivé dans un délai de %2.</translation>
    </message>
    <message>
        <source>Whatever listens on that port is not a MySQL or MariaDB server, or the server is overloaded.</source>
        <translation>Ce qui écoute sur ce port n&apos;est pas un serveur MySQL ou MariaDB, ou bien le serveur est surchargé.</translation>
    </message>
    <message>
        <source>Check the port number.</source>
        <translation>Vérifiez le numéro de port.</translation>
    </message>
    <message>
        <source>What answers on %1 does not speak the MySQL protocol correctly.</source>
        <translation>Ce qui répond sur %1 ne parle pas correctement le protocole MySQL.</translation>
    </message>
    <message>
        <source>Check the port number: it may belong to another service.</source>
        <translation>Vérifiez le numéro de port : il appartient peut-être à un autre service.</translation>
    </message>
    <message>
        <source>The server refused the connection before the login: %1 (error %2).</source>
        <translation>Le serveur a refusé la connexion avant l&apos;authentification : %1 (erreur %2).</translation>
    </message>
    <message>
        <source>The server does not allow connections from this computer&apos;s address; ask the administrator to create the account for it.</source>
        <translation>Le serveur n&apos;autorise pas les connexions depuis l&apos;adresse de cet ordinateur ; demandez à l&apos;administrateur de créer le compte pour celle-ci.</translation>
    </message>
    <message>
        <source>The server has too many connections; try again later.</source>
        <translation>Le serveur a trop de connexions ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server blocked this computer after failed connections; the administrator can unblock it with FLUSH HOSTS.</source>
        <translation>Le serveur a bloqué cet ordinateur après des connexions en échec ; l&apos;administrateur peut le débloquer avec FLUSH HOSTS.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS. sslcm stopped before sending your user name or password.</source>
        <translation>Le serveur %1 ne propose pas TLS. sslcm s&apos;est arrêté avant d&apos;envoyer votre nom d&apos;utilisateur ou votre mot de passe.</translation>
    </message>
    <message>
        <source>Either TLS is not configured on the server, or something between you and the server removes it (a proxy, or an attacker).</source>
        <translation>Soit TLS n&apos;est pas configuré sur le serveur, soit un élément situé entre vous et le serveur le supprime (un proxy ou un attaquant).</translation>
    </message>
    <message>
        <source>Enable TLS on the server: ssl_cert and ssl_key (and ssl_ca) in its configuration.</source>
        <translation>Activez TLS sur le serveur : ssl_cert et ssl_key (et ssl_ca) dans sa configuration.</translation>
    </message>
    <message>
        <source>Check that no proxy or load balancer in between terminates TLS.</source>
        <translation>Vérifiez qu&apos;aucun proxy ni répartiteur de charge intermédiaire ne termine la session TLS.</translation>
    </message>
    <message>
        <source>Only on a network you fully trust: choose the mode Preferred or Disabled.</source>
        <translation>Uniquement sur un réseau en lequel vous avez entièrement confiance : choisissez le mode « Préféré » ou « Désactivé ».</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for %1; sslcm stopped before sending your password.</source>
        <translation>Le certificat du serveur n&apos;est pas délivré pour %1 ; sslcm s&apos;est arrêté avant d&apos;envoyer votre mot de passe.</translation>
    </message>
    <message>
        <source>The certificate names no host at all.</source>
        <translation>Le certificat n&apos;indique aucun hôte.</translation>
    </message>
    <message>
        <source>It covers: %1.</source>
        <translation>Il couvre : %1.</translation>
    </message>
    <message>
        <source>Connect using one of the names the certificate covers, e.g. %1.</source>
        <translation>Connectez-vous en utilisant l&apos;un des noms couverts par le certificat, par ex. %1.</translation>
    </message>
    <message>
        <source>If your provider&apos;s certificates never name the host you connect to, choose “Verify CA” (the chain is still checked).</source>
        <translation>Si les certificats de votre fournisseur n&apos;indiquent jamais l&apos;hôte auquel vous vous connectez, choisissez « Vérifier l&apos;AC » (la chaîne reste vérifiée).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you pinned it; sslcm stopped before sending your password.</source>
        <translation>Le certificat du serveur a changé depuis que vous l&apos;avez épinglé ; sslcm s&apos;est arrêté avant d&apos;envoyer votre mot de passe.</translation>
    </message>
    <message>
        <source>Pinned: %1
Presented: %2</source>
        <translation>Épinglé :  %1
Présenté : %2</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the certificate was renewed. If not, someone may be intercepting the connection.</source>
        <translation>Demandez à l&apos;administrateur du serveur si le certificat a été renouvelé. Sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>Once confirmed, pin the new fingerprint, or better, verify with the provider&apos;s CA certificate.</source>
        <translation>Une fois la confirmation obtenue, épinglez la nouvelle empreinte ou, mieux, vérifiez avec le certificat d&apos;AC du fournisseur.</translation>
    </message>
    <message>
        <source>The server sent no certificate, so it cannot be verified.</source>
        <translation>Le serveur n&apos;a envoyé aucun certificat ; il ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>The server does not accept the TLS versions this profile allows (%1 or newer).</source>
        <translation>Le serveur n&apos;accepte aucune des versions TLS autorisées par ce profil (%1 ou ultérieure).</translation>
    </message>
    <message>
        <source>If the minimum is TLS 1.3, try TLS 1.2; otherwise ask the administrator to enable TLS 1.2 or 1.3 (tls_version).</source>
        <translation>Si le minimum est TLS 1.3, essayez TLS 1.2 ; sinon, demandez à l&apos;administrateur d&apos;activer TLS 1.2 ou 1.3 (tls_version).</translation>
    </message>
    <message>
        <source>The server accepts none of the ciphers this profile allows.</source>
        <translation>Le serveur n&apos;accepte aucune des suites de chiffrement autorisées par ce profil.</translation>
    </message>
    <message>
        <source>Clear the cipher list to use OpenSSL&apos;s secure defaults.</source>
        <translation>Videz la liste des suites de chiffrement pour utiliser les valeurs par défaut sûres d&apos;OpenSSL.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS.</translation>
    </message>
    <message>
        <source>Usually the server accepts no TLS version or cipher this profile allows, or it requires a client certificate.</source>
        <translation>En général, le serveur n&apos;accepte aucune version TLS ni suite de chiffrement autorisée par ce profil, ou bien il exige un certificat client.</translation>
    </message>
    <message>
        <source>Check the minimum TLS version and the cipher list.</source>
        <translation>Vérifiez la version TLS minimale et la liste des suites de chiffrement.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <translation>La négociation TLS a échoué : %1.</translation>
    </message>
    <message>
        <source>The server stopped answering during the %1 (waited %2).</source>
        <translation>Le serveur a cessé de répondre pendant %1 (attente : %2).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>l&apos;authentification</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>la négociation TLS</translation>
    </message>
    <message>
        <source>Try again; if it repeats, the server or the network in between is overloaded or filtering.</source>
        <translation>Réessayez ; si le problème se reproduit, le serveur ou le réseau intermédiaire est surchargé ou filtre le trafic.</translation>
    </message>
    <message>
        <source>The server asked for your password in clear text on a connection without TLS; sslcm refused and did not send it.</source>
        <translation>Le serveur a demandé votre mot de passe en clair sur une connexion sans TLS ; sslcm a refusé et ne l&apos;a pas envoyé.</translation>
    </message>
    <message>
        <source>The account uses an authentication method (caching_sha2_password full authentication, mysql_clear_password, PAM) that sends the password itself and needs an encrypted connection to do so safely. A server that removes TLS and then asks for the password is also what an attacker would do.</source>
        <translation>Le compte utilise une méthode d&apos;authentification (authentification complète caching_sha2_password, mysql_clear_password, PAM) qui envoie le mot de passe lui-même et a besoin d&apos;une connexion chiffrée pour le faire en toute sécurité. Un serveur qui supprime TLS puis demande le mot de passe, c&apos;est aussi exactement ce que ferait un attaquant.</translation>
    </message>
    <message>
        <source>Enable TLS on the server and choose “Verify CA and host name”.</source>
        <translation>Activez TLS sur le serveur et choisissez « Vérifier l&apos;AC et le nom d&apos;hôte ».</translation>
    </message>
    <message>
        <source>sslcm&apos;s local link to Qt&apos;s MySQL driver failed (%1). This is a bug in sslcm; please report it with the text of this report.</source>
        <translation>La liaison locale entre sslcm et le pilote MySQL de Qt a échoué (%1). Il s&apos;agit d&apos;un bogue de sslcm ; veuillez le signaler en joignant le texte de ce rapport.</translation>
    </message>
    <message>
        <source>The server asked for your password in clear text, but its identity was not verified; sslcm refused and did not send it.</source>
        <translation>Le serveur a demandé votre mot de passe en clair, mais son identité n&apos;a pas été vérifiée ; sslcm a refusé et ne l&apos;a pas envoyé.</translation>
    </message>
    <message>
        <source>The account uses an authentication method (mysql_clear_password, PAM, caching_sha2_password full authentication, or one sslcm cannot prove safe) that hands the password itself to the server. Encryption alone does not say who the server is: anyone in between can present a certificate of their own and ask for the password.</source>
        <translation>Le compte utilise une méthode d&apos;authentification (mysql_clear_password, PAM, authentification complète caching_sha2_password, ou une méthode dont sslcm ne peut prouver la sûreté) qui remet le mot de passe lui-même au serveur. Le chiffrement seul ne dit pas qui est le serveur : n&apos;importe qui entre les deux peut présenter son propre certificat et demander le mot de passe.</translation>
    </message>
    <message>
        <source>Verify the server: choose “Verify CA and host name” (with your provider&apos;s CA file if its certificates are not publicly trusted), or “Verify CA” with that CA file.</source>
        <translation>Vérifiez le serveur : choisissez « Vérifier l&apos;AC et le nom d&apos;hôte » (avec le fichier d&apos;AC de votre fournisseur si ses certificats ne sont pas reconnus publiquement), ou « Vérifier l&apos;AC » avec ce fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>Or pin the server&apos;s certificate (Fetch Server Certificate, then Pin) once you have confirmed its fingerprint with the administrator.</source>
        <translation>Ou épinglez le certificat du serveur (Récupérer le certificat du serveur, puis Épingler) une fois son empreinte confirmée auprès de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>sslcm connects only to a host name or an IP address written in the usual form, so that the address it connects to is the one the server&apos;s certificate is checked against.</source>
        <translation>sslcm ne se connecte qu&apos;à un nom d&apos;hôte ou à une adresse IP écrite sous sa forme habituelle, afin que l&apos;adresse à laquelle il se connecte soit celle contre laquelle le certificat du serveur est vérifié.</translation>
    </message>
    <message>
        <source>Correct the host in the profile.</source>
        <translation>Corrigez l&apos;hôte dans le profil.</translation>
    </message>
    <message>
        <source>sslcm could not set up the check of the server&apos;s identity for %1 and stopped before sending your password.</source>
        <translation>sslcm n&apos;a pas pu mettre en place la vérification de l&apos;identité du serveur pour %1 et s&apos;est arrêté avant d&apos;envoyer votre mot de passe.</translation>
    </message>
    <message>
        <source>This is a bug in sslcm; please report it with the text of this report.</source>
        <translation>C&apos;est un bogue de sslcm ; merci de le signaler avec le texte de ce rapport.</translation>
    </message>
    <message>
        <source>sslcm stopped before connecting, so nothing was sent.</source>
        <translation>sslcm s&apos;est arrêté avant de se connecter ; rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>Edit the profile: choose the CA file your provider publishes, or the mode “%1”.</source>
        <translation>Modifiez le profil : choisissez le fichier d&apos;AC publié par votre fournisseur, ou le mode « %1 ».</translation>
    </message>
    <message>
        <source>The account requires the cipher %1 (%2), and this connection used %3.</source>
        <translation>Le compte exige la suite de chiffrement %1 (%2), et cette connexion a utilisé %3.</translation>
    </message>
    <message>
        <source>Ask the administrator to drop the CIPHER requirement, or set the profile&apos;s cipher list and TLS versions so that the connection negotiates %1.</source>
        <translation>Demandez à l&apos;administrateur de retirer l&apos;exigence CIPHER, ou réglez la liste de suites de chiffrement et les versions TLS du profil pour que la connexion négocie %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s MySQL driver asked for TLS on sslcm&apos;s private local link, which sslcm does not offer; sslcm stopped, and nothing of your login was sent to the server.</source>
        <translation>Le pilote MySQL de Qt a demandé TLS sur le lien local privé de sslcm, que sslcm n&apos;offre pas ; sslcm s&apos;est arrêté, et rien de votre connexion n&apos;a été envoyé au serveur.</translation>
    </message>
    <message>
        <source>sslcm makes the TLS connection to the server itself and tells the driver that the local link has no TLS. This client library asked for TLS anyway.</source>
        <translation>sslcm établit lui-même la connexion TLS avec le serveur et indique au pilote que le lien local n&apos;a pas de TLS. Cette bibliothèque cliente a tout de même demandé TLS.</translation>
    </message>
    <message>
        <source>Please report this to the sslcm project, with the versions of Qt and of the MySQL client library this computer uses.</source>
        <translation>Merci de le signaler au projet sslcm, avec les versions de Qt et de la bibliothèque cliente MySQL de cet ordinateur.</translation>
    </message>
    <message>
        <source>sslcm did not make the sign-in token: nothing was sent to %1.</source>
        <translation>sslcm n&apos;a pas généré le jeton de connexion : rien n&apos;a été envoyé à %1.</translation>
    </message>
    <message>
        <source>Edit the connection: choose “%1” and the provider&apos;s CA certificate.</source>
        <translation>Modifiez la connexion : choisissez « %1 » et le certificat d&apos;AC du fournisseur.</translation>
    </message>
    <message>
        <source>The AWS RDS IAM sign-in token could not be made: nothing was sent to %1.</source>
        <translation>Le jeton de connexion AWS RDS IAM n&apos;a pas pu être généré : rien n&apos;a été envoyé à %1.</translation>
    </message>
    <message>
        <source>The password command failed: nothing was sent to %1.</source>
        <translation>La commande de mot de passe a échoué : rien n&apos;a été envoyé à %1.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <extracomment>%1 is what the password command printed on its standard error</extracomment>
        <translation>Message de la commande : %1</translation>
    </message>
    <message>
        <source>Check the AWS credentials sslcm finds: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the profile in ~/.aws/credentials and ~/.aws/config (“aws sts get-caller-identity” uses the same).</source>
        <translation>Vérifiez les identifiants AWS que sslcm trouve : AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou le profil dans ~/.aws/credentials et ~/.aws/config (« aws sts get-caller-identity » utilise les mêmes).</translation>
    </message>
    <message>
        <source>For AWS SSO or a role to assume, add “credential_process = aws configure export-credentials --profile NAME --format process” to the profile in ~/.aws/config: sslcm itself makes no network call to AWS.</source>
        <translation>Pour AWS SSO ou un rôle à assumer, ajoutez « credential_process = aws configure export-credentials --profile NAME --format process » au profil dans ~/.aws/config : sslcm lui-même n&apos;effectue aucun appel réseau vers AWS.</translation>
    </message>
    <message>
        <source>Run the command in a terminal: %1</source>
        <translation>Exécutez la commande dans un terminal : %1</translation>
    </message>
    <message>
        <source>If it needs a sign-in first (az login, gcloud auth login, unlocking a password manager), do that and test again.</source>
        <translation>Si elle nécessite d&apos;abord une connexion (az login, gcloud auth login, déverrouillage d&apos;un gestionnaire de mots de passe), effectuez-la et testez à nouveau.</translation>
    </message>
    <message>
        <source>sslcm could not reach the SSH jump host %1: %2.</source>
        <translation>sslcm n&apos;a pas pu atteindre l&apos;hôte de rebond SSH %1 : %2.</translation>
    </message>
    <message>
        <source>Nothing was sent to the jump host or the database.</source>
        <translation>Rien n&apos;a été envoyé à l&apos;hôte de rebond ni à la base de données.</translation>
    </message>
    <message>
        <source>Check the jump host&apos;s name and SSH port (usually 22).</source>
        <translation>Vérifiez le nom et le port SSH de l&apos;hôte de rebond (généralement 22).</translation>
    </message>
    <message>
        <source>If it is only reachable through a VPN, connect to that first.</source>
        <translation>S&apos;il n&apos;est accessible que via un VPN, connectez-vous d&apos;abord à celui-ci.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 stopped answering (waited %2).</source>
        <translation>L&apos;hôte de rebond SSH %1 ne répond plus (attente : %2).</translation>
    </message>
    <message>
        <source>A firewall may drop the connection, or the jump host is overloaded.</source>
        <translation>Un pare-feu bloque peut-être la connexion, ou l&apos;hôte de rebond est surchargé.</translation>
    </message>
    <message>
        <source>Check that this computer may connect to the jump host&apos;s SSH port.</source>
        <translation>Vérifiez que cet ordinateur est autorisé à se connecter au port SSH de l&apos;hôte de rebond.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, raise the connect timeout.</source>
        <translation>Réessayez ; si cela se reproduit, augmentez le délai de connexion.</translation>
    </message>
    <message>
        <source>sslcm does not know the SSH jump host %1 yet and stopped before logging in.</source>
        <translation>sslcm ne connaît pas encore l&apos;hôte de rebond SSH %1 et s&apos;est arrêté avant de s&apos;authentifier.</translation>
    </message>
    <message>
        <source>It presented a %1 key with the fingerprint %2. That key is neither in your known_hosts nor on sslcm&apos;s own list.</source>
        <extracomment>%1 is the key type (ssh-ed25519), %2 its SHA256 fingerprint</extracomment>
        <translation>Il a présenté une clé %1 d&apos;empreinte %2. Cette clé ne figure ni dans votre known_hosts ni dans la liste propre à sslcm.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the jump host&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the jump host).</source>
        <translation>Comparez l&apos;empreinte avec celle que vous donne l&apos;administrateur de l&apos;hôte de rebond (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur l&apos;hôte de rebond).</translation>
    </message>
    <message>
        <source>If it matches, accept the key: Trust Host Key in sslcm, or sslcm-cli trust PROFILE --ssh-host-key.</source>
        <translation>Si elle correspond, acceptez la clé : « Faire confiance à la clé d&apos;hôte » dans sslcm, ou sslcm-cli trust PROFILE --ssh-host-key.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 presented a different host key than the one on record; sslcm refused and logged nothing in.</source>
        <translation>L&apos;hôte de rebond SSH %1 a présenté une clé d&apos;hôte différente de celle enregistrée ; sslcm a refusé et n&apos;a effectué aucune connexion.</translation>
    </message>
    <message>
        <source>On record: %1 %2 (in %5)
Presented: %3 %4
Someone may be intercepting the connection, or the jump host was reinstalled.</source>
        <extracomment>%1 and %3 are key types, %2 and %4 SHA256 fingerprints, %5 the file that holds the key</extracomment>
        <translation>Enregistrée : %1 %2 (dans %5)
Présentée : %3 %4
Quelqu&apos;un intercepte peut-être la connexion, ou l&apos;hôte de rebond a été réinstallé.</translation>
    </message>
    <message>
        <source>Ask the jump host&apos;s administrator whether its host key changed.</source>
        <translation>Demandez à l&apos;administrateur de l&apos;hôte de rebond si sa clé d&apos;hôte a changé.</translation>
    </message>
    <message>
        <source>Only once confirmed: remove the old key from that file (ssh-keygen -R HOST -f FILE) and test again to accept the new one.</source>
        <translation>Uniquement après confirmation : supprimez l&apos;ancienne clé de ce fichier (ssh-keygen -R HOST -f FILE) et testez à nouveau pour accepter la nouvelle.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 refused the login.</source>
        <translation>L&apos;hôte de rebond SSH %1 a refusé l&apos;authentification.</translation>
    </message>
    <message>
        <source>Check the SSH user name.</source>
        <translation>Vérifiez le nom d&apos;utilisateur SSH.</translation>
    </message>
    <message>
        <source>Check that the key or password is the one the jump host accepts for that user (authorized_keys).</source>
        <translation>Vérifiez que la clé ou le mot de passe est bien celui que l&apos;hôte de rebond accepte pour cet utilisateur (authorized_keys).</translation>
    </message>
    <message>
        <source>The SSH agent offered no key that the jump host %1 accepts.</source>
        <translation>L&apos;agent SSH n&apos;a proposé aucune clé acceptée par l&apos;hôte de rebond %1.</translation>
    </message>
    <message>
        <source>Add your key to the agent (ssh-add), or choose the key file in the profile.</source>
        <translation>Ajoutez votre clé à l&apos;agent (ssh-add), ou choisissez le fichier de clé dans le profil.</translation>
    </message>
    <message>
        <source>The SSH key file needs its passphrase.</source>
        <translation>Le fichier de clé SSH nécessite sa phrase secrète.</translation>
    </message>
    <message>
        <source>The SSH key file cannot be used: %1.</source>
        <translation>Le fichier de clé SSH est inutilisable : %1.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase when asked; sslcm keeps it in the keychain.</source>
        <translation>Saisissez la phrase secrète de la clé lorsqu&apos;elle vous est demandée ; sslcm la conserve dans le trousseau.</translation>
    </message>
    <message>
        <source>Choose an OpenSSH, PEM or PKCS#8 private key file.</source>
        <translation>Choisissez un fichier de clé privée OpenSSH, PEM ou PKCS#8.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 does not allow a connection to %2.</source>
        <translation>L&apos;hôte de rebond SSH %1 n&apos;autorise pas de connexion vers %2.</translation>
    </message>
    <message>
        <source>Ask the jump host&apos;s administrator to allow TCP forwarding to the database (AllowTcpForwarding, PermitOpen).</source>
        <translation>Demandez à l&apos;administrateur de l&apos;hôte de rebond d&apos;autoriser la redirection TCP vers la base de données (AllowTcpForwarding, PermitOpen).</translation>
    </message>
    <message>
        <source>The SSH jump host %1 could not reach the database at %2.</source>
        <translation>L&apos;hôte de rebond SSH %1 n&apos;a pas pu atteindre la base de données à l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>The database&apos;s host and port are as the jump host sees them: check them (the private name or address, not the public one).</source>
        <translation>L&apos;hôte et le port de la base de données sont ceux que voit l&apos;hôte de rebond : vérifiez-les (le nom ou l&apos;adresse privés, pas les publics).</translation>
    </message>
    <message>
        <source>Check that the database accepts connections from the jump host.</source>
        <translation>Vérifiez que la base de données accepte les connexions depuis l&apos;hôte de rebond.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not lead to a CA this system trusts; sslcm stopped before sending your password.</source>
        <translation>Le certificat du serveur ne mène à aucune AC reconnue par ce système ; sslcm s&apos;est arrêté avant d&apos;envoyer votre mot de passe.</translation>
    </message>
    <message>
        <source>This login went in plain text: TLS is disabled for this profile.</source>
        <translation>Cette connexion s&apos;est faite en clair : TLS est désactivé pour ce profil.</translation>
    </message>
    <message>
        <source>This login went in plain text: the server did not offer TLS.</source>
        <translation>Cette connexion s&apos;est faite en clair : le serveur n&apos;a pas proposé TLS.</translation>
    </message>
    <message>
        <source>The account requires TLS (%1), which a plain-text login cannot meet.</source>
        <translation>Le compte exige TLS (%1), ce qu&apos;une connexion en clair ne peut pas satisfaire.</translation>
    </message>
    <message>
        <source>The account requires no TLS, so the password (or the user name, or the host the account allows) is wrong.</source>
        <translation>Le compte n&apos;exige pas TLS, donc le mot de passe est faux (ou le nom d&apos;utilisateur, ou l&apos;hôte autorisé par le compte).</translation>
    </message>
    <message>
        <source>Either the password or the user name is wrong, or the account requires TLS (REQUIRE SSL or stronger), which a plain-text login cannot meet: servers answer both with the same error, 1045.</source>
        <translation>Soit le mot de passe ou le nom d&apos;utilisateur est faux, soit le compte exige TLS (REQUIRE SSL ou plus strict), ce qu&apos;une connexion en clair ne peut pas satisfaire : les serveurs répondent aux deux par la même erreur, 1045.</translation>
    </message>
    <message>
        <source>Choose “Verify CA and host name”: your password should not cross the network in plain text.</source>
        <translation>Choisissez « Vérifier l&apos;AC et le nom d&apos;hôte » : votre mot de passe ne devrait pas traverser le réseau en clair.</translation>
    </message>
    <message>
        <source>Enable TLS on the server (ssl_cert and ssl_key in its configuration), then choose “Verify CA and host name”.</source>
        <translation>Activez TLS sur le serveur (ssl_cert et ssl_key dans sa configuration), puis choisissez « Vérifier l&apos;AC et le nom d&apos;hôte ».</translation>
    </message>
</context>
<context>
    <name>ConnectionImporter</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>« %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file</source>
        <translation>« %1 » n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a connection file (%2 bytes; at most %3)</source>
        <translation>« %1 » est trop volumineux pour être un fichier de connexion (%2 octets ; %3 au maximum)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>« %1 » est trop volumineux</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text file (it contains binary data)</source>
        <translation>« %1 » n&apos;est pas un fichier texte (il contient des données binaires)</translation>
    </message>
</context>
<context>
    <name>ConnectionPreset</name>
    <message>
        <source>Other server</source>
        <extracomment>Preset: no provider, everything entered by hand</extracomment>
        <translation>Autre serveur</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the CA certificate that signed the server&apos;s certificate, and use the host name that certificate names.</source>
        <translation>Demandez à l&apos;administrateur du serveur le certificat d&apos;AC qui a signé le certificat du serveur, et utilisez le nom d&apos;hôte indiqué par ce certificat.</translation>
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
        <translation>Téléchargez le certificat d&apos;AC que Rackspace fournit pour Cloud Databases et choisissez-le comme fichier d&apos;AC ; connectez-vous avec le nom d&apos;hôte de l&apos;instance, et non avec son adresse IP.</translation>
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
        <translation>Choisissez le lot d&apos;AC global d&apos;AWS (global-bundle.pem) comme fichier d&apos;AC ; le certificat serveur indique le point de terminaison de l&apos;instance : connectez-vous donc à ce nom, et non à une adresse IP ou à votre propre CNAME.</translation>
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
        <translation>Les certificats de Flexible Server remontent à des racines DigiCert et Microsoft présentes dans le magasin de certificats de confiance du système ; aucun fichier d&apos;AC n&apos;est donc nécessaire. Connectez-vous à &lt;server&gt;.mysql.database.azure.com.</translation>
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
        <translation>Téléchargez l&apos;AC de serveur de l&apos;instance (server-ca.pem) depuis la console ; son certificat serveur indique le nom de connexion de l&apos;instance, et non l&apos;adresse IP à laquelle vous vous connectez : « Vérifier l&apos;AC » est donc le choix habituel.</translation>
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
        <translation>Téléchargez le certificat d&apos;AC du cluster (ca-certificate.crt) depuis ses informations de connexion ; chaque cluster possède sa propre AC, et le certificat indique le nom d&apos;hôte du cluster.</translation>
    </message>
    <message>
        <source>Server on this computer</source>
        <translation>Serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Use the CA that signed the server&apos;s own certificate (the file --ssl-ca points to on the server) and the address it names; 127.0.0.1 connects over TCP, which is what TLS needs.</source>
        <translation>Utilisez l&apos;AC qui a signé le certificat propre du serveur (le fichier désigné par --ssl-ca sur le serveur) et l&apos;adresse qu&apos;il indique ; 127.0.0.1 se connecte via TCP, ce dont TLS a besoin.</translation>
    </message>
    <message>
        <source>Sign in with AWS &amp;IAM instead of a password</source>
        <extracomment>Check box under the Amazon RDS preset</extracomment>
        <translation>S&apos;authentifier avec AWS &amp;IAM au lieu d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>Sign in with Microsoft Entra &amp;ID instead of a password</source>
        <extracomment>Check box under the Azure preset</extracomment>
        <translation>S&apos;authentifier avec Microsoft Entra &amp;ID au lieu d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>Sign in with &amp;IAM instead of a password</source>
        <extracomment>Check box under the Google Cloud SQL preset</extracomment>
        <translation>S&apos;authentifier avec &amp;IAM au lieu d&apos;un mot de passe</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Secure: encrypted, and the server proved its identity.</source>
        <translation>Sécurisée : chiffrée, et le serveur a prouvé son identité.</translation>
    </message>
    <message>
        <source>Encrypted, but the server&apos;s identity was not verified: anyone in the middle could pose as the server.</source>
        <translation>Chiffrée, mais l&apos;identité du serveur n&apos;a pas été vérifiée : n&apos;importe qui placé entre les deux pourrait se faire passer pour le serveur.</translation>
    </message>
    <message>
        <source>Not encrypted: the password and all data crossed the network in plain text.</source>
        <translation>Non chiffrée : le mot de passe et toutes les données ont transité sur le réseau en clair.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>sslcm connection test: %1</source>
        <translation>Test de connexion sslcm : %1</translation>
    </message>
    <message>
        <source>Server: %1:%2, user %3, SSL mode %4%5</source>
        <translation>Serveur : %1:%2, utilisateur %3, mode SSL %4%5</translation>
    </message>
    <message>
        <source>, pinned certificate</source>
        <translation>, certificat épinglé</translation>
    </message>
    <message>
        <source>Started: %1 UTC, took %2 ms</source>
        <translation>Démarré : %1 UTC, durée %2 ms</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>Server version: %1, connection id %2</source>
        <translation>Version du serveur : %1, identifiant de connexion %2</translation>
    </message>
    <message>
        <source>Server&apos;s view of the session: TLS %1, cipher %2</source>
        <translation>Vision de la session par le serveur : TLS %1, suite de chiffrement %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Logged in as: %1</source>
        <translation>Connecté en tant que : %1</translation>
    </message>
    <message>
        <source>Account TLS requirement: %1</source>
        <translation>Exigence TLS du compte : %1</translation>
    </message>
    <message>
        <source>Server certificate SHA-256: %1</source>
        <translation>SHA-256 du certificat serveur : %1</translation>
    </message>
    <message>
        <source>Certificates presented by the server: %1</source>
        <translation>Certificats présentés par le serveur : %1</translation>
    </message>
    <message>
        <source>Verification: %1 (depth %2)</source>
        <translation>Vérification : %1 (profondeur %2)</translation>
    </message>
    <message>
        <source>Login error %1: %2</source>
        <translation>Erreur d&apos;authentification %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a known host name (%2)</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte connu (%2)</translation>
    </message>
    <message>
        <source>TLS is disabled for this profile</source>
        <translation>TLS est désactivé pour ce profil</translation>
    </message>
    <message>
        <source>the server offers no TLS: connected in plain text</source>
        <translation>le serveur ne propose pas TLS : connexion en texte clair</translation>
    </message>
    <message>
        <source>the pinned fingerprint matches</source>
        <translation>l&apos;empreinte épinglée correspond</translation>
    </message>
    <message>
        <source>not verified: the mode is %1</source>
        <translation>non vérifié : le mode est %1</translation>
    </message>
    <message>
        <source>the chain leads to your CA and names %1</source>
        <translation>la chaîne mène à votre AC et désigne %1</translation>
    </message>
    <message>
        <source>the chain leads to your CA</source>
        <translation>la chaîne mène à votre AC</translation>
    </message>
    <message>
        <source>the server reports TLS &quot;%1&quot; / &quot;%2&quot; for this session, sslcm saw &quot;%3&quot; / &quot;%4&quot;</source>
        <translation>le serveur indique TLS « %1 » / « %2 » pour cette session, sslcm a vu « %3 » / « %4 »</translation>
    </message>
    <message>
        <source>the server confirms %1 for this session</source>
        <translation>le serveur confirme %1 pour cette session</translation>
    </message>
    <message>
        <source>the server confirms: no TLS</source>
        <translation>le serveur confirme : pas de TLS</translation>
    </message>
    <message>
        <source>Client library: %1</source>
        <extracomment>%1 is a library and its version, &quot;libmariadb 3.3.14&quot;</extracomment>
        <translation>Bibliothèque cliente : %1</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS : %1, suite de chiffrement %2</translation>
    </message>
    <message>
        <source>Password source: %1</source>
        <extracomment>%1 says where the password came from (&quot;password from: pass show db&quot;)</extracomment>
        <translation>Source du mot de passe : %1</translation>
    </message>
    <message>
        <source>The password command said: %1</source>
        <translation>Message de la commande de mot de passe : %1</translation>
    </message>
    <message>
        <source>nothing to make: the password is the saved or typed one</source>
        <translation>rien à générer : le mot de passe est celui enregistré ou saisi</translation>
    </message>
    <message>
        <source>nothing to make: the password is the typed one</source>
        <translation>rien à générer : le mot de passe est celui saisi</translation>
    </message>
    <message>
        <source>SSH jump host %1: %2; the jump host resolves %3</source>
        <translation>Hôte de rebond SSH %1 : %2 ; l&apos;hôte de rebond résout %3</translation>
    </message>
    <message>
        <source>already up: the SSH session is shared</source>
        <translation>déjà active : la session SSH est partagée</translation>
    </message>
    <message>
        <source>%1 %2, on record in %3</source>
        <extracomment>%1 is the key type, %2 its SHA256 fingerprint, %3 the file that holds it</extracomment>
        <translation>%1 %2, enregistrée dans %3</translation>
    </message>
    <message>
        <source>the jump host connected to %1</source>
        <translation>l&apos;hôte de rebond s&apos;est connecté à %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>Short verdict of a connection test, for a list cell: encrypted and the server proved its identity</extracomment>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Encrypted, not verified</source>
        <extracomment>Short verdict: encrypted, but the server&apos;s identity was not checked</extracomment>
        <translation>Chiffrée, non vérifiée</translation>
    </message>
    <message>
        <source>Plain text</source>
        <extracomment>Short verdict: the connection was not encrypted</extracomment>
        <translation>En clair</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Short verdict: the connection could not be made</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Short verdict: the test was stopped before it finished</extracomment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Standard input (--password-stdin)</source>
        <translation>Entrée standard (--password-stdin)</translation>
    </message>
    <message>
        <source>None given: an empty password</source>
        <translation>Aucun fourni : un mot de passe vide</translation>
    </message>
    <message>
        <source>Typed in for this test, not saved</source>
        <translation>Saisi pour ce test, non enregistré</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>connection URI</source>
        <translation>URI de connexion</translation>
    </message>
    <message>
        <source>the text is too long for a URI</source>
        <translation>le texte est trop long pour une URI</translation>
    </message>
    <message>
        <source>not a MySQL or MariaDB URI (mysql://, mariadb://)</source>
        <translation>ce n&apos;est pas une URI MySQL ou MariaDB (mysql://, mariadb://)</translation>
    </message>
    <message>
        <source>a URI cannot contain spaces or control characters</source>
        <translation>une URI ne peut pas contenir d&apos;espaces ni de caractères de contrôle</translation>
    </message>
    <message>
        <source>more than one host (%1): only the first is used</source>
        <translation>plusieurs hôtes (%1) : seul le premier est utilisé</translation>
    </message>
    <message>
        <source>an IPv6 address without &quot;]&quot;</source>
        <translation>une adresse IPv6 sans « ] »</translation>
    </message>
    <message>
        <source>unexpected text after the address</source>
        <translation>texte inattendu après l&apos;adresse</translation>
    </message>
    <message>
        <source>the URI names no host</source>
        <translation>l&apos;URI ne désigne aucun hôte</translation>
    </message>
    <message>
        <source>connect timeout &quot;%1&quot;</source>
        <translation>délai de connexion « %1 »</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; = &quot;%2&quot;</source>
        <translation>paramètre « %1 » = « %2 »</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The URI contains a password in clear text. Store it in the keychain and keep it out of URIs.</source>
        <translation>L&apos;URI contient un mot de passe en clair. Enregistrez-le dans le trousseau et ne le mettez pas dans les URI.</translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>Wizard button</extracomment>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>La connexion n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>DBeaverImporter</name>
    <message>
        <source>DBeaver connections</source>
        <translation>Connexions DBeaver</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most %2)</source>
        <translation>le fichier est trop volumineux (%1 octets ; au maximum %2)</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1): %2</source>
        <translation>JSON non valide (à l&apos;octet %1) : %2</translation>
    </message>
    <message>
        <source>not a DBeaver data-sources.json (no &quot;connections&quot;)</source>
        <translation>ce n&apos;est pas un fichier data-sources.json de DBeaver (pas de « connections »)</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; (%2 is not MySQL or MariaDB)</source>
        <translation>connexion « %1 » (%2 n&apos;est ni MySQL ni MariaDB)</translation>
    </message>
    <message>
        <source>the JDBC URL &quot;%1&quot; (import it as a URI)</source>
        <translation>l&apos;URL JDBC « %1 » (importez-la comme URI)</translation>
    </message>
    <message>
        <source>the network handler &quot;%1&quot; (for example an SSH tunnel)</source>
        <translation>le gestionnaire réseau « %1 » (par exemple un tunnel SSH)</translation>
    </message>
    <message>
        <source>DBeaver&apos;s &quot;verify server certificate&quot; checks the CA but not the host name (Connector/J VERIFY_CA).</source>
        <translation>L&apos;option « verify server certificate » de DBeaver vérifie l&apos;AC mais pas le nom d&apos;hôte (Connector/J VERIFY_CA).</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; in %2</source>
        <translation>connexion « %1 » dans %2</translation>
    </message>
    <message>
        <source>DBeaver keeps user names and passwords in its encrypted credentials-config.json: enter them in sslcm.</source>
        <translation>DBeaver conserve les noms d&apos;utilisateur et les mots de passe dans son fichier chiffré credentials-config.json : saisissez-les dans sslcm.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; is stored in clear text in %2.</source>
        <translation>Le mot de passe de « %1 » est enregistré en clair dans %2.</translation>
    </message>
    <message>
        <source>the file holds no connections</source>
        <translation>le fichier ne contient aucune connexion</translation>
    </message>
    <message>
        <source>DBeaver signs in with AWS RDS IAM: sslcm makes the sign-in token itself when connecting (%1).</source>
        <translation>DBeaver s&apos;authentifie via AWS RDS IAM : sslcm génère lui-même le jeton de connexion au moment de se connecter (%1).</translation>
    </message>
    <message>
        <source>the AWS access keys DBeaver keeps (%1): sslcm reads AWS credentials from the environment and ~/.aws/credentials; put them into a profile there and name it in the password source</source>
        <translation>les clés d&apos;accès AWS conservées par DBeaver (%1) : sslcm lit les identifiants AWS dans l&apos;environnement et dans ~/.aws/credentials ; placez-les dans un profil de ce fichier et indiquez-le dans la source du mot de passe</translation>
    </message>
    <message>
        <source>the sign-in method &quot;%1&quot; (choose the password source after importing)</source>
        <translation>la méthode d&apos;authentification « %1 » (choisissez la source du mot de passe après l&apos;importation)</translation>
    </message>
    <message>
        <source>The SSH tunnel goes through further jump servers (%1): sslcm goes through one jump host.</source>
        <translation>Le tunnel SSH passe par d&apos;autres serveurs de rebond (%1) : sslcm passe par un seul hôte de rebond.</translation>
    </message>
    <message>
        <source>The SSH tunnel&apos;s port “%1” is not a port number.</source>
        <translation>Le port « %1 » du tunnel SSH n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>the SSH private key kept inside DBeaver&apos;s settings (keyValue): save it to a file only you can read and choose that file</source>
        <translation>la clé privée SSH conservée dans les paramètres de DBeaver (keyValue) : enregistrez-la dans un fichier que vous seul pouvez lire et choisissez ce fichier</translation>
    </message>
    <message>
        <source>The SSH tunnel signs in with “%1”, which sslcm does not know: choose a key file, the agent or a password in sslcm.</source>
        <translation>Le tunnel SSH s&apos;authentifie avec « %1 », que sslcm ne connaît pas : choisissez un fichier de clé, l&apos;agent ou un mot de passe dans sslcm.</translation>
    </message>
    <message>
        <source>DBeaver keeps the SSH user in credentials-config.json, which was not read: import data-sources.json from its folder (.dbeaver) so that sslcm reads both, or enter the jump host in sslcm.</source>
        <translation>DBeaver conserve l&apos;utilisateur SSH dans credentials-config.json, qui n&apos;a pas été lu : importez data-sources.json depuis son dossier (.dbeaver) pour que sslcm lise les deux, ou saisissez l&apos;hôte de rebond dans sslcm.</translation>
    </message>
    <message>
        <source>Reached through the SSH jump host %1, as in DBeaver: the database&apos;s address %2 is as the jump host sees it, and sslcm checks the server&apos;s certificate against %3.</source>
        <extracomment>%1 is the jump host (user@host:port), %2 the database&apos;s address, %3 its host</extracomment>
        <translation>Accès via l&apos;hôte de rebond SSH %1, comme dans DBeaver : l&apos;adresse %2 de la base de données est celle que voit l&apos;hôte de rebond, et sslcm vérifie le certificat du serveur par rapport à %3.</translation>
    </message>
    <message>
        <source>DBeaver skips the check of the jump host&apos;s key for this connection; sslcm checks it against ~/.ssh/known_hosts and asks before it trusts a new one.</source>
        <translation>DBeaver ignore la vérification de la clé de l&apos;hôte de rebond pour cette connexion ; sslcm la vérifie dans ~/.ssh/known_hosts et demande avant de faire confiance à une nouvelle clé.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted (it is damaged, or not DBeaver&apos;s): enter the user names and passwords in sslcm.</source>
        <translation>%1 n&apos;a pas pu être déchiffré (il est endommagé, ou ne vient pas de DBeaver) : saisissez les noms d&apos;utilisateur et les mots de passe dans sslcm.</translation>
    </message>
    <message>
        <source>The SSH password of &quot;%1&quot; is stored in clear text in %2.</source>
        <translation>Le mot de passe SSH de &quot;%1&quot; est stocké en clair dans %2.</translation>
    </message>
    <message>
        <source>The passwords in %1 are encrypted with a key that is the same in every copy of DBeaver: anyone who can read that file can read them. Once they are in the keychain, consider DBeaver&apos;s secure storage or removing the saved passwords there.</source>
        <translation>Les mots de passe de %1 sont chiffrés avec une clé identique dans chaque copie de DBeaver : quiconque peut lire ce fichier peut les lire. Une fois qu&apos;ils sont dans le trousseau, envisagez le stockage sécurisé de DBeaver ou la suppression des mots de passe qui y sont enregistrés.</translation>
    </message>
</context>
<context>
    <name>ExpiryNotifier</name>
    <message>
        <source>%1: %2 (%3) expires %4, %5</source>
        <extracomment>One line of the expiry notification: %1 connection, %2 the certificate&apos;s name, %3 &quot;server certificate&quot; / &quot;CA file&quot;..., %4 the date, %5 &quot;in 12 days&quot; / &quot;expired 3 days ago&quot;</extracomment>
        <translation>%1 : %2 (%3) expire le %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>et %n autre.</numerusform>
            <numerusform>et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of your connections expire within %1 days</source>
        <translation>
            <numerusform>%n certificat de vos connexions expire dans les %1 jours</numerusform>
            <numerusform>%n certificats de vos connexions expirent dans les %1 jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryTimeline</name>
    <message>
        <source>Certificate expiry timeline</source>
        <translation>Chronologie d&apos;expiration des certificats</translation>
    </message>
    <message>
        <source>%1: %2 (%3), expires %4, %5</source>
        <extracomment>The focused certificate of the expiry timeline: %1 connection, %2 the certificate&apos;s name, %3 &quot;server certificate&quot; / &quot;CA file&quot;..., %4 date, %5 &quot;in 12 days&quot;</extracomment>
        <translation>%1 : %2 (%3), expire le %4, %5</translation>
    </message>
    <message>
        <source>No certificates known yet</source>
        <translation>Aucun certificat connu pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Window title of the certificate viewer opened from the timeline: %1 connection, %2 &quot;server certificate&quot; / &quot;CA file&quot;...</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No certificates known yet. Add a CA file to a connection, or run an audit to see the servers&apos; certificates.</source>
        <translation>Aucun certificat connu pour l&apos;instant. Ajoutez un fichier d&apos;AC à une connexion, ou lancez un audit pour voir les certificats des serveurs.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <extracomment>Marks the warning threshold on the expiry timeline</extracomment>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
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
                            écrit un profil pour un autre client ou une autre application ;
                            FORMAT : %1
                            --with-password écrit le mot de passe du trousseau dans FILE (mode 0600)
</translation>
    </message>
    <message>
        <source>Format.</source>
        <translation>Format.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>Include the password (file only).</source>
        <translation>Inclure le mot de passe (fichier uniquement).</translation>
    </message>
    <message>
        <source>Every profile, as sslcm JSON.</source>
        <translation>Tous les profils, au format JSON de sslcm.</translation>
    </message>
    <message>
        <source>--all exports every profile as sslcm JSON, without secrets</source>
        <translation>--all exporte tous les profils au format JSON de sslcm, sans les secrets</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs one profile name or id</source>
        <translation>&quot;export&quot; attend un nom ou un identifiant de profil</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs --as FORMAT</source>
        <translation>&quot;export&quot; attend --as FORMAT</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>format inconnu « %1 »</translation>
    </message>
    <message>
        <source>--with-password writes only into a file (--output FILE)</source>
        <translation>--with-password n&apos;écrit que dans un fichier (--output FILE)</translation>
    </message>
    <message>
        <source>cannot read the password from the keychain: %1</source>
        <translation>impossible de lire le mot de passe depuis le trousseau : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Write the password into the saved file</source>
        <translation>É&amp;crire le mot de passe dans le fichier enregistré</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <extracomment>Window title; %1 is the profile&apos;s name</extracomment>
        <translation>Exporter « %1 »</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>Clients and files</source>
        <extracomment>Heading of the export formats that are not application code</extracomment>
        <translation>Clients et fichiers</translation>
    </message>
    <message>
        <source>Use in your application</source>
        <extracomment>Heading of the export formats that are connection code for applications</extracomment>
        <translation>Utiliser dans votre application</translation>
    </message>
    <message>
        <source>Exported text</source>
        <translation>Texte exporté</translation>
    </message>
    <message>
        <source>Write the password into the saved file</source>
        <translation>Écrire le mot de passe dans le fichier enregistré</translation>
    </message>
    <message>
        <source>Only the saved file gets the password from the keychain, and it is created readable only by you. The preview and Copy never contain it.</source>
        <translation>Seul le fichier enregistré reçoit le mot de passe du trousseau, et il est créé lisible par vous seul. L&apos;aperçu et « Copier » ne le contiennent jamais.</translation>
    </message>
    <message>
        <source>Copy the exported text</source>
        <translation>Copier le texte exporté</translation>
    </message>
    <message>
        <source>Save the export as a file</source>
        <translation>Enregistrer l&apos;export dans un fichier</translation>
    </message>
    <message>
        <source>The saved file will hold the password; it is created readable only by you (mode 0600).</source>
        <translation>Le fichier enregistré contiendra le mot de passe ; il est créé lisible par vous seul (mode 0600).</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour cette connexion.</translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation>Le trousseau n&apos;a pas fourni le mot de passe : %1</translation>
    </message>
    <message>
        <source>Copied (without the password).</source>
        <translation>Copié (sans le mot de passe).</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>mysql command line</source>
        <translation>ligne de commande mysql</translation>
    </message>
    <message>
        <source>mariadb command line</source>
        <translation>ligne de commande mariadb</translation>
    </message>
    <message>
        <source>Option file ([client] group)</source>
        <translation>Fichier d&apos;options (groupe [client])</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>URI de connexion</translation>
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
        <translation>Profils sslcm (JSON)</translation>
    </message>
</context>
<context>
    <name>FetchCertificateDialog</name>
    <message>
        <source>&amp;View Chain…</source>
        <translation>&amp;Afficher la chaîne…</translation>
    </message>
    <message>
        <source>&amp;Use the Server&apos;s CA Certificate</source>
        <translation>&amp;Utiliser le certificat d&apos;AC du serveur</translation>
    </message>
    <message>
        <source>&amp;Pin the Server Certificate</source>
        <translation>É&amp;pingler le certificat du serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Server Certificate of %1</source>
        <extracomment>Window title; %1 is host:port</extracomment>
        <translation>Certificat serveur de %1</translation>
    </message>
    <message>
        <source>Certificates the server presented</source>
        <translation>Certificats présentés par le serveur</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>View the server&apos;s certificate chain</source>
        <translation>Afficher la chaîne de certificats du serveur</translation>
    </message>
    <message>
        <source>Use the server&apos;s CA certificate as the CA file</source>
        <translation>Utiliser le certificat d&apos;AC du serveur comme fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Pin the server certificate</source>
        <translation>Épingler le certificat du serveur</translation>
    </message>
    <message>
        <source>Cancel fetching</source>
        <translation>Annuler la récupération</translation>
    </message>
    <message>
        <source>Asking %1 for its certificate (no user name or password is sent)…</source>
        <translation>Demande de son certificat à %1 (aucun nom d&apos;utilisateur ni mot de passe n&apos;est envoyé)…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>Role of a certificate in the chain: the first one is the server&apos;s own</extracomment>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>CA: %1</source>
        <translation>AC : %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>✗ %1 does not offer TLS: it has no certificate to show.</source>
        <translation>✗ %1 ne propose pas TLS : il n&apos;a aucun certificat à montrer.</translation>
    </message>
    <message>
        <source>✗ No TLS session with %1: %2</source>
        <translation>✗ Aucune session TLS avec %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 presented %n certificate(s) over %2.</source>
        <translation>
            <numerusform>%1 a présenté %n certificat via %2.</numerusform>
            <numerusform>%1 a présenté %n certificats via %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Your CA settings verify this certificate and it names %1. You do not need to trust anything more.</source>
        <translation>✓ Vos paramètres d&apos;AC valident ce certificat et il désigne %1. Vous n&apos;avez rien d&apos;autre à approuver.</translation>
    </message>
    <message>
        <source>⚠ The chain is trusted, but the certificate does not name %1. Connect with a name it covers, or choose “Verify CA”.</source>
        <translation>⚠ La chaîne est approuvée, mais le certificat ne désigne pas %1. Connectez-vous avec un nom qu&apos;il couvre, ou choisissez « Vérifier l&apos;AC ».</translation>
    </message>
    <message>
        <source>⚠ Your CA settings do not verify this certificate (%1). Trust it only if the fingerprint above matches what the server&apos;s administrator gave you.</source>
        <translation>⚠ Vos paramètres d&apos;AC ne valident pas ce certificat (%1). Ne l&apos;approuvez que si l&apos;empreinte ci-dessus correspond à celle que l&apos;administrateur du serveur vous a communiquée.</translation>
    </message>
    <message>
        <source>Trust This CA Certificate?</source>
        <translation>Approuver ce certificat d&apos;AC ?</translation>
    </message>
    <message>
        <source>Use this certificate as the connection&apos;s CA file?</source>
        <translation>Utiliser ce certificat comme fichier d&apos;AC de la connexion ?</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Trust this CA certificate</source>
        <translation>Approuver ce certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Pin This Certificate?</source>
        <translation>Épingler ce certificat ?</translation>
    </message>
    <message>
        <source>Accept only this exact server certificate from now on?</source>
        <translation>N&apos;accepter désormais que ce certificat serveur précis ?</translation>
    </message>
    <message>
        <source>SHA-256: %1

When the server gets a new certificate, the connection fails until you pin the new one.</source>
        <translation>SHA-256 : %1

Lorsque le serveur obtiendra un nouveau certificat, la connexion échouera jusqu&apos;à ce que vous épingliez le nouveau.</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>Épingler ce certificat</translation>
    </message>
    <message>
        <source>Your system already trusts this CA, which signs certificates for many hosts, so the connection will also check that the certificate names %1 (“%2”).</source>
        <translation>Votre système approuve déjà cette AC, qui signe des certificats pour de nombreux hôtes ; la connexion vérifiera donc aussi que le certificat désigne %1 (« %2 »).</translation>
    </message>
    <message>
        <source>Every server certificate this CA signs will be trusted for this connection.</source>
        <translation>Tout certificat serveur signé par cette AC sera approuvé pour cette connexion.</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid until: %3
SHA-256: %4

%5</source>
        <translation>Émis pour : %1
Émis par : %2
Valide jusqu&apos;au : %3
SHA-256 : %4

%5</translation>
    </message>
    <message>
        <source>✗ sslcm does not know the host key of the SSH jump host %1 yet; nothing was asked of the server.</source>
        <extracomment>%1 is the SSH jump host (user@host:port)</extracomment>
        <translation>✗ sslcm ne connaît pas encore la clé d&apos;hôte de l&apos;hôte de rebond SSH %1 ; rien n&apos;a été demandé au serveur.</translation>
    </message>
    <message>
        <source>✗ The SSH jump host %1 presented a different host key than the one on record; sslcm stopped there.</source>
        <extracomment>%1 is the SSH jump host (user@host:port)</extracomment>
        <translation>✗ L&apos;hôte de rebond SSH %1 a présenté une clé d&apos;hôte différente de celle enregistrée ; sslcm s&apos;est arrêté là.</translation>
    </message>
    <message>
        <source>✗ The key file for the SSH jump host %1 needs its passphrase.</source>
        <extracomment>%1 is the SSH jump host (user@host:port)</extracomment>
        <translation>✗ Le fichier de clé de l&apos;hôte de rebond SSH %1 nécessite sa phrase secrète.</translation>
    </message>
</context>
<context>
    <name>FleetHealthWindow</name>
    <message>
        <source>Fleet Health</source>
        <extracomment>Window title; the application name is appended by the system</extracomment>
        <translation>Santé du parc</translation>
    </message>
    <message>
        <source>Audit &amp;All</source>
        <translation>&amp;Tout auditer</translation>
    </message>
    <message>
        <source>Audit all connections</source>
        <translation>Auditer toutes les connexions</translation>
    </message>
    <message>
        <source>Check the TLS of every saved connection, without logging in unless “Also log in” is checked</source>
        <translation>Vérifier la configuration TLS de chaque connexion enregistrée, sans ouvrir de session sauf si « Se connecter aussi » est coché</translation>
    </message>
    <message>
        <source>Audit &amp;Selected</source>
        <translation>Auditer la &amp;sélection</translation>
    </message>
    <message>
        <source>Audit the selected connections</source>
        <translation>Auditer les connexions sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the audit</source>
        <translation>Annuler l&apos;audit</translation>
    </message>
    <message>
        <source>Also &amp;log in (over verified TLS only)</source>
        <translation>Se c&amp;onnecter aussi (uniquement via TLS vérifié)</translation>
    </message>
    <message>
        <source>Also log in, over verified TLS only</source>
        <translation>Se connecter aussi, uniquement via TLS vérifié</translation>
    </message>
    <message>
        <source>Log in with each connection&apos;s saved password to read the server&apos;s TLS settings, the accounts that can log in without TLS and the sessions without TLS. Only where the server&apos;s certificate was verified; never sends a password otherwise.</source>
        <translation>Ouvrir une session avec le mot de passe enregistré de chaque connexion pour lire les paramètres TLS du serveur, les comptes qui peuvent se connecter sans TLS et les sessions sans TLS. Uniquement là où le certificat du serveur a été vérifié ; sinon, aucun mot de passe n&apos;est jamais envoyé.</translation>
    </message>
    <message>
        <source>&amp;Warn within:</source>
        <translation>Délai d&apos;a&amp;vertissement :</translation>
    </message>
    <message>
        <source>Warn about certificates expiring within this many days</source>
        <translation>Avertir des certificats qui expirent dans ce nombre de jours</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days before expiry that counts as &quot;expiring soon&quot;</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Progression de l&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <source>Filter the results</source>
        <translation>Filtrer les résultats</translation>
    </message>
    <message>
        <source>Connection, server or finding</source>
        <translation>Connexion, serveur ou constat</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>Show results of this severity</source>
        <translation>Afficher les résultats de cette gravité</translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation>Résultats de l&apos;audit</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>En-têtes de lignes</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>Findings of the selected connection</source>
        <translation>Constats de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Account TLS Re&amp;quirements…</source>
        <translation>E&amp;xigences TLS des comptes…</translation>
    </message>
    <message>
        <source>Account TLS requirements for this server</source>
        <translation>Exigences TLS des comptes de ce serveur</translation>
    </message>
    <message>
        <source>Write and run the statements that make these accounts require TLS</source>
        <translation>Rédiger et exécuter les instructions qui imposent TLS à ces comptes</translation>
    </message>
    <message>
        <source>Every certificate sslcm knows: the servers&apos; chains from the last audit and the connections&apos; CA files and client certificates. Arrow keys move between them; Enter or a click opens one.</source>
        <translation>Tous les certificats que sslcm connaît : les chaînes des serveurs issues du dernier audit, ainsi que les fichiers d&apos;AC et les certificats clients des connexions. Les touches fléchées permettent de passer de l&apos;un à l&apos;autre ; Entrée ou un clic en ouvre un.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>Expiry &amp;Timeline</source>
        <translation>&amp;Chronologie des expirations</translation>
    </message>
    <message>
        <source>Fleet health views</source>
        <translation>Vues de la santé du parc</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>Age of the last audit</extracomment>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit yet. “Audit All” checks every connection.</source>
        <translation>Aucun audit pour l&apos;instant. « Tout auditer » vérifie chaque connexion.</translation>
    </message>
    <message>
        <source>Last audit: %1</source>
        <extracomment>%1 &quot;3 hours ago&quot;, %2 the date and time</extracomment>
        <translation>Dernier audit : %1</translation>
    </message>
    <message>
        <source>Never audited</source>
        <translation>Aucun audit effectué</translation>
    </message>
    <message>
        <source>Select a connection to see what the audit found.</source>
        <translation>Sélectionnez une connexion pour voir ce que l&apos;audit a constaté.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>Title of the findings pane: %1 connection, %2 server, %3 severity</extracomment>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos;@&apos;%2&apos; can log in without TLS</source>
        <extracomment>An account that can log in without TLS: %1 user, %2 host pattern</extracomment>
        <translation>Le compte &apos;%1&apos;@&apos;%2&apos; peut se connecter sans TLS</translation>
    </message>
    <message>
        <source>Require TLS for it (Account TLS Requirements)</source>
        <translation>Lui imposer TLS (Exigences TLS des comptes)</translation>
    </message>
    <message>
        <source>Reading saved passwords…</source>
        <translation>Lecture des mots de passe enregistrés…</translation>
    </message>
    <message>
        <source>Select all findings</source>
        <translation>Sélectionner tous les constats</translation>
    </message>
</context>
<context>
    <name>HostnameMatch</name>
    <message>
        <source>The certificate names no IP address, so it cannot match %1.</source>
        <translation>Le certificat ne désigne aucune adresse IP, il ne peut donc pas correspondre à %1.</translation>
    </message>
    <message>
        <source>The certificate is for IP address %1, not %2.</source>
        <translation>Le certificat est émis pour l&apos;adresse IP %1, pas pour %2.</translation>
    </message>
    <message>
        <source>The certificate names no host, so it cannot match %1.</source>
        <translation>Le certificat ne désigne aucun hôte, il ne peut donc pas correspondre à %1.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not %2.</source>
        <translation>Le certificat est émis pour %1, pas pour %2.</translation>
    </message>
</context>
<context>
    <name>HostsFile</name>
    <message>
        <source>%1 is a folder, not a list of hosts</source>
        <translation>%1 est un dossier, pas une liste d&apos;hôtes</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n MB; it is not a list of hosts</source>
        <translation>
            <numerusform>%1 dépasse %n Mo ; ce n&apos;est pas une liste d&apos;hôtes</numerusform>
            <numerusform>%1 dépasse %n Mo ; ce n&apos;est pas une liste d&apos;hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>the line is not text (UTF-8)</source>
        <translation>la ligne n&apos;est pas du texte (UTF-8)</translation>
    </message>
    <message>
        <source>one host per line: HOST, HOST:PORT or [IPv6]:PORT</source>
        <translation>un hôte par ligne : HOST, HOST:PORT ou [IPv6]:PORT</translation>
    </message>
    <message>
        <source>brackets hold an IPv6 address: write [IPv6]:PORT, or HOST:PORT</source>
        <translation>les crochets entourent une adresse IPv6 : écrivez [IPv6]:PORT, ou HOST:PORT</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535, not %1</source>
        <translation>le port doit être compris entre 1 et 65535, et non %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST, HOST:PORT or [IPv6]:PORT</source>
        <translation>&quot;%1&quot; n&apos;est pas de la forme HOST, HOST:PORT ou [IPv6]:PORT</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 figure déjà à la ligne %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Only show what would happen.</source>
        <translation>Afficher seulement ce qui se passerait.</translation>
    </message>
    <message>
        <source>Also add profiles that already exist.</source>
        <translation>Ajouter aussi les profils qui existent déjà.</translation>
    </message>
    <message>
        <source>Store passwords found in the keychain.</source>
        <translation>Enregistrer dans le trousseau les mots de passe trouvés.</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs a file, a URI or a command line</source>
        <translation>&quot;import&quot; attend un fichier, une URI ou une ligne de commande</translation>
    </message>
    <message>
        <source>Dry run: nothing was added.</source>
        <translation>Simulation : rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>the profile store cannot be written</source>
        <translation>impossible d&apos;écrire dans le magasin de profils</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) added</source>
        <extracomment>%n profiles were added, %1 duplicates skipped</extracomment>
        <translation>
            <numerusform>%n profil ajouté</numerusform>
            <numerusform>%n profils ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 already existing skipped</source>
        <translation>; ignorés car déjà existants : %1</translation>
    </message>
    <message>
        <source>  import FILE|URI|&quot;mysql ...&quot; [--dry-run] [--include-duplicates] [--store-passwords]
                            import connections from an option file, MySQL Workbench,
                            DBeaver, an sslcm export, a URI or a command line; shows what
                            cannot be carried over and skips existing profiles;
                            exit 1 when a connection cannot be imported (an ambiguous address)
</source>
        <translation>  import FILE|URI|&quot;mysql ...&quot; [--dry-run] [--include-duplicates] [--store-passwords]
                            importe des connexions depuis un fichier d&apos;options, MySQL Workbench,
                            DBeaver, un export sslcm, une URI ou une ligne de commande ; indique
                            ce qui ne peut pas être repris et ignore les profils existants ;
                            code de sortie 1 si une connexion ne peut pas être importée
                            (adresse ambiguë)
</translation>
    </message>
    <message>
        <source>; %1 that cannot be imported left out</source>
        <translation>; omis car impossibles à importer : %1</translation>
    </message>
    <message>
        <source>The passwords of &quot;%1&quot; were not stored; use --store-passwords to put them in the keychain.</source>
        <translation>Les mots de passe de &quot;%1&quot; n&apos;ont pas été enregistrés ; utilisez --store-passwords pour les placer dans le trousseau.</translation>
    </message>
    <message>
        <source>a password of &quot;%1&quot; could not be stored: %2</source>
        <translation>un mot de passe de &quot;%1&quot; n&apos;a pas pu être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Option file ~/.my.cnf</source>
        <translation>Fichier d&apos;options ~/.my.cnf</translation>
    </message>
    <message>
        <source>MySQL Workbench connections</source>
        <translation>Connexions MySQL Workbench</translation>
    </message>
    <message>
        <source>DBeaver connections</source>
        <translation>Connexions DBeaver</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Coller</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <source>Connection URI or command line</source>
        <translation>URI de connexion ou ligne de commande</translation>
    </message>
    <message>
        <source>mysql://user@db.example.com:3306/app?ssl-mode=VERIFY_IDENTITY</source>
        <translation>mysql://user@db.example.com:3306/app?ssl-mode=VERIFY_IDENTITY</translation>
    </message>
    <message>
        <source>Paste from the clipboard and read it</source>
        <translation>Coller depuis le presse-papiers et lire</translation>
    </message>
    <message>
        <source>Read the URI or command line</source>
        <translation>Lire l&apos;URI ou la ligne de commande</translation>
    </message>
    <message>
        <source>Open a connection file</source>
        <translation>Ouvrir un fichier de connexions</translation>
    </message>
    <message>
        <source>Connections found</source>
        <translation>Connexions trouvées</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>Store the passwords found in the keychain</source>
        <translation>Enregistrer les mots de passe trouvés dans le trousseau</translation>
    </message>
    <message>
        <source>Import the selected connections</source>
        <translation>Importer les connexions sélectionnées</translation>
    </message>
    <message>
        <source>&amp;URI or command line:</source>
        <translation>&amp;URI ou ligne de commande :</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Lire %1</translation>
    </message>
    <message>
        <source>Connection files (*.cnf *.ini *.xml *.json);;All files (*)</source>
        <translation>Fichiers de connexion (*.cnf *.ini *.xml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connection(s) found.</source>
        <extracomment>%1 is a format (&quot;MySQL option file&quot;), %n the number of connections found</extracomment>
        <translation>
            <numerusform>%1 : %n connexion trouvée.</numerusform>
            <numerusform>%1 : %n connexions trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already stored (%1): tick to import a copy</source>
        <extracomment>The connection is not imported unless ticked; %1 says why it is a duplicate</extracomment>
        <translation>Déjà enregistrée (%1) : cochez pour en importer une copie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Provenance : %1</translation>
    </message>
    <message>
        <source>Not carried over: %1</source>
        <translation>Non repris : %1</translation>
    </message>
    <message>
        <source>A password was found in clear text.</source>
        <translation>Un mot de passe a été trouvé en clair.</translation>
    </message>
    <message numerus="yes">
        <source>Store the %n password(s) found in the keychain</source>
        <translation>
            <numerusform>Enregistrer %n mot de passe trouvé dans le trousseau</numerusform>
            <numerusform>Enregistrer les %n mots de passe trouvés dans le trousseau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Connection(s)</source>
        <translation>
            <numerusform>&amp;Importer %n connexion</numerusform>
            <numerusform>&amp;Importer %n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Storing the passwords in the keychain…</source>
        <translation>Enregistrement des mots de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>The password of “%1” was not stored: %2</source>
        <translation>Le mot de passe de « %1 » n&apos;a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>The connections were imported, but:</source>
        <translation>Les connexions ont été importées, mais :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Bring in connections from a MySQL option file (~/.my.cnf), MySQL Workbench, DBeaver or an sslcm export, or paste a connection URI (mysql://user@host:3306/db?ssl-mode=VERIFY_IDENTITY) or a mysql / mariadb command line, or drop a file here. You see everything before it is stored.</source>
        <translation>Importez des connexions depuis un fichier d&apos;options MySQL (~/.my.cnf), MySQL Workbench, DBeaver ou un export sslcm, collez une URI de connexion (mysql://user@host:3306/db?ssl-mode=VERIFY_IDENTITY) ou une ligne de commande mysql / mariadb, ou déposez un fichier ici. Vous voyez tout avant que quoi que ce soit ne soit enregistré.</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <extracomment>%1 says what is wrong and how to write it</extracomment>
        <translation>Impossible à importer : %1</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>the same profile (same id) as &quot;%1&quot;</source>
        <translation>le même profil (même identifiant) que « %1 »</translation>
    </message>
    <message>
        <source>the same server, port, user and database as &quot;%1&quot;</source>
        <translation>les mêmes serveur, port, utilisateur et base de données que « %1 »</translation>
    </message>
    <message>
        <source>the same name as an existing profile</source>
        <translation>le même nom qu&apos;un profil existant</translation>
    </message>
    <message>
        <source>Cannot import (%1): %2</source>
        <translation>Importation impossible (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connection(s) found</source>
        <extracomment>%1 is the format, e.g. &quot;MySQL option file&quot;, %2 the number of connections</extracomment>
        <translation>
            <numerusform>%1 : %n connexion trouvée</numerusform>
            <numerusform>%1 : %n connexions trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>provenance : %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>fichier d&apos;AC : %1</translation>
    </message>
    <message>
        <source>client certificate: %1</source>
        <translation>certificat client : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>not carried over: %1</source>
        <translation>non repris : %1</translation>
    </message>
    <message>
        <source>a password was found (it can go to the keychain)</source>
        <translation>un mot de passe a été trouvé (il peut être placé dans le trousseau)</translation>
    </message>
    <message>
        <source>duplicate: %1</source>
        <translation>doublon : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>The source asks for “%1” but names no CA file: sslcm will use “%2” with the system&apos;s CAs. Checking only the CA against the system&apos;s CAs would accept any publicly trusted certificate for any host. If your provider has a CA of its own, choose its file after importing.</source>
        <extracomment>%1 is the mode &quot;Verify CA&quot;, %2 the mode &quot;Verify CA and host name&quot;</extracomment>
        <translation>La source demande « %1 » mais n&apos;indique aucun fichier d&apos;AC : sslcm utilisera « %2 » avec les AC du système. Vérifier uniquement l&apos;AC à l&apos;aide des AC du système accepterait n&apos;importe quel certificat reconnu publiquement, pour n&apos;importe quel hôte. Si votre fournisseur dispose de sa propre AC, choisissez son fichier après l&apos;importation.</translation>
    </message>
    <message>
        <source>cannot be imported: %1</source>
        <translation>impossible à importer : %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié : %1</translation>
    </message>
    <message>
        <source>The password is a sign-in token sent in clear text, and the source asks only for “%1”: anyone between you and the server could take the token. sslcm will use “%2”, with the system&apos;s CAs unless you choose your provider&apos;s CA file after importing (Download CA Certificate gets it).</source>
        <extracomment>%1 is the mode the source asked for, %2 the mode &quot;Verify CA and host name&quot;</extracomment>
        <translation>Le mot de passe est un jeton de connexion envoyé en clair, et la source ne demande que « %1 » : n&apos;importe qui entre vous et le serveur pourrait s&apos;emparer du jeton. sslcm utilisera « %2 », avec les AC du système, sauf si vous choisissez le fichier d&apos;AC de votre fournisseur après l&apos;importation (« Télécharger le certificat d&apos;AC » l&apos;obtient).</translation>
    </message>
    <message>
        <source>through SSH: %1</source>
        <extracomment>%1 is the SSH jump host, e.g. &quot;deploy@bastion:2222 (SSH agent)&quot;</extracomment>
        <translation>via SSH : %1</translation>
    </message>
    <message>
        <source>the SSH jump host&apos;s password was found (it can go to the keychain)</source>
        <translation>le mot de passe de l&apos;hôte de rebond SSH a été trouvé (il peut aller dans le trousseau)</translation>
    </message>
    <message>
        <source>the passphrase of the SSH key was found (it can go to the keychain)</source>
        <translation>la phrase secrète de la clé SSH a été trouvée (elle peut aller dans le trousseau)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). If it is locked, unlock it and try again.</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Le trousseau a refusé l&apos;accès (%1). S&apos;il est verrouillé, déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Could not read the secret from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Impossible de lire le secret depuis le trousseau : %1</translation>
    </message>
    <message>
        <source>Could not save the secret in the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Impossible d&apos;enregistrer le secret dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Could not remove the secret from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Impossible de supprimer le secret du trousseau : %1</translation>
    </message>
    <message>
        <source>No keychain can be reached: there is no D-Bus session, so sslcm cannot talk to a keychain service such as GNOME Keyring or KWallet. Passwords are not saved; sslcm will ask for them when connecting. To have them remembered, run sslcm in a desktop session that has a keychain service.</source>
        <translation>Aucun trousseau n&apos;est accessible : il n&apos;y a pas de session D-Bus, sslcm ne peut donc pas communiquer avec un service de trousseau tel que GNOME Keyring ou KWallet. Les mots de passe ne sont pas enregistrés ; sslcm les demandera lors de la connexion. Pour qu&apos;ils soient mémorisés, exécutez sslcm dans une session de bureau disposant d&apos;un service de trousseau.</translation>
    </message>
    <message>
        <source>No keychain can be reached: no keychain service such as GNOME Keyring or KWallet is running in this session. Passwords are not saved; sslcm will ask for them when connecting. To have them remembered, install and start GNOME Keyring or KWallet.</source>
        <translation>Aucun trousseau n&apos;est accessible : aucun service de trousseau tel que GNOME Keyring ou KWallet ne s&apos;exécute dans cette session. Les mots de passe ne sont pas enregistrés ; sslcm les demandera lors de la connexion. Pour qu&apos;ils soient mémorisés, installez et démarrez GNOME Keyring ou KWallet.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). Passwords are not saved; sslcm will ask for them when connecting. If the keychain is waiting to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde. Les mots de passe ne sont pas enregistrés ; sslcm les demandera lors de la connexion. Si le trousseau attend d&apos;être déverrouillé, déverrouillez-le et réessayez.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes. Les mots de passe ne sont pas enregistrés ; sslcm les demandera lors de la connexion. Si le trousseau attend d&apos;être déverrouillé, déverrouillez-le et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain has still not answered an earlier request. Passwords are not saved; sslcm will ask for them when connecting. If the keychain is waiting to be unlocked, unlock it and try again.</source>
        <translation>Le trousseau n&apos;a toujours pas répondu à une demande précédente. Les mots de passe ne sont pas enregistrés ; sslcm les demandera lors de la connexion. Si le trousseau attend d&apos;être déverrouillé, déverrouillez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>KnownCertificates</name>
    <message>
        <source>server certificate</source>
        <translation>certificat du serveur</translation>
    </message>
    <message>
        <source>server chain, intermediate</source>
        <translation>chaîne du serveur, intermédiaire</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>ancre de confiance</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>fichier d&apos;AC</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New name of the connection</source>
        <translation>Nouveau nom de la connexion</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>Main window title; the application name is appended by the system</extracomment>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Rechercher des connexions</translation>
    </message>
    <message>
        <source>Search by name, server, user or notes (Ctrl+F)</source>
        <translation>Rechercher par nom, serveur, utilisateur ou notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Create a connection to a MySQL or MariaDB server</source>
        <translation>Créer une connexion à un serveur MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Give the selected connection a new name</source>
        <translation>Donner un nouveau nom à la connexion sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected connection and its saved secrets</source>
        <translation>Supprimer la connexion sélectionnée et ses secrets enregistrés</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change every setting of the selected connection</source>
        <translation>Modifier tous les paramètres de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Make a copy of the selected connection</source>
        <translation>Faire une copie de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Connect and log in, and show what happened at each step</source>
        <translation>Se connecter, ouvrir une session et montrer ce qui s&apos;est passé à chaque étape</translation>
    </message>
    <message>
        <source>&amp;Fetch Server Certificate…</source>
        <translation>Récupérer le &amp;certificat du serveur…</translation>
    </message>
    <message>
        <source>Show the certificate the server presents, without logging in</source>
        <translation>Afficher le certificat que présente le serveur, sans ouvrir de session</translation>
    </message>
    <message>
        <source>&amp;Open Certificate File…</source>
        <translation>&amp;Ouvrir un fichier de certificat…</translation>
    </message>
    <message>
        <source>Look at any certificate file</source>
        <translation>Examiner n&apos;importe quel fichier de certificat</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Search the connections</source>
        <translation>Rechercher dans les connexions</translation>
    </message>
    <message>
        <source>&amp;Account TLS Requirements…</source>
        <translation>&amp;Exigences TLS des comptes…</translation>
    </message>
    <message>
        <source>Write, run and verify the statements that lock a database account to TLS</source>
        <translation>Rédiger, exécuter et vérifier les instructions qui imposent TLS à un compte de base de données</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Choose the language and the defaults for new connections</source>
        <translation>Choisir la langue et les valeurs par défaut des nouvelles connexions</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close sslcm</source>
        <translation>Quitter sslcm</translation>
    </message>
    <message>
        <source>&amp;About sslcm</source>
        <translation>À &amp;propos de sslcm</translation>
    </message>
    <message>
        <source>Show the versions of sslcm and the libraries it uses</source>
        <translation>Afficher les versions de sslcm et des bibliothèques qu&apos;il utilise</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Toolbar tooltip: %1 is what the button does, %2 its keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <extracomment>Menu title</extracomment>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Menu title</extracomment>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Autres actions de la barre d&apos;outils</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Aucune connexion pour l&apos;instant</translation>
    </message>
    <message>
        <source>A connection remembers a MySQL or MariaDB server, the account you log in with, and how strictly the server&apos;s certificate is checked. Create one to test the server&apos;s TLS setup and connect securely.</source>
        <translation>Une connexion mémorise un serveur MySQL ou MariaDB, le compte avec lequel vous vous connectez et la rigueur avec laquelle le certificat du serveur est vérifié. Créez-en une pour tester la configuration TLS du serveur et vous connecter en toute sécurité.</translation>
    </message>
    <message>
        <source>Connections are saved in %1.</source>
        <translation>Les connexions sont enregistrées dans %1.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so sslcm cannot remember passwords. It will ask for them each time it connects.</source>
        <translation>Le trousseau du système n&apos;est pas disponible, sslcm ne peut donc pas mémoriser les mots de passe. Il les demandera à chaque connexion.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation>Supprimer la connexion « %1 » ?</translation>
    </message>
    <message>
        <source>You can undo this right afterwards. Certificate and key files stay where they are.</source>
        <translation>Vous pourrez annuler cette action juste après. Les fichiers de certificats et de clés restent à leur place.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The connection could not be deleted: %1</source>
        <translation>La connexion n&apos;a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>The connection could not be restored: %1</source>
        <translation>La connexion n&apos;a pas pu être restaurée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), read-only</source>
        <translation>
            <numerusform>%n connexion, en lecture seule</numerusform>
            <numerusform>%n connexions, en lecture seule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n shown</source>
        <extracomment>Status bar: %1 is &quot;N connection(s)&quot;; shown while a search filters the list</extracomment>
        <translation>
            <numerusform>%1, %n affichée</numerusform>
            <numerusform>%1, %n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection could not be duplicated: %1</source>
        <translation>La connexion n&apos;a pas pu être dupliquée : %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>La connexion n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Open Certificate File</source>
        <translation>Ouvrir un fichier de certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import Connections…</source>
        <translation>&amp;Importer des connexions…</translation>
    </message>
    <message>
        <source>Bring in connections from ~/.my.cnf, MySQL Workbench, DBeaver, a URI or a command line</source>
        <translation>Importer des connexions depuis ~/.my.cnf, MySQL Workbench, DBeaver, une URI ou une ligne de commande</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Use the selected connection in another client or in your application</source>
        <translation>Utiliser la connexion sélectionnée dans un autre client ou dans votre application</translation>
    </message>
    <message>
        <source>Export A&amp;ll Connections…</source>
        <translation>Exporter &amp;toutes les connexions…</translation>
    </message>
    <message>
        <source>Save every connection (without passwords) to move them to another computer</source>
        <translation>Enregistrer toutes les connexions (sans les mots de passe) pour les transférer vers un autre ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported. Test them to see how secure they are.</source>
        <translation>
            <numerusform>%n connexion importée. Testez-la pour voir son niveau de sécurité.</numerusform>
            <numerusform>%n connexions importées. Testez-les pour voir leur niveau de sécurité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All Connections</source>
        <translation>Exporter toutes les connexions</translation>
    </message>
    <message>
        <source>sslcm connections (*.json)</source>
        <translation>Connexions sslcm (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved to %1, without passwords. Import the file with sslcm on the other computer.</source>
        <translation>
            <numerusform>%n connexion enregistrée dans %1, sans mot de passe. Importez le fichier avec sslcm sur l&apos;autre ordinateur.</numerusform>
            <numerusform>%n connexions enregistrées dans %1, sans mots de passe. Importez le fichier avec sslcm sur l&apos;autre ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet &amp;Health…</source>
        <translation>Santé &amp;du parc…</translation>
    </message>
    <message>
        <source>Audit the TLS of every connection at once and see which certificates expire next</source>
        <translation>Auditer la configuration TLS de toutes les connexions en une fois et voir quels certificats expirent en premier</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <extracomment>Shown in place of the list while the saved connections are read at start-up
----------
Status bar, while the saved connections are read at start-up</extracomment>
        <translation>Chargement des connexions…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>No keychain service is available, so passwords are not saved. sslcm will ask for them when connecting.</source>
        <translation>Aucun service de trousseau n&apos;est disponible, les mots de passe ne sont donc pas enregistrés. sslcm les demandera lors de la connexion.</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <extracomment>Button that closes an information or warning bar in the main window</extracomment>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>OptionFileImporter</name>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>« %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes itself (through %2)</source>
        <translation>« %1 » s&apos;inclut lui-même (via %2)</translation>
    </message>
    <message>
        <source>includes are nested more than %1 levels deep at &quot;%2&quot;</source>
        <translation>les inclusions sont imbriquées sur plus de %1 niveaux à « %2 »</translation>
    </message>
    <message>
        <source>more than %1 files are included</source>
        <translation>plus de %1 fichiers sont inclus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file</source>
        <translation>« %1 » n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an option file (%2 bytes; at most %3)</source>
        <translation>« %1 » est trop volumineux pour un fichier d&apos;options (%2 octets ; au maximum %3)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an option file</source>
        <translation>« %1 » est trop volumineux pour un fichier d&apos;options</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text file</source>
        <translation>« %1 » n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>%1, line %2: unknown directive &quot;%3&quot;</source>
        <translation>%1, ligne %2 : directive inconnue « %3 »</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; not followed</source>
        <translation>%1, ligne %2 : « %3 » ignoré</translation>
    </message>
    <message>
        <source>%1, line %2: folder &quot;%3&quot; does not exist</source>
        <translation>%1, ligne %2 : le dossier « %3 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1, line %2: group header without &quot;]&quot;</source>
        <translation>%1, ligne %2 : en-tête de groupe sans « ] »</translation>
    </message>
    <message>
        <source>%1, line %2: option outside any group ignored</source>
        <translation>%1, ligne %2 : option hors de tout groupe ignorée</translation>
    </message>
    <message>
        <source>group [%1] (not a client connection)</source>
        <translation>groupe [%1] (pas une connexion client)</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; is stored in clear text in %2. Store it in the keychain and remove it from that file.</source>
        <translation>Le mot de passe de « %1 » est enregistré en clair dans %2. Enregistrez-le dans le trousseau et supprimez-le de ce fichier.</translation>
    </message>
    <message>
        <source>groups %1 of %2</source>
        <translation>groupes %1 de %2</translation>
    </message>
    <message>
        <source>group [%1] of %2</source>
        <translation>groupe [%1] de %2</translation>
    </message>
    <message>
        <source>%1 holds no client connection settings</source>
        <translation>%1 ne contient aucun paramètre de connexion client</translation>
    </message>
    <message>
        <source>MySQL option file</source>
        <translation>Fichier d&apos;options MySQL</translation>
    </message>
    <message>
        <source>%1, line %2: includes &quot;%3&quot;, which is outside the folder %4; its settings are part of this import.</source>
        <translation>%1, ligne %2 : inclut « %3 », qui se trouve en dehors du dossier %4 ; ses paramètres font partie de cette importation.</translation>
    </message>
    <message>
        <source>%1, line %2: includes &quot;%3&quot;, a link to &quot;%4&quot; outside the folder %5; its settings are part of this import.</source>
        <translation>%1, ligne %2 : inclut « %3 », un lien vers « %4 » en dehors du dossier %5 ; ses paramètres font partie de cette importation.</translation>
    </message>
</context>
<context>
    <name>PasswordSource</name>
    <message>
        <source>Saved in the keychain</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <source>From a command</source>
        <translation>Depuis une commande</translation>
    </message>
    <message>
        <source>AWS RDS IAM sign-in</source>
        <translation>Authentification AWS RDS IAM</translation>
    </message>
    <message>
        <source>sign-in token from: %1</source>
        <extracomment>%1 is a command line, e.g. &quot;pass show db/prod&quot;</extracomment>
        <translation>jeton de connexion issu de : %1</translation>
    </message>
    <message>
        <source>password from: %1</source>
        <translation>mot de passe issu de : %1</translation>
    </message>
    <message>
        <source>region from the host name</source>
        <translation>région tirée du nom d&apos;hôte</translation>
    </message>
    <message>
        <source>default AWS credentials</source>
        <translation>identifiants AWS par défaut</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>profil AWS %1</translation>
    </message>
    <message>
        <source>AWS RDS IAM token (%1)</source>
        <extracomment>%1 lists the region and the AWS credentials used</extracomment>
        <translation>jeton AWS RDS IAM (%1)</translation>
    </message>
    <message>
        <source>The password command is empty: enter the program to run and its arguments, or choose another password source.</source>
        <translation>La commande de mot de passe est vide : saisissez le programme à exécuter et ses arguments, ou choisissez une autre source de mot de passe.</translation>
    </message>
    <message>
        <source>A sign-in token is sent to the server in clear text (mysql_clear_password), so sslcm sends it only to a server whose identity it verified. With “%1” anyone between you and the server could take the token and sign in as you. Choose “%2” or “%3” with your provider&apos;s CA, or pin the server&apos;s certificate.</source>
        <extracomment>%1 is the profile&apos;s SSL mode, %2 and %3 the modes &quot;Verify CA&quot; and &quot;Verify CA and host name&quot;</extracomment>
        <translation>Un jeton de connexion est envoyé au serveur en clair (mysql_clear_password) ; sslcm ne l&apos;envoie donc qu&apos;à un serveur dont il a vérifié l&apos;identité. Avec « %1 », n&apos;importe qui entre vous et le serveur pourrait s&apos;emparer du jeton et se connecter à votre place. Choisissez « %2 » ou « %3 » avec l&apos;AC de votre fournisseur, ou épinglez le certificat du serveur.</translation>
    </message>
    <message>
        <source>Azure Database for MySQL (Microsoft Entra ID)</source>
        <translation>Azure Database for MySQL (Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>Needs the Azure CLI, signed in with “az login”. The user name is the Entra ID user or group as created on the server.</source>
        <translation>Nécessite Azure CLI, connecté avec « az login ». Le nom d&apos;utilisateur est celui de l&apos;utilisateur ou du groupe Entra ID, tel que créé sur le serveur.</translation>
    </message>
    <message>
        <source>Google Cloud SQL (IAM database sign-in)</source>
        <translation>Google Cloud SQL (authentification IAM à la base de données)</translation>
    </message>
    <message>
        <source>Needs the Google Cloud CLI, signed in with “gcloud auth login”. The user name is the IAM user&apos;s email address without the domain.</source>
        <translation>Nécessite Google Cloud CLI, connecté avec « gcloud auth login ». Le nom d&apos;utilisateur est l&apos;adresse e-mail de l&apos;utilisateur IAM, sans le domaine.</translation>
    </message>
    <message>
        <source>pass (the standard Unix password manager)</source>
        <translation>pass (le gestionnaire de mots de passe standard d&apos;Unix)</translation>
    </message>
    <message>
        <source>Replace NAME with the entry that holds the password; its first line is used.</source>
        <translation>Remplacez NAME par l&apos;entrée qui contient le mot de passe ; sa première ligne est utilisée.</translation>
    </message>
    <message>
        <source>1Password CLI</source>
        <translation>1Password CLI</translation>
    </message>
    <message>
        <source>Replace VAULT and ITEM with where the password is kept.</source>
        <translation>Remplacez VAULT et ITEM par l&apos;emplacement du mot de passe.</translation>
    </message>
    <message>
        <source>Bitwarden CLI</source>
        <translation>Bitwarden CLI</translation>
    </message>
    <message>
        <source>Replace NAME with the item; unlock the vault first (BW_SESSION).</source>
        <translation>Remplacez NAME par l&apos;élément ; déverrouillez d&apos;abord le coffre (BW_SESSION).</translation>
    </message>
    <message>
        <source>HashiCorp Vault</source>
        <translation>HashiCorp Vault</translation>
    </message>
    <message>
        <source>Replace secret/NAME with the path of the secret.</source>
        <translation>Remplacez secret/NAME par le chemin du secret.</translation>
    </message>
</context>
<context>
    <name>PrivateKeyInfo</name>
    <message>
        <source>encrypted key</source>
        <translation>clé chiffrée</translation>
    </message>
    <message>
        <source>encrypted %1 key</source>
        <translation>clé %1 chiffrée</translation>
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
        <translation>PKCS#8 chiffré (PEM)</translation>
    </message>
    <message>
        <source>legacy encrypted PEM</source>
        <translation>PEM à chiffrement hérité</translation>
    </message>
    <message>
        <source>DER</source>
        <translation>DER</translation>
    </message>
    <message>
        <source>encrypted PKCS#8 (DER)</source>
        <translation>PKCS#8 chiffré (DER)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>PrivateKeyLoader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The data is too large; key files are smaller than %1 MB.</source>
        <translation>Les données sont trop volumineuses ; les fichiers de clés font moins de %1 Mo.</translation>
    </message>
    <message>
        <source>The key asks for more than %1 key-derivation rounds; sslcm refuses to spend minutes decrypting it.</source>
        <translation>La clé demande plus de %1 itérations de dérivation de clé ; sslcm refuse de passer plusieurs minutes à la déchiffrer.</translation>
    </message>
    <message>
        <source>The private key is encrypted: a passphrase is needed.</source>
        <translation>La clé privée est chiffrée : une phrase secrète est nécessaire.</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key.</source>
        <translation>La phrase secrète ne déchiffre pas la clé privée.</translation>
    </message>
    <message>
        <source>The private key is damaged.</source>
        <translation>La clé privée est endommagée.</translation>
    </message>
    <message>
        <source>This is an OpenSSH key. Convert it with &quot;ssh-keygen -p -m PKCS8 -f FILE&quot; (on a copy) to use it for TLS.</source>
        <translation>Il s&apos;agit d&apos;une clé OpenSSH. Convertissez-la avec &quot;ssh-keygen -p -m PKCS8 -f FILE&quot; (sur une copie) pour l&apos;utiliser avec TLS.</translation>
    </message>
    <message>
        <source>The file holds a certificate, not a private key.</source>
        <translation>Le fichier contient un certificat, pas une clé privée.</translation>
    </message>
    <message>
        <source>The file holds no private key.</source>
        <translation>Le fichier ne contient aucune clé privée.</translation>
    </message>
    <message>
        <source>This is not a private key file (neither PEM nor DER).</source>
        <translation>Ce n&apos;est pas un fichier de clé privée (ni PEM ni DER).</translation>
    </message>
</context>
<context>
    <name>PrivilegeGrant</name>
    <message>
        <source>&quot;%1&quot; is not a privilege sslcm knows.</source>
        <translation>« %1 » n&apos;est pas un privilège connu de sslcm.</translation>
    </message>
    <message>
        <source>Name the database the privileges are for.</source>
        <translation>Indiquez la base de données concernée par les privilèges.</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base de données</translation>
    </message>
    <message>
        <source>Name the table the privileges are for.</source>
        <translation>Indiquez la table concernée par les privilèges.</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>nom de la table</translation>
    </message>
    <message>
        <source>every database (*.*)</source>
        <translation>toutes les bases de données (*.*)</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>base de données %1</translation>
    </message>
    <message>
        <source>table %1.%2</source>
        <translation>table %1.%2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <extracomment>%1 is a field name of the stored profile, %2 what is wrong with it</extracomment>
        <translation>champ « %1 » : %2</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>not a UUID</source>
        <translation>ce n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>not a port number between 1 and 65535</source>
        <translation>ce n&apos;est pas un numéro de port compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>not a whole number of seconds between 1 and %1</source>
        <translation>ce n&apos;est pas un nombre entier de secondes compris entre 1 et %1</translation>
    </message>
    <message>
        <source>unknown SSL mode &quot;%1&quot;</source>
        <translation>mode SSL inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown TLS version &quot;%1&quot;</source>
        <translation>version de TLS inconnue « %1 »</translation>
    </message>
    <message>
        <source>not a SHA-256 fingerprint</source>
        <translation>ce n&apos;est pas une empreinte SHA-256</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>ce n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>missing or not a UUID</source>
        <translation>absent ou n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The profile needs a server host name or IP address.</source>
        <translation>Le profil doit indiquer le nom d&apos;hôte ou l&apos;adresse IP d&apos;un serveur.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and %1 seconds.</source>
        <translation>Le délai de connexion doit être compris entre 1 et %1 secondes.</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be a SHA-256 fingerprint (32 bytes).</source>
        <translation>L&apos;empreinte épinglée doit être une empreinte SHA-256 (32 octets).</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>Un certificat client nécessite sa clé privée, et une clé son certificat.</translation>
    </message>
    <message>
        <source>“%1” needs the CA certificate file or folder of your provider: checked against the system&apos;s CAs alone, it would accept any publicly trusted certificate issued for any host. Choose the provider&apos;s CA file (Download CA Certificate or Fetch Server Certificate get it). If the server&apos;s certificate is publicly trusted and names the host you connect to, “%2” works with the system&apos;s CAs instead.</source>
        <extracomment>%1 is the mode &quot;Verify CA&quot;, %2 the mode &quot;Verify CA and host name&quot;</extracomment>
        <translation>« %1 » a besoin du fichier ou du dossier de certificats d&apos;AC de votre fournisseur : vérifié avec les seules AC du système, il accepterait tout certificat reconnu publiquement, émis pour n&apos;importe quel hôte. Choisissez le fichier d&apos;AC du fournisseur (« Télécharger le certificat d&apos;AC » ou « Récupérer le certificat du serveur » l&apos;obtiennent). Si le certificat du serveur est reconnu publiquement et nomme l&apos;hôte auquel vous vous connectez, « %2 » fonctionne plutôt avec les AC du système.</translation>
    </message>
    <message>
        <source>This profile reaches its server through an SSH jump host that this version of sslcm cannot read (it was saved by a newer version). Update sslcm, or set up the jump host again in this version.</source>
        <translation>Ce profil atteint son serveur via un hôte de rebond SSH que cette version de sslcm ne peut pas lire (il a été enregistré par une version plus récente). Mettez sslcm à jour, ou configurez de nouveau l&apos;hôte de rebond dans cette version.</translation>
    </message>
</context>
<context>
    <name>ProfileBundle</name>
    <message>
        <source>sslcm profiles</source>
        <translation>Profils sslcm</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1): %2</source>
        <translation>JSON non valide (à l&apos;octet %1) : %2</translation>
    </message>
    <message>
        <source>not an sslcm profile export</source>
        <translation>ce n&apos;est pas un export de profils sslcm</translation>
    </message>
    <message>
        <source>written by a newer sslcm (format version %1); update sslcm to import it</source>
        <translation>écrit par une version plus récente de sslcm (version de format %1) ; mettez sslcm à jour pour l&apos;importer</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil « %1 » : %2</translation>
    </message>
    <message>
        <source>the file holds no profiles</source>
        <translation>le fichier ne contient aucun profil</translation>
    </message>
</context>
<context>
    <name>ProfileConnection</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <extracomment>%1 is host:port, %2 the reason (OpenSSL&apos;s or the protocol&apos;s words)</extracomment>
        <translation>%1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <source>Logging in as %1 failed: %2</source>
        <extracomment>%1 is a user name, %2 the server&apos;s or the client library&apos;s message</extracomment>
        <translation>La connexion en tant que %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The SSH jump host %1 did not carry the connection to %2: %3</source>
        <extracomment>%1 is user@host:port of the SSH jump host, %2 host:port of the database, %3 the reason</extracomment>
        <translation>L&apos;hôte de rebond SSH %1 n&apos;a pas acheminé la connexion vers %2 : %3</translation>
    </message>
</context>
<context>
    <name>ProfileDetailsPane</name>
    <message>
        <source>No connection selected</source>
        <translation>Aucune connexion sélectionnée</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>Mode SSL :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>Épinglé :</translation>
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
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>View %1</source>
        <extracomment>%1 is e.g. &quot;CA file&quot;</extracomment>
        <translation>Afficher : %1</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>CA folder:</source>
        <translation>Dossier d&apos;AC :</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Last test, %1: %2 %3</source>
        <translation>Dernier test, %1 : %2 %3</translation>
    </message>
    <message>
        <source>Never tested. Test it with Connection ▸ Test (Ctrl+T).</source>
        <translation>Jamais testée. Testez-la avec Connexion ▸ Tester (Ctrl+T).</translation>
    </message>
    <message>
        <source>Last test: %1</source>
        <translation>Dernier test : %1</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Window title; %1 is the connection&apos;s name</extracomment>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Connection name (required)</source>
        <translation>Nom de la connexion (obligatoire)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Nom : *</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>Tab titles of the profile editor</extracomment>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>S&amp;écurité</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Saisissez un nom pour la connexion.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ The connection could not be saved: %1</source>
        <translation>⚠ La connexion n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
<context>
    <name>ProfileExporter</name>
    <message>
        <source>The pinned certificate fingerprint is not carried over: %1 relies on the CA only.</source>
        <translation>L&apos;empreinte épinglée du certificat n&apos;est pas reprise : %1 se fie uniquement à l&apos;AC.</translation>
    </message>
    <message>
        <source>mysql verifies against the CA certificates it was built with, which may not be the system&apos;s: give it a CA file.</source>
        <translation>mysql vérifie à l&apos;aide des certificats d&apos;AC avec lesquels il a été compilé, qui ne sont pas forcément ceux du système : indiquez-lui un fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>--ssl-cipher applies to TLS 1.2 only; TLS 1.3 suites are set with --tls-ciphersuites.</source>
        <translation>--ssl-cipher ne s&apos;applique qu&apos;à TLS 1.2 ; les suites TLS 1.3 se définissent avec --tls-ciphersuites.</translation>
    </message>
    <message>
        <source>mariadb has no separate &quot;preferred&quot; and &quot;required&quot;: with --ssl it may continue without TLS when the server does not offer it.</source>
        <translation>mariadb ne distingue pas « préféré » et « requis » : avec --ssl, il peut continuer sans TLS lorsque le serveur ne le propose pas.</translation>
    </message>
    <message>
        <source>Without --ssl-ca the mariadb client of MariaDB 10.x verifies nothing: give it a CA file.</source>
        <translation>Sans --ssl-ca, le client mariadb de MariaDB 10.x ne vérifie rien : indiquez-lui un fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>Newer mariadb clients (MariaDB 11.4 and later) also check the host name by default: stricter than &quot;Verify CA&quot;.</source>
        <translation>Les clients mariadb récents (MariaDB 11.4 et versions ultérieures) vérifient aussi le nom d&apos;hôte par défaut : c&apos;est plus strict que « Vérifier l&apos;AC ».</translation>
    </message>
    <message>
        <source>The password on a command line is visible to every user of the machine while it runs and stays in the shell history.</source>
        <translation>Un mot de passe passé en ligne de commande est visible par tous les utilisateurs de la machine pendant l&apos;exécution et reste dans l&apos;historique du shell.</translation>
    </message>
    <message>
        <source>The mariadb client reading this file may continue without TLS when the server does not offer it.</source>
        <translation>Le client mariadb qui lit ce fichier peut continuer sans TLS lorsque le serveur ne le propose pas.</translation>
    </message>
    <message>
        <source>The CA is left out: the mariadb client verifies the chain whenever a CA is given, which this profile&apos;s mode does not.</source>
        <translation>L&apos;AC est omise : le client mariadb vérifie la chaîne dès qu&apos;une AC est indiquée, ce que le mode de ce profil ne fait pas.</translation>
    </message>
    <message>
        <source>The file contains the password in clear text: keep it readable by you only (mode 0600).</source>
        <translation>Le fichier contient le mot de passe en clair : veillez à ce que vous seul puissiez le lire (mode 0600).</translation>
    </message>
    <message>
        <source>The profile name, notes and any pinned fingerprint are not part of an option file.</source>
        <translation>Le nom du profil, les notes et une éventuelle empreinte épinglée ne font pas partie d&apos;un fichier d&apos;options.</translation>
    </message>
    <message>
        <source>The URI contains the password in clear text.</source>
        <translation>L&apos;URI contient le mot de passe en clair.</translation>
    </message>
    <message>
        <source>Passwords and key passphrases are not exported; they stay in this machine&apos;s keychain.</source>
        <translation>Les mots de passe et les phrases secrètes des clés ne sont pas exportés ; ils restent dans le trousseau de cette machine.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot set the permissions of &quot;%1&quot;</source>
        <translation>impossible de définir les permissions de « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a password in clear text; it was created readable by you only (mode 0600). Delete it when it is no longer needed.</source>
        <translation>« %1 » contient un mot de passe en clair ; il a été créé lisible par vous seul (mode 0600). Supprimez-le lorsqu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>The password is what “%1” prints when the command runs: sslcm-cli and this profile must be on the machine that runs it.</source>
        <extracomment>%1 is a command, e.g. sslcm-cli token &apos;Shop&apos;</extracomment>
        <translation>Le mot de passe est ce qu&apos;affiche « %1 » à son exécution : sslcm-cli et ce profil doivent se trouver sur la machine qui l&apos;exécute.</translation>
    </message>
    <message>
        <source>This profile&apos;s password is made when connecting (%1): no saved password is written.</source>
        <extracomment>%1 describes the password source, e.g. &quot;password from: pass show db/prod&quot;</extracomment>
        <translation>Le mot de passe de ce profil est produit à la connexion (%1) : aucun mot de passe enregistré n&apos;est écrit.</translation>
    </message>
    <message>
        <source>A URI cannot say where the password comes from (%1).</source>
        <translation>Une URI ne peut pas indiquer la provenance du mot de passe (%1).</translation>
    </message>
    <message>
        <source>%1 cannot say that sslcm reaches %2 through the SSH jump host %3: the program connects to %2 directly. Run it where %2 is reachable, or through a tunnel (ssh -L, as in the mysql command line export) to its local end; the certificate is then checked against 127.0.0.1, not the database&apos;s name.</source>
        <extracomment>%1 is the export format, %2 the database&apos;s host:port, %3 the SSH jump host</extracomment>
        <translation>%1 ne peut pas indiquer que sslcm atteint %2 via l&apos;hôte de rebond SSH %3 : le programme se connecte directement à %2. Exécutez-le là où %2 est joignable, ou via un tunnel (ssh -L, comme dans l&apos;export pour la ligne de commande mysql) vers son extrémité locale ; le certificat est alors vérifié par rapport à 127.0.0.1, et non au nom de la base de données.</translation>
    </message>
    <message>
        <source>sslcm profile “%1” reaches %2 through the SSH jump host %3.</source>
        <extracomment>%1 is the profile name, %2 the database&apos;s host:port, %3 the SSH jump host</extracomment>
        <translation>Le profil sslcm « %1 » atteint %2 via l&apos;hôte de rebond SSH %3.</translation>
    </message>
    <message>
        <source>1. Open the tunnel and leave it running (Ctrl+C closes it):</source>
        <translation>1. Ouvrez le tunnel et laissez-le ouvert (Ctrl+C le ferme) :</translation>
    </message>
    <message>
        <source>Through the tunnel, %1 checks the server&apos;s certificate against 127.0.0.1, not against %2.</source>
        <extracomment>%1 is mysql or mariadb, %2 the database&apos;s host name</extracomment>
        <translation>À travers le tunnel, %1 vérifie le certificat du serveur par rapport à 127.0.0.1, et non à %2.</translation>
    </message>
    <message>
        <source>%1 therefore fails unless the certificate names 127.0.0.1. What works: %2, which checks the CA and not the name; or sslcm itself, which checks %3 through the jump host.</source>
        <extracomment>%1 is the option that checks the name, %2 the database&apos;s host name</extracomment>
        <translation>%1 échoue donc, sauf si le certificat mentionne 127.0.0.1. Ce qui fonctionne : %2, qui vérifie la CA et non le nom ; ou sslcm lui-même, qui vérifie %3 via l&apos;hôte de rebond.</translation>
    </message>
    <message>
        <source>mariadb clients of MariaDB 11.4 and later check the name too by default, and 127.0.0.1 fails unless the certificate names it.</source>
        <translation>Les clients mariadb de MariaDB 11.4 et ultérieurs vérifient aussi le nom par défaut, et 127.0.0.1 échoue sauf si le certificat le mentionne.</translation>
    </message>
    <message>
        <source>2. In another terminal, connect through it.</source>
        <translation>2. Dans un autre terminal, connectez-vous à travers lui.</translation>
    </message>
    <message>
        <source>ssh checks the jump host&apos;s key against ~/.ssh/known_hosts, not against the keys accepted in sslcm.</source>
        <translation>ssh vérifie la clé de l&apos;hôte de rebond dans ~/.ssh/known_hosts, et non parmi les clés acceptées dans sslcm.</translation>
    </message>
    <message>
        <source>ssh asks for the jump host&apos;s password itself.</source>
        <translation>ssh demande lui-même le mot de passe de l&apos;hôte de rebond.</translation>
    </message>
    <message>
        <source>Local port %1 is an example: any free port works, the same in both commands.</source>
        <extracomment>%1 is a local port</extracomment>
        <translation>Le port local %1 est un exemple : tout port libre convient, le même dans les deux commandes.</translation>
    </message>
    <message>
        <source>sslcm reaches %1 through the SSH jump host %2, which an option file cannot say. Open a tunnel first:</source>
        <extracomment>%1 is the database&apos;s host:port, %2 the SSH jump host</extracomment>
        <translation>sslcm atteint %1 via l&apos;hôte de rebond SSH %2, ce qu&apos;un fichier d&apos;options ne peut pas exprimer. Ouvrez d&apos;abord un tunnel :</translation>
    </message>
    <message>
        <source>then connect through it with --host=127.0.0.1 --port=%1 after --defaults-file=FILE. The client then checks the certificate against 127.0.0.1, not %2.</source>
        <extracomment>%1 is a local port, %2 the database&apos;s host name</extracomment>
        <translation>puis connectez-vous à travers lui avec --host=127.0.0.1 --port=%1 après --defaults-file=FILE. Le client vérifie alors le certificat par rapport à 127.0.0.1, et non à %2.</translation>
    </message>
    <message>
        <source>The SSH jump host is not part of an option file: its comments show the tunnel to open first, and that the client then checks the certificate against 127.0.0.1.</source>
        <translation>L&apos;hôte de rebond SSH ne fait pas partie d&apos;un fichier d&apos;options : ses commentaires indiquent le tunnel à ouvrir d&apos;abord, et que le client vérifie alors le certificat par rapport à 127.0.0.1.</translation>
    </message>
    <message>
        <source>SSH jump hosts are exported; the jump hosts&apos; keys accepted in sslcm, SSH passwords and key passphrases are not, and key files are named by their path on this machine.</source>
        <translation>Les hôtes de rebond SSH sont exportés ; les clés des hôtes de rebond acceptées dans sslcm, les mots de passe SSH et les phrases secrètes des clés ne le sont pas, et les fichiers de clé sont désignés par leur chemin sur cette machine.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>never tested</source>
        <extracomment>List cell: the connection was never tested</extracomment>
        <translation>jamais testée</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: the name the user gave a saved connection</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>Column header: host name and port of the database server</extracomment>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>Column header: the database account used to log in</extracomment>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <extracomment>Column header: how strongly the connection is protected (MySQL&apos;s --ssl-mode)</extracomment>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <source>Last test</source>
        <extracomment>Column header: the verdict of the connection&apos;s last test</extracomment>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Column header: warnings about the certificate files a connection uses</extracomment>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>A connection needs a name; the name was not changed.</source>
        <translation>Une connexion doit avoir un nom ; le nom n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>There is already a connection named “%1”; the name was not changed.</source>
        <translation>Une connexion nommée « %1 » existe déjà ; le nom n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The connection could not be renamed: %1</source>
        <translation>La connexion n&apos;a pas pu être renommée : %1</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>fichier d&apos;AC</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>%1, reached through the SSH jump host %2</source>
        <extracomment>List tooltip: %1 is the database&apos;s host:port, %2 the SSH jump host (user@host)</extracomment>
        <translation>%1, atteint via l&apos;hôte de rebond SSH %2</translation>
    </message>
    <message>
        <source>Tested %1.</source>
        <extracomment>List tooltip: when the connection was last tested; %1 is a date and time</extracomment>
        <translation>Testée le %1.</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <extracomment>%1 is &quot;CA file&quot; or &quot;client certificate&quot;</extracomment>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>%1 unusable</source>
        <translation>%1 inutilisable</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 a expiré le %2</translation>
    </message>
    <message>
        <source>%1 expires on %2</source>
        <translation>%1 expire le %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile file %1 is damaged and could not be read (%2).</source>
        <translation>Le fichier de profils %1 est endommagé et n&apos;a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>The profile file %1 ends too early; it was probably cut off while being written by another program (%2).</source>
        <translation>Le fichier de profils %1 se termine trop tôt ; il a probablement été tronqué pendant qu&apos;un autre programme l&apos;écrivait (%2).</translation>
    </message>
    <message>
        <source>The profile file %1 was written by a newer version of sslcm (%2), which this version cannot read safely.</source>
        <translation>Le fichier de profils %1 a été écrit par une version plus récente de sslcm (%2), que cette version ne peut pas lire en toute sécurité.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in %1 hold values this version of sslcm cannot use and were not loaded: %2.</source>
        <translation>
            <numerusform>%n profil de %1 contient des valeurs que cette version de sslcm ne peut pas utiliser et n&apos;a pas été chargé : %2.</numerusform>
            <numerusform>%n profils de %1 contiennent des valeurs que cette version de sslcm ne peut pas utiliser et n&apos;ont pas été chargés : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profiles yet: %1 will be created when you save the first one.</source>
        <translation>Aucun profil pour l&apos;instant : %1 sera créé lorsque vous enregistrerez le premier.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read (%2). sslcm will not change it; fix its permissions and start sslcm again.</source>
        <translation>Le fichier de profils %1 ne peut pas être lu (%2). sslcm ne le modifiera pas ; corrigez ses permissions et relancez sslcm.</translation>
    </message>
    <message>
        <source>The original file was kept unchanged as %1.</source>
        <translation>Le fichier d&apos;origine a été conservé intact sous le nom %1.</translation>
    </message>
    <message>
        <source>To use it with the newer sslcm again, move it back to %1.</source>
        <translation>Pour l&apos;utiliser de nouveau avec la version plus récente de sslcm, replacez-le dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) were restored from the backup of the previous save (%1).</source>
        <translation>
            <numerusform>%n profil a été restauré à partir de la sauvegarde de l&apos;enregistrement précédent (%1).</numerusform>
            <numerusform>%n profils ont été restaurés à partir de la sauvegarde de l&apos;enregistrement précédent (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n profile(s) were loaded.</source>
        <translation>
            <numerusform>%n autre profil a été chargé.</numerusform>
            <numerusform>Les %n autres profils ont été chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>sslcm starts with an empty profile list.</source>
        <translation>sslcm démarre avec une liste de profils vide.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>it is not an sslcm profile file</source>
        <translation>ce n&apos;est pas un fichier de profils sslcm</translation>
    </message>
    <message>
        <source>its format version is missing or invalid</source>
        <translation>sa version de format est absente ou non valide</translation>
    </message>
    <message>
        <source>format version %1; this version reads up to %2</source>
        <translation>version de format %1 ; cette version de sslcm lit jusqu&apos;à la version %2</translation>
    </message>
    <message>
        <source>the profile list is not a list</source>
        <translation>la liste des profils n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>profile #%1</source>
        <translation>profil n° %1</translation>
    </message>
    <message>
        <source>%1: not a profile object</source>
        <translation>%1 : ce n&apos;est pas un objet profil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: its id is used by another profile</source>
        <translation>%1 : son identifiant est utilisé par un autre profil</translation>
    </message>
    <message>
        <source>%1; moving it aside failed: %2</source>
        <translation>%1 ; impossible de le mettre de côté : %2</translation>
    </message>
    <message>
        <source>The profile file %1 could not be read, so sslcm will not overwrite it.</source>
        <translation>Le fichier de profils %1 n&apos;a pas pu être lu, sslcm ne l&apos;écrasera donc pas.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The profile file is being changed by another program (%1, process %2). Try again in a moment.</source>
        <translation>Le fichier de profils est en cours de modification par un autre programme (%1, processus %2). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists.</source>
        <translation>Un profil avec l&apos;identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>The profile no longer exists; it may have been deleted elsewhere.</source>
        <translation>Le profil n&apos;existe plus ; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated connection; %1 is the original&apos;s name</extracomment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>a field name holds a NUL character</source>
        <translation>un nom de champ contient un caractère NUL</translation>
    </message>
</context>
<context>
    <name>RequireCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--user is required</source>
        <translation>--user est obligatoire</translation>
    </message>
    <message>
        <source>--flush only goes with --legacy-grant: FLUSH PRIVILEGES is not needed after account statements</source>
        <translation>--flush ne s&apos;utilise qu&apos;avec --legacy-grant : FLUSH PRIVILEGES n&apos;est pas nécessaire après des instructions sur les comptes</translation>
    </message>
    <message>
        <source>unknown --require &quot;%1&quot;; use ssl, x509, none or spec</source>
        <translation>--require « %1 » inconnu ; utilisez ssl, x509, none ou spec</translation>
    </message>
    <message>
        <source>--issuer, --subject, --cipher and --from-cert need --require spec</source>
        <translation>--issuer, --subject, --cipher et --from-cert nécessitent --require spec</translation>
    </message>
    <message>
        <source>--grant and --on go together</source>
        <translation>--grant et --on vont ensemble</translation>
    </message>
    <message>
        <source>unknown privilege &quot;%1&quot;</source>
        <translation>privilège inconnu « %1 »</translation>
    </message>
    <message>
        <source>--on takes *.*, db.* or db.table, not &quot;%1&quot;</source>
        <translation>--on accepte *.*, db.* ou db.table, pas « %1 »</translation>
    </message>
    <message>
        <source>unknown --dialect &quot;%1&quot;; use mysql8, mysql57 or mariadb</source>
        <translation>--dialect « %1 » inconnu ; utilisez mysql8, mysql57 ou mariadb</translation>
    </message>
    <message>
        <source>--%1 only goes with --apply</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec --apply</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>note: the server is %1; the statements were written for it, not for %2</source>
        <translation>remarque : le serveur est %1 ; les instructions ont été écrites pour lui, pas pour %2</translation>
    </message>
    <message>
        <source>the account was not changed as requested</source>
        <translation>le compte n&apos;a pas été modifié comme demandé</translation>
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
                            affiche les instructions CREATE USER / ALTER USER ... REQUIRE / GRANT ;
                            le mot de passe d&apos;un nouveau compte est affiché sous la forme
                            &lt;password&gt;, à remplacer
  require ... --apply PROFILE [--password-stdin] [--account-password-stdin]
          [--prove [--prove-without-tls] [--client-cert F --client-key F]]
                            les exécute via la session TLS vérifiée du profil d&apos;administration,
                            relit le compte et, avec --prove, se connecte sous ce compte avec TLS
                            (et sans TLS, uniquement vers un hôte de bouclage, avec
                            --prove-without-tls)
                            un nouveau compte nécessite --account-password-stdin ou --auth socket
</translation>
    </message>
    <message>
        <source>--auth is how a new account logs in; it does not go with --no-create</source>
        <translation>--auth indique comment un nouveau compte se connecte ; il ne s&apos;utilise pas avec --no-create</translation>
    </message>
    <message>
        <source>unknown --auth &quot;%1&quot;; use password or socket</source>
        <translation>--auth « %1 » inconnu ; utilisez password ou socket</translation>
    </message>
    <message>
        <source>--prove-without-tls goes with --prove</source>
        <translation>--prove-without-tls s&apos;utilise avec --prove</translation>
    </message>
    <message>
        <source>--apply creates the account when it does not exist, and sslcm never creates an account without a password: give its password with --account-password-stdin, choose --auth socket, or add --no-create</source>
        <translation>--apply crée le compte s&apos;il n&apos;existe pas, et sslcm ne crée jamais de compte sans mot de passe : indiquez son mot de passe avec --account-password-stdin, choisissez --auth socket, ou ajoutez --no-create</translation>
    </message>
    <message>
        <source>--prove-without-tls: %1 is not on this computer, and a login without TLS would send the account&apos;s name and the challenge response made from its password unencrypted over the network. sslcm-cli makes it only to loopback hosts; leave out --prove-without-tls.</source>
        <translation>--prove-without-tls : %1 ne se trouve pas sur cet ordinateur, et une connexion sans TLS enverrait en clair sur le réseau le nom du compte et la réponse au défi calculée à partir de son mot de passe. sslcm-cli ne l&apos;effectue que vers des hôtes de bouclage ; retirez --prove-without-tls.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A name to find the connection by, and anything worth remembering.</source>
        <translation>Un nom pour retrouver la connexion, et tout ce qui mérite d&apos;être retenu.</translation>
    </message>
    <message>
        <source>Connection name (required)</source>
        <translation>Nom de la connexion (obligatoire)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Optional: who runs the server, where the CA came from…</source>
        <translation>Facultatif : qui gère le serveur, d&apos;où vient l&apos;AC…</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Nom : *</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Suggested connection name: user at host</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>⚠ This connection has not been tested. You can save it anyway and test it later from the main window.</source>
        <translation>⚠ Cette connexion n&apos;a pas été testée. Vous pouvez quand même l&apos;enregistrer et la tester plus tard depuis la fenêtre principale.</translation>
    </message>
    <message>
        <source>%1 Last test: %2.</source>
        <translation>%1 Dernier test : %2.</translation>
    </message>
    <message>
        <source>You can save it anyway, or go back and fix it.</source>
        <translation>Vous pouvez quand même l&apos;enregistrer, ou revenir en arrière pour corriger le problème.</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Saisissez un nom pour la connexion.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already; choose another name.</source>
        <translation>Une connexion nommée « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>How strictly sslcm checks that it talks to the real server.</source>
        <translation>Avec quelle rigueur sslcm vérifie qu&apos;il communique avec le vrai serveur.</translation>
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
        <translation>Fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>CA certificate folder</source>
        <translation>Dossier de certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>&amp;Fetch Server Certificate…</source>
        <translation>&amp;Récupérer le certificat du serveur…</translation>
    </message>
    <message>
        <source>How strictly the server is checked</source>
        <translation>Avec quelle rigueur le serveur est vérifié</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Used for this test only; asked for when connecting</source>
        <translation>Utilisée pour ce test uniquement ; demandée lors de la connexion</translation>
    </message>
    <message>
        <source>Fetch server certificate</source>
        <translation>Récupérer le certificat du serveur</translation>
    </message>
    <message>
        <source>Shows the certificate the server presents, without logging in, so that you can decide whether to trust it.</source>
        <translation>Affiche le certificat que présente le serveur, sans ouvrir de session, pour que vous puissiez décider si vous l&apos;approuvez.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Fichier d&apos;AC :</translation>
    </message>
    <message>
        <source>CA f&amp;older:</source>
        <translation>&amp;Dossier d&apos;AC :</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificat client :</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clé c&amp;lient :</translation>
    </message>
    <message>
        <source>🔒 The server certificate is pinned: SHA-256 %1</source>
        <translation>🔒 Le certificat du serveur est épinglé : SHA-256 %1</translation>
    </message>
    <message>
        <source>Choose the private key that belongs to the client certificate.</source>
        <translation>Choisissez la clé privée qui correspond au certificat client.</translation>
    </message>
    <message>
        <source>Choose the client certificate that belongs to the key.</source>
        <translation>Choisissez le certificat client qui correspond à la clé.</translation>
    </message>
    <message>
        <source>⚠ Without TLS, the password and all data cross the network readable by anyone on the way.</source>
        <translation>⚠ Sans TLS, le mot de passe et toutes les données circulent sur le réseau en clair, lisibles par quiconque se trouve sur le trajet.</translation>
    </message>
    <message>
        <source>&amp;Download CA Certificate…</source>
        <translation>&amp;Télécharger le certificat d&apos;AC…</translation>
    </message>
    <message>
        <source>Download the provider&apos;s CA certificate</source>
        <translation>Télécharger le certificat d&apos;AC du fournisseur</translation>
    </message>
    <message>
        <source>Fetches the CA certificate a cloud provider publishes, shows it, and uses it as the CA file once you accept it.</source>
        <translation>Récupère le certificat d&apos;AC publié par un fournisseur cloud, l&apos;affiche et l&apos;utilise comme fichier d&apos;AC une fois que vous l&apos;avez accepté.</translation>
    </message>
    <message>
        <source>ℹ Without a CA file or folder, the server&apos;s certificate must chain to one of the system&apos;s trusted certificate authorities and name this host, as with hosted services that use public CAs.</source>
        <translation>ℹ Sans fichier ni dossier d&apos;AC, le certificat du serveur doit remonter à l&apos;une des autorités de certification approuvées par le système et désigner cet hôte, comme pour les services hébergés qui utilisent des AC publiques.</translation>
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
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>Enter only the host name, without “%1”.</source>
        <translation>Saisissez uniquement le nom d&apos;hôte, sans « %1 ».</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>Un nom d&apos;hôte ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>The host name contains a control character.</source>
        <translation>Le nom d&apos;hôte contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>Enter an IPv6 address without brackets.</source>
        <translation>Saisissez une adresse IPv6 sans crochets.</translation>
    </message>
    <message>
        <source>Enter the port %1 in the Port field, not after the host name.</source>
        <translation>Saisissez le port %1 dans le champ Port, pas après le nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid network interface for the IPv6 address %2.</source>
        <translation>« %1 » n&apos;est pas une interface réseau valide pour l&apos;adresse IPv6 %2.</translation>
    </message>
    <message>
        <source>“%1” is an unusual spelling of an IP address that programs read differently; sslcm would connect to %2. Write %2 (or the address you mean) as four decimal numbers.</source>
        <translation>« %1 » est une graphie inhabituelle d&apos;adresse IP que les programmes lisent différemment ; sslcm se connecterait à %2. Écrivez %2 (ou l&apos;adresse voulue) sous forme de quatre nombres décimaux.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IP address: write four decimal numbers from 0 to 255, separated by dots.</source>
        <translation>« %1 » n&apos;est pas une adresse IP valide : écrivez quatre nombres décimaux de 0 à 255, séparés par des points.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: use letters, digits, hyphens and dots.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide : utilisez des lettres, des chiffres, des traits d&apos;union et des points.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Where the MySQL or MariaDB server is, and who logs in.</source>
        <translation>Où se trouve le serveur MySQL ou MariaDB, et qui se connecte.</translation>
    </message>
</context>
<context>
    <name>ServerProbeReport</name>
    <message>
        <source>the given CA</source>
        <translation>l&apos;AC indiquée</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>les AC approuvées par le système</translation>
    </message>
    <message>
        <source>verified: the chain leads to %1 and the certificate names %2</source>
        <translation>vérifié : la chaîne mène à %1 et le certificat désigne %2</translation>
    </message>
    <message>
        <source>FAILED: the certificate does not name %1</source>
        <translation>ÉCHEC : le certificat ne désigne pas %1</translation>
    </message>
    <message>
        <source>FAILED: the fingerprint differs from the pinned one</source>
        <translation>ÉCHEC : l&apos;empreinte diffère de celle épinglée</translation>
    </message>
    <message>
        <source>FAILED against %1: %2 (certificate %3 in the chain)</source>
        <translation>ÉCHEC avec %1 : %2 (certificat %3 de la chaîne)</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Serveur : %1:%2</translation>
    </message>
    <message>
        <source>Version: %1 (connection id %2)</source>
        <translation>Version : %1 (identifiant de connexion %2)</translation>
    </message>
    <message>
        <source>TLS: not established: %1</source>
        <translation>TLS : non établi : %1</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS : %1, suite de chiffrement %2</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Vérification : %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain presented by the server (%n certificate(s)):</source>
        <translation>
            <numerusform>Chaîne présentée par le serveur (%n certificat) :</numerusform>
            <numerusform>Chaîne présentée par le serveur (%n certificats) :</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: (not readable)</source>
        <translation>  %1 : (illisible)</translation>
    </message>
    <message>
        <source>     issuer:  %1</source>
        <translation>     émetteur : %1</translation>
    </message>
    <message>
        <source>     valid:   %1 to %2</source>
        <translation>     valide :   du %1 au %2</translation>
    </message>
    <message>
        <source>     names:   %1</source>
        <translation>     noms :     %1</translation>
    </message>
    <message>
        <source>     key:     %1</source>
        <translation>     clé :      %1</translation>
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
        <translation>&amp;Enregistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Where the server runs</source>
        <translation>Où le serveur s&apos;exécute</translation>
    </message>
    <message>
        <source>Se&amp;rver runs at:</source>
        <translation>Le se&amp;rveur s&apos;exécute sur :</translation>
    </message>
    <message>
        <source>Host name or IP address (required)</source>
        <translation>Nom d&apos;hôte ou adresse IP (obligatoire)</translation>
    </message>
    <message>
        <source>Port (required)</source>
        <translation>Port (obligatoire)</translation>
    </message>
    <message>
        <source>User name (required)</source>
        <translation>Nom d&apos;utilisateur (obligatoire)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Asked for when connecting if left empty</source>
        <translation>Demandé lors de la connexion s&apos;il est laissé vide</translation>
    </message>
    <message>
        <source>Save the password in the system keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>The password is kept by the operating system&apos;s keychain, never in sslcm&apos;s files.</source>
        <translation>Le mot de passe est conservé par le trousseau du système d&apos;exploitation, jamais dans les fichiers de sslcm.</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Base de données par défaut</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Host: *</source>
        <extracomment>Form label; the asterisk marks a required field</extracomment>
        <translation>&amp;Hôte : *</translation>
    </message>
    <message>
        <source>&amp;Port: *</source>
        <translation>&amp;Port : *</translation>
    </message>
    <message>
        <source>&amp;User: *</source>
        <translation>&amp;Utilisateur : *</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>&amp;Base de données par défaut :</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Enter an IPv6 address without brackets.</source>
        <translation>Saisissez une adresse IPv6 sans crochets.</translation>
    </message>
    <message>
        <source>Enter the port; MySQL and MariaDB use 3306 unless set up otherwise.</source>
        <translation>Saisissez le port ; MySQL et MariaDB utilisent 3306 sauf configuration contraire.</translation>
    </message>
    <message>
        <source>The port must be a number.</source>
        <translation>Le port doit être un nombre.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation>Saisissez le nom d&apos;utilisateur avec lequel vous connecter.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>What it prints is a sign-in token sent in clear te&amp;xt</source>
        <translation>La sortie est un jeton de connexion envoyé en c&amp;lair</translation>
    </message>
    <message>
        <source>Tr&amp;y It</source>
        <translation>Essa&amp;yer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Password source</source>
        <translation>Source du mot de passe</translation>
    </message>
    <message>
        <source>Where sslcm gets the password each time it connects. A command or AWS sign-in makes a fresh secret every time; sslcm never stores it.</source>
        <translation>D&apos;où sslcm obtient le mot de passe à chaque connexion. Une commande ou l&apos;authentification AWS produit un nouveau secret à chaque fois ; sslcm ne le stocke jamais.</translation>
    </message>
    <message>
        <source>Password command (required)</source>
        <translation>Commande de mot de passe (obligatoire)</translation>
    </message>
    <message>
        <source>A program and its arguments, e.g. pass show db/orders</source>
        <extracomment>Placeholder of the password command field; &quot;pass&quot; is a program&apos;s name</extracomment>
        <translation>Un programme et ses arguments, par ex. pass show db/orders</translation>
    </message>
    <message>
        <source>Command presets</source>
        <translation>Modèles de commande</translation>
    </message>
    <message>
        <source>Fills in the command for a cloud sign-in or a password manager</source>
        <translation>Remplit la commande pour une authentification cloud ou un gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>What it prints is a sign-in token sent in clear text</source>
        <translation>La sortie est un jeton de connexion envoyé en clair</translation>
    </message>
    <message>
        <source>Cloud sign-in tokens (Azure, Cloud SQL) reach the server in clear text, so sslcm sends them only to a server whose identity it verified. Leave this off for a password kept in a password manager.</source>
        <translation>Les jetons de connexion cloud (Azure, Cloud SQL) parviennent au serveur en clair ; sslcm ne les envoie donc qu&apos;à un serveur dont il a vérifié l&apos;identité. Laissez cette option désactivée pour un mot de passe conservé dans un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Run directly, without a shell; the first line it prints is the password. {host}, {port} and {user} in the command become this connection&apos;s values, which the program also finds in SSLCM_HOST, SSLCM_PORT and SSLCM_USER.</source>
        <extracomment>{host}, {port}, {user} and SSLCM_HOST etc. are literal, do not translate them</extracomment>
        <translation>Exécutée directement, sans shell ; la première ligne affichée est le mot de passe. Dans la commande, {host}, {port} et {user} sont remplacés par les valeurs de cette connexion, que le programme trouve aussi dans SSLCM_HOST, SSLCM_PORT et SSLCM_USER.</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>Région AWS</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>AWS_PROFILE or default</source>
        <extracomment>AWS_PROFILE is an environment variable; &quot;default&quot; is AWS&apos;s profile name: keep both</extracomment>
        <translation>AWS_PROFILE ou default</translation>
    </message>
    <message>
        <source>sslcm signs a 15-minute token itself, with AWS credentials from the environment (AWS_ACCESS_KEY_ID…) or from the profile&apos;s keys or credential_process in ~/.aws/credentials and ~/.aws/config. For AWS SSO or an assumed role, give the profile a credential_process, e.g. “aws configure export-credentials --profile NAME --format process”, or use a password command instead.</source>
        <extracomment>credential_process, ~/.aws/config and the aws command are literal</extracomment>
        <translation>sslcm signe lui-même un jeton valable 15 minutes, avec les identifiants AWS de l&apos;environnement (AWS_ACCESS_KEY_ID…) ou les clés ou le credential_process du profil dans ~/.aws/credentials et ~/.aws/config. Pour AWS SSO ou un rôle assumé, donnez au profil un credential_process, par exemple « aws configure export-credentials --profile NAME --format process », ou utilisez plutôt une commande de mot de passe.</translation>
    </message>
    <message>
        <source>Try the password source</source>
        <translation>Essayer la source du mot de passe</translation>
    </message>
    <message>
        <source>Runs the command or makes the token now and shows how long it is and until when it is valid, never the secret itself.</source>
        <translation>Exécute la commande ou génère le jeton maintenant, et indique sa longueur et sa durée de validité, jamais le secret lui-même.</translation>
    </message>
    <message>
        <source>Cancel trying the password source</source>
        <translation>Annuler l&apos;essai de la source du mot de passe</translation>
    </message>
    <message>
        <source>Trying the password source</source>
        <translation>Essai de la source du mot de passe</translation>
    </message>
    <message>
        <source>Password sourc&amp;e:</source>
        <translation>&amp;Source du mot de passe :</translation>
    </message>
    <message>
        <source>Co&amp;mmand: *</source>
        <extracomment>Form label of the password command; the asterisk marks a required field</extracomment>
        <translation>&amp;Commande : *</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>AWS profi&amp;le:</source>
        <translation>Pro&amp;fil AWS :</translation>
    </message>
    <message>
        <source>✔ Got %1.</source>
        <extracomment>&quot;Try It&quot; worked; %1 describes the password or token (its length, its expiry)</extracomment>
        <translation>✔ Obtenu : %1.</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>Used for tests here only; asked for every time</source>
        <translation>Utilisé ici uniquement pour les tests ; demandé à chaque fois</translation>
    </message>
    <message>
        <source>Running the command…</source>
        <translation>Exécution de la commande…</translation>
    </message>
    <message>
        <source>Making an AWS RDS IAM sign-in token…</source>
        <translation>Génération d&apos;un jeton de connexion AWS RDS IAM…</translation>
    </message>
    <message>
        <source>Sign in without a password</source>
        <translation>S&apos;authentifier sans mot de passe</translation>
    </message>
    <message>
        <source>The password command cannot be read: %1.</source>
        <extracomment>%1 says what is wrong, e.g. &quot;a quote is not closed&quot;</extracomment>
        <translation>La commande de mot de passe ne peut pas être lue : %1.</translation>
    </message>
    <message>
        <source>sslcm runs the command without a shell, so “%1” and what follows it would be left out. Put it in quotes if it belongs to an argument, or run a script that holds the pipeline.</source>
        <extracomment>%1 is a shell operator such as | or ;</extracomment>
        <translation>sslcm exécute la commande sans shell : « %1 » et ce qui suit seraient donc ignorés. Mettez-le entre guillemets s&apos;il fait partie d&apos;un argument, ou exécutez un script qui contient le pipeline.</translation>
    </message>
    <message>
        <source>%1, from the host name</source>
        <translation>%1, d&apos;après le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>From an RDS host name (*.REGION.rds.amazonaws.com)</source>
        <translation>D&apos;après un nom d&apos;hôte RDS (*.REGION.rds.amazonaws.com)</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>The server&apos;s certificate could not be read.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language choice: follow the desktop&apos;s language</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Default SSL mode for new connections</source>
        <translation>Mode SSL par défaut pour les nouvelles connexions</translation>
    </message>
    <message>
        <source>Default connect timeout in seconds</source>
        <translation>Délai de connexion par défaut, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the connect timeout</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Default &amp;SSL mode:</source>
        <translation>&amp;Mode SSL par défaut :</translation>
    </message>
    <message>
        <source>Default connect &amp;timeout:</source>
        <translation>&amp;Délai de connexion par défaut :</translation>
    </message>
    <message>
        <source>The defaults apply to connections created from now on.</source>
        <translation>Les valeurs par défaut s&apos;appliquent aux connexions créées à partir de maintenant.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Warn about expiring certificates</source>
        <translation>&amp;Avertir de l&apos;expiration prochaine des certificats</translation>
    </message>
    <message>
        <source>Warn about expiring certificates</source>
        <translation>Avertir de l&apos;expiration prochaine des certificats</translation>
    </message>
    <message>
        <source>On start-up and once a day, a desktop notification for every certificate of your connections that expires soon</source>
        <translation>Au démarrage et une fois par jour, une notification de bureau pour chaque certificat de vos connexions qui expire bientôt</translation>
    </message>
    <message>
        <source>Warn this many days before a certificate expires</source>
        <translation>Avertir ce nombre de jours avant l&apos;expiration d&apos;un certificat</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days before expiry that warnings start</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Warn &amp;before expiry:</source>
        <translation>Avertir a&amp;vant l&apos;expiration :</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 printed no password: its first line of output is empty. Run the command in a terminal to see what it prints.</source>
        <extracomment>%1 is the program that was run</extracomment>
        <translation>%1 n&apos;a affiché aucun mot de passe : la première ligne de sa sortie est vide. Exécutez la commande dans un terminal pour voir ce qu&apos;elle affiche.</translation>
    </message>
    <message>
        <source>The AWS region of %1 is not known: it is not an RDS host name (…REGION.rds.amazonaws.com). Enter the region, for example eu-west-1, in the profile&apos;s AWS sign-in settings.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>La région AWS de %1 est inconnue : ce n&apos;est pas un nom d&apos;hôte RDS (…REGION.rds.amazonaws.com). Saisissez la région, par exemple eu-west-1, dans les paramètres d&apos;authentification AWS du profil.</translation>
    </message>
    <message>
        <source>AWS RDS IAM token for %1 in %2, signed with %3</source>
        <extracomment>%1 is a database user, %2 an AWS region, %3 where the AWS credentials came from</extracomment>
        <translation>Jeton AWS RDS IAM pour %1 dans %2, signé avec %3</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <extracomment>%1 is why a password command failed, %2 what it printed on standard error</extracomment>
        <translation>%1 Message : %2</translation>
    </message>
    <message numerus="yes">
        <source>a sign-in token of %n character(s)</source>
        <translation>
            <numerusform>un jeton de connexion de %n caractère</numerusform>
            <numerusform>un jeton de connexion de %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a password of %n character(s)</source>
        <extracomment>%n is the length of a password</extracomment>
        <translation>
            <numerusform>un mot de passe de %n caractère</numerusform>
            <numerusform>un mot de passe de %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; it does not say when it expires</source>
        <extracomment>%1 says what was made (&quot;a sign-in token of 912 characters&quot;)</extracomment>
        <translation>%1 ; sans indication d&apos;expiration</translation>
    </message>
    <message>
        <source>%1, expired at %2</source>
        <extracomment>%1 says what was made, %2 a date and time</extracomment>
        <translation>%1, expiré le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, valid until %2 (%n minute(s))</source>
        <extracomment>%1 says what was made, %2 a date and time, %n the minutes until then</extracomment>
        <translation>
            <numerusform>%1, valable jusqu&apos;au %2 (%n minute)</numerusform>
            <numerusform>%1, valable jusqu&apos;au %2 (%n minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInTrial</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>SqlQuoting</name>
    <message>
        <source>The %1 contains a NUL character, which cannot be stored.</source>
        <translation>Le champ « %1 » contient un caractère NUL, qui ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The %1 contains a control character (U+%2) such as a line break or tab; remove it.</source>
        <translation>Le champ « %1 » contient un caractère de contrôle (U+%2), comme un saut de ligne ou une tabulation ; supprimez-le.</translation>
    </message>
    <message>
        <source>The %1 is not valid Unicode text.</source>
        <translation>Le champ « %1 » n&apos;est pas du texte Unicode valide.</translation>
    </message>
    <message>
        <source>The %1 contains a character outside the Basic Multilingual Plane (such as an emoji), which the server&apos;s account tables cannot store.</source>
        <translation>Le champ « %1 » contient un caractère hors du plan multilingue de base (par exemple un emoji), que les tables de comptes du serveur ne peuvent pas stocker.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; the server allows at most %3.</source>
        <translation>Le champ « %1 » compte %2 caractères ; le serveur en autorise au maximum %3.</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>%1 is larger than %2 bytes: only the beginning was read.</source>
        <translation>%1 dépasse %2 octets : seul le début a été lu.</translation>
    </message>
    <message>
        <source>More than %1 SSH configuration files are included: %2 and the files after it were not read.</source>
        <translation>Plus de %1 fichiers de configuration SSH sont inclus : %2 et les fichiers suivants n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: it was not read.</source>
        <translation>%1 dépasse %2 octets : il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>%1 line %2: a quote is not closed; the line is ignored, ssh refuses it.</source>
        <extracomment>%1 is a file, %2 a line number</extracomment>
        <translation>%1 ligne %2 : un guillemet n&apos;est pas fermé ; la ligne est ignorée, ssh la refuse.</translation>
    </message>
    <message>
        <source>%1 line %2: includes are nested more than %3 levels deep; this Include is not read.</source>
        <translation>%1 ligne %2 : les Include sont imbriqués sur plus de %3 niveaux ; cet Include n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>%1 line %2: a Host line without a pattern; ssh refuses it.</source>
        <translation>%1 ligne %2 : une ligne Host sans motif ; ssh la refuse.</translation>
    </message>
    <message>
        <source>%1 line %2: “Match %3” is not evaluated by sslcm: the settings of that block are not used. Give them in a Host block if sslcm needs them.</source>
        <extracomment>%1 is a file, %2 a line number, %3 the criteria, e.g. &quot;host *.internal exec ...&quot;</extracomment>
        <translation>%1 ligne %2 : « Match %3 » n&apos;est pas évalué par sslcm : les paramètres de ce bloc ne sont pas utilisés. Indiquez-les dans un bloc Host si sslcm en a besoin.</translation>
    </message>
    <message>
        <source>%1 (%2 line %3)</source>
        <extracomment>%1 is a keyword and its value, %2 a file, %3 a line number</extracomment>
        <translation>%1 (%2 ligne %3)</translation>
    </message>
    <message>
        <source>“%1” names several jump hosts one after the other: sslcm goes through one jump host.</source>
        <translation>« %1 » désigne plusieurs hôtes de rebond l&apos;un après l&apos;autre : sslcm passe par un seul hôte de rebond.</translation>
    </message>
    <message>
        <source>“%1” is not an SSH destination: write [USER@]HOST[:PORT], HOST being a name, an address or an alias of the SSH configuration.</source>
        <translation>« %1 » n&apos;est pas une destination SSH : écrivez [USER@]HOST[:PORT], HOST étant un nom, une adresse ou un alias de la configuration SSH.</translation>
    </message>
    <message>
        <source>“%1” is reached through the jump host “%2” (ProxyJump in the SSH configuration), and sslcm goes through one jump host. For a database on %3, use “%2” as the jump host and %3 as the database host.</source>
        <extracomment>%1 is an SSH alias, %2 its ProxyJump, %3 its HostName</extracomment>
        <translation>« %1 » est atteint via l&apos;hôte de rebond « %2 » (ProxyJump dans la configuration SSH), et sslcm passe par un seul hôte de rebond. Pour une base de données sur %3, utilisez « %2 » comme hôte de rebond et %3 comme hôte de la base de données.</translation>
    </message>
    <message>
        <source>“%1” is reached with a ProxyCommand in the SSH configuration (%2), which sslcm does not run: sslcm connects to the jump host itself.</source>
        <translation>« %1 » est atteint avec un ProxyCommand dans la configuration SSH (%2), que sslcm n&apos;exécute pas : sslcm se connecte lui-même à l&apos;hôte de rebond.</translation>
    </message>
    <message>
        <source>No User for “%1” in the SSH configuration: sslcm logs in as “%2”, as ssh does.</source>
        <translation>Aucun User pour « %1 » dans la configuration SSH : sslcm se connecte en tant que « %2 », comme ssh.</translation>
    </message>
    <message>
        <source>No IdentityFile for “%1” in the SSH configuration: sslcm logs in with the SSH agent (ssh would also try the default keys in ~/.ssh). Choose a key file if the agent does not hold the key.</source>
        <translation>Aucun IdentityFile pour « %1 » dans la configuration SSH : sslcm se connecte avec l&apos;agent SSH (ssh essaierait aussi les clés par défaut de ~/.ssh). Choisissez un fichier de clé si l&apos;agent ne détient pas la clé.</translation>
    </message>
    <message>
        <source>“%1” in the SSH configuration: %2</source>
        <extracomment>%1 is an SSH alias, %2 a list of &quot;Keyword value (file line N)&quot;</extracomment>
        <translation>« %1 » dans la configuration SSH : %2</translation>
    </message>
    <message>
        <source>“%1” has no ProxyJump in the SSH configuration: nothing says which jump host reaches it.</source>
        <translation>« %1 » n&apos;a pas de ProxyJump dans la configuration SSH : rien n&apos;indique par quel hôte de rebond l&apos;atteindre.</translation>
    </message>
    <message>
        <source>“%1” is reached through the jump hosts %2, one after the other (ProxyJump in the SSH configuration): sslcm goes through one jump host.</source>
        <translation>« %1 » est atteint via les hôtes de rebond %2, l&apos;un après l&apos;autre (ProxyJump dans la configuration SSH) : sslcm passe par un seul hôte de rebond.</translation>
    </message>
    <message>
        <source>“%1” is %2 reached through the jump host %3 (ProxyJump in the SSH configuration).</source>
        <extracomment>%1 is an SSH alias, %2 its HostName, %3 the jump host</extracomment>
        <translation>« %1 » est %2, atteint via l&apos;hôte de rebond %3 (ProxyJump dans la configuration SSH).</translation>
    </message>
</context>
<context>
    <name>SshConfigImporter</name>
    <message>
        <source>OpenSSH client configuration</source>
        <translation>Configuration du client OpenSSH</translation>
    </message>
    <message>
        <source>Host %1 in %2</source>
        <extracomment>%1 is an SSH host alias, %2 a file</extracomment>
        <translation>Host %1 dans %2</translation>
    </message>
    <message>
        <source>The database&apos;s port (%1 assumed), user and TLS settings are not in the SSH configuration: check them before connecting.</source>
        <translation>Le port (%1 supposé), l&apos;utilisateur et les paramètres TLS de la base de données ne sont pas dans la configuration SSH : vérifiez-les avant de vous connecter.</translation>
    </message>
    <message>
        <source>%1: local port %2 to %3</source>
        <extracomment>%1 is an SSH host alias, %2 a local port, %3 host:port</extracomment>
        <translation>%1 : port local %2 vers %3</translation>
    </message>
    <message>
        <source>In the SSH configuration, “%1” forwards local port %2 to %3: sslcm goes through “%1” itself, without a local port, and checks the certificate against %4. The database&apos;s user and TLS settings are not in the SSH configuration: check them before connecting.</source>
        <extracomment>%1 is an SSH host alias, %2 a local port, %3 the database&apos;s host:port, %4 its host</extracomment>
        <translation>Dans la configuration SSH, « %1 » redirige le port local %2 vers %3 : sslcm passe lui-même par « %1 », sans port local, et vérifie le certificat par rapport à %4. L&apos;utilisateur et les paramètres TLS de la base de données ne sont pas dans la configuration SSH : vérifiez-les avant de vous connecter.</translation>
    </message>
    <message>
        <source>forwards to ports other than MySQL&apos;s (3306 to 3309): %1</source>
        <translation>redirections vers des ports autres que ceux de MySQL (3306 à 3309) : %1</translation>
    </message>
    <message>
        <source>hosts that reach no database (no ProxyJump, no LocalForward to MySQL&apos;s port); they can be a profile&apos;s SSH jump host: %1</source>
        <translation>hôtes qui n&apos;atteignent aucune base de données (pas de ProxyJump, pas de LocalForward vers le port de MySQL) ; ils peuvent servir d&apos;hôte de rebond SSH à un profil : %1</translation>
    </message>
    <message>
        <source>no Host in %1 reaches a database: sslcm imports hosts with a ProxyJump (a database machine behind a jump host) or a LocalForward to MySQL&apos;s port. Any host can be a profile&apos;s SSH jump host.</source>
        <translation>aucun Host de %1 n&apos;atteint une base de données : sslcm importe les hôtes ayant un ProxyJump (une machine de base de données derrière un hôte de rebond) ou un LocalForward vers le port de MySQL. Tout hôte peut servir d&apos;hôte de rebond SSH à un profil.</translation>
    </message>
</context>
<context>
    <name>SshFacts</name>
    <message>
        <source>Through the SSH jump host: %1</source>
        <extracomment>%1 is user@host:port of the SSH jump host and how sslcm logs in to it</extracomment>
        <translation>Via l&apos;hôte de rebond SSH : %1</translation>
    </message>
    <message>
        <source>SSH server: %1</source>
        <translation>Serveur SSH : %1</translation>
    </message>
    <message>
        <source>SSH host key: %1 %2</source>
        <extracomment>%1 is the key type (ssh-ed25519), %2 its SHA256 fingerprint</extracomment>
        <translation>Clé d&apos;hôte SSH : %1 %2</translation>
    </message>
    <message>
        <source>SSH host key on record: %1 %2 (%3)</source>
        <extracomment>%1 is the key type, %2 its SHA256 fingerprint, %3 the file that holds it</extracomment>
        <translation>Clé d&apos;hôte SSH enregistrée : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>SSH login: %1%2</source>
        <translation>Connexion SSH : %1%2</translation>
    </message>
    <message>
        <source> (an SSH session already up was shared)</source>
        <translation> (une session SSH déjà ouverte a été partagée)</translation>
    </message>
</context>
<context>
    <name>SshHostKeyDialog</name>
    <message>
        <source>Unknown SSH Host Key</source>
        <translation>Clé d&apos;hôte SSH inconnue</translation>
    </message>
    <message>
        <source>SSH Host Key Changed</source>
        <translation>Clé d&apos;hôte SSH modifiée</translation>
    </message>
    <message>
        <source>sslcm has not seen the host key of the SSH jump host %1 before.</source>
        <extracomment>%1 is the SSH jump host, user@host:port</extracomment>
        <translation>sslcm n&apos;a encore jamais vu la clé d&apos;hôte de l&apos;hôte de rebond SSH %1.</translation>
    </message>
    <message>
        <source>The SSH jump host %1 presented a different host key than the one on record.</source>
        <translation>L&apos;hôte de rebond SSH %1 a présenté une clé d&apos;hôte différente de celle enregistrée.</translation>
    </message>
    <message>
        <source>Nothing was logged in yet. Trust the key only if it is the jump host&apos;s own: anyone between this computer and the jump host could present a key of their own.</source>
        <translation>Aucune connexion n&apos;a encore eu lieu. Ne faites confiance à la clé que si c&apos;est bien celle de l&apos;hôte de rebond : toute personne située entre cet ordinateur et l&apos;hôte de rebond pourrait présenter sa propre clé.</translation>
    </message>
    <message>
        <source>sslcm refused the connection and logged nothing in. Someone may be intercepting the connection, or the jump host was reinstalled or got a new key.</source>
        <translation>sslcm a refusé la connexion et ne s&apos;est pas authentifié. Quelqu&apos;un intercepte peut-être la connexion, ou l&apos;hôte de rebond a été réinstallé ou a reçu une nouvelle clé.</translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation>Hôte de rebond :</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
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
        <translation>Enregistrée :</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Présentée maintenant :</translation>
    </message>
    <message>
        <source>Recorded in:</source>
        <translation>Enregistrée dans :</translation>
    </message>
    <message>
        <source>To compare, ask the jump host&apos;s administrator for its fingerprint, or run this on the jump host and check that it prints the same SHA256:… value:</source>
        <translation>Pour comparer, demandez à l&apos;administrateur de l&apos;hôte de rebond son empreinte, ou exécutez ceci sur l&apos;hôte de rebond et vérifiez qu&apos;il affiche la même valeur SHA256:… :</translation>
    </message>
    <message>
        <source>Ask the jump host&apos;s administrator whether its key changed. Only once the new fingerprint is confirmed (on the jump host, this prints it), remove the old key from the file above and test again:</source>
        <translation>Demandez à l&apos;administrateur de l&apos;hôte de rebond si sa clé a changé. Seulement une fois la nouvelle empreinte confirmée (sur l&apos;hôte de rebond, cette commande l&apos;affiche), supprimez l&apos;ancienne clé du fichier ci-dessus et testez de nouveau :</translation>
    </message>
    <message>
        <source>Command to run</source>
        <translation>Commande à exécuter</translation>
    </message>
    <message>
        <source>Trusting it keeps the key in sslcm&apos;s own list (%1); your ~/.ssh/known_hosts is not changed.</source>
        <translation>Lui faire confiance conserve la clé dans la liste propre à sslcm (%1) ; votre ~/.ssh/known_hosts n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>Trust the host key and connect</source>
        <translation>Faire confiance à la clé d&apos;hôte et se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>⚠ The key itself did not come with the report, so it cannot be stored. Test again.</source>
        <translation>⚠ La clé elle-même ne figurait pas dans le rapport, elle ne peut donc pas être enregistrée. Relancez le test.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>⚠ The key could not be stored: %1</source>
        <extracomment>%1 says why, e.g. the file cannot be written</extracomment>
        <translation>⚠ La clé n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>SshJump</name>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>key %1</source>
        <extracomment>%1 is a private key file</extracomment>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is user@host:port of the SSH bastion, %2 how sslcm logs in to it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The SSH jump host is empty: enter the bastion&apos;s name or address, or turn off “Connect through SSH”.</source>
        <translation>L&apos;hôte de rebond SSH est vide : saisissez le nom ou l&apos;adresse du bastion, ou désactivez « Se connecter via SSH ».</translation>
    </message>
    <message>
        <source>SSH jump host: %1</source>
        <extracomment>%1 says what is wrong with the host and how to write it</extracomment>
        <translation>Hôte de rebond SSH : %1</translation>
    </message>
    <message>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation>Le port SSH doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The SSH user is empty: enter the account on the jump host.</source>
        <translation>L&apos;utilisateur SSH est vide : saisissez le compte sur l&apos;hôte de rebond.</translation>
    </message>
    <message>
        <source>Choose the private key file for the SSH jump host, or log in with the SSH agent or a password.</source>
        <translation>Choisissez le fichier de clé privée pour l&apos;hôte de rebond SSH, ou connectez-vous avec l&apos;agent SSH ou un mot de passe.</translation>
    </message>
</context>
<context>
    <name>SshKnownHosts</name>
    <message>
        <source>The host name “%1” cannot be written to a known-hosts list.</source>
        <translation>Le nom d&apos;hôte « %1 » ne peut pas être écrit dans une liste d&apos;hôtes connus.</translation>
    </message>
    <message>
        <source>This is not an SSH public key.</source>
        <translation>Ceci n&apos;est pas une clé publique SSH.</translation>
    </message>
    <message>
        <source>%1 holds a different key for this host. A changed host key is never accepted here: ask the jump host&apos;s administrator which key is right.</source>
        <translation>%1 contient une autre clé pour cet hôte. Une clé d&apos;hôte modifiée n&apos;est jamais acceptée ici : demandez à l&apos;administrateur de l&apos;hôte de rebond quelle clé est la bonne.</translation>
    </message>
    <message>
        <source>%1 marks this key as revoked.</source>
        <translation>%1 marque cette clé comme révoquée.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SshSecretDialog</name>
    <message>
        <source>SSH Password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>SSH Key Passphrase</source>
        <translation>Phrase secrète de la clé SSH</translation>
    </message>
    <message>
        <source>Password for the SSH jump host %1:</source>
        <extracomment>%1 is the SSH jump host, user@host:port</extracomment>
        <translation>Mot de passe de l&apos;hôte de rebond SSH %1 :</translation>
    </message>
    <message>
        <source>The SSH key %1 is protected by a passphrase. Enter it to log in to the jump host %2:</source>
        <translation>La clé SSH %1 est protégée par une phrase secrète. Saisissez-la pour vous connecter à l&apos;hôte de rebond %2 :</translation>
    </message>
    <message>
        <source>⚠ The jump host did not accept the password. Try again.</source>
        <translation>⚠ L&apos;hôte de rebond n&apos;a pas accepté le mot de passe. Réessayez.</translation>
    </message>
    <message>
        <source>⚠ That passphrase does not open the key. Try again.</source>
        <translation>⚠ Cette phrase secrète n&apos;ouvre pas la clé. Réessayez.</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Phrase secrète de la clé SSH</translation>
    </message>
    <message>
        <source>&amp;Save the password in the system keychain</source>
        <translation>&amp;Enregistrer le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>&amp;Save the passphrase in the system keychain</source>
        <translation>&amp;Enregistrer la phrase secrète dans le trousseau système</translation>
    </message>
    <message>
        <source>Save the SSH password in the system keychain</source>
        <translation>Enregistrer le mot de passe SSH dans le trousseau système</translation>
    </message>
    <message>
        <source>Save the SSH key passphrase in the system keychain</source>
        <translation>Enregistrer la phrase secrète de la clé SSH dans le trousseau système</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SshSection</name>
    <message>
        <source>Connect &amp;via SSH (a jump host)</source>
        <translation>Se connecter &amp;via SSH (hôte de rebond)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Save the SSH password in the system &amp;keychain</source>
        <translation>Enregistrer le mot de passe SSH dans le &amp;trousseau système</translation>
    </message>
    <message>
        <source>Connect through SSH</source>
        <translation>Se connecter via SSH</translation>
    </message>
    <message>
        <source>For a database that is reachable only from a bastion host: sslcm logs in to it over SSH and reaches the database from there.</source>
        <translation>Pour une base de données accessible uniquement depuis un hôte bastion : sslcm s&apos;y connecte en SSH et atteint la base de données depuis celui-ci.</translation>
    </message>
    <message>
        <source>The host and port above are the database&apos;s as the jump host sees them (for example db.internal and 3306). TLS is still verified against that name, as without SSH: the tunnel only carries the connection.</source>
        <translation>L&apos;hôte et le port ci-dessus sont ceux de la base de données tels que l&apos;hôte de rebond les voit (par exemple db.internal et 3306). TLS est toujours vérifié par rapport à ce nom, comme sans SSH : le tunnel ne fait que transporter la connexion.</translation>
    </message>
    <message>
        <source>SSH jump host (required)</source>
        <translation>Hôte de rebond SSH (obligatoire)</translation>
    </message>
    <message>
        <source>bastion.example.com</source>
        <extracomment>Placeholder of the SSH jump host field</extracomment>
        <translation>bastion.example.com</translation>
    </message>
    <message>
        <source>SSH port (required)</source>
        <translation>Port SSH (obligatoire)</translation>
    </message>
    <message>
        <source>SSH user (required)</source>
        <translation>Utilisateur SSH (obligatoire)</translation>
    </message>
    <message>
        <source>SSH authentication</source>
        <translation>Authentification SSH</translation>
    </message>
    <message>
        <source>How sslcm logs in to the jump host. Passwords and key passphrases are kept in the system keychain, never in sslcm&apos;s files.</source>
        <translation>Comment sslcm se connecte à l&apos;hôte de rebond. Les mots de passe et les phrases secrètes des clés sont conservés dans le trousseau système, jamais dans les fichiers de sslcm.</translation>
    </message>
    <message>
        <source>SSH private key file (required)</source>
        <translation>Fichier de clé privée SSH (obligatoire)</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <extracomment>Placeholder of the SSH key file field; ~/.ssh/id_ed25519 is a path, keep it</extracomment>
        <translation>p. ex. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Choose the SSH private key file</source>
        <translation>Choisir le fichier de clé privée SSH</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>Asked for when connecting if left empty</source>
        <translation>Demandé lors de la connexion s&apos;il est laissé vide</translation>
    </message>
    <message>
        <source>Save the SSH password in the system keychain</source>
        <translation>Enregistrer le mot de passe SSH dans le trousseau système</translation>
    </message>
    <message>
        <source>&amp;Jump host: *</source>
        <translation>Hôte de &amp;rebond : *</translation>
    </message>
    <message>
        <source>SSH port: *</source>
        <translation>Port SSH : *</translation>
    </message>
    <message>
        <source>SSH user: *</source>
        <translation>Utilisateur SSH : *</translation>
    </message>
    <message>
        <source>Log &amp;in with:</source>
        <translation>Se connecter &amp;avec :</translation>
    </message>
    <message>
        <source>&amp;Key file: *</source>
        <translation>&amp;Fichier de clé : *</translation>
    </message>
    <message>
        <source>SSH password:</source>
        <translation>Mot de passe SSH :</translation>
    </message>
    <message>
        <source>✔ An SSH agent is running: sslcm logs in with the keys it holds.</source>
        <translation>✔ Un agent SSH est en cours d&apos;exécution : sslcm se connecte avec les clés qu&apos;il détient.</translation>
    </message>
    <message>
        <source>⚠ No SSH agent is running (SSH_AUTH_SOCK is not set). Start one and add your key with ssh-add, or log in with a key file.</source>
        <extracomment>SSH_AUTH_SOCK is an environment variable and ssh-add a command: keep both</extracomment>
        <translation>⚠ Aucun agent SSH n&apos;est en cours d&apos;exécution (SSH_AUTH_SOCK n&apos;est pas défini). Démarrez-en un et ajoutez votre clé avec ssh-add, ou connectez-vous avec un fichier de clé.</translation>
    </message>
    <message>
        <source>⚠ No SSH agent answers at SSH_AUTH_SOCK. Start one and add your key with ssh-add, or log in with a key file.</source>
        <extracomment>SSH_AUTH_SOCK is an environment variable and ssh-add a command: keep both</extracomment>
        <translation>⚠ Aucun agent SSH ne répond à SSH_AUTH_SOCK. Démarrez-en un et ajoutez votre clé avec ssh-add, ou connectez-vous avec un fichier de clé.</translation>
    </message>
    <message>
        <source>⚠ There is no such file.</source>
        <translation>⚠ Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>⚠ The file cannot be read.</source>
        <translation>⚠ Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>ℹ This key is protected by a passphrase: sslcm asks for it when connecting and can keep it in the system keychain.</source>
        <translation>ℹ Cette clé est protégée par une phrase secrète : sslcm la demande lors de la connexion et peut la conserver dans le trousseau système.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>Inline validation messages under the SSH fields; the sign makes them visible without colour</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Choose the SSH Private Key</source>
        <translation>Choisir la clé privée SSH</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key)</source>
        <translation>Fichiers PEM (*.pem *.key)</translation>
    </message>
</context>
<context>
    <name>SslMode</name>
    <message>
        <source>Disabled (no encryption)</source>
        <translation>Désactivé (aucun chiffrement)</translation>
    </message>
    <message>
        <source>Preferred (encrypt if the server offers it)</source>
        <translation>Préféré (chiffrer si le serveur le propose)</translation>
    </message>
    <message>
        <source>Required (encrypt, do not verify)</source>
        <translation>Requis (chiffrer, sans vérifier)</translation>
    </message>
    <message>
        <source>Verify CA</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>Vérifier l&apos;AC</translation>
    </message>
    <message>
        <source>Verify CA and host name</source>
        <translation>Vérifier l&apos;AC et le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Preferred</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Verify CA and name</source>
        <extracomment>Short SSL mode name for list columns</extracomment>
        <translation>Vérifier l&apos;AC et le nom</translation>
    </message>
    <message>
        <source>Password and data travel in plain text; anyone on the network can read them.</source>
        <translation>Le mot de passe et les données circulent en clair ; n&apos;importe qui sur le réseau peut les lire.</translation>
    </message>
    <message>
        <source>Falls back to plain text when the server offers no encryption, so an attacker can switch it off.</source>
        <translation>Repasse en clair lorsque le serveur ne propose pas de chiffrement ; un attaquant peut donc le désactiver.</translation>
    </message>
    <message>
        <source>Encrypted, but anyone in the middle could pose as the server.</source>
        <translation>Chiffré, mais n&apos;importe quel intermédiaire pourrait se faire passer pour le serveur.</translation>
    </message>
    <message>
        <source>Encrypted to a server holding a certificate from your CA, whatever its host name.</source>
        <translation>Chiffré vers un serveur possédant un certificat de votre AC, quel que soit son nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Encrypted to exactly this server: the certificate must come from your CA and name this host.</source>
        <translation>Chiffré vers ce serveur précis : le certificat doit provenir de votre AC et désigner cet hôte.</translation>
    </message>
</context>
<context>
    <name>TargetAuditor</name>
    <message>
        <source>The server certificate (%1)</source>
        <extracomment>%1 is a certificate&apos;s subject, &quot;O=Example, CN=db.example.com&quot;</extracomment>
        <translation>Le certificat du serveur (%1)</translation>
    </message>
    <message>
        <source>The CA certificate %1 in the server&apos;s chain</source>
        <extracomment>%1 is a certificate&apos;s subject</extracomment>
        <translation>Le certificat d&apos;AC %1 de la chaîne du serveur</translation>
    </message>
    <message>
        <source>AWS RDS retired this CA (rds-ca-2019 expired on 2024-08-22)</source>
        <translation>AWS RDS a retiré cette AC (rds-ca-2019 a expiré le 2024-08-22)</translation>
    </message>
    <message>
        <source>Move the instance to rds-ca-rsa2048-g1 (or rds-ca-rsa4096-g1 / rds-ca-ecc384-g1) and use AWS&apos;s current bundle (global-bundle.pem) as the CA file.</source>
        <translation>Passez l&apos;instance à rds-ca-rsa2048-g1 (ou rds-ca-rsa4096-g1 / rds-ca-ecc384-g1) et utilisez le lot actuel d&apos;AWS (global-bundle.pem) comme fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>Azure Database for MySQL is moving away from this root CA</source>
        <translation>Azure Database for MySQL abandonne cette AC racine</translation>
    </message>
    <message>
        <source>Put DigiCert Global Root G2 and Microsoft RSA Root CA 2017 into the CA file (next to the current one until the server has moved).</source>
        <translation>Ajoutez DigiCert Global Root G2 et Microsoft RSA Root CA 2017 au fichier d&apos;AC (à côté de l&apos;AC actuelle, jusqu&apos;à ce que le serveur ait migré).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The SSH jump host %1 did not carry the connection to %2: %3</source>
        <extracomment>%1 is user@host:port of the SSH jump host, %2 host:port, %3 the reason</extracomment>
        <translation>L&apos;hôte de rebond SSH %1 n&apos;a pas acheminé la connexion vers %2 : %3</translation>
    </message>
    <message>
        <source>Check the jump host&apos;s address, host key and login in the profile.</source>
        <translation>Vérifiez l&apos;adresse, la clé d&apos;hôte et l&apos;identifiant de connexion de l&apos;hôte de rebond dans le profil.</translation>
    </message>
    <message>
        <source>Write the host as a name or as an address in its usual form.</source>
        <translation>Indiquez l&apos;hôte sous forme de nom ou d&apos;adresse, dans sa notation habituelle.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port.</source>
        <translation>%1 a refusé la connexion : rien n&apos;écoute sur ce port.</translation>
    </message>
    <message>
        <source>Check the host and port, and that the server is running.</source>
        <translation>Vérifiez l&apos;hôte et le port, et que le serveur est démarré.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation>%1 n&apos;a pas répondu dans un délai de %2.</translation>
    </message>
    <message>
        <source>Check the host and port, and any firewall or security group on the way.</source>
        <translation>Vérifiez l&apos;hôte et le port, ainsi que tout pare-feu ou groupe de sécurité sur le trajet.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>Check the host name and the network.</source>
        <translation>Vérifiez le nom d&apos;hôte et le réseau.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no MySQL greeting within %2.</source>
        <translation>%1 a accepté la connexion, mais n&apos;a envoyé aucun message d&apos;accueil MySQL dans un délai de %2.</translation>
    </message>
    <message>
        <source>The server (or something in front of it) is stalled or overloaded, or the port belongs to another service.</source>
        <translation>Le serveur (ou un élément placé devant lui) est bloqué ou surchargé, ou le port appartient à un autre service.</translation>
    </message>
    <message>
        <source>%1 does not speak the MySQL protocol: %2</source>
        <translation>%1 ne parle pas le protocole MySQL : %2</translation>
    </message>
    <message>
        <source>Check the port: another service answers there.</source>
        <translation>Vérifiez le port : un autre service y répond.</translation>
    </message>
    <message>
        <source>%1 refused the connection with error %2: %3</source>
        <translation>%1 a refusé la connexion avec l&apos;erreur %2 : %3</translation>
    </message>
    <message>
        <source>See the server&apos;s message; a host blocked after too many failed connections is unblocked with FLUSH HOSTS.</source>
        <translation>Voir le message du serveur ; un hôte bloqué après trop de connexions en échec est débloqué avec FLUSH HOSTS.</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending a greeting.</source>
        <translation>%1 a fermé la connexion avant d&apos;envoyer un message d&apos;accueil.</translation>
    </message>
    <message>
        <source>Check that the port is a MySQL or MariaDB server&apos;s, and that this machine may connect to it.</source>
        <translation>Vérifiez que le port est celui d&apos;un serveur MySQL ou MariaDB, et que cet ordinateur a le droit de s&apos;y connecter.</translation>
    </message>
    <message>
        <source>%1 answered as %2.</source>
        <extracomment>%1 is host:port, %2 the server&apos;s version</extracomment>
        <translation>%1 s&apos;est présenté comme %2.</translation>
    </message>
    <message>
        <source>The profile connects without TLS: the password and all data travel in plain text, although the server offers TLS.</source>
        <translation>Le profil se connecte sans TLS : le mot de passe et toutes les données transitent en clair, alors que le serveur propose TLS.</translation>
    </message>
    <message>
        <source>Choose &quot;%1&quot; with the provider&apos;s CA certificate.</source>
        <translation>Choisissez « %1 » avec le certificat d&apos;AC du fournisseur.</translation>
    </message>
    <message>
        <source>Verified by the pinned certificate fingerprint.</source>
        <translation>Vérifié par l&apos;empreinte épinglée du certificat.</translation>
    </message>
    <message>
        <source>Not verified: the server&apos;s certificate is not the pinned one.</source>
        <translation>Non vérifié : le certificat du serveur n&apos;est pas celui qui est épinglé.</translation>
    </message>
    <message>
        <source>See the pin finding.</source>
        <translation>Voir le constat sur le certificat épinglé.</translation>
    </message>
    <message>
        <source> Where TLS is not offered, it even continues in plain text.</source>
        <translation> Là où TLS n&apos;est pas proposé, elle se poursuit même en clair.</translation>
    </message>
    <message>
        <source>Not verified: with &quot;%1&quot; the connection is encrypted, but nothing checks who the server is.%2</source>
        <extracomment>%1 is the mode&apos;s name, &quot;Required&quot;; %2 an optional sentence</extracomment>
        <translation>Non vérifié : avec « %1 », la connexion est chiffrée, mais rien ne vérifie qui est le serveur.%2</translation>
    </message>
    <message>
        <source>Choose &quot;%1&quot; with the provider&apos;s CA certificate, or pin the server&apos;s certificate.</source>
        <translation>Choisissez « %1 » avec le certificat d&apos;AC du fournisseur, ou épinglez le certificat du serveur.</translation>
    </message>
    <message>
        <source>Not verified: the profile&apos;s CA cannot be used. %1</source>
        <translation>Non vérifié : l&apos;AC du profil est inutilisable. %1</translation>
    </message>
    <message>
        <source>Choose the CA file your provider publishes.</source>
        <translation>Choisissez le fichier d&apos;AC publié par votre fournisseur.</translation>
    </message>
    <message>
        <source>Renew the expired (or not yet valid) certificate; see the certificate expiry finding.</source>
        <translation>Renouvelez le certificat expiré (ou pas encore valide) ; voir le constat sur l&apos;expiration des certificats.</translation>
    </message>
    <message>
        <source>Connect by a name the certificate carries, or have the server&apos;s certificate issued for %1.</source>
        <translation>Connectez-vous avec un nom que porte le certificat, ou faites émettre le certificat du serveur pour %1.</translation>
    </message>
    <message>
        <source>Check that the profile&apos;s CA file is the one that issued the server&apos;s current certificate (providers rotate their CAs).</source>
        <translation>Vérifiez que le fichier d&apos;AC du profil correspond à l&apos;AC qui a émis le certificat actuel du serveur (les fournisseurs renouvellent régulièrement leurs AC).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not verify as &quot;%1&quot; demands: %2</source>
        <extracomment>%1 is the mode&apos;s name, %2 OpenSSL&apos;s reason</extracomment>
        <translation>Le certificat du serveur ne passe pas la vérification qu&apos;exige « %1 » : %2</translation>
    </message>
    <message>
        <source>The chain verifies, but the server&apos;s certificate is not the pinned one.</source>
        <translation>La chaîne est vérifiée, mais le certificat du serveur n&apos;est pas celui qui est épinglé.</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>l&apos;ensemble des AC approuvées par le système</translation>
    </message>
    <message>
        <source>the profile&apos;s CA</source>
        <translation>l&apos;AC du profil</translation>
    </message>
    <message>
        <source>Verified: the chain leads to %1 and the certificate names %2.</source>
        <extracomment>%1 is &quot;the profile&apos;s CA&quot; or &quot;the system&apos;s trusted CAs&quot;, %2 the host</extracomment>
        <translation>Vérifié : la chaîne remonte jusqu&apos;à %1 et le certificat nomme %2.</translation>
    </message>
    <message>
        <source>Verified: the chain leads to the profile&apos;s CA (the host name is not checked in this mode).</source>
        <translation>Vérifié : la chaîne remonte jusqu&apos;à l&apos;AC du profil (le nom d&apos;hôte n&apos;est pas vérifié dans ce mode).</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expired on %2 (%3 ago)%4.</source>
        <extracomment>%1 is &quot;the server certificate (CN=...)&quot;, %2 a date, %3 a duration, %4 &quot;(and 1 more)&quot;</extracomment>
        <translation>%1 a expiré le %2 (il y a %3)%4.</translation>
    </message>
    <message>
        <source>Renew the server&apos;s certificate (or ask the provider to); verifying clients refuse it.</source>
        <translation>Renouvelez le certificat du serveur (ou demandez au fournisseur de le faire) ; les clients qui vérifient le refusent.</translation>
    </message>
    <message>
        <source>%1 is not valid before %2%3.</source>
        <translation>%1 n&apos;est pas valide avant le %2%3.</translation>
    </message>
    <message>
        <source>Check the server&apos;s clock, or the date the certificate was issued for.</source>
        <translation>Vérifiez l&apos;horloge du serveur, ou la date pour laquelle le certificat a été émis.</translation>
    </message>
    <message>
        <source>%1 expires on %2 (in %3)%4.</source>
        <extracomment>%1 is &quot;the server certificate (CN=...)&quot;, %2 a date, %3 a duration</extracomment>
        <translation>%1 expire le %2 (dans %3)%4.</translation>
    </message>
    <message>
        <source>Renew it before then (or make sure the provider does).</source>
        <translation>Renouvelez-le d&apos;ici là (ou assurez-vous que le fournisseur le fait).</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>Le serveur n&apos;a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>Every certificate in the server&apos;s chain is valid; the first to expire does on %1 (in %2).</source>
        <translation>Tous les certificats de la chaîne du serveur sont valides ; le premier expire le %1 (dans %2).</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>The CA folder %1 does not exist.</source>
        <translation>Le dossier d&apos;AC %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The CA folder %1 cannot be read.</source>
        <translation>Le dossier d&apos;AC %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>No certificate in %1 anchors the server&apos;s chain.</source>
        <translation>Aucun certificat dans %1 ne sert d&apos;ancre de confiance à la chaîne du serveur.</translation>
    </message>
    <message>
        <source>Use the CA file of the CA that issued the server&apos;s certificate.</source>
        <translation>Utilisez le fichier d&apos;AC de l&apos;AC qui a émis le certificat du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s own certificate is its trust anchor (in %1).</source>
        <extracomment>%1 is a file or &quot;the system&apos;s trusted CAs&quot;</extracomment>
        <translation>Le propre certificat du serveur est son ancre de confiance (dans %1).</translation>
    </message>
    <message>
        <source>The chain is anchored by %1 (in %2), which expired on %3.</source>
        <extracomment>%1 is a CA&apos;s subject, %2 a file or &quot;the system&apos;s trusted CAs&quot;, %3 a date</extracomment>
        <translation>La chaîne a pour ancre de confiance %1 (dans %2), qui a expiré le %3.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s current CA certificate.</source>
        <translation>Utilisez le certificat d&apos;AC actuel du fournisseur.</translation>
    </message>
    <message>
        <source>The chain is anchored by %1 (in %2): %3.</source>
        <extracomment>%1 is a CA&apos;s subject, %2 a file or &quot;the system&apos;s trusted CAs&quot;, %3 why</extracomment>
        <translation>La chaîne a pour ancre de confiance %1 (dans %2) : %3.</translation>
    </message>
    <message>
        <source>The chain is anchored by %1 (in %2), which expires on %3 (in %4).</source>
        <extracomment>%1 is a CA&apos;s subject, %2 a file, %3 a date, %4 a duration</extracomment>
        <translation>La chaîne a pour ancre de confiance %1 (dans %2), qui expire le %3 (dans %4).</translation>
    </message>
    <message>
        <source>Get the provider&apos;s next CA certificate into the CA file before then.</source>
        <translation>Ajoutez d&apos;ici là le prochain certificat d&apos;AC du fournisseur au fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>The chain is anchored by %1 (in %2), valid until %3.</source>
        <extracomment>%1 is a CA&apos;s subject, %2 a file or &quot;the system&apos;s trusted CAs&quot;, %3 a date</extracomment>
        <translation>La chaîne a pour ancre de confiance %1 (dans %2), valide jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>The profile&apos;s CA cannot be used: %1</source>
        <translation>L&apos;AC du profil est inutilisable : %1</translation>
    </message>
    <message>
        <source>Choose the CA file your provider publishes (or fix the file&apos;s permissions).</source>
        <translation>Choisissez le fichier d&apos;AC publié par votre fournisseur (ou corrigez les permissions du fichier).</translation>
    </message>
    <message>
        <source>The CA certificate %1 in %2 expired on %3.</source>
        <extracomment>%1 is a certificate&apos;s subject, %2 a file, %3 a date</extracomment>
        <translation>Le certificat d&apos;AC %1 dans %2 a expiré le %3.</translation>
    </message>
    <message>
        <source>Replace the CA file with the provider&apos;s current one.</source>
        <translation>Remplacez le fichier d&apos;AC par le fichier actuel du fournisseur.</translation>
    </message>
    <message>
        <source>The CA certificate %1 in %2 expires on %3 (in %4).</source>
        <extracomment>%1 is a certificate&apos;s subject, %2 a file, %3 a date, %4 a duration</extracomment>
        <translation>Le certificat d&apos;AC %1 dans %2 expire le %3 (dans %4).</translation>
    </message>
    <message>
        <source>Get the provider&apos;s next CA certificate into the file before then.</source>
        <translation>Ajoutez d&apos;ici là le prochain certificat d&apos;AC du fournisseur au fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in %1 have expired; none of them anchors this server&apos;s chain.</source>
        <extracomment>%1 is a file; %n how many of its certificates have expired</extracomment>
        <translation>
            <numerusform>%n certificat dans %1 a expiré ; il ne sert pas d&apos;ancre de confiance à la chaîne de ce serveur.</numerusform>
            <numerusform>%n certificats dans %1 ont expiré ; aucun d&apos;eux ne sert d&apos;ancre de confiance à la chaîne de ce serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>A current bundle from the provider leaves them out.</source>
        <translation>Un lot actuel du fournisseur ne les contient plus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n certificate(s), all valid.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>
            <numerusform>%1 contient %n certificat, qui est valide.</numerusform>
            <numerusform>%1 contient %n certificats, tous valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the client certificate and key again.</source>
        <translation>Choisissez de nouveau le certificat client et la clé.</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>Un certificat client nécessite sa clé privée, et une clé son certificat.</translation>
    </message>
    <message>
        <source>The client certificate cannot be used: %1</source>
        <translation>Le certificat client est inutilisable : %1</translation>
    </message>
    <message>
        <source>The client key cannot be used: %1</source>
        <translation>La clé client est inutilisable : %1</translation>
    </message>
    <message>
        <source>The client certificate %1 expired on %2.</source>
        <extracomment>%1 is a certificate&apos;s subject, %2 a date</extracomment>
        <translation>Le certificat client %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>Have a new client certificate issued; accounts that REQUIRE X509 refuse this one.</source>
        <translation>Faites émettre un nouveau certificat client ; les comptes en REQUIRE X509 refusent celui-ci.</translation>
    </message>
    <message>
        <source>The client certificate %1 is not valid before %2.</source>
        <translation>Le certificat client %1 n&apos;est pas valide avant le %2.</translation>
    </message>
    <message>
        <source>Check this machine&apos;s clock.</source>
        <translation>Vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The client certificate %1 expires on %2 (in %3).</source>
        <extracomment>%1 is a certificate&apos;s subject, %2 a date, %3 a duration</extracomment>
        <translation>Le certificat client %1 expire le %2 (dans %3).</translation>
    </message>
    <message>
        <source>Have a new client certificate issued before then.</source>
        <translation>Faites émettre un nouveau certificat client d&apos;ici là.</translation>
    </message>
    <message>
        <source>The client certificate %1 is valid until %2.</source>
        <translation>Le certificat client %1 est valide jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Not logged in: a target from a hosts file has no credentials.</source>
        <translation>Pas d&apos;ouverture de session : une cible issue d&apos;un fichier d&apos;hôtes n&apos;a pas d&apos;identifiants.</translation>
    </message>
    <message>
        <source>Not logged in: the profile&apos;s mode does not verify the server, and the audit sends credentials only to a verified one.</source>
        <translation>Pas d&apos;ouverture de session : le mode du profil ne vérifie pas le serveur, et l&apos;audit n&apos;envoie d&apos;identifiants qu&apos;à un serveur vérifié.</translation>
    </message>
    <message>
        <source>Not logged in: the server was not verified.</source>
        <translation>Pas d&apos;ouverture de session : le serveur n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>Not logged in: %1</source>
        <translation>Pas d&apos;ouverture de session : %1</translation>
    </message>
    <message>
        <source>Not logged in: no saved password for this profile.</source>
        <translation>Pas d&apos;ouverture de session : aucun mot de passe n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>%1 was not probed: %2</source>
        <extracomment>%1 is host:port, %2 what is wrong with the profile&apos;s TLS settings</extracomment>
        <translation>%1 n&apos;a pas été sondé : %2</translation>
    </message>
    <message>
        <source>Correct the profile&apos;s TLS settings.</source>
        <translation>Corrigez les paramètres TLS du profil.</translation>
    </message>
    <message>
        <source>%1 does not offer TLS: logins and data would travel in plain text, and anyone on the way can read them.</source>
        <translation>%1 ne propose pas TLS : les identifiants et les données transiteraient en clair, et n&apos;importe qui sur le trajet pourrait les lire.</translation>
    </message>
    <message>
        <source>Give the server a certificate and key (ssl_cert, ssl_key) and restart it; if it has them, something on the way strips TLS.</source>
        <translation>Donnez au serveur un certificat et une clé (ssl_cert, ssl_key) et redémarrez-le ; s&apos;il les a déjà, quelque chose sur le trajet supprime TLS.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>See which protocol versions the server accepts; the profile&apos;s minimum version or ciphers may exclude them.</source>
        <translation>Vérifiez quelles versions de protocole le serveur accepte ; la version minimale ou les suites de chiffrement du profil les excluent peut-être.</translation>
    </message>
    <message>
        <source>%1 offers TLS.</source>
        <translation>%1 propose TLS.</translation>
    </message>
    <message>
        <source>The connection used %1 (%2), which is outdated.</source>
        <extracomment>%1 is a protocol version, %2 a cipher</extracomment>
        <translation>La connexion a utilisé %1 (%2), une version obsolète.</translation>
    </message>
    <message>
        <source>Allow TLS 1.2 and 1.3 on the server (tls_version).</source>
        <translation>Autorisez TLS 1.2 et 1.3 sur le serveur (tls_version).</translation>
    </message>
    <message>
        <source>The connection uses %1 with %2.</source>
        <extracomment>%1 is a protocol version, %2 a cipher</extracomment>
        <translation>La connexion utilise %1 avec %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The server still accepts %1 (accepted: %2).</source>
        <extracomment>%1 and %2 are lists of protocol versions, &quot;TLSv1, TLSv1.1&quot;</extracomment>
        <translation>Le serveur accepte encore %1 (acceptées : %2).</translation>
    </message>
    <message>
        <source>Allow only TLS 1.2 and 1.3 on the server: tls_version = TLSv1.2,TLSv1.3 (or the provider&apos;s minimum TLS version setting).</source>
        <translation>N&apos;autorisez que TLS 1.2 et 1.3 sur le serveur : tls_version = TLSv1.2,TLSv1.3 (ou le réglage de version TLS minimale du fournisseur).</translation>
    </message>
    <message>
        <source>The server accepts %1 and refuses %2.</source>
        <extracomment>%1 and %2 are lists of protocol versions, &quot;TLSv1.2, TLSv1.3&quot;</extracomment>
        <translation>Le serveur accepte %1 et refuse %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is the pinned one.</source>
        <translation>Le certificat du serveur est celui qui est épinglé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has the SHA-256 fingerprint %1, not the pinned %2.</source>
        <extracomment>%1 and %2 are SHA-256 fingerprints</extracomment>
        <translation>Le certificat du serveur a l&apos;empreinte SHA-256 %1, et non l&apos;empreinte épinglée %2.</translation>
    </message>
    <message>
        <source>If the server&apos;s certificate was renewed, check the new one and pin it again; otherwise someone may be in between.</source>
        <translation>Si le certificat du serveur a été renouvelé, vérifiez le nouveau et épinglez-le à nouveau ; sinon, quelqu&apos;un s&apos;est peut-être interposé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since the last audit: %1 (was %2).</source>
        <extracomment>%1 and %2 are SHA-256 fingerprints</extracomment>
        <translation>Le certificat du serveur a changé depuis le dernier audit : %1 (auparavant %2).</translation>
    </message>
    <message>
        <source>Expected after a renewal; otherwise find out who changed it.</source>
        <translation>Normal après un renouvellement ; sinon, cherchez qui l&apos;a modifié.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is the one of the last audit.</source>
        <translation>Le certificat du serveur est le même que lors du dernier audit.</translation>
    </message>
    <message>
        <source>Not logged in: the server was not reached over TLS.</source>
        <translation>Pas d&apos;ouverture de session : le serveur n&apos;a pas été joint via TLS.</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>&amp;Stop Test</source>
        <translation>&amp;Arrêter le test</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>sslcm connects and logs in exactly as the connection will, and shows what happened at each step.</source>
        <translation>sslcm se connecte et ouvre une session exactement comme le fera la connexion, et montre ce qui s&apos;est passé à chaque étape.</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
</context>
<context>
    <name>TestReportView</name>
    <message>
        <source>What was negotiated</source>
        <translation>Ce qui a été négocié</translation>
    </message>
    <message>
        <source>View Server &amp;Chain…</source>
        <translation>Afficher la &amp;chaîne du serveur…</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>Ce qui n&apos;a pas fonctionné et que faire</translation>
    </message>
    <message>
        <source>C&amp;opy as Text</source>
        <translation>C&amp;opier en texte</translation>
    </message>
    <message>
        <source>Test stages</source>
        <translation>Étapes du test</translation>
    </message>
    <message>
        <source>View the server&apos;s certificate chain</source>
        <translation>Afficher la chaîne de certificats du serveur</translation>
    </message>
    <message>
        <source>Copy the report as text</source>
        <translation>Copier le rapport en texte</translation>
    </message>
    <message>
        <source>For a support ticket: the report holds no password or key.</source>
        <translation>Pour un ticket d&apos;assistance : le rapport ne contient ni mot de passe ni clé.</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Pas encore testée</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connecting to %1 as the connection&apos;s settings say.</source>
        <translation>Connexion à %1 selon les paramètres de la connexion.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration of a test stage in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>TLS version:</source>
        <translation>Version de TLS :</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Suite de chiffrement :</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur :</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3</source>
        <translation>%1, émis par %2, valide jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS :</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Version du serveur :</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Account requires:</source>
        <translation>Le compte exige :</translation>
    </message>
    <message>
        <source>Server&apos;s view:</source>
        <translation>Point de vue du serveur :</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source> (agrees)</source>
        <translation> (concorde)</translation>
    </message>
    <message>
        <source> (DIFFERS!)</source>
        <translation> (DIFFÉRENT !)</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Étapes suivantes :</translation>
    </message>
    <message>
        <source>Trust Host &amp;Key…</source>
        <translation>Faire confiance à la &amp;clé d&apos;hôte…</translation>
    </message>
    <message>
        <source>Show the SSH jump host&apos;s key and decide whether to trust it</source>
        <translation>Afficher la clé de l&apos;hôte de rebond SSH et décider s&apos;il faut lui faire confiance</translation>
    </message>
    <message>
        <source>Connecting to %1 through the SSH jump host %2 as the connection&apos;s settings say.</source>
        <translation>Connexion à %1 via l&apos;hôte de rebond SSH %2, comme l&apos;indiquent les paramètres de la connexion.</translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation>SSH :</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Read by screen readers for a stage of a test: its result, time and detail</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>Result of a test stage, shown next to a check icon</extracomment>
        <translation>réussie</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>Result of a test stage, shown next to a warning icon</extracomment>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Result of a test stage, shown next to an error icon</extracomment>
        <translation>échouée</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>Result of a test stage that did not run</extracomment>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>Tested in %1 ms.</source>
        <translation>Testée en %1 ms.</translation>
    </message>
</context>
<context>
    <name>TestStage</name>
    <message>
        <source>Resolve host name</source>
        <translation>Résolution du nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <translation>Connexion (TCP)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Message d&apos;accueil du serveur</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Vérification du certificat</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Session checks</source>
        <translation>Vérifications de la session</translation>
    </message>
    <message>
        <source>Sign-in token</source>
        <translation>Jeton de connexion</translation>
    </message>
    <message>
        <source>SSH connect</source>
        <translation>Connexion SSH</translation>
    </message>
    <message>
        <source>SSH host key</source>
        <translation>Clé d&apos;hôte SSH</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>Ouverture de session SSH</translation>
    </message>
    <message>
        <source>Tunnel to database</source>
        <translation>Tunnel vers la base de données</translation>
    </message>
</context>
<context>
    <name>TlsClientContext</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read; check its permissions.</source>
        <translation>%1 ne peut pas être lu ; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>OpenSSL could not create a TLS context: %1</source>
        <translation>OpenSSL n&apos;a pas pu créer de contexte TLS : %1</translation>
    </message>
    <message>
        <source>None of the ciphers &quot;%1&quot; is known to OpenSSL.</source>
        <translation>Aucune des suites de chiffrement « %1 » n&apos;est connue d&apos;OpenSSL.</translation>
    </message>
    <message>
        <source>None of the TLS 1.3 cipher suites &quot;%1&quot; is known to OpenSSL.</source>
        <translation>Aucune des suites de chiffrement TLS 1.3 « %1 » n&apos;est connue d&apos;OpenSSL.</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>Fichier d&apos;AC : %1</translation>
    </message>
    <message>
        <source>CA folder: %1</source>
        <translation>Dossier d&apos;AC : %1</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate OpenSSL can read (%2). Choose the PEM file your provider publishes.</source>
        <translation>Le fichier d&apos;AC %1 ne contient aucun certificat lisible par OpenSSL (%2). Choisissez le fichier PEM publié par votre fournisseur.</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CA certificates could not be loaded: %1</source>
        <translation>Les certificats d&apos;AC approuvés par le système n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>Un certificat client nécessite sa clé privée, et une clé son certificat.</translation>
    </message>
    <message>
        <source>Client certificate: %1</source>
        <translation>Certificat client : %1</translation>
    </message>
    <message>
        <source>Client key: %1</source>
        <translation>Clé client : %1</translation>
    </message>
    <message>
        <source>The client certificate %1 could not be read (%2).</source>
        <translation>Le certificat client %1 n&apos;a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>The client key %1 is protected by a passphrase; enter it to connect.</source>
        <translation>La clé client %1 est protégée par une phrase secrète ; saisissez-la pour vous connecter.</translation>
    </message>
    <message>
        <source>The passphrase for the client key %1 is wrong.</source>
        <translation>La phrase secrète de la clé client %1 est incorrecte.</translation>
    </message>
    <message>
        <source>The client key %1 is not a private key OpenSSL can read (%2).</source>
        <translation>La clé client %1 n&apos;est pas une clé privée lisible par OpenSSL (%2).</translation>
    </message>
    <message>
        <source>The client key %1 does not belong to the client certificate %2.</source>
        <translation>La clé client %1 ne correspond pas au certificat client %2.</translation>
    </message>
</context>
<context>
    <name>TlsGateway</name>
    <message>
        <source>No TLS settings were given for a connection that uses TLS.</source>
        <translation>Aucun paramètre TLS n&apos;a été fourni pour une connexion qui utilise TLS.</translation>
    </message>
    <message>
        <source>Could not create a private folder for the connection in %1: %2</source>
        <translation>Impossible de créer un dossier privé pour la connexion dans %1 : %2</translation>
    </message>
    <message>
        <source>The socket path %1 is too long.</source>
        <translation>Le chemin du socket %1 est trop long.</translation>
    </message>
    <message>
        <source>Could not open the local socket %1: %2</source>
        <translation>Impossible d&apos;ouvrir le socket local %1 : %2</translation>
    </message>
</context>
<context>
    <name>WorkbenchImporter</name>
    <message>
        <source>unknown useSSL level &quot;%1&quot;</source>
        <translation>niveau useSSL inconnu « %1 »</translation>
    </message>
    <message>
        <source>the local socket or pipe &quot;%1&quot; (sslcm connects over TCP)</source>
        <translation>le socket local ou le tube nommé « %1 » (sslcm se connecte via TCP)</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; = &quot;%2&quot;</source>
        <translation>paramètre « %1 » = « %2 »</translation>
    </message>
    <message>
        <source>MySQL Workbench connections</source>
        <translation>Connexions MySQL Workbench</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most %2)</source>
        <translation>le fichier est trop volumineux (%1 octets ; au maximum %2)</translation>
    </message>
    <message>
        <source>the XML is nested too deeply</source>
        <translation>le XML est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>trop de connexions</translation>
    </message>
    <message>
        <source>not valid XML (line %1, column %2): %3</source>
        <translation>XML non valide (ligne %1, colonne %2) : %3</translation>
    </message>
    <message>
        <source>not a MySQL Workbench connections file</source>
        <translation>ce n&apos;est pas un fichier de connexions MySQL Workbench</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; in %2</source>
        <translation>connexion « %1 » dans %2</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; is stored in clear text in %2.</source>
        <translation>Le mot de passe de « %1 » est enregistré en clair dans %2.</translation>
    </message>
    <message>
        <source>the file holds no connections</source>
        <translation>le fichier ne contient aucune connexion</translation>
    </message>
    <message>
        <source>The SSH host “%1” is not HOST[:PORT]: enter the jump host in sslcm.</source>
        <translation>L&apos;hôte SSH « %1 » n&apos;est pas de la forme HOST[:PORT] : saisissez l&apos;hôte de rebond dans sslcm.</translation>
    </message>
    <message>
        <source>Workbench logs in to the SSH jump host with a password and keeps it in its own vault, not in this file: sslcm asks for it when connecting, or keeps it in the keychain once entered.</source>
        <translation>Workbench se connecte à l&apos;hôte de rebond SSH avec un mot de passe et le conserve dans son propre coffre, pas dans ce fichier : sslcm le demande lors de la connexion, ou le conserve dans le trousseau une fois saisi.</translation>
    </message>
    <message>
        <source>Reached through the SSH jump host %1, as in Workbench: the database&apos;s address %2 is as the jump host sees it, and sslcm checks the server&apos;s certificate against %3.</source>
        <extracomment>%1 is the jump host (user@host:port), %2 the database&apos;s address, %3 its host</extracomment>
        <translation>Accessible via l&apos;hôte de rebond SSH %1, comme dans Workbench : l&apos;adresse %2 de la base de données est celle que voit l&apos;hôte de rebond, et sslcm vérifie le certificat du serveur par rapport à %3.</translation>
    </message>
    <message>
        <source>The database is on the jump host itself (%1): with “%2” its certificate must name %1. If it names the machine&apos;s DNS name, enter that name as the host (the jump host must resolve it).</source>
        <translation>La base de données se trouve sur l&apos;hôte de rebond lui-même (%1) : avec « %2 », son certificat doit mentionner %1. S&apos;il mentionne le nom DNS de la machine, saisissez ce nom comme hôte (l&apos;hôte de rebond doit pouvoir le résoudre).</translation>
    </message>
    <message>
        <source>The SSH password of &quot;%1&quot; is stored in clear text in %2.</source>
        <translation>Le mot de passe SSH de « %1 » est stocké en clair dans %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SSL Connection Manager</source>
        <extracomment>Appended to window titles</extracomment>
        <translation>Gestionnaire de connexions SSL</translation>
    </message>
</context>
</TS>
