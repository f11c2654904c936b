<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not valid</source>
        <translation>Feld „%1“ fehlt oder ist ungültig</translation>
    </message>
</context>
<context>
    <name>AccountCheck</name>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation>Für „%1“ ist noch kein Client-Secret gespeichert.</translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation>Geben Sie es mit „tokendock edit %1 --secret-stdin“ ein.</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>AccountExchange</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a TokenDock export.</source>
        <translation>%1 ist zu groß für einen TokenDock-Export.</translation>
    </message>
    <message>
        <source>The file is not a TokenDock export (it is not a JSON object).</source>
        <translation>Die Datei ist kein TokenDock-Export (sie ist kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>The file is not a TokenDock export (its format is not “%1”).</source>
        <translation>Die Datei ist kein TokenDock-Export (ihr Format ist nicht „%1“).</translation>
    </message>
    <message>
        <source>The file was exported by a newer TokenDock (format %1); update TokenDock to import it.</source>
        <translation>Die Datei wurde von einer neueren TokenDock-Version exportiert (Format %1); aktualisieren Sie TokenDock, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file has no format version or no account list.</source>
        <translation>Der Datei fehlt die Formatversion oder die Kontenliste.</translation>
    </message>
    <message>
        <source>Account %1 in the file: %2. Nothing was imported.</source>
        <translation>Konto %1 in der Datei: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”) uses the carrier “%3”, which this TokenDock does not know. Nothing was imported.</source>
        <translation>Konto %1 in der Datei („%2“) verwendet den Carrier „%3“, den diese TokenDock-Version nicht kennt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file holds two accounts named “%1”. Nothing was imported.</source>
        <translation>Die Datei enthält zwei Konten namens „%1“. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”): %3 Nothing was imported.</source>
        <translation>Konto %1 in der Datei („%2“): %3 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>client credentials sent in</source>
        <translation>Übertragung der Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>An account named “%1” was added while the file was being read. Nothing was imported; import again to see it listed.</source>
        <translation>Während die Datei gelesen wurde, kam ein Konto namens „%1“ hinzu. Es wurde nichts importiert; importieren Sie erneut, damit es in der Liste erscheint.</translation>
    </message>
    <message>
        <source>“%1” changed while the file was being read. Nothing was imported; import again to see the changes.</source>
        <translation>„%1“ wurde geändert, während die Datei gelesen wurde. Es wurde nichts importiert; importieren Sie erneut, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”) has a token URL with an invisible or control character (%3) that can make it look like another address. Nothing was imported.</source>
        <translation>Konto %1 in der Datei („%2“) hat eine Token-URL mit einem unsichtbaren oder Steuerzeichen (%3), durch das sie wie eine andere Adresse aussehen kann. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>token exchange (names and headers the credentials travel in)</source>
        <translation>Token-Austausch (Namen und Header, in denen die Zugangsdaten übertragen werden)</translation>
    </message>
    <message>
        <source>grant types</source>
        <translation>Grant-Typen</translation>
    </message>
    <message>
        <source>token request (method, body, names)</source>
        <translation>Token-Anfrage (Methode, Body, Namen)</translation>
    </message>
    <message>
        <source>token answer (where the token and its expiry are)</source>
        <translation>Token-Antwort (wo Token und Ablaufzeit stehen)</translation>
    </message>
    <message>
        <source>API calls (how the token is sent)</source>
        <translation>API-Aufrufe (wie das Token gesendet wird)</translation>
    </message>
    <message>
        <source>other settings</source>
        <translation>weitere Einstellungen</translation>
    </message>
    <message>
        <source>token URL (%1)</source>
        <translation>Token-URL (%1)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>probe URL (where tests send the token)</source>
        <translation>Prüf-URL (an die Tests das Token senden)</translation>
    </message>
    <message>
        <source>probe after each test</source>
        <translation>Prüfaufruf nach jedem Test</translation>
    </message>
    <message>
        <source>issuer of the signing keys</source>
        <translation>Aussteller der Signaturschlüssel</translation>
    </message>
    <message>
        <source>JWKS URL (signing keys)</source>
        <translation>JWKS-URL (Signaturschlüssel)</translation>
    </message>
    <message>
        <source>pasted signing key</source>
        <translation>eingefügter Signaturschlüssel</translation>
    </message>
    <message>
        <source>key SHA-256 %1…</source>
        <translation>Schlüssel SHA-256 %1…</translation>
    </message>
</context>
<context>
    <name>AccountFinder</name>
    <message>
        <source>Find Account</source>
        <translation>Konto suchen</translation>
    </message>
    <message>
        <source>Find an account by name, carrier or client id</source>
        <translation>Konto nach Name, Carrier oder Client-ID suchen</translation>
    </message>
    <message>
        <source>Find account</source>
        <translation>Konto suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Passende Konten</translation>
    </message>
    <message>
        <source>%1 copies the header, %2 the token, %3 a curl command; %4 closes.</source>
        <translation>%1 kopiert den Header, %2 das Token, %3 einen curl-Befehl; %4 schließt.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>AccountListPane</name>
    <message>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Kein Konto passt zu „%1“.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Show accounts whose name, carrier, environment or client id contain every word (%1)</source>
        <translation>Zeigt Konten, deren Name, Carrier, Umgebung oder Client-ID jedes Wort enthalten (%1)</translation>
    </message>
    <message>
        <source>No accounts yet.
Add one with New (%1).</source>
        <translation>Noch keine Konten.
Legen Sie eines mit „Neu“ an (%1).</translation>
    </message>
</context>
<context>
    <name>AccountOptions</name>
    <message>
        <source>Rename the account.</source>
        <translation>Konto umbenennen.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>The carrier preset (see “tokendock carriers”).</source>
        <translation>Die Carrier-Vorgabe (siehe „tokendock carriers“).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>The token URL, in place of the preset&apos;s (https; http only to this computer).</source>
        <translation>Die Token-URL anstelle der aus der Vorgabe (https; http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The client id (API key).</source>
        <translation>Die Client-ID (API-Schlüssel).</translation>
    </message>
    <message>
        <source>The grant type, for carriers that have several (FedEx).</source>
        <translation>Der Grant-Typ, für Carrier mit mehreren (FedEx).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>A preset field (e.g. clientrefnum, scope, child_Key, tenant) or an extra body parameter. Repeatable; KEY= removes it. Secret fields are read from standard input, never given here.</source>
        <translation>Ein Feld der Vorgabe (z. B. clientrefnum, scope, child_Key, tenant) oder ein zusätzlicher Body-Parameter. Wiederholbar; KEY= entfernt ihn. Geheime Felder werden von der Standardeingabe gelesen, nie hier angegeben.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>An extra request header. Repeatable; KEY= removes it.</source>
        <translation>Ein zusätzlicher Header für die Anfrage. Wiederholbar; KEY= entfernt ihn.</translation>
    </message>
    <message>
        <source>Read a new client secret from standard input (one line; an empty line keeps the stored one), then one line per secret field of the preset, e.g. FedEx child_secret. At a terminal you are asked without echo.</source>
        <translation>Ein neues Client-Secret von der Standardeingabe lesen (eine Zeile; eine leere Zeile behält das gespeicherte), danach eine Zeile je geheimem Feld der Vorgabe, z. B. FedEx child_secret. Im Terminal erfolgt die Abfrage ohne Echo.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (one line), then one line per secret field of the preset, e.g. FedEx child_secret. Without it you are asked at the terminal, without echo.</source>
        <translation>Das Client-Secret von der Standardeingabe lesen (eine Zeile), danach eine Zeile je geheimem Feld der Vorgabe, z. B. FedEx child_secret. Ohne diese Option erfolgt die Abfrage im Terminal, ohne Echo.</translation>
    </message>
    <message>
        <source>TokenDock knows no carrier “%1”.</source>
        <translation>TokenDock kennt keinen Carrier „%1“.</translation>
    </message>
    <message>
        <source>Run “tokendock carriers” to see the carrier ids.</source>
        <translation>Führen Sie „tokendock carriers“ aus, um die Carrier-IDs zu sehen.</translation>
    </message>
    <message>
        <source>Choose the carrier with --carrier ID.</source>
        <translation>Wählen Sie den Carrier mit --carrier ID.</translation>
    </message>
    <message>
        <source>The account uses the carrier “%1”, which TokenDock does not know; choose one with --carrier ID.</source>
        <translation>Das Konto verwendet den Carrier „%1“, den TokenDock nicht kennt; wählen Sie einen mit --carrier ID.</translation>
    </message>
    <message>
        <source>%1 has no environment “%2”; choose one of: %3.</source>
        <translation>%1 hat keine Umgebung „%2“; wählen Sie eine aus: %3.</translation>
    </message>
    <message>
        <source>The custom environment needs a token URL: add --token-url URL.</source>
        <translation>Die benutzerdefinierte Umgebung braucht eine Token-URL: Fügen Sie --token-url URL hinzu.</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not “%1”.</source>
        <translation>--param erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give it on standard input with --secret-stdin (%1).</source>
        <translation>Geben Sie es mit --secret-stdin über die Standardeingabe an (%1).</translation>
    </message>
    <message>
        <source>It is only sent with the grant types %1: choose one with --grant-type, then give it on standard input with --secret-stdin.</source>
        <translation>Es wird nur bei den Grant-Typen %1 gesendet: Wählen Sie einen mit --grant-type und geben Sie es dann mit --secret-stdin über die Standardeingabe an.</translation>
    </message>
    <message>
        <source>%1 is a secret, so TokenDock does not take it on the command line.</source>
        <translation>%1 ist geheim, daher nimmt TokenDock es nicht über die Befehlszeile an.</translation>
    </message>
    <message>
        <source>%1 looks like a secret; TokenDock keeps extra parameters in its account file, never secrets.</source>
        <translation>%1 sieht nach einem Secret aus; TokenDock speichert zusätzliche Parameter in seiner Kontendatei, aber nie Secrets.</translation>
    </message>
    <message>
        <source>--header takes KEY=VALUE, not “%1”.</source>
        <translation>--header erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source> (Enter keeps the stored one)</source>
        <translation> (Eingabetaste behält das gespeicherte)</translation>
    </message>
    <message>
        <source>A line on standard input is longer than %1 KiB; that is not a secret TokenDock can use.</source>
        <translation>Eine Zeile der Standardeingabe ist länger als %1 KiB; das ist kein Secret, das TokenDock verwenden kann.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Pipe the secret in with --secret-stdin, or run the command in a terminal.</source>
        <translation>Leiten Sie das Secret mit --secret-stdin per Pipe ein, oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Set it with %1.</source>
        <translation>Legen Sie es mit %1 fest.</translation>
    </message>
    <message>
        <source>Give secrets on standard input with --secret-stdin (%1).</source>
        <translation>Geben Sie Secrets mit --secret-stdin über die Standardeingabe an (%1).</translation>
    </message>
    <message>
        <source>An environment id of the preset (default: its first), or “custom” together with --token-url.</source>
        <translation>Eine Umgebungs-ID der Vorgabe (Standard: die erste) oder „custom“ zusammen mit --token-url.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>How the client id and secret travel: “body”, “basic” (HTTP Basic) or “headers”, where the carrier accepts more than one.</source>
        <translation>Wie Client-ID und Secret übertragen werden: „body“, „basic“ (HTTP Basic) oder „headers“, sofern der Carrier mehrere Wege akzeptiert.</translation>
    </message>
    <message>
        <source>body|basic|headers</source>
        <translation>body|basic|headers</translation>
    </message>
    <message>
        <source>For the generic preset: one part of a token exchange that is not textbook OAuth, e.g. request.method=GET, request.body=json|form|none, request.clientId=principal, request.grantType=none (no grant type sent), request.apiKeyHeader=x-api-key, response.token=data.token, response.tokenHeader=X-Token, response.expiresIn=ttl, response.expiresAt=expiry, use.header=X-Auth-Token, use.scheme=none (the bare token), use.apiKey=true. Repeatable; KEY= goes back to the default.</source>
        <translation>Für die generische Vorgabe: ein Teil eines Token-Austauschs, der nicht dem OAuth-Lehrbuch folgt, z. B. request.method=GET, request.body=json|form|none, request.clientId=principal, request.grantType=none (kein Grant-Typ wird gesendet), request.apiKeyHeader=x-api-key, response.token=data.token, response.tokenHeader=X-Token, response.expiresIn=ttl, response.expiresAt=expiry, use.header=X-Auth-Token, use.scheme=none (das bloße Token), use.apiKey=true. Wiederholbar; KEY= stellt den Standard wieder her.</translation>
    </message>
    <message>
        <source>--auth takes “body”, “basic” or “headers”, not “%1”.</source>
        <translation>--auth erwartet „body“, „basic“ oder „headers“, nicht „%1“.</translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <translation>Zeile 1: %1</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>%1 describes its own token exchange; --exchange is for the generic preset (--carrier oauth2).</source>
        <translation>%1 beschreibt seinen eigenen Token-Austausch; --exchange ist für die generische Vorgabe (--carrier oauth2) gedacht.</translation>
    </message>
    <message>
        <source>--exchange takes PART.KEY=VALUE (e.g. response.token=data.token), not “%1”.</source>
        <translation>--exchange erwartet PART.KEY=VALUE (z. B. response.token=data.token), nicht „%1“.</translation>
    </message>
    <message>
        <source>The OpenID issuer of the account&apos;s tokens, whose discovery document names the keys that check their signatures (https). An empty value removes it.</source>
        <translation>Der OpenID-Aussteller der Token dieses Kontos, dessen Discovery-Dokument die Schlüssel zur Prüfung ihrer Signaturen nennt (https). Ein leerer Wert entfernt ihn.</translation>
    </message>
    <message>
        <source>The JWK set URL with the keys that check the tokens&apos; signatures (https). An empty value removes it.</source>
        <translation>Die URL des JWK-Sets mit den Schlüsseln, die die Signaturen der Token prüfen (https). Ein leerer Wert entfernt sie.</translation>
    </message>
    <message>
        <source>A file with the carrier&apos;s public key (PEM, JWK or JWK set) that checks the tokens&apos; signatures. An empty value removes it.</source>
        <translation>Eine Datei mit dem öffentlichen Schlüssel des Carriers (PEM, JWK oder JWK-Set), der die Signaturen der Token prüft. Ein leerer Wert entfernt sie.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no public key TokenDock can use: %2</source>
        <translation>%1 enthält keinen öffentlichen Schlüssel, den TokenDock verwenden kann: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>sie ist zu groß</translation>
    </message>
    <message>
        <source>Whether “tokendock test” makes the probe, a harmless read-only API call with the new token: on (the default) or off.</source>
        <translation>Ob „tokendock test“ den Prüfaufruf ausführt, einen harmlosen, nur lesenden API-Aufruf mit dem neuen Token: on (Standard) oder off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>The probe&apos;s API call: a path joined to the environment&apos;s API address (e.g. /v1/ping) or a full https URL. The token is sent there. Empty: the preset&apos;s.</source>
        <translation>Der API-Aufruf für die Prüfung: ein Pfad, der an die API-Adresse der Umgebung angehängt wird (z. B. /v1/ping), oder eine vollständige https-URL. Dorthin wird das Token gesendet. Leer: der der Vorlage.</translation>
    </message>
    <message>
        <source>The probe&apos;s method: GET (the default) or HEAD; a probe only reads.</source>
        <translation>Die Methode des Prüfaufrufs: GET (Standard) oder HEAD; ein Prüfaufruf liest nur.</translation>
    </message>
    <message>
        <source>GET|HEAD</source>
        <translation>GET|HEAD</translation>
    </message>
    <message>
        <source>A dotted JSON path a good probe answer must hold, e.g. data.items. Empty: any 2xx answer will do.</source>
        <translation>Ein JSON-Pfad in Punktschreibweise, den eine gültige Antwort enthalten muss, z. B. data.items. Leer: Jede 2xx-Antwort genügt.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>--probe takes on or off, not “%1”.</source>
        <translation>--probe erwartet on oder off, nicht „%1“.</translation>
    </message>
    <message>
        <source>The probe is not valid: %1</source>
        <translation>Der Prüfaufruf ist ungültig: %1</translation>
    </message>
    <message>
        <source>Note: the probe sends the token to %1, a host %2 does not name.</source>
        <translation>Hinweis: Der Prüfaufruf sendet das Token an %1, einen Host, den %2 nicht nennt.</translation>
    </message>
    <message>
        <source>The day the carrier says the client secret expires (its portal shows it), so “tokendock list” and the reminders can warn in time; “none” forgets it. A new client secret without it forgets the old secret&apos;s date.</source>
        <translation>Der Tag, an dem das Client-Secret laut Carrier abläuft (sein Portal zeigt ihn an), damit „tokendock list“ und die Erinnerungen rechtzeitig warnen können; „none“ löscht das Datum. Ein neues Client-Secret ohne diese Option löscht das Datum des alten Secrets.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD|none</source>
        <translation>JJJJ-MM-TT|none</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>No tests yet. Each test&apos;s time, outcome, HTTP status and latency are kept here (the last %n).</source>
        <translation>
            <numerusform>Noch keine Tests. Zeit, Ergebnis, HTTP-Status und Latenz jedes Tests werden hier aufbewahrt (der letzte %n Test).</numerusform>
            <numerusform>Noch keine Tests. Zeit, Ergebnis, HTTP-Status und Latenz jedes Tests werden hier aufbewahrt (die letzten %n Tests).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep fresh</source>
        <translation>Automatisch erneuern</translation>
    </message>
    <message>
        <source>Keep fresh was not changed</source>
        <translation>„Automatisch erneuern“ wurde nicht geändert</translation>
    </message>
    <message>
        <source>Renew the token before it expires, as the carrier advises, even while the window is closed.</source>
        <translation>Das Token vor seinem Ablauf erneuern, wie vom Carrier empfohlen, auch wenn das Fenster geschlossen ist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AccountRequest</name>
    <message>
        <source>Choose a carrier; “%1” is not one TokenDock knows.</source>
        <translation>Wählen Sie einen Carrier; „%1“ ist TokenDock nicht bekannt.</translation>
    </message>
    <message>
        <source>Choose an environment for %1.</source>
        <translation>Wählen Sie eine Umgebung für %1.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>%1 does not accept the grant type %2.</source>
        <translation>%1 akzeptiert den Grant-Typ %2 nicht.</translation>
    </message>
    <message>
        <source>%1 expects the client credentials in the request body.</source>
        <translation>%1 erwartet die Client-Zugangsdaten im Anfrage-Body.</translation>
    </message>
    <message>
        <source>%1 expects the client credentials in HTTP Basic authentication.</source>
        <translation>%1 erwartet die Client-Zugangsdaten per HTTP-Basic-Authentifizierung.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Füllen Sie das Feld „%1“ aus.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 is set by TokenDock itself; remove it from the extra parameters.</source>
        <translation>%1 wird von TokenDock selbst gesetzt; entfernen Sie es aus den zusätzlichen Parametern.</translation>
    </message>
    <message>
        <source>The %1 header is set by TokenDock itself.</source>
        <translation>Der Header %1 wird von TokenDock selbst gesetzt.</translation>
    </message>
    <message>
        <source>%1 is deprecated; use %2 instead.</source>
        <translation>%1 ist veraltet; verwenden Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>This token URL is not confirmed by %1&apos;s documentation; check it against what the carrier gave you.</source>
        <translation>Diese Token-URL ist nicht durch die Dokumentation von %1 bestätigt; gleichen Sie sie mit den Angaben des Carriers ab.</translation>
    </message>
    <message>
        <source>%1 expects the client credentials in the %2 and %3 headers.</source>
        <translation>%1 erwartet die Client-Zugangsdaten in den Headern %2 und %3.</translation>
    </message>
    <message>
        <source>This exchange sends no request body, so nothing can travel in it: send the credentials in HTTP Basic or headers, or choose a form or JSON body.</source>
        <translation>Dieser Austausch sendet keinen Anfragetext, also kann darin nichts übertragen werden: Senden Sie die Zugangsdaten per HTTP Basic oder in Headern, oder wählen Sie einen Formular- oder JSON-Text.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The account was kept because its secret could not be removed from the keychain. %1</source>
        <translation>Das Konto wurde behalten, weil sein Secret nicht aus dem Schlüsselbund entfernt werden konnte. %1</translation>
    </message>
    <message>
        <source>The accounts were imported, but their old secrets could not be removed from the keychain (they will not be used). %1</source>
        <translation>Die Konten wurden importiert, aber ihre alten Secrets konnten nicht aus dem Schlüsselbund entfernt werden (sie werden nicht verwendet). %1</translation>
    </message>
    <message>
        <source>The account&apos;s token URL, carrier, environment or client id was changed elsewhere while you were editing, so the secret was not saved. Check the account as it is now and enter the secret again.</source>
        <translation>Token-URL, Carrier, Umgebung oder Client-ID des Kontos wurden an anderer Stelle geändert, während Sie es bearbeitet haben; das Secret wurde daher nicht gespeichert. Prüfen Sie das Konto in seinem jetzigen Stand und geben Sie das Secret erneut ein.</translation>
    </message>
    <message>
        <source>The file carries carrier presets, which cannot be installed here. Nothing was imported.</source>
        <translation>Die Datei enthält Carrier-Presets, die hier nicht installiert werden können. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>No account was imported: a carrier preset the file carries could not be installed. %1</source>
        <translation>Es wurde kein Konto importiert: Ein Carrier-Preset aus der Datei konnte nicht installiert werden. %1</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Wird getestet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Expired just now</source>
        <translation>Gerade abgelaufen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>Needs secret</source>
        <translation>Secret erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n s ago</source>
        <translation>
            <numerusform>Vor %n s abgelaufen</numerusform>
            <numerusform>Vor %n s abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n min ago</source>
        <translation>
            <numerusform>Vor %n min abgelaufen</numerusform>
            <numerusform>Vor %n min abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n h ago</source>
        <translation>
            <numerusform>Vor %n h abgelaufen</numerusform>
            <numerusform>Vor %n h abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired %1 h %2 min ago</source>
        <translation>Vor %1 h %2 min abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen</numerusform>
            <numerusform>Vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n s</source>
        <translation>
            <numerusform>Läuft in %n s ab</numerusform>
            <numerusform>Läuft in %n s ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n min</source>
        <translation>
            <numerusform>Läuft in %n min ab</numerusform>
            <numerusform>Läuft in %n min ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n h</source>
        <translation>
            <numerusform>Läuft in %n h ab</numerusform>
            <numerusform>Läuft in %n h ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires in %1 h %2 min</source>
        <translation>Läuft in %1 h %2 min ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n s</source>
        <translation>
            <numerusform>läuft in %n s ab</numerusform>
            <numerusform>läuft in %n s ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>läuft in %n min ab</numerusform>
            <numerusform>läuft in %n min ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>läuft in %n h ab</numerusform>
            <numerusform>läuft in %n h ab</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1 h %2 min</source>
        <translation>läuft in %1 h %2 min ab</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n days</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n s.</source>
        <translation>
            <numerusform>Ein neues Token mit einer Gültigkeit von %n s.</numerusform>
            <numerusform>Ein neues Token mit einer Gültigkeit von %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n min.</source>
        <translation>
            <numerusform>Ein neues Token mit einer Gültigkeit von %n min.</numerusform>
            <numerusform>Ein neues Token mit einer Gültigkeit von %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n h.</source>
        <translation>
            <numerusform>Ein neues Token mit einer Gültigkeit von %n h.</numerusform>
            <numerusform>Ein neues Token mit einer Gültigkeit von %n h.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new token, valid for %1 h %2 min.</source>
        <translation>Ein neues Token mit einer Gültigkeit von %1 h %2 min.</translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n days.</source>
        <translation>
            <numerusform>Ein neues Token mit einer Gültigkeit von %n Tag.</numerusform>
            <numerusform>Ein neues Token mit einer Gültigkeit von %n Tagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>TokenDock could not read its account list at %1: %2. The file was left as it is and a copy was saved as %3. Until you choose to start fresh, TokenDock will not change the file.</source>
        <translation>TokenDock konnte seine Kontenliste unter %1 nicht lesen: %2. Die Datei wurde unverändert gelassen und eine Kopie als %3 gespeichert. Solange Sie nicht neu beginnen, ändert TokenDock die Datei nicht.</translation>
    </message>
    <message>
        <source>TokenDock could not read its account list at %1: %2. The file was left as it is (a copy could not be made). Until you choose to start fresh, TokenDock will not change the file.</source>
        <translation>TokenDock konnte seine Kontenliste unter %1 nicht lesen: %2. Die Datei wurde unverändert gelassen (eine Kopie konnte nicht angelegt werden). Solange Sie nicht neu beginnen, ändert TokenDock die Datei nicht.</translation>
    </message>
    <message>
        <source>the file is %1 MB, far larger than any account list</source>
        <translation>die Datei ist %1 MB groß, weit größer als jede Kontenliste</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it was written by a newer version of TokenDock (format %1; this version reads format %2), so update TokenDock to use these accounts</source>
        <translation>sie wurde von einer neueren TokenDock-Version geschrieben (Format %1; diese Version liest Format %2); aktualisieren Sie TokenDock, um diese Konten zu verwenden</translation>
    </message>
    <message>
        <source>it has no format version or no account list</source>
        <translation>ihr fehlt die Formatversion oder die Kontenliste</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message>
        <source>account %1 repeats the name or id of another account</source>
        <translation>Konto %1 wiederholt den Namen oder die ID eines anderen Kontos</translation>
    </message>
    <message>
        <source>The account list could not be read, so TokenDock will not change it. %1</source>
        <translation>Die Kontenliste konnte nicht gelesen werden, daher ändert TokenDock sie nicht. %1</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>An account named “%1” already exists; names must differ by more than letter case.</source>
        <translation>Ein Konto namens „%1“ existiert bereits; Namen müssen sich um mehr als die Groß-/Kleinschreibung unterscheiden.</translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation>Ein Konto mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>TokenDock could not create the folder %1.</source>
        <translation>TokenDock konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>TokenDock could not save the account list to %1: %2.</source>
        <translation>TokenDock konnte die Kontenliste nicht unter %1 speichern: %2.</translation>
    </message>
    <message>
        <source>Another TokenDock kept the account list %1 locked; try again.</source>
        <translation>Ein anderes TokenDock hielt die Kontenliste %1 gesperrt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>TokenDock cannot write in the folder %1; check its permissions.</source>
        <translation>TokenDock kann im Ordner %1 nicht schreiben; prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The account list %1 is no longer there, and this command read only one of its accounts, so nothing was saved. Put the file back and try again.</source>
        <translation>Die Kontenliste %1 ist nicht mehr da, und dieser Befehl hat nur eines ihrer Konten gelesen; deshalb wurde nichts gespeichert. Legen Sie die Datei zurück und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>AddEditCommand</name>
    <message>
        <source>Carrier %1, environment %2, token URL %3.</source>
        <translation>Carrier %1, Umgebung %2, Token-URL %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Adds an account. The client secret is read from standard input (--secret-stdin) or asked for at the terminal, never taken from an argument. The settings are checked as the desktop app checks them.</source>
        <translation>Fügt ein Konto hinzu. Das Client-Secret wird von der Standardeingabe gelesen (--secret-stdin) oder im Terminal abgefragt, nie aus einem Argument übernommen. Die Einstellungen werden so geprüft wie in der Desktop-App.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>Choose the carrier with --carrier ID (“tokendock carriers” lists them).</source>
        <translation>Wählen Sie den Carrier mit --carrier ID („tokendock carriers“ listet sie auf).</translation>
    </message>
    <message>
        <source>Give the client id with --client-id ID.</source>
        <translation>Geben Sie die Client-ID mit --client-id ID an.</translation>
    </message>
    <message>
        <source>No client secret: standard input is not a terminal and --secret-stdin was not given.</source>
        <translation>Kein Client-Secret: Die Standardeingabe ist kein Terminal, und --secret-stdin wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>Pipe the secret in, e.g. printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendock add %1 … --secret-stdin; TokenDock never takes a secret from an argument.</source>
        <translation>Leiten Sie das Secret per Pipe ein, z. B. printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendock add %1 … --secret-stdin; TokenDock übernimmt ein Secret nie aus einem Argument.</translation>
    </message>
    <message>
        <source>Added “%1”; its secret is in %2.</source>
        <translation>„%1“ hinzugefügt; das Secret liegt in %2.</translation>
    </message>
    <message>
        <source>Changes an account. Options not given stay as they are. A new secret is read from standard input with --secret-stdin.</source>
        <translation>Ändert ein Konto. Nicht angegebene Optionen bleiben unverändert. Ein neues Secret wird mit --secret-stdin von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>The account to change.</source>
        <translation>Das zu ändernde Konto.</translation>
    </message>
    <message>
        <source>Name the account to change.</source>
        <translation>Nennen Sie das zu ändernde Konto.</translation>
    </message>
    <message>
        <source>Nothing to change for “%1”.</source>
        <translation>Für „%1“ gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <source>Updated “%1”.</source>
        <translation>„%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>Updated “%1”; its new secret is in %2.</source>
        <translation>„%1“ aktualisiert; das neue Secret liegt in %2.</translation>
    </message>
    <message>
        <source>--from-stdin reads the secret from the text: leave out --secret-stdin.</source>
        <translation>--from-stdin liest das Secret aus dem Text: Lassen Sie --secret-stdin weg.</translation>
    </message>
    <message>
        <source>Paste what the carrier sent, then press Ctrl+D on a line of its own:</source>
        <translation>Fügen Sie ein, was der Carrier geschickt hat, und drücken Sie dann Strg+D in einer eigenen Zeile:</translation>
    </message>
    <message>
        <source>The text is longer than any credentials are; paste only the part with the id and secret.</source>
        <translation>Der Text ist länger als jede Zugangsdaten; fügen Sie nur den Teil mit ID und Secret ein.</translation>
    </message>
    <message>
        <source>Nothing came on standard input. Pipe in what the carrier sent, e.g. tokendock add --from-stdin &lt; onboarding.txt</source>
        <translation>Über die Standardeingabe kam nichts. Leiten Sie ein, was der Carrier geschickt hat, z.&#xa0;B. tokendock add --from-stdin &lt; onboarding.txt</translation>
    </message>
    <message>
        <source>A name for the account, e.g. acme-banyan; with --from-stdin it may be left out (carrier and environment, made unique).</source>
        <translation>Ein Name für das Konto, z.&#xa0;B. acme-banyan; mit --from-stdin kann er fehlen (Carrier und Umgebung, eindeutig gemacht).</translation>
    </message>
    <message>
        <source>Read what the carrier sent from standard input (a curl or HTTPie command, an HTTP request, JSON, .env or e-mail lines) and fill the account from it: carrier, environment, client id, secret and fields. Options given as well take precedence.</source>
        <translation>Liest, was der Carrier geschickt hat, aus der Standardeingabe (einen curl- oder HTTPie-Befehl, eine HTTP-Anfrage, JSON, .env- oder E-Mail-Zeilen) und füllt das Konto daraus: Carrier, Umgebung, Client-ID, Secret und Felder. Zusätzlich angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>Nothing in the text looks like a client id or secret. TokenDock reads curl and HTTPie commands, HTTP requests, JSON, .env lines and e-mail lines such as “Client ID: …”; or add the account with --carrier, --client-id and --secret-stdin.</source>
        <translation>Nichts im Text sieht wie eine Client-ID oder ein Secret aus. TokenDock liest curl- und HTTPie-Befehle, HTTP-Anfragen, JSON, .env-Zeilen und E-Mail-Zeilen wie „Client ID: …“; oder legen Sie das Konto mit --carrier, --client-id und --secret-stdin an.</translation>
    </message>
    <message>
        <source>The text holds two different client ids or secrets, so TokenDock took none. Pipe in only the part for the one account.</source>
        <translation>Der Text enthält zwei verschiedene Client-IDs oder Secrets, daher hat TokenDock keine übernommen. Leiten Sie nur den Teil für das eine Konto ein.</translation>
    </message>
</context>
<context>
    <name>AlignedRows</name>
    <message>
        <source>%1:</source>
        <extracomment>A label in front of its value, as in &quot;Token type: Bearer&quot;</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The Windows registry could not be changed.</source>
        <translation>Die Windows-Registrierung konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BudgetNote</name>
    <message numerus="yes">
        <source>%1 of %n token requests left this second</source>
        <translation>
            <numerusform>Verbleibende Token-Anfragen in dieser Sekunde: %1 von %n</numerusform>
            <numerusform>Verbleibende Token-Anfragen in dieser Sekunde: %1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left this minute</source>
        <translation>
            <numerusform>Verbleibende Token-Anfragen in dieser Minute: %1 von %n</numerusform>
            <numerusform>Verbleibende Token-Anfragen in dieser Minute: %1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left this hour</source>
        <translation>
            <numerusform>Verbleibende Token-Anfragen in dieser Stunde: %1 von %n</numerusform>
            <numerusform>Verbleibende Token-Anfragen in dieser Stunde: %1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left today</source>
        <translation>
            <numerusform>Verbleibende Token-Anfragen heute: %1 von %n</numerusform>
            <numerusform>Verbleibende Token-Anfragen heute: %1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The token budget cannot be checked</source>
        <translation>Das Token-Budget kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>Next token request allowed at %1</source>
        <translation>Nächste Token-Anfrage erlaubt ab %1</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <comment>%2: e.g. 10 token requests every 15 minutes</comment>
        <translation>Verbleibend: %1 von %2</translation>
    </message>
    <message>
        <source>%1 allows %2. Every TokenDock of yours on this computer, window and command line alike, counts against it; Test sends nothing while it is spent.</source>
        <translation>%1 erlaubt %2. Jedes Ihrer TokenDocks auf diesem Computer, ob Fenster oder Befehlszeile, wird darauf angerechnet; „Testen“ sendet nichts, solange es aufgebraucht ist.</translation>
    </message>
</context>
<context>
    <name>CarriedPresets</name>
    <message>
        <source>Carrier preset %1 in the file: %2 Nothing was imported.</source>
        <translation>Carrier-Preset %1 in der Datei: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>es ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>it is larger than %1 KB; a preset is far smaller.</source>
        <translation>es ist größer als %1 KB; ein Preset ist weit kleiner.</translation>
    </message>
    <message>
        <source>its name, vendor or summary holds an invisible or control character (%1).</source>
        <translation>sein Name, Anbieter oder seine Zusammenfassung enthält ein unsichtbares oder Steuerzeichen (%1).</translation>
    </message>
    <message>
        <source>environment %1: %2</source>
        <translation>Umgebung %1: %2</translation>
    </message>
    <message>
        <source>the field %1 comes with a value that looks like a secret; a preset never holds secrets.</source>
        <translation>das Feld %1 hat einen Wert, der wie ein Secret aussieht; ein Preset enthält nie Secrets.</translation>
    </message>
    <message>
        <source>The file carries %1 carrier presets; an export holds at most %2. Nothing was imported.</source>
        <translation>Die Datei enthält %1 Carrier-Presets; ein Export enthält höchstens %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file carries the carrier preset “%1” twice. Nothing was imported.</source>
        <translation>Die Datei enthält das Carrier-Preset „%1“ zweimal. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“%1” is a built-in preset, which a file never changes; the accounts use the built-in one.</source>
        <translation>„%1“ ist ein eingebautes Preset, das eine Datei nie ändert; die Konten verwenden das eingebaute.</translation>
    </message>
    <message>
        <source>“%1” is a preset an administrator installed on this computer, which a file never changes; the accounts use the administrator&apos;s.</source>
        <translation>„%1“ ist ein Preset, das ein Administrator auf diesem Computer installiert hat und das eine Datei nie ändert; die Konten verwenden das des Administrators.</translation>
    </message>
    <message>
        <source>headers %1 and %2</source>
        <translation>Header %1 und %2</translation>
    </message>
    <message>
        <source>request body or HTTP Basic (default: %1)</source>
        <translation>Anfrage-Body oder HTTP Basic (Standard: %1)</translation>
    </message>
    <message>
        <source>as each account says (default: %1)</source>
        <translation>wie im jeweiligen Konto angegeben (Standard: %1)</translation>
    </message>
    <message>
        <source>(not published)</source>
        <translation>(nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>in the header %1</source>
        <translation>im Header %1</translation>
    </message>
    <message>
        <source>in the token URL</source>
        <translation>in der Token-URL</translation>
    </message>
    <message>
        <source>in the request as %1</source>
        <translation>in der Anfrage als %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>the client id</source>
        <translation>die Client-ID</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>immer %1</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>on API calls too</source>
        <translation>auch bei API-Aufrufen</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>as installed here</source>
        <translation>wie hier installiert</translation>
    </message>
    <message>
        <source>different in the file</source>
        <translation>in der Datei abweichend</translation>
    </message>
    <message>
        <source>The carrier presets could not be installed: TokenDock could not create the folder %1.</source>
        <translation>Die Carrier-Presets konnten nicht installiert werden: TokenDock konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>The file&apos;s “carriers” is not a list of presets. Nothing was imported.</source>
        <translation>„carriers“ in der Datei ist keine Liste von Presets. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>a text it shows holds an invisible or control character (%1).</source>
        <translation>ein angezeigter Text enthält ein unsichtbares oder ein Steuerzeichen (%1).</translation>
    </message>
</context>
<context>
    <name>CarrierCatalog</name>
    <message>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation>%1, Feld „%2“: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation>muss eine Liste nicht leerer Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>is not an http(s) URL</source>
        <translation>ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>must be at least 60 for an interval policy</source>
        <translation>muss bei einer Intervall-Regel mindestens 60 sein</translation>
    </message>
    <message>
        <source>carrier entry %1</source>
        <translation>Carrier-Eintrag %1</translation>
    </message>
    <message>
        <source>carrier &quot;%1&quot; (entry %2)</source>
        <translation>Carrier „%1“ (Eintrag %2)</translation>
    </message>
    <message>
        <source>must be an https URL</source>
        <translation>muss eine https-URL sein</translation>
    </message>
    <message>
        <source>is not allowed by &quot;credentials&quot;</source>
        <translation>ist laut „credentials“ nicht zulässig</translation>
    </message>
    <message>
        <source>needs at least one environment</source>
        <translation>braucht mindestens eine Umgebung</translation>
    </message>
    <message>
        <source>entry %1 must be an object</source>
        <translation>Eintrag %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1, environment %2</source>
        <translation>%1, Umgebung %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice or reserved</source>
        <translation>„%1“ ist doppelt vergeben oder reserviert</translation>
    </message>
    <message>
        <source>%1, extra field %2</source>
        <translation>%1, Zusatzfeld %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the carrier&apos;s grant types</source>
        <translation>„%1“ ist keiner der Grant-Typen des Carriers</translation>
    </message>
    <message>
        <source>%1, token</source>
        <translation>%1, token</translation>
    </message>
    <message>
        <source>%1, refresh</source>
        <translation>%1, refresh</translation>
    </message>
    <message>
        <source>%1, errors</source>
        <translation>%1, errors</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error category with a text hint</source>
        <translation>„%1“ ist keine Fehlerkategorie mit Texthinweis</translation>
    </message>
    <message>
        <source>%1, deprecated path %2</source>
        <translation>%1, veralteter Pfad %2</translation>
    </message>
    <message>
        <source>The carrier catalog is not valid JSON (%1 at offset %2).</source>
        <translation>Der Carrier-Katalog ist kein gültiges JSON (%1 an Offset %2).</translation>
    </message>
    <message>
        <source>The carrier catalog must be a JSON object.</source>
        <translation>Der Carrier-Katalog muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The carrier catalog has schema %1; this version of TokenDock reads schema 1.</source>
        <translation>Der Carrier-Katalog hat Schema %1; diese TokenDock-Version liest Schema 1.</translation>
    </message>
    <message>
        <source>The carrier catalog has no &quot;carriers&quot; list.</source>
        <translation>Der Carrier-Katalog hat keine Liste „carriers“.</translation>
    </message>
    <message>
        <source>Carrier entry %1 must be a JSON object.</source>
        <translation>Carrier-Eintrag %1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Carrier entry %1, field &quot;id&quot;: &quot;%2&quot; is used twice.</source>
        <translation>Carrier-Eintrag %1, Feld „id“: „%2“ ist doppelt vergeben.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>a secret never goes into the URL; use a body or header field</source>
        <translation>ein Secret gehört nie in die URL; verwenden Sie ein Body- oder Header-Feld</translation>
    </message>
    <message>
        <source>only header fields go on API calls</source>
        <translation>nur Header-Felder werden bei API-Aufrufen mitgesendet</translation>
    </message>
    <message>
        <source>can only be &quot;client_id&quot;, on a field that is not secret</source>
        <translation>kann nur „client_id“ sein, und nur bei einem nicht geheimen Feld</translation>
    </message>
    <message>
        <source>needs a &quot;default&quot; value and a field that is not secret</source>
        <translation>braucht einen „default“-Wert und ein nicht geheimes Feld</translation>
    </message>
    <message>
        <source>is no longer read; give the carrier a &quot;budget&quot; instead</source>
        <translation>wird nicht mehr gelesen; geben Sie dem Carrier stattdessen ein „budget“</translation>
    </message>
    <message>
        <source>credentials in the body need a form or json body</source>
        <translation>Zugangsdaten im Body brauchen einen form- oder json-Body</translation>
    </message>
    <message>
        <source>holds clientId and clientSecret, each a text</source>
        <translation>enthält clientId und clientSecret, jeweils als Text</translation>
    </message>
    <message>
        <source>%1, budget</source>
        <translation>%1, budget</translation>
    </message>
    <message>
        <source>is not a key TokenDock knows here; known keys are %1</source>
        <translation>ist kein Schlüssel, den TokenDock hier kennt; bekannte Schlüssel sind %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166-1, e.g. &quot;DE&quot;); or give just &quot;worldwide&quot;</source>
        <translation>„%1“ ist kein zweibuchstabiger Ländercode (ISO 3166-1, z. B. „DE“); oder geben Sie einfach „worldwide“ an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>must be 1 to 40 lower-case letters, digits and dashes, e.g. &quot;acme-freight&quot;</source>
        <translation>muss aus 1 bis 40 Kleinbuchstaben, Ziffern und Bindestrichen bestehen, z. B. „acme-freight“</translation>
    </message>
    <message>
        <source>%1, keys</source>
        <translation>%1, Schlüssel</translation>
    </message>
    <message>
        <source>must be https URLs</source>
        <translation>müssen https-URLs sein</translation>
    </message>
    <message>
        <source>must be a PEM public key, a JWK or a JWK set</source>
        <translation>muss ein öffentlicher PEM-Schlüssel, ein JWK oder ein JWK-Set sein</translation>
    </message>
    <message>
        <source>name an issuer, a JWKS URL, a key or an audience</source>
        <translation>einen Aussteller, eine JWKS-URL, einen Schlüssel oder eine Zielgruppe angeben</translation>
    </message>
    <message>
        <source>%1, secretLifetime</source>
        <translation>%1, secretLifetime</translation>
    </message>
</context>
<context>
    <name>CarrierPicker</name>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Carrier (type to search)</source>
        <translation>Carrier (tippen zum Suchen)</translation>
    </message>
    <message>
        <source>Type a carrier, country or mode</source>
        <translation>Carrier, Land oder Modus eingeben</translation>
    </message>
    <message>
        <source>Matching carriers</source>
        <translation>Passende Carrier</translation>
    </message>
</context>
<context>
    <name>CarriersCommand</name>
    <message>
        <source>HTTP Basic authentication only</source>
        <translation>nur HTTP-Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>HTTP Basic (default) or the request body (--auth body)</source>
        <translation>HTTP Basic (Standard) oder Anfrage-Body (--auth body)</translation>
    </message>
    <message>
        <source>the request body (default) or HTTP Basic (--auth basic)</source>
        <translation>Anfrage-Body (Standard) oder HTTP Basic (--auth basic)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>secret: read from standard input</source>
        <translation>geheim: wird von der Standardeingabe gelesen</translation>
    </message>
    <message>
        <source>sent as a header</source>
        <translation>als Header gesendet</translation>
    </message>
    <message>
        <source>part of the token URL</source>
        <translation>Teil der Token-URL</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>Environments:</source>
        <translation>Umgebungen:</translation>
    </message>
    <message>
        <source>(no published URL: give --token-url)</source>
        <translation>(keine veröffentlichte URL: --token-url angeben)</translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation> (unbestätigt)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant-Typen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>opak</translation>
    </message>
    <message>
        <source>JWT or opaque</source>
        <translation>JWT oder opak</translation>
    </message>
    <message>
        <source>, lasts about %1</source>
        <translation>, gültig ca. %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Ein einzelnes JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the traits of a field, e.g. &quot;required; secret&quot;</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>a budget, then the carrier&apos;s note on it</comment>
        <translation>: %1</translation>
    </message>
    <message>
        <source>in the request body as %1 and %2</source>
        <translation>im Anfrage-Body als %1 und %2</translation>
    </message>
    <message>
        <source>in the %1 and %2 headers</source>
        <translation>in den Headern %1 und %2</translation>
    </message>
    <message>
        <source>HTTP Basic, the request body or headers (--auth), as the carrier wants</source>
        <translation>HTTP Basic, Anfrage-Body oder Header (--auth), wie der Carrier es verlangt</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON-Body</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>Formular-Body</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>kein Body</translation>
    </message>
    <message>
        <source>no grant type</source>
        <translation>kein Grant-Typ</translation>
    </message>
    <message>
        <source>grant type in %1</source>
        <translation>Grant-Typ in %1</translation>
    </message>
    <message>
        <source>API key in the %1 header</source>
        <translation>API-Schlüssel im Header %1</translation>
    </message>
    <message>
        <source>token in the %1 response header</source>
        <translation>Token im Antwort-Header %1</translation>
    </message>
    <message>
        <source>token in %1</source>
        <translation>Token in %1</translation>
    </message>
    <message>
        <source>, lifetime in %1</source>
        <translation>, Lebensdauer in %1</translation>
    </message>
    <message>
        <source>, expiry time in %1</source>
        <translation>, Ablaufzeitpunkt in %1</translation>
    </message>
    <message>
        <source>&lt;token&gt;</source>
        <translation>&lt;Token&gt;</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>%1 (--secret-stdin reads them in this order, one a line)</source>
        <translation>%1 (--secret-stdin liest sie in dieser Reihenfolge, eines je Zeile)</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token-Budget</translation>
    </message>
    <message>
        <source>Lists the carrier presets: environments and token URLs, how credentials travel, extra fields, refresh advice and the limit on token requests. With ID, only that carrier.</source>
        <translation>Listet die Carrier-Vorgaben auf: Umgebungen und Token-URLs, wie Zugangsdaten übertragen werden, Zusatzfelder, Hinweise zur Erneuerung und das Limit für Token-Anfragen. Mit ID nur diesen Carrier.</translation>
    </message>
    <message>
        <source>One carrier preset, e.g. project44.</source>
        <translation>Eine Carrier-Vorgabe, z. B. project44.</translation>
    </message>
    <message>
        <source>There is no carrier preset “%1”; “tokendock carriers” lists them.</source>
        <translation>Es gibt keine Carrier-Vorgabe „%1“; „tokendock carriers“ listet sie auf.</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (mit %2)</translation>
    </message>
    <message>
        <source>Your preset, from %1</source>
        <translation>Ihr Preset, aus %1</translation>
    </message>
    <message>
        <source>An administrator&apos;s preset, from %1</source>
        <translation>Preset eines Administrators, aus %1</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Check a preset file: is it one TokenDock loads, and does the sandbox issue a token through it (where its exchange is plain OAuth 2.0)? Exit 0 when it holds, 1 when not.</source>
        <translation>Eine Preset-Datei prüfen: Lädt TokenDock sie, und stellt die Sandbox darüber ein Token aus (wo der Austausch reines OAuth 2.0 ist)? Exit-Code 0, wenn ja, sonst 1.</translation>
    </message>
    <message>
        <source>Preset file not loaded: %1</source>
        <translation>Preset-Datei nicht geladen: %1</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Prüfaufruf</translation>
    </message>
    <message numerus="yes">
        <source>at most %n days</source>
        <translation>
            <numerusform>höchstens %n Tag</numerusform>
            <numerusform>höchstens %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a secret&apos;s lifetime, then the carrier&apos;s note</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Secret lifetime</source>
        <translation>Secret-Lebensdauer</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks accounts for monitoring: the named ones, or all of them, one after another, with one line each: verdict, reason, the secret&apos;s age and expiry date, and when the account last worked. Where the carrier asks for a token to be reused (a token budget, or renewal only on expiry), a cached token that is still valid counts as a pass and nothing is sent.</source>
        <translation>Prüft Konten für das Monitoring: die genannten oder alle, nacheinander, mit je einer Zeile: Ergebnis, Grund, Alter und Ablaufdatum des Secrets und wann das Konto zuletzt funktioniert hat. Wo der Carrier verlangt, dass ein Token wiederverwendet wird (ein Token-Budget oder Erneuerung erst bei Ablauf), gilt ein noch gültiges zwischengespeichertes Token als bestanden, und es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The accounts to check (all of them when none is named).</source>
        <translation>Die zu prüfenden Konten (alle, wenn keines genannt ist).</translation>
    </message>
    <message>
        <source>Check every account.</source>
        <translation>Alle Konten prüfen.</translation>
    </message>
    <message>
        <source>Print one JSON document with every account&apos;s verdict, secret age, expiry and last success.</source>
        <translation>Ein JSON-Dokument mit Ergebnis, Secret-Alter, Ablauf und letztem Erfolg jedes Kontos ausgeben.</translation>
    </message>
    <message>
        <source>Make each account&apos;s probe (a harmless read-only API call), with the cached token where one counts.</source>
        <translation>Den Prüfaufruf jedes Kontos ausführen (einen harmlosen, nur lesenden API-Aufruf), mit dem zwischengespeicherten Token, wo dieses zählt.</translation>
    </message>
    <message>
        <source>Warn about secrets that expire within N days (0 to 365; default: the setting, 14 days unless changed).</source>
        <translation>Vor Secrets warnen, die innerhalb von N Tagen ablaufen (0 bis 365; Standard: die Einstellung, ohne Änderung 14 Tage).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When not all is well, also show a desktop notification.</source>
        <translation>Wenn nicht alles in Ordnung ist, zusätzlich eine Desktop-Benachrichtigung anzeigen.</translation>
    </message>
    <message>
        <source>No desktop notification could be shown: %1</source>
        <translation>Es konnte keine Desktop-Benachrichtigung angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Name the accounts or give --all, not both.</source>
        <translation>Nennen Sie die Konten oder geben Sie --all an, nicht beides.</translation>
    </message>
    <message>
        <source>No accounts to check.</source>
        <translation>Keine Konten zu prüfen.</translation>
    </message>
    <message>
        <source>Exit status: 0 all is well; 9 a secret expires within the warning days or has expired (the accounts still work); 10 an account failed (credentials rejected, carrier error, unusable answer, probe or signature failed, secret missing, settings invalid); 11 an account could not be checked (keychain, network, TLS, timeout, held back by the token budget with no valid cached token) or the account list cannot be read; 2 usage. 10 wins over 11, and 11 over 9.</source>
        <translation>Exit-Status: 0 alles in Ordnung; 9 ein Secret läuft innerhalb der Warnfrist ab oder ist abgelaufen (die Konten funktionieren noch); 10 ein Konto ist fehlgeschlagen (Zugangsdaten abgelehnt, Carrier-Fehler, unbrauchbare Antwort, Prüfaufruf oder Signatur fehlgeschlagen, Secret fehlt, Einstellungen ungültig); 11 ein Konto konnte nicht geprüft werden (Schlüsselbund, Netzwerk, TLS, Zeitüberschreitung, vom Token-Budget zurückgehalten ohne gültiges zwischengespeichertes Token) oder die Kontenliste kann nicht gelesen werden; 2 falscher Aufruf. 10 hat Vorrang vor 11 und 11 vor 9.</translation>
    </message>
    <message>
        <source>TokenDock could not check the accounts</source>
        <translation>TokenDock konnte die Konten nicht prüfen</translation>
    </message>
</context>
<context>
    <name>CheckOutput</name>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Probe: %1 — %2</source>
        <translation>Prüfaufruf: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cached token valid %1 more; a new one is held back by the carrier&apos;s token budget</source>
        <translation>zwischengespeichertes Token noch %1 gültig; ein neues hält das Token-Budget des Carriers zurück</translation>
    </message>
    <message>
        <source>cached token valid %1 more</source>
        <translation>zwischengespeichertes Token noch %1 gültig</translation>
    </message>
    <message>
        <source>token issued (HTTP %1, %2 ms)</source>
        <translation>Token ausgestellt (HTTP %1, %2 ms)</translation>
    </message>
    <message>
        <source>probe works</source>
        <translation>Prüfaufruf funktioniert</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>kein Secret gespeichert</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n konnte nicht geprüft werden</numerusform>
            <numerusform>%n konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a secret expiring soon</source>
        <translation>
            <numerusform>%n mit bald ablaufendem Secret</numerusform>
            <numerusform>%n mit bald ablaufendem Secret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired secret</source>
        <translation>
            <numerusform>%n mit abgelaufenem Secret</numerusform>
            <numerusform>%n mit abgelaufenem Secret</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDock accounts: %1</source>
        <extracomment>The notification&apos;s title: &quot;TokenDock accounts: 1 failed, 1 with a secret expiring soon&quot;</extracomment>
        <translation>TokenDock-Konten: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>Secret expires soon: %1</source>
        <translation>Secret läuft bald ab: %1</translation>
    </message>
    <message>
        <source>Secret expired: %1</source>
        <translation>Secret abgelaufen: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDescriptions</name>
    <message>
        <source>Signing algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Key id: which of the issuer&apos;s keys signed it</source>
        <translation>Schlüssel-ID: welcher Schlüssel des Ausstellers signiert hat</translation>
    </message>
    <message>
        <source>Content type of the payload</source>
        <translation>Inhaltstyp der Nutzdaten</translation>
    </message>
    <message>
        <source>Thumbprint of the signing certificate</source>
        <translation>Fingerabdruck des Signaturzertifikats</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate</source>
        <translation>SHA-256-Fingerabdruck des Signaturzertifikats</translation>
    </message>
    <message>
        <source>Where the signing keys are published</source>
        <translation>Wo die Signaturschlüssel veröffentlicht sind</translation>
    </message>
    <message>
        <source>Where the signing certificate is published</source>
        <translation>Wo das Signaturzertifikat veröffentlicht ist</translation>
    </message>
    <message>
        <source>Issuer: who issued the token</source>
        <translation>Aussteller: wer das Token ausgestellt hat</translation>
    </message>
    <message>
        <source>Subject: whom the token is about</source>
        <translation>Subjekt: wen das Token betrifft</translation>
    </message>
    <message>
        <source>Audience: the API meant to accept it</source>
        <translation>Audience: die API, die es annehmen soll</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Ablaufzeitpunkt</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>Nicht gültig vor</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Ausstellungszeitpunkt</translation>
    </message>
    <message>
        <source>Unique id of this token</source>
        <translation>Eindeutige ID dieses Tokens</translation>
    </message>
    <message>
        <source>The client the token was issued to</source>
        <translation>Der Client, für den das Token ausgestellt wurde</translation>
    </message>
    <message>
        <source>Authorized party: the requesting client</source>
        <translation>Autorisierte Partei: der anfragende Client</translation>
    </message>
    <message>
        <source>The requesting application (Microsoft)</source>
        <translation>Die anfragende Anwendung (Microsoft)</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <source>Granted application roles</source>
        <translation>Gewährte Anwendungsrollen</translation>
    </message>
    <message>
        <source>Tenant (directory) id</source>
        <translation>Mandanten-ID (Verzeichnis)</translation>
    </message>
    <message>
        <source>Object id of the client in the directory</source>
        <translation>Objekt-ID des Clients im Verzeichnis</translation>
    </message>
    <message>
        <source>When authentication happened</source>
        <translation>Zeitpunkt der Authentifizierung</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>Authentifizierungskontextklasse</translation>
    </message>
    <message>
        <source>Authentication methods used</source>
        <translation>Verwendete Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Actor acting on the subject&apos;s behalf</source>
        <translation>Akteur, der im Namen des Subjekts handelt</translation>
    </message>
    <message>
        <source>Who may act on the subject&apos;s behalf</source>
        <translation>Wer im Namen des Subjekts handeln darf</translation>
    </message>
    <message>
        <source>Key the token is bound to</source>
        <translation>Schlüssel, an den das Token gebunden ist</translation>
    </message>
    <message>
        <source>Token format version</source>
        <translation>Version des Token-Formats</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Token header and claims</source>
        <translation>Token-Header und Claims</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Move the file aside or repair it, then try again; the desktop app can also start a fresh account list.</source>
        <translation>Verschieben oder reparieren Sie die Datei und versuchen Sie es erneut; die Desktop-App kann auch mit einer leeren Kontenliste neu beginnen.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Run “%1 list” to see the accounts.</source>
        <translation>Führen Sie „%1 list“ aus, um die Konten zu sehen.</translation>
    </message>
    <message>
        <source>Run “%1 --help” to see what it accepts.</source>
        <translation>Führen Sie „%1 --help“ aus, um die zulässigen Angaben zu sehen.</translation>
    </message>
    <message>
        <source>Correct it with “%1 edit %2 …” and try again.</source>
        <translation>Korrigieren Sie es mit „%1 edit %2 …“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or allow more time with --timeout SECONDS.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder auftritt, prüfen Sie das Netzwerk oder erlauben Sie mit --timeout SECONDS mehr Zeit.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>ClockReading</name>
    <message>
        <source>This computer&apos;s clock is %1 behind %2&apos;s (from its Date header). The countdown follows %2&apos;s clock; set this computer&apos;s time automatically (NTP) to fix it.</source>
        <translation>Die Uhr dieses Computers geht %1 nach gegenüber der von %2 (laut dessen Date-Header). Der Countdown richtet sich nach der Uhr von %2; stellen Sie die Uhrzeit dieses Computers auf automatisch (NTP), um das zu beheben.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2&apos;s (from its Date header). The countdown follows %2&apos;s clock; set this computer&apos;s time automatically (NTP) to fix it.</source>
        <translation>Die Uhr dieses Computers geht %1 vor gegenüber der von %2 (laut dessen Date-Header). Der Countdown richtet sich nach der Uhr von %2; stellen Sie die Uhrzeit dieses Computers auf automatisch (NTP), um das zu beheben.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 behind %2&apos;s (from the token&apos;s issue time). The countdown follows %2&apos;s clock; set this computer&apos;s time automatically (NTP) to fix it.</source>
        <translation>Die Uhr dieses Computers geht etwa %1 nach gegenüber der von %2 (laut Ausstellungszeit des Tokens). Der Countdown richtet sich nach der Uhr von %2; stellen Sie die Uhrzeit dieses Computers auf automatisch (NTP), um das zu beheben.</translation>
    </message>
    <message>
        <source>The token had already expired by this computer&apos;s clock when it arrived: either this clock is about %1 ahead of %2&apos;s (set its time automatically, NTP), or %2 handed out an old token.</source>
        <translation>Das Token war nach der Uhr dieses Computers bei der Ankunft schon abgelaufen: Entweder geht diese Uhr etwa %1 gegenüber der von %2 vor (stellen Sie die Zeit automatisch per NTP), oder %2 hat ein altes Token ausgegeben.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Test carrier API client credentials and print OAuth 2.0 tokens.
Without a command, tokendock starts the desktop app.</source>
        <translation>Testet API-Client-Zugangsdaten von Carriern und gibt OAuth-2.0-Tokens aus.
Ohne Befehl startet tokendock die Desktop-App.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Einer der folgenden Befehle.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Run “tokendock --help” to see the commands.</source>
        <translation>Führen Sie „tokendock --help“ aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run “tokendock &lt;command&gt; --help” for the options of a command.</source>
        <translation>Führen Sie „tokendock &lt;Befehl&gt; --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>List the carrier presets: environments, token URLs, credentials, refresh advice.</source>
        <translation>Carrier-Vorgaben auflisten: Umgebungen, Token-URLs, Zugangsdaten, Empfehlungen zur Erneuerung.</translation>
    </message>
    <message>
        <source>List the accounts.</source>
        <translation>Konten auflisten.</translation>
    </message>
    <message>
        <source>Add an account; its secret is read from stdin.</source>
        <translation>Konto hinzufügen; das Secret wird von stdin gelesen.</translation>
    </message>
    <message>
        <source>Change an account.</source>
        <translation>Konto ändern.</translation>
    </message>
    <message>
        <source>Remove an account and its secrets.</source>
        <translation>Konto und seine Secrets entfernen.</translation>
    </message>
    <message>
        <source>Request a new token and show what the carrier answered.</source>
        <translation>Neues Token anfordern und die Antwort des Carriers zeigen.</translation>
    </message>
    <message>
        <source>Print a usable token (the cached one while it stays valid).</source>
        <translation>Ein verwendbares Token ausgeben (das zwischengespeicherte, solange es gültig ist).</translation>
    </message>
    <message>
        <source>Write the accounts to a file, without secrets.</source>
        <translation>Konten ohne Secrets in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>Add the accounts from an exported file.</source>
        <translation>Konten aus einer exportierten Datei hinzufügen.</translation>
    </message>
    <message>
        <source>Run the built-in carrier sandbox in the foreground.</source>
        <translation>Die eingebaute Carrier-Sandbox im Vordergrund ausführen.</translation>
    </message>
    <message>
        <source>“%1” is not a tokendock command.</source>
        <translation>„%1“ ist kein tokendock-Befehl.</translation>
    </message>
    <message>
        <source>Options of the desktop app (without a command):</source>
        <translation>Optionen der Desktop-App (ohne Befehl):</translation>
    </message>
    <message>
        <source>Make one harmless API call with the account&apos;s token: does it open the door?</source>
        <translation>Einen harmlosen API-Aufruf mit dem Token des Kontos ausführen: Öffnet es die Tür?</translation>
    </message>
    <message>
        <source>Replace an account&apos;s secret with a new one, once the new one works.</source>
        <translation>Das Secret eines Kontos durch ein neues ersetzen, sobald das neue funktioniert.</translation>
    </message>
    <message>
        <source>Check accounts for monitoring: one line each, exit codes for failed, unchecked and expiring.</source>
        <translation>Konten für das Monitoring prüfen: je eine Zeile, Exit-Codes für fehlgeschlagen, nicht prüfbar und bald ablaufend.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <source>Token lifetime left</source>
        <translation>Verbleibende Token-Lebensdauer</translation>
    </message>
    <message>
        <source>%1% left</source>
        <translation>Noch %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>e.g. acme-dhl-sandbox</source>
        <translation>z. B. acme-dhl-sandbox</translation>
    </message>
    <message>
        <source>Use the preset&apos;s token URL</source>
        <translation>Token-URL der Vorgabe verwenden</translation>
    </message>
    <message>
        <source>In the request body</source>
        <translation>Im Anfrage-Body</translation>
    </message>
    <message>
        <source>As HTTP Basic authentication</source>
        <translation>Als HTTP-Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Save the account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Carrier</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>&amp;Token URL</source>
        <translation>&amp;Token-URL</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Grant type</source>
        <translation>&amp;Grant-Typ</translation>
    </message>
    <message>
        <source>Send c&amp;redentials</source>
        <translation>Zugangs&amp;daten senden</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Client-S&amp;ecret</translation>
    </message>
    <message>
        <source>Kept in %1, never in a file.</source>
        <translation>Gespeichert in %1, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>This URL is not confirmed by %1&apos;s documentation.</source>
        <translation>Diese URL ist nicht durch die Dokumentation von %1 bestätigt.</translation>
    </message>
    <message>
        <source>Changed from the preset&apos;s %1.</source>
        <translation>Abweichend von der Vorgabe %1.</translation>
    </message>
    <message>
        <source>Parts in {braces} are filled from the carrier fields below.</source>
        <translation>Teile in {geschweiften Klammern} werden aus den Carrier-Feldern unten gefüllt.</translation>
    </message>
    <message>
        <source>This environment has no published token URL</source>
        <translation>Für diese Umgebung ist keine Token-URL veröffentlicht</translation>
    </message>
    <message>
        <source>Use the preset&apos;s URL: %1</source>
        <translation>URL der Vorgabe verwenden: %1</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>Felder für %1</translation>
    </message>
    <message>
        <source>(Not confirmed by %1.)</source>
        <translation>(Nicht von %1 bestätigt.)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Paste Credentials</source>
        <translation>Zugangsdaten ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste credentials from the clipboard</source>
        <translation>Zugangsdaten aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Copied the carrier&apos;s e-mail, a curl command or JSON? Paste it and the form is filled from it.</source>
        <translation>Die E-Mail des Carriers, einen curl-Befehl oder JSON kopiert? Fügen Sie es ein, und das Formular wird daraus ausgefüllt.</translation>
    </message>
    <message>
        <source>Filled from the pasted text</source>
        <translation>Aus dem eingefügten Text übernommen</translation>
    </message>
    <message>
        <source>Unsaved changes. This account was also changed elsewhere meanwhile: saving keeps those changes, except in the settings you changed here.</source>
        <translation>Nicht gespeicherte Änderungen. Dieses Konto wurde inzwischen auch anderswo geändert: Beim Speichern bleiben diese Änderungen erhalten, außer in den Einstellungen, die Sie hier geändert haben.</translation>
    </message>
    <message>
        <source>In request headers</source>
        <translation>In Anfrage-Headern</translation>
    </message>
    <message>
        <source>Always sent as shown.</source>
        <translation>Wird immer wie angezeigt gesendet.</translation>
    </message>
    <message>
        <source>Sent in the %1 header, the secret in %2.</source>
        <translation>Wird im Header %1 gesendet, das Secret in %2.</translation>
    </message>
    <message>
        <source>API calls send it there too.</source>
        <translation>API-Aufrufe senden sie dort ebenfalls mit.</translation>
    </message>
    <message>
        <source>Also sent in the %1 header, with the token request and every API call.</source>
        <translation>Wird außerdem im Header %1 gesendet, mit der Token-Anfrage und bei jedem API-Aufruf.</translation>
    </message>
    <message>
        <source>Also sent in the %1 header.</source>
        <translation>Wird außerdem im Header %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Acme DHL (wrong secret)</source>
        <translation>Acme DHL (falsches Secret)</translation>
    </message>
    <message>
        <source>Acme Banyan integration</source>
        <translation>Acme Banyan Integration</translation>
    </message>
    <message>
        <source>Acme project44 NA</source>
        <translation>Acme project44 NA</translation>
    </message>
    <message>
        <source>Acme DHL eCommerce</source>
        <translation>Acme DHL eCommerce</translation>
    </message>
    <message>
        <source>Globex FedEx for Acme</source>
        <translation>Globex FedEx für Acme</translation>
    </message>
    <message>
        <source>Acme UPS production</source>
        <translation>Acme UPS Produktion</translation>
    </message>
    <message>
        <source>Acme USPS testing</source>
        <translation>Acme USPS Test</translation>
    </message>
    <message>
        <source>Acme XPO Connect</source>
        <translation>Acme XPO Connect</translation>
    </message>
    <message>
        <source>Acme TForce Freight</source>
        <translation>Acme TForce Freight</translation>
    </message>
    <message>
        <source>Generic OAuth 2.0 sandbox</source>
        <translation>Generische OAuth-2.0-Sandbox</translation>
    </message>
    <message>
        <source>Acme %1</source>
        <translation>Acme %1</translation>
    </message>
    <message>
        <source>Acme Banyan (not entitled)</source>
        <translation>Acme Banyan (nicht berechtigt)</translation>
    </message>
    <message>
        <source>Acme OAuth (wrong signing key)</source>
        <translation>Acme OAuth (falscher Signaturschlüssel)</translation>
    </message>
</context>
<context>
    <name>DesktopNotification</name>
    <message>
        <source>The session bus cannot be reached.</source>
        <translation>Der Sitzungsbus ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>This system has no desktop notification service.</source>
        <translation>Dieses System hat keinen Dienst für Desktop-Benachrichtigungen.</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>The demo&apos;s sandbox could not start on this computer&apos;s loopback address.</source>
        <translation>Die Sandbox der Demo konnte auf der Loopback-Adresse dieses Computers nicht starten.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo accounts could not be set up: %1</source>
        <translation>Die Demo-Konten konnten nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFetch</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The document at %1 is larger than TokenDock reads.</source>
        <translation>Das Dokument unter %1 ist größer, als TokenDock liest.</translation>
    </message>
    <message>
        <source>%1 redirected to another site; TokenDock did not follow it.</source>
        <translation>%1 hat auf eine andere Website umgeleitet; TokenDock ist der Umleitung nicht gefolgt.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message>
        <source>Writes every account&apos;s settings to a file to hand to a colleague: no secrets, tokens or test history.</source>
        <translation>Schreibt die Einstellungen aller Konten in eine Datei zur Weitergabe an Kollegen: ohne Secrets, Tokens oder Testverlauf.</translation>
    </message>
    <message>
        <source>Where to write; “-” for standard output.</source>
        <translation>Zieldatei; „-“ für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation>Geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or “-” for standard output.</source>
        <translation>Wählen Sie einen Ordner mit Schreibrecht oder „-“ für die Standardausgabe.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (settings only: no secrets, tokens or history).</source>
        <translation>
            <numerusform>%n Konto nach %1 exportiert (nur Einstellungen: keine Secrets, Tokens oder Verlauf).</numerusform>
            <numerusform>%n Konten nach %1 exportiert (nur Einstellungen: keine Secrets, Tokens oder Verlauf).</numerusform>
        </translation>
    </message>
    <message>
        <source>An export; “-” for standard input.</source>
        <translation>Eine Exportdatei; „-“ für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Replace the accounts whose names are in use (keeping their history).</source>
        <translation>Konten mit bereits vergebenen Namen ersetzen (ihr Verlauf bleibt erhalten).</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>Geben Sie die zu importierende Datei an.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Adds the accounts from an exported file and lists what each one is or changes. Accounts whose names are in use are left alone unless --overwrite is given. Imported accounts have no secret until one is entered with “tokendock edit NAME --secret-stdin”; a replaced account whose token URL origin, carrier, environment, credential placement or client id changes loses its stored secrets, and that needs --yes.</source>
        <translation>Fügt die Konten aus einer exportierten Datei hinzu und zeigt zu jedem Konto, ob es neu ist oder was sich ändert. Konten, deren Namen bereits vergeben sind, bleiben unverändert, außer mit --overwrite. Importierte Konten haben kein Secret, bis eines mit „tokendock edit NAME --secret-stdin“ eingegeben wird; ein ersetztes Konto, bei dem sich Ursprung der Token-URL, Carrier, Umgebung, Übertragungsart der Zugangsdaten oder Client-ID ändert, verliert seine gespeicherten Secrets, und dafür ist --yes nötig.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: replacing %n account(s) would remove their stored secrets, because the file sends them to another address or in another way. Check the changes above, then run the import again with --overwrite --yes.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: Das Ersetzen von %n Konto würde seine gespeicherten Secrets entfernen, weil die Datei sie an eine andere Adresse oder auf andere Weise sendet. Prüfen Sie die Änderungen oben und führen Sie den Import dann mit --overwrite --yes erneut aus.</numerusform>
            <numerusform>Es wurde nichts importiert: Das Ersetzen von %n Konten würde deren gespeicherte Secrets entfernen, weil die Datei sie an eine andere Adresse oder auf andere Weise sendet. Prüfen Sie die Änderungen oben und führen Sie den Import dann mit --overwrite --yes erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the carrier presets the file carries; with --overwrite, also replace accounts whose stored secrets would be removed.</source>
        <translation>Die in der Datei enthaltenen Carrier-Presets installieren; mit --overwrite auch Konten ersetzen, deren gespeicherte Secrets entfernt würden.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file carries %n carrier preset(s) to install, which decide where the accounts that use them send their secrets. Check the presets and their hosts above, then run the import again with --yes.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: Die Datei enthält %n Carrier-Preset zum Installieren, das festlegt, wohin die Konten, die es verwenden, ihre Secrets senden. Prüfen Sie das Preset und seine Hosts oben und führen Sie den Import dann mit --yes erneut aus.</numerusform>
            <numerusform>Es wurde nichts importiert: Die Datei enthält %n Carrier-Presets zum Installieren, die festlegen, wohin die Konten, die sie verwenden, ihre Secrets senden. Prüfen Sie die Presets und ihre Hosts oben und führen Sie den Import dann mit --yes erneut aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeShape</name>
    <message>
        <source>&quot;%1&quot; is not part of a token exchange (request, response or use).</source>
        <translation>„%1“ ist kein Teil eines Token-Austauschs (request, response oder use).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;request.method&quot; must be POST or GET.</source>
        <translation>„request.method“ muss POST oder GET sein.</translation>
    </message>
    <message>
        <source>&quot;request.body&quot; must be form, json or none.</source>
        <translation>„request.body“ muss form, json oder none sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable %2.</source>
        <translation>„%1“ ist als %2 nicht verwendbar.</translation>
    </message>
    <message>
        <source>JSON path (names joined by dots)</source>
        <translation>JSON-Pfad (durch Punkte verbundene Namen)</translation>
    </message>
    <message>
        <source>field or header name</source>
        <translation>Feld- oder Header-Name</translation>
    </message>
    <message>
        <source>authorization scheme</source>
        <translation>Autorisierungsschema</translation>
    </message>
    <message>
        <source>A GET request has no body: set &quot;request.body&quot; to none.</source>
        <translation>Eine GET-Anfrage hat keinen Body: Setzen Sie „request.body“ auf none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be %2: TokenDock sets that header itself.</source>
        <translation>„%1“ kann nicht %2 sein: Diesen Header setzt TokenDock selbst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats the name %2; each credential needs its own.</source>
        <translation>„%1“ verwendet den Namen %2 ein zweites Mal; jeder Wert braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>&quot;use.header&quot; cannot be %1: an API call sets that header itself.</source>
        <translation>„use.header“ kann nicht %1 sein: Diesen Header setzt ein API-Aufruf selbst.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is not a key TokenDock knows; see the carrier preset schema for the keys of &quot;%1&quot;.</source>
        <translation>„%1.%2“ ist kein Schlüssel, den TokenDock kennt; die Schlüssel von „%1“ finden Sie im Schema für Carrier-Presets.</translation>
    </message>
</context>
<context>
    <name>GrantTypes</name>
    <message>
        <source>Client credentials</source>
        <translation>Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>CSP (integrator)</source>
        <translation>CSP (Integrator)</translation>
    </message>
    <message>
        <source>Parent/child (integrator)</source>
        <translation>Parent/Child (Integrator)</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Carrier API credentials in the OS keychain, OAuth 2.0 tokens two clicks away.</source>
        <translation>Carrier-API-Zugangsdaten im Schlüsselbund des Betriebssystems, OAuth-2.0-Tokens nur zwei Klicks entfernt.</translation>
    </message>
    <message>
        <source>Open the demo: every carrier against a built-in sandbox, apart from your own accounts.</source>
        <translation>Demo öffnen: alle Carrier gegen eine eingebaute Sandbox, getrennt von Ihren eigenen Konten.</translation>
    </message>
    <message>
        <source>TokenDock is still starting.</source>
        <translation>TokenDock startet noch.</translation>
    </message>
    <message>
        <source>The keychain did not answer; a token may not have been cached or removed.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet; ein Token wurde möglicherweise nicht zwischengespeichert oder nicht entfernt.</translation>
    </message>
    <message>
        <source>Start in the tray (or minimized, on a desktop without a tray).</source>
        <translation>In der Systemleiste starten (oder minimiert, auf einem Desktop ohne Systemleiste).</translation>
    </message>
    <message>
        <source>Copy the account&apos;s token (for a keyboard shortcut); a running TokenDock does it.</source>
        <translation>Das Token des Kontos kopieren (für ein Tastenkürzel); ein laufendes TokenDock übernimmt das.</translation>
    </message>
    <message>
        <source>The format for --copy: %1.</source>
        <translation>Das Format für --copy: %1.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines dieser Formate: %2.</translation>
    </message>
    <message>
        <source>A second tokendock (such as tokendock --copy) cannot reach this one: %1</source>
        <translation>Ein zweites tokendock (etwa tokendock --copy) kann dieses nicht erreichen: %1</translation>
    </message>
    <message>
        <source>TokenDock runs without its single-instance socket, so a second start opens another window and tokendock --copy copies without this one: %1</source>
        <translation>TokenDock läuft ohne seinen Socket für eine einzige Instanz: Ein zweiter Start öffnet ein weiteres Fenster, und tokendock --copy kopiert ohne dieses: %1</translation>
    </message>
    <message>
        <source>A running TokenDock cannot be reached, so this copy is made without it: %1</source>
        <translation>Ein laufendes TokenDock ist nicht erreichbar; diese Kopie entsteht daher ohne es: %1</translation>
    </message>
</context>
<context>
    <name>HeaderFormat</name>
    <message>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
    <message>
        <source>Bare token</source>
        <translation>Nur das Token</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>HTTPie command</source>
        <translation>HTTPie-Befehl</translation>
    </message>
    <message>
        <source>PowerShell command</source>
        <translation>PowerShell-Befehl</translation>
    </message>
    <message>
        <source>.env line</source>
        <translation>.env-Zeile</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>HeadlessCopy</name>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines dieser Formate: %2.</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Nothing copied for %1: %2</source>
        <translation>Nichts kopiert für %1: %2</translation>
    </message>
    <message>
        <source>TokenDock stays until another application takes the clipboard.</source>
        <translation>TokenDock bleibt aktiv, bis eine andere Anwendung die Zwischenablage übernimmt.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Test history</source>
        <translation>Testverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Token erhalten</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>API probe</source>
        <translation>API-Prüfaufruf</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>Check what the file adds or changes. Imported accounts have no secret until you enter one; enter it only if the token URL is the carrier&apos;s.</source>
        <translation>Prüfen Sie, was die Datei hinzufügt oder ändert. Importierte Konten haben kein Secret, bis Sie eines eingeben; geben Sie es nur ein, wenn die Token-URL die des Carriers ist.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Accounts in the file</source>
        <translation>Konten in der Datei</translation>
    </message>
    <message>
        <source>Replace the accounts whose names are in use (their history stays)</source>
        <translation>Konten mit bereits vergebenen Namen ersetzen (ihr Verlauf bleibt erhalten)</translation>
    </message>
    <message numerus="yes">
        <source>Remove the stored secrets of %n account(s) whose new settings send them elsewhere</source>
        <translation>
            <numerusform>Gespeicherte Secrets von %n Konto entfernen, dessen neue Einstellungen sie anderswohin senden</numerusform>
            <numerusform>Gespeicherte Secrets von %n Konten entfernen, deren neue Einstellungen sie anderswohin senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Not the carrier&apos;s host</source>
        <translation>Nicht der Host des Carriers</translation>
    </message>
    <message>
        <source>%1 is not a host %2 publishes</source>
        <translation>%1 ist kein von %2 veröffentlichter Host</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Same settings</source>
        <translation>Gleiche Einstellungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>Stored secrets</source>
        <translation>Gespeicherte Secrets</translation>
    </message>
    <message>
        <source>Removed if replaced: the new settings send them elsewhere</source>
        <translation>Werden beim Ersetzen entfernt: Die neuen Einstellungen senden sie anderswohin</translation>
    </message>
    <message>
        <source>The carrier presets it carries decide where secrets go; the new and changed ones are installed in your carriers folder.</source>
        <translation>Die darin enthaltenen Carrier-Presets legen fest, wohin Secrets gesendet werden; neue und geänderte werden in Ihrem Carrier-Ordner installiert.</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Neues Preset</translation>
    </message>
    <message>
        <source>Same preset</source>
        <translation>Gleiches Preset</translation>
    </message>
    <message>
        <source>Changes the preset</source>
        <translation>Ändert das Preset</translation>
    </message>
    <message>
        <source>Preset ignored</source>
        <translation>Preset ignoriert</translation>
    </message>
    <message>
        <source>Carrier preset %1</source>
        <translation>Carrier-Preset %1</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Sends secrets to</source>
        <translation>Sendet Secrets an</translation>
    </message>
    <message>
        <source>%1: make sure it is the carrier&apos;s before you enter a secret</source>
        <translation>%1: Vergewissern Sie sich, dass dies die Adresse des Carriers ist, bevor Sie ein Secret eingeben</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Removed for %1: the changed preset sends them elsewhere</source>
        <translation>Entfernt für %1: Das geänderte Preset sendet sie anderswohin</translation>
    </message>
    <message>
        <source>Probe sends the token elsewhere</source>
        <translation>Prüfaufruf sendet das Token anderswohin</translation>
    </message>
    <message>
        <source>%1 is not a host %2 publishes; each test would send the new token there</source>
        <translation>%1 ist kein Host, den %2 veröffentlicht; jeder Test würde das neue Token dorthin senden</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>The token URL&apos;s host %1 is not one %2 publishes. Make sure it is the carrier&apos;s before you enter a secret for this account.</source>
        <translation>Der Host %1 der Token-URL gehört nicht zu den von %2 veröffentlichten Hosts. Vergewissern Sie sich, dass es der Host des Carriers ist, bevor Sie ein Secret für dieses Konto eingeben.</translation>
    </message>
    <message>
        <source>New %1: %2 · %3, token URL %4</source>
        <translation>Neues Konto %1: %2 · %3, Token-URL %4</translation>
    </message>
    <message>
        <source>Same %1: the file holds the settings it has now.</source>
        <translation>%1 unverändert: Die Datei enthält seine aktuellen Einstellungen.</translation>
    </message>
    <message>
        <source>Replaces %1:</source>
        <translation>Ersetzt %1:</translation>
    </message>
    <message>
        <source>In use, left alone unless --overwrite: %1</source>
        <translation>Name vergeben, ohne --overwrite unverändert: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>Its stored secrets would be removed: the new settings send them to another address or in another way.</source>
        <translation>Seine gespeicherten Secrets würden entfernt: Die neuen Einstellungen senden sie an eine andere Adresse oder auf andere Weise.</translation>
    </message>
    <message>
        <source>The file holds no accounts.</source>
        <translation>Die Datei enthält keine Konten.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s): %1.</source>
        <translation>
            <numerusform>%n Konto importiert: %1.</numerusform>
            <numerusform>%n Konten importiert: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n account(s): %1.</source>
        <translation>
            <numerusform>%n Konto ersetzt: %1.</numerusform>
            <numerusform>%n Konten ersetzt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n account(s) whose name is already in use: %1. Run the import again with --overwrite to replace them.</source>
        <translation>
            <numerusform>%n Konto übersprungen, dessen Name bereits vergeben ist: %1. Führen Sie den Import mit --overwrite erneut aus, um es zu ersetzen.</numerusform>
            <numerusform>%n Konten übersprungen, deren Name bereits vergeben ist: %1. Führen Sie den Import mit --overwrite erneut aus, um sie zu ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secret yet for: %1. Enter each with “tokendock edit NAME --secret-stdin”.</source>
        <translation>Noch kein Secret für: %1. Geben Sie jedes mit „tokendock edit NAME --secret-stdin“ ein.</translation>
    </message>
    <message>
        <source>New carrier preset %1: %2, installed in your carriers folder</source>
        <translation>Neues Carrier-Preset %1: %2, in Ihrem Carrier-Ordner installiert</translation>
    </message>
    <message>
        <source>Carrier preset %1: the same as the one installed here</source>
        <translation>Carrier-Preset %1: identisch mit dem hier installierten</translation>
    </message>
    <message>
        <source>Changes the carrier preset %1 installed here:</source>
        <translation>Ändert das hier installierte Carrier-Preset %1:</translation>
    </message>
    <message>
        <source>Carrier preset %1 ignored: %2</source>
        <translation>Carrier-Preset %1 ignoriert: %2</translation>
    </message>
    <message>
        <source>It sends secrets to %1. Make sure that is the carrier&apos;s before you enter a secret for an account that uses it.</source>
        <translation>Es sendet Secrets an %1. Vergewissern Sie sich, dass dies die Adresse des Carriers ist, bevor Sie ein Secret für ein Konto eingeben, das es verwendet.</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Verwendet von: %1</translation>
    </message>
    <message>
        <source>The stored secrets of %1 would be removed: the changed preset sends them to another address or in another way.</source>
        <translation>Die gespeicherten Secrets von %1 würden entfernt: Das geänderte Preset sendet sie an eine andere Adresse oder auf andere Weise.</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n carrier preset(s): %1.</source>
        <translation>
            <numerusform>%n Carrier-Preset installiert: %1.</numerusform>
            <numerusform>%n Carrier-Presets installiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the stored secrets of %1: the changed carrier preset sends them elsewhere. Enter each again with “tokendock edit NAME --secret-stdin” once you trust it.</source>
        <translation>Die gespeicherten Secrets von %1 wurden entfernt: Das geänderte Carrier-Preset sendet sie anderswohin. Geben Sie jedes mit „tokendock edit NAME --secret-stdin“ erneut ein, sobald Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The probe URL sends each new token to %1, a host %2 does not publish. Check it before testing this account.</source>
        <translation>Die Prüf-URL sendet jedes neue Token an %1, einen Host, den %2 nicht veröffentlicht. Prüfen Sie sie, bevor Sie dieses Konto testen.</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The message is not one TokenDock understands.</source>
        <translation>TokenDock versteht diese Nachricht nicht.</translation>
    </message>
    <message>
        <source>The running TokenDock speaks version %1 of its instance protocol; this message is version %2. Start the same version of TokenDock.</source>
        <translation>Das laufende TokenDock verwendet Version %1 seines Instanzprotokolls; diese Nachricht hat Version %2. Starten Sie dieselbe TokenDock-Version.</translation>
    </message>
    <message>
        <source>Copy needs an account name.</source>
        <translation>Zum Kopieren wird ein Kontoname benötigt.</translation>
    </message>
    <message>
        <source>Unknown instance command “%1”.</source>
        <translation>Unbekannter Instanzbefehl „%1“.</translation>
    </message>
</context>
<context>
    <name>Jwks</name>
    <message>
        <source>The RSA key&apos;s “n” or “e” is missing or unreadable.</source>
        <translation>„n“ oder „e“ des RSA-Schlüssels fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The RSA key could not be read.</source>
        <translation>Der RSA-Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The EC key on curve “%1” could not be read.</source>
        <translation>Der EC-Schlüssel auf der Kurve „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only Ed25519 keys of the OKP type are used.</source>
        <translation>Vom Typ OKP werden nur Ed25519-Schlüssel verwendet.</translation>
    </message>
    <message>
        <source>The Ed25519 key could not be read.</source>
        <translation>Der Ed25519-Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least 2048 are needed for a signature to mean anything.</source>
        <translation>Der RSA-Schlüssel hat nur %1 Bit; damit eine Signatur etwas aussagt, sind mindestens 2048 nötig.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits, more than TokenDock reads.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit, mehr als TokenDock liest.</translation>
    </message>
    <message>
        <source>The key is published for encryption, not for signatures (“use”).</source>
        <translation>Der Schlüssel ist für Verschlüsselung veröffentlicht, nicht für Signaturen („use“).</translation>
    </message>
    <message>
        <source>The key&apos;s “key_ops” do not include verifying signatures.</source>
        <translation>Die „key_ops“ des Schlüssels umfassen nicht das Prüfen von Signaturen.</translation>
    </message>
    <message>
        <source>The key type “%1” is not one TokenDock checks signatures with.</source>
        <translation>Mit dem Schlüsseltyp „%1“ prüft TokenDock keine Signaturen.</translation>
    </message>
    <message>
        <source>The PEM key is neither RSA, EC nor Ed25519.</source>
        <translation>Der PEM-Schlüssel ist weder RSA noch EC noch Ed25519.</translation>
    </message>
    <message>
        <source>The text holds no PEM public key (“BEGIN PUBLIC KEY”).</source>
        <translation>Der Text enthält keinen öffentlichen PEM-Schlüssel („BEGIN PUBLIC KEY“).</translation>
    </message>
    <message>
        <source>The key text is larger than TokenDock reads.</source>
        <translation>Der Schlüsseltext ist größer, als TokenDock liest.</translation>
    </message>
    <message>
        <source>The text is neither a JWK, a JWK set nor a PEM public key.</source>
        <translation>Der Text ist weder ein JWK noch ein JWK-Set noch ein öffentlicher PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>A key in the set is not a JSON object.</source>
        <translation>Ein Schlüssel im Set ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JWK set holds no keys.</source>
        <translation>Das JWK-Set enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>The EC key is on the curve “%1”; JWT signatures use P-256, P-384 or P-521.</source>
        <translation>Der EC-Schlüssel liegt auf der Kurve „%1“; JWT-Signaturen verwenden P-256, P-384 oder P-521.</translation>
    </message>
</context>
<context>
    <name>KeepFresh</name>
    <message>
        <source>Renewing now</source>
        <translation>Wird gerade erneuert</translation>
    </message>
    <message>
        <source>No renewal planned: the token&apos;s lifetime is unknown</source>
        <translation>Keine Erneuerung geplant: Die Lebensdauer des Tokens ist unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Retrying at %1 (failures in a row: %n)</source>
        <translation>
            <numerusform>Neuer Versuch um %1 (Fehlschläge in Folge: %n)</numerusform>
            <numerusform>Neuer Versuch um %1 (Fehlschläge in Folge: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renews at %1</source>
        <translation>Erneuerung um %1</translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message>
        <source>KeePassXC has no group exposed to Secret Service. In KeePassXC, open Database ▸ Database Settings ▸ Secret Service Integration, expose a group, then retry.</source>
        <translation>KeePassXC stellt dem Secret Service keine Gruppe bereit. Öffnen Sie in KeePassXC Datenbank ▸ Datenbankeinstellungen ▸ Secret-Service-Integration, geben Sie eine Gruppe frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The KeePassXC database is locked. Unlock it in KeePassXC, then retry.</source>
        <translation>Die KeePassXC-Datenbank ist gesperrt. Entsperren Sie sie in KeePassXC und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KeePassXC refused TokenDock access. Retry and choose Allow in its access dialog.</source>
        <translation>KeePassXC hat TokenDock den Zugriff verweigert. Versuchen Sie es erneut und wählen Sie im Zugriffsdialog „Erlauben“.</translation>
    </message>
    <message>
        <source>The wallet in KWallet is closed. Open it (answer KWallet&apos;s password prompt, or use KWallet Manager), then retry.</source>
        <translation>Die Brieftasche in KWallet ist geschlossen. Öffnen Sie sie (über die Passwortabfrage von KWallet oder die KWallet-Verwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KWallet refused TokenDock access. Retry and allow it when KWallet asks, or in KWallet Manager.</source>
        <translation>KWallet hat TokenDock den Zugriff verweigert. Versuchen Sie es erneut und erlauben Sie ihn, wenn KWallet fragt, oder in der KWallet-Verwaltung.</translation>
    </message>
    <message>
        <source>KWallet did not answer in time; check that it is not waiting for a password prompt, then retry.</source>
        <translation>KWallet hat nicht rechtzeitig geantwortet; prüfen Sie, ob es auf eine Passworteingabe wartet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>GNOME Keyring is locked. Unlock it (answer its password prompt, or use Passwords and Keys), then retry.</source>
        <translation>GNOME Keyring ist gesperrt. Entsperren Sie es (über seine Passwortabfrage oder „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>GNOME Keyring refused TokenDock access; unlock the keyring when it asks, then retry.</source>
        <translation>GNOME Keyring hat TokenDock den Zugriff verweigert; entsperren Sie den Schlüsselbund, wenn er fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KWallet&apos;s Secret Service lacks the QCA OpenSSL plugin (libqca-ossl). Install the package libqca-qt5-2-plugins, restart KWallet (log out and in), then retry.</source>
        <translation>Dem Secret Service von KWallet fehlt das QCA-OpenSSL-Plugin (libqca-ossl). Installieren Sie das Paket libqca-qt5-2-plugins, starten Sie KWallet neu (ab- und wieder anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KeePassXC is waiting for an answer in one of its dialogs (access or removal). Allow TokenDock there, then retry.</source>
        <translation>KeePassXC wartet auf eine Antwort in einem seiner Dialoge (Zugriff oder Entfernen). Erlauben Sie TokenDock dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KeePassXC keeps removed items in its database&apos;s Recycle Bin until you empty it.</source>
        <translation>KeePassXC behält entfernte Einträge im Papierkorb seiner Datenbank, bis Sie ihn leeren.</translation>
    </message>
</context>
<context>
    <name>LatencyText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>Timed out after %n s</source>
        <translation>
            <numerusform>Zeitüberschreitung nach %n s</numerusform>
            <numerusform>Zeitüberschreitung nach %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>cached, expiry unknown</source>
        <translation>zwischengespeichert, Ablauf unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (noch %2)</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Ein einzelnes JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Cached tokens could not be read: %1</source>
        <translation>Zwischengespeicherte Tokens konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with “tokendock add NAME --carrier ID --client-id ID”.</source>
        <translation>Noch keine Konten. Fügen Sie eines mit „tokendock add NAME --carrier ID --client-id ID“ hinzu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>CARRIER</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>TOKEN URL</source>
        <translation>TOKEN-URL</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>LAST TEST</source>
        <translation>LETZTER TEST</translation>
    </message>
    <message>
        <source>CACHED TOKEN</source>
        <translation>TOKEN IM CACHE</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>Enter a missing secret with “tokendock edit NAME --secret-stdin”.</source>
        <translation>Geben Sie ein fehlendes Secret mit „tokendock edit NAME --secret-stdin“ ein.</translation>
    </message>
    <message>
        <source>Lists the accounts: name, carrier, environment, token URL, client id, the last test and when the cached token expires; under each, how old its secret is, when the carrier says it expires and when it last worked.</source>
        <translation>Listet die Konten auf: Name, Carrier, Umgebung, Token-URL, Client-ID, der letzte Test und wann das zwischengespeicherte Token abläuft; darunter jeweils, wie alt das Secret ist, wann es laut Carrier abläuft und wann das Konto zuletzt funktioniert hat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDock — Demo</source>
        <translation>TokenDock — Demo</translation>
    </message>
    <message>
        <source>TokenDock</source>
        <translation>TokenDock</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Konto hinzugefügt.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Fetched a new token and copied it as: %1.</source>
        <translation>Neues Token abgerufen und kopiert als: %1.</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Kopiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>Nichts kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Testing %1 of %n accounts…</source>
        <translation>
            <numerusform>Konto %1 von %n wird getestet…</numerusform>
            <numerusform>Konto %1 von %n wird getestet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: all worked.</source>
        <translation>
            <numerusform>%n Konto getestet: Es funktioniert.</numerusform>
            <numerusform>%n Konten getestet: Alle funktionieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: %1 failed.</source>
        <translation>
            <numerusform>%n Konto getestet: %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Konten getestet: %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Duplicate for Other Environment</source>
        <translation>Für andere &amp;Umgebung duplizieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete Account…</source>
        <translation>Konto &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation>&amp;Alle testen</translation>
    </message>
    <message>
        <source>&amp;Copy Header</source>
        <translation>Header &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Support &amp;Report</source>
        <translation>&amp;Support-Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy a redacted report of the last test for a support ticket: never the secret or the token</source>
        <translation>Einen bereinigten Bericht des letzten Tests für ein Support-Ticket kopieren: nie mit Secret oder Token</translation>
    </message>
    <message>
        <source>&amp;Filter Accounts</source>
        <translation>Konten &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Carrier &amp;Documentation</source>
        <translation>Carrier-&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;About TokenDock</source>
        <translation>Ü&amp;ber TokenDock</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Test all progress</source>
        <translation>Fortschritt beim Testen aller Konten</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Its client secret and cached token are removed from %1. This cannot be undone.</source>
        <translation>Client-Secret und zwischengespeichertes Token werden aus %1 entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Fix the highlighted settings</source>
        <translation>Korrigieren Sie die markierten Einstellungen</translation>
    </message>
    <message>
        <source>Nothing was sent to the carrier.</source>
        <translation>An den Carrier wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Support report copied. It holds no secret and no token.</source>
        <translation>Support-Bericht kopiert. Er enthält weder Secret noch Token.</translation>
    </message>
    <message>
        <source>Start Fresh</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start with an empty account list?</source>
        <translation>Mit einer leeren Kontenliste beginnen?</translation>
    </message>
    <message>
        <source>The unreadable file stays where it is; TokenDock will write a new one.</source>
        <translation>Die unlesbare Datei bleibt, wo sie ist; TokenDock schreibt eine neue.</translation>
    </message>
    <message>
        <source>About TokenDock</source>
        <translation>Über TokenDock</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenDock %1&lt;/h3&gt;&lt;p&gt;Carrier API client credentials in the OS keychain, OAuth 2.0 tokens two clicks away.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenDock %1&lt;/h3&gt;&lt;p&gt;Carrier-API-Client-Zugangsdaten im Schlüsselbund des Betriebssystems, OAuth-2.0-Tokens nur zwei Klicks entfernt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo: answered by the built-in sandbox at %1</source>
        <translation>Demo: Es antwortet die eingebaute Sandbox unter %1</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>%1 (production %2)</source>
        <translation>%1 (Produktion %2)</translation>
    </message>
    <message>
        <source>%1 (sandbox %2)</source>
        <translation>%1 (Sandbox %2)</translation>
    </message>
    <message>
        <source>Enter the client id and secret for the production environment, then save.</source>
        <translation>Geben Sie Client-ID und Secret für die Produktionsumgebung ein und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Enter the client id and secret for the sandbox environment, then save.</source>
        <translation>Geben Sie Client-ID und Secret für die Sandbox-Umgebung ein und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Copy A&amp;s</source>
        <translation>Kopieren a&amp;ls</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>Konten &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Accounts…</source>
        <translation>Konten e&amp;xportieren…</translation>
    </message>
    <message numerus="yes">
        <source>The secrets and tokens of the %n account(s) it names are removed from the keychain.</source>
        <translation>
            <numerusform>Die Datei nennt %n Konto; seine Secrets und Tokens werden aus dem Schlüsselbund entfernt.</numerusform>
            <numerusform>Die Datei nennt %n Konten; ihre Secrets und Tokens werden aus dem Schlüsselbund entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>TokenDock exports (*.json);;All files (*)</source>
        <translation>TokenDock-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s); enter each one&apos;s secret before testing.</source>
        <translation>
            <numerusform>%n Konto importiert; geben Sie vor dem Testen sein Secret ein.</numerusform>
            <numerusform>%n Konten importiert; geben Sie vor dem Testen jeweils das Secret ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Konten exportieren</translation>
    </message>
    <message>
        <source>TokenDock exports (*.json)</source>
        <translation>TokenDock-Exporte (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s): settings only, no secrets or tokens.</source>
        <translation>
            <numerusform>%n Konto exportiert: nur Einstellungen, keine Secrets oder Tokens.</numerusform>
            <numerusform>%n Konten exportiert: nur Einstellungen, keine Secrets oder Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste Credentials</source>
        <translation>Zugangsdaten ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Fill a new account from the carrier&apos;s e-mail, curl command or JSON in the clipboard</source>
        <translation>Ein neues Konto aus der E-Mail des Carriers, einem curl-Befehl oder JSON in der Zwischenablage ausfüllen</translation>
    </message>
    <message>
        <source>Test and Cop&amp;y Header</source>
        <translation>Test&amp;en und Header kopieren</translation>
    </message>
    <message>
        <source>Test and Copy</source>
        <translation>Testen und kopieren</translation>
    </message>
    <message>
        <source>Save the account, ask the carrier for a token and copy the header</source>
        <translation>Konto speichern, beim Carrier ein Token anfordern und den Header kopieren</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>The clipboard holds more text than any credentials are.</source>
        <translation>Die Zwischenablage enthält mehr Text, als Zugangsdaten je umfassen.</translation>
    </message>
    <message>
        <source>The text holds two different client ids or secrets, so nothing was taken from it.</source>
        <translation>Der Text enthält zwei verschiedene Client-IDs oder Secrets, daher wurde nichts daraus übernommen.</translation>
    </message>
    <message>
        <source>Nothing in the clipboard looks like a client id or secret.</source>
        <translation>Nichts in der Zwischenablage sieht wie eine Client-ID oder ein Secret aus.</translation>
    </message>
    <message>
        <source>Paste Credentials</source>
        <translation>Zugangsdaten einfügen</translation>
    </message>
    <message>
        <source>Copy the part of what the carrier sent that holds one account&apos;s client id and secret: a curl or HTTPie command, an HTTP request, JSON, .env lines or e-mail lines such as “Client ID: …”. Then paste again. Nothing was changed.</source>
        <translation>Kopieren Sie den Teil dessen, was der Carrier geschickt hat, der Client-ID und Secret eines Kontos enthält: einen curl- oder HTTPie-Befehl, eine HTTP-Anfrage, JSON, .env-Zeilen oder E-Mail-Zeilen wie „Client ID: …“. Fügen Sie dann erneut ein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Add by Hand</source>
        <translation>Von Hand anlegen</translation>
    </message>
    <message>
        <source>The clipboard was cleared, since it held the secret.</source>
        <translation>Die Zwischenablage wurde geleert, da sie das Secret enthielt.</translation>
    </message>
    <message>
        <source>Nothing is saved or sent until you choose Test and Copy or Save.</source>
        <translation>Nichts wird gespeichert oder gesendet, bevor Sie „Testen und kopieren“ oder „Speichern“ wählen.</translation>
    </message>
    <message>
        <source>Check the highlighted fields</source>
        <translation>Prüfen Sie die hervorgehobenen Felder</translation>
    </message>
    <message>
        <source>No valid token yet</source>
        <translation>Noch kein gültiges Token</translation>
    </message>
    <message>
        <source>Test the account to get one, then copy it.</source>
        <translation>Testen Sie das Konto, um eines zu erhalten, und kopieren Sie es dann.</translation>
    </message>
    <message>
        <source>%1 header</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>Secret &amp;rotieren…</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Secret rotieren</translation>
    </message>
    <message>
        <source>Replace the secret with a new one from the carrier: the new one is tested first, the old one stays until it works</source>
        <translation>Das Secret durch ein neues vom Carrier ersetzen: Das neue wird zuerst getestet, das alte bleibt, bis es funktioniert</translation>
    </message>
    <message>
        <source>Replaced the secret of “%1”.</source>
        <translation>Das Secret von „%1“ wurde ersetzt.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&amp;Pin to Tray</source>
        <translation>In der Systemleiste an&amp;heften</translation>
    </message>
    <message>
        <source>List this account at the top of the tray menu</source>
        <translation>Dieses Konto oben im Systemleistenmenü anzeigen</translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <source>Test outcome</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Token wird angefordert…</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>Der Carrier</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Token erhalten</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 accepted these credentials.</source>
        <translation>%1 hat diese Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <source>%1 said: “%2”</source>
        <translation>%1 meldet: „%2“</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>More about this error: %1</source>
        <translation>Mehr zu diesem Fehler: %1</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation>Problemtyp: %1</translation>
    </message>
    <message>
        <source>API probe: %1 — %2</source>
        <translation>API-Prüfaufruf: %1 – %2</translation>
    </message>
    <message>
        <source>%1: %2 Do not use this token; ask the carrier which key signs it.</source>
        <translation>%1: %2 Verwenden Sie dieses Token nicht; fragen Sie den Carrier, mit welchem Schlüssel er signiert.</translation>
    </message>
</context>
<context>
    <name>PastedText</name>
    <message>
        <source>carrier %1</source>
        <translation>Carrier %1</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <source>token URL %1</source>
        <translation>Token-URL %1</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>Client-ID %1</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>Recognised in the text: %1.</source>
        <translation>Im Text erkannt: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The token URL goes to %1, which is not an address of the %2 preset; make sure it is the carrier&apos;s own.</source>
        <translation>Die Token-URL führt zu %1, keiner Adresse der Vorgabe %2; vergewissern Sie sich, dass es die des Carriers ist.</translation>
    </message>
</context>
<context>
    <name>PresetCheck</name>
    <message>
        <source>the sandbox could not start on this computer.</source>
        <translation>die Sandbox konnte auf diesem Computer nicht starten.</translation>
    </message>
    <message>
        <source>a token came back through its request and answer rules (expiry from %1); API calls would send %2.</source>
        <translation>über seine Anfrage- und Antwortregeln kam ein Token zurück (Ablauf aus %1); API-Aufrufe würden %2 senden.</translation>
    </message>
    <message>
        <source>its request is not a form POST</source>
        <translation>seine Anfrage ist kein Formular-POST</translation>
    </message>
    <message>
        <source>it names the grant type or the credentials its own way</source>
        <translation>es benennt den Grant-Typ oder die Zugangsdaten auf eigene Weise</translation>
    </message>
    <message>
        <source>its credentials travel in headers</source>
        <translation>seine Zugangsdaten werden in Headern gesendet</translation>
    </message>
    <message>
        <source>its answer keeps the token somewhere other than access_token</source>
        <translation>seine Antwort liefert das Token nicht in access_token</translation>
    </message>
    <message>
        <source>it uses none of the grant types client_credentials and password</source>
        <translation>es verwendet keinen der Grant-Typen client_credentials und password</translation>
    </message>
    <message>
        <source>%1 cannot be read as a preset file (%2).</source>
        <translation>%1 kann nicht als Preset-Datei gelesen werden (%2).</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>%1: a valid preset, “%2” (%3).</source>
        <translation>%1: ein gültiges Preset, „%2“ (%3).</translation>
    </message>
    <message>
        <source>Sandbox: not tried, because %1; the sandbox&apos;s generic emulation speaks plain OAuth 2.0.</source>
        <translation>Sandbox: nicht versucht, denn %1; die allgemeine Emulation der Sandbox spricht nur reines OAuth 2.0.</translation>
    </message>
    <message>
        <source>Sandbox: no token through this preset: %1</source>
        <translation>Sandbox: kein Token über dieses Preset: %1</translation>
    </message>
    <message>
        <source>Check the preset&apos;s fields and answer rules against the carrier&apos;s docs.</source>
        <translation>Prüfen Sie die Felder und Antwortregeln des Presets anhand der Dokumentation des Carriers.</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>Fix that line and run the check again; carrier-preset.schema.json in /usr/share/doc/tokendock lists every key.</source>
        <translation>Korrigieren Sie diese Zeile und prüfen Sie erneut; carrier-preset.schema.json in /usr/share/doc/tokendock nennt jeden Schlüssel.</translation>
    </message>
</context>
<context>
    <name>PresetFiles</name>
    <message>
        <source>not valid JSON (%1); check the commas and quotes near this line.</source>
        <translation>kein gültiges JSON (%1); prüfen Sie die Kommas und Anführungszeichen in der Nähe dieser Zeile.</translation>
    </message>
    <message>
        <source>a preset file holds one JSON object, {&quot;id&quot;: …, …}.</source>
        <translation>eine Preset-Datei enthält ein JSON-Objekt, {&quot;id&quot;: …, …}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of a built-in preset, which a file cannot replace; give this preset an id of its own, e.g. &quot;%1-team&quot;.</source>
        <translation>„%1“ ist die ID eines eingebauten Presets, das eine Datei nicht ersetzen kann; geben Sie diesem Preset eine eigene ID, z. B. „%1-team“.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by %2; give one of them another id.</source>
        <translation>die ID „%1“ wird bereits von %2 verwendet; geben Sie einem der beiden eine andere ID.</translation>
    </message>
    <message>
        <source>more than %1 preset files; the rest are not read.</source>
        <translation>mehr als %1 Preset-Dateien; die übrigen werden nicht gelesen.</translation>
    </message>
    <message>
        <source>larger than %1 KB; a preset is far smaller.</source>
        <translation>größer als %1 KB; ein Preset ist weit kleiner.</translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation>kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>the preset</source>
        <translation>das Preset</translation>
    </message>
    <message>
        <source>preset “%1”</source>
        <translation>Preset „%1“</translation>
    </message>
</context>
<context>
    <name>PresetInfo</name>
    <message>
        <source>Not confirmed by %1&apos;s own documentation: %2.</source>
        <translation>Nicht durch die eigene Dokumentation von %1 bestätigt: %2.</translation>
    </message>
    <message>
        <source>%1 developer documentation ↗</source>
        <translation>Entwicklerdokumentation von %1 ↗</translation>
    </message>
    <message>
        <source>%1 developer documentation</source>
        <translation>Entwicklerdokumentation von %1</translation>
    </message>
    <message>
        <source>An administrator&apos;s preset, read from %1</source>
        <translation>Preset eines Administrators, gelesen aus %1</translation>
    </message>
    <message>
        <source>Your preset, read from %1</source>
        <translation>Ihr Preset, gelesen aus %1</translation>
    </message>
</context>
<context>
    <name>PresetLabels</name>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>LTL</source>
        <translation>LTL (Teilladung)</translation>
    </message>
    <message>
        <source>Truckload</source>
        <translation>Komplettladung</translation>
    </message>
    <message>
        <source>Intermodal</source>
        <translation>Intermodal</translation>
    </message>
    <message>
        <source>Ocean</source>
        <translation>Seefracht</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Luftfracht</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Spedition</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Frachtvermittlung</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Telematics</source>
        <translation>Telematik</translation>
    </message>
    <message>
        <source>Multi-carrier gateway</source>
        <translation>Multi-Carrier-Gateway</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <extracomment>countries shown by their codes, then how many more there are: &quot;DE, FR, GB, NL +3&quot;</extracomment>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>is not a key TokenDock knows in a probe</source>
        <translation>ist kein Schlüssel, den TokenDock in einem Prüfaufruf kennt</translation>
    </message>
    <message>
        <source>must be GET or HEAD: a probe only reads</source>
        <translation>muss GET oder HEAD sein: Ein Prüfaufruf liest nur</translation>
    </message>
    <message>
        <source>must be a path such as /v1/ping or an https URL</source>
        <translation>muss ein Pfad wie /v1/ping oder eine https-URL sein</translation>
    </message>
    <message>
        <source>must be a list of HTTP status codes</source>
        <translation>muss eine Liste von HTTP-Statuscodes sein</translation>
    </message>
    <message>
        <source>must be a dotted JSON path</source>
        <translation>muss ein JSON-Pfad in Punktschreibweise sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>No probe is set for this account: give it an API URL to read with the token.</source>
        <translation>Für dieses Konto ist kein Prüfaufruf eingerichtet: Geben Sie eine API-URL an, die mit dem Token gelesen werden soll.</translation>
    </message>
    <message>
        <source>The probe URL is not a valid web address; it should look like https://host/path, or be a path such as /v1/ping.</source>
        <translation>Die Prüf-URL ist keine gültige Webadresse; sie sollte wie https://host/pfad aussehen oder ein Pfad wie /v1/ping sein.</translation>
    </message>
    <message>
        <source>The probe URL must use https:// so the token is encrypted on the way; plain http:// is only allowed to this computer (localhost).</source>
        <translation>Die Prüf-URL muss https:// verwenden, damit das Token verschlüsselt übertragen wird; einfaches http:// ist nur zu diesem Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>Remove the user name, password or #fragment from the probe URL.</source>
        <translation>Entfernen Sie Benutzername, Passwort oder #Fragment aus der Prüf-URL.</translation>
    </message>
    <message>
        <source>The probe URL holds an invisible or control character (%1); type the URL again.</source>
        <translation>Die Prüf-URL enthält ein unsichtbares oder Steuerzeichen (%1); geben Sie die URL erneut ein.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>TOKEN  %1: the cached token, still valid for %2</source>
        <translation>TOKEN  %1: das zwischengespeicherte Token, noch gültig für %2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>eine unbekannte Zeit</translation>
    </message>
    <message>
        <source>TOKEN  %1: a new token (HTTP %2, %3 ms)</source>
        <translation>TOKEN  %1: ein neues Token (HTTP %2, %3 ms)</translation>
    </message>
    <message>
        <source>Makes one harmless read-only API call with the account&apos;s token and says whether the token opens the door. A cached token still valid for a minute is used, else a new one is requested; the output says which. The token is sent only to the probe URL&apos;s own site. Exit code 7: the token came but the API did not accept it.</source>
        <translation>Führt einen harmlosen, nur lesenden API-Aufruf mit dem Token des Kontos aus und meldet, ob das Token die Tür öffnet. Ein zwischengespeichertes Token, das noch mindestens eine Minute gültig ist, wird verwendet, sonst wird ein neues angefordert; die Ausgabe nennt, welches. Das Token wird nur an die Website der Prüf-URL selbst gesendet. Exit-Code 7: Das Token kam an, aber die API hat es nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>The API call for this run: a path joined to the environment&apos;s API address or a full https URL (default: the account&apos;s probe).</source>
        <translation>Der API-Aufruf für diesen Lauf: ein Pfad, der an die API-Adresse der Umgebung angehängt wird, oder eine vollständige https-URL (Standard: der Prüfaufruf des Kontos).</translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token).</source>
        <translation>Ein JSON-Dokument ausgeben (es enthält nie das Token).</translation>
    </message>
    <message>
        <source>Name the account to probe.</source>
        <translation>Geben Sie das zu prüfende Konto an.</translation>
    </message>
</context>
<context>
    <name>ProbeEditor</name>
    <message>
        <source>Advanced: API probe</source>
        <translation>Erweitert: API-Prüfaufruf</translation>
    </message>
    <message>
        <source>After each test, make one harmless read-only API call with the token</source>
        <translation>Nach jedem Test einen harmlosen, nur lesenden API-Aufruf mit dem Token ausführen</translation>
    </message>
    <message>
        <source>Probe URL</source>
        <translation>Prüf-URL</translation>
    </message>
    <message>
        <source>A path such as /v1/ping, or an https URL</source>
        <translation>Ein Pfad wie /v1/ping oder eine https-URL</translation>
    </message>
    <message>
        <source>%1 has no known probe; enter an API URL that only reads.</source>
        <translation>Für %1 ist kein Prüfaufruf bekannt; geben Sie eine API-URL ein, die nur liest.</translation>
    </message>
    <message>
        <source>The preset&apos;s probe is not confirmed by %1&apos;s documentation.</source>
        <translation>Der Prüfaufruf der Vorlage ist durch die Dokumentation von %1 nicht bestätigt.</translation>
    </message>
    <message>
        <source>The token would be sent to %1, a host %2 does not publish.</source>
        <translation>Das Token würde an %1 gesendet, einen Host, den %2 nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Enter a path such as /v1/ping or a full https URL.</source>
        <translation>Geben Sie einen Pfad wie /v1/ping oder eine vollständige https-URL ein.</translation>
    </message>
</context>
<context>
    <name>ProbeOutcome</name>
    <message>
        <source>Not probed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Token not accepted</source>
        <translation>Token nicht akzeptiert</translation>
    </message>
    <message>
        <source>Not entitled</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Falsche Adresse</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Carrier trouble</source>
        <translation>Problem beim Carrier</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Answer not as expected</source>
        <translation>Antwort nicht wie erwartet</translation>
    </message>
    <message>
        <source>Redirect not followed</source>
        <translation>Umleitung nicht gefolgt</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>The API accepted the token: %1 answered HTTP %2.</source>
        <translation>Die API hat das Token akzeptiert: %1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not accept the token (HTTP 401).</source>
        <translation>%1 hat das Token nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>%1 accepted the token but this account may not use this API (HTTP 403).</source>
        <translation>%1 hat das Token akzeptiert, aber dieses Konto darf diese API nicht nutzen (HTTP 403).</translation>
    </message>
    <message>
        <source>%1 has no API at %2 (HTTP %3).</source>
        <translation>%1 hat unter %2 keine API (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429); it asks to wait %2 s.</source>
        <translation>%1 begrenzt die Anfragen (HTTP 429) und bittet, %2 s zu warten.</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429).</source>
        <translation>%1 begrenzt die Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 has trouble of its own (HTTP %2).</source>
        <translation>%1 hat selbst ein Problem (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered the probe with HTTP %2, which is not a good answer here.</source>
        <translation>%1 hat den Prüfaufruf mit HTTP %2 beantwortet, was hier keine gültige Antwort ist.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the answer lacks %3.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber in der Antwort fehlt %3.</translation>
    </message>
    <message>
        <source>%1 redirected the probe to %2; TokenDock did not follow it, so the token was not sent there.</source>
        <translation>%1 hat den Prüfaufruf auf %2 umgeleitet; TokenDock ist der Umleitung nicht gefolgt, das Token wurde also nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The answer from %1 is too large; TokenDock stopped reading it.</source>
        <translation>Die Antwort von %1 ist zu groß; TokenDock hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The probe could not reach %1: %2.</source>
        <translation>Der Prüfaufruf konnte %1 nicht erreichen: %2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 did not answer the probe in time.</source>
        <translation>%1 hat auf den Prüfaufruf nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The probe was not sent: %1</source>
        <translation>Der Prüfaufruf wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Check that the token is for this API and environment (a sandbox token does not open production), that the audience or scope is right, and that the credentials were not revoked.</source>
        <translation>Prüfen Sie, ob das Token für diese API und Umgebung gilt (ein Sandbox-Token öffnet nicht die Produktion), ob Zielgruppe (Audience) oder Scope stimmen und ob die Zugangsdaten nicht widerrufen wurden.</translation>
    </message>
    <message>
        <source>Ask the carrier to enable this API for the account, or probe an API the account is provisioned for.</source>
        <translation>Bitten Sie den Carrier, diese API für das Konto freizuschalten, oder verwenden Sie für den Prüfaufruf eine API, für die das Konto freigeschaltet ist.</translation>
    </message>
    <message>
        <source>Check the probe URL and the environment&apos;s API address.</source>
        <translation>Prüfen Sie die Prüf-URL und die API-Adresse der Umgebung.</translation>
    </message>
    <message>
        <source>Wait before probing again; the token itself is fine.</source>
        <translation>Warten Sie, bevor Sie den Prüfaufruf wiederholen; das Token selbst ist in Ordnung.</translation>
    </message>
    <message>
        <source>Try again later or look at the carrier&apos;s status page; the token itself was issued.</source>
        <translation>Versuchen Sie es später erneut oder sehen Sie auf der Statusseite des Carriers nach; das Token selbst wurde ausgestellt.</translation>
    </message>
    <message>
        <source>Check the probe URL and what it expects; the carrier may have changed its API.</source>
        <translation>Prüfen Sie die Prüf-URL und was sie erwartet; der Carrier hat möglicherweise seine API geändert.</translation>
    </message>
    <message>
        <source>If the new address is the carrier&apos;s real API, set it as the probe URL.</source>
        <translation>Wenn die neue Adresse die echte API des Carriers ist, legen Sie sie als Prüf-URL fest.</translation>
    </message>
    <message>
        <source>Probe a smaller read, such as a short list.</source>
        <translation>Verwenden Sie für den Prüfaufruf einen kleineren Lesezugriff, etwa eine kurze Liste.</translation>
    </message>
    <message>
        <source>Check the network, a proxy or firewall, and the probe URL.</source>
        <translation>Prüfen Sie das Netzwerk, einen Proxy oder eine Firewall sowie die Prüf-URL.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s clock and whether a proxy intercepts TLS.</source>
        <translation>Prüfen Sie die Uhr des Computers und ob ein Proxy TLS abfängt.</translation>
    </message>
    <message>
        <source>Fix the probe&apos;s settings, then test again.</source>
        <translation>Korrigieren Sie die Einstellungen des Prüfaufrufs und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The carrier said: “%1”</source>
        <translation>Der Carrier sagte: „%1“</translation>
    </message>
</context>
<context>
    <name>ProbeOutput</name>
    <message>
        <source>PROBE OK  %1: %2 — %3 (%4 ms)</source>
        <translation>PRÜFUNG OK  %1: %2 – %3 (%4 ms)</translation>
    </message>
    <message>
        <source>PROBE FAILED  %1: %2 — %3</source>
        <translation>PRÜFUNG FEHLGESCHLAGEN  %1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>ProbeReply</name>
    <message>
        <source>it was cancelled.</source>
        <translation>er wurde abgebrochen.</translation>
    </message>
    <message>
        <source>there is no token.</source>
        <translation>es gibt kein Token.</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <source>Removes an account, its secrets and its cached token. At a terminal you are asked to confirm.</source>
        <translation>Entfernt ein Konto, seine Secrets und sein zwischengespeichertes Token. Im Terminal wird eine Bestätigung abgefragt.</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>Das zu entfernende Konto.</translation>
    </message>
    <message>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>Nicht nachfragen; nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Name the account to remove.</source>
        <translation>Nennen Sie das zu entfernende Konto.</translation>
    </message>
    <message>
        <source>Removing “%1” needs --yes when standard input is not a terminal.</source>
        <translation>Zum Entfernen von „%1“ ist --yes nötig, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secrets from %2? [y/N] </source>
        <translation>Konto „%1“ und seine Secrets aus %2 entfernen? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>Kept “%1”.</source>
        <translation>„%1“ behalten.</translation>
    </message>
    <message>
        <source>Removed “%1” and its secrets.</source>
        <translation>„%1“ und seine Secrets entfernt.</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>a whole yes typed to confirm, as in [y/N]; &quot;ja&quot;, &quot;oui&quot;</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>RequestOptions</name>
    <message>
        <source>Give up after this many seconds (1 to 300; default: the request timeout in Settings, 20 seconds unless changed).</source>
        <translation>Nach so vielen Sekunden aufgeben (1 bis 300; Standard: das Zeitlimit für Anfragen aus den Einstellungen, ohne Änderung 20 Sekunden).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Send the request even when it exceeds the carrier&apos;s limit on token requests (the carrier may rate-limit or block the client).</source>
        <translation>Die Anfrage auch dann senden, wenn sie das Limit des Carriers für Token-Anfragen überschreitet (der Carrier kann den Client drosseln oder sperren).</translation>
    </message>
    <message>
        <source>Wait until then, or add --force to send it anyway: the carrier may rate-limit or block the client for exceeding its limit.</source>
        <translation>Warten Sie bis dahin, oder fügen Sie --force hinzu, um sie trotzdem zu senden: Der Carrier kann den Client wegen Überschreitung seines Limits drosseln oder sperren.</translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message>
        <source>“%1” has no secret field “%2”.</source>
        <translation>„%1“ hat kein geheimes Feld „%2“.</translation>
    </message>
    <message>
        <source>Leave out --field to replace the client secret.</source>
        <translation>Lassen Sie --field weg, um das Client-Secret zu ersetzen.</translation>
    </message>
    <message>
        <source>Its secret fields: %1; without --field, the client secret.</source>
        <translation>Seine geheimen Felder: %1; ohne --field das Client-Secret.</translation>
    </message>
    <message>
        <source>%1 has passed; a secret that works now has not expired then.</source>
        <translation>%1 liegt in der Vergangenheit; ein Secret, das jetzt funktioniert, war an diesem Tag nicht abgelaufen.</translation>
    </message>
    <message>
        <source>Give the day the carrier&apos;s portal shows for the new secret, or leave out --expires.</source>
        <translation>Geben Sie den Tag an, den das Portal des Carriers für das neue Secret zeigt, oder lassen Sie --expires weg.</translation>
    </message>
    <message>
        <source>The line on standard input is longer than %1 KiB; that is not a secret TokenDock can use.</source>
        <translation>Die Zeile auf der Standardeingabe ist länger als %1 KiB; das ist kein Secret, das TokenDock verwenden kann.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No new secret came on standard input (an empty line is none). Pipe it in, e.g. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate NAME --secret-stdin.</source>
        <translation>Auf der Standardeingabe kam kein neues Secret an (eine leere Zeile zählt nicht). Leiten Sie es per Pipe ein, z. B. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate NAME --secret-stdin.</translation>
    </message>
    <message>
        <source>token HTTP %1 in %2 ms</source>
        <translation>Token HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>probe: %1</source>
        <translation>Prüfaufruf: %1</translation>
    </message>
    <message>
        <source>no probe</source>
        <translation>kein Prüfaufruf</translation>
    </message>
    <message>
        <source>The new secret works (%1, %2) and replaced the old one in the keychain; the old secret is gone.</source>
        <translation>Das neue Secret funktioniert (%1, %2) und hat das alte im Schlüsselbund ersetzt; das alte Secret ist gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>The carrier says the new secret expires on %1 (in %n days).</source>
        <translation>
            <numerusform>Laut Carrier läuft das neue Secret am %1 ab (in %n Tag).</numerusform>
            <numerusform>Laut Carrier läuft das neue Secret am %1 ab (in %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 Record the new secret&apos;s date with “tokendock edit %2 --secret-expires YYYY-MM-DD”.</source>
        <translation>Hinweis: %1 Tragen Sie das Datum des neuen Secrets mit „tokendock edit %2 --secret-expires YYYY-MM-DD“ ein.</translation>
    </message>
    <message>
        <source>Nothing changed: the old secret stays and keeps working.</source>
        <translation>Nichts geändert: Das alte Secret bleibt und funktioniert weiter.</translation>
    </message>
    <message>
        <source>Replaces an account&apos;s secret without breaking it: the new secret is read from standard input (or asked for at the terminal, without echo) and tested against the carrier first (token, signature, the account&apos;s probe). Only when that works does it replace the old one in the keychain; otherwise nothing changes and the exit code is the one “tokendock test” gives.</source>
        <translation>Ersetzt das Secret eines Kontos, ohne es zu unterbrechen: Das neue Secret wird von der Standardeingabe gelesen (oder im Terminal ohne Echo abgefragt) und zuerst beim Carrier getestet (Token, Signatur, Prüfaufruf des Kontos). Nur wenn das funktioniert, ersetzt es das alte im Schlüsselbund; andernfalls ändert sich nichts, und der Exit-Code ist derselbe, den „tokendock test“ liefert.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>Read the new secret from standard input (one line). Without it you are asked at the terminal, without echo.</source>
        <translation>Das neue Secret von der Standardeingabe lesen (eine Zeile). Ohne diese Option erfolgt die Abfrage im Terminal, ohne Echo.</translation>
    </message>
    <message>
        <source>Replace this secret field of the preset (e.g. FedEx child_secret, a portal password) instead of the client secret.</source>
        <translation>Dieses geheime Feld der Vorlage (z. B. FedEx child_secret, ein Portal-Passwort) statt des Client-Secrets ersetzen.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>The day the carrier says the new secret expires (today or later).</source>
        <translation>Der Tag, an dem das neue Secret laut Carrier abläuft (heute oder später).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token or a secret).</source>
        <translation>Ein JSON-Dokument ausgeben (es enthält nie das Token oder ein Secret).</translation>
    </message>
    <message>
        <source>Name the account whose secret to replace.</source>
        <translation>Nennen Sie das Konto, dessen Secret ersetzt werden soll.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>No new secret: standard input is not a terminal and --secret-stdin was not given.</source>
        <translation>Kein neues Secret: Die Standardeingabe ist kein Terminal, und --secret-stdin wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>Pipe the secret in, e.g. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate %1 --secret-stdin; TokenDock never takes a secret from an argument.</source>
        <translation>Leiten Sie das Secret per Pipe ein, z. B. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate %1 --secret-stdin; TokenDock übernimmt ein Secret nie aus einem Argument.</translation>
    </message>
    <message>
        <source>New %1 for %2</source>
        <translation>Neues %1 für %2</translation>
    </message>
    <message>
        <source>The account list could not note the new secret&apos;s date: %1</source>
        <translation>Die Kontenliste konnte das Datum des neuen Secrets nicht vermerken: %1</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation>Secret rotieren</translation>
    </message>
    <message>
        <source>Rotate the secret of “%1”</source>
        <translation>Secret von „%1“ rotieren</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paste the new secret from the carrier&apos;s portal. TokenDock tries the new secret first; the old one stays until the new one works.</source>
        <translation>Fügen Sie das neue Secret aus dem Portal des Carriers ein. TokenDock probiert zuerst das neue Secret aus; das alte bleibt, bis das neue funktioniert.</translation>
    </message>
    <message>
        <source>&amp;Which secret</source>
        <translation>&amp;Welches Secret</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>&amp;New secret</source>
        <translation>&amp;Neues Secret</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Secret</translation>
    </message>
    <message>
        <source>The carrier says it &amp;expires on</source>
        <translation>&amp;Ablaufdatum laut Carrier</translation>
    </message>
    <message>
        <source>Expiry date of the new secret</source>
        <translation>Ablaufdatum des neuen Secrets</translation>
    </message>
    <message>
        <source>Nothing changed: the old secret stays and keeps working.</source>
        <translation>Nichts geändert: Das alte Secret bleibt und funktioniert weiter.</translation>
    </message>
    <message>
        <source>&amp;Test and Replace</source>
        <translation>&amp;Testen und ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Replaced the secret of “%1”</source>
        <translation>Secret von „%1“ ersetzt</translation>
    </message>
    <message>
        <source>The new secret works and is now the one TokenDock keeps. You can revoke the old one in the carrier&apos;s portal.</source>
        <translation>Das neue Secret funktioniert und ist jetzt das, das TokenDock aufbewahrt. Sie können das alte im Portal des Carriers widerrufen.</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Nicht ausprobiert</translation>
    </message>
    <message>
        <source>Not replaced</source>
        <translation>Nicht ersetzt</translation>
    </message>
    <message>
        <source>The account list could not note the new secret&apos;s date: %1</source>
        <translation>Die Kontenliste konnte das Datum des neuen Secrets nicht vermerken: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>TokenDock carrier sandbox listening on %1</source>
        <translation>TokenDock-Carrier-Sandbox wartet auf Verbindungen unter %1</translation>
    </message>
    <message>
        <source>Sandbox credentials below are fake values that only this sandbox accepts.</source>
        <translation>Die Sandbox-Zugangsdaten unten sind fiktive Werte, die nur diese Sandbox akzeptiert.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Fault modes (they answer every request badly, on purpose):</source>
        <translation>Fehlermodi (sie beantworten jede Anfrage absichtlich fehlerhaft):</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>Ausprobieren:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Mit Strg+C beenden.</translation>
    </message>
    <message>
        <source>Runs the built-in carrier sandbox on 127.0.0.1 in the foreground until Ctrl+C, and prints each carrier&apos;s token URL and sandbox credentials.</source>
        <translation>Führt die eingebaute Carrier-Sandbox auf 127.0.0.1 im Vordergrund aus, bis Strg+C gedrückt wird, und gibt Token-URL und Sandbox-Zugangsdaten jedes Carriers aus.</translation>
    </message>
    <message>
        <source>The port to listen on (default: any free port).</source>
        <translation>Der Port, an dem die Sandbox auf Verbindungen wartet (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1 port %1.</source>
        <translation>Die Sandbox konnte Port %1 auf 127.0.0.1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Another program probably uses that port; choose another with --port, or leave it out to take any free one.</source>
        <translation>Vermutlich belegt ein anderes Programm diesen Port; wählen Sie mit --port einen anderen oder lassen Sie die Option weg, um einen beliebigen freien Port zu verwenden.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>kein Body</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON-Body</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>Formular-Body</translation>
    </message>
    <message>
        <source>client id and secret in the headers %1 and %2</source>
        <extracomment>%1 and %2 are HTTP header names, e.g. X-DPD-CLIENTID and X-DPD-CLIENTSECRET</extracomment>
        <translation>Client-ID und Secret in den Headern %1 und %2</translation>
    </message>
    <message>
        <source>client id and secret with HTTP Basic</source>
        <translation>Client-ID und Secret per HTTP Basic</translation>
    </message>
    <message>
        <source>client id and secret with HTTP Basic or in the body as %1 and %2</source>
        <translation>Client-ID und Secret per HTTP Basic oder im Body als %1 und %2</translation>
    </message>
    <message>
        <source>client id and secret in the body as %1 and %2</source>
        <extracomment>%1 and %2 are request body field names, e.g. client_id and client_secret</extracomment>
        <translation>Client-ID und Secret im Body als %1 und %2</translation>
    </message>
    <message>
        <source>%1 (the client id)</source>
        <extracomment>%1 is an HTTP header name whose value must be the client id, e.g. Consumer-Key</extracomment>
        <translation>%1 (die Client-ID)</translation>
    </message>
    <message>
        <source>also the headers %1</source>
        <extracomment>%1 lists HTTP header names, e.g. X-DPD-BUCODE</extracomment>
        <translation>außerdem die Header %1</translation>
    </message>
    <message>
        <source>also the body fields %1</source>
        <extracomment>%1 lists request body fields, e.g. audience=https://inavisphere.chrobinson.com</extracomment>
        <translation>außerdem die Body-Felder %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Probe URL</source>
        <translation>Prüf-URL</translation>
    </message>
    <message>
        <source>jwks-wrong-key, foreign-issuer and rotate-keys hand out good tokens whose signing keys are at fault: published wrong, at an issuer on another site, or new with every token; “tokendock test” shows the signature check.</source>
        <translation>jwks-wrong-key, foreign-issuer und rotate-keys geben gültige Token aus, deren Signaturschlüssel fehlerhaft sind: falsch veröffentlicht, bei einem Aussteller auf einer anderen Website oder bei jedem Token neu; „tokendock test“ zeigt die Signaturprüfung.</translation>
    </message>
    <message>
        <source>Probe fault modes (probe URLs whose API answers badly):</source>
        <translation>Fehlermodi für Prüfaufrufe (Prüf-URLs, deren API fehlerhaft antwortet):</translation>
    </message>
    <message>
        <source>Run the sandbox&apos;s clock this many seconds ahead of this computer&apos;s (behind when negative), as a carrier whose clock is off; its Date headers and tokens follow it.</source>
        <translation>Die Uhr der Sandbox so viele Sekunden vor der dieses Computers laufen lassen (bei negativem Wert nach), wie bei einem Carrier mit falsch gehender Uhr; ihre Date-Header und Token richten sich danach.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock reads %1 UTC.</source>
        <translation>Die Uhr der Sandbox zeigt %1 UTC.</translation>
    </message>
</context>
<context>
    <name>ScopeChips</name>
    <message>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
</context>
<context>
    <name>SecretDate</name>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, e.g. 2027-01-05, not “%2”.</source>
        <translation>--%1 erwartet ein Datum im Format JJJJ-MM-TT, z. B. 2027-01-05, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>SecretExpiryEditor</name>
    <message>
        <source>Secret expiry date</source>
        <translation>Ablaufdatum des Secrets</translation>
    </message>
    <message>
        <source>The carrier says the secret e&amp;xpires on</source>
        <translation>A&amp;blaufdatum des Secrets laut Carrier</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show or hide</source>
        <translation>Anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Secret verbergen</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen tippen</translation>
    </message>
</context>
<context>
    <name>SecretLife</name>
    <message>
        <source>set today</source>
        <translation>heute eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>set %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag eingetragen</numerusform>
            <numerusform>vor %n Tagen eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>am %1 abgelaufen</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>has not worked yet</source>
        <translation>noch nicht erfolgreich</translation>
    </message>
    <message>
        <source>last worked today</source>
        <translation>zuletzt heute erfolgreich</translation>
    </message>
    <message numerus="yes">
        <source>last worked %n day(s) ago</source>
        <translation>
            <numerusform>zuletzt vor %n Tag erfolgreich</numerusform>
            <numerusform>zuletzt vor %n Tagen erfolgreich</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Secret: %1</translation>
    </message>
    <message>
        <source>No secret entered yet</source>
        <translation>Noch kein Secret eingegeben</translation>
    </message>
    <message numerus="yes">
        <source>Secret set %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Secret eingetragen am %1 (vor %n Tag)</numerusform>
            <numerusform>Secret eingetragen am %1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret expires %1</source>
        <translation>Secret läuft am %1 ab</translation>
    </message>
    <message>
        <source>Secret expiry: not entered</source>
        <translation>Ablauf des Secrets: nicht eingetragen</translation>
    </message>
    <message>
        <source>Last worked %1</source>
        <translation>Zuletzt erfolgreich am %1</translation>
    </message>
    <message>
        <source>Not seen working yet</source>
        <translation>Noch nie erfolgreich</translation>
    </message>
    <message>
        <source>secret expired</source>
        <translation>Secret abgelaufen</translation>
    </message>
    <message>
        <source>secret expires today</source>
        <translation>Secret läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not working for %n day(s)</source>
        <translation>
            <numerusform>funktioniert seit %n Tag nicht</numerusform>
            <numerusform>funktioniert seit %n Tagen nicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretLifeText</name>
    <message>
        <source>secret age unknown</source>
        <translation>Secret-Alter unbekannt</translation>
    </message>
    <message>
        <source>secret set today</source>
        <translation>Secret heute eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>secret %n days old</source>
        <translation>
            <numerusform>Secret %n Tag alt</numerusform>
            <numerusform>Secret %n Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today (%1)</source>
        <translation>läuft heute ab (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expires %1, in %n days</source>
        <translation>
            <numerusform>läuft am %1 ab, in %n Tag</numerusform>
            <numerusform>läuft am %1 ab, in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n days ago (%1)</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen (%1)</numerusform>
            <numerusform>vor %n Tagen abgelaufen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>last worked %1</source>
        <translation>zuletzt erfolgreich am %1</translation>
    </message>
    <message>
        <source>not seen working yet</source>
        <translation>noch nie erfolgreich</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a secret&apos;s life</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SecretReminder</name>
    <message>
        <source>The secret of “%1” expired on %2: rotate it with the new one from the carrier&apos;s portal.</source>
        <translation>Das Secret von „%1“ ist am %2 abgelaufen: Rotieren Sie es mit dem neuen Secret aus dem Portal des Carriers.</translation>
    </message>
    <message>
        <source>The secret of “%1” expires today (%2): rotate it now.</source>
        <translation>Das Secret von „%1“ läuft heute ab (%2): Rotieren Sie es jetzt.</translation>
    </message>
    <message numerus="yes">
        <source>The secret of “%1” expires in %n day(s), on %2: rotate it before then.</source>
        <translation>
            <numerusform>Das Secret von „%1“ läuft in %n Tag ab, am %2: Rotieren Sie es vorher.</numerusform>
            <numerusform>Das Secret von „%1“ läuft in %n Tagen ab, am %2: Rotieren Sie es vorher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has not worked in %n day(s) of tests: check its secret and settings.</source>
        <translation>
            <numerusform>„%1“ hat an %n Testtag nicht funktioniert: Prüfen Sie sein Secret und seine Einstellungen.</numerusform>
            <numerusform>„%1“ hat an %n Testtagen nicht funktioniert: Prüfen Sie sein Secret und seine Einstellungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” last worked %n day(s) ago: check its secret, or rotate it if the carrier issued a new one.</source>
        <translation>
            <numerusform>„%1“ hat zuletzt vor %n Tag funktioniert: Prüfen Sie sein Secret, oder rotieren Sie es, falls der Carrier ein neues ausgestellt hat.</numerusform>
            <numerusform>„%1“ hat zuletzt vor %n Tagen funktioniert: Prüfen Sie sein Secret, oder rotieren Sie es, falls der Carrier ein neues ausgestellt hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRotation</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The new secret is empty.</source>
        <translation>Das neue Secret ist leer.</translation>
    </message>
    <message>
        <source>Paste the new secret from the carrier&apos;s portal.</source>
        <translation>Fügen Sie das neue Secret aus dem Portal des Carriers ein.</translation>
    </message>
    <message>
        <source>“%1” has no secret field “%2”.</source>
        <translation>„%1“ hat kein geheimes Feld „%2“.</translation>
    </message>
    <message>
        <source>Leave the field out to rotate the client secret, or name one `tokendock carriers CARRIER` lists as secret.</source>
        <translation>Lassen Sie das Feld weg, um das Client-Secret zu rotieren, oder nennen Sie eines, das `tokendock carriers CARRIER` als geheim auflistet.</translation>
    </message>
    <message>
        <source>Another rotation of this account is still under way, so the secret was not changed.</source>
        <translation>Für dieses Konto läuft noch eine andere Rotation, daher wurde das Secret nicht geändert.</translation>
    </message>
    <message>
        <source>The rotation lock %1 could not be made, so the secret was not changed.</source>
        <translation>Die Rotationssperre %1 konnte nicht angelegt werden, daher wurde das Secret nicht geändert.</translation>
    </message>
    <message>
        <source>Try again in a minute; the secret stored now still works.</source>
        <translation>Versuchen Sie es in einer Minute erneut; das jetzt gespeicherte Secret funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The account was changed or removed elsewhere while the new secret was tried, so it was not saved.</source>
        <translation>Das Konto wurde anderswo geändert oder entfernt, während das neue Secret getestet wurde, daher wurde es nicht gespeichert.</translation>
    </message>
    <message>
        <source>Check the account as it is now and rotate again.</source>
        <translation>Prüfen Sie das Konto in seinem jetzigen Stand und rotieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>dem macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>der Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this account; enter it and save.</source>
        <translation>Für dieses Konto ist kein Secret im Schlüsselbund gespeichert; geben Sie es ein und speichern Sie.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access; unlock it and retry.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; check that it is not waiting for a password prompt, then retry.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; prüfen Sie, ob er auf eine Passworteingabe wartet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error; retry, or restart the keychain service.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet; versuchen Sie es erneut oder starten Sie den Schlüsselbunddienst neu.</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1); retry, or restart the keychain service.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet (%1); versuchen Sie es erneut oder starten Sie den Schlüsselbunddienst neu.</translation>
    </message>
    <message>
        <source>The keychain refused TokenDock access; allow it in your keyring or password manager, then retry.</source>
        <translation>Der Schlüsselbund hat TokenDock den Zugriff verweigert; erlauben Sie ihn in Ihrem Schlüsselbund oder Passwortmanager und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>%1 (Secret Service)</source>
        <translation>%1 (Secret Service)</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service: GNOME Keyring, KWallet or KeePassXC)</source>
        <translation>dem Schlüsselbund des Systems (Secret Service: GNOME Keyring, KWallet oder KeePassXC)</translation>
    </message>
    <message>
        <source>No keychain service is running. Start GNOME Keyring, KWallet, or KeePassXC with Secret Service Integration on, then retry.</source>
        <translation>Es läuft kein Schlüsselbunddienst. Starten Sie GNOME Keyring, KWallet oder KeePassXC mit eingeschalteter Secret-Service-Integration und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep the last token of each account in the keychain</source>
        <translation>Das letzte Token jedes Kontos im Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Minimiert in der Systemleiste starten</translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Zwischenablage leeren nach</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>Refresh margin</source>
        <translation>Erneuerungsvorlauf</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>C&amp;lear copied tokens after</source>
        <translation>Kopierte Tokens &amp;löschen nach</translation>
    </message>
    <message>
        <source>Only if the clipboard still holds the token. Never: keep it until you copy something else.</source>
        <translation>Nur, wenn die Zwischenablage noch das Token enthält. Nie: Es bleibt, bis Sie etwas anderes kopieren.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Refresh margin</source>
        <translation>&amp;Erneuerungsvorlauf</translation>
    </message>
    <message>
        <source>Copying renews a token that would expire within this time; the list marks it as expiring.</source>
        <translation>Beim Kopieren wird ein Token erneuert, das innerhalb dieser Zeit abliefe; die Liste kennzeichnet es als „Läuft bald ab“.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start with the window minimized</source>
        <translation>Mit minimiertem Fenster starten</translation>
    </message>
    <message>
        <source>Closing the window keeps TokenDock in the tray.</source>
        <translation>Beim Schließen des Fensters bleibt TokenDock in der Systemleiste.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so TokenDock stays a normal window: closing it quits, and it starts minimized instead of in the tray.</source>
        <translation>Dieser Desktop zeigt keine Systemleiste an, daher bleibt TokenDock ein normales Fenster: Schließen beendet es, und es startet minimiert statt in der Systemleiste.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>&amp;Warn this many days before a secret expires</source>
        <translation>So viele Tage vor Ablauf eines Secrets &amp;warnen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Only on the day</source>
        <translation>Nur am Ablauftag</translation>
    </message>
    <message>
        <source>Days of warning before a secret expires</source>
        <translation>Tage Vorwarnung vor Ablauf eines Secrets</translation>
    </message>
    <message>
        <source>Report an account as &amp;not working after</source>
        <translation>Konto als &amp;nicht funktionierend melden nach</translation>
    </message>
    <message>
        <source> days of failures</source>
        <translation> Tagen mit Fehlschlägen</translation>
    </message>
    <message>
        <source>Days of failures before an account is reported</source>
        <translation>Tage mit Fehlschlägen, bevor ein Konto gemeldet wird</translation>
    </message>
</context>
<context>
    <name>ShapeEditor</name>
    <message>
        <source>How this provider&apos;s token exchange differs from OAuth 2.0. Leave what you do not know as it is.</source>
        <translation>Wie der Token-Austausch dieses Anbieters von OAuth 2.0 abweicht. Lassen Sie unverändert, was Sie nicht wissen.</translation>
    </message>
    <message>
        <source>Method and body</source>
        <translation>Methode und Body</translation>
    </message>
    <message>
        <source>Grant type parameter</source>
        <translation>Grant-Typ-Parameter</translation>
    </message>
    <message>
        <source>Credential headers</source>
        <translation>Zugangsdaten-Header</translation>
    </message>
    <message>
        <source>Credential fields</source>
        <translation>Zugangsdaten-Felder</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>API-Schlüssel-Header</translation>
    </message>
    <message>
        <source>Token from</source>
        <translation>Token aus</translation>
    </message>
    <message>
        <source>Expires in / at</source>
        <translation>Lebensdauer / Ablauf</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>API calls send</source>
        <translation>API-Aufrufe senden</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>Anfragemethode</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Form body</source>
        <translation>Formular-Body</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON-Body</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>empty: no grant type is sent</source>
        <translation>leer: Es wird kein Grant-Typ gesendet</translation>
    </message>
    <message>
        <source>Client id header name</source>
        <translation>Header-Name der Client-ID</translation>
    </message>
    <message>
        <source>Client id field name</source>
        <translation>Feldname der Client-ID</translation>
    </message>
    <message>
        <source>Client secret header name</source>
        <translation>Header-Name des Client-Secrets</translation>
    </message>
    <message>
        <source>Client secret field name</source>
        <translation>Feldname des Client-Secrets</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Also send on API calls</source>
        <translation>Auch bei API-Aufrufen senden</translation>
    </message>
    <message>
        <source>Renew with it</source>
        <translation>Zum Erneuern verwenden</translation>
    </message>
    <message>
        <source>Ask for the next token with the refresh token (grant type refresh_token) before the credentials, where the provider documents it.</source>
        <translation>Das nächste Token mit dem Refresh-Token (Grant-Typ refresh_token) anfordern, bevor die Zugangsdaten verwendet werden, sofern der Anbieter das dokumentiert.</translation>
    </message>
    <message>
        <source>JSON path</source>
        <translation>JSON-Pfad</translation>
    </message>
    <message>
        <source>Response header</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Where the token comes back</source>
        <translation>Wo das Token zurückkommt</translation>
    </message>
    <message>
        <source>Token header name</source>
        <translation>Header-Name des Tokens</translation>
    </message>
    <message>
        <source>Token JSON path</source>
        <translation>JSON-Pfad des Tokens</translation>
    </message>
    <message>
        <source>Expires-in path</source>
        <translation>Pfad der Lebensdauer</translation>
    </message>
    <message>
        <source>expires in (seconds): none</source>
        <translation>Lebensdauer (Sekunden): keine</translation>
    </message>
    <message>
        <source>Expiry time path</source>
        <translation>Pfad des Ablaufzeitpunkts</translation>
    </message>
    <message>
        <source>expiry time: none</source>
        <translation>Ablaufzeitpunkt: keiner</translation>
    </message>
    <message>
        <source>Header API calls carry the token in</source>
        <translation>Header, in dem API-Aufrufe das Token mitsenden</translation>
    </message>
    <message>
        <source>Scheme before the token</source>
        <translation>Schema vor dem Token</translation>
    </message>
    <message>
        <source>no scheme: the token alone</source>
        <translation>kein Schema: nur das Token</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message numerus="yes">
        <source>Advanced (%n changed)</source>
        <translation>
            <numerusform>Erweitert (%n Änderung)</numerusform>
            <numerusform>Erweitert (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the response header that carries the token.</source>
        <translation>Geben Sie den Antwort-Header ein, der das Token enthält.</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>Signature not checked</source>
        <translation>Signatur nicht geprüft</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signatur verifiziert</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Signatur ungültig</translation>
    </message>
    <message>
        <source>Cannot verify the signature</source>
        <translation>Signatur kann nicht verifiziert werden</translation>
    </message>
    <message>
        <source>Unsigned token</source>
        <translation>Unsigniertes Token</translation>
    </message>
    <message>
        <source>Signed with a shared secret</source>
        <translation>Mit gemeinsamem Secret signiert</translation>
    </message>
    <message>
        <source>The token expired at %1 (“exp”).</source>
        <translation>Das Token ist am %1 abgelaufen („exp“).</translation>
    </message>
    <message>
        <source>The token is not valid before %1 (“nbf”).</source>
        <translation>Das Token ist nicht vor %1 gültig („nbf“).</translation>
    </message>
    <message>
        <source>The token says it was issued in the future, at %1 (“iat”).</source>
        <translation>Laut Token wurde es in der Zukunft ausgestellt, am %1 („iat“).</translation>
    </message>
    <message>
        <source>The token is not meant for %1 (“aud”).</source>
        <translation>Das Token ist nicht für %1 bestimmt („aud“).</translation>
    </message>
    <message>
        <source>The token names the issuer “%1”, but its discovery document says “%2” (“iss”).</source>
        <translation>Das Token nennt den Aussteller „%1“, aber sein Discovery-Dokument nennt „%2“ („iss“).</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The token names the key “%1”, which %2 does not hold.</source>
        <translation>Das Token nennt den Schlüssel „%1“, den %2 nicht enthält.</translation>
    </message>
    <message>
        <source>The signature does not match the key; the token was changed or signed with another key.</source>
        <translation>Die Signatur passt nicht zum Schlüssel; das Token wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The token says %1, but the key is %2 and does not fit that algorithm (or its JWK names another “alg”).</source>
        <translation>Das Token gibt %1 an, aber der Schlüssel ist %2 und passt nicht zu diesem Algorithmus (oder sein JWK nennt ein anderes „alg“).</translation>
    </message>
    <message>
        <source>The token names the issuer %1, which is neither at the token URL&apos;s site nor one the preset lists; TokenDock did not fetch its keys.</source>
        <translation>Das Token nennt den Aussteller %1, der weder auf der Website der Token-URL liegt noch in der Vorlage aufgeführt ist; TokenDock hat seine Schlüssel nicht abgerufen.</translation>
    </message>
    <message>
        <source>The token is not signed (“alg”: none); anyone could have written it.</source>
        <translation>Das Token ist nicht signiert („alg“: none); jeder könnte es geschrieben haben.</translation>
    </message>
    <message>
        <source>The token is signed with a secret only the carrier holds (%1); it cannot be checked without it.</source>
        <translation>Das Token ist mit einem Secret signiert, das nur der Carrier kennt (%1); ohne dieses lässt es sich nicht prüfen.</translation>
    </message>
    <message>
        <source>TokenDock does not check %1 signatures.</source>
        <translation>TokenDock prüft keine %1-Signaturen.</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>Kontoschlüssel</translation>
    </message>
    <message>
        <source>preset key</source>
        <translation>Vorlagenschlüssel</translation>
    </message>
    <message>
        <source>No key to check it with: the token names no issuer and neither the account nor the preset has a JWKS URL or key. Ask the carrier for its public key or JWKS URL and add it to the account.</source>
        <translation>Kein Schlüssel zur Prüfung: Das Token nennt keinen Aussteller, und weder das Konto noch die Vorlage hat eine JWKS-URL oder einen Schlüssel. Fragen Sie den Carrier nach seinem öffentlichen Schlüssel oder seiner JWKS-URL und fügen Sie sie dem Konto hinzu.</translation>
    </message>
    <message>
        <source>The issuer&apos;s discovery document could not be fetched: %1</source>
        <translation>Das Discovery-Dokument des Ausstellers konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>%1 publishes no JWKS URL (“jwks_uri”) in its discovery document.</source>
        <translation>%1 veröffentlicht in seinem Discovery-Dokument keine JWKS-URL („jwks_uri“).</translation>
    </message>
    <message>
        <source>The carrier&apos;s keys could not be fetched: %1</source>
        <translation>Die Schlüssel des Carriers konnten nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>SigningKeysEditor</name>
    <message>
        <source>Signature keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Where the keys that check this account&apos;s token signatures come from. TokenDock finds them itself when the carrier publishes OpenID discovery at its token URL&apos;s site; otherwise enter its issuer, JWKS URL or public key. Public keys are not secrets.</source>
        <translation>Woher die Schlüssel stammen, die die Token-Signaturen dieses Kontos prüfen. TokenDock findet sie selbst, wenn der Carrier OpenID Discovery auf der Website seiner Token-URL veröffentlicht; andernfalls geben Sie seinen Aussteller, seine JWKS-URL oder seinen öffentlichen Schlüssel ein. Öffentliche Schlüssel sind keine Secrets.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>JWKS-URL</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>https://login.example.com/tenant/v2.0</source>
        <translation>https://login.example.com/tenant/v2.0</translation>
    </message>
    <message>
        <source>https://login.example.com/keys</source>
        <translation>https://login.example.com/keys</translation>
    </message>
    <message>
        <source>-----BEGIN PUBLIC KEY----- … or a JWK</source>
        <translation>-----BEGIN PUBLIC KEY----- … oder ein JWK</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>TokenDock is running but did not answer in time.</source>
        <translation>TokenDock läuft, hat aber nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Another TokenDock is already running.</source>
        <translation>Eine andere TokenDock-Instanz läuft bereits.</translation>
    </message>
    <message>
        <source>Not ready yet.</source>
        <translation>Noch nicht bereit.</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set, so there is no private folder for the socket through which a second start reaches the running TokenDock.</source>
        <translation>XDG_RUNTIME_DIR ist nicht gesetzt; es gibt daher keinen privaten Ordner für den Socket, über den ein zweiter Start das laufende TokenDock erreicht.</translation>
    </message>
    <message>
        <source>%1 (XDG_RUNTIME_DIR) is not a folder.</source>
        <translation>%1 (XDG_RUNTIME_DIR) ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 (XDG_RUNTIME_DIR) belongs to another user.</source>
        <translation>%1 (XDG_RUNTIME_DIR) gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>%1 (XDG_RUNTIME_DIR) is open to other users (mode %2); it must be 0700.</source>
        <translation>%1 (XDG_RUNTIME_DIR) ist für andere Benutzer offen (Modus %2); er muss 0700 sein.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; TokenDock did not use it.</source>
        <translation>%1 gehört einem anderen Benutzer; TokenDock hat es nicht verwendet.</translation>
    </message>
    <message>
        <source>There is no private folder for the socket.</source>
        <translation>Es gibt keinen privaten Ordner für den Socket.</translation>
    </message>
</context>
<context>
    <name>SkippedPresetFiles</name>
    <message numerus="yes">
        <source>%n preset files were not loaded.</source>
        <translation>
            <numerusform>%n Preset-Datei wurde nicht geladen.</numerusform>
            <numerusform>%n Preset-Dateien wurden nicht geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide why</source>
        <translation>Gründe ausblenden</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>Gründe anzeigen</translation>
    </message>
    <message>
        <source>Why preset files were not loaded</source>
        <translation>Warum Preset-Dateien nicht geladen wurden</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>opak</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>JWT (%1)</source>
        <translation>JWT (%1)</translation>
    </message>
    <message>
        <source>TokenDock support report</source>
        <translation>TokenDock-Support-Bericht</translation>
    </message>
    <message>
        <source>TokenDock version</source>
        <translation>TokenDock-Version</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>HTTP Basic authentication</source>
        <translation>HTTP-Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>OK: token issued</source>
        <translation>OK: Token ausgestellt</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Carrier error code</source>
        <translation>Fehlercode des Carriers</translation>
    </message>
    <message>
        <source>Carrier message</source>
        <translation>Meldung des Carriers</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>Lösungsvorschlag</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Token-Format</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Ablaufzeitpunkt</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>JWT header (signature not verified):</source>
        <translation>JWT-Header (Signatur nicht geprüft):</translation>
    </message>
    <message>
        <source>JWT claims (signature not verified):</source>
        <translation>JWT-Claims (Signatur nicht geprüft):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>from the carrier&apos;s Date header</source>
        <translation>laut Date-Header des Carriers</translation>
    </message>
    <message>
        <source>from the token&apos;s issue time</source>
        <translation>laut Ausstellungszeit des Tokens</translation>
    </message>
    <message>
        <source>the carrier&apos;s agrees with this computer&apos;s within a minute (%1)</source>
        <translation>die des Carriers stimmt auf eine Minute genau mit der dieses Computers überein (%1)</translation>
    </message>
    <message>
        <source>the carrier&apos;s is %1 ahead of this computer&apos;s (%2)</source>
        <translation>die des Carriers geht %1 vor gegenüber der dieses Computers (%2)</translation>
    </message>
    <message>
        <source>the carrier&apos;s is %1 behind this computer&apos;s (%2)</source>
        <translation>die des Carriers geht %1 nach gegenüber der dieses Computers (%2)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>JWT header:</source>
        <translation>JWT-Header:</translation>
    </message>
    <message>
        <source>JWT claims:</source>
        <translation>JWT-Claims:</translation>
    </message>
    <message>
        <source>%1 (%2, key %3 from %4)</source>
        <translation>%1 (%2, Schlüssel %3 von %4)</translation>
    </message>
    <message>
        <source>without a kid</source>
        <translation>ohne kid</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3 ms)</source>
        <translation>%1 (HTTP %2, %3 ms)</translation>
    </message>
    <message>
        <source>API probe</source>
        <translation>API-Prüfaufruf</translation>
    </message>
    <message>
        <source>Probe URL</source>
        <translation>Prüf-URL</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>Problem beim Prüfaufruf</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>Requests a new token for an account (never the cached one) and shows what the carrier answered: outcome, HTTP status, latency, token type, expiry, scopes and the decoded JWT. The token itself is never shown; “tokendock token” prints it.</source>
        <translation>Fordert ein neues Token für ein Konto an (nie das zwischengespeicherte) und zeigt die Antwort des Carriers: Ergebnis, HTTP-Status, Latenz, Token-Typ, Ablauf, Scopes und das dekodierte JWT. Das Token selbst wird nie angezeigt; „tokendock token“ gibt es aus.</translation>
    </message>
    <message>
        <source>The account to test.</source>
        <translation>Das zu testende Konto.</translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token or the secret).</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben (es enthält nie das Token oder das Secret).</translation>
    </message>
    <message>
        <source>Print the support report: safe to paste into a ticket (the client id abbreviated, never the secret or the token).</source>
        <translation>Den Support-Bericht ausgeben: kann gefahrlos in ein Ticket eingefügt werden (Client-ID gekürzt, nie Secret oder Token).</translation>
    </message>
    <message>
        <source>Name the account to test.</source>
        <translation>Nennen Sie das zu testende Konto.</translation>
    </message>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation>Für „%1“ ist noch kein Client-Secret gespeichert.</translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation>Geben Sie es mit „tokendock edit %1 --secret-stdin“ ein.</translation>
    </message>
    <message>
        <source>After the token, make the account&apos;s probe (a harmless read-only API call) even when its switch is off. A probe that does not work ends with exit code 7.</source>
        <translation>Nach dem Token den Prüfaufruf des Kontos ausführen (einen harmlosen, nur lesenden API-Aufruf), auch wenn er ausgeschaltet ist. Ein fehlgeschlagener Prüfaufruf endet mit Exit-Code 7.</translation>
    </message>
    <message>
        <source>Make no probe this time; only the token.</source>
        <translation>Diesmal keinen Prüfaufruf ausführen; nur das Token.</translation>
    </message>
    <message>
        <source>Give --probe or --no-probe, not both.</source>
        <translation>Geben Sie --probe oder --no-probe an, nicht beides.</translation>
    </message>
    <message>
        <source>A JWT&apos;s signature is checked with the carrier&apos;s published or the account&apos;s key; exit status 8 when it does not hold, 0 when no key could be found.</source>
        <translation>Die Signatur eines JWT wird mit dem veröffentlichten Schlüssel des Carriers oder dem des Kontos geprüft; Exit-Status 8, wenn sie nicht stimmt, 0, wenn kein Schlüssel gefunden wurde.</translation>
    </message>
</context>
<context>
    <name>TestOutput</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OK  %1: token issued by %2 (HTTP %3, %4 ms)</source>
        <translation>OK  %1: Token ausgestellt von %2 (HTTP %3, %4 ms)</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Ablaufzeitpunkt</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>already expired</source>
        <translation>bereits abgelaufen</translation>
    </message>
    <message>
        <source>unknown: the carrier did not say</source>
        <translation>unbekannt: keine Angabe des Carriers</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Token-Format</translation>
    </message>
    <message>
        <source>JWT header (signature not verified):</source>
        <translation>JWT-Header (Signatur nicht geprüft):</translation>
    </message>
    <message>
        <source>JWT claims (signature not verified):</source>
        <translation>JWT-Claims (Signatur nicht geprüft):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>FAILED  %1: %2 — %3</source>
        <translation>FEHLER  %1: %2 — %3</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>JWT header:</source>
        <translation>JWT-Header:</translation>
    </message>
    <message>
        <source>JWT claims:</source>
        <translation>JWT-Claims:</translation>
    </message>
</context>
<context>
    <name>TextPolicy</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>The account name holds an invisible control character (%1); use only visible characters and spaces.</source>
        <translation>Der Kontoname enthält ein unsichtbares Steuerzeichen (%1); verwenden Sie nur sichtbare Zeichen und Leerzeichen.</translation>
    </message>
    <message>
        <source>The account name has %1 characters; shorten it to at most %2.</source>
        <translation>Der Kontoname hat %1 Zeichen; kürzen Sie ihn auf höchstens %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid HTTP header name; use letters, digits and hyphens, e.g. X-Request-Id.</source>
        <translation>„%1“ ist kein gültiger HTTP-Header-Name; verwenden Sie Buchstaben, Ziffern und Bindestriche, z. B. X-Request-Id.</translation>
    </message>
    <message>
        <source>The value of the %1 header holds a control character (%2), such as a line break; remove it.</source>
        <translation>Der Wert des Headers %1 enthält ein Steuerzeichen (%2), etwa einen Zeilenumbruch; entfernen Sie es.</translation>
    </message>
    <message>
        <source>The parameter name “%1” holds a control character (%2); remove it.</source>
        <translation>Der Parametername „%1“ enthält ein Steuerzeichen (%2); entfernen Sie es.</translation>
    </message>
    <message>
        <source>The value of %1 holds a control character (%2), such as a line break; remove it.</source>
        <translation>Der Wert von %1 enthält ein Steuerzeichen (%2), etwa einen Zeilenumbruch; entfernen Sie es.</translation>
    </message>
    <message>
        <source>The client id holds a control character (%1); remove it.</source>
        <translation>Die Client-ID enthält ein Steuerzeichen (%1); entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>TokenBudget</name>
    <message>
        <source>Use the token you have, or test again at %1.</source>
        <translation>Verwenden Sie das vorhandene Token oder testen Sie um %1 erneut.</translation>
    </message>
    <message>
        <source>a second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>je %n Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>je %n Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>je %n Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>je %n Sekunde</numerusform>
            <numerusform>alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token requests %1</source>
        <comment>%1 is a period: a minute, every 15 minutes</comment>
        <translation>
            <numerusform>%n Token-Anfrage %1</numerusform>
            <numerusform>%n Token-Anfragen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 allows %2. The next one can be sent at %3.</source>
        <translation>Nicht gesendet: %1 erlaubt %2. Die nächste kann ab %3 gesendet werden.</translation>
    </message>
    <message>
        <source>Not sent: TokenDock could not check %1&apos;s token budget (%2), so it does not know whether another request would exceed %3.</source>
        <translation>Nicht gesendet: TokenDock konnte das Token-Budget von %1 nicht prüfen (%2) und weiß daher nicht, ob eine weitere Anfrage %3 überschreiten würde.</translation>
    </message>
    <message>
        <source>Try again in a moment; if this persists, check that the folder holding TokenDock&apos;s settings can be written.</source>
        <translation>Versuchen Sie es gleich noch einmal; falls das Problem bleibt, prüfen Sie, ob der Ordner mit den Einstellungen von TokenDock beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Always request a new token.</source>
        <translation>Immer ein neues Token anfordern.</translation>
    </message>
    <message>
        <source>Reuse the cached token only while it stays valid this many more seconds (default: the refresh margin in Settings, 60 seconds unless changed).</source>
        <translation>Das zwischengespeicherte Token nur wiederverwenden, solange es noch so viele Sekunden gültig bleibt (Standard: der Erneuerungsvorlauf aus den Einstellungen, ohne Änderung 60 Sekunden).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The API the curl, httpie and powershell formats call (default: the token URL&apos;s host).</source>
        <translation>Die API, die die Formate curl, httpie und powershell aufrufen (Standard: der Host der Token-URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation>Nennen Sie das Konto.</translation>
    </message>
    <message>
        <source>--format takes one of %1, not “%2”.</source>
        <translation>--format erwartet einen der Werte %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation>Für „%1“ ist noch kein Client-Secret gespeichert.</translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation>Geben Sie es mit „tokendock edit %1 --secret-stdin“ ein.</translation>
    </message>
    <message>
        <source>Prints a usable token for an account, and only that and a newline, so H=$(tokendock token NAME --format header) works. The cached token is used while it stays valid for at least --min-valid seconds; otherwise a new one is requested and cached. When the carrier&apos;s limit on token requests is used up, the cached token is printed while it is valid at all, with a note; else nothing is sent until --force.</source>
        <translation>Gibt ein verwendbares Token für ein Konto aus, und nur dieses mit einem Zeilenumbruch, sodass H=$(tokendock token NAME --format header) funktioniert. Das zwischengespeicherte Token wird verwendet, solange es noch mindestens --min-valid Sekunden gültig bleibt; andernfalls wird ein neues angefordert und zwischengespeichert. Ist das Limit des Carriers für Token-Anfragen aufgebraucht, wird das zwischengespeicherte Token mit einem Hinweis ausgegeben, solange es überhaupt gültig ist; sonst wird ohne --force nichts gesendet.</translation>
    </message>
    <message>
        <source>What to print: %1 (default: token). The header is the one the carrier&apos;s API calls use (Authorization: Bearer …, or its own header); where API calls need more headers (Maersk Consumer-Key, Estes apikey), header prints one a line and the other formats carry them all.</source>
        <translation>Was ausgegeben wird: %1 (Standard: token). Der Header ist der, den die API-Aufrufe des Carriers verwenden (Authorization: Bearer … oder ein eigener Header); brauchen API-Aufrufe weitere Header (Maersk Consumer-Key, Estes apikey), gibt header einen je Zeile aus, und die anderen Formate enthalten sie alle.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>TokenError</name>
    <message>
        <source>The carrier said: “%1”.</source>
        <translation>Der Carrier meldet: „%1“.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Check the account settings</source>
        <translation>Kontoeinstellungen prüfen</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation>Carrier-Fehler</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Unusable response</source>
        <translation>Unbrauchbare Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Schlüsselbund-Problem</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Correct that setting and try again.</source>
        <translation>Korrigieren Sie diese Einstellung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the client id and secret, and that they belong to this environment.</source>
        <translation>Prüfen Sie Client-ID und Secret und ob sie zu dieser Umgebung gehören.</translation>
    </message>
    <message>
        <source>Check the token URL and the account&apos;s extra fields; if they are right, the carrier may be having trouble, so try again later.</source>
        <translation>Prüfen Sie die Token-URL und die Zusatzfelder des Kontos; sind sie korrekt, hat der Carrier eventuell Probleme – versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check your internet connection, VPN or proxy, and the host name in the token URL.</source>
        <translation>Prüfen Sie Internetverbindung, VPN oder Proxy sowie den Hostnamen in der Token-URL.</translation>
    </message>
    <message>
        <source>Check the token URL&apos;s host name; a company proxy that inspects TLS needs its certificate installed in the system.</source>
        <translation>Prüfen Sie den Hostnamen der Token-URL; für einen Firmen-Proxy, der TLS untersucht, muss dessen Zertifikat im System installiert sein.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or allow a longer request timeout.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder auftritt, prüfen Sie das Netzwerk oder erhöhen Sie das Zeitlimit für Anfragen.</translation>
    </message>
    <message>
        <source>Check that the token URL points at the carrier&apos;s token endpoint, not a web page.</source>
        <translation>Prüfen Sie, ob die Token-URL auf den Token-Endpunkt des Carriers zeigt und nicht auf eine Webseite.</translation>
    </message>
    <message>
        <source>Unlock or start the system keychain, then try again.</source>
        <translation>Entsperren oder starten Sie den Systemschlüsselbund und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, please report it.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder auftritt, melden Sie den Fehler bitte.</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message numerus="yes">
        <source>The token looks like a JWT but is too long to decode (%n bytes).</source>
        <translation>
            <numerusform>Das Token sieht wie ein JWT aus, ist aber zu lang zum Dekodieren (%n Byte).</numerusform>
            <numerusform>Das Token sieht wie ein JWT aus, ist aber zu lang zum Dekodieren (%n Byte).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has three dot-separated parts, but they are not valid base64url-encoded JSON, so it is treated as opaque.</source>
        <translation>Das Token hat drei durch Punkte getrennte Teile, die aber kein gültiges base64url-kodiertes JSON sind; es wird daher als opak behandelt.</translation>
    </message>
    <message>
        <source>The token&apos;s signature part is not valid base64url, so it is treated as opaque.</source>
        <translation>Der Signaturteil des Tokens ist kein gültiges base64url; es wird daher als opak behandelt.</translation>
    </message>
    <message>
        <source>The token&apos;s &quot;exp&quot; claim is not a valid time and was ignored.</source>
        <translation>Der Claim „exp“ des Tokens ist keine gültige Zeitangabe und wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>TokenLedger</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another TokenDock kept %1 locked</source>
        <translation>ein anderes TokenDock hielt %1 gesperrt</translation>
    </message>
    <message>
        <source>%1 cannot be locked</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a token ledger this TokenDock can read; remove it if no other TokenDock is running</source>
        <translation>%1 ist kein Token-Journal, das dieses TokenDock lesen kann; entfernen Sie es, wenn kein anderes TokenDock läuft</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>TokenReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>an unreadable address</source>
        <translation>eine unlesbare Adresse</translation>
    </message>
    <message>
        <source>%1 redirected the token request to %2 (HTTP %3); TokenDock did not follow it.</source>
        <translation>%1 hat die Token-Anfrage umgeleitet (HTTP %3), Ziel: %2; TokenDock ist der Umleitung nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 redirected the token request to another site, %2 (HTTP %3); TokenDock did not follow it, so your credentials were not sent there.</source>
        <translation>%1 hat die Token-Anfrage auf eine andere Website umgeleitet (HTTP %3), Ziel: %2; TokenDock ist der Umleitung nicht gefolgt, Ihre Zugangsdaten wurden also nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>If the new address is the carrier&apos;s real token endpoint, set it as the token URL.</source>
        <translation>Wenn die neue Adresse der echte Token-Endpunkt des Carriers ist, tragen Sie sie als Token-URL ein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2 KiB, far more than any token response; TokenDock stopped reading it.</source>
        <translation>Die Antwort von %1 ist größer als %2 KiB, weit mehr als jede Token-Antwort; TokenDock hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing is listening at that address and port.</source>
        <translation>%1 hat die Verbindung abgelehnt; an dieser Adresse und diesem Port wartet kein Dienst auf Verbindungen.</translation>
    </message>
    <message>
        <source>Start the local service or sandbox that should answer there, or correct the port in the token URL.</source>
        <translation>Starten Sie den lokalen Dienst oder die Sandbox, die dort antworten soll, oder korrigieren Sie den Port in der Token-URL.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found.</source>
        <translation>Der Hostname %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the response was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>%1 stopped sending data.</source>
        <translation>%1 sendet keine Daten mehr.</translation>
    </message>
    <message>
        <source>The proxy refused or dropped the connection to %1 (%2).</source>
        <translation>Der Proxy hat die Verbindung zu %1 abgelehnt oder abgebrochen (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 is deprecated; use %2 instead.</source>
        <translation>%1 ist veraltet; verwenden Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>%1 marks this token endpoint as deprecated; check its documentation for the new address.</source>
        <translation>%1 kennzeichnet diesen Token-Endpunkt als veraltet; die neue Adresse finden Sie in der Dokumentation des Anbieters.</translation>
    </message>
    <message>
        <source>%1 sent a compressed (%2) response although TokenDock asked for an uncompressed one; it was not unpacked.</source>
        <translation>%1 hat eine komprimierte Antwort (%2) gesendet, obwohl TokenDock eine unkomprimierte angefordert hat; sie wurde nicht entpackt.</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>The token endpoint</source>
        <translation>Der Token-Endpunkt</translation>
    </message>
    <message>
        <source>The value for the %1 header holds a line break.</source>
        <translation>Der Wert für den Header %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The client secret holds a line break.</source>
        <translation>Das Client-Secret enthält einen Zeilenumbruch.</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>an empty body</source>
        <translation>ein leerer Body</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>data that is not a JSON object</source>
        <translation>Daten, die kein JSON-Objekt sind</translation>
    </message>
    <message>
        <source>%1 rejected the client credentials (HTTP %2).</source>
        <translation>%1 hat die Client-Zugangsdaten abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a token.</source>
        <translation>%1 hat mit HTTP %2 statt mit einem Token geantwortet.</translation>
    </message>
    <message>
        <source>The carrier does not allow this client the requested grant type; ask the carrier to enable client credentials.</source>
        <translation>Der Carrier erlaubt diesem Client den angeforderten Grant-Typ nicht; bitten Sie den Carrier, client_credentials freizuschalten.</translation>
    </message>
    <message>
        <source>Check the scope field: the carrier refused one of the scopes.</source>
        <translation>Prüfen Sie das Feld „Scope“: Der Carrier hat einen der Scopes abgelehnt.</translation>
    </message>
    <message>
        <source>The endpoint does not support this grant type; check the token URL and grant type.</source>
        <translation>Der Endpunkt unterstützt diesen Grant-Typ nicht; prüfen Sie Token-URL und Grant-Typ.</translation>
    </message>
    <message>
        <source>Check the token URL: the carrier has no token endpoint at that address.</source>
        <translation>Prüfen Sie die Token-URL: Der Carrier hat unter dieser Adresse keinen Token-Endpunkt.</translation>
    </message>
    <message>
        <source>The carrier is rate limiting token requests; wait a minute and reuse the token you have.</source>
        <translation>Der Carrier begrenzt die Zahl der Token-Anfragen; warten Sie eine Minute und verwenden Sie Ihr vorhandenes Token weiter.</translation>
    </message>
    <message>
        <source>The carrier&apos;s server failed; try again in a few minutes.</source>
        <translation>Der Server des Carriers hat einen Fehler gemeldet; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 instead of a JSON token response.</source>
        <translation>%1 hat mit HTTP %2 geantwortet; statt einer JSON-Token-Antwort kam %3.</translation>
    </message>
    <message>
        <source>The response has no token_type; TokenDock assumes Bearer.</source>
        <translation>Die Antwort enthält kein token_type; TokenDock nimmt Bearer an.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>%1 issued a token with an unusable lifetime (expires_in is %2).</source>
        <translation>%1 hat ein Token mit unbrauchbarer Lebensdauer ausgestellt (expires_in ist %2).</translation>
    </message>
    <message numerus="yes">
        <source>expires_in arrived as text (&quot;%1&quot;); read as %n seconds.</source>
        <translation>
            <numerusform>expires_in kam als Text („%1“); als %n Sekunde gelesen.</numerusform>
            <numerusform>expires_in kam als Text („%1“); als %n Sekunden gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is an unsigned JWT (alg &quot;none&quot;); APIs should reject it.</source>
        <translation>Das Token ist ein unsigniertes JWT (alg „none“); APIs sollten es ablehnen.</translation>
    </message>
    <message>
        <source>The carrier did not say when the token expires.</source>
        <translation>Der Carrier hat nicht angegeben, wann das Token abläuft.</translation>
    </message>
    <message>
        <source>JSON that breaks off or is malformed</source>
        <translation>unvollständiges oder fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a token type TokenDock cannot use safely: it holds characters a token type never has.</source>
        <translation>%1 hat mit HTTP %2 und einem Token-Typ geantwortet, den TokenDock nicht sicher verwenden kann: Er enthält Zeichen, die in einem Token-Typ nie vorkommen.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a token TokenDock cannot use safely: it holds spaces or characters a token never has.</source>
        <translation>%1 hat mit HTTP %2 und einem Token geantwortet, das TokenDock nicht sicher verwenden kann: Es enthält Leerzeichen oder Zeichen, die in einem Token nie vorkommen.</translation>
    </message>
    <message>
        <source>Check that the token URL is the carrier&apos;s own token endpoint; if it is, contact the carrier: its token endpoint sent a value no API accepts.</source>
        <translation>Prüfen Sie, ob die Token-URL auf den eigenen Token-Endpunkt des Carriers zeigt; falls ja, wenden Sie sich an den Carrier: Sein Token-Endpunkt hat einen Wert gesendet, den keine API akzeptiert.</translation>
    </message>
    <message>
        <source>%1 issued a token with an unusable expiry time (%2 is %3).</source>
        <translation>%1 hat ein Token mit unbrauchbarem Ablaufzeitpunkt ausgestellt (%2 ist %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the response has no %3 header.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber die Antwort enthält keinen Header %3.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the response has no %3.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber die Antwort enthält kein %3.</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” has no secret for its current settings, so nothing was sent.</source>
        <translation>„%1“ hat kein Secret für seine aktuellen Einstellungen, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Check the account&apos;s token URL, then enter its client secret.</source>
        <translation>Prüfen Sie die Token-URL des Kontos und geben Sie dann sein Client-Secret ein.</translation>
    </message>
    <message>
        <source>The account needs its secret entered again.</source>
        <translation>Das Secret des Kontos muss erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>The cached token was handed out although it stays valid for only %1 more: %2</source>
        <translation>Das zwischengespeicherte Token wurde ausgegeben, obwohl es nur noch %1 gültig bleibt: %2</translation>
    </message>
    <message>
        <source>The token works but was not cached: %1</source>
        <translation>Das Token funktioniert, wurde aber nicht zwischengespeichert: %1</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation>Noch kein Token</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Dekodiertes Token</translation>
    </message>
    <message>
        <source>Raw response, token values redacted</source>
        <translation>Rohantwort, Token-Werte unkenntlich gemacht</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Rohantwort</translation>
    </message>
    <message>
        <source>%1 (sent as %2)</source>
        <translation>%1 (gesendet als %2)</translation>
    </message>
    <message>
        <source>JWT · %1</source>
        <translation>JWT · %1</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>kein Algorithmus</translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation>Opak</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>SCOPES: NONE STATED</source>
        <translation>SCOPES: KEINE ANGEGEBEN</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>Decoded for information only: the signature is not verified. Never trust these claims for access decisions.</source>
        <translation>Nur zur Information dekodiert: Die Signatur wird nicht geprüft. Verlassen Sie sich bei Zugriffsentscheidungen nie auf diese Claims.</translation>
    </message>
    <message>
        <source>This token is not signed at all (alg “none”).</source>
        <translation>Dieses Token ist überhaupt nicht signiert (alg „none“).</translation>
    </message>
    <message>
        <source>No token to decode yet.</source>
        <translation>Noch kein Token zum Dekodieren.</translation>
    </message>
    <message>
        <source>No response arrived.</source>
        <translation>Es kam keine Antwort.</translation>
    </message>
    <message>
        <source>No response yet in this session.</source>
        <translation>In dieser Sitzung noch keine Antwort.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Token values are replaced by a marker.</source>
        <translation>Token-Werte sind durch einen Platzhalter ersetzt.</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Token verbergen</translation>
    </message>
    <message numerus="yes">
        <source>  (%n characters)</source>
        <translation>
            <numerusform>  (%n Zeichen)</numerusform>
            <numerusform>  (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested refresh: %1.</source>
        <translation>Empfohlene Erneuerung: %1.</translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message>
        <source>The last test returned no token; the banner above says why. Test again (%1) once it is fixed.</source>
        <translation>Der letzte Test lieferte kein Token; der Hinweis oben nennt den Grund. Testen Sie erneut (%1), sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Test the account (%1) to request a token from %2. Its expiry, scopes and decoded claims appear here.</source>
        <translation>Testen Sie das Konto (%1), um ein Token von %2 anzufordern. Ablauf, Scopes und dekodierte Claims erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Expiry source</source>
        <translation>Herkunft des Ablaufzeitpunkts</translation>
    </message>
    <message>
        <source>This token is opaque: it carries no readable claims, so there is nothing to decode.%1</source>
        <translation>Dieses Token ist opak: Es enthält keine lesbaren Claims, daher gibt es nichts zu dekodieren.%1</translation>
    </message>
    <message>
        <source>from expires_in</source>
        <translation>aus expires_in</translation>
    </message>
    <message>
        <source>from the expiry time in the answer</source>
        <translation>aus dem Ablaufzeitpunkt in der Antwort</translation>
    </message>
    <message>
        <source>from the token&apos;s exp claim</source>
        <translation>aus dem Claim exp des Tokens</translation>
    </message>
    <message>
        <source>the carrier&apos;s documented lifetime: the answer did not say</source>
        <translation>die vom Carrier dokumentierte Lebensdauer: Die Antwort nannte keine</translation>
    </message>
    <message>
        <source>&lt;token&gt;</source>
        <translation>&lt;token&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;token&gt;</source>
        <translation>%1 &lt;token&gt;</translation>
    </message>
    <message>
        <source>API calls send it as “%1: %2”.</source>
        <translation>API-Aufrufe senden es als „%1: %2“.</translation>
    </message>
    <message>
        <source>API calls send it as “%1: %2”, with %3; Copy Header includes them.</source>
        <translation>API-Aufrufe senden es als „%1: %2“, zusammen mit %3; „Header kopieren“ übernimmt sie mit.</translation>
    </message>
    <message>
        <source>A refresh token came with it: TokenDock keeps it in the keychain and never shows it.</source>
        <translation>Mit dem Token kam ein Refresh-Token: TokenDock bewahrt es im Schlüsselbund auf und zeigt es nie an.</translation>
    </message>
    <message>
        <source>Never trust these claims for access decisions.</source>
        <translation>Verlassen Sie sich bei Zugriffsentscheidungen nie auf diese Claims.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Header for %1 copied</source>
        <translation>Header für %1 kopiert</translation>
    </message>
    <message>
        <source>Token for %1 copied</source>
        <translation>Token für %1 kopiert</translation>
    </message>
    <message>
        <source>curl command for %1 copied</source>
        <translation>curl-Befehl für %1 kopiert</translation>
    </message>
    <message>
        <source>HTTPie command for %1 copied</source>
        <translation>HTTPie-Befehl für %1 kopiert</translation>
    </message>
    <message>
        <source>PowerShell command for %1 copied</source>
        <translation>PowerShell-Befehl für %1 kopiert</translation>
    </message>
    <message>
        <source>.env line for %1 copied</source>
        <translation>.env-Zeile für %1 kopiert</translation>
    </message>
    <message>
        <source>JSON for %1 copied</source>
        <translation>JSON für %1 kopiert</translation>
    </message>
    <message>
        <source>Keep fresh not changed</source>
        <translation>„Automatisch erneuern“ nicht geändert</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines dieser Formate: %2.</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Nothing copied for %1</source>
        <translation>Nichts kopiert für %1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 works</source>
        <translation>%1 funktioniert</translation>
    </message>
    <message>
        <source>A new token; its expiry is unknown.</source>
        <translation>Ein neues Token; sein Ablauf ist unbekannt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>TokenDock keeps running in the tray, so copies and keep-fresh go on. Quit it from the tray menu.</source>
        <translation>TokenDock läuft in der Systemleiste weiter, damit Kopieren und automatisches Erneuern weiter funktionieren. Beenden Sie es über das Menü der Systemleiste.</translation>
    </message>
    <message>
        <source>%1: token received, API probe: %2</source>
        <translation>%1: Token erhalten, API-Prüfaufruf: %2</translation>
    </message>
    <message>
        <source>Secret of %1: %2</source>
        <translation>Secret von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets need attention</source>
        <translation>
            <numerusform>%n Secret braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Secrets brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Copy &amp;Header</source>
        <translation>&amp;Header kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>The accounts file cannot be read</source>
        <translation>Die Kontendatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>&amp;Show TokenDock</source>
        <translation>TokenDock &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Test &amp;Now</source>
        <translation>&amp;Jetzt testen</translation>
    </message>
    <message>
        <source>&amp;Keep Fresh</source>
        <translation>&amp;Automatisch erneuern</translation>
    </message>
    <message>
        <source>&amp;Open in TokenDock</source>
        <translation>&amp;In TokenDock öffnen</translation>
    </message>
    <message>
        <source>&amp;Keep Fresh (%1)</source>
        <translation>&amp;Automatisch erneuern (%1)</translation>
    </message>
    <message>
        <source>Copy as curl command</source>
        <translation>Als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy as HTTPie command</source>
        <translation>Als HTTPie-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy as PowerShell command</source>
        <translation>Als PowerShell-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy as .env line</source>
        <translation>Als .env-Zeile kopieren</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Recently Used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Accounts you pin or use show here</source>
        <translation>Konten, die Sie anheften oder verwenden, erscheinen hier</translation>
    </message>
    <message>
        <source>&amp;Find Account…</source>
        <translation>Konto &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Pin to Tray</source>
        <translation>In der Systemleiste an&amp;heften</translation>
    </message>
</context>
<context>
    <name>TrayNotice</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>No live token</source>
        <translation>Kein gültiges Token</translation>
    </message>
    <message numerus="yes">
        <source>Accounts whose last test failed: %n</source>
        <translation>
            <numerusform>Konten mit fehlgeschlagenem letztem Test: %n</numerusform>
            <numerusform>Konten mit fehlgeschlagenem letztem Test: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired tokens: %n</source>
        <translation>
            <numerusform>Abgelaufene Tokens: %n</numerusform>
            <numerusform>Abgelaufene Tokens: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Next expiry: %1, %2</source>
        <translation>Nächster Ablauf: %1, %2</translation>
    </message>
    <message>
        <source>Secret of %1: %2</source>
        <translation>Secret von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more secret reminder(s)</source>
        <translation>
            <numerusform>%n weitere Secret-Erinnerung</numerusform>
            <numerusform>%n weitere Secret-Erinnerungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnreadablePanel</name>
    <message>
        <source>Start fresh…</source>
        <translation>Neu beginnen…</translation>
    </message>
    <message>
        <source>Your accounts file could not be read</source>
        <translation>Ihre Kontendatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Until then nothing can be added, changed or deleted. Starting fresh begins an empty account list; secrets already in the keychain are not removed.</source>
        <translation>Bis dahin kann nichts hinzugefügt, geändert oder gelöscht werden. „Neu beginnen“ startet eine leere Kontenliste; Secrets im Schlüsselbund werden nicht entfernt.</translation>
    </message>
    <message>
        <source>Start fresh with no accounts</source>
        <translation>Ohne Konten neu beginnen</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>Enter the carrier&apos;s token URL.</source>
        <translation>Geben Sie die Token-URL des Carriers ein.</translation>
    </message>
    <message>
        <source>Replace %1 in the token URL with your own value.</source>
        <translation>Ersetzen Sie %1 in der Token-URL durch Ihren eigenen Wert.</translation>
    </message>
    <message>
        <source>The token URL is not a valid web address; it should look like https://host/path.</source>
        <translation>Die Token-URL ist keine gültige Webadresse; sie sollte wie https://host/path aussehen.</translation>
    </message>
    <message>
        <source>The token URL must start with https://.</source>
        <translation>Die Token-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The token URL must use https:// so the client secret is encrypted on the way; plain http:// is only allowed to this computer (localhost).</source>
        <translation>Die Token-URL muss https:// verwenden, damit das Client-Secret verschlüsselt übertragen wird; einfaches http:// ist nur zu diesem Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the token URL; the client id and secret have their own fields.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Token-URL; Client-ID und Secret haben eigene Felder.</translation>
    </message>
    <message>
        <source>Remove the #fragment from the token URL.</source>
        <translation>Entfernen Sie das #Fragment aus der Token-URL.</translation>
    </message>
    <message>
        <source>The token URL holds an invisible or control character (%1) that can make it look like another address; type the URL again.</source>
        <translation>Die Token-URL enthält ein unsichtbares oder Steuerzeichen (%1), durch das sie wie eine andere Adresse aussehen kann; geben Sie die URL neu ein.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Add a carrier account</source>
        <translation>Carrier-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to TokenDock</source>
        <translation>Willkommen bei TokenDock</translation>
    </message>
    <message>
        <source>Keep your carriers&apos; API client credentials in one place, check in a click that they still work, and copy a fresh Authorization header whenever you need one.</source>
        <translation>Verwalten Sie die API-Client-Zugangsdaten Ihrer Carrier an einem Ort, prüfen Sie mit einem Klick, ob sie noch funktionieren, und kopieren Sie bei Bedarf einen frischen Authorization-Header.</translation>
    </message>
    <message>
        <source>Opens demo accounts for every carrier, answered by a built-in sandbox. Your own accounts are not touched.</source>
        <translation>Öffnet Demo-Konten für alle Carrier, beantwortet von einer eingebauten Sandbox. Ihre eigenen Konten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Secrets stay in the keychain</source>
        <translation>Secrets bleiben im Schlüsselbund</translation>
    </message>
    <message>
        <source>Client secrets are kept in %1, never in a file.</source>
        <translation>Client-Secrets werden in %1 gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Test in one click</source>
        <translation>Test mit einem Klick</translation>
    </message>
    <message>
        <source>TokenDock asks the carrier for an OAuth 2.0 token and explains any refusal in plain words.</source>
        <translation>TokenDock fordert beim Carrier ein OAuth-2.0-Token an und erklärt jede Ablehnung verständlich.</translation>
    </message>
    <message>
        <source>Ready-to-paste headers</source>
        <translation>Header zum direkten Einfügen</translation>
    </message>
    <message>
        <source>Copy the header, a curl or HTTPie command, PowerShell or a .env line; the clipboard clears itself.</source>
        <translation>Kopieren Sie den Header, einen curl- oder HTTPie-Befehl, PowerShell oder eine .env-Zeile; die Zwischenablage leert sich selbst.</translation>
    </message>
    <message>
        <source>Paste credentials</source>
        <translation>Zugangsdaten einfügen</translation>
    </message>
    <message>
        <source>Paste credentials from the clipboard</source>
        <translation>Zugangsdaten aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Copy what the carrier sent (the onboarding e-mail, a curl command or JSON), then paste: the account is filled from it.</source>
        <translation>Kopieren Sie, was der Carrier geschickt hat (die Onboarding-E-Mail, einen curl-Befehl oder JSON), und fügen Sie es ein: Das Konto wird daraus ausgefüllt.</translation>
    </message>
</context>
<context>
    <name>carriers</name>
    <message>
        <source>LIVE Connect v3 freight rating, booking and tracking</source>
        <translation>LIVE Connect v3: Frachttarife, Buchung und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Banyan does not publish its production token URL; enter the one Banyan gave you.</source>
        <translation>Banyan veröffentlicht seine Produktions-Token-URL nicht; geben Sie die URL ein, die Sie von Banyan erhalten haben.</translation>
    </message>
    <message>
        <source>Banyan tokens last about an hour; reuse one until shortly before it expires.</source>
        <translation>Banyan-Tokens gelten etwa eine Stunde; verwenden Sie ein Token bis kurz vor seinem Ablauf weiter.</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Banyan gives the production token URL to each customer; enter it here.</source>
        <translation>Banyan teilt jedem Kunden die Produktions-Token-URL mit; geben Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Client ref number</source>
        <translation>Client-Referenznummer</translation>
    </message>
    <message>
        <source>Optional. Binds the token to one client reference number.</source>
        <translation>Optional. Bindet das Token an eine Client-Referenznummer.</translation>
    </message>
    <message>
        <source>Banyan answers 400 Bad Request when a field is missing or malformed; check the client ref number and the token URL.</source>
        <translation>Banyan antwortet mit 400 Bad Request, wenn ein Feld fehlt oder fehlerhaft ist; prüfen Sie die Client-Referenznummer und die Token-URL.</translation>
    </message>
    <message>
        <source>Check the client id and secret Banyan issued for this environment; integration and production credentials differ.</source>
        <translation>Prüfen Sie Client-ID und Secret, die Banyan für diese Umgebung ausgegeben hat; Zugangsdaten für Integration und Produktion unterscheiden sich.</translation>
    </message>
    <message>
        <source>production token URL</source>
        <translation>Produktions-Token-URL</translation>
    </message>
    <message>
        <source>project44 API v4 visibility and shipment tracking</source>
        <translation>project44 API v4: Sendungstransparenz und -verfolgung</translation>
    </message>
    <message>
        <source>project44 asks clients to reuse a token until an API call answers 401, then fetch a new one; at most 5 tokens a minute.</source>
        <translation>project44 bittet Clients, ein Token weiterzuverwenden, bis ein API-Aufruf mit 401 antwortet, und erst dann ein neues abzurufen; höchstens 5 Tokens pro Minute.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production (North America)</source>
        <translation>Produktion (Nordamerika)</translation>
    </message>
    <message>
        <source>Production (Europe)</source>
        <translation>Produktion (Europa)</translation>
    </message>
    <message>
        <source>Check the client application id and secret in project44&apos;s OAuth 2.0 client applications; sandbox and production applications differ.</source>
        <translation>Prüfen Sie ID und Secret der Client-Anwendung unter den OAuth-2.0-Client-Anwendungen von project44; Anwendungen für Sandbox und Produktion unterscheiden sich.</translation>
    </message>
    <message>
        <source>DHL eCommerce Americas API v4 labels, manifests and tracking</source>
        <translation>DHL eCommerce Americas API v4: Etiketten, Manifeste und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>DHL eCommerce tokens last 60 minutes; DHL recommends fetching a new one every 15 to 30 minutes.</source>
        <translation>Tokens von DHL eCommerce gelten 60 Minuten; DHL empfiehlt, alle 15 bis 30 Minuten ein neues abzurufen.</translation>
    </message>
    <message>
        <source>Check that the client id and secret belong to this DHL eCommerce environment; sandbox and production credentials differ.</source>
        <translation>Prüfen Sie, ob Client-ID und Secret zu dieser Umgebung von DHL eCommerce gehören; Zugangsdaten für Sandbox und Produktion unterscheiden sich.</translation>
    </message>
    <message>
        <source>FedEx APIs for parcel and freight shipping, rating and tracking</source>
        <translation>FedEx-APIs für Paket- und Frachtversand, Tarife und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>A FedEx token is good for one hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein FedEx-Token gilt eine Stunde; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>Child key</source>
        <translation>Child Key</translation>
    </message>
    <message>
        <source>The customer&apos;s child key, for integrator grant types only.</source>
        <translation>Der Child Key des Kunden, nur für Integrator-Grant-Typen.</translation>
    </message>
    <message>
        <source>Child secret</source>
        <translation>Child Secret</translation>
    </message>
    <message>
        <source>The customer&apos;s child secret, for integrator grant types only. Kept in the keychain.</source>
        <translation>Das Child Secret des Kunden, nur für Integrator-Grant-Typen. Wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>FedEx refuses integrator grant types without a child key and child secret; fill both, or switch to client_credentials.</source>
        <translation>FedEx lehnt Integrator-Grant-Typen ohne Child Key und Child Secret ab; füllen Sie beide aus oder wechseln Sie zu client_credentials.</translation>
    </message>
    <message>
        <source>Check the API key and secret key of the FedEx project for this environment; sandbox and production keys differ. With an integrator grant type, check the child key and child secret as well.</source>
        <translation>Prüfen Sie API-Schlüssel und geheimen Schlüssel des FedEx-Projekts für diese Umgebung; Schlüssel für Sandbox und Produktion unterscheiden sich. Prüfen Sie bei einem Integrator-Grant-Typ auch Child Key und Child Secret.</translation>
    </message>
    <message>
        <source>UPS APIs for shipping, rating, address validation and tracking</source>
        <translation>UPS-APIs für Versand, Tarife, Adressprüfung und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>UPS takes the client id and secret only as HTTP Basic credentials. UPS sends expires_in as text; TokenDock reads it as seconds. The token format is not confirmed by UPS.</source>
        <translation>UPS akzeptiert Client-ID und Secret nur als HTTP-Basic-Zugangsdaten. UPS sendet expires_in als Text; TokenDock liest den Wert als Sekunden. Das Token-Format ist von UPS nicht bestätigt.</translation>
    </message>
    <message>
        <source>A UPS token lasts about four hours; reuse it and fetch a new one when most of that time has passed.</source>
        <translation>Ein UPS-Token gilt etwa vier Stunden; verwenden Sie es weiter und rufen Sie ein neues ab, wenn der Großteil dieser Zeit verstrichen ist.</translation>
    </message>
    <message>
        <source>Customer Integration Environment (CIE)</source>
        <translation>Customer Integration Environment (CIE)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Optional. Your UPS account number, sent as the x-merchant-id header.</source>
        <translation>Optional. Ihre UPS-Kontonummer, gesendet als Header x-merchant-id.</translation>
    </message>
    <message>
        <source>Read the UPS error code and message; if you set an account number, check that it belongs to this UPS app.</source>
        <translation>Lesen Sie Fehlercode und Meldung von UPS; falls Sie eine Kontonummer angegeben haben, prüfen Sie, ob sie zu dieser UPS-App gehört.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your UPS app and that the app is enabled for this environment. UPS accepts them only as HTTP Basic credentials, never in the body.</source>
        <translation>Prüfen Sie Client-ID und Secret Ihrer UPS-App und ob die App für diese Umgebung freigeschaltet ist. UPS akzeptiert sie nur als HTTP-Basic-Zugangsdaten, nie im Body.</translation>
    </message>
    <message>
        <source>token format</source>
        <translation>Token-Format</translation>
    </message>
    <message>
        <source>USPS APIs v3 for addresses, prices, labels and tracking</source>
        <translation>USPS-APIs v3 für Adressen, Preise, Etiketten und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>The client id and secret travel in a JSON request body. That the token is a JWT with a key id, and that it lasts about eight hours, is not confirmed by USPS.</source>
        <translation>Client-ID und Secret werden in einem JSON-Anfrage-Body übertragen. Dass das Token ein JWT mit Schlüssel-ID ist und etwa acht Stunden gilt, ist von USPS nicht bestätigt.</translation>
    </message>
    <message>
        <source>A USPS token lasts several hours; reuse it for the whole working session and fetch a new one before it runs out.</source>
        <translation>Ein USPS-Token gilt mehrere Stunden; verwenden Sie es während der gesamten Arbeitssitzung weiter und rufen Sie vor dem Ablauf ein neues ab.</translation>
    </message>
    <message>
        <source>Testing environment (TEM)</source>
        <translation>Testumgebung (TEM)</translation>
    </message>
    <message>
        <source>Check the consumer key and secret of your USPS app; apps for the testing environment and for production have different keys.</source>
        <translation>Prüfen Sie Consumer Key und Consumer Secret Ihrer USPS-App; Apps für die Testumgebung und für die Produktion haben unterschiedliche Schlüssel.</translation>
    </message>
    <message>
        <source>token format (JWT with a kid header)</source>
        <translation>Token-Format (JWT mit kid-Header)</translation>
    </message>
    <message>
        <source>token lifetime (about 8 hours)</source>
        <translation>Token-Lebensdauer (etwa 8 Stunden)</translation>
    </message>
    <message>
        <source>XPO Connect APIs for LTL freight orders, rating and tracking</source>
        <translation>XPO-Connect-APIs für LTL-Frachtaufträge, Tarife und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>XPO publishes only a production token URL. Requests need the scope connect-orders. The token format is not confirmed by XPO.</source>
        <translation>XPO veröffentlicht nur eine Produktions-Token-URL. Anfragen brauchen den Scope connect-orders. Das Token-Format ist von XPO nicht bestätigt.</translation>
    </message>
    <message>
        <source>An XPO token is good for one hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein XPO-Token gilt eine Stunde; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>XPO publishes no separate test token URL; enter one if XPO gave you one.</source>
        <translation>XPO veröffentlicht keine eigene Test-Token-URL; geben Sie eine ein, falls XPO Ihnen eine mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The API access to request. XPO Connect expects connect-orders.</source>
        <translation>Der anzufordernde API-Zugriff. XPO Connect erwartet connect-orders.</translation>
    </message>
    <message>
        <source>Check the scope field: XPO Connect expects connect-orders.</source>
        <translation>Prüfen Sie das Feld „Scope“: XPO Connect erwartet connect-orders.</translation>
    </message>
    <message>
        <source>Check the client id and secret XPO issued for your XPO Connect account.</source>
        <translation>Prüfen Sie Client-ID und Secret, die XPO für Ihr XPO-Connect-Konto ausgegeben hat.</translation>
    </message>
    <message>
        <source>TForce Freight LTL APIs for rating, pickups, shipping and tracking</source>
        <translation>LTL-APIs von TForce Freight für Tarife, Abholungen, Versand und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>TForce Freight issues tokens through the Microsoft identity platform. Enter the tenant and the scope that the TForce developer portal shows for your app. The token lifetime of about one hour is not confirmed by TForce Freight.</source>
        <translation>TForce Freight stellt Tokens über die Microsoft Identity Platform aus. Geben Sie den Mandanten und den Scope ein, die das TForce-Entwicklerportal für Ihre App anzeigt. Die Token-Lebensdauer von etwa einer Stunde ist von TForce Freight nicht bestätigt.</translation>
    </message>
    <message>
        <source>A TForce Freight token lasts about an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein Token von TForce Freight gilt etwa eine Stunde; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>TForce Freight publishes no separate test token URL; enter one if TForce gave you one.</source>
        <translation>TForce Freight veröffentlicht keine eigene Test-Token-URL; geben Sie eine ein, falls TForce Ihnen eine mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The Microsoft directory that issues TForce Freight tokens, as the TForce developer portal gives it. It goes into the token URL.</source>
        <translation>Das Microsoft-Verzeichnis, das die Tokens für TForce Freight ausstellt, wie im TForce-Entwicklerportal angegeben. Es wird in die Token-URL eingesetzt.</translation>
    </message>
    <message>
        <source>Copy it from the TForce developer portal. It names your app and ends in /.default.</source>
        <translation>Kopieren Sie ihn aus dem TForce-Entwicklerportal. Er benennt Ihre App und endet auf /.default.</translation>
    </message>
    <message>
        <source>Check the tenant and the scope: the scope must be the one the TForce developer portal shows, ending in /.default.</source>
        <translation>Prüfen Sie Mandant und Scope: Der Scope muss der im TForce-Entwicklerportal angezeigte sein und auf /.default enden.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your app in the TForce developer portal; Microsoft also rejects a secret that has expired.</source>
        <translation>Prüfen Sie Client-ID und Secret Ihrer App im TForce-Entwicklerportal; Microsoft lehnt auch ein abgelaufenes Secret ab.</translation>
    </message>
    <message>
        <source>token lifetime (about 1 hour)</source>
        <translation>Token-Lebensdauer (etwa 1 Stunde)</translation>
    </message>
    <message>
        <source>Reuse the token and fetch a new one when 80% of its lifetime has passed.</source>
        <translation>Verwenden Sie das Token weiter und rufen Sie ein neues ab, wenn 80&#xa0;% seiner Lebensdauer verstrichen sind.</translation>
    </message>
    <message>
        <source>Space-separated scopes to request, if the provider expects them.</source>
        <translation>Anzufordernde Scopes, durch Leerzeichen getrennt, falls der Anbieter sie erwartet.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>The API the token is for, if the provider expects an audience (Auth0 and others).</source>
        <translation>Die API, für die das Token bestimmt ist, falls der Anbieter eine Audience erwartet (Auth0 und andere).</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>RFC 8707 resource indicator, if the provider expects one.</source>
        <translation>Resource Indicator nach RFC 8707, falls der Anbieter einen erwartet.</translation>
    </message>
    <message>
        <source>Check the token URL and the scope, audience and resource fields; many providers refuse a request that names an API they do not know.</source>
        <translation>Prüfen Sie die Token-URL und die Felder „Scope“, „Audience“ und „Ressource“; viele Anbieter lehnen Anfragen ab, die eine ihnen unbekannte API nennen.</translation>
    </message>
    <message>
        <source>Check the client id and secret, and try the other credential placement: some providers take them only as HTTP Basic, others only in the body.</source>
        <translation>Prüfen Sie Client-ID und Secret und versuchen Sie die andere Übertragungsart: Manche Anbieter akzeptieren sie nur per HTTP Basic, andere nur im Body.</translation>
    </message>
    <message>
        <source>UPS account number</source>
        <translation>UPS-Kontonummer</translation>
    </message>
    <message>
        <source>directory (tenant) id or domain</source>
        <translation>Verzeichnis-(Mandanten-)ID oder Domäne</translation>
    </message>
    <message>
        <source>https://tffproduction.onmicrosoft.com/{app-id}/.default</source>
        <translation>https://tffproduction.onmicrosoft.com/{app-id}/.default</translation>
    </message>
    <message>
        <source>https://api.example.com/</source>
        <translation>https://api.example.com/</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The API key the carrier issued, sent as a header; kept in the keychain.</source>
        <translation>Der API-Schlüssel, den der Carrier ausgegeben hat, als Header gesendet; wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Parcel DE shipping and returns APIs, for a business-portal user</source>
        <translation>Parcel-DE-APIs für Versand und Retouren, für einen Benutzer des Geschäftskundenportals</translation>
    </message>
    <message>
        <source>DHL issues the token for a business-portal user (password grant): the client id and secret are your developer app&apos;s API key and secret; the portal user&apos;s name and password go below.</source>
        <translation>DHL stellt das Token für einen Benutzer des Geschäftskundenportals aus (Grant-Typ password): Client-ID und Secret sind API-Schlüssel und API-Secret Ihrer Entwickler-App; Benutzername und Passwort des Portal-Benutzers tragen Sie unten ein.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Secret</translation>
    </message>
    <message>
        <source>A DHL Parcel Germany token lasts 30 minutes; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein Token von DHL Parcel Germany gilt 30 Minuten; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>Portal user name</source>
        <translation>Portal-Benutzername</translation>
    </message>
    <message>
        <source>The business-portal user the token acts for.</source>
        <translation>Der Benutzer des Geschäftskundenportals, für den das Token handelt.</translation>
    </message>
    <message>
        <source>Portal password</source>
        <translation>Portal-Passwort</translation>
    </message>
    <message>
        <source>That user&apos;s password. Kept in the keychain.</source>
        <translation>Das Passwort dieses Benutzers. Wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Check the app&apos;s API key and secret and the portal user&apos;s name and password; sandbox and production logins differ.</source>
        <translation>Prüfen Sie API-Schlüssel und API-Secret der App sowie Benutzername und Passwort des Portal-Benutzers; Sandbox- und Produktions-Logins unterscheiden sich.</translation>
    </message>
    <message>
        <source>DPD META-API shipping, with a login that returns the token in a header</source>
        <translation>Versand über die DPD META-API, mit einem Login, der das Token in einem Header zurückgibt</translation>
    </message>
    <message>
        <source>DPD answers the login with the token in the X-DPD-TOKEN response header, not in the body. The business unit code comes from DPD with your credentials. The token URLs and the lifetime come from public integration code and are not confirmed by DPD&apos;s own documentation.</source>
        <translation>DPD beantwortet den Login mit dem Token im Antwort-Header X-DPD-TOKEN, nicht im Body. Den Code der Geschäftseinheit erhalten Sie von DPD zusammen mit Ihren Zugangsdaten. Token-URLs und Lebensdauer stammen aus öffentlichem Integrationscode und sind durch die Dokumentation von DPD nicht bestätigt.</translation>
    </message>
    <message>
        <source>A DPD token lasts about a day; log in once and reuse the token.</source>
        <translation>Ein DPD-Token gilt etwa einen Tag; melden Sie sich einmal an und verwenden Sie das Token weiter.</translation>
    </message>
    <message>
        <source>Pre-production</source>
        <translation>Vorproduktion</translation>
    </message>
    <message>
        <source>Business unit code</source>
        <translation>Code der Geschäftseinheit</translation>
    </message>
    <message>
        <source>The three-digit code of your DPD business unit.</source>
        <translation>Der dreistellige Code Ihrer DPD-Geschäftseinheit.</translation>
    </message>
    <message>
        <source>021</source>
        <translation>021</translation>
    </message>
    <message>
        <source>token URLs (from public integration code)</source>
        <translation>Token-URLs (aus öffentlichem Integrationscode)</translation>
    </message>
    <message>
        <source>24-hour token lifetime</source>
        <translation>Token-Lebensdauer von 24 Stunden</translation>
    </message>
    <message>
        <source>ODFL LTL rating and tracking APIs with a user login</source>
        <translation>LTL-APIs von ODFL für Tarife und Sendungsverfolgung, mit Benutzer-Login</translation>
    </message>
    <message>
        <source>ODFL&apos;s login is a GET with your ODFL user name and password in HTTP Basic; the token comes back as sessionToken. These facts come from public integration code and are not confirmed by ODFL&apos;s own documentation.</source>
        <translation>Der Login bei ODFL ist ein GET mit Ihrem ODFL-Benutzernamen und -Passwort per HTTP Basic; das Token kommt als sessionToken zurück. Diese Angaben stammen aus öffentlichem Integrationscode und sind durch die Dokumentation von ODFL nicht bestätigt.</translation>
    </message>
    <message>
        <source>ODFL user name</source>
        <translation>ODFL-Benutzername</translation>
    </message>
    <message>
        <source>ODFL password</source>
        <translation>ODFL-Passwort</translation>
    </message>
    <message>
        <source>ODFL does not say how long a session token lasts; TokenDock assumes an hour.</source>
        <translation>ODFL gibt nicht an, wie lange ein Sitzungs-Token gilt; TokenDock nimmt eine Stunde an.</translation>
    </message>
    <message>
        <source>token URLs and the sessionToken field (from public integration code)</source>
        <translation>Token-URLs und das Feld sessionToken (aus öffentlichem Integrationscode)</translation>
    </message>
    <message>
        <source>eShipper multi-carrier shipping API v2</source>
        <translation>Multi-Carrier-Versand-API v2 von eShipper</translation>
    </message>
    <message>
        <source>eShipper&apos;s login takes a JSON body with principal and credential (your eShipper user name and password) and answers with token and a refresh token, which TokenDock keeps in the keychain. The test URL and how the refresh token is used are not confirmed by eShipper&apos;s documentation, so TokenDock logs in again for a new token.</source>
        <translation>Der Login bei eShipper erwartet einen JSON-Body mit principal und credential (Ihr eShipper-Benutzername und -Passwort) und antwortet mit token und einem Refresh-Token, das TokenDock im Schlüsselbund speichert. Die Test-URL und die Verwendung des Refresh-Tokens sind durch die Dokumentation von eShipper nicht bestätigt; daher meldet sich TokenDock für ein neues Token erneut an.</translation>
    </message>
    <message>
        <source>User name (principal)</source>
        <translation>Benutzername (principal)</translation>
    </message>
    <message>
        <source>Password (credential)</source>
        <translation>Passwort (credential)</translation>
    </message>
    <message>
        <source>Reuse the token until shortly before expires_in runs out, then log in again.</source>
        <translation>Verwenden Sie das Token bis kurz vor Ablauf von expires_in weiter und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>test token URL</source>
        <translation>Test-Token-URL</translation>
    </message>
    <message>
        <source>how a refresh token is used (TokenDock logs in again)</source>
        <translation>wie ein Refresh-Token verwendet wird (TokenDock meldet sich erneut an)</translation>
    </message>
    <message>
        <source>Navisphere APIs for freight quotes, orders and tracking</source>
        <translation>Navisphere-APIs für Frachtangebote, Aufträge und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>C.H. Robinson tokens last 24 hours and the token endpoint rate-limits clients that ask more often than about once a day: reuse the token. The exact limit is not published; TokenDock allows four token requests a day.</source>
        <translation>Tokens von C.H. Robinson gelten 24 Stunden, und der Token-Endpunkt drosselt Clients, die häufiger als etwa einmal am Tag anfragen: Verwenden Sie das Token weiter. Das genaue Limit ist nicht veröffentlicht; TokenDock erlaubt vier Token-Anfragen pro Tag.</translation>
    </message>
    <message>
        <source>Request a token about once a day and reuse it until it expires; asking more often gets the client rate limited.</source>
        <translation>Fordern Sie etwa einmal am Tag ein Token an und verwenden Sie es bis zum Ablauf weiter; häufigere Anfragen führen zur Drosselung des Clients.</translation>
    </message>
    <message>
        <source>The API the token is for; C.H. Robinson expects this value.</source>
        <translation>Die API, für die das Token bestimmt ist; C.H. Robinson erwartet diesen Wert.</translation>
    </message>
    <message>
        <source>exact token request limit (documented as about once a day)</source>
        <translation>genaues Limit für Token-Anfragen (dokumentiert als etwa einmal am Tag)</translation>
    </message>
    <message>
        <source>Maersk ocean APIs for schedules, bookings and tracking</source>
        <translation>Seefracht-APIs von Maersk für Fahrpläne, Buchungen und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Maersk wants the consumer key (your client id) in a Consumer-Key header on the token call and on every API call; TokenDock adds it to every copied header. That the token call needs it too, and the token&apos;s lifetime, are not confirmed by Maersk&apos;s documentation.</source>
        <translation>Maersk erwartet den Consumer Key (Ihre Client-ID) in einem Consumer-Key-Header beim Token-Aufruf und bei jedem API-Aufruf; TokenDock ergänzt ihn bei jedem Kopieren der Header. Dass auch der Token-Aufruf ihn braucht, und die Lebensdauer des Tokens sind durch die Dokumentation von Maersk nicht bestätigt.</translation>
    </message>
    <message>
        <source>Consumer key (client id)</source>
        <translation>Consumer Key (Client-ID)</translation>
    </message>
    <message>
        <source>Reuse the token and fetch the next one shortly before it expires.</source>
        <translation>Verwenden Sie das Token weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Consumer key header</source>
        <translation>Consumer-Key-Header</translation>
    </message>
    <message>
        <source>Your consumer key, sent as a header with the token request and every API call.</source>
        <translation>Ihr Consumer Key, als Header mit der Token-Anfrage und jedem API-Aufruf gesendet.</translation>
    </message>
    <message>
        <source>Consumer-Key header on the token call</source>
        <translation>Consumer-Key-Header beim Token-Aufruf</translation>
    </message>
    <message>
        <source>token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <source>Royal Mail Shipping API v3 labels and manifests</source>
        <translation>Royal Mail Shipping API v3 für Etiketten und Manifeste</translation>
    </message>
    <message>
        <source>Royal Mail takes the credentials in headers and hands back a token that API calls carry in X-RMG-Auth-Token (not Authorization), together with X-IBM-Client-Id. The token URL and the lifetime are not confirmed by Royal Mail&apos;s documentation; use the address Royal Mail gave you.</source>
        <translation>Royal Mail nimmt die Zugangsdaten in Headern entgegen und gibt ein Token zurück, das API-Aufrufe in X-RMG-Auth-Token (nicht Authorization) mitsenden, zusammen mit X-IBM-Client-Id. Token-URL und Lebensdauer sind durch die Dokumentation von Royal Mail nicht bestätigt; verwenden Sie die Adresse, die Royal Mail Ihnen genannt hat.</translation>
    </message>
    <message>
        <source>Royal Mail does not say in the answer how long a token lasts; TokenDock assumes four hours.</source>
        <translation>Royal Mail gibt in der Antwort nicht an, wie lange ein Token gilt; TokenDock nimmt vier Stunden an.</translation>
    </message>
    <message>
        <source>Enter the Shipping API v3 token URL (…/shipping/v3/token) Royal Mail gave you.</source>
        <translation>Geben Sie die Token-URL der Shipping API v3 (…/shipping/v3/token) ein, die Royal Mail Ihnen genannt hat.</translation>
    </message>
    <message>
        <source>Shipping API user name</source>
        <translation>Benutzername für die Shipping API</translation>
    </message>
    <message>
        <source>The user name of your Royal Mail Shipping API account.</source>
        <translation>Der Benutzername Ihres Kontos für die Royal Mail Shipping API.</translation>
    </message>
    <message>
        <source>Shipping API password</source>
        <translation>Passwort für die Shipping API</translation>
    </message>
    <message>
        <source>That account&apos;s password. Kept in the keychain.</source>
        <translation>Das Passwort dieses Kontos. Wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Client id header</source>
        <translation>Client-ID-Header</translation>
    </message>
    <message>
        <source>API calls send your client id in this header too.</source>
        <translation>API-Aufrufe senden Ihre Client-ID ebenfalls in diesem Header.</translation>
    </message>
    <message>
        <source>token URL host</source>
        <translation>Host der Token-URL</translation>
    </message>
    <message>
        <source>token lifetime (about 4 hours)</source>
        <translation>Token-Lebensdauer (etwa 4 Stunden)</translation>
    </message>
    <message>
        <source>Estes LTL rate quotes, pickups, tracking and invoices</source>
        <translation>LTL-Tarifangebote, Abholungen, Sendungsverfolgung und Rechnungen von Estes</translation>
    </message>
    <message>
        <source>Estes issues a bearer token for your API key and MyEstes login; every API call needs the token and the apikey header, and TokenDock copies both. That the token call takes the MyEstes login in HTTP Basic comes from public integration code and is not confirmed by Estes&apos; documentation.</source>
        <translation>Estes stellt ein Bearer-Token für Ihren API-Schlüssel und Ihren MyEstes-Login aus; jeder API-Aufruf braucht das Token und den Header apikey, und TokenDock kopiert beides. Dass der Token-Aufruf den MyEstes-Login per HTTP Basic erwartet, stammt aus öffentlichem Integrationscode und ist durch die Dokumentation von Estes nicht bestätigt.</translation>
    </message>
    <message>
        <source>MyEstes user name</source>
        <translation>MyEstes-Benutzername</translation>
    </message>
    <message>
        <source>MyEstes password</source>
        <translation>MyEstes-Passwort</translation>
    </message>
    <message>
        <source>An Estes token lasts about ten hours; reuse it and fetch the next one shortly before it expires.</source>
        <translation>Ein Estes-Token gilt etwa zehn Stunden; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>Test (UAT)</source>
        <translation>Test (UAT)</translation>
    </message>
    <message>
        <source>MyEstes login in HTTP Basic on the token call (from public integration code)</source>
        <translation>MyEstes-Login per HTTP Basic beim Token-Aufruf (aus öffentlichem Integrationscode)</translation>
    </message>
    <message>
        <source>Any OAuth 2.0 token endpoint, or a carrier login TokenDock has no preset for</source>
        <translation>Beliebiger OAuth-2.0-Token-Endpunkt oder ein Carrier-Login, für den TokenDock keine Vorgabe hat</translation>
    </message>
    <message>
        <source>Enter the token URL your provider documents. Client credentials travel in HTTP Basic, in the body or in headers, as you choose; Advanced describes a login that is not textbook OAuth (another method, body, field names, where the token comes back, how API calls carry it).</source>
        <translation>Geben Sie die Token-URL ein, die Ihr Anbieter dokumentiert. Die Client-Zugangsdaten werden nach Ihrer Wahl per HTTP Basic, im Body oder in Headern übertragen; unter „Erweitert“ beschreiben Sie einen Login, der nicht dem OAuth-Lehrbuch folgt (andere Methode, anderer Body, Feldnamen, wo das Token zurückkommt, wie API-Aufrufe es mitsenden).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>For the password grant: the user the token acts for.</source>
        <translation>Für den Grant-Typ password: der Benutzer, für den das Token handelt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>For the password grant: that user&apos;s password. Kept in the keychain.</source>
        <translation>Für den Grant-Typ password: das Passwort dieses Benutzers. Wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>FedEx Freight LTL accounts use this preset too, with the API key and secret of their own LTL API project; the token URL is the same. Use client_credentials for your own account. The csp_credentials and client_pc_credentials grant types are for integrators acting for a FedEx customer; they also need that customer&apos;s child key and child secret.</source>
        <translation>Konten für FedEx Freight LTL verwenden dieses Preset ebenfalls, mit API-Schlüssel und Secret ihres eigenen LTL-API-Projekts; die Token-URL ist dieselbe. Verwenden Sie client_credentials für Ihr eigenes Konto. Die Grant-Typen csp_credentials und client_pc_credentials sind für Integratoren gedacht, die im Auftrag eines FedEx-Kunden handeln; sie benötigen zusätzlich den Child Key und das Child Secret dieses Kunden.</translation>
    </message>
    <message>
        <source>DHL eCommerce global API for labels, products and tracking</source>
        <translation>Globale DHL-eCommerce-API für Etiketten, Produkte und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>The global DHL eCommerce API issues a token for the client id and secret in HTTP Basic, on a GET with no body. Tokens last five hours unless DHL set another lifetime for your account. That the call is a GET, and the token&apos;s format, come from public integration code and are not confirmed by DHL&apos;s documentation. For DHL eCommerce in the Americas, use the DHL eCommerce preset.</source>
        <translation>Die globale DHL-eCommerce-API stellt ein Token für Client-ID und Secret per HTTP Basic aus, bei einem GET ohne Body. Tokens gelten fünf Stunden, sofern DHL für Ihr Konto keine andere Lebensdauer festgelegt hat. Dass der Aufruf ein GET ist, und das Token-Format stammen aus öffentlichem Integrationscode und sind durch die Dokumentation von DHL nicht bestätigt. Für DHL eCommerce in Amerika verwenden Sie das Preset DHL eCommerce.</translation>
    </message>
    <message>
        <source>A DHL eCommerce token lasts about five hours; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein DHL-eCommerce-Token gilt etwa fünf Stunden; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Check the client id and secret DHL eCommerce issued for this environment; QA and production credentials differ.</source>
        <translation>Prüfen Sie Client-ID und Secret, die DHL eCommerce für diese Umgebung ausgegeben hat; Zugangsdaten für QA und Produktion unterscheiden sich.</translation>
    </message>
    <message>
        <source>GET request without a grant type (from public integration code)</source>
        <translation>GET-Anfrage ohne Grant-Typ (aus öffentlichem Integrationscode)</translation>
    </message>
    <message>
        <source>Deutsche Post International APIs for international letters, packets and tracking</source>
        <translation>APIs von Deutsche Post International für internationale Briefe, Päckchen und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Deutsche Post International issues a token for the client id and secret of your DHL developer app, sent in HTTP Basic on a GET with no body; it lasts five hours. The sandbox URL comes from DHL&apos;s sample collection; the production URL is not published and is a guess, so use the address DHL gave you if it differs.</source>
        <translation>Deutsche Post International stellt ein Token für Client-ID und Secret Ihrer DHL-Entwickler-App aus, gesendet per HTTP Basic bei einem GET ohne Body; es gilt fünf Stunden. Die Sandbox-URL stammt aus der Beispielsammlung von DHL; die Produktions-URL ist nicht veröffentlicht und geschätzt, verwenden Sie daher die Adresse, die DHL Ihnen mitgeteilt hat, falls sie abweicht.</translation>
    </message>
    <message>
        <source>API key (client id)</source>
        <translation>API-Schlüssel (Client-ID)</translation>
    </message>
    <message>
        <source>A Deutsche Post International token lasts five hours; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein Token von Deutsche Post International gilt fünf Stunden; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>Check the API key and secret of your DHL developer app and that the app is approved for Deutsche Post International in this environment.</source>
        <translation>Prüfen Sie API-Schlüssel und Secret Ihrer DHL-Entwickler-App und ob die App in dieser Umgebung für Deutsche Post International freigeschaltet ist.</translation>
    </message>
    <message>
        <source>sandbox token URL (from a sample collection)</source>
        <translation>Sandbox-Token-URL (aus einer Beispielsammlung)</translation>
    </message>
    <message>
        <source>SAPIENT multi-carrier shipping gateway for Royal Mail, Evri, DHL and other UK carriers</source>
        <translation>SAPIENT, Multi-Carrier-Versandgateway für Royal Mail, Evri, DHL und andere britische Carrier</translation>
    </message>
    <message>
        <source>SAPIENT issues OAuth 2.0 tokens for the client id and secret you create under API credentials in SAPIENT, sent in the form body. SAPIENT publishes one token URL; whether test credentials use another one, and the token&apos;s format, are not confirmed.</source>
        <translation>SAPIENT stellt OAuth-2.0-Tokens für Client-ID und Secret aus, die Sie in SAPIENT unter API-Zugangsdaten anlegen, gesendet im Formular-Body. SAPIENT veröffentlicht eine Token-URL; ob Test-Zugangsdaten eine andere verwenden und das Token-Format sind nicht bestätigt.</translation>
    </message>
    <message>
        <source>SAPIENT publishes no separate test token URL; enter one if Intersoft gave you one.</source>
        <translation>SAPIENT veröffentlicht keine eigene Test-Token-URL; geben Sie eine ein, falls Intersoft Ihnen eine mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Check the client id and secret under API credentials in SAPIENT; a deleted or regenerated secret stops working at once.</source>
        <translation>Prüfen Sie Client-ID und Secret unter API-Zugangsdaten in SAPIENT; ein gelöschtes oder neu erzeugtes Secret funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Hermes Shipping Interface (HSI) for parcel labels and returns in Germany</source>
        <translation>Hermes Shipping Interface (HSI) für Paketetiketten und Retouren in Deutschland</translation>
    </message>
    <message>
        <source>Hermes issues the token for a Hermes user (password grant): the client id and secret identify your application, and the user&apos;s name and password go below. The token URLs and the one-hour lifetime come from public integration code and are not confirmed by Hermes&apos; documentation.</source>
        <translation>Hermes stellt das Token für einen Hermes-Benutzer aus (Grant-Typ password): Client-ID und Secret identifizieren Ihre Anwendung, Benutzername und Passwort des Benutzers werden unten eingetragen. Die Token-URLs und die Lebensdauer von einer Stunde stammen aus öffentlichem Integrationscode und sind durch die Dokumentation von Hermes nicht bestätigt.</translation>
    </message>
    <message>
        <source>A Hermes token is assumed to last an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein Hermes-Token gilt vermutlich eine Stunde; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>Integration (INT)</source>
        <translation>Integration (INT)</translation>
    </message>
    <message>
        <source>Hermes user name</source>
        <translation>Hermes-Benutzername</translation>
    </message>
    <message>
        <source>The Hermes user the token acts for.</source>
        <translation>Der Hermes-Benutzer, für den das Token handelt.</translation>
    </message>
    <message>
        <source>Hermes password</source>
        <translation>Hermes-Passwort</translation>
    </message>
    <message>
        <source>Check the application&apos;s client id and secret and the Hermes user&apos;s name and password; the INT and production logins differ.</source>
        <translation>Prüfen Sie Client-ID und Secret der Anwendung sowie Benutzername und Passwort des Hermes-Benutzers; die Logins für INT und Produktion unterscheiden sich.</translation>
    </message>
    <message>
        <source>J.B. Hunt 360 APIs for intermodal and truckload orders and tracking</source>
        <translation>J.B. Hunt 360 APIs für Intermodal- und Komplettladungsaufträge und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>J.B. Hunt does not publish its token URL: enter the one J.B. Hunt gave you. Most of its APIs issue the token for a user (password grant), and every call also carries your API subscription key in a header, which TokenDock adds to the copied headers. Its sign-in server takes the client id and secret in the body or as HTTP Basic. The header name Ocp-Apim-Subscription-Key, where the client credentials go and the token&apos;s lifetime are not confirmed by J.B. Hunt.</source>
        <translation>J.B. Hunt veröffentlicht seine Token-URL nicht: Geben Sie die URL ein, die J.B. Hunt Ihnen mitgeteilt hat. Die meisten APIs stellen das Token für einen Benutzer aus (Grant-Typ password), und jeder Aufruf enthält zusätzlich Ihren API-Subscription-Key in einem Header, den TokenDock zu den kopierten Headern hinzufügt. Der Anmeldeserver akzeptiert Client-ID und Secret im Body oder per HTTP Basic. Der Header-Name Ocp-Apim-Subscription-Key, wohin die Client-Zugangsdaten gehören und die Lebensdauer des Tokens sind von J.B. Hunt nicht bestätigt.</translation>
    </message>
    <message>
        <source>J.B. Hunt does not publish its token URL; enter the test one J.B. Hunt gave you.</source>
        <translation>J.B. Hunt veröffentlicht seine Token-URL nicht; geben Sie die Test-URL ein, die J.B. Hunt Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>J.B. Hunt does not publish its token URL; enter the one J.B. Hunt gave you.</source>
        <translation>J.B. Hunt veröffentlicht seine Token-URL nicht; geben Sie die URL ein, die J.B. Hunt Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>The J.B. Hunt user the token acts for.</source>
        <translation>Der J.B.-Hunt-Benutzer, für den das Token handelt.</translation>
    </message>
    <message>
        <source>Subscription key</source>
        <translation>Subscription-Key</translation>
    </message>
    <message>
        <source>Your API subscription key from the J.B. Hunt API portal, sent as a header with the token request and every API call. Kept in the keychain.</source>
        <translation>Ihr API-Subscription-Key aus dem J.B. Hunt API Portal, als Header mit der Token-Anfrage und jedem API-Aufruf gesendet. Wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Check the token URL J.B. Hunt gave you and that the subscription key is for the API you call.</source>
        <translation>Prüfen Sie die Token-URL, die J.B. Hunt Ihnen mitgeteilt hat, und ob der Subscription-Key für die aufgerufene API gilt.</translation>
    </message>
    <message>
        <source>Check the client id and secret, the user&apos;s name and password, and the subscription key from the J.B. Hunt API portal.</source>
        <translation>Prüfen Sie Client-ID und Secret, Benutzername und Passwort des Benutzers sowie den Subscription-Key aus dem J.B. Hunt API Portal.</translation>
    </message>
    <message>
        <source>token URL (not published)</source>
        <translation>Token-URL (nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>subscription key header name (Ocp-Apim-Subscription-Key)</source>
        <translation>Header-Name des Subscription-Keys (Ocp-Apim-Subscription-Key)</translation>
    </message>
    <message>
        <source>subscription key on the token request</source>
        <translation>Subscription-Key bei der Token-Anfrage</translation>
    </message>
    <message>
        <source>client credentials in the request body</source>
        <translation>Client-Zugangsdaten im Anfrage-Body</translation>
    </message>
    <message>
        <source>token format and lifetime</source>
        <translation>Token-Format und Lebensdauer</translation>
    </message>
    <message>
        <source>Asendia Sync API for international e-commerce parcels, labels and tracking</source>
        <translation>Asendia Sync API für internationale E-Commerce-Pakete, Etiketten und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Asendia&apos;s login takes a JSON body with your Asendia Sync user name and password, no grant type, and answers with a JWT in id_token. The URL and the token&apos;s lifetime of about a day come from public integration code and are not confirmed by Asendia&apos;s documentation; TokenDock reads the expiry from the token itself.</source>
        <translation>Der Login bei Asendia erwartet einen JSON-Body mit Benutzername und Passwort Ihres Asendia-Sync-Zugangs, ohne Grant-Typ, und antwortet mit einem JWT in id_token. Die URL und die Token-Lebensdauer von etwa einem Tag stammen aus öffentlichem Integrationscode und sind durch die Dokumentation von Asendia nicht bestätigt; TokenDock liest den Ablauf aus dem Token selbst.</translation>
    </message>
    <message>
        <source>Asendia user name</source>
        <translation>Asendia-Benutzername</translation>
    </message>
    <message>
        <source>Asendia password</source>
        <translation>Asendia-Passwort</translation>
    </message>
    <message>
        <source>An Asendia token lasts about a day; log in once and reuse it until shortly before it expires.</source>
        <translation>Ein Asendia-Token gilt etwa einen Tag; melden Sie sich einmal an und verwenden Sie es bis kurz vor dem Ablauf weiter.</translation>
    </message>
    <message>
        <source>Asendia publishes no separate test address; enter one if Asendia gave you one.</source>
        <translation>Asendia veröffentlicht keine eigene Testadresse; geben Sie eine ein, falls Asendia Ihnen eine mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Check the user name and password of your Asendia Sync account.</source>
        <translation>Prüfen Sie Benutzername und Passwort Ihres Asendia-Sync-Kontos.</translation>
    </message>
    <message>
        <source>token URL (from public integration code)</source>
        <translation>Token-URL (aus öffentlichem Integrationscode)</translation>
    </message>
    <message>
        <source>token lifetime (about 24 hours)</source>
        <translation>Token-Lebensdauer (etwa 24 Stunden)</translation>
    </message>
    <message>
        <source>DHL Parcel Benelux API for labels, pickups and tracking</source>
        <translation>DHL Parcel Benelux API für Etiketten, Abholungen und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>DHL Parcel NL issues tokens for a user id and key, which you create under API keys in the My DHL Parcel settings; they travel in a JSON body as userId and key. The answer states the expiry as a point in time (accessTokenExpiration) and brings a refresh token, which TokenDock keeps in the keychain but does not use: it logs in again. The token path and the test address come from public integration code and are not confirmed by DHL&apos;s own documentation.</source>
        <translation>DHL Parcel NL stellt Tokens für eine Benutzer-ID und einen Schlüssel aus, die Sie in den Einstellungen von My DHL Parcel unter API-Schlüssel anlegen; sie werden in einem JSON-Body als userId und key übertragen. Die Antwort gibt den Ablauf als Zeitpunkt an (accessTokenExpiration) und enthält ein Refresh-Token, das TokenDock im Schlüsselbund aufbewahrt, aber nicht verwendet: TokenDock meldet sich erneut an. Der Token-Pfad und die Testadresse stammen aus öffentlichem Integrationscode und sind durch die Dokumentation von DHL nicht bestätigt.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>A DHL Parcel NL token lasts minutes, until the time stated in the answer; fetch a new one shortly before then.</source>
        <translation>Ein DHL-Parcel-NL-Token gilt wenige Minuten, bis zu dem in der Antwort angegebenen Zeitpunkt; rufen Sie kurz davor ein neues ab.</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>DHL Parcel NL answers 400 when the user id or key is missing.</source>
        <translation>DHL Parcel NL antwortet mit 400, wenn Benutzer-ID oder Schlüssel fehlen.</translation>
    </message>
    <message>
        <source>Check the user id and key under API keys in the My DHL Parcel settings; a key that was deleted there stops working.</source>
        <translation>Prüfen Sie Benutzer-ID und Schlüssel unter API-Schlüssel in den Einstellungen von My DHL Parcel; ein dort gelöschter Schlüssel funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>token path and test address (from public integration code)</source>
        <translation>Token-Pfad und Testadresse (aus öffentlichem Integrationscode)</translation>
    </message>
    <message>
        <source>token lifetime (about 15 minutes in a sample)</source>
        <translation>Token-Lebensdauer (etwa 15 Minuten in einem Beispiel)</translation>
    </message>
    <message>
        <source>EchoSync APIs for truckload and LTL quotes, loads and tracking</source>
        <translation>EchoSync APIs für Angebote, Ladungen und Sendungsverfolgung bei Komplettladung und LTL</translation>
    </message>
    <message>
        <source>Echo wants an API key in the x-api-key header on the token call and on every API call, next to the client id and secret in the form body; TokenDock copies the header with the token. Ask for the scopes your integration needs, separated by spaces. Echo allows about three token requests a second. These facts come from a second-hand sample and are not confirmed by Echo&apos;s own documentation.</source>
        <translation>Echo erwartet einen API-Schlüssel im Header x-api-key beim Token-Aufruf und bei jedem API-Aufruf, zusätzlich zu Client-ID und Secret im Formular-Body; TokenDock kopiert den Header mit dem Token. Fordern Sie die Scopes an, die Ihre Integration benötigt, durch Leerzeichen getrennt. Echo erlaubt etwa drei Token-Anfragen pro Sekunde. Diese Angaben stammen aus einem Beispiel aus zweiter Hand und sind durch die Dokumentation von Echo nicht bestätigt.</translation>
    </message>
    <message>
        <source>An Echo token lasts an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein Echo-Token gilt eine Stunde; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>TokenDock knows no Echo test token URL; enter the one Echo gave you.</source>
        <translation>TokenDock kennt keine Test-Token-URL von Echo; geben Sie die URL ein, die Echo Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>The Echo API access to request, separated by spaces.</source>
        <translation>Der anzufordernde Echo-API-Zugriff, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>quotes:create loads:read</source>
        <translation>quotes:create loads:read</translation>
    </message>
    <message>
        <source>Check the scope field: it must name Echo API access your integration was granted.</source>
        <translation>Prüfen Sie das Feld „Scope“: Es muss einen Echo-API-Zugriff nennen, der Ihrer Integration gewährt wurde.</translation>
    </message>
    <message>
        <source>Check the client id, the secret and the API key Echo issued; all three belong to one Echo integration.</source>
        <translation>Prüfen Sie Client-ID, Secret und API-Schlüssel, die Echo ausgegeben hat; alle drei gehören zu einer Echo-Integration.</translation>
    </message>
    <message>
        <source>token URL, x-api-key header and scope names (from a second-hand sample)</source>
        <translation>Token-URL, Header x-api-key und Scope-Namen (aus einem Beispiel aus zweiter Hand)</translation>
    </message>
    <message>
        <source>token request limit (3 a second)</source>
        <translation>Limit für Token-Anfragen (3 pro Sekunde)</translation>
    </message>
    <message>
        <source>Trimble Identity tokens for Trimble transportation and cloud APIs</source>
        <translation>Trimble-Identity-Tokens für Trimble-APIs für Transport und Cloud</translation>
    </message>
    <message>
        <source>Trimble Identity takes the client id and secret of your Trimble application in HTTP Basic and returns a JWT that lasts an hour. Some Trimble APIs may want a scope naming the application; fill it in when the API&apos;s documentation says so. Whether a scope is needed is not confirmed.</source>
        <translation>Trimble Identity erwartet Client-ID und Secret Ihrer Trimble-Anwendung per HTTP Basic und liefert ein JWT, das eine Stunde gilt. Manche Trimble-APIs erwarten möglicherweise einen Scope, der die Anwendung nennt; tragen Sie ihn ein, wenn die Dokumentation der API dies verlangt. Ob ein Scope nötig ist, ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>A Trimble token lasts an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein Trimble-Token gilt eine Stunde; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>TokenDock knows no Trimble test token URL; enter the one Trimble gave you.</source>
        <translation>TokenDock kennt keine Test-Token-URL von Trimble; geben Sie die URL ein, die Trimble Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Optional. The Trimble application or API scope, if the API asks for one.</source>
        <translation>Optional. Der Scope der Trimble-Anwendung oder -API, falls die API einen verlangt.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your application in the Trimble developer console; Trimble takes them only as HTTP Basic credentials.</source>
        <translation>Prüfen Sie Client-ID und Secret Ihrer Anwendung in der Trimble Developer Console; Trimble akzeptiert sie nur als HTTP-Basic-Zugangsdaten.</translation>
    </message>
    <message>
        <source>whether a scope is needed</source>
        <translation>ob ein Scope nötig ist</translation>
    </message>
    <message>
        <source>Uber Direct and business APIs for on-demand delivery</source>
        <translation>Uber Direct und Business-APIs für Zustellung auf Abruf</translation>
    </message>
    <message>
        <source>Uber needs the scope your app was granted in every token request. A token lasts 30 days and Uber allows 100 token requests an hour: fetch one and reuse it. The token format is not confirmed by Uber.</source>
        <translation>Uber verlangt in jeder Token-Anfrage den Scope, der Ihrer App gewährt wurde. Ein Token gilt 30 Tage, und Uber erlaubt 100 Token-Anfragen pro Stunde: Rufen Sie eines ab und verwenden Sie es weiter. Das Token-Format ist von Uber nicht bestätigt.</translation>
    </message>
    <message>
        <source>An Uber token lasts 30 days; keep reusing it, and never fetch one per API call.</source>
        <translation>Ein Uber-Token gilt 30 Tage; verwenden Sie es weiter und rufen Sie nie eines pro API-Aufruf ab.</translation>
    </message>
    <message>
        <source>TokenDock knows no Uber test token URL; enter the one Uber gave you.</source>
        <translation>TokenDock kennt keine Test-Token-URL von Uber; geben Sie die URL ein, die Uber Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>The scope your Uber app was granted, as the Uber dashboard shows it. Separate several with spaces.</source>
        <translation>Der Scope, der Ihrer Uber-App gewährt wurde, wie ihn das Uber-Dashboard anzeigt. Trennen Sie mehrere durch Leerzeichen.</translation>
    </message>
    <message>
        <source>eats.deliveries</source>
        <translation>eats.deliveries</translation>
    </message>
    <message>
        <source>Check the scope field: Uber refuses a request without a scope, or with one your app was not granted.</source>
        <translation>Prüfen Sie das Feld „Scope“: Uber lehnt eine Anfrage ohne Scope oder mit einem Scope ab, der Ihrer App nicht gewährt wurde.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your Uber app; test and production apps have different ones.</source>
        <translation>Prüfen Sie Client-ID und Secret Ihrer Uber-App; Test- und Produktions-Apps haben unterschiedliche.</translation>
    </message>
    <message>
        <source>Motive Freight Marketplace APIs, formerly KeepTruckin</source>
        <translation>Motive Freight Marketplace APIs, früher KeepTruckin</translation>
    </message>
    <message>
        <source>Motive&apos;s token lasts at most two hours and its token endpoint allows about three requests a second. That the client id and secret go in the form body with grant_type=client_credentials is TokenDock&apos;s assumption, not confirmed by Motive&apos;s documentation; if Motive refuses, try the generic OAuth 2.0 preset with HTTP Basic.</source>
        <translation>Das Token von Motive gilt höchstens zwei Stunden, und der Token-Endpunkt erlaubt etwa drei Anfragen pro Sekunde. Dass Client-ID und Secret mit grant_type=client_credentials im Formular-Body übertragen werden, ist eine Annahme von TokenDock und durch die Dokumentation von Motive nicht bestätigt; falls Motive ablehnt, versuchen Sie das generische OAuth-2.0-Preset mit HTTP Basic.</translation>
    </message>
    <message>
        <source>A Motive token lasts up to two hours; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein Motive-Token gilt bis zu zwei Stunden; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>TokenDock knows no Motive test token URL; enter the one Motive gave you.</source>
        <translation>TokenDock kennt keine Test-Token-URL von Motive; geben Sie die URL ein, die Motive Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Check the client id and secret Motive issued for the Freight Marketplace.</source>
        <translation>Prüfen Sie Client-ID und Secret, die Motive für den Freight Marketplace ausgegeben hat.</translation>
    </message>
    <message>
        <source>client id and secret in the form body</source>
        <translation>Client-ID und Secret im Formular-Body</translation>
    </message>
    <message>
        <source>grant type client_credentials</source>
        <translation>Grant-Typ client_credentials</translation>
    </message>
    <message>
        <source>Loadsmart ShipperGuide APIs for truckload and LTL quotes and shipments</source>
        <translation>Loadsmart ShipperGuide APIs für Angebote und Sendungen bei Komplettladung und LTL</translation>
    </message>
    <message>
        <source>Loadsmart takes the client id and secret in HTTP Basic with grant_type=client_credentials. How long a token lasts and its format are not confirmed by Loadsmart; TokenDock reads expires_in from the answer.</source>
        <translation>Loadsmart erwartet Client-ID und Secret per HTTP Basic mit grant_type=client_credentials. Wie lange ein Token gilt und sein Format sind von Loadsmart nicht bestätigt; TokenDock liest expires_in aus der Antwort.</translation>
    </message>
    <message>
        <source>Reuse the token and fetch the next one shortly before expires_in runs out.</source>
        <translation>Verwenden Sie das Token weiter und rufen Sie das nächste kurz vor Ablauf von expires_in ab.</translation>
    </message>
    <message>
        <source>TokenDock knows no Loadsmart test token URL; enter the one Loadsmart gave you.</source>
        <translation>TokenDock kennt keine Test-Token-URL von Loadsmart; geben Sie die URL ein, die Loadsmart Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Check the client id and secret Loadsmart issued; Loadsmart takes them only as HTTP Basic credentials.</source>
        <translation>Prüfen Sie Client-ID und Secret, die Loadsmart ausgegeben hat; Loadsmart akzeptiert sie nur als HTTP-Basic-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Expeditors shipment APIs for forwarding and customs visibility</source>
        <translation>Expeditors-Sendungs-APIs für Spedition und Zoll-Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Expeditors does not publish a token URL: each customer gets its own API host, so enter the …/oauth2/token address Expeditors gave you. The client id and secret go in HTTP Basic, only client_credentials is accepted, and a token lasts about two hours. Expeditors allows at most 10 token requests an hour: reuse the token.</source>
        <translation>Expeditors veröffentlicht keine Token-URL: Jeder Kunde erhält einen eigenen API-Host, geben Sie daher die Adresse …/oauth2/token ein, die Expeditors Ihnen mitgeteilt hat. Client-ID und Secret werden per HTTP Basic übertragen, nur client_credentials wird akzeptiert, und ein Token gilt etwa zwei Stunden. Expeditors erlaubt höchstens 10 Token-Anfragen pro Stunde: Verwenden Sie das Token weiter.</translation>
    </message>
    <message>
        <source>An Expeditors token lasts about two hours and only 10 may be requested an hour; reuse it until it expires.</source>
        <translation>Ein Expeditors-Token gilt etwa zwei Stunden, und nur 10 dürfen pro Stunde angefordert werden; verwenden Sie es bis zum Ablauf weiter.</translation>
    </message>
    <message>
        <source>Expeditors gives each customer its host; enter the …/oauth2/token URL Expeditors gave you.</source>
        <translation>Expeditors gibt jedem Kunden einen eigenen Host; geben Sie die URL …/oauth2/token ein, die Expeditors Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Check the client id and secret Expeditors issued, and that the token URL is the host Expeditors gave you.</source>
        <translation>Prüfen Sie Client-ID und Secret, die Expeditors ausgegeben hat, und ob die Token-URL den Host verwendet, den Expeditors Ihnen mitgeteilt hat.</translation>
    </message>
    <message>
        <source>token URL (each customer gets its own host)</source>
        <translation>Token-URL (jeder Kunde erhält einen eigenen Host)</translation>
    </message>
    <message>
        <source>GLS ShipIT parcel shipping, labels and tracking</source>
        <translation>GLS ShipIT für Paketversand, Etiketten und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>GLS takes the client id and secret in HTTP Basic with grant_type=client_credentials in the form body and says in expires_in how long the token lasts. The token URLs come from public integration code and are not confirmed by GLS&apos;s own documentation.</source>
        <translation>GLS erwartet Client-ID und Secret per HTTP Basic mit grant_type=client_credentials im Formular-Body und gibt in expires_in an, wie lange das Token gilt. Die Token-URLs stammen aus öffentlichem Integrationscode und sind durch die Dokumentation von GLS nicht bestätigt.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your GLS developer app; sandbox and production apps differ.</source>
        <translation>Prüfen Sie Client-ID und Secret Ihrer GLS-Entwickler-App; Sandbox- und Produktions-Apps unterscheiden sich.</translation>
    </message>
    <message>
        <source>DHL Authentication API tokens for DHL Freight and other DHL Group APIs</source>
        <translation>Tokens der DHL Authentication API für DHL Freight und andere APIs der DHL Group</translation>
    </message>
    <message>
        <source>DHL&apos;s Authentication API takes your app&apos;s API key and secret (consumer key and secret) in HTTP Basic; the request has no body, and the response type and grant type travel in the token URL. The response type chooses the token: access_token for an opaque one, id_token for a JWT. The token path and host, and the id_token choice, come from public samples and integration code and are not confirmed by DHL&apos;s documentation.</source>
        <translation>Die Authentication API von DHL erwartet API-Schlüssel und Secret Ihrer App (Consumer Key und Consumer Secret) per HTTP Basic; die Anfrage hat keinen Body, und Response-Type und Grant-Typ werden in der Token-URL übertragen. Der Response-Type bestimmt das Token: access_token für ein opakes, id_token für ein JWT. Token-Pfad und Host sowie die Wahl von id_token stammen aus öffentlichen Beispielen und Integrationscode und sind durch die Dokumentation von DHL nicht bestätigt.</translation>
    </message>
    <message>
        <source>API key (consumer key)</source>
        <translation>API-Schlüssel (Consumer Key)</translation>
    </message>
    <message>
        <source>API secret (consumer secret)</source>
        <translation>API-Secret (Consumer Secret)</translation>
    </message>
    <message>
        <source>A DHL token lasts about 30 minutes; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Ein DHL-Token gilt etwa 30 Minuten; verwenden Sie es weiter und rufen Sie das nächste kurz vor dem Ablauf ab.</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Token-Format</translation>
    </message>
    <message>
        <source>access_token asks for an opaque token, id_token for a JWT; the API you call says which it takes.</source>
        <translation>access_token fordert ein opakes Token an, id_token ein JWT; welches die aufgerufene API akzeptiert, steht in deren Dokumentation.</translation>
    </message>
    <message>
        <source>Check the token format field: DHL accepts access_token or id_token.</source>
        <translation>Prüfen Sie das Feld „Token-Format“: DHL akzeptiert access_token oder id_token.</translation>
    </message>
    <message>
        <source>Check the API key and secret of your DHL developer app, and that the app has access to the API you want to call.</source>
        <translation>Prüfen Sie API-Schlüssel und Secret Ihrer DHL-Entwickler-App und ob die App Zugriff auf die API hat, die Sie aufrufen möchten.</translation>
    </message>
    <message>
        <source>token URL path and host</source>
        <translation>Pfad und Host der Token-URL</translation>
    </message>
    <message>
        <source>id_token as the way to get a JWT</source>
        <translation>id_token als Weg zu einem JWT</translation>
    </message>
    <message>
        <source>token lifetime (about 30 minutes)</source>
        <translation>Token-Lebensdauer (etwa 30 Minuten)</translation>
    </message>
    <message>
        <source>token lifetime (about ten hours)</source>
        <translation>Token-Lebensdauer (etwa zehn Stunden)</translation>
    </message>
    <message>
        <source>probe path</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>the issuer of its tokens&apos; signing keys</source>
        <translation>der Aussteller der Signaturschlüssel seiner Token</translation>
    </message>
    <message>
        <source>Microsoft identity platform client secrets expire after at most 24 months. The Azure portal shows the date under App registrations, Certificates &amp; secrets.</source>
        <translation>Client-Secrets der Microsoft Identity Platform laufen nach höchstens 24 Monaten ab. Das Azure-Portal zeigt das Datum unter App-Registrierungen, Zertifikate &amp; Geheimnisse.</translation>
    </message>
</context>
</TS>
