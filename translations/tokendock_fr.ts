<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not valid</source>
        <translation>le champ «&#xa0;%1&#xa0;» est absent ou non valide</translation>
    </message>
</context>
<context>
    <name>AccountCheck</name>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation>Aucun secret client n’est encore enregistré pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation>Saisissez-le avec «&#xa0;tokendock edit %1 --secret-stdin&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>BAC À SABLE</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>AccountExchange</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a TokenDock export.</source>
        <translation>%1 est trop volumineux pour être une exportation TokenDock.</translation>
    </message>
    <message>
        <source>The file is not a TokenDock export (it is not a JSON object).</source>
        <translation>Ce fichier n’est pas une exportation TokenDock (ce n’est pas un objet JSON).</translation>
    </message>
    <message>
        <source>The file is not a TokenDock export (its format is not “%1”).</source>
        <translation>Ce fichier n’est pas une exportation TokenDock (son format n’est pas «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The file was exported by a newer TokenDock (format %1); update TokenDock to import it.</source>
        <translation>Ce fichier a été exporté par une version plus récente de TokenDock (format %1)&#x202f;; mettez TokenDock à jour pour l’importer.</translation>
    </message>
    <message>
        <source>The file has no format version or no account list.</source>
        <translation>Le fichier n’a pas de version de format ou pas de liste de comptes.</translation>
    </message>
    <message>
        <source>Account %1 in the file: %2. Nothing was imported.</source>
        <translation>Compte %1 du fichier&#xa0;: %2. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”) uses the carrier “%3”, which this TokenDock does not know. Nothing was imported.</source>
        <translation>Le compte %1 du fichier («&#xa0;%2&#xa0;») utilise le transporteur «&#xa0;%3&#xa0;», que cette version de TokenDock ne connaît pas. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file holds two accounts named “%1”. Nothing was imported.</source>
        <translation>Le fichier contient deux comptes nommés «&#xa0;%1&#xa0;». Rien n’a été importé.</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>corps de la requête</translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”): %3 Nothing was imported.</source>
        <translation>Compte %1 du fichier («&#xa0;%2&#xa0;»)&#xa0;: %3 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transporteur</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>client credentials sent in</source>
        <translation>transmission des identifiants client</translation>
    </message>
    <message>
        <source>grant type</source>
        <translation>type d’octroi</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>en-tête %1</translation>
    </message>
    <message>
        <source>An account named “%1” was added while the file was being read. Nothing was imported; import again to see it listed.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» a été ajouté pendant la lecture du fichier. Rien n’a été importé&#x202f;; relancez l’importation pour le voir dans la liste.</translation>
    </message>
    <message>
        <source>“%1” changed while the file was being read. Nothing was imported; import again to see the changes.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié pendant la lecture du fichier. Rien n’a été importé&#x202f;; relancez l’importation pour voir les modifications.</translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”) has a token URL with an invisible or control character (%3) that can make it look like another address. Nothing was imported.</source>
        <translation>Le compte %1 du fichier («&#xa0;%2&#xa0;») a une URL de jeton contenant un caractère invisible ou de contrôle (%3) qui peut la faire passer pour une autre adresse. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>token exchange (names and headers the credentials travel in)</source>
        <translation>échange de jetons (noms et en-têtes dans lesquels transitent les identifiants)</translation>
    </message>
    <message>
        <source>grant types</source>
        <translation>types d’octroi</translation>
    </message>
    <message>
        <source>token request (method, body, names)</source>
        <translation>requête de jeton (méthode, corps, noms)</translation>
    </message>
    <message>
        <source>token answer (where the token and its expiry are)</source>
        <translation>réponse de jeton (emplacement du jeton et de son expiration)</translation>
    </message>
    <message>
        <source>API calls (how the token is sent)</source>
        <translation>appels d’API (mode d’envoi du jeton)</translation>
    </message>
    <message>
        <source>other settings</source>
        <translation>autres paramètres</translation>
    </message>
    <message>
        <source>token URL (%1)</source>
        <translation>URL du jeton (%1)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>probe URL (where tests send the token)</source>
        <translation>URL de sonde (où les tests envoient le jeton)</translation>
    </message>
    <message>
        <source>probe after each test</source>
        <translation>sonde après chaque test</translation>
    </message>
    <message>
        <source>issuer of the signing keys</source>
        <translation>émetteur des clés de signature</translation>
    </message>
    <message>
        <source>JWKS URL (signing keys)</source>
        <translation>URL JWKS (clés de signature)</translation>
    </message>
    <message>
        <source>pasted signing key</source>
        <translation>clé de signature collée</translation>
    </message>
    <message>
        <source>key SHA-256 %1…</source>
        <translation>clé SHA-256 %1…</translation>
    </message>
</context>
<context>
    <name>AccountFinder</name>
    <message>
        <source>Find Account</source>
        <translation>Rechercher un compte</translation>
    </message>
    <message>
        <source>Find an account by name, carrier or client id</source>
        <translation>Rechercher un compte par nom, transporteur ou identifiant client</translation>
    </message>
    <message>
        <source>Find account</source>
        <translation>Rechercher un compte</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Comptes correspondants</translation>
    </message>
    <message>
        <source>%1 copies the header, %2 the token, %3 a curl command; %4 closes.</source>
        <translation>%1 copie l’en-tête, %2 le jeton, %3 une commande curl&#x202f;; %4 ferme.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>AccountListPane</name>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Aucun compte ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Show accounts whose name, carrier, environment or client id contain every word (%1)</source>
        <translation>Affiche les comptes dont le nom, le transporteur, l’environnement ou l’ID client contiennent tous les mots (%1)</translation>
    </message>
    <message>
        <source>No accounts yet.
Add one with New (%1).</source>
        <translation>Aucun compte pour l’instant.
Ajoutez-en un avec «&#xa0;Nouveau&#xa0;» (%1).</translation>
    </message>
</context>
<context>
    <name>AccountOptions</name>
    <message>
        <source>Rename the account.</source>
        <translation>Renommer le compte.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>The carrier preset (see “tokendock carriers”).</source>
        <translation>Le préréglage du transporteur (voir «&#xa0;tokendock carriers&#xa0;»).</translation>
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
        <translation>L’URL de jeton, à la place de celle du préréglage (https&#x202f;; http uniquement vers cet ordinateur).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The client id (API key).</source>
        <translation>L’ID client (clé d’API).</translation>
    </message>
    <message>
        <source>The grant type, for carriers that have several (FedEx).</source>
        <translation>Le type d’octroi, pour les transporteurs qui en ont plusieurs (FedEx).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>A preset field (e.g. clientrefnum, scope, child_Key, tenant) or an extra body parameter. Repeatable; KEY= removes it. Secret fields are read from standard input, never given here.</source>
        <translation>Un champ du préréglage (par ex. clientrefnum, scope, child_Key, tenant) ou un paramètre supplémentaire du corps. Répétable&#x202f;; KEY= le supprime. Les champs secrets sont lus sur l’entrée standard, jamais indiqués ici.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>An extra request header. Repeatable; KEY= removes it.</source>
        <translation>Un en-tête de requête supplémentaire. Répétable&#x202f;; KEY= le supprime.</translation>
    </message>
    <message>
        <source>Read a new client secret from standard input (one line; an empty line keeps the stored one), then one line per secret field of the preset, e.g. FedEx child_secret. At a terminal you are asked without echo.</source>
        <translation>Lire un nouveau secret client sur l’entrée standard (une ligne&#x202f;; une ligne vide conserve celui enregistré), puis une ligne par champ secret du préréglage, par ex. FedEx child_secret. Dans un terminal, la saisie est demandée sans écho.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (one line), then one line per secret field of the preset, e.g. FedEx child_secret. Without it you are asked at the terminal, without echo.</source>
        <translation>Lire le secret client sur l’entrée standard (une ligne), puis une ligne par champ secret du préréglage, par ex. FedEx child_secret. Sans cette option, la saisie est demandée dans le terminal, sans écho.</translation>
    </message>
    <message>
        <source>TokenDock knows no carrier “%1”.</source>
        <translation>TokenDock ne connaît aucun transporteur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run “tokendock carriers” to see the carrier ids.</source>
        <translation>Exécutez «&#xa0;tokendock carriers&#xa0;» pour voir les ID des transporteurs.</translation>
    </message>
    <message>
        <source>Choose the carrier with --carrier ID.</source>
        <translation>Choisissez le transporteur avec --carrier ID.</translation>
    </message>
    <message>
        <source>The account uses the carrier “%1”, which TokenDock does not know; choose one with --carrier ID.</source>
        <translation>Le compte utilise le transporteur «&#xa0;%1&#xa0;», que TokenDock ne connaît pas&#x202f;; choisissez-en un avec --carrier ID.</translation>
    </message>
    <message>
        <source>%1 has no environment “%2”; choose one of: %3.</source>
        <translation>%1 n’a pas d’environnement «&#xa0;%2&#xa0;»&#x202f;; choisissez parmi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The custom environment needs a token URL: add --token-url URL.</source>
        <translation>L’environnement personnalisé nécessite une URL de jeton&#xa0;: ajoutez --token-url URL.</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not “%1”.</source>
        <translation>--param attend KEY=VALUE, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give it on standard input with --secret-stdin (%1).</source>
        <translation>Indiquez-le sur l’entrée standard avec --secret-stdin (%1).</translation>
    </message>
    <message>
        <source>It is only sent with the grant types %1: choose one with --grant-type, then give it on standard input with --secret-stdin.</source>
        <translation>Il n’est envoyé qu’avec les types d’octroi %1&#xa0;: choisissez-en un avec --grant-type, puis indiquez-le sur l’entrée standard avec --secret-stdin.</translation>
    </message>
    <message>
        <source>%1 is a secret, so TokenDock does not take it on the command line.</source>
        <translation>%1 est un secret, TokenDock ne l’accepte donc pas sur la ligne de commande.</translation>
    </message>
    <message>
        <source>%1 looks like a secret; TokenDock keeps extra parameters in its account file, never secrets.</source>
        <translation>%1 ressemble à un secret&#x202f;; TokenDock conserve les paramètres supplémentaires dans son fichier de comptes, jamais les secrets.</translation>
    </message>
    <message>
        <source>--header takes KEY=VALUE, not “%1”.</source>
        <translation>--header attend KEY=VALUE, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (Enter keeps the stored one)</source>
        <translation> (Entrée conserve celui enregistré)</translation>
    </message>
    <message>
        <source>A line on standard input is longer than %1 KiB; that is not a secret TokenDock can use.</source>
        <translation>Une ligne de l’entrée standard dépasse %1 Kio&#x202f;; ce n’est pas un secret utilisable par TokenDock.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <source>Pipe the secret in with --secret-stdin, or run the command in a terminal.</source>
        <translation>Transmettez le secret par un tube avec --secret-stdin, ou exécutez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Set it with %1.</source>
        <translation>Définissez-le avec %1.</translation>
    </message>
    <message>
        <source>Give secrets on standard input with --secret-stdin (%1).</source>
        <translation>Indiquez les secrets sur l’entrée standard avec --secret-stdin (%1).</translation>
    </message>
    <message>
        <source>An environment id of the preset (default: its first), or “custom” together with --token-url.</source>
        <translation>Un ID d’environnement du préréglage (par défaut&#xa0;: le premier), ou «&#xa0;custom&#xa0;» avec --token-url.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>le secret client</translation>
    </message>
    <message>
        <source>How the client id and secret travel: “body”, “basic” (HTTP Basic) or “headers”, where the carrier accepts more than one.</source>
        <translation>Mode de transmission de l’ID client et du secret&#xa0;: «&#xa0;body&#xa0;», «&#xa0;basic&#xa0;» (HTTP Basic) ou «&#xa0;headers&#xa0;», si le transporteur en accepte plusieurs.</translation>
    </message>
    <message>
        <source>body|basic|headers</source>
        <translation>body|basic|headers</translation>
    </message>
    <message>
        <source>For the generic preset: one part of a token exchange that is not textbook OAuth, e.g. request.method=GET, request.body=json|form|none, request.clientId=principal, request.grantType=none (no grant type sent), request.apiKeyHeader=x-api-key, response.token=data.token, response.tokenHeader=X-Token, response.expiresIn=ttl, response.expiresAt=expiry, use.header=X-Auth-Token, use.scheme=none (the bare token), use.apiKey=true. Repeatable; KEY= goes back to the default.</source>
        <translation>Pour le préréglage générique&#xa0;: une partie d’un échange de jeton qui ne suit pas l’OAuth classique, p. ex. request.method=GET, request.body=json|form|none, request.clientId=principal, request.grantType=none (aucun type d’octroi envoyé), request.apiKeyHeader=x-api-key, response.token=data.token, response.tokenHeader=X-Token, response.expiresIn=ttl, response.expiresAt=expiry, use.header=X-Auth-Token, use.scheme=none (le jeton seul), use.apiKey=true. Répétable&#x202f;; KEY= rétablit la valeur par défaut.</translation>
    </message>
    <message>
        <source>--auth takes “body”, “basic” or “headers”, not “%1”.</source>
        <translation>--auth attend «&#xa0;body&#xa0;», «&#xa0;basic&#xa0;» ou «&#xa0;headers&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <translation>ligne 1&#xa0;: %1</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>%1 describes its own token exchange; --exchange is for the generic preset (--carrier oauth2).</source>
        <translation>%1 décrit son propre échange de jeton&#x202f;; --exchange est réservé au préréglage générique (--carrier oauth2).</translation>
    </message>
    <message>
        <source>--exchange takes PART.KEY=VALUE (e.g. response.token=data.token), not “%1”.</source>
        <translation>--exchange attend PART.KEY=VALUE (p. ex. response.token=data.token), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The OpenID issuer of the account&apos;s tokens, whose discovery document names the keys that check their signatures (https). An empty value removes it.</source>
        <translation>L’émetteur OpenID des jetons du compte, dont le document de découverte désigne les clés qui vérifient leurs signatures (https). Une valeur vide le supprime.</translation>
    </message>
    <message>
        <source>The JWK set URL with the keys that check the tokens&apos; signatures (https). An empty value removes it.</source>
        <translation>L’URL du jeu de clés JWK contenant les clés qui vérifient les signatures des jetons (https). Une valeur vide la supprime.</translation>
    </message>
    <message>
        <source>A file with the carrier&apos;s public key (PEM, JWK or JWK set) that checks the tokens&apos; signatures. An empty value removes it.</source>
        <translation>Un fichier contenant la clé publique du transporteur (PEM, JWK ou jeu de clés JWK) qui vérifie les signatures des jetons. Une valeur vide le supprime.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Le fichier de clé %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no public key TokenDock can use: %2</source>
        <translation>%1 ne contient aucune clé publique utilisable par TokenDock&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>il est trop volumineux</translation>
    </message>
    <message>
        <source>Whether “tokendock test” makes the probe, a harmless read-only API call with the new token: on (the default) or off.</source>
        <translation>Indique si «&#xa0;tokendock test&#xa0;» effectue la sonde, un appel d’API inoffensif en lecture seule avec le nouveau jeton&#xa0;: on (par défaut) ou off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>The probe&apos;s API call: a path joined to the environment&apos;s API address (e.g. /v1/ping) or a full https URL. The token is sent there. Empty: the preset&apos;s.</source>
        <translation>L’appel d’API de la sonde&#xa0;: un chemin ajouté à l’adresse d’API de l’environnement (par ex. /v1/ping) ou une URL https complète. Le jeton y est envoyé. Vide&#xa0;: celui du préréglage.</translation>
    </message>
    <message>
        <source>The probe&apos;s method: GET (the default) or HEAD; a probe only reads.</source>
        <translation>La méthode de la sonde&#xa0;: GET (par défaut) ou HEAD&#x202f;; une sonde ne fait que lire.</translation>
    </message>
    <message>
        <source>GET|HEAD</source>
        <translation>GET|HEAD</translation>
    </message>
    <message>
        <source>A dotted JSON path a good probe answer must hold, e.g. data.items. Empty: any 2xx answer will do.</source>
        <translation>Un chemin JSON à points que doit contenir une bonne réponse de la sonde, par ex. data.items. Vide&#xa0;: toute réponse 2xx convient.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>--probe takes on or off, not “%1”.</source>
        <translation>--probe accepte on ou off, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The probe is not valid: %1</source>
        <translation>La sonde n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: the probe sends the token to %1, a host %2 does not name.</source>
        <translation>Remarque&#xa0;: la sonde envoie le jeton à %1, un hôte que %2 ne mentionne pas.</translation>
    </message>
    <message>
        <source>The day the carrier says the client secret expires (its portal shows it), so “tokendock list” and the reminders can warn in time; “none” forgets it. A new client secret without it forgets the old secret&apos;s date.</source>
        <translation>Le jour où, selon le transporteur, le secret client expire (son portail l’indique), afin que «&#xa0;tokendock list&#xa0;» et les rappels puissent avertir à temps&#x202f;; «&#xa0;none&#xa0;» l’oublie. Un nouveau secret client sans cette date efface celle de l’ancien secret.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD|none</source>
        <translation>YYYY-MM-DD|none</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>No tests yet. Each test&apos;s time, outcome, HTTP status and latency are kept here (the last %n).</source>
        <translation>
            <numerusform>Aucun test pour l’instant. L’heure, le résultat, le statut HTTP et la latence de chaque test sont conservés ici (%n dernier test au maximum).</numerusform>
            <numerusform>Aucun test pour l’instant. L’heure, le résultat, le statut HTTP et la latence de chaque test sont conservés ici (%n derniers tests au maximum).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep fresh</source>
        <translation>Renouvellement automatique</translation>
    </message>
    <message>
        <source>Keep fresh was not changed</source>
        <translation>Le renouvellement automatique n’a pas été modifié</translation>
    </message>
    <message>
        <source>Renew the token before it expires, as the carrier advises, even while the window is closed.</source>
        <translation>Renouveler le jeton avant son expiration, comme le conseille le transporteur, même lorsque la fenêtre est fermée.</translation>
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
        <translation>Choisissez un transporteur&#x202f;; TokenDock ne connaît pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose an environment for %1.</source>
        <translation>Choisissez un environnement pour %1.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Saisissez l’ID client.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>%1 does not accept the grant type %2.</source>
        <translation>%1 n’accepte pas le type d’octroi %2.</translation>
    </message>
    <message>
        <source>%1 expects the client credentials in the request body.</source>
        <translation>%1 attend les identifiants client dans le corps de la requête.</translation>
    </message>
    <message>
        <source>%1 expects the client credentials in HTTP Basic authentication.</source>
        <translation>%1 attend les identifiants client en authentification HTTP Basic.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Renseignez le champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit valoir l’une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is set by TokenDock itself; remove it from the extra parameters.</source>
        <translation>%1 est défini par TokenDock lui-même&#x202f;; retirez-le des paramètres supplémentaires.</translation>
    </message>
    <message>
        <source>The %1 header is set by TokenDock itself.</source>
        <translation>L’en-tête %1 est défini par TokenDock lui-même.</translation>
    </message>
    <message>
        <source>%1 is deprecated; use %2 instead.</source>
        <translation>%1 est obsolète&#x202f;; utilisez plutôt %2.</translation>
    </message>
    <message>
        <source>This token URL is not confirmed by %1&apos;s documentation; check it against what the carrier gave you.</source>
        <translation>Cette URL de jeton n’est pas confirmée par la documentation de %1&#x202f;; comparez-la avec celle que le transporteur vous a fournie.</translation>
    </message>
    <message>
        <source>%1 expects the client credentials in the %2 and %3 headers.</source>
        <translation>%1 attend les identifiants client dans les en-têtes %2 et %3.</translation>
    </message>
    <message>
        <source>This exchange sends no request body, so nothing can travel in it: send the credentials in HTTP Basic or headers, or choose a form or JSON body.</source>
        <translation>Cet échange n’envoie pas de corps de requête, rien ne peut donc y transiter&#xa0;: envoyez les identifiants en HTTP Basic ou dans des en-têtes, ou choisissez un corps de formulaire ou JSON.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n’existe plus.</translation>
    </message>
    <message>
        <source>The account was kept because its secret could not be removed from the keychain. %1</source>
        <translation>Le compte a été conservé, car son secret n’a pas pu être supprimé du trousseau de clés. %1</translation>
    </message>
    <message>
        <source>The accounts were imported, but their old secrets could not be removed from the keychain (they will not be used). %1</source>
        <translation>Les comptes ont été importés, mais leurs anciens secrets n’ont pas pu être supprimés du trousseau de clés (ils ne seront pas utilisés). %1</translation>
    </message>
    <message>
        <source>The account&apos;s token URL, carrier, environment or client id was changed elsewhere while you were editing, so the secret was not saved. Check the account as it is now and enter the secret again.</source>
        <translation>L’URL de jeton, le transporteur, l’environnement ou l’ID client du compte ont été modifiés ailleurs pendant que vous le modifiiez&#x202f;; le secret n’a donc pas été enregistré. Vérifiez le compte tel qu’il est maintenant et saisissez de nouveau le secret.</translation>
    </message>
    <message>
        <source>The file carries carrier presets, which cannot be installed here. Nothing was imported.</source>
        <translation>Le fichier contient des préréglages de transporteur, qui ne peuvent pas être installés ici. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>No account was imported: a carrier preset the file carries could not be installed. %1</source>
        <translation>Aucun compte n’a été importé&#xa0;: un préréglage de transporteur contenu dans le fichier n’a pas pu être installé. %1</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>Not tested</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Expired just now</source>
        <translation>Vient d’expirer</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Encore %1</translation>
    </message>
    <message>
        <source>Needs secret</source>
        <translation>Secret requis</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n s ago</source>
        <translation>
            <numerusform>Expiré il y a %n s</numerusform>
            <numerusform>Expiré il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n min ago</source>
        <translation>
            <numerusform>Expiré il y a %n min</numerusform>
            <numerusform>Expiré il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n h ago</source>
        <translation>
            <numerusform>Expiré il y a %n h</numerusform>
            <numerusform>Expiré il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired %1 h %2 min ago</source>
        <translation>Expiré il y a %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Expiré il y a %n jour</numerusform>
            <numerusform>Expiré il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n s</source>
        <translation>
            <numerusform>Expire dans %n s</numerusform>
            <numerusform>Expire dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n min</source>
        <translation>
            <numerusform>Expire dans %n min</numerusform>
            <numerusform>Expire dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n h</source>
        <translation>
            <numerusform>Expire dans %n h</numerusform>
            <numerusform>Expire dans %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires in %1 h %2 min</source>
        <translation>Expire dans %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n s</source>
        <translation>
            <numerusform>expire dans %n s</numerusform>
            <numerusform>expire dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>expire dans %n min</numerusform>
            <numerusform>expire dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>expire dans %n h</numerusform>
            <numerusform>expire dans %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1 h %2 min</source>
        <translation>expire dans %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n days</source>
        <translation>
            <numerusform>expire dans %n jour</numerusform>
            <numerusform>expire dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n s.</source>
        <translation>
            <numerusform>Nouveau jeton, valable %n s.</numerusform>
            <numerusform>Nouveau jeton, valable %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n min.</source>
        <translation>
            <numerusform>Nouveau jeton, valable %n min.</numerusform>
            <numerusform>Nouveau jeton, valable %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n h.</source>
        <translation>
            <numerusform>Nouveau jeton, valable %n h.</numerusform>
            <numerusform>Nouveau jeton, valable %n h.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new token, valid for %1 h %2 min.</source>
        <translation>Nouveau jeton, valable %1 h %2 min.</translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n days.</source>
        <translation>
            <numerusform>Nouveau jeton, valable %n jour.</numerusform>
            <numerusform>Nouveau jeton, valable %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>TokenDock could not read its account list at %1: %2. The file was left as it is and a copy was saved as %3. Until you choose to start fresh, TokenDock will not change the file.</source>
        <translation>TokenDock n’a pas pu lire sa liste de comptes dans %1&#xa0;: %2. Le fichier a été laissé tel quel et une copie a été enregistrée sous %3. Tant que vous ne choisissez pas de repartir de zéro, TokenDock ne modifiera pas le fichier.</translation>
    </message>
    <message>
        <source>TokenDock could not read its account list at %1: %2. The file was left as it is (a copy could not be made). Until you choose to start fresh, TokenDock will not change the file.</source>
        <translation>TokenDock n’a pas pu lire sa liste de comptes dans %1&#xa0;: %2. Le fichier a été laissé tel quel (aucune copie n’a pu être faite). Tant que vous ne choisissez pas de repartir de zéro, TokenDock ne modifiera pas le fichier.</translation>
    </message>
    <message>
        <source>the file is %1 MB, far larger than any account list</source>
        <translation>le fichier fait %1 Mo, bien plus que n’importe quelle liste de comptes</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n’est pas un JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>it was written by a newer version of TokenDock (format %1; this version reads format %2), so update TokenDock to use these accounts</source>
        <translation>il a été écrit par une version plus récente de TokenDock (format %1&#x202f;; cette version lit le format %2), mettez donc TokenDock à jour pour utiliser ces comptes</translation>
    </message>
    <message>
        <source>it has no format version or no account list</source>
        <translation>il n’a pas de version de format ou pas de liste de comptes</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>account %1 repeats the name or id of another account</source>
        <translation>le compte %1 reprend le nom ou l’ID d’un autre compte</translation>
    </message>
    <message>
        <source>The account list could not be read, so TokenDock will not change it. %1</source>
        <translation>La liste de comptes n’a pas pu être lue, TokenDock ne la modifiera donc pas. %1</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>An account named “%1” already exists; names must differ by more than letter case.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà&#x202f;; les noms doivent différer autrement que par la casse.</translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation>Un compte avec cet ID existe déjà.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n’existe plus.</translation>
    </message>
    <message>
        <source>TokenDock could not create the folder %1.</source>
        <translation>TokenDock n’a pas pu créer le dossier %1.</translation>
    </message>
    <message>
        <source>TokenDock could not save the account list to %1: %2.</source>
        <translation>TokenDock n’a pas pu enregistrer la liste de comptes dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Another TokenDock kept the account list %1 locked; try again.</source>
        <translation>Une autre instance de TokenDock a gardé la liste des comptes %1 verrouillée&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>TokenDock cannot write in the folder %1; check its permissions.</source>
        <translation>TokenDock ne peut pas écrire dans le dossier %1&#x202f;; vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The account list %1 is no longer there, and this command read only one of its accounts, so nothing was saved. Put the file back and try again.</source>
        <translation>La liste des comptes %1 n’est plus là, et cette commande n’en a lu qu’un seul compte : rien n’a donc été enregistré. Remettez le fichier en place et réessayez.</translation>
    </message>
</context>
<context>
    <name>AddEditCommand</name>
    <message>
        <source>Carrier %1, environment %2, token URL %3.</source>
        <translation>Transporteur %1, environnement %2, URL de jeton %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Adds an account. The client secret is read from standard input (--secret-stdin) or asked for at the terminal, never taken from an argument. The settings are checked as the desktop app checks them.</source>
        <translation>Ajoute un compte. Le secret client est lu sur l’entrée standard (--secret-stdin) ou demandé dans le terminal, jamais pris dans un argument. Les paramètres sont vérifiés comme dans l’application de bureau.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>Choose the carrier with --carrier ID (“tokendock carriers” lists them).</source>
        <translation>Choisissez le transporteur avec --carrier ID («&#xa0;tokendock carriers&#xa0;» les liste).</translation>
    </message>
    <message>
        <source>Give the client id with --client-id ID.</source>
        <translation>Indiquez l’ID client avec --client-id ID.</translation>
    </message>
    <message>
        <source>No client secret: standard input is not a terminal and --secret-stdin was not given.</source>
        <translation>Aucun secret client&#xa0;: l’entrée standard n’est pas un terminal et --secret-stdin n’a pas été indiqué.</translation>
    </message>
    <message>
        <source>Pipe the secret in, e.g. printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendock add %1 … --secret-stdin; TokenDock never takes a secret from an argument.</source>
        <translation>Transmettez le secret par un tube, par ex. printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendock add %1 … --secret-stdin&#x202f;; TokenDock ne prend jamais un secret dans un argument.</translation>
    </message>
    <message>
        <source>Added “%1”; its secret is in %2.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté&#x202f;; son secret est dans %2.</translation>
    </message>
    <message>
        <source>Changes an account. Options not given stay as they are. A new secret is read from standard input with --secret-stdin.</source>
        <translation>Modifie un compte. Les options non indiquées restent inchangées. Un nouveau secret est lu sur l’entrée standard avec --secret-stdin.</translation>
    </message>
    <message>
        <source>The account to change.</source>
        <translation>Le compte à modifier.</translation>
    </message>
    <message>
        <source>Name the account to change.</source>
        <translation>Indiquez le compte à modifier.</translation>
    </message>
    <message>
        <source>Nothing to change for “%1”.</source>
        <translation>Rien à modifier pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Updated “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» mis à jour.</translation>
    </message>
    <message>
        <source>Updated “%1”; its new secret is in %2.</source>
        <translation>«&#xa0;%1&#xa0;» mis à jour&#x202f;; son nouveau secret est dans %2.</translation>
    </message>
    <message>
        <source>--from-stdin reads the secret from the text: leave out --secret-stdin.</source>
        <translation>--from-stdin lit le secret dans le texte&#xa0;: omettez --secret-stdin.</translation>
    </message>
    <message>
        <source>Paste what the carrier sent, then press Ctrl+D on a line of its own:</source>
        <translation>Collez ce que le transporteur a envoyé, puis appuyez sur Ctrl+D sur une ligne à part&#xa0;:</translation>
    </message>
    <message>
        <source>The text is longer than any credentials are; paste only the part with the id and secret.</source>
        <translation>Le texte est plus long que n’importe quels identifiants&#x202f;; collez seulement la partie avec l’identifiant et le secret.</translation>
    </message>
    <message>
        <source>Nothing came on standard input. Pipe in what the carrier sent, e.g. tokendock add --from-stdin &lt; onboarding.txt</source>
        <translation>Rien n’est arrivé sur l’entrée standard. Redirigez ce que le transporteur a envoyé, par exemple tokendock add --from-stdin &lt; onboarding.txt</translation>
    </message>
    <message>
        <source>A name for the account, e.g. acme-banyan; with --from-stdin it may be left out (carrier and environment, made unique).</source>
        <translation>Un nom pour le compte, par exemple acme-banyan&#x202f;; avec --from-stdin, il peut être omis (transporteur et environnement, rendu unique).</translation>
    </message>
    <message>
        <source>Read what the carrier sent from standard input (a curl or HTTPie command, an HTTP request, JSON, .env or e-mail lines) and fill the account from it: carrier, environment, client id, secret and fields. Options given as well take precedence.</source>
        <translation>Lire sur l’entrée standard ce que le transporteur a envoyé (une commande curl ou HTTPie, une requête HTTP, du JSON, des lignes .env ou de courriel) et en remplir le compte&#xa0;: transporteur, environnement, identifiant client, secret et champs. Les options données en plus l’emportent.</translation>
    </message>
    <message>
        <source>Nothing in the text looks like a client id or secret. TokenDock reads curl and HTTPie commands, HTTP requests, JSON, .env lines and e-mail lines such as “Client ID: …”; or add the account with --carrier, --client-id and --secret-stdin.</source>
        <translation>Rien dans le texte ne ressemble à un identifiant client ou à un secret. TokenDock lit les commandes curl et HTTPie, les requêtes HTTP, le JSON, les lignes .env et les lignes de courriel comme «&#xa0;Client ID&#xa0;: …&#xa0;»&#x202f;; sinon, ajoutez le compte avec --carrier, --client-id et --secret-stdin.</translation>
    </message>
    <message>
        <source>The text holds two different client ids or secrets, so TokenDock took none. Pipe in only the part for the one account.</source>
        <translation>Le texte contient deux identifiants client ou secrets différents&#xa0;: TokenDock n’en a pris aucun. Redirigez seulement la partie du compte voulu.</translation>
    </message>
</context>
<context>
    <name>AlignedRows</name>
    <message>
        <source>%1:</source>
        <extracomment>A label in front of its value, as in &quot;Token type: Bearer&quot;</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The Windows registry could not be changed.</source>
        <translation>Impossible de modifier le Registre Windows.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BudgetNote</name>
    <message numerus="yes">
        <source>%1 of %n token requests left this second</source>
        <translation>
            <numerusform>Requêtes de jeton restantes pour cette seconde&#xa0;: %1 sur %n</numerusform>
            <numerusform>Requêtes de jeton restantes pour cette seconde&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left this minute</source>
        <translation>
            <numerusform>Requêtes de jeton restantes pour cette minute&#xa0;: %1 sur %n</numerusform>
            <numerusform>Requêtes de jeton restantes pour cette minute&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left this hour</source>
        <translation>
            <numerusform>Requêtes de jeton restantes pour cette heure&#xa0;: %1 sur %n</numerusform>
            <numerusform>Requêtes de jeton restantes pour cette heure&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left today</source>
        <translation>
            <numerusform>Requêtes de jeton restantes aujourd’hui&#xa0;: %1 sur %n</numerusform>
            <numerusform>Requêtes de jeton restantes aujourd’hui&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The token budget cannot be checked</source>
        <translation>Le quota de jetons ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>Next token request allowed at %1</source>
        <translation>Prochaine requête de jeton autorisée à partir de %1</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <comment>%2: e.g. 10 token requests every 15 minutes</comment>
        <translation>Restantes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 allows %2. Every TokenDock of yours on this computer, window and command line alike, counts against it; Test sends nothing while it is spent.</source>
        <translation>%1 autorise %2. Chacune de vos instances de TokenDock sur cet ordinateur, fenêtre comme ligne de commande, compte dans ce quota&#x202f;; «&#xa0;Tester&#xa0;» n’envoie rien tant qu’il est épuisé.</translation>
    </message>
</context>
<context>
    <name>CarriedPresets</name>
    <message>
        <source>Carrier preset %1 in the file: %2 Nothing was imported.</source>
        <translation>Préréglage de transporteur %1 du fichier&#xa0;: %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>ce n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>it is larger than %1 KB; a preset is far smaller.</source>
        <translation>il dépasse %1 Ko&#x202f;; un préréglage est bien plus petit.</translation>
    </message>
    <message>
        <source>its name, vendor or summary holds an invisible or control character (%1).</source>
        <translation>son nom, son fournisseur ou son résumé contient un caractère invisible ou de contrôle (%1).</translation>
    </message>
    <message>
        <source>environment %1: %2</source>
        <translation>environnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the field %1 comes with a value that looks like a secret; a preset never holds secrets.</source>
        <translation>le champ %1 a une valeur qui ressemble à un secret&#x202f;; un préréglage ne contient jamais de secrets.</translation>
    </message>
    <message>
        <source>The file carries %1 carrier presets; an export holds at most %2. Nothing was imported.</source>
        <translation>Le fichier contient %1 préréglages de transporteur&#x202f;; un export en contient au plus %2. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file carries the carrier preset “%1” twice. Nothing was imported.</source>
        <translation>Le fichier contient deux fois le préréglage de transporteur «&#xa0;%1&#xa0;». Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” is a built-in preset, which a file never changes; the accounts use the built-in one.</source>
        <translation>«&#xa0;%1&#xa0;» est un préréglage intégré, qu’un fichier ne modifie jamais&#x202f;; les comptes utilisent le préréglage intégré.</translation>
    </message>
    <message>
        <source>“%1” is a preset an administrator installed on this computer, which a file never changes; the accounts use the administrator&apos;s.</source>
        <translation>«&#xa0;%1&#xa0;» est un préréglage installé sur cet ordinateur par un administrateur, qu’un fichier ne modifie jamais&#x202f;; les comptes utilisent celui de l’administrateur.</translation>
    </message>
    <message>
        <source>headers %1 and %2</source>
        <translation>en-têtes %1 et %2</translation>
    </message>
    <message>
        <source>request body or HTTP Basic (default: %1)</source>
        <translation>corps de la requête ou HTTP Basic (par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>as each account says (default: %1)</source>
        <translation>selon chaque compte (par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>(not published)</source>
        <translation>(non publié)</translation>
    </message>
    <message>
        <source>in the header %1</source>
        <translation>dans l’en-tête %1</translation>
    </message>
    <message>
        <source>in the token URL</source>
        <translation>dans l’URL du jeton</translation>
    </message>
    <message>
        <source>in the request as %1</source>
        <translation>dans la requête en tant que %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>the client id</source>
        <translation>l’identifiant client</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>toujours %1</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>on API calls too</source>
        <translation>également lors des appels d’API</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>as installed here</source>
        <translation>tel qu’installé ici</translation>
    </message>
    <message>
        <source>different in the file</source>
        <translation>différent dans le fichier</translation>
    </message>
    <message>
        <source>The carrier presets could not be installed: TokenDock could not create the folder %1.</source>
        <translation>Les préréglages de transporteur n’ont pas pu être installés&#xa0;: TokenDock n’a pas pu créer le dossier %1.</translation>
    </message>
    <message>
        <source>The file&apos;s “carriers” is not a list of presets. Nothing was imported.</source>
        <translation>Le champ «&#xa0;carriers&#xa0;» du fichier n’est pas une liste de préréglages. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>a text it shows holds an invisible or control character (%1).</source>
        <translation>un texte qu’il affiche contient un caractère invisible ou de contrôle (%1).</translation>
    </message>
</context>
<context>
    <name>CarrierCatalog</name>
    <message>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation>doit être une liste de chaînes non vides</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit valoir l’une de ces valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not an http(s) URL</source>
        <translation>n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>must be at least 60 for an interval policy</source>
        <translation>doit valoir au moins 60 pour une règle à intervalle</translation>
    </message>
    <message>
        <source>carrier entry %1</source>
        <translation>entrée de transporteur %1</translation>
    </message>
    <message>
        <source>carrier &quot;%1&quot; (entry %2)</source>
        <translation>transporteur «&#xa0;%1&#xa0;» (entrée %2)</translation>
    </message>
    <message>
        <source>must be an https URL</source>
        <translation>doit être une URL https</translation>
    </message>
    <message>
        <source>is not allowed by &quot;credentials&quot;</source>
        <translation>n’est pas autorisé par «&#xa0;credentials&#xa0;»</translation>
    </message>
    <message>
        <source>needs at least one environment</source>
        <translation>nécessite au moins un environnement</translation>
    </message>
    <message>
        <source>entry %1 must be an object</source>
        <translation>l’entrée %1 doit être un objet</translation>
    </message>
    <message>
        <source>%1, environment %2</source>
        <translation>%1, environnement %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice or reserved</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé deux fois ou réservé</translation>
    </message>
    <message>
        <source>%1, extra field %2</source>
        <translation>%1, champ supplémentaire %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the carrier&apos;s grant types</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des types d’octroi du transporteur</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas une catégorie d’erreur avec un texte d’aide</translation>
    </message>
    <message>
        <source>%1, deprecated path %2</source>
        <translation>%1, chemin obsolète %2</translation>
    </message>
    <message>
        <source>The carrier catalog is not valid JSON (%1 at offset %2).</source>
        <translation>Le catalogue des transporteurs n’est pas un JSON valide (%1 à la position %2).</translation>
    </message>
    <message>
        <source>The carrier catalog must be a JSON object.</source>
        <translation>Le catalogue des transporteurs doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The carrier catalog has schema %1; this version of TokenDock reads schema 1.</source>
        <translation>Le catalogue des transporteurs utilise le schéma %1&#x202f;; cette version de TokenDock lit le schéma 1.</translation>
    </message>
    <message>
        <source>The carrier catalog has no &quot;carriers&quot; list.</source>
        <translation>Le catalogue des transporteurs n’a pas de liste «&#xa0;carriers&#xa0;».</translation>
    </message>
    <message>
        <source>Carrier entry %1 must be a JSON object.</source>
        <translation>L’entrée de transporteur %1 doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Carrier entry %1, field &quot;id&quot;: &quot;%2&quot; is used twice.</source>
        <translation>Entrée de transporteur %1, champ «&#xa0;id&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a secret never goes into the URL; use a body or header field</source>
        <translation>un secret ne va jamais dans l’URL&#x202f;; utilisez un champ du corps ou d’en-tête</translation>
    </message>
    <message>
        <source>only header fields go on API calls</source>
        <translation>seuls les champs d’en-tête accompagnent les appels d’API</translation>
    </message>
    <message>
        <source>can only be &quot;client_id&quot;, on a field that is not secret</source>
        <translation>ne peut valoir que «&#xa0;client_id&#xa0;», sur un champ non secret</translation>
    </message>
    <message>
        <source>needs a &quot;default&quot; value and a field that is not secret</source>
        <translation>nécessite une valeur «&#xa0;default&#xa0;» et un champ non secret</translation>
    </message>
    <message>
        <source>is no longer read; give the carrier a &quot;budget&quot; instead</source>
        <translation>n’est plus lu&#x202f;; donnez plutôt un «&#xa0;budget&#xa0;» au transporteur</translation>
    </message>
    <message>
        <source>credentials in the body need a form or json body</source>
        <translation>les identifiants dans le corps nécessitent un corps form ou json</translation>
    </message>
    <message>
        <source>holds clientId and clientSecret, each a text</source>
        <translation>contient clientId et clientSecret, chacun sous forme de texte</translation>
    </message>
    <message>
        <source>%1, budget</source>
        <translation>%1, budget</translation>
    </message>
    <message>
        <source>is not a key TokenDock knows here; known keys are %1</source>
        <translation>n’est pas une clé connue de TokenDock ici&#x202f;; les clés connues sont %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166-1, e.g. &quot;DE&quot;); or give just &quot;worldwide&quot;</source>
        <translation>&quot;%1&quot; n’est pas un code pays à deux lettres (ISO 3166-1, par ex. &quot;DE&quot;)&#x202f;; ou indiquez simplement &quot;worldwide&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>must be 1 to 40 lower-case letters, digits and dashes, e.g. &quot;acme-freight&quot;</source>
        <translation>doit comporter de 1 à 40 lettres minuscules, chiffres et tirets, par ex. &quot;acme-freight&quot;</translation>
    </message>
    <message>
        <source>%1, keys</source>
        <translation>%1, clés</translation>
    </message>
    <message>
        <source>must be https URLs</source>
        <translation>doivent être des URL https</translation>
    </message>
    <message>
        <source>must be a PEM public key, a JWK or a JWK set</source>
        <translation>doit être une clé publique PEM, une JWK ou un jeu de clés JWK</translation>
    </message>
    <message>
        <source>name an issuer, a JWKS URL, a key or an audience</source>
        <translation>doit indiquer un émetteur, une URL JWKS, une clé ou une audience</translation>
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
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Carrier (type to search)</source>
        <translation>Transporteur (tapez pour rechercher)</translation>
    </message>
    <message>
        <source>Type a carrier, country or mode</source>
        <translation>Saisissez un transporteur, un pays ou un mode</translation>
    </message>
    <message>
        <source>Matching carriers</source>
        <translation>Transporteurs correspondants</translation>
    </message>
</context>
<context>
    <name>CarriersCommand</name>
    <message>
        <source>HTTP Basic authentication only</source>
        <translation>authentification HTTP Basic uniquement</translation>
    </message>
    <message>
        <source>HTTP Basic (default) or the request body (--auth body)</source>
        <translation>HTTP Basic (par défaut) ou le corps de la requête (--auth body)</translation>
    </message>
    <message>
        <source>the request body (default) or HTTP Basic (--auth basic)</source>
        <translation>le corps de la requête (par défaut) ou HTTP Basic (--auth basic)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>secret: read from standard input</source>
        <translation>secret&#xa0;: lu sur l’entrée standard</translation>
    </message>
    <message>
        <source>sent as a header</source>
        <translation>envoyé comme en-tête</translation>
    </message>
    <message>
        <source>part of the token URL</source>
        <translation>partie de l’URL de jeton</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>Environments:</source>
        <translation>Environnements&#xa0;:</translation>
    </message>
    <message>
        <source>(no published URL: give --token-url)</source>
        <translation>(aucune URL publiée&#xa0;: indiquez --token-url)</translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation> (non confirmée)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Types d’octroi</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>opaque</translation>
    </message>
    <message>
        <source>JWT or opaque</source>
        <translation>JWT ou opaque</translation>
    </message>
    <message>
        <source>, lasts about %1</source>
        <translation>, dure environ %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Afficher un seul tableau JSON.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the traits of a field, e.g. &quot;required; secret&quot;</comment>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>a budget, then the carrier&apos;s note on it</comment>
        <translation>&#xa0;: %1</translation>
    </message>
    <message>
        <source>in the request body as %1 and %2</source>
        <translation>dans le corps de la requête, en tant que %1 et %2</translation>
    </message>
    <message>
        <source>in the %1 and %2 headers</source>
        <translation>dans les en-têtes %1 et %2</translation>
    </message>
    <message>
        <source>HTTP Basic, the request body or headers (--auth), as the carrier wants</source>
        <translation>HTTP Basic, le corps de la requête ou des en-têtes (--auth), selon ce que demande le transporteur</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>corps JSON</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>corps de formulaire</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>sans corps</translation>
    </message>
    <message>
        <source>no grant type</source>
        <translation>sans type d’octroi</translation>
    </message>
    <message>
        <source>grant type in %1</source>
        <translation>type d’octroi dans %1</translation>
    </message>
    <message>
        <source>API key in the %1 header</source>
        <translation>clé d’API dans l’en-tête %1</translation>
    </message>
    <message>
        <source>token in the %1 response header</source>
        <translation>jeton dans l’en-tête de réponse %1</translation>
    </message>
    <message>
        <source>token in %1</source>
        <translation>jeton dans %1</translation>
    </message>
    <message>
        <source>, lifetime in %1</source>
        <translation>, durée de vie dans %1</translation>
    </message>
    <message>
        <source>, expiry time in %1</source>
        <translation>, date d’expiration dans %1</translation>
    </message>
    <message>
        <source>&lt;token&gt;</source>
        <translation>&lt;jeton&gt;</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d’API</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>%1 (--secret-stdin reads them in this order, one a line)</source>
        <translation>%1 (--secret-stdin les lit dans cet ordre, un par ligne)</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Quota de jetons</translation>
    </message>
    <message>
        <source>Lists the carrier presets: environments and token URLs, how credentials travel, extra fields, refresh advice and the limit on token requests. With ID, only that carrier.</source>
        <translation>Liste les préréglages des transporteurs&#xa0;: environnements et URL de jeton, transmission des identifiants, champs supplémentaires, conseils de renouvellement et limite de requêtes de jeton. Avec ID, uniquement ce transporteur.</translation>
    </message>
    <message>
        <source>One carrier preset, e.g. project44.</source>
        <translation>Un préréglage de transporteur, p. ex. project44.</translation>
    </message>
    <message>
        <source>There is no carrier preset “%1”; “tokendock carriers” lists them.</source>
        <translation>Il n’existe pas de préréglage de transporteur «&#xa0;%1&#xa0;»&#x202f;; «&#xa0;tokendock carriers&#xa0;» les liste.</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (avec %2)</translation>
    </message>
    <message>
        <source>Your preset, from %1</source>
        <translation>Votre préréglage, de %1</translation>
    </message>
    <message>
        <source>An administrator&apos;s preset, from %1</source>
        <translation>Préréglage d’un administrateur, de %1</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Check a preset file: is it one TokenDock loads, and does the sandbox issue a token through it (where its exchange is plain OAuth 2.0)? Exit 0 when it holds, 1 when not.</source>
        <translation>Vérifier un fichier de préréglage&#xa0;: TokenDock le charge-t-il, et le bac à sable émet-il un jeton à travers lui (quand l’échange est du OAuth 2.0 simple)&#xa0;? Code de sortie 0 si oui, 1 sinon.</translation>
    </message>
    <message>
        <source>Preset file not loaded: %1</source>
        <translation>Fichier de préréglage non chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (non confirmé)</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sonde</translation>
    </message>
    <message numerus="yes">
        <source>at most %n days</source>
        <translation>
            <numerusform>au plus %n jour</numerusform>
            <numerusform>au plus %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a secret&apos;s lifetime, then the carrier&apos;s note</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Secret lifetime</source>
        <translation>Durée de vie du secret</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks accounts for monitoring: the named ones, or all of them, one after another, with one line each: verdict, reason, the secret&apos;s age and expiry date, and when the account last worked. Where the carrier asks for a token to be reused (a token budget, or renewal only on expiry), a cached token that is still valid counts as a pass and nothing is sent.</source>
        <translation>Vérifie les comptes pour la supervision&#xa0;: ceux indiqués, ou tous, l’un après l’autre, avec une ligne pour chacun&#xa0;: verdict, motif, âge et date d’expiration du secret, et dernier succès du compte. Lorsque le transporteur demande de réutiliser un jeton (quota de jetons, ou renouvellement uniquement à l’expiration), un jeton en cache encore valide compte comme une réussite et rien n’est envoyé.</translation>
    </message>
    <message>
        <source>The accounts to check (all of them when none is named).</source>
        <translation>Les comptes à vérifier (tous si aucun n’est indiqué).</translation>
    </message>
    <message>
        <source>Check every account.</source>
        <translation>Vérifier tous les comptes.</translation>
    </message>
    <message>
        <source>Print one JSON document with every account&apos;s verdict, secret age, expiry and last success.</source>
        <translation>Afficher un seul document JSON avec, pour chaque compte, le verdict, l’âge du secret, son expiration et le dernier succès.</translation>
    </message>
    <message>
        <source>Make each account&apos;s probe (a harmless read-only API call), with the cached token where one counts.</source>
        <translation>Effectuer la sonde de chaque compte (un appel d’API inoffensif en lecture seule), avec le jeton en cache lorsque celui-ci compte comme une réussite.</translation>
    </message>
    <message>
        <source>Warn about secrets that expire within N days (0 to 365; default: the setting, 14 days unless changed).</source>
        <translation>Avertir des secrets qui expirent dans les N jours (0 à 365&#x202f;; par défaut&#xa0;: le paramètre, 14 jours sauf modification).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When not all is well, also show a desktop notification.</source>
        <translation>Si tout ne va pas bien, afficher aussi une notification de bureau.</translation>
    </message>
    <message>
        <source>No desktop notification could be shown: %1</source>
        <translation>Aucune notification de bureau n’a pu être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name the accounts or give --all, not both.</source>
        <translation>Indiquez les comptes ou --all, pas les deux.</translation>
    </message>
    <message>
        <source>No accounts to check.</source>
        <translation>Aucun compte à vérifier.</translation>
    </message>
    <message>
        <source>Exit status: 0 all is well; 9 a secret expires within the warning days or has expired (the accounts still work); 10 an account failed (credentials rejected, carrier error, unusable answer, probe or signature failed, secret missing, settings invalid); 11 an account could not be checked (keychain, network, TLS, timeout, held back by the token budget with no valid cached token) or the account list cannot be read; 2 usage. 10 wins over 11, and 11 over 9.</source>
        <translation>Code de sortie&#xa0;: 0 tout va bien&#x202f;; 9 un secret expire dans le délai d’avertissement ou a expiré (les comptes fonctionnent encore)&#x202f;; 10 un compte a échoué (identifiants refusés, erreur du transporteur, réponse inutilisable, échec de la sonde ou de la signature, secret absent, paramètres non valides)&#x202f;; 11 un compte n’a pas pu être vérifié (trousseau, réseau, TLS, délai dépassé, bloqué par le quota de jetons sans jeton en cache valide) ou la liste des comptes est illisible&#x202f;; 2 utilisation incorrecte. 10 l’emporte sur 11, et 11 sur 9.</translation>
    </message>
    <message>
        <source>TokenDock could not check the accounts</source>
        <translation>TokenDock n’a pas pu vérifier les comptes</translation>
    </message>
</context>
<context>
    <name>CheckOutput</name>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Probe: %1 — %2</source>
        <translation>Sonde&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cached token valid %1 more; a new one is held back by the carrier&apos;s token budget</source>
        <translation>jeton en cache encore valide pendant %1&#x202f;; un nouveau jeton est bloqué par le quota de jetons du transporteur</translation>
    </message>
    <message>
        <source>cached token valid %1 more</source>
        <translation>jeton en cache encore valide pendant %1</translation>
    </message>
    <message>
        <source>token issued (HTTP %1, %2 ms)</source>
        <translation>jeton émis (HTTP %1, %2&#xa0;ms)</translation>
    </message>
    <message>
        <source>probe works</source>
        <translation>la sonde fonctionne</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>aucun secret enregistré</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>aucune date d’expiration</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n non vérifié</numerusform>
            <numerusform>%n non vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a secret expiring soon</source>
        <translation>
            <numerusform>%n avec un secret qui expire bientôt</numerusform>
            <numerusform>%n avec un secret qui expire bientôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired secret</source>
        <translation>
            <numerusform>%n avec un secret expiré</numerusform>
            <numerusform>%n avec un secret expiré</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDock accounts: %1</source>
        <extracomment>The notification&apos;s title: &quot;TokenDock accounts: 1 failed, 1 with a secret expiring soon&quot;</extracomment>
        <translation>Comptes TokenDock&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Vérification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret expires soon: %1</source>
        <translation>Secret qui expire bientôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret expired: %1</source>
        <translation>Secret expiré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDescriptions</name>
    <message>
        <source>Signing algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Key id: which of the issuer&apos;s keys signed it</source>
        <translation>ID de clé&#xa0;: quelle clé de l’émetteur a signé le jeton</translation>
    </message>
    <message>
        <source>Content type of the payload</source>
        <translation>Type de contenu de la charge utile</translation>
    </message>
    <message>
        <source>Thumbprint of the signing certificate</source>
        <translation>Empreinte du certificat de signature</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate</source>
        <translation>Empreinte SHA-256 du certificat de signature</translation>
    </message>
    <message>
        <source>Where the signing keys are published</source>
        <translation>Emplacement de publication des clés de signature</translation>
    </message>
    <message>
        <source>Where the signing certificate is published</source>
        <translation>Emplacement de publication du certificat de signature</translation>
    </message>
    <message>
        <source>Issuer: who issued the token</source>
        <translation>Émetteur&#xa0;: qui a émis le jeton</translation>
    </message>
    <message>
        <source>Subject: whom the token is about</source>
        <translation>Sujet&#xa0;: entité concernée par le jeton</translation>
    </message>
    <message>
        <source>Audience: the API meant to accept it</source>
        <translation>Audience&#xa0;: l’API censée l’accepter</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>Non valide avant</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Unique id of this token</source>
        <translation>ID unique de ce jeton</translation>
    </message>
    <message>
        <source>The client the token was issued to</source>
        <translation>Le client auquel le jeton a été émis</translation>
    </message>
    <message>
        <source>Authorized party: the requesting client</source>
        <translation>Partie autorisée&#xa0;: le client demandeur</translation>
    </message>
    <message>
        <source>The requesting application (Microsoft)</source>
        <translation>L’application demandeuse (Microsoft)</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Étendues accordées</translation>
    </message>
    <message>
        <source>Granted application roles</source>
        <translation>Rôles d’application accordés</translation>
    </message>
    <message>
        <source>Tenant (directory) id</source>
        <translation>ID du locataire (annuaire)</translation>
    </message>
    <message>
        <source>Object id of the client in the directory</source>
        <translation>ID d’objet du client dans l’annuaire</translation>
    </message>
    <message>
        <source>When authentication happened</source>
        <translation>Moment de l’authentification</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>Classe de contexte d’authentification</translation>
    </message>
    <message>
        <source>Authentication methods used</source>
        <translation>Méthodes d’authentification utilisées</translation>
    </message>
    <message>
        <source>Actor acting on the subject&apos;s behalf</source>
        <translation>Acteur agissant pour le compte du sujet</translation>
    </message>
    <message>
        <source>Who may act on the subject&apos;s behalf</source>
        <translation>Qui peut agir pour le compte du sujet</translation>
    </message>
    <message>
        <source>Key the token is bound to</source>
        <translation>Clé à laquelle le jeton est lié</translation>
    </message>
    <message>
        <source>Token format version</source>
        <translation>Version du format du jeton</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Token header and claims</source>
        <translation>En-tête et revendications du jeton</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
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
        <translation>Déplacez ou réparez le fichier, puis réessayez&#x202f;; l’application de bureau peut aussi repartir d’une liste de comptes vide.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Aucun compte ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run “%1 list” to see the accounts.</source>
        <translation>Exécutez «&#xa0;%1 list&#xa0;» pour voir les comptes.</translation>
    </message>
    <message>
        <source>Run “%1 --help” to see what it accepts.</source>
        <translation>Exécutez «&#xa0;%1 --help&#xa0;» pour voir ce qui est accepté.</translation>
    </message>
    <message>
        <source>Correct it with “%1 edit %2 …” and try again.</source>
        <translation>Corrigez-le avec «&#xa0;%1 edit %2 …&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or allow more time with --timeout SECONDS.</source>
        <translation>Réessayez&#x202f;; si le problème persiste, vérifiez le réseau ou accordez plus de temps avec --timeout SECONDS.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ClockReading</name>
    <message>
        <source>This computer&apos;s clock is %1 behind %2&apos;s (from its Date header). The countdown follows %2&apos;s clock; set this computer&apos;s time automatically (NTP) to fix it.</source>
        <translation>L’horloge de cet ordinateur retarde de %1 sur celle de %2 (d’après son en-tête Date). Le compte à rebours suit l’horloge de %2&#x202f;; réglez l’heure de cet ordinateur automatiquement (NTP) pour corriger cela.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2&apos;s (from its Date header). The countdown follows %2&apos;s clock; set this computer&apos;s time automatically (NTP) to fix it.</source>
        <translation>L’horloge de cet ordinateur avance de %1 sur celle de %2 (d’après son en-tête Date). Le compte à rebours suit l’horloge de %2&#x202f;; réglez l’heure de cet ordinateur automatiquement (NTP) pour corriger cela.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 behind %2&apos;s (from the token&apos;s issue time). The countdown follows %2&apos;s clock; set this computer&apos;s time automatically (NTP) to fix it.</source>
        <translation>L’horloge de cet ordinateur retarde d’environ %1 sur celle de %2 (d’après l’heure d’émission du jeton). Le compte à rebours suit l’horloge de %2&#x202f;; réglez l’heure de cet ordinateur automatiquement (NTP) pour corriger cela.</translation>
    </message>
    <message>
        <source>The token had already expired by this computer&apos;s clock when it arrived: either this clock is about %1 ahead of %2&apos;s (set its time automatically, NTP), or %2 handed out an old token.</source>
        <translation>Le jeton avait déjà expiré selon l’horloge de cet ordinateur à son arrivée&#xa0;: soit cette horloge avance d’environ %1 sur celle de %2 (réglez l’heure automatiquement, NTP), soit %2 a fourni un ancien jeton.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Test carrier API client credentials and print OAuth 2.0 tokens.
Without a command, tokendock starts the desktop app.</source>
        <translation>Teste les identifiants client d’API des transporteurs et affiche des jetons OAuth 2.0.
Sans commande, tokendock lance l’application de bureau.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>L’une des commandes ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Run “tokendock --help” to see the commands.</source>
        <translation>Exécutez «&#xa0;tokendock --help&#xa0;» pour voir les commandes.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run “tokendock &lt;command&gt; --help” for the options of a command.</source>
        <translation>Exécutez «&#xa0;tokendock &lt;commande&gt; --help&#xa0;» pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>List the carrier presets: environments, token URLs, credentials, refresh advice.</source>
        <translation>Lister les préréglages des transporteurs&#xa0;: environnements, URL de jeton, identifiants, conseils de renouvellement.</translation>
    </message>
    <message>
        <source>List the accounts.</source>
        <translation>Lister les comptes.</translation>
    </message>
    <message>
        <source>Add an account; its secret is read from stdin.</source>
        <translation>Ajouter un compte&#x202f;; son secret est lu sur stdin.</translation>
    </message>
    <message>
        <source>Change an account.</source>
        <translation>Modifier un compte.</translation>
    </message>
    <message>
        <source>Remove an account and its secrets.</source>
        <translation>Supprimer un compte et ses secrets.</translation>
    </message>
    <message>
        <source>Request a new token and show what the carrier answered.</source>
        <translation>Demander un nouveau jeton et afficher la réponse du transporteur.</translation>
    </message>
    <message>
        <source>Print a usable token (the cached one while it stays valid).</source>
        <translation>Afficher un jeton utilisable (celui en cache tant qu’il reste valide).</translation>
    </message>
    <message>
        <source>Write the accounts to a file, without secrets.</source>
        <translation>Écrire les comptes dans un fichier, sans les secrets.</translation>
    </message>
    <message>
        <source>Add the accounts from an exported file.</source>
        <translation>Ajouter les comptes d’un fichier exporté.</translation>
    </message>
    <message>
        <source>Run the built-in carrier sandbox in the foreground.</source>
        <translation>Exécuter le bac à sable intégré des transporteurs au premier plan.</translation>
    </message>
    <message>
        <source>“%1” is not a tokendock command.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande tokendock.</translation>
    </message>
    <message>
        <source>Options of the desktop app (without a command):</source>
        <translation>Options de l’application de bureau (sans commande)&#xa0;:</translation>
    </message>
    <message>
        <source>Make one harmless API call with the account&apos;s token: does it open the door?</source>
        <translation>Effectuer un appel d’API inoffensif avec le jeton du compte&#xa0;: donne-t-il bien accès&#xa0;?</translation>
    </message>
    <message>
        <source>Replace an account&apos;s secret with a new one, once the new one works.</source>
        <translation>Remplacer le secret d’un compte par un nouveau, une fois que le nouveau fonctionne.</translation>
    </message>
    <message>
        <source>Check accounts for monitoring: one line each, exit codes for failed, unchecked and expiring.</source>
        <translation>Vérifier les comptes pour la supervision&#xa0;: une ligne par compte, codes de sortie en cas d’échec, de vérification impossible et d’expiration proche.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <source>Token lifetime left</source>
        <translation>Durée de vie restante du jeton</translation>
    </message>
    <message>
        <source>%1% left</source>
        <translation>%1&#xa0;% restant</translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>e.g. acme-dhl-sandbox</source>
        <translation>par ex. acme-dhl-sandbox</translation>
    </message>
    <message>
        <source>Use the preset&apos;s token URL</source>
        <translation>Utiliser l’URL de jeton du préréglage</translation>
    </message>
    <message>
        <source>In the request body</source>
        <translation>Dans le corps de la requête</translation>
    </message>
    <message>
        <source>As HTTP Basic authentication</source>
        <translation>Par authentification HTTP Basic</translation>
    </message>
    <message>
        <source>Save the account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Annuler les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Transporteur</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>En&amp;vironnement</translation>
    </message>
    <message>
        <source>&amp;Token URL</source>
        <translation>&amp;URL de jeton</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <source>&amp;Grant type</source>
        <translation>Type d’&amp;octroi</translation>
    </message>
    <message>
        <source>Send c&amp;redentials</source>
        <translation>Envoi des i&amp;dentifiants</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>&amp;ID client</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>&amp;Secret client</translation>
    </message>
    <message>
        <source>Kept in %1, never in a file.</source>
        <translation>Conservé dans %1, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>This URL is not confirmed by %1&apos;s documentation.</source>
        <translation>Cette URL n’est pas confirmée par la documentation de %1.</translation>
    </message>
    <message>
        <source>Changed from the preset&apos;s %1.</source>
        <translation>Diffère de l’URL du préréglage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Parts in {braces} are filled from the carrier fields below.</source>
        <translation>Les parties entre {accolades} sont remplies à partir des champs du transporteur ci-dessous.</translation>
    </message>
    <message>
        <source>This environment has no published token URL</source>
        <translation>Cet environnement n’a pas d’URL de jeton publiée</translation>
    </message>
    <message>
        <source>Use the preset&apos;s URL: %1</source>
        <translation>Utiliser l’URL du préréglage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>Champs %1</translation>
    </message>
    <message>
        <source>(Not confirmed by %1.)</source>
        <translation>(Non confirmé par %1.)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(non envoyé)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Paste Credentials</source>
        <translation>&amp;Coller les identifiants</translation>
    </message>
    <message>
        <source>Paste credentials from the clipboard</source>
        <translation>Coller les identifiants depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Copied the carrier&apos;s e-mail, a curl command or JSON? Paste it and the form is filled from it.</source>
        <translation>Vous avez copié l’e-mail du transporteur, une commande curl ou du JSON&#xa0;? Collez-le et le formulaire est rempli à partir de celui-ci.</translation>
    </message>
    <message>
        <source>Filled from the pasted text</source>
        <translation>Rempli à partir du texte collé</translation>
    </message>
    <message>
        <source>Unsaved changes. This account was also changed elsewhere meanwhile: saving keeps those changes, except in the settings you changed here.</source>
        <translation>Modifications non enregistrées. Ce compte a aussi été modifié ailleurs entre-temps&#xa0;: l’enregistrement conserve ces modifications, sauf pour les réglages que vous avez changés ici.</translation>
    </message>
    <message>
        <source>In request headers</source>
        <translation>Dans des en-têtes de requête</translation>
    </message>
    <message>
        <source>Always sent as shown.</source>
        <translation>Toujours envoyé tel qu’affiché.</translation>
    </message>
    <message>
        <source>Sent in the %1 header, the secret in %2.</source>
        <translation>Envoyé dans l’en-tête %1, le secret dans %2.</translation>
    </message>
    <message>
        <source>API calls send it there too.</source>
        <translation>Les appels d’API l’y envoient aussi.</translation>
    </message>
    <message>
        <source>Also sent in the %1 header, with the token request and every API call.</source>
        <translation>Également envoyé dans l’en-tête %1, avec la requête de jeton et à chaque appel d’API.</translation>
    </message>
    <message>
        <source>Also sent in the %1 header.</source>
        <translation>Également envoyé dans l’en-tête %1.</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Acme DHL (wrong secret)</source>
        <translation>Acme DHL (secret erroné)</translation>
    </message>
    <message>
        <source>Acme Banyan integration</source>
        <translation>Acme Banyan (intégration)</translation>
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
        <translation>Globex FedEx pour Acme</translation>
    </message>
    <message>
        <source>Acme UPS production</source>
        <translation>Acme UPS (production)</translation>
    </message>
    <message>
        <source>Acme USPS testing</source>
        <translation>Acme USPS (test)</translation>
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
        <translation>Bac à sable OAuth 2.0 générique</translation>
    </message>
    <message>
        <source>Acme %1</source>
        <translation>Acme %1</translation>
    </message>
    <message>
        <source>Acme Banyan (not entitled)</source>
        <translation>Acme Banyan (non autorisé)</translation>
    </message>
    <message>
        <source>Acme OAuth (wrong signing key)</source>
        <translation>Acme OAuth (mauvaise clé de signature)</translation>
    </message>
</context>
<context>
    <name>DesktopNotification</name>
    <message>
        <source>The session bus cannot be reached.</source>
        <translation>Le bus de session est injoignable.</translation>
    </message>
    <message>
        <source>This system has no desktop notification service.</source>
        <translation>Ce système n’a pas de service de notifications de bureau.</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>The demo&apos;s sandbox could not start on this computer&apos;s loopback address.</source>
        <translation>Le bac à sable de la démo n’a pas pu démarrer sur l’adresse de bouclage de cet ordinateur.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>The demo accounts could not be set up: %1</source>
        <translation>Impossible de configurer les comptes de démo&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFetch</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The document at %1 is larger than TokenDock reads.</source>
        <translation>Le document à l’adresse %1 est trop volumineux pour TokenDock.</translation>
    </message>
    <message>
        <source>%1 redirected to another site; TokenDock did not follow it.</source>
        <translation>%1 a redirigé vers un autre site&#x202f;; TokenDock n’a pas suivi la redirection.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message>
        <source>Writes every account&apos;s settings to a file to hand to a colleague: no secrets, tokens or test history.</source>
        <translation>Écrit les paramètres de tous les comptes dans un fichier à transmettre à un collègue&#xa0;: sans secrets, jetons ni historique de tests.</translation>
    </message>
    <message>
        <source>Where to write; “-” for standard output.</source>
        <translation>Fichier de destination&#x202f;; «&#xa0;-&#xa0;» pour la sortie standard.</translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation>Indiquez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or “-” for standard output.</source>
        <translation>Choisissez un dossier accessible en écriture, ou «&#xa0;-&#xa0;» pour la sortie standard.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (settings only: no secrets, tokens or history).</source>
        <translation>
            <numerusform>%n compte exporté vers %1 (paramètres uniquement&#xa0;: ni secrets, ni jetons, ni historique).</numerusform>
            <numerusform>%n comptes exportés vers %1 (paramètres uniquement&#xa0;: ni secrets, ni jetons, ni historique).</numerusform>
        </translation>
    </message>
    <message>
        <source>An export; “-” for standard input.</source>
        <translation>Un fichier exporté&#x202f;; «&#xa0;-&#xa0;» pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Replace the accounts whose names are in use (keeping their history).</source>
        <translation>Remplacer les comptes dont le nom est déjà utilisé (leur historique est conservé).</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>Indiquez le fichier à importer.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <source>Adds the accounts from an exported file and lists what each one is or changes. Accounts whose names are in use are left alone unless --overwrite is given. Imported accounts have no secret until one is entered with “tokendock edit NAME --secret-stdin”; a replaced account whose token URL origin, carrier, environment, credential placement or client id changes loses its stored secrets, and that needs --yes.</source>
        <translation>Ajoute les comptes d’un fichier exporté et indique, pour chacun, s’il est nouveau ou ce qui change. Les comptes dont le nom est déjà utilisé sont laissés tels quels, sauf avec --overwrite. Les comptes importés n’ont pas de secret tant qu’il n’a pas été saisi avec «&#xa0;tokendock edit NAME --secret-stdin&#xa0;»&#x202f;; un compte remplacé dont l’origine de l’URL de jeton, le transporteur, l’environnement, le mode de transmission des identifiants ou l’ID client change perd ses secrets enregistrés, ce qui nécessite --yes.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: replacing %n account(s) would remove their stored secrets, because the file sends them to another address or in another way. Check the changes above, then run the import again with --overwrite --yes.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: remplacer %n compte supprimerait ses secrets enregistrés, car le fichier les envoie à une autre adresse ou d’une autre manière. Vérifiez les modifications ci-dessus, puis relancez l’importation avec --overwrite --yes.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: remplacer %n comptes supprimerait leurs secrets enregistrés, car le fichier les envoie à une autre adresse ou d’une autre manière. Vérifiez les modifications ci-dessus, puis relancez l’importation avec --overwrite --yes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the carrier presets the file carries; with --overwrite, also replace accounts whose stored secrets would be removed.</source>
        <translation>Installer les préréglages de transporteur contenus dans le fichier&#x202f;; avec --overwrite, remplacer aussi les comptes dont les secrets enregistrés seraient supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file carries %n carrier preset(s) to install, which decide where the accounts that use them send their secrets. Check the presets and their hosts above, then run the import again with --yes.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: le fichier contient %n préréglage de transporteur à installer, qui détermine où les comptes qui l’utilisent envoient leurs secrets. Vérifiez ce préréglage et ses hôtes ci-dessus, puis relancez l’importation avec --yes.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: le fichier contient %n préréglages de transporteur à installer, qui déterminent où les comptes qui les utilisent envoient leurs secrets. Vérifiez ces préréglages et leurs hôtes ci-dessus, puis relancez l’importation avec --yes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeShape</name>
    <message>
        <source>&quot;%1&quot; is not part of a token exchange (request, response or use).</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie d’un échange de jeton (request, response ou use).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;request.method&quot; must be POST or GET.</source>
        <translation>«&#xa0;request.method&#xa0;» doit valoir POST ou GET.</translation>
    </message>
    <message>
        <source>&quot;request.body&quot; must be form, json or none.</source>
        <translation>«&#xa0;request.body&#xa0;» doit valoir form, json ou none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas utilisable comme %2.</translation>
    </message>
    <message>
        <source>JSON path (names joined by dots)</source>
        <translation>chemin JSON (noms reliés par des points)</translation>
    </message>
    <message>
        <source>field or header name</source>
        <translation>nom de champ ou d’en-tête</translation>
    </message>
    <message>
        <source>authorization scheme</source>
        <translation>schéma d’autorisation</translation>
    </message>
    <message>
        <source>A GET request has no body: set &quot;request.body&quot; to none.</source>
        <translation>Une requête GET n’a pas de corps&#xa0;: définissez «&#xa0;request.body&#xa0;» sur none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be %2: TokenDock sets that header itself.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être %2&#xa0;: TokenDock définit lui-même cet en-tête.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats the name %2; each credential needs its own.</source>
        <translation>«&#xa0;%1&#xa0;» reprend le nom %2&#x202f;; chaque identifiant a besoin du sien.</translation>
    </message>
    <message>
        <source>&quot;use.header&quot; cannot be %1: an API call sets that header itself.</source>
        <translation>«&#xa0;use.header&#xa0;» ne peut pas être %1&#xa0;: un appel d’API définit lui-même cet en-tête.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is not a key TokenDock knows; see the carrier preset schema for the keys of &quot;%1&quot;.</source>
        <translation>&quot;%1.%2&quot; n’est pas une clé connue de TokenDock&#x202f;; consultez le schéma des préréglages de transporteur pour les clés de &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>GrantTypes</name>
    <message>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Code d’autorisation</translation>
    </message>
    <message>
        <source>CSP (integrator)</source>
        <translation>CSP (intégrateur)</translation>
    </message>
    <message>
        <source>Parent/child (integrator)</source>
        <translation>Parent/enfant (intégrateur)</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Carrier API credentials in the OS keychain, OAuth 2.0 tokens two clicks away.</source>
        <translation>Identifiants d’API des transporteurs dans le trousseau de clés du système, jetons OAuth 2.0 à deux clics.</translation>
    </message>
    <message>
        <source>Open the demo: every carrier against a built-in sandbox, apart from your own accounts.</source>
        <translation>Ouvrir la démo&#xa0;: tous les transporteurs face à un bac à sable intégré, à l’écart de vos propres comptes.</translation>
    </message>
    <message>
        <source>TokenDock is still starting.</source>
        <translation>TokenDock est encore en cours de démarrage.</translation>
    </message>
    <message>
        <source>The keychain did not answer; a token may not have been cached or removed.</source>
        <translation>Le trousseau de clés n’a pas répondu&#x202f;; un jeton n’a peut-être pas été mis en cache ou supprimé.</translation>
    </message>
    <message>
        <source>Start in the tray (or minimized, on a desktop without a tray).</source>
        <translation>Démarrer dans la zone de notification (ou réduit, sur un bureau sans zone de notification).</translation>
    </message>
    <message>
        <source>Copy the account&apos;s token (for a keyboard shortcut); a running TokenDock does it.</source>
        <translation>Copier le jeton du compte (pour un raccourci clavier)&#x202f;; une instance de TokenDock déjà lancée s’en charge.</translation>
    </message>
    <message>
        <source>The format for --copy: %1.</source>
        <translation>Le format pour --copy&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#x202f;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A second tokendock (such as tokendock --copy) cannot reach this one: %1</source>
        <translation>Un second tokendock (par exemple tokendock --copy) ne peut pas joindre celui-ci&#xa0;: %1</translation>
    </message>
    <message>
        <source>TokenDock runs without its single-instance socket, so a second start opens another window and tokendock --copy copies without this one: %1</source>
        <translation>TokenDock fonctionne sans son socket d’instance unique&#x202f;; un second lancement ouvre une autre fenêtre et tokendock --copy copie sans celle-ci&#xa0;: %1</translation>
    </message>
    <message>
        <source>A running TokenDock cannot be reached, so this copy is made without it: %1</source>
        <translation>Impossible de joindre un TokenDock en cours d’exécution&#x202f;; cette copie est donc faite sans lui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HeaderFormat</name>
    <message>
        <source>Authorization header</source>
        <translation>En-tête Authorization</translation>
    </message>
    <message>
        <source>Bare token</source>
        <translation>Jeton seul</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>Commande curl</translation>
    </message>
    <message>
        <source>HTTPie command</source>
        <translation>Commande HTTPie</translation>
    </message>
    <message>
        <source>PowerShell command</source>
        <translation>Commande PowerShell</translation>
    </message>
    <message>
        <source>.env line</source>
        <translation>Ligne .env</translation>
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
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#x202f;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing copied for %1: %2</source>
        <translation>Rien n’a été copié pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TokenDock stays until another application takes the clipboard.</source>
        <translation>TokenDock reste actif jusqu’à ce qu’une autre application reprenne le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Test history</source>
        <translation>Historique des tests</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Jeton reçu</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>API probe</source>
        <translation>Sonde API</translation>
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
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>Check what the file adds or changes. Imported accounts have no secret until you enter one; enter it only if the token URL is the carrier&apos;s.</source>
        <translation>Vérifiez ce que le fichier ajoute ou modifie. Les comptes importés n’ont pas de secret tant que vous n’en saisissez pas&#x202f;; ne le saisissez que si l’URL de jeton est bien celle du transporteur.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Accounts in the file</source>
        <translation>Comptes du fichier</translation>
    </message>
    <message>
        <source>Replace the accounts whose names are in use (their history stays)</source>
        <translation>Remplacer les comptes dont le nom est déjà utilisé (leur historique est conservé)</translation>
    </message>
    <message numerus="yes">
        <source>Remove the stored secrets of %n account(s) whose new settings send them elsewhere</source>
        <translation>
            <numerusform>Supprimer les secrets enregistrés de %n compte dont les nouveaux paramètres les envoient ailleurs</numerusform>
            <numerusform>Supprimer les secrets enregistrés de %n comptes dont les nouveaux paramètres les envoient ailleurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Not the carrier&apos;s host</source>
        <translation>Pas un hôte du transporteur</translation>
    </message>
    <message>
        <source>%1 is not a host %2 publishes</source>
        <translation>%1 n’est pas un hôte publié par %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Same settings</source>
        <translation>Mêmes paramètres</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>Stored secrets</source>
        <translation>Secrets enregistrés</translation>
    </message>
    <message>
        <source>Removed if replaced: the new settings send them elsewhere</source>
        <translation>Supprimés en cas de remplacement&#xa0;: les nouveaux paramètres les envoient ailleurs</translation>
    </message>
    <message>
        <source>The carrier presets it carries decide where secrets go; the new and changed ones are installed in your carriers folder.</source>
        <translation>Les préréglages de transporteur qu’il contient déterminent où vont les secrets&#x202f;; les nouveaux et ceux qui ont changé sont installés dans votre dossier des transporteurs.</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Nouveau préréglage</translation>
    </message>
    <message>
        <source>Same preset</source>
        <translation>Même préréglage</translation>
    </message>
    <message>
        <source>Changes the preset</source>
        <translation>Modifie le préréglage</translation>
    </message>
    <message>
        <source>Preset ignored</source>
        <translation>Préréglage ignoré</translation>
    </message>
    <message>
        <source>Carrier preset %1</source>
        <translation>Préréglage de transporteur %1</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Sends secrets to</source>
        <translation>Envoie les secrets à</translation>
    </message>
    <message>
        <source>%1: make sure it is the carrier&apos;s before you enter a secret</source>
        <translation>%1&#xa0;: assurez-vous qu’il appartient bien au transporteur avant de saisir un secret</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Removed for %1: the changed preset sends them elsewhere</source>
        <translation>Supprimés pour %1&#xa0;: le préréglage modifié les envoie ailleurs</translation>
    </message>
    <message>
        <source>Probe sends the token elsewhere</source>
        <translation>La sonde envoie le jeton ailleurs</translation>
    </message>
    <message>
        <source>%1 is not a host %2 publishes; each test would send the new token there</source>
        <translation>%1 n’est pas un hôte publié par %2&#x202f;; chaque test y enverrait le nouveau jeton</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>The token URL&apos;s host %1 is not one %2 publishes. Make sure it is the carrier&apos;s before you enter a secret for this account.</source>
        <translation>L’hôte %1 de l’URL de jeton ne fait pas partie de ceux que publie %2. Assurez-vous qu’il appartient bien au transporteur avant de saisir un secret pour ce compte.</translation>
    </message>
    <message>
        <source>New %1: %2 · %3, token URL %4</source>
        <translation>Nouveau compte %1&#xa0;: %2 · %3, URL de jeton %4</translation>
    </message>
    <message>
        <source>Same %1: the file holds the settings it has now.</source>
        <translation>%1 inchangé&#xa0;: le fichier contient ses paramètres actuels.</translation>
    </message>
    <message>
        <source>Replaces %1:</source>
        <translation>Remplace %1&#xa0;:</translation>
    </message>
    <message>
        <source>In use, left alone unless --overwrite: %1</source>
        <translation>Nom déjà utilisé, laissé tel quel sauf avec --overwrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>Its stored secrets would be removed: the new settings send them to another address or in another way.</source>
        <translation>Ses secrets enregistrés seraient supprimés&#xa0;: les nouveaux paramètres les envoient à une autre adresse ou d’une autre manière.</translation>
    </message>
    <message>
        <source>The file holds no accounts.</source>
        <translation>Le fichier ne contient aucun compte.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s): %1.</source>
        <translation>
            <numerusform>%n compte importé&#xa0;: %1.</numerusform>
            <numerusform>%n comptes importés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n account(s): %1.</source>
        <translation>
            <numerusform>%n compte remplacé&#xa0;: %1.</numerusform>
            <numerusform>%n comptes remplacés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n account(s) whose name is already in use: %1. Run the import again with --overwrite to replace them.</source>
        <translation>
            <numerusform>%n compte ignoré, car son nom est déjà utilisé&#xa0;: %1. Relancez l’importation avec --overwrite pour le remplacer.</numerusform>
            <numerusform>%n comptes ignorés, car leur nom est déjà utilisé&#xa0;: %1. Relancez l’importation avec --overwrite pour les remplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secret yet for: %1. Enter each with “tokendock edit NAME --secret-stdin”.</source>
        <translation>Pas encore de secret pour&#xa0;: %1. Saisissez chacun avec «&#xa0;tokendock edit NAME --secret-stdin&#xa0;».</translation>
    </message>
    <message>
        <source>New carrier preset %1: %2, installed in your carriers folder</source>
        <translation>Nouveau préréglage de transporteur %1&#xa0;: %2, installé dans votre dossier des transporteurs</translation>
    </message>
    <message>
        <source>Carrier preset %1: the same as the one installed here</source>
        <translation>Préréglage de transporteur %1&#xa0;: identique à celui installé ici</translation>
    </message>
    <message>
        <source>Changes the carrier preset %1 installed here:</source>
        <translation>Modifie le préréglage de transporteur %1 installé ici&#xa0;:</translation>
    </message>
    <message>
        <source>Carrier preset %1 ignored: %2</source>
        <translation>Préréglage de transporteur %1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>It sends secrets to %1. Make sure that is the carrier&apos;s before you enter a secret for an account that uses it.</source>
        <translation>Il envoie les secrets à %1. Assurez-vous que cet hôte appartient bien au transporteur avant de saisir un secret pour un compte qui l’utilise.</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Utilisé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>The stored secrets of %1 would be removed: the changed preset sends them to another address or in another way.</source>
        <translation>Les secrets enregistrés de %1 seraient supprimés&#xa0;: le préréglage modifié les envoie à une autre adresse ou d’une autre manière.</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n carrier preset(s): %1.</source>
        <translation>
            <numerusform>%n préréglage de transporteur installé&#xa0;: %1.</numerusform>
            <numerusform>%n préréglages de transporteur installés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the stored secrets of %1: the changed carrier preset sends them elsewhere. Enter each again with “tokendock edit NAME --secret-stdin” once you trust it.</source>
        <translation>Secrets enregistrés de %1 supprimés&#xa0;: le préréglage de transporteur modifié les envoie ailleurs. Saisissez chacun à nouveau avec «&#xa0;tokendock edit NAME --secret-stdin&#xa0;» une fois que vous faites confiance à ce préréglage.</translation>
    </message>
    <message>
        <source>The probe URL sends each new token to %1, a host %2 does not publish. Check it before testing this account.</source>
        <translation>L’URL de sonde envoie chaque nouveau jeton à %1, un hôte que %2 ne publie pas. Vérifiez-la avant de tester ce compte.</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The message is not one TokenDock understands.</source>
        <translation>TokenDock ne comprend pas ce message.</translation>
    </message>
    <message>
        <source>The running TokenDock speaks version %1 of its instance protocol; this message is version %2. Start the same version of TokenDock.</source>
        <translation>L’instance de TokenDock en cours d’exécution utilise la version %1 de son protocole d’instance&#x202f;; ce message est en version %2. Lancez la même version de TokenDock.</translation>
    </message>
    <message>
        <source>Copy needs an account name.</source>
        <translation>La copie nécessite un nom de compte.</translation>
    </message>
    <message>
        <source>Unknown instance command “%1”.</source>
        <translation>Commande d’instance inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Jwks</name>
    <message>
        <source>The RSA key&apos;s “n” or “e” is missing or unreadable.</source>
        <translation>Le «&#xa0;n&#xa0;» ou le «&#xa0;e&#xa0;» de la clé RSA est absent ou illisible.</translation>
    </message>
    <message>
        <source>The RSA key could not be read.</source>
        <translation>La clé RSA n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The EC key on curve “%1” could not be read.</source>
        <translation>La clé EC sur la courbe «&#xa0;%1&#xa0;» n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Only Ed25519 keys of the OKP type are used.</source>
        <translation>Seules les clés Ed25519 de type OKP sont utilisées.</translation>
    </message>
    <message>
        <source>The Ed25519 key could not be read.</source>
        <translation>La clé Ed25519 n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least 2048 are needed for a signature to mean anything.</source>
        <translation>La clé RSA ne fait que %1 bits&#x202f;; il en faut au moins 2048 pour qu’une signature ait un sens.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits, more than TokenDock reads.</source>
        <translation>La clé RSA fait %1 bits, plus que TokenDock ne peut en lire.</translation>
    </message>
    <message>
        <source>The key is published for encryption, not for signatures (“use”).</source>
        <translation>La clé est publiée pour le chiffrement, pas pour les signatures («&#xa0;use&#xa0;»).</translation>
    </message>
    <message>
        <source>The key&apos;s “key_ops” do not include verifying signatures.</source>
        <translation>Les «&#xa0;key_ops&#xa0;» de la clé n’incluent pas la vérification de signatures.</translation>
    </message>
    <message>
        <source>The key type “%1” is not one TokenDock checks signatures with.</source>
        <translation>Le type de clé «&#xa0;%1&#xa0;» ne fait pas partie de ceux avec lesquels TokenDock vérifie les signatures.</translation>
    </message>
    <message>
        <source>The PEM key is neither RSA, EC nor Ed25519.</source>
        <translation>La clé PEM n’est ni RSA, ni EC, ni Ed25519.</translation>
    </message>
    <message>
        <source>The text holds no PEM public key (“BEGIN PUBLIC KEY”).</source>
        <translation>Le texte ne contient aucune clé publique PEM («&#xa0;BEGIN PUBLIC KEY&#xa0;»).</translation>
    </message>
    <message>
        <source>The key text is larger than TokenDock reads.</source>
        <translation>Le texte de la clé est trop volumineux pour TokenDock.</translation>
    </message>
    <message>
        <source>The text is neither a JWK, a JWK set nor a PEM public key.</source>
        <translation>Le texte n’est ni une JWK, ni un jeu de clés JWK, ni une clé publique PEM.</translation>
    </message>
    <message>
        <source>A key in the set is not a JSON object.</source>
        <translation>Une clé du jeu n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The JWK set holds no keys.</source>
        <translation>Le jeu de clés JWK ne contient aucune clé.</translation>
    </message>
    <message>
        <source>The EC key is on the curve “%1”; JWT signatures use P-256, P-384 or P-521.</source>
        <translation>La clé EC est sur la courbe «&#xa0;%1&#xa0;»&#x202f;; les signatures JWT utilisent P-256, P-384 ou P-521.</translation>
    </message>
</context>
<context>
    <name>KeepFresh</name>
    <message>
        <source>Renewing now</source>
        <translation>Renouvellement en cours</translation>
    </message>
    <message>
        <source>No renewal planned: the token&apos;s lifetime is unknown</source>
        <translation>Aucun renouvellement prévu&#xa0;: la durée de vie du jeton est inconnue</translation>
    </message>
    <message numerus="yes">
        <source>Retrying at %1 (failures in a row: %n)</source>
        <translation>
            <numerusform>Nouvel essai à %1 (échec consécutif&#xa0;: %n)</numerusform>
            <numerusform>Nouvel essai à %1 (échecs consécutifs&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renews at %1</source>
        <translation>Prochain renouvellement à %1</translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message>
        <source>KeePassXC has no group exposed to Secret Service. In KeePassXC, open Database ▸ Database Settings ▸ Secret Service Integration, expose a group, then retry.</source>
        <translation>KeePassXC n’expose aucun groupe au Secret Service. Dans KeePassXC, ouvrez Base de données ▸ Paramètres de la base de données ▸ Intégration Secret Service, exposez un groupe, puis réessayez.</translation>
    </message>
    <message>
        <source>The KeePassXC database is locked. Unlock it in KeePassXC, then retry.</source>
        <translation>La base de données KeePassXC est verrouillée. Déverrouillez-la dans KeePassXC, puis réessayez.</translation>
    </message>
    <message>
        <source>KeePassXC refused TokenDock access. Retry and choose Allow in its access dialog.</source>
        <translation>KeePassXC a refusé l’accès à TokenDock. Réessayez et choisissez Autoriser dans sa boîte de dialogue d’accès.</translation>
    </message>
    <message>
        <source>The wallet in KWallet is closed. Open it (answer KWallet&apos;s password prompt, or use KWallet Manager), then retry.</source>
        <translation>Le portefeuille KWallet est fermé. Ouvrez-le (répondez à la demande de mot de passe de KWallet ou utilisez le gestionnaire KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>KWallet refused TokenDock access. Retry and allow it when KWallet asks, or in KWallet Manager.</source>
        <translation>KWallet a refusé l’accès à TokenDock. Réessayez et autorisez-le quand KWallet le demande, ou dans le gestionnaire KWallet.</translation>
    </message>
    <message>
        <source>KWallet did not answer in time; check that it is not waiting for a password prompt, then retry.</source>
        <translation>KWallet n’a pas répondu à temps&#x202f;; vérifiez qu’il n’attend pas un mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>GNOME Keyring is locked. Unlock it (answer its password prompt, or use Passwords and Keys), then retry.</source>
        <translation>GNOME Keyring est verrouillé. Déverrouillez-le (répondez à sa demande de mot de passe ou utilisez Mots de passe et clés), puis réessayez.</translation>
    </message>
    <message>
        <source>GNOME Keyring refused TokenDock access; unlock the keyring when it asks, then retry.</source>
        <translation>GNOME Keyring a refusé l’accès à TokenDock&#x202f;; déverrouillez le trousseau quand il le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>KWallet&apos;s Secret Service lacks the QCA OpenSSL plugin (libqca-ossl). Install the package libqca-qt5-2-plugins, restart KWallet (log out and in), then retry.</source>
        <translation>Il manque au Secret Service de KWallet le greffon OpenSSL de QCA (libqca-ossl). Installez le paquet libqca-qt5-2-plugins, redémarrez KWallet (déconnectez-vous puis reconnectez-vous), puis réessayez.</translation>
    </message>
    <message>
        <source>KeePassXC is waiting for an answer in one of its dialogs (access or removal). Allow TokenDock there, then retry.</source>
        <translation>KeePassXC attend une réponse dans l’une de ses boîtes de dialogue (accès ou suppression). Autorisez-y TokenDock, puis réessayez.</translation>
    </message>
    <message>
        <source>KeePassXC keeps removed items in its database&apos;s Recycle Bin until you empty it.</source>
        <translation>KeePassXC conserve les éléments supprimés dans la corbeille de sa base de données jusqu’à ce que vous la vidiez.</translation>
    </message>
</context>
<context>
    <name>LatencyText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message numerus="yes">
        <source>Timed out after %n s</source>
        <translation>
            <numerusform>Délai dépassé après %n s</numerusform>
            <numerusform>Délai dépassé après %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>cached, expiry unknown</source>
        <translation>en cache, expiration inconnue</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (encore %2)</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Afficher un seul tableau JSON.</translation>
    </message>
    <message>
        <source>Cached tokens could not be read: %1</source>
        <translation>Impossible de lire les jetons en cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with “tokendock add NAME --carrier ID --client-id ID”.</source>
        <translation>Aucun compte pour l’instant. Ajoutez-en un avec «&#xa0;tokendock add NAME --carrier ID --client-id ID&#xa0;».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>TRANSPORTEUR</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>TOKEN URL</source>
        <translation>URL DE JETON</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>ID CLIENT</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>LAST TEST</source>
        <translation>DERNIER TEST</translation>
    </message>
    <message>
        <source>CACHED TOKEN</source>
        <translation>JETON EN CACHE</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>Enter a missing secret with “tokendock edit NAME --secret-stdin”.</source>
        <translation>Saisissez un secret manquant avec «&#xa0;tokendock edit NAME --secret-stdin&#xa0;».</translation>
    </message>
    <message>
        <source>Lists the accounts: name, carrier, environment, token URL, client id, the last test and when the cached token expires; under each, how old its secret is, when the carrier says it expires and when it last worked.</source>
        <translation>Liste les comptes&#xa0;: nom, transporteur, environnement, URL de jeton, ID client, dernier test et expiration du jeton en cache&#x202f;; sous chacun, l’âge de son secret, sa date d’expiration selon le transporteur et son dernier succès.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDock — Demo</source>
        <translation>TokenDock — Démo</translation>
    </message>
    <message>
        <source>TokenDock</source>
        <translation>TokenDock</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Compte ajouté.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Fetched a new token and copied it as: %1.</source>
        <translation>Nouveau jeton obtenu et copié au format&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Copié&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>Rien n’a été copié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Testing %1 of %n accounts…</source>
        <translation>
            <numerusform>Test du compte %1 sur %n…</numerusform>
            <numerusform>Test du compte %1 sur %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: all worked.</source>
        <translation>
            <numerusform>%n compte testé&#xa0;: il fonctionne.</numerusform>
            <numerusform>%n comptes testés&#xa0;: tous fonctionnent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: %1 failed.</source>
        <translation>
            <numerusform>%n compte testé&#xa0;: %1 en échec.</numerusform>
            <numerusform>%n comptes testés&#xa0;: %1 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>&amp;Duplicate for Other Environment</source>
        <translation>&amp;Dupliquer pour un autre environnement</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete Account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation>T&amp;out tester</translation>
    </message>
    <message>
        <source>&amp;Copy Header</source>
        <translation>&amp;Copier l’en-tête</translation>
    </message>
    <message>
        <source>Copy Support &amp;Report</source>
        <translation>Copier le &amp;rapport de support</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Copy a redacted report of the last test for a support ticket: never the secret or the token</source>
        <translation>Copier un rapport expurgé du dernier test pour un ticket de support&#xa0;: jamais le secret ni le jeton</translation>
    </message>
    <message>
        <source>&amp;Filter Accounts</source>
        <translation>&amp;Filtrer les comptes</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Carrier &amp;Documentation</source>
        <translation>&amp;Documentation du transporteur</translation>
    </message>
    <message>
        <source>&amp;About TokenDock</source>
        <translation>À &amp;propos de TokenDock</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Test all progress</source>
        <translation>Progression du test de tous les comptes</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Vidage du presse-papiers dans %n s</numerusform>
            <numerusform>Vidage du presse-papiers dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers vidé.</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its client secret and cached token are removed from %1. This cannot be undone.</source>
        <translation>Son secret client et son jeton en cache, conservés dans %1, seront supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Fix the highlighted settings</source>
        <translation>Corrigez les paramètres mis en évidence</translation>
    </message>
    <message>
        <source>Nothing was sent to the carrier.</source>
        <translation>Rien n’a été envoyé au transporteur.</translation>
    </message>
    <message>
        <source>Support report copied. It holds no secret and no token.</source>
        <translation>Rapport de support copié. Il ne contient ni secret ni jeton.</translation>
    </message>
    <message>
        <source>Start Fresh</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <source>Start with an empty account list?</source>
        <translation>Repartir d’une liste de comptes vide&#xa0;?</translation>
    </message>
    <message>
        <source>The unreadable file stays where it is; TokenDock will write a new one.</source>
        <translation>Le fichier illisible reste où il est&#x202f;; TokenDock en écrira un nouveau.</translation>
    </message>
    <message>
        <source>About TokenDock</source>
        <translation>À propos de TokenDock</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenDock %1&lt;/h3&gt;&lt;p&gt;Carrier API client credentials in the OS keychain, OAuth 2.0 tokens two clicks away.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenDock %1&lt;/h3&gt;&lt;p&gt;Identifiants client d’API des transporteurs dans le trousseau de clés du système, jetons OAuth 2.0 à deux clics.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo: answered by the built-in sandbox at %1</source>
        <translation>Démo&#xa0;: réponses du bac à sable intégré à l’adresse %1</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (bac à sable)</translation>
    </message>
    <message>
        <source>%1 (production %2)</source>
        <translation>%1 (production %2)</translation>
    </message>
    <message>
        <source>%1 (sandbox %2)</source>
        <translation>%1 (bac à sable %2)</translation>
    </message>
    <message>
        <source>Enter the client id and secret for the production environment, then save.</source>
        <translation>Saisissez l’ID client et le secret de l’environnement de production, puis enregistrez.</translation>
    </message>
    <message>
        <source>Enter the client id and secret for the sandbox environment, then save.</source>
        <translation>Saisissez l’ID client et le secret de l’environnement de bac à sable, puis enregistrez.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Request</source>
        <translation>A&amp;nnuler la requête</translation>
    </message>
    <message>
        <source>Copy A&amp;s</source>
        <translation>Copier &amp;au format</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>&amp;Importer des comptes…</translation>
    </message>
    <message>
        <source>E&amp;xport Accounts…</source>
        <translation>E&amp;xporter des comptes…</translation>
    </message>
    <message numerus="yes">
        <source>The secrets and tokens of the %n account(s) it names are removed from the keychain.</source>
        <translation>
            <numerusform>Le fichier mentionne %n compte&#xa0;: ses secrets et jetons seront supprimés du trousseau de clés.</numerusform>
            <numerusform>Le fichier mentionne %n comptes&#xa0;: leurs secrets et jetons seront supprimés du trousseau de clés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>TokenDock exports (*.json);;All files (*)</source>
        <translation>Exportations TokenDock (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s); enter each one&apos;s secret before testing.</source>
        <translation>
            <numerusform>%n compte importé&#x202f;; saisissez son secret avant de le tester.</numerusform>
            <numerusform>%n comptes importés&#x202f;; saisissez le secret de chacun avant de les tester.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exporter des comptes</translation>
    </message>
    <message>
        <source>TokenDock exports (*.json)</source>
        <translation>Exportations TokenDock (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s): settings only, no secrets or tokens.</source>
        <translation>
            <numerusform>%n compte exporté&#xa0;: paramètres uniquement, ni secrets ni jetons.</numerusform>
            <numerusform>%n comptes exportés&#xa0;: paramètres uniquement, ni secrets ni jetons.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste Credentials</source>
        <translation>&amp;Coller les identifiants</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Fill a new account from the carrier&apos;s e-mail, curl command or JSON in the clipboard</source>
        <translation>Remplir un nouveau compte à partir de l’e-mail du transporteur, d’une commande curl ou de JSON dans le presse-papiers</translation>
    </message>
    <message>
        <source>Test and Cop&amp;y Header</source>
        <translation>Tester et copier l’&amp;en-tête</translation>
    </message>
    <message>
        <source>Test and Copy</source>
        <translation>Tester et copier</translation>
    </message>
    <message>
        <source>Save the account, ask the carrier for a token and copy the header</source>
        <translation>Enregistrer le compte, demander un jeton au transporteur et copier l’en-tête</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient aucun texte.</translation>
    </message>
    <message>
        <source>The clipboard holds more text than any credentials are.</source>
        <translation>Le presse-papiers contient plus de texte que n’en font des identifiants.</translation>
    </message>
    <message>
        <source>The text holds two different client ids or secrets, so nothing was taken from it.</source>
        <translation>Le texte contient deux identifiants client ou secrets différents&#x202f;; rien n’en a donc été repris.</translation>
    </message>
    <message>
        <source>Nothing in the clipboard looks like a client id or secret.</source>
        <translation>Rien dans le presse-papiers ne ressemble à un identifiant client ou à un secret.</translation>
    </message>
    <message>
        <source>Paste Credentials</source>
        <translation>Coller les identifiants</translation>
    </message>
    <message>
        <source>Copy the part of what the carrier sent that holds one account&apos;s client id and secret: a curl or HTTPie command, an HTTP request, JSON, .env lines or e-mail lines such as “Client ID: …”. Then paste again. Nothing was changed.</source>
        <translation>Copiez la partie de ce que le transporteur a envoyé qui contient l’identifiant client et le secret d’un compte&#xa0;: une commande curl ou HTTPie, une requête HTTP, du JSON, des lignes .env ou des lignes d’e-mail comme «&#xa0;Client ID&#xa0;: …&#xa0;». Puis collez à nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Add by Hand</source>
        <translation>Ajouter à la main</translation>
    </message>
    <message>
        <source>The clipboard was cleared, since it held the secret.</source>
        <translation>Le presse-papiers a été vidé, car il contenait le secret.</translation>
    </message>
    <message>
        <source>Nothing is saved or sent until you choose Test and Copy or Save.</source>
        <translation>Rien n’est enregistré ni envoyé avant que vous choisissiez «&#xa0;Tester et copier&#xa0;» ou «&#xa0;Enregistrer&#xa0;».</translation>
    </message>
    <message>
        <source>Check the highlighted fields</source>
        <translation>Vérifiez les champs mis en évidence</translation>
    </message>
    <message>
        <source>No valid token yet</source>
        <translation>Pas encore de jeton valide</translation>
    </message>
    <message>
        <source>Test the account to get one, then copy it.</source>
        <translation>Testez le compte pour en obtenir un, puis copiez-le.</translation>
    </message>
    <message>
        <source>%1 header</source>
        <translation>En-tête %1</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>En-têtes %1</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>Re&amp;mplacer le secret…</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Remplacer le secret</translation>
    </message>
    <message>
        <source>Replace the secret with a new one from the carrier: the new one is tested first, the old one stays until it works</source>
        <translation>Remplacer le secret par un nouveau fourni par le transporteur&#xa0;: le nouveau est d’abord testé, l’ancien reste en place jusqu’à ce que le nouveau fonctionne</translation>
    </message>
    <message>
        <source>Replaced the secret of “%1”.</source>
        <translation>Le secret de «&#xa0;%1&#xa0;» a été remplacé.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>&amp;Pin to Tray</source>
        <translation>É&amp;pingler dans la zone de notification</translation>
    </message>
    <message>
        <source>List this account at the top of the tray menu</source>
        <translation>Afficher ce compte en haut du menu de la zone de notification</translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <source>Test outcome</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Requête en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Demande de jeton…</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>Le transporteur</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Jeton reçu</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 accepted these credentials.</source>
        <translation>%1 a accepté ces identifiants.</translation>
    </message>
    <message>
        <source>%1 said: “%2”</source>
        <translation>%1 a répondu&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d’erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>More about this error: %1</source>
        <translation>En savoir plus sur cette erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation>Type de problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>API probe: %1 — %2</source>
        <translation>Sonde API&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 Do not use this token; ask the carrier which key signs it.</source>
        <translation>%1 : %2 N’utilisez pas ce jeton ; demandez au transporteur quelle clé le signe.</translation>
    </message>
</context>
<context>
    <name>PastedText</name>
    <message>
        <source>carrier %1</source>
        <translation>transporteur %1</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>environnement %1</translation>
    </message>
    <message>
        <source>token URL %1</source>
        <translation>URL du jeton %1</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>identifiant client %1</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>le secret client</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <source>Recognised in the text: %1.</source>
        <translation>Reconnu dans le texte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The token URL goes to %1, which is not an address of the %2 preset; make sure it is the carrier&apos;s own.</source>
        <translation>L’URL du jeton mène à %1, qui n’est pas une adresse du préréglage %2&#x202f;; vérifiez qu’il s’agit bien de celle du transporteur.</translation>
    </message>
</context>
<context>
    <name>PresetCheck</name>
    <message>
        <source>the sandbox could not start on this computer.</source>
        <translation>le bac à sable n’a pas pu démarrer sur cet ordinateur.</translation>
    </message>
    <message>
        <source>a token came back through its request and answer rules (expiry from %1); API calls would send %2.</source>
        <translation>un jeton est revenu par ses règles de requête et de réponse (expiration tirée de %1)&#x202f;; les appels d’API enverraient %2.</translation>
    </message>
    <message>
        <source>its request is not a form POST</source>
        <translation>sa requête n’est pas un POST de formulaire</translation>
    </message>
    <message>
        <source>it names the grant type or the credentials its own way</source>
        <translation>il nomme le type d’octroi ou les identifiants à sa façon</translation>
    </message>
    <message>
        <source>its credentials travel in headers</source>
        <translation>ses identifiants voyagent dans des en-têtes</translation>
    </message>
    <message>
        <source>its answer keeps the token somewhere other than access_token</source>
        <translation>sa réponse ne place pas le jeton dans access_token</translation>
    </message>
    <message>
        <source>it uses none of the grant types client_credentials and password</source>
        <translation>il n’utilise aucun des types d’octroi client_credentials et password</translation>
    </message>
    <message>
        <source>%1 cannot be read as a preset file (%2).</source>
        <translation>%1 ne peut pas être lu comme fichier de préréglage (%2).</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop grand</translation>
    </message>
    <message>
        <source>%1: a valid preset, “%2” (%3).</source>
        <translation>%1&#xa0;: un préréglage valide, «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Sandbox: not tried, because %1; the sandbox&apos;s generic emulation speaks plain OAuth 2.0.</source>
        <translation>Bac à sable&#xa0;: pas essayé, car %1&#x202f;; l’émulation générique du bac à sable ne parle que l’OAuth 2.0 simple.</translation>
    </message>
    <message>
        <source>Sandbox: no token through this preset: %1</source>
        <translation>Bac à sable&#xa0;: aucun jeton par ce préréglage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the preset&apos;s fields and answer rules against the carrier&apos;s docs.</source>
        <translation>Comparez les champs et les règles de réponse du préréglage avec la documentation du transporteur.</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix that line and run the check again; carrier-preset.schema.json in /usr/share/doc/tokendock lists every key.</source>
        <translation>Corrigez cette ligne et relancez la vérification&#x202f;; carrier-preset.schema.json dans /usr/share/doc/tokendock liste toutes les clés.</translation>
    </message>
</context>
<context>
    <name>PresetFiles</name>
    <message>
        <source>not valid JSON (%1); check the commas and quotes near this line.</source>
        <translation>JSON non valide (%1)&#x202f;; vérifiez les virgules et les guillemets près de cette ligne.</translation>
    </message>
    <message>
        <source>a preset file holds one JSON object, {&quot;id&quot;: …, …}.</source>
        <translation>un fichier de préréglage contient un seul objet JSON, {&quot;id&quot;: …, …}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of a built-in preset, which a file cannot replace; give this preset an id of its own, e.g. &quot;%1-team&quot;.</source>
        <translation>&quot;%1&quot; est l’identifiant d’un préréglage intégré, qu’un fichier ne peut pas remplacer&#x202f;; donnez à ce préréglage un identifiant qui lui est propre, par ex. &quot;%1-team&quot;.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by %2; give one of them another id.</source>
        <translation>l’identifiant &quot;%1&quot; est déjà utilisé par %2&#x202f;; donnez un autre identifiant à l’un des deux.</translation>
    </message>
    <message>
        <source>more than %1 preset files; the rest are not read.</source>
        <translation>plus de %1 fichiers de préréglage&#x202f;; les suivants ne sont pas lus.</translation>
    </message>
    <message>
        <source>larger than %1 KB; a preset is far smaller.</source>
        <translation>plus de %1 Ko&#x202f;; un préréglage est bien plus petit.</translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation>illisible (%1).</translation>
    </message>
    <message>
        <source>the preset</source>
        <translation>le préréglage</translation>
    </message>
    <message>
        <source>preset “%1”</source>
        <translation>préréglage «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PresetInfo</name>
    <message>
        <source>Not confirmed by %1&apos;s own documentation: %2.</source>
        <translation>Non confirmé par la documentation de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 developer documentation ↗</source>
        <translation>Documentation développeur %1 ↗</translation>
    </message>
    <message>
        <source>%1 developer documentation</source>
        <translation>Documentation développeur %1</translation>
    </message>
    <message>
        <source>An administrator&apos;s preset, read from %1</source>
        <translation>Préréglage d’un administrateur, lu depuis %1</translation>
    </message>
    <message>
        <source>Your preset, read from %1</source>
        <translation>Votre préréglage, lu depuis %1</translation>
    </message>
</context>
<context>
    <name>PresetLabels</name>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>LTL</source>
        <translation>Groupage (LTL)</translation>
    </message>
    <message>
        <source>Truckload</source>
        <translation>Lot complet</translation>
    </message>
    <message>
        <source>Intermodal</source>
        <translation>Intermodal</translation>
    </message>
    <message>
        <source>Ocean</source>
        <translation>Maritime</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aérien</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Commission de transport</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Courtage</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Telematics</source>
        <translation>Télématique</translation>
    </message>
    <message>
        <source>Multi-carrier gateway</source>
        <translation>Passerelle multi-transporteurs</translation>
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
        <translation>n’est pas une clé que TokenDock connaît pour une sonde</translation>
    </message>
    <message>
        <source>must be GET or HEAD: a probe only reads</source>
        <translation>doit valoir GET ou HEAD&#xa0;: une sonde ne fait que lire</translation>
    </message>
    <message>
        <source>must be a path such as /v1/ping or an https URL</source>
        <translation>doit être un chemin tel que /v1/ping ou une URL https</translation>
    </message>
    <message>
        <source>must be a list of HTTP status codes</source>
        <translation>doit être une liste de codes de statut HTTP</translation>
    </message>
    <message>
        <source>must be a dotted JSON path</source>
        <translation>doit être un chemin JSON à points</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>No probe is set for this account: give it an API URL to read with the token.</source>
        <translation>Aucune sonde n’est définie pour ce compte&#xa0;: indiquez une URL d’API à lire avec le jeton.</translation>
    </message>
    <message>
        <source>The probe URL is not a valid web address; it should look like https://host/path, or be a path such as /v1/ping.</source>
        <translation>L’URL de sonde n’est pas une adresse web valide&#x202f;; elle doit ressembler à https://hôte/chemin, ou être un chemin tel que /v1/ping.</translation>
    </message>
    <message>
        <source>The probe URL must use https:// so the token is encrypted on the way; plain http:// is only allowed to this computer (localhost).</source>
        <translation>L’URL de sonde doit utiliser https:// pour que le jeton soit chiffré en transit&#x202f;; le simple http:// n’est autorisé que vers cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Remove the user name, password or #fragment from the probe URL.</source>
        <translation>Retirez le nom d’utilisateur, le mot de passe ou le #fragment de l’URL de sonde.</translation>
    </message>
    <message>
        <source>The probe URL holds an invisible or control character (%1); type the URL again.</source>
        <translation>L’URL de sonde contient un caractère invisible ou de contrôle (%1)&#x202f;; saisissez de nouveau l’URL.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>TOKEN  %1: the cached token, still valid for %2</source>
        <translation>JETON  %1&#xa0;: le jeton en cache, encore valide pendant %2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une durée inconnue</translation>
    </message>
    <message>
        <source>TOKEN  %1: a new token (HTTP %2, %3 ms)</source>
        <translation>JETON  %1&#xa0;: un nouveau jeton (HTTP %2, %3 ms)</translation>
    </message>
    <message>
        <source>Makes one harmless read-only API call with the account&apos;s token and says whether the token opens the door. A cached token still valid for a minute is used, else a new one is requested; the output says which. The token is sent only to the probe URL&apos;s own site. Exit code 7: the token came but the API did not accept it.</source>
        <translation>Effectue un appel d’API inoffensif en lecture seule avec le jeton du compte et indique si le jeton donne bien accès. Un jeton en cache encore valide pendant au moins une minute est utilisé, sinon un nouveau jeton est demandé&#x202f;; la sortie précise lequel. Le jeton n’est envoyé qu’au site même de l’URL de sonde. Code de sortie 7&#xa0;: le jeton a été obtenu mais l’API ne l’a pas accepté.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>The API call for this run: a path joined to the environment&apos;s API address or a full https URL (default: the account&apos;s probe).</source>
        <translation>L’appel d’API pour cette exécution&#xa0;: un chemin ajouté à l’adresse d’API de l’environnement ou une URL https complète (par défaut&#xa0;: la sonde du compte).</translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token).</source>
        <translation>Afficher un seul document JSON (il ne contient jamais le jeton).</translation>
    </message>
    <message>
        <source>Name the account to probe.</source>
        <translation>Indiquez le compte à sonder.</translation>
    </message>
</context>
<context>
    <name>ProbeEditor</name>
    <message>
        <source>Advanced: API probe</source>
        <translation>Avancé&#xa0;: sonde API</translation>
    </message>
    <message>
        <source>After each test, make one harmless read-only API call with the token</source>
        <translation>Après chaque test, effectuer un appel d’API inoffensif en lecture seule avec le jeton</translation>
    </message>
    <message>
        <source>Probe URL</source>
        <translation>URL de sonde</translation>
    </message>
    <message>
        <source>A path such as /v1/ping, or an https URL</source>
        <translation>Un chemin tel que /v1/ping, ou une URL https</translation>
    </message>
    <message>
        <source>%1 has no known probe; enter an API URL that only reads.</source>
        <translation>%1 n’a pas de sonde connue&#x202f;; saisissez une URL d’API en lecture seule.</translation>
    </message>
    <message>
        <source>The preset&apos;s probe is not confirmed by %1&apos;s documentation.</source>
        <translation>La sonde du préréglage n’est pas confirmée par la documentation de %1.</translation>
    </message>
    <message>
        <source>The token would be sent to %1, a host %2 does not publish.</source>
        <translation>Le jeton serait envoyé à %1, un hôte que %2 ne publie pas.</translation>
    </message>
    <message>
        <source>Enter a path such as /v1/ping or a full https URL.</source>
        <translation>Saisissez un chemin tel que /v1/ping ou une URL https complète.</translation>
    </message>
</context>
<context>
    <name>ProbeOutcome</name>
    <message>
        <source>Not probed</source>
        <translation>Non sondé</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Token not accepted</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <source>Not entitled</source>
        <translation>Droits insuffisants</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Mauvaise adresse</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Requêtes limitées</translation>
    </message>
    <message>
        <source>Carrier trouble</source>
        <translation>Problème chez le transporteur</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Answer not as expected</source>
        <translation>Réponse non conforme</translation>
    </message>
    <message>
        <source>Redirect not followed</source>
        <translation>Redirection non suivie</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>The API accepted the token: %1 answered HTTP %2.</source>
        <translation>L’API a accepté le jeton&#xa0;: %1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 did not accept the token (HTTP 401).</source>
        <translation>%1 n’a pas accepté le jeton (HTTP 401).</translation>
    </message>
    <message>
        <source>%1 accepted the token but this account may not use this API (HTTP 403).</source>
        <translation>%1 a accepté le jeton, mais ce compte n’est pas autorisé à utiliser cette API (HTTP 403).</translation>
    </message>
    <message>
        <source>%1 has no API at %2 (HTTP %3).</source>
        <translation>%1 n’a aucune API à l’adresse %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429); it asks to wait %2 s.</source>
        <translation>%1 limite les requêtes (HTTP 429)&#x202f;; il demande d’attendre %2 s.</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429).</source>
        <translation>%1 limite les requêtes (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 has trouble of its own (HTTP %2).</source>
        <translation>%1 rencontre un problème de son côté (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered the probe with HTTP %2, which is not a good answer here.</source>
        <translation>%1 a répondu à la sonde par HTTP %2, ce qui n’est pas une bonne réponse ici.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the answer lacks %3.</source>
        <translation>%1 a répondu HTTP %2, mais la réponse ne contient pas %3.</translation>
    </message>
    <message>
        <source>%1 redirected the probe to %2; TokenDock did not follow it, so the token was not sent there.</source>
        <translation>%1 a redirigé la sonde vers %2&#x202f;; TokenDock n’a pas suivi la redirection, le jeton n’y a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>The answer from %1 is too large; TokenDock stopped reading it.</source>
        <translation>La réponse de %1 est trop volumineuse&#x202f;; TokenDock a cessé de la lire.</translation>
    </message>
    <message>
        <source>The probe could not reach %1: %2.</source>
        <translation>La sonde n’a pas pu joindre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 did not answer the probe in time.</source>
        <translation>%1 n’a pas répondu à la sonde à temps.</translation>
    </message>
    <message>
        <source>The probe was not sent: %1</source>
        <translation>La sonde n’a pas été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check that the token is for this API and environment (a sandbox token does not open production), that the audience or scope is right, and that the credentials were not revoked.</source>
        <translation>Vérifiez que le jeton est destiné à cette API et à cet environnement (un jeton de bac à sable ne donne pas accès à la production), que l’audience ou l’étendue est correcte, et que les identifiants n’ont pas été révoqués.</translation>
    </message>
    <message>
        <source>Ask the carrier to enable this API for the account, or probe an API the account is provisioned for.</source>
        <translation>Demandez au transporteur d’activer cette API pour le compte, ou sondez une API à laquelle le compte a accès.</translation>
    </message>
    <message>
        <source>Check the probe URL and the environment&apos;s API address.</source>
        <translation>Vérifiez l’URL de sonde et l’adresse d’API de l’environnement.</translation>
    </message>
    <message>
        <source>Wait before probing again; the token itself is fine.</source>
        <translation>Patientez avant de sonder à nouveau&#x202f;; le jeton lui-même est correct.</translation>
    </message>
    <message>
        <source>Try again later or look at the carrier&apos;s status page; the token itself was issued.</source>
        <translation>Réessayez plus tard ou consultez la page d’état du transporteur&#x202f;; le jeton a bien été émis.</translation>
    </message>
    <message>
        <source>Check the probe URL and what it expects; the carrier may have changed its API.</source>
        <translation>Vérifiez l’URL de sonde et ce qu’elle attend&#x202f;; le transporteur a peut-être modifié son API.</translation>
    </message>
    <message>
        <source>If the new address is the carrier&apos;s real API, set it as the probe URL.</source>
        <translation>Si la nouvelle adresse est la véritable API du transporteur, définissez-la comme URL de sonde.</translation>
    </message>
    <message>
        <source>Probe a smaller read, such as a short list.</source>
        <translation>Sondez une lecture plus légère, comme une courte liste.</translation>
    </message>
    <message>
        <source>Check the network, a proxy or firewall, and the probe URL.</source>
        <translation>Vérifiez le réseau, un éventuel proxy ou pare-feu, et l’URL de sonde.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s clock and whether a proxy intercepts TLS.</source>
        <translation>Vérifiez l’horloge de l’ordinateur et si un proxy intercepte le TLS.</translation>
    </message>
    <message>
        <source>Fix the probe&apos;s settings, then test again.</source>
        <translation>Corrigez les réglages de la sonde, puis testez de nouveau.</translation>
    </message>
    <message>
        <source>The carrier said: “%1”</source>
        <translation>Le transporteur a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProbeOutput</name>
    <message>
        <source>PROBE OK  %1: %2 — %3 (%4 ms)</source>
        <translation>SONDE OK  %1&#xa0;: %2 — %3 (%4 ms)</translation>
    </message>
    <message>
        <source>PROBE FAILED  %1: %2 — %3</source>
        <translation>ÉCHEC DE LA SONDE  %1&#xa0;: %2 — %3</translation>
    </message>
</context>
<context>
    <name>ProbeReply</name>
    <message>
        <source>it was cancelled.</source>
        <translation>elle a été annulée.</translation>
    </message>
    <message>
        <source>there is no token.</source>
        <translation>aucun jeton n’est disponible.</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <source>Removes an account, its secrets and its cached token. At a terminal you are asked to confirm.</source>
        <translation>Supprime un compte, ses secrets et son jeton en cache. Dans un terminal, une confirmation est demandée.</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>Le compte à supprimer.</translation>
    </message>
    <message>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>Ne pas demander de confirmation&#x202f;; nécessaire lorsque l’entrée standard n’est pas un terminal.</translation>
    </message>
    <message>
        <source>Name the account to remove.</source>
        <translation>Indiquez le compte à supprimer.</translation>
    </message>
    <message>
        <source>Removing “%1” needs --yes when standard input is not a terminal.</source>
        <translation>La suppression de «&#xa0;%1&#xa0;» nécessite --yes lorsque l’entrée standard n’est pas un terminal.</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secrets from %2? [y/N] </source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;» et ses secrets, conservés dans %2&#xa0;? [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Kept “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» conservé.</translation>
    </message>
    <message>
        <source>Removed “%1” and its secrets.</source>
        <translation>«&#xa0;%1&#xa0;» et ses secrets supprimés.</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>a whole yes typed to confirm, as in [y/N]; &quot;ja&quot;, &quot;oui&quot;</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>RequestOptions</name>
    <message>
        <source>Give up after this many seconds (1 to 300; default: the request timeout in Settings, 20 seconds unless changed).</source>
        <translation>Abandonner après ce nombre de secondes (1 à 300&#x202f;; par défaut&#xa0;: le délai d’attente des requêtes des Paramètres, 20 secondes sauf modification).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Send the request even when it exceeds the carrier&apos;s limit on token requests (the carrier may rate-limit or block the client).</source>
        <translation>Envoyer la requête même si elle dépasse la limite de requêtes de jeton du transporteur (le transporteur peut limiter ou bloquer le client).</translation>
    </message>
    <message>
        <source>Wait until then, or add --force to send it anyway: the carrier may rate-limit or block the client for exceeding its limit.</source>
        <translation>Patientez jusque-là, ou ajoutez --force pour l’envoyer quand même&#xa0;: le transporteur peut limiter ou bloquer le client pour dépassement de sa limite.</translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message>
        <source>“%1” has no secret field “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de champ secret «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Leave out --field to replace the client secret.</source>
        <translation>Omettez --field pour remplacer le secret client.</translation>
    </message>
    <message>
        <source>Its secret fields: %1; without --field, the client secret.</source>
        <translation>Ses champs secrets&#xa0;: %1&#x202f;; sans --field, le secret client.</translation>
    </message>
    <message>
        <source>%1 has passed; a secret that works now has not expired then.</source>
        <translation>La date %1 est passée&#x202f;; un secret qui fonctionne aujourd’hui n’avait pas encore expiré à cette date.</translation>
    </message>
    <message>
        <source>Give the day the carrier&apos;s portal shows for the new secret, or leave out --expires.</source>
        <translation>Indiquez la date que le portail du transporteur affiche pour le nouveau secret, ou omettez --expires.</translation>
    </message>
    <message>
        <source>The line on standard input is longer than %1 KiB; that is not a secret TokenDock can use.</source>
        <translation>La ligne de l’entrée standard dépasse %1 Kio&#x202f;; ce n’est pas un secret utilisable par TokenDock.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <source>No new secret came on standard input (an empty line is none). Pipe it in, e.g. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate NAME --secret-stdin.</source>
        <translation>Aucun nouveau secret n’est arrivé sur l’entrée standard (une ligne vide n’en est pas un). Transmettez-le par un tube, p. ex. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate NAME --secret-stdin.</translation>
    </message>
    <message>
        <source>token HTTP %1 in %2 ms</source>
        <translation>jeton HTTP %1 en %2&#xa0;ms</translation>
    </message>
    <message>
        <source>probe: %1</source>
        <translation>sonde&#xa0;: %1</translation>
    </message>
    <message>
        <source>no probe</source>
        <translation>aucune sonde</translation>
    </message>
    <message>
        <source>The new secret works (%1, %2) and replaced the old one in the keychain; the old secret is gone.</source>
        <translation>Le nouveau secret fonctionne (%1, %2) et a remplacé l’ancien dans le trousseau&#x202f;; l’ancien secret a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>The carrier says the new secret expires on %1 (in %n days).</source>
        <translation>
            <numerusform>Selon le transporteur, le nouveau secret expire le %1 (dans %n jour).</numerusform>
            <numerusform>Selon le transporteur, le nouveau secret expire le %1 (dans %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 Record the new secret&apos;s date with “tokendock edit %2 --secret-expires YYYY-MM-DD”.</source>
        <translation>Remarque&#xa0;: %1 Enregistrez la date du nouveau secret avec «&#xa0;tokendock edit %2 --secret-expires YYYY-MM-DD&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing changed: the old secret stays and keeps working.</source>
        <translation>Rien n’a changé&#xa0;: l’ancien secret reste en place et continue de fonctionner.</translation>
    </message>
    <message>
        <source>Replaces an account&apos;s secret without breaking it: the new secret is read from standard input (or asked for at the terminal, without echo) and tested against the carrier first (token, signature, the account&apos;s probe). Only when that works does it replace the old one in the keychain; otherwise nothing changes and the exit code is the one “tokendock test” gives.</source>
        <translation>Remplace le secret d’un compte sans le rendre inutilisable&#xa0;: le nouveau secret est lu sur l’entrée standard (ou demandé dans le terminal, sans écho) et d’abord testé auprès du transporteur (jeton, signature, sonde du compte). Ce n’est que si cela fonctionne qu’il remplace l’ancien dans le trousseau&#x202f;; sinon rien ne change et le code de sortie est celui que donne «&#xa0;tokendock test&#xa0;».</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>Read the new secret from standard input (one line). Without it you are asked at the terminal, without echo.</source>
        <translation>Lire le nouveau secret sur l’entrée standard (une ligne). Sans cette option, il est demandé dans le terminal, sans écho.</translation>
    </message>
    <message>
        <source>Replace this secret field of the preset (e.g. FedEx child_secret, a portal password) instead of the client secret.</source>
        <translation>Remplacer ce champ secret du préréglage (p. ex. FedEx child_secret, un mot de passe de portail) au lieu du secret client.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The day the carrier says the new secret expires (today or later).</source>
        <translation>Le jour où, selon le transporteur, le nouveau secret expire (aujourd’hui ou plus tard).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token or a secret).</source>
        <translation>Afficher un seul document JSON (il ne contient jamais le jeton ni un secret).</translation>
    </message>
    <message>
        <source>Name the account whose secret to replace.</source>
        <translation>Indiquez le compte dont le secret doit être remplacé.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>No new secret: standard input is not a terminal and --secret-stdin was not given.</source>
        <translation>Aucun nouveau secret&#xa0;: l’entrée standard n’est pas un terminal et --secret-stdin n’a pas été indiqué.</translation>
    </message>
    <message>
        <source>Pipe the secret in, e.g. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate %1 --secret-stdin; TokenDock never takes a secret from an argument.</source>
        <translation>Transmettez le secret par un tube, p. ex. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate %1 --secret-stdin&#x202f;; TokenDock ne prend jamais un secret en argument.</translation>
    </message>
    <message>
        <source>New %1 for %2</source>
        <translation>Nouveau %1 pour %2</translation>
    </message>
    <message>
        <source>The account list could not note the new secret&apos;s date: %1</source>
        <translation>La liste des comptes n’a pas pu noter la date du nouveau secret : %1</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation>Remplacer le secret</translation>
    </message>
    <message>
        <source>Rotate the secret of “%1”</source>
        <translation>Remplacer le secret de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paste the new secret from the carrier&apos;s portal. TokenDock tries the new secret first; the old one stays until the new one works.</source>
        <translation>Collez le nouveau secret depuis le portail du transporteur. TokenDock essaie d’abord le nouveau secret&#x202f;; l’ancien reste en place jusqu’à ce que le nouveau fonctionne.</translation>
    </message>
    <message>
        <source>&amp;Which secret</source>
        <translation>&amp;Quel secret</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>&amp;New secret</source>
        <translation>&amp;Nouveau secret</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>The carrier says it &amp;expires on</source>
        <translation>Selon le transporteur, il &amp;expire le</translation>
    </message>
    <message>
        <source>Expiry date of the new secret</source>
        <translation>Date d’expiration du nouveau secret</translation>
    </message>
    <message>
        <source>Nothing changed: the old secret stays and keeps working.</source>
        <translation>Rien n’a changé&#xa0;: l’ancien secret reste en place et continue de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Test and Replace</source>
        <translation>&amp;Tester et remplacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Replaced the secret of “%1”</source>
        <translation>Le secret de «&#xa0;%1&#xa0;» a été remplacé</translation>
    </message>
    <message>
        <source>The new secret works and is now the one TokenDock keeps. You can revoke the old one in the carrier&apos;s portal.</source>
        <translation>Le nouveau secret fonctionne et c’est désormais celui que conserve TokenDock. Vous pouvez révoquer l’ancien dans le portail du transporteur.</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>Not replaced</source>
        <translation>Non remplacé</translation>
    </message>
    <message>
        <source>The account list could not note the new secret&apos;s date: %1</source>
        <translation>La liste des comptes n’a pas pu noter la date du nouveau secret : %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>TokenDock carrier sandbox listening on %1</source>
        <translation>Bac à sable des transporteurs TokenDock à l’écoute sur %1</translation>
    </message>
    <message>
        <source>Sandbox credentials below are fake values that only this sandbox accepts.</source>
        <translation>Les identifiants de bac à sable ci-dessous sont des valeurs fictives que seul ce bac à sable accepte.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Fault modes (they answer every request badly, on purpose):</source>
        <translation>Modes de panne (ils répondent mal à chaque requête, volontairement)&#xa0;:</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>Essayez&#xa0;:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Runs the built-in carrier sandbox on 127.0.0.1 in the foreground until Ctrl+C, and prints each carrier&apos;s token URL and sandbox credentials.</source>
        <translation>Exécute le bac à sable intégré des transporteurs sur 127.0.0.1 au premier plan jusqu’à Ctrl+C, et affiche l’URL de jeton et les identifiants de bac à sable de chaque transporteur.</translation>
    </message>
    <message>
        <source>The port to listen on (default: any free port).</source>
        <translation>Le port d’écoute (par défaut&#xa0;: n’importe quel port libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1 port %1.</source>
        <translation>Le bac à sable n’a pas pu écouter sur 127.0.0.1, port %1.</translation>
    </message>
    <message>
        <source>Another program probably uses that port; choose another with --port, or leave it out to take any free one.</source>
        <translation>Un autre programme utilise probablement ce port&#x202f;; choisissez-en un autre avec --port, ou omettez l’option pour prendre n’importe quel port libre.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Bac à sable arrêté.</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>sans corps</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>corps JSON</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>corps de formulaire</translation>
    </message>
    <message>
        <source>client id and secret in the headers %1 and %2</source>
        <extracomment>%1 and %2 are HTTP header names, e.g. X-DPD-CLIENTID and X-DPD-CLIENTSECRET</extracomment>
        <translation>ID client et secret dans les en-têtes %1 et %2</translation>
    </message>
    <message>
        <source>client id and secret with HTTP Basic</source>
        <translation>ID client et secret en HTTP Basic</translation>
    </message>
    <message>
        <source>client id and secret with HTTP Basic or in the body as %1 and %2</source>
        <translation>ID client et secret en HTTP Basic ou dans le corps en tant que %1 et %2</translation>
    </message>
    <message>
        <source>client id and secret in the body as %1 and %2</source>
        <extracomment>%1 and %2 are request body field names, e.g. client_id and client_secret</extracomment>
        <translation>ID client et secret dans le corps en tant que %1 et %2</translation>
    </message>
    <message>
        <source>%1 (the client id)</source>
        <extracomment>%1 is an HTTP header name whose value must be the client id, e.g. Consumer-Key</extracomment>
        <translation>%1 (l’ID client)</translation>
    </message>
    <message>
        <source>also the headers %1</source>
        <extracomment>%1 lists HTTP header names, e.g. X-DPD-BUCODE</extracomment>
        <translation>ainsi que les en-têtes %1</translation>
    </message>
    <message>
        <source>also the body fields %1</source>
        <extracomment>%1 lists request body fields, e.g. audience=https://inavisphere.chrobinson.com</extracomment>
        <translation>ainsi que les champs du corps %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Probe URL</source>
        <translation>URL de sonde</translation>
    </message>
    <message>
        <source>jwks-wrong-key, foreign-issuer and rotate-keys hand out good tokens whose signing keys are at fault: published wrong, at an issuer on another site, or new with every token; “tokendock test” shows the signature check.</source>
        <translation>jwks-wrong-key, foreign-issuer et rotate-keys délivrent des jetons valides dont les clés de signature posent problème&#xa0;: publiées de façon erronée, chez un émetteur situé sur un autre site, ou renouvelées à chaque jeton&#x202f;; «&#xa0;tokendock test&#xa0;» montre la vérification de signature.</translation>
    </message>
    <message>
        <source>Probe fault modes (probe URLs whose API answers badly):</source>
        <translation>Modes de défaillance de la sonde (URL de sonde dont l’API répond mal)&#xa0;:</translation>
    </message>
    <message>
        <source>Run the sandbox&apos;s clock this many seconds ahead of this computer&apos;s (behind when negative), as a carrier whose clock is off; its Date headers and tokens follow it.</source>
        <translation>Faire avancer l’horloge du bac à sable de ce nombre de secondes par rapport à celle de cet ordinateur (la faire retarder si la valeur est négative), comme un transporteur dont l’horloge est décalée&#x202f;; ses en-têtes Date et ses jetons la suivent.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock reads %1 UTC.</source>
        <translation>L’horloge du bac à sable indique %1 UTC.</translation>
    </message>
</context>
<context>
    <name>ScopeChips</name>
    <message>
        <source>Scope %1</source>
        <translation>Étendue %1</translation>
    </message>
</context>
<context>
    <name>SecretDate</name>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, e.g. 2027-01-05, not “%2”.</source>
        <translation>--%1 attend une date au format YYYY-MM-DD, p. ex. 2027-01-05, pas «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SecretExpiryEditor</name>
    <message>
        <source>Secret expiry date</source>
        <translation>Date d’expiration du secret</translation>
    </message>
    <message>
        <source>The carrier says the secret e&amp;xpires on</source>
        <translation>Selon le transporteur, le secret e&amp;xpire le</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show or hide</source>
        <translation>Afficher ou masquer</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Enregistré dans le trousseau de clés&#x202f;; tapez pour le remplacer</translation>
    </message>
</context>
<context>
    <name>SecretLife</name>
    <message>
        <source>set today</source>
        <translation>défini aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>set %n day(s) ago</source>
        <translation>
            <numerusform>défini il y a %n jour</numerusform>
            <numerusform>défini il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>has not worked yet</source>
        <translation>n’a encore jamais fonctionné</translation>
    </message>
    <message>
        <source>last worked today</source>
        <translation>dernier succès aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>last worked %n day(s) ago</source>
        <translation>
            <numerusform>dernier succès il y a %n jour</numerusform>
            <numerusform>dernier succès il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>No secret entered yet</source>
        <translation>Aucun secret saisi pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Secret set %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Secret défini le %1 (il y a %n jour)</numerusform>
            <numerusform>Secret défini le %1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret expires %1</source>
        <translation>Le secret expire le %1</translation>
    </message>
    <message>
        <source>Secret expiry: not entered</source>
        <translation>Expiration du secret&#xa0;: non saisie</translation>
    </message>
    <message>
        <source>Last worked %1</source>
        <translation>Dernier succès le %1</translation>
    </message>
    <message>
        <source>Not seen working yet</source>
        <translation>Aucun succès constaté pour l’instant</translation>
    </message>
    <message>
        <source>secret expired</source>
        <translation>secret expiré</translation>
    </message>
    <message>
        <source>secret expires today</source>
        <translation>le secret expire aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expire dans %n jour</numerusform>
            <numerusform>expire dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not working for %n day(s)</source>
        <translation>
            <numerusform>ne fonctionne plus depuis %n jour</numerusform>
            <numerusform>ne fonctionne plus depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretLifeText</name>
    <message>
        <source>secret age unknown</source>
        <translation>âge du secret inconnu</translation>
    </message>
    <message>
        <source>secret set today</source>
        <translation>secret défini aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>secret %n days old</source>
        <translation>
            <numerusform>secret âgé de %n jour</numerusform>
            <numerusform>secret âgé de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today (%1)</source>
        <translation>expire aujourd’hui (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expires %1, in %n days</source>
        <translation>
            <numerusform>expire le %1, dans %n jour</numerusform>
            <numerusform>expire le %1, dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n days ago (%1)</source>
        <translation>
            <numerusform>expiré depuis %n jour (%1)</numerusform>
            <numerusform>expiré depuis %n jours (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>last worked %1</source>
        <translation>dernier succès le %1</translation>
    </message>
    <message>
        <source>not seen working yet</source>
        <translation>aucun succès constaté pour l’instant</translation>
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
        <translation>Le secret de «&#xa0;%1&#xa0;» a expiré le %2&#xa0;: remplacez-le par le nouveau secret fourni sur le portail du transporteur.</translation>
    </message>
    <message>
        <source>The secret of “%1” expires today (%2): rotate it now.</source>
        <translation>Le secret de «&#xa0;%1&#xa0;» expire aujourd’hui (%2)&#xa0;: remplacez-le maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>The secret of “%1” expires in %n day(s), on %2: rotate it before then.</source>
        <translation>
            <numerusform>Le secret de «&#xa0;%1&#xa0;» expire dans %n jour, le %2&#xa0;: remplacez-le d’ici là.</numerusform>
            <numerusform>Le secret de «&#xa0;%1&#xa0;» expire dans %n jours, le %2&#xa0;: remplacez-le d’ici là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has not worked in %n day(s) of tests: check its secret and settings.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n’a pas fonctionné pendant %n jour de tests&#xa0;: vérifiez son secret et ses paramètres.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n’a pas fonctionné pendant %n jours de tests&#xa0;: vérifiez son secret et ses paramètres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” last worked %n day(s) ago: check its secret, or rotate it if the carrier issued a new one.</source>
        <translation>
            <numerusform>Dernier succès de «&#xa0;%1&#xa0;» il y a %n jour&#xa0;: vérifiez son secret, ou remplacez-le si le transporteur en a émis un nouveau.</numerusform>
            <numerusform>Dernier succès de «&#xa0;%1&#xa0;» il y a %n jours&#xa0;: vérifiez son secret, ou remplacez-le si le transporteur en a émis un nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRotation</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n’existe plus.</translation>
    </message>
    <message>
        <source>The new secret is empty.</source>
        <translation>Le nouveau secret est vide.</translation>
    </message>
    <message>
        <source>Paste the new secret from the carrier&apos;s portal.</source>
        <translation>Collez le nouveau secret depuis le portail du transporteur.</translation>
    </message>
    <message>
        <source>“%1” has no secret field “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de champ secret «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Leave the field out to rotate the client secret, or name one `tokendock carriers CARRIER` lists as secret.</source>
        <translation>Omettez le champ pour remplacer le secret client, ou indiquez-en un que `tokendock carriers CARRIER` présente comme secret.</translation>
    </message>
    <message>
        <source>Another rotation of this account is still under way, so the secret was not changed.</source>
        <translation>Un autre remplacement de secret est encore en cours pour ce compte, le secret n’a donc pas été modifié.</translation>
    </message>
    <message>
        <source>The rotation lock %1 could not be made, so the secret was not changed.</source>
        <translation>Le verrou de remplacement %1 n’a pas pu être créé, le secret n’a donc pas été modifié.</translation>
    </message>
    <message>
        <source>Try again in a minute; the secret stored now still works.</source>
        <translation>Réessayez dans une minute&#x202f;; le secret actuellement enregistré fonctionne toujours.</translation>
    </message>
    <message>
        <source>The account was changed or removed elsewhere while the new secret was tried, so it was not saved.</source>
        <translation>Le compte a été modifié ou supprimé ailleurs pendant l’essai du nouveau secret, qui n’a donc pas été enregistré.</translation>
    </message>
    <message>
        <source>Check the account as it is now and rotate again.</source>
        <translation>Vérifiez le compte tel qu’il est maintenant et remplacez de nouveau le secret.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>le trousseau de clés macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>le Gestionnaire d’identification Windows</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this account; enter it and save.</source>
        <translation>Aucun secret n’est enregistré dans le trousseau de clés pour ce compte&#x202f;; saisissez-le et enregistrez.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access; unlock it and retry.</source>
        <translation>Le trousseau de clés est verrouillé ou a refusé l’accès&#x202f;; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; check that it is not waiting for a password prompt, then retry.</source>
        <translation>Le trousseau de clés n’a pas répondu à temps&#x202f;; vérifiez qu’il n’attend pas la saisie d’un mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error; retry, or restart the keychain service.</source>
        <translation>Le trousseau de clés a signalé une erreur&#x202f;; réessayez ou redémarrez le service de trousseau de clés.</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1); retry, or restart the keychain service.</source>
        <translation>Le trousseau de clés a signalé une erreur (%1)&#x202f;; réessayez ou redémarrez le service de trousseau de clés.</translation>
    </message>
    <message>
        <source>The keychain refused TokenDock access; allow it in your keyring or password manager, then retry.</source>
        <translation>Le trousseau de clés a refusé l’accès à TokenDock&#x202f;; autorisez-le dans votre trousseau ou votre gestionnaire de mots de passe, puis réessayez.</translation>
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
        <translation>le trousseau du système (Secret Service&#x202f;: GNOME Keyring, KWallet ou KeePassXC)</translation>
    </message>
    <message>
        <source>No keychain service is running. Start GNOME Keyring, KWallet, or KeePassXC with Secret Service Integration on, then retry.</source>
        <translation>Aucun service de trousseau n’est lancé. Démarrez GNOME Keyring, KWallet ou KeePassXC avec l’intégration Secret Service activée, puis réessayez.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep the last token of each account in the keychain</source>
        <translation>Conserver le dernier jeton de chaque compte dans le trousseau de clés</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Vider le presse-papiers après</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d’attente des requêtes</translation>
    </message>
    <message>
        <source>Refresh margin</source>
        <translation>Marge de renouvellement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>C&amp;lear copied tokens after</source>
        <translation>&amp;Effacer les jetons copiés après</translation>
    </message>
    <message>
        <source>Only if the clipboard still holds the token. Never: keep it until you copy something else.</source>
        <translation>Seulement si le presse-papiers contient encore le jeton. Jamais&#xa0;: le jeton y reste jusqu’à ce que vous copiiez autre chose.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Délai d’attente des requêtes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>&amp;Refresh margin</source>
        <translation>Marge de &amp;renouvellement</translation>
    </message>
    <message>
        <source>Copying renews a token that would expire within this time; the list marks it as expiring.</source>
        <translation>La copie renouvelle un jeton qui expirerait dans ce délai&#x202f;; la liste l’indique comme «&#xa0;Expire bientôt&#xa0;».</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Démarrage à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start with the window minimized</source>
        <translation>Démarrer avec la fenêtre réduite</translation>
    </message>
    <message>
        <source>Closing the window keeps TokenDock in the tray.</source>
        <translation>Fermer la fenêtre laisse TokenDock dans la zone de notification.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so TokenDock stays a normal window: closing it quits, and it starts minimized instead of in the tray.</source>
        <translation>Ce bureau n’affiche pas de zone de notification, TokenDock reste donc une fenêtre normale&#xa0;: la fermer quitte l’application, et TokenDock démarre réduit au lieu de démarrer dans la zone de notification.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>&amp;Warn this many days before a secret expires</source>
        <translation>&amp;Avertir ce nombre de jours avant l’expiration d’un secret</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Only on the day</source>
        <translation>Seulement le jour même</translation>
    </message>
    <message>
        <source>Days of warning before a secret expires</source>
        <translation>Jours d’avertissement avant l’expiration d’un secret</translation>
    </message>
    <message>
        <source>Report an account as &amp;not working after</source>
        <translation>Signaler un compte comme &amp;non fonctionnel après</translation>
    </message>
    <message>
        <source> days of failures</source>
        <translation> jours d’échecs</translation>
    </message>
    <message>
        <source>Days of failures before an account is reported</source>
        <translation>Jours d’échecs avant qu’un compte soit signalé</translation>
    </message>
</context>
<context>
    <name>ShapeEditor</name>
    <message>
        <source>How this provider&apos;s token exchange differs from OAuth 2.0. Leave what you do not know as it is.</source>
        <translation>En quoi l’échange de jeton de ce fournisseur diffère d’OAuth 2.0. Laissez tel quel ce que vous ne connaissez pas.</translation>
    </message>
    <message>
        <source>Method and body</source>
        <translation>Méthode et corps</translation>
    </message>
    <message>
        <source>Grant type parameter</source>
        <translation>Paramètre du type d’octroi</translation>
    </message>
    <message>
        <source>Credential headers</source>
        <translation>En-têtes des identifiants</translation>
    </message>
    <message>
        <source>Credential fields</source>
        <translation>Champs des identifiants</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>En-tête de la clé d’API</translation>
    </message>
    <message>
        <source>Token from</source>
        <translation>Source du jeton</translation>
    </message>
    <message>
        <source>Expires in / at</source>
        <translation>Durée de vie / expiration</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <source>API calls send</source>
        <translation>Les appels d’API envoient</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>Méthode de la requête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Form body</source>
        <translation>Corps de formulaire</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>Corps JSON</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Sans corps</translation>
    </message>
    <message>
        <source>empty: no grant type is sent</source>
        <translation>vide&#xa0;: aucun type d’octroi n’est envoyé</translation>
    </message>
    <message>
        <source>Client id header name</source>
        <translation>Nom de l’en-tête de l’ID client</translation>
    </message>
    <message>
        <source>Client id field name</source>
        <translation>Nom du champ de l’ID client</translation>
    </message>
    <message>
        <source>Client secret header name</source>
        <translation>Nom de l’en-tête du secret client</translation>
    </message>
    <message>
        <source>Client secret field name</source>
        <translation>Nom du champ du secret client</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Also send on API calls</source>
        <translation>Envoyer aussi lors des appels d’API</translation>
    </message>
    <message>
        <source>Renew with it</source>
        <translation>L’utiliser pour renouveler</translation>
    </message>
    <message>
        <source>Ask for the next token with the refresh token (grant type refresh_token) before the credentials, where the provider documents it.</source>
        <translation>Demander le jeton suivant avec le jeton d’actualisation (type d’octroi refresh_token) avant d’utiliser les identifiants, si le fournisseur le documente.</translation>
    </message>
    <message>
        <source>JSON path</source>
        <translation>Chemin JSON</translation>
    </message>
    <message>
        <source>Response header</source>
        <translation>En-tête de réponse</translation>
    </message>
    <message>
        <source>Where the token comes back</source>
        <translation>Emplacement du jeton dans la réponse</translation>
    </message>
    <message>
        <source>Token header name</source>
        <translation>Nom de l’en-tête du jeton</translation>
    </message>
    <message>
        <source>Token JSON path</source>
        <translation>Chemin JSON du jeton</translation>
    </message>
    <message>
        <source>Expires-in path</source>
        <translation>Chemin de la durée de vie</translation>
    </message>
    <message>
        <source>expires in (seconds): none</source>
        <translation>durée de vie (secondes)&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Expiry time path</source>
        <translation>Chemin de la date d’expiration</translation>
    </message>
    <message>
        <source>expiry time: none</source>
        <translation>date d’expiration&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Header API calls carry the token in</source>
        <translation>En-tête dans lequel les appels d’API transmettent le jeton</translation>
    </message>
    <message>
        <source>Scheme before the token</source>
        <translation>Schéma devant le jeton</translation>
    </message>
    <message>
        <source>no scheme: the token alone</source>
        <translation>aucun schéma&#xa0;: le jeton seul</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message numerus="yes">
        <source>Advanced (%n changed)</source>
        <translation>
            <numerusform>Avancé (%n modification)</numerusform>
            <numerusform>Avancé (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the response header that carries the token.</source>
        <translation>Saisissez l’en-tête de réponse qui contient le jeton.</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>Signature not checked</source>
        <translation>Signature non vérifiée</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signature vérifiée</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Signature non valide</translation>
    </message>
    <message>
        <source>Cannot verify the signature</source>
        <translation>Impossible de vérifier la signature</translation>
    </message>
    <message>
        <source>Unsigned token</source>
        <translation>Jeton non signé</translation>
    </message>
    <message>
        <source>Signed with a shared secret</source>
        <translation>Signé avec un secret partagé</translation>
    </message>
    <message>
        <source>The token expired at %1 (“exp”).</source>
        <translation>Le jeton a expiré («&#xa0;exp&#xa0;»&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The token is not valid before %1 (“nbf”).</source>
        <translation>Le jeton n’est pas valide avant %1 («&#xa0;nbf&#xa0;»).</translation>
    </message>
    <message>
        <source>The token says it was issued in the future, at %1 (“iat”).</source>
        <translation>Le jeton indique avoir été émis dans le futur («&#xa0;iat&#xa0;»&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The token is not meant for %1 (“aud”).</source>
        <translation>Le jeton n’est pas destiné à %1 («&#xa0;aud&#xa0;»).</translation>
    </message>
    <message>
        <source>The token names the issuer “%1”, but its discovery document says “%2” (“iss”).</source>
        <translation>Le jeton indique l’émetteur «&#xa0;%1&#xa0;», mais son document de découverte indique «&#xa0;%2&#xa0;» («&#xa0;iss&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The token names the key “%1”, which %2 does not hold.</source>
        <translation>Le jeton désigne la clé «&#xa0;%1&#xa0;», que %2 ne contient pas.</translation>
    </message>
    <message>
        <source>The signature does not match the key; the token was changed or signed with another key.</source>
        <translation>La signature ne correspond pas à la clé&#x202f;; le jeton a été modifié ou signé avec une autre clé.</translation>
    </message>
    <message>
        <source>The token says %1, but the key is %2 and does not fit that algorithm (or its JWK names another “alg”).</source>
        <translation>Le jeton indique %1, mais la clé est de type %2 et ne convient pas à cet algorithme (ou sa JWK indique un autre «&#xa0;alg&#xa0;»).</translation>
    </message>
    <message>
        <source>The token names the issuer %1, which is neither at the token URL&apos;s site nor one the preset lists; TokenDock did not fetch its keys.</source>
        <translation>Le jeton désigne l’émetteur %1, qui n’est ni sur le site de l’URL de jeton ni parmi ceux que liste le préréglage&#x202f;; TokenDock n’a pas récupéré ses clés.</translation>
    </message>
    <message>
        <source>The token is not signed (“alg”: none); anyone could have written it.</source>
        <translation>Le jeton n’est pas signé («&#xa0;alg&#xa0;»&#xa0;: none)&#x202f;; n’importe qui aurait pu l’écrire.</translation>
    </message>
    <message>
        <source>The token is signed with a secret only the carrier holds (%1); it cannot be checked without it.</source>
        <translation>Le jeton est signé avec un secret que seul le transporteur détient (%1)&#x202f;; il ne peut pas être vérifié sans ce secret.</translation>
    </message>
    <message>
        <source>TokenDock does not check %1 signatures.</source>
        <translation>TokenDock ne vérifie pas les signatures %1.</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>clé du compte</translation>
    </message>
    <message>
        <source>preset key</source>
        <translation>clé du préréglage</translation>
    </message>
    <message>
        <source>No key to check it with: the token names no issuer and neither the account nor the preset has a JWKS URL or key. Ask the carrier for its public key or JWKS URL and add it to the account.</source>
        <translation>Aucune clé pour la vérifier&#xa0;: le jeton n’indique aucun émetteur, et ni le compte ni le préréglage n’ont d’URL JWKS ou de clé. Demandez au transporteur sa clé publique ou son URL JWKS, et ajoutez-la au compte.</translation>
    </message>
    <message>
        <source>The issuer&apos;s discovery document could not be fetched: %1</source>
        <translation>Le document de découverte de l’émetteur n’a pas pu être récupéré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 publishes no JWKS URL (“jwks_uri”) in its discovery document.</source>
        <translation>%1 ne publie aucune URL JWKS («&#xa0;jwks_uri&#xa0;») dans son document de découverte.</translation>
    </message>
    <message>
        <source>The carrier&apos;s keys could not be fetched: %1</source>
        <translation>Les clés du transporteur n’ont pas pu être récupérées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SigningKeysEditor</name>
    <message>
        <source>Signature keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Where the keys that check this account&apos;s token signatures come from. TokenDock finds them itself when the carrier publishes OpenID discovery at its token URL&apos;s site; otherwise enter its issuer, JWKS URL or public key. Public keys are not secrets.</source>
        <translation>D’où proviennent les clés qui vérifient les signatures des jetons de ce compte. TokenDock les trouve lui-même lorsque le transporteur publie une découverte OpenID sur le site de son URL de jeton&#x202f;; sinon, saisissez son émetteur, son URL JWKS ou sa clé publique. Les clés publiques ne sont pas des secrets.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>URL JWKS</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
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
        <translation>-----BEGIN PUBLIC KEY----- … ou une JWK</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>TokenDock is running but did not answer in time.</source>
        <translation>TokenDock est en cours d’exécution mais n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Another TokenDock is already running.</source>
        <translation>Une autre instance de TokenDock est déjà en cours d’exécution.</translation>
    </message>
    <message>
        <source>Not ready yet.</source>
        <translation>Pas encore prêt.</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set, so there is no private folder for the socket through which a second start reaches the running TokenDock.</source>
        <translation>XDG_RUNTIME_DIR n’est pas défini&#x202f;; il n’y a donc pas de dossier privé pour le socket par lequel un second lancement joint le TokenDock en cours d’exécution.</translation>
    </message>
    <message>
        <source>%1 (XDG_RUNTIME_DIR) is not a folder.</source>
        <translation>%1 (XDG_RUNTIME_DIR) n’est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 (XDG_RUNTIME_DIR) belongs to another user.</source>
        <translation>%1 (XDG_RUNTIME_DIR) appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>%1 (XDG_RUNTIME_DIR) is open to other users (mode %2); it must be 0700.</source>
        <translation>%1 (XDG_RUNTIME_DIR) est ouvert aux autres utilisateurs (mode %2)&#x202f;; il doit être en 0700.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; TokenDock did not use it.</source>
        <translation>%1 appartient à un autre utilisateur&#x202f;; TokenDock ne l’a pas utilisé.</translation>
    </message>
    <message>
        <source>There is no private folder for the socket.</source>
        <translation>Il n’y a pas de dossier privé pour le socket.</translation>
    </message>
</context>
<context>
    <name>SkippedPresetFiles</name>
    <message numerus="yes">
        <source>%n preset files were not loaded.</source>
        <translation>
            <numerusform>%n fichier de préréglage n’a pas été chargé.</numerusform>
            <numerusform>%n fichiers de préréglage n’ont pas été chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide why</source>
        <translation>Masquer les raisons</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>Afficher les raisons</translation>
    </message>
    <message>
        <source>Why preset files were not loaded</source>
        <translation>Pourquoi des fichiers de préréglage n’ont pas été chargés</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
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
        <translation>opaque</translation>
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
        <translation>Rapport de support TokenDock</translation>
    </message>
    <message>
        <source>TokenDock version</source>
        <translation>Version de TokenDock</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Type d’octroi</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <source>HTTP Basic authentication</source>
        <translation>Authentification HTTP Basic</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>corps de la requête</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>OK: token issued</source>
        <translation>OK&#xa0;: jeton émis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>aucune réponse HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesurée</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Carrier error code</source>
        <translation>Code d’erreur du transporteur</translation>
    </message>
    <message>
        <source>Carrier message</source>
        <translation>Message du transporteur</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Format du jeton</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Étendues</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>JWT header (signature not verified):</source>
        <translation>En-tête JWT (signature non vérifiée)&#xa0;:</translation>
    </message>
    <message>
        <source>JWT claims (signature not verified):</source>
        <translation>Revendications JWT (signature non vérifiée)&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>from the carrier&apos;s Date header</source>
        <translation>d’après l’en-tête Date du transporteur</translation>
    </message>
    <message>
        <source>from the token&apos;s issue time</source>
        <translation>d’après l’heure d’émission du jeton</translation>
    </message>
    <message>
        <source>the carrier&apos;s agrees with this computer&apos;s within a minute (%1)</source>
        <translation>celle du transporteur concorde avec celle de cet ordinateur à une minute près (%1)</translation>
    </message>
    <message>
        <source>the carrier&apos;s is %1 ahead of this computer&apos;s (%2)</source>
        <translation>celle du transporteur a %1 d’avance sur celle de cet ordinateur (%2)</translation>
    </message>
    <message>
        <source>the carrier&apos;s is %1 behind this computer&apos;s (%2)</source>
        <translation>celle du transporteur a %1 de retard sur celle de cet ordinateur (%2)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>JWT header:</source>
        <translation>En-tête JWT&#xa0;:</translation>
    </message>
    <message>
        <source>JWT claims:</source>
        <translation>Revendications JWT&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2, key %3 from %4)</source>
        <translation>%1 (%2, clé %3 de %4)</translation>
    </message>
    <message>
        <source>without a kid</source>
        <translation>sans kid</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3 ms)</source>
        <translation>%1 (HTTP %2, %3&#xa0;ms)</translation>
    </message>
    <message>
        <source>API probe</source>
        <translation>Sonde API</translation>
    </message>
    <message>
        <source>Probe URL</source>
        <translation>URL de sonde</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>Problème de la sonde</translation>
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
        <translation>Demande un nouveau jeton pour un compte (jamais celui en cache) et affiche la réponse du transporteur&#xa0;: résultat, statut HTTP, latence, type de jeton, expiration, étendues et JWT décodé. Le jeton lui-même n’est jamais montré&#x202f;; c’est «&#xa0;tokendock token&#xa0;» qui l’affiche.</translation>
    </message>
    <message>
        <source>The account to test.</source>
        <translation>Le compte à tester.</translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token or the secret).</source>
        <translation>Afficher un seul document JSON (il ne contient jamais le jeton ni le secret).</translation>
    </message>
    <message>
        <source>Print the support report: safe to paste into a ticket (the client id abbreviated, never the secret or the token).</source>
        <translation>Afficher le rapport de support&#xa0;: il peut être collé sans risque dans un ticket (ID client abrégé, jamais le secret ni le jeton).</translation>
    </message>
    <message>
        <source>Name the account to test.</source>
        <translation>Indiquez le compte à tester.</translation>
    </message>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation>Aucun secret client n’est encore enregistré pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation>Saisissez-le avec «&#xa0;tokendock edit %1 --secret-stdin&#xa0;».</translation>
    </message>
    <message>
        <source>After the token, make the account&apos;s probe (a harmless read-only API call) even when its switch is off. A probe that does not work ends with exit code 7.</source>
        <translation>Après le jeton, effectuer la sonde du compte (un appel d’API inoffensif en lecture seule) même si elle est désactivée. Une sonde qui ne fonctionne pas se termine avec le code de sortie 7.</translation>
    </message>
    <message>
        <source>Make no probe this time; only the token.</source>
        <translation>Ne pas effectuer de sonde cette fois&#x202f;; uniquement le jeton.</translation>
    </message>
    <message>
        <source>Give --probe or --no-probe, not both.</source>
        <translation>Indiquez --probe ou --no-probe, pas les deux.</translation>
    </message>
    <message>
        <source>A JWT&apos;s signature is checked with the carrier&apos;s published or the account&apos;s key; exit status 8 when it does not hold, 0 when no key could be found.</source>
        <translation>La signature d’un JWT est vérifiée avec la clé publiée par le transporteur ou celle du compte&#x202f;; code de sortie 8 si elle n’est pas valide, 0 si aucune clé n’a été trouvée.</translation>
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
        <translation>OK  %1&#xa0;: jeton émis par %2 (HTTP %3, %4 ms)</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>already expired</source>
        <translation>déjà expiré</translation>
    </message>
    <message>
        <source>unknown: the carrier did not say</source>
        <translation>inconnu&#xa0;: le transporteur ne l’a pas indiqué</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Étendues</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Format du jeton</translation>
    </message>
    <message>
        <source>JWT header (signature not verified):</source>
        <translation>En-tête JWT (signature non vérifiée)&#xa0;:</translation>
    </message>
    <message>
        <source>JWT claims (signature not verified):</source>
        <translation>Revendications JWT (signature non vérifiée)&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>FAILED  %1: %2 — %3</source>
        <translation>ÉCHEC  %1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>JWT header:</source>
        <translation>En-tête JWT&#xa0;:</translation>
    </message>
    <message>
        <source>JWT claims:</source>
        <translation>Revendications JWT&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TextPolicy</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>The account name holds an invisible control character (%1); use only visible characters and spaces.</source>
        <translation>Le nom du compte contient un caractère de contrôle invisible (%1)&#x202f;; n’utilisez que des caractères visibles et des espaces.</translation>
    </message>
    <message>
        <source>The account name has %1 characters; shorten it to at most %2.</source>
        <translation>Le nom du compte comporte %1 caractères&#x202f;; raccourcissez-le à %2 au maximum.</translation>
    </message>
    <message>
        <source>“%1” is not a valid HTTP header name; use letters, digits and hyphens, e.g. X-Request-Id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’en-tête HTTP valide&#x202f;; utilisez des lettres, des chiffres et des traits d’union, par ex. X-Request-Id.</translation>
    </message>
    <message>
        <source>The value of the %1 header holds a control character (%2), such as a line break; remove it.</source>
        <translation>La valeur de l’en-tête %1 contient un caractère de contrôle (%2), par exemple un saut de ligne&#x202f;; supprimez-le.</translation>
    </message>
    <message>
        <source>The parameter name “%1” holds a control character (%2); remove it.</source>
        <translation>Le nom de paramètre «&#xa0;%1&#xa0;» contient un caractère de contrôle (%2)&#x202f;; supprimez-le.</translation>
    </message>
    <message>
        <source>The value of %1 holds a control character (%2), such as a line break; remove it.</source>
        <translation>La valeur de %1 contient un caractère de contrôle (%2), par exemple un saut de ligne&#x202f;; supprimez-le.</translation>
    </message>
    <message>
        <source>The client id holds a control character (%1); remove it.</source>
        <translation>L’ID client contient un caractère de contrôle (%1)&#x202f;; supprimez-le.</translation>
    </message>
</context>
<context>
    <name>TokenBudget</name>
    <message>
        <source>Use the token you have, or test again at %1.</source>
        <translation>Utilisez le jeton dont vous disposez ou testez à nouveau à %1.</translation>
    </message>
    <message>
        <source>a second</source>
        <translation>par seconde</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>par jour</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>en %n jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>en %n heure</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>en %n minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>en %n seconde</numerusform>
            <numerusform>toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token requests %1</source>
        <comment>%1 is a period: a minute, every 15 minutes</comment>
        <translation>
            <numerusform>%n requête de jeton %1</numerusform>
            <numerusform>%n requêtes de jeton %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 allows %2. The next one can be sent at %3.</source>
        <translation>Non envoyée&#xa0;: %1 autorise %2. La prochaine pourra être envoyée à partir de %3.</translation>
    </message>
    <message>
        <source>Not sent: TokenDock could not check %1&apos;s token budget (%2), so it does not know whether another request would exceed %3.</source>
        <translation>Non envoyée&#xa0;: TokenDock n’a pas pu vérifier le quota de jetons de %1 (%2) et ne sait donc pas si une autre requête dépasserait %3.</translation>
    </message>
    <message>
        <source>Try again in a moment; if this persists, check that the folder holding TokenDock&apos;s settings can be written.</source>
        <translation>Réessayez dans un instant&#x202f;; si le problème persiste, vérifiez que le dossier contenant les paramètres de TokenDock est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Always request a new token.</source>
        <translation>Toujours demander un nouveau jeton.</translation>
    </message>
    <message>
        <source>Reuse the cached token only while it stays valid this many more seconds (default: the refresh margin in Settings, 60 seconds unless changed).</source>
        <translation>Réutiliser le jeton en cache uniquement s’il reste valide encore ce nombre de secondes (par défaut&#xa0;: la marge de renouvellement des Paramètres, 60 secondes sauf modification).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The API the curl, httpie and powershell formats call (default: the token URL&apos;s host).</source>
        <translation>L’API qu’appellent les formats curl, httpie et powershell (par défaut&#xa0;: l’hôte de l’URL de jeton).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation>Indiquez le compte.</translation>
    </message>
    <message>
        <source>--format takes one of %1, not “%2”.</source>
        <translation>--format attend l’une des valeurs %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation>Aucun secret client n’est encore enregistré pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation>Saisissez-le avec «&#xa0;tokendock edit %1 --secret-stdin&#xa0;».</translation>
    </message>
    <message>
        <source>Prints a usable token for an account, and only that and a newline, so H=$(tokendock token NAME --format header) works. The cached token is used while it stays valid for at least --min-valid seconds; otherwise a new one is requested and cached. When the carrier&apos;s limit on token requests is used up, the cached token is printed while it is valid at all, with a note; else nothing is sent until --force.</source>
        <translation>Affiche un jeton utilisable pour un compte, et uniquement ce jeton suivi d’un saut de ligne, pour que H=$(tokendock token NAME --format header) fonctionne. Le jeton en cache est utilisé tant qu’il reste valide au moins --min-valid secondes&#x202f;; sinon, un nouveau jeton est demandé et mis en cache. Lorsque la limite de requêtes de jeton du transporteur est atteinte, le jeton en cache est affiché avec une remarque tant qu’il est encore valide&#x202f;; sinon, rien n’est envoyé sans --force.</translation>
    </message>
    <message>
        <source>What to print: %1 (default: token). The header is the one the carrier&apos;s API calls use (Authorization: Bearer …, or its own header); where API calls need more headers (Maersk Consumer-Key, Estes apikey), header prints one a line and the other formats carry them all.</source>
        <translation>Ce qu’il faut afficher&#xa0;: %1 (par défaut&#xa0;: token). L’en-tête est celui qu’utilisent les appels d’API du transporteur (Authorization: Bearer … ou son propre en-tête)&#x202f;; lorsque les appels d’API nécessitent d’autres en-têtes (Maersk Consumer-Key, Estes apikey), header en affiche un par ligne et les autres formats les incluent tous.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenError</name>
    <message>
        <source>The carrier said: “%1”.</source>
        <translation>Le transporteur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Check the account settings</source>
        <translation>Vérifier les paramètres du compte</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Identifiants refusés</translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation>Erreur du transporteur</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Unusable response</source>
        <translation>Réponse inutilisable</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problème de trousseau de clés</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Correct that setting and try again.</source>
        <translation>Corrigez ce paramètre et réessayez.</translation>
    </message>
    <message>
        <source>Check the client id and secret, and that they belong to this environment.</source>
        <translation>Vérifiez l’ID client et le secret, et qu’ils correspondent bien à cet environnement.</translation>
    </message>
    <message>
        <source>Check the token URL and the account&apos;s extra fields; if they are right, the carrier may be having trouble, so try again later.</source>
        <translation>Vérifiez l’URL de jeton et les champs supplémentaires du compte&#x202f;; s’ils sont corrects, le transporteur a peut-être un problème&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>Check your internet connection, VPN or proxy, and the host name in the token URL.</source>
        <translation>Vérifiez votre connexion Internet, votre VPN ou votre proxy, ainsi que le nom d’hôte dans l’URL de jeton.</translation>
    </message>
    <message>
        <source>Check the token URL&apos;s host name; a company proxy that inspects TLS needs its certificate installed in the system.</source>
        <translation>Vérifiez le nom d’hôte de l’URL de jeton&#x202f;; un proxy d’entreprise qui inspecte le TLS doit avoir son certificat installé sur le système.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or allow a longer request timeout.</source>
        <translation>Réessayez&#x202f;; si le problème persiste, vérifiez le réseau ou augmentez le délai d’attente des requêtes.</translation>
    </message>
    <message>
        <source>Check that the token URL points at the carrier&apos;s token endpoint, not a web page.</source>
        <translation>Vérifiez que l’URL de jeton pointe vers le point de terminaison de jeton du transporteur, et non vers une page web.</translation>
    </message>
    <message>
        <source>Unlock or start the system keychain, then try again.</source>
        <translation>Déverrouillez ou démarrez le trousseau de clés du système, puis réessayez.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, please report it.</source>
        <translation>Réessayez&#x202f;; si le problème persiste, merci de le signaler.</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message numerus="yes">
        <source>The token looks like a JWT but is too long to decode (%n bytes).</source>
        <translation>
            <numerusform>Le jeton ressemble à un JWT mais est trop long pour être décodé (%n octet).</numerusform>
            <numerusform>Le jeton ressemble à un JWT mais est trop long pour être décodé (%n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has three dot-separated parts, but they are not valid base64url-encoded JSON, so it is treated as opaque.</source>
        <translation>Le jeton comporte trois parties séparées par des points, mais ce n’est pas du JSON encodé en base64url valide&#x202f;; il est donc traité comme opaque.</translation>
    </message>
    <message>
        <source>The token&apos;s signature part is not valid base64url, so it is treated as opaque.</source>
        <translation>La partie signature du jeton n’est pas du base64url valide&#x202f;; il est donc traité comme opaque.</translation>
    </message>
    <message>
        <source>The token&apos;s &quot;exp&quot; claim is not a valid time and was ignored.</source>
        <translation>La revendication «&#xa0;exp&#xa0;» du jeton n’est pas une date valide et a été ignorée.</translation>
    </message>
</context>
<context>
    <name>TokenLedger</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>another TokenDock kept %1 locked</source>
        <translation>une autre instance de TokenDock gardait %1 verrouillé</translation>
    </message>
    <message>
        <source>%1 cannot be locked</source>
        <translation>%1 ne peut pas être verrouillé</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 is not a token ledger this TokenDock can read; remove it if no other TokenDock is running</source>
        <translation>%1 n’est pas un registre de jetons lisible par ce TokenDock&#x202f;; supprimez-le si aucune autre instance de TokenDock n’est en cours d’exécution</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
</context>
<context>
    <name>TokenReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Saisissez l’ID client.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>an unreadable address</source>
        <translation>une adresse illisible</translation>
    </message>
    <message>
        <source>%1 redirected the token request to %2 (HTTP %3); TokenDock did not follow it.</source>
        <translation>%1 a redirigé la requête de jeton vers %2 (HTTP %3)&#x202f;; TokenDock n’a pas suivi la redirection.</translation>
    </message>
    <message>
        <source>%1 redirected the token request to another site, %2 (HTTP %3); TokenDock did not follow it, so your credentials were not sent there.</source>
        <translation>%1 a redirigé la requête de jeton vers un autre site, %2 (HTTP %3)&#x202f;; TokenDock n’a pas suivi la redirection, vos identifiants n’y ont donc pas été envoyés.</translation>
    </message>
    <message>
        <source>If the new address is the carrier&apos;s real token endpoint, set it as the token URL.</source>
        <translation>Si la nouvelle adresse est le véritable point de terminaison de jeton du transporteur, définissez-la comme URL de jeton.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n’a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>%1 n’a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2 KiB, far more than any token response; TokenDock stopped reading it.</source>
        <translation>La réponse de %1 dépasse %2 Kio, bien plus que n’importe quelle réponse de jeton&#x202f;; TokenDock a arrêté de la lire.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing is listening at that address and port.</source>
        <translation>%1 a refusé la connexion&#x202f;; rien n’écoute à cette adresse et sur ce port.</translation>
    </message>
    <message>
        <source>Start the local service or sandbox that should answer there, or correct the port in the token URL.</source>
        <translation>Démarrez le service local ou le bac à sable censé répondre à cette adresse, ou corrigez le port dans l’URL de jeton.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found.</source>
        <translation>Le nom d’hôte %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the response was complete.</source>
        <translation>%1 a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>%1 stopped sending data.</source>
        <translation>%1 a cessé d’envoyer des données.</translation>
    </message>
    <message>
        <source>The proxy refused or dropped the connection to %1 (%2).</source>
        <translation>Le proxy a refusé ou interrompu la connexion à %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is deprecated; use %2 instead.</source>
        <translation>%1 est obsolète&#x202f;; utilisez plutôt %2.</translation>
    </message>
    <message>
        <source>%1 marks this token endpoint as deprecated; check its documentation for the new address.</source>
        <translation>%1 signale ce point de terminaison de jeton comme obsolète&#x202f;; consultez sa documentation pour connaître la nouvelle adresse.</translation>
    </message>
    <message>
        <source>%1 sent a compressed (%2) response although TokenDock asked for an uncompressed one; it was not unpacked.</source>
        <translation>%1 a envoyé une réponse compressée (%2) alors que TokenDock avait demandé une réponse non compressée&#x202f;; elle n’a pas été décompressée.</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>The token endpoint</source>
        <translation>Le point de terminaison de jeton</translation>
    </message>
    <message>
        <source>The value for the %1 header holds a line break.</source>
        <translation>La valeur de l’en-tête %1 contient un saut de ligne.</translation>
    </message>
    <message>
        <source>The client secret holds a line break.</source>
        <translation>Le secret client contient un saut de ligne.</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>an empty body</source>
        <translation>un corps vide</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>une page web</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>du texte brut</translation>
    </message>
    <message>
        <source>data that is not a JSON object</source>
        <translation>des données qui ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 rejected the client credentials (HTTP %2).</source>
        <translation>%1 a refusé les identifiants client (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a token.</source>
        <translation>%1 a répondu HTTP %2 au lieu d’un jeton.</translation>
    </message>
    <message>
        <source>The carrier does not allow this client the requested grant type; ask the carrier to enable client credentials.</source>
        <translation>Le transporteur n’autorise pas le type d’octroi demandé pour ce client&#x202f;; demandez au transporteur d’activer l’octroi client_credentials.</translation>
    </message>
    <message>
        <source>Check the scope field: the carrier refused one of the scopes.</source>
        <translation>Vérifiez le champ «&#xa0;Étendue&#xa0;»&#xa0;: le transporteur a refusé l’une des étendues.</translation>
    </message>
    <message>
        <source>The endpoint does not support this grant type; check the token URL and grant type.</source>
        <translation>Le point de terminaison ne prend pas en charge ce type d’octroi&#x202f;; vérifiez l’URL de jeton et le type d’octroi.</translation>
    </message>
    <message>
        <source>Check the token URL: the carrier has no token endpoint at that address.</source>
        <translation>Vérifiez l’URL de jeton&#xa0;: le transporteur n’a pas de point de terminaison de jeton à cette adresse.</translation>
    </message>
    <message>
        <source>The carrier is rate limiting token requests; wait a minute and reuse the token you have.</source>
        <translation>Le transporteur limite le débit des requêtes de jeton&#x202f;; patientez une minute et réutilisez le jeton dont vous disposez.</translation>
    </message>
    <message>
        <source>The carrier&apos;s server failed; try again in a few minutes.</source>
        <translation>Le serveur du transporteur a rencontré une erreur&#x202f;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 instead of a JSON token response.</source>
        <translation>%1 a répondu HTTP %2 avec %3 au lieu d’une réponse de jeton JSON.</translation>
    </message>
    <message>
        <source>The response has no token_type; TokenDock assumes Bearer.</source>
        <translation>La réponse ne contient pas de token_type&#x202f;; TokenDock suppose Bearer.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>%1 issued a token with an unusable lifetime (expires_in is %2).</source>
        <translation>%1 a émis un jeton avec une durée de vie inutilisable (expires_in vaut %2).</translation>
    </message>
    <message numerus="yes">
        <source>expires_in arrived as text (&quot;%1&quot;); read as %n seconds.</source>
        <translation>
            <numerusform>expires_in reçu sous forme de texte («&#xa0;%1&#xa0;»)&#x202f;; interprété comme %n seconde.</numerusform>
            <numerusform>expires_in reçu sous forme de texte («&#xa0;%1&#xa0;»)&#x202f;; interprété comme %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is an unsigned JWT (alg &quot;none&quot;); APIs should reject it.</source>
        <translation>Le jeton est un JWT non signé (alg «&#xa0;none&#xa0;»)&#x202f;; les API devraient le refuser.</translation>
    </message>
    <message>
        <source>The carrier did not say when the token expires.</source>
        <translation>Le transporteur n’a pas indiqué quand le jeton expire.</translation>
    </message>
    <message>
        <source>JSON that breaks off or is malformed</source>
        <translation>du JSON tronqué ou mal formé</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a token type TokenDock cannot use safely: it holds characters a token type never has.</source>
        <translation>%1 a répondu HTTP %2 avec un type de jeton que TokenDock ne peut pas utiliser sans risque&#xa0;: il contient des caractères qu’un type de jeton ne comporte jamais.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a token TokenDock cannot use safely: it holds spaces or characters a token never has.</source>
        <translation>%1 a répondu HTTP %2 avec un jeton que TokenDock ne peut pas utiliser sans risque&#xa0;: il contient des espaces ou des caractères qu’un jeton ne comporte jamais.</translation>
    </message>
    <message>
        <source>Check that the token URL is the carrier&apos;s own token endpoint; if it is, contact the carrier: its token endpoint sent a value no API accepts.</source>
        <translation>Vérifiez que l’URL de jeton est bien le point de terminaison de jeton du transporteur lui-même&#x202f;; si c’est le cas, contactez le transporteur&#xa0;: son point de terminaison de jeton a envoyé une valeur qu’aucune API n’accepte.</translation>
    </message>
    <message>
        <source>%1 issued a token with an unusable expiry time (%2 is %3).</source>
        <translation>%1 a émis un jeton avec une date d’expiration inutilisable (%2 vaut %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the response has no %3 header.</source>
        <translation>%1 a répondu HTTP %2, mais la réponse ne contient pas d’en-tête %3.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the response has no %3.</source>
        <translation>%1 a répondu HTTP %2, mais la réponse ne contient pas de %3.</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n’existe plus.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>“%1” has no secret for its current settings, so nothing was sent.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de secret pour ses paramètres actuels&#x202f;; rien n’a donc été envoyé.</translation>
    </message>
    <message>
        <source>Check the account&apos;s token URL, then enter its client secret.</source>
        <translation>Vérifiez l’URL de jeton du compte, puis saisissez son secret client.</translation>
    </message>
    <message>
        <source>The account needs its secret entered again.</source>
        <translation>Le secret du compte doit être saisi à nouveau.</translation>
    </message>
    <message>
        <source>The cached token was handed out although it stays valid for only %1 more: %2</source>
        <translation>Le jeton en cache a été fourni bien qu’il ne reste valide que %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token works but was not cached: %1</source>
        <translation>Le jeton fonctionne, mais n’a pas été mis en cache&#x202f;: %1</translation>
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
        <translation>Pas encore de jeton</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Afficher ou masquer le jeton</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Étendues</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Jeton décodé</translation>
    </message>
    <message>
        <source>Raw response, token values redacted</source>
        <translation>Réponse brute, valeurs de jeton masquées</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <source>%1 (sent as %2)</source>
        <translation>%1 (envoyé comme %2)</translation>
    </message>
    <message>
        <source>JWT · %1</source>
        <translation>JWT · %1</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>aucun algorithme</translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation>Opaque</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>SCOPES: NONE STATED</source>
        <translation>ÉTENDUES&#xa0;: AUCUNE INDIQUÉE</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>ÉTENDUES</translation>
    </message>
    <message>
        <source>Decoded for information only: the signature is not verified. Never trust these claims for access decisions.</source>
        <translation>Décodé à titre informatif uniquement&#xa0;: la signature n’est pas vérifiée. Ne vous fiez jamais à ces revendications pour des décisions d’accès.</translation>
    </message>
    <message>
        <source>This token is not signed at all (alg “none”).</source>
        <translation>Ce jeton n’est pas signé du tout (alg «&#xa0;none&#xa0;»).</translation>
    </message>
    <message>
        <source>No token to decode yet.</source>
        <translation>Aucun jeton à décoder pour l’instant.</translation>
    </message>
    <message>
        <source>No response arrived.</source>
        <translation>Aucune réponse reçue.</translation>
    </message>
    <message>
        <source>No response yet in this session.</source>
        <translation>Pas encore de réponse dans cette session.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Token values are replaced by a marker.</source>
        <translation>Les valeurs de jeton sont remplacées par un marqueur.</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message numerus="yes">
        <source>  (%n characters)</source>
        <translation>
            <numerusform>  (%n caractère)</numerusform>
            <numerusform>  (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested refresh: %1.</source>
        <translation>Renouvellement conseillé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation>Expiration inconnue</translation>
    </message>
    <message>
        <source>The last test returned no token; the banner above says why. Test again (%1) once it is fixed.</source>
        <translation>Le dernier test n’a renvoyé aucun jeton&#x202f;; le bandeau ci-dessus en indique la raison. Testez à nouveau (%1) une fois le problème corrigé.</translation>
    </message>
    <message>
        <source>Test the account (%1) to request a token from %2. Its expiry, scopes and decoded claims appear here.</source>
        <translation>Testez le compte (%1) pour demander un jeton à %2. Son expiration, ses étendues et ses revendications décodées s’afficheront ici.</translation>
    </message>
    <message>
        <source>Expiry source</source>
        <translation>Source de l’expiration</translation>
    </message>
    <message>
        <source>This token is opaque: it carries no readable claims, so there is nothing to decode.%1</source>
        <translation>Ce jeton est opaque&#xa0;: il ne contient aucune revendication lisible, il n’y a donc rien à décoder.%1</translation>
    </message>
    <message>
        <source>from expires_in</source>
        <translation>d’après expires_in</translation>
    </message>
    <message>
        <source>from the expiry time in the answer</source>
        <translation>d’après la date d’expiration de la réponse</translation>
    </message>
    <message>
        <source>from the token&apos;s exp claim</source>
        <translation>d’après la revendication exp du jeton</translation>
    </message>
    <message>
        <source>the carrier&apos;s documented lifetime: the answer did not say</source>
        <translation>la durée de vie documentée par le transporteur&#xa0;: la réponse ne l’indiquait pas</translation>
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
        <translation>Les appels d’API l’envoient sous la forme «&#xa0;%1: %2&#xa0;».</translation>
    </message>
    <message>
        <source>API calls send it as “%1: %2”, with %3; Copy Header includes them.</source>
        <translation>Les appels d’API l’envoient sous la forme «&#xa0;%1: %2&#xa0;», avec %3&#x202f;; «&#xa0;Copier l’en-tête&#xa0;» les inclut.</translation>
    </message>
    <message>
        <source>A refresh token came with it: TokenDock keeps it in the keychain and never shows it.</source>
        <translation>Un jeton d’actualisation l’accompagnait&#xa0;: TokenDock le conserve dans le trousseau de clés et ne l’affiche jamais.</translation>
    </message>
    <message>
        <source>Never trust these claims for access decisions.</source>
        <translation>Ne vous fiez jamais à ces revendications pour des décisions d’accès.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Header for %1 copied</source>
        <translation>En-tête de %1 copié</translation>
    </message>
    <message>
        <source>Token for %1 copied</source>
        <translation>Jeton de %1 copié</translation>
    </message>
    <message>
        <source>curl command for %1 copied</source>
        <translation>Commande curl de %1 copiée</translation>
    </message>
    <message>
        <source>HTTPie command for %1 copied</source>
        <translation>Commande HTTPie de %1 copiée</translation>
    </message>
    <message>
        <source>PowerShell command for %1 copied</source>
        <translation>Commande PowerShell de %1 copiée</translation>
    </message>
    <message>
        <source>.env line for %1 copied</source>
        <translation>Ligne .env de %1 copiée</translation>
    </message>
    <message>
        <source>JSON for %1 copied</source>
        <translation>JSON de %1 copié</translation>
    </message>
    <message>
        <source>Keep fresh not changed</source>
        <translation>Renouvellement automatique non modifié</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>expiration inconnue</translation>
    </message>
    <message numerus="yes">
        <source>clipboard clears in %n s</source>
        <translation>
            <numerusform>le presse-papiers sera vidé dans %n s</numerusform>
            <numerusform>le presse-papiers sera vidé dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#x202f;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Nothing copied for %1</source>
        <translation>Rien n’a été copié pour %1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n’existe plus.</translation>
    </message>
    <message>
        <source>%1 works</source>
        <translation>%1 fonctionne</translation>
    </message>
    <message>
        <source>A new token; its expiry is unknown.</source>
        <translation>Nouveau jeton&#x202f;; son expiration est inconnue.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TokenDock keeps running in the tray, so copies and keep-fresh go on. Quit it from the tray menu.</source>
        <translation>TokenDock continue de s’exécuter dans la zone de notification&#xa0;: les copies et le renouvellement automatique se poursuivent. Pour le quitter, utilisez le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>%1: token received, API probe: %2</source>
        <translation>%1&#xa0;: jeton reçu, sonde API&#xa0;: %2</translation>
    </message>
    <message>
        <source>Secret of %1: %2</source>
        <translation>Secret de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets need attention</source>
        <translation>
            <numerusform>%n secret demande votre attention</numerusform>
            <numerusform>%n secrets demandent votre attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Copy &amp;Header</source>
        <translation>Copier l’&amp;en-tête</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>The accounts file cannot be read</source>
        <translation>Le fichier de comptes est illisible</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Show TokenDock</source>
        <translation>&amp;Afficher TokenDock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Test &amp;Now</source>
        <translation>&amp;Tester maintenant</translation>
    </message>
    <message>
        <source>&amp;Keep Fresh</source>
        <translation>&amp;Renouvellement automatique</translation>
    </message>
    <message>
        <source>&amp;Open in TokenDock</source>
        <translation>&amp;Ouvrir dans TokenDock</translation>
    </message>
    <message>
        <source>&amp;Keep Fresh (%1)</source>
        <translation>&amp;Renouvellement automatique (%1)</translation>
    </message>
    <message>
        <source>Copy as curl command</source>
        <translation>Copier comme commande curl</translation>
    </message>
    <message>
        <source>Copy as HTTPie command</source>
        <translation>Copier comme commande HTTPie</translation>
    </message>
    <message>
        <source>Copy as PowerShell command</source>
        <translation>Copier comme commande PowerShell</translation>
    </message>
    <message>
        <source>Copy as .env line</source>
        <translation>Copier comme ligne .env</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <source>Recently Used</source>
        <translation>Utilisés récemment</translation>
    </message>
    <message>
        <source>Accounts you pin or use show here</source>
        <translation>Les comptes que vous épinglez ou utilisez apparaissent ici</translation>
    </message>
    <message>
        <source>&amp;Find Account…</source>
        <translation>&amp;Rechercher un compte…</translation>
    </message>
    <message>
        <source>&amp;Pin to Tray</source>
        <translation>É&amp;pingler dans la zone de notification</translation>
    </message>
</context>
<context>
    <name>TrayNotice</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>No live token</source>
        <translation>Aucun jeton valide</translation>
    </message>
    <message numerus="yes">
        <source>Accounts whose last test failed: %n</source>
        <translation>
            <numerusform>Compte dont le dernier test a échoué&#xa0;: %n</numerusform>
            <numerusform>Comptes dont le dernier test a échoué&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired tokens: %n</source>
        <translation>
            <numerusform>Jeton expiré&#xa0;: %n</numerusform>
            <numerusform>Jetons expirés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Next expiry: %1, %2</source>
        <translation>Prochaine expiration&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Secret of %1: %2</source>
        <translation>Secret de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more secret reminder(s)</source>
        <translation>
            <numerusform>%n autre rappel de secret</numerusform>
            <numerusform>%n autres rappels de secret</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnreadablePanel</name>
    <message>
        <source>Start fresh…</source>
        <translation>Repartir de zéro…</translation>
    </message>
    <message>
        <source>Your accounts file could not be read</source>
        <translation>Votre fichier de comptes n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Until then nothing can be added, changed or deleted. Starting fresh begins an empty account list; secrets already in the keychain are not removed.</source>
        <translation>D’ici là, rien ne peut être ajouté, modifié ni supprimé. «&#xa0;Repartir de zéro&#xa0;» crée une liste de comptes vide&#x202f;; les secrets déjà présents dans le trousseau de clés ne sont pas supprimés.</translation>
    </message>
    <message>
        <source>Start fresh with no accounts</source>
        <translation>Repartir de zéro, sans aucun compte</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>Enter the carrier&apos;s token URL.</source>
        <translation>Saisissez l’URL de jeton du transporteur.</translation>
    </message>
    <message>
        <source>Replace %1 in the token URL with your own value.</source>
        <translation>Remplacez %1 dans l’URL de jeton par votre propre valeur.</translation>
    </message>
    <message>
        <source>The token URL is not a valid web address; it should look like https://host/path.</source>
        <translation>L’URL de jeton n’est pas une adresse web valide&#x202f;; elle doit ressembler à https://host/path.</translation>
    </message>
    <message>
        <source>The token URL must start with https://.</source>
        <translation>L’URL de jeton doit commencer par https://.</translation>
    </message>
    <message>
        <source>The token URL must use https:// so the client secret is encrypted on the way; plain http:// is only allowed to this computer (localhost).</source>
        <translation>L’URL de jeton doit utiliser https:// pour que le secret client soit chiffré pendant le transfert&#x202f;; le simple http:// n’est autorisé que vers cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the token URL; the client id and secret have their own fields.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’URL de jeton&#x202f;; l’ID client et le secret ont leurs propres champs.</translation>
    </message>
    <message>
        <source>Remove the #fragment from the token URL.</source>
        <translation>Retirez le #fragment de l’URL de jeton.</translation>
    </message>
    <message>
        <source>The token URL holds an invisible or control character (%1) that can make it look like another address; type the URL again.</source>
        <translation>L’URL de jeton contient un caractère invisible ou de contrôle (%1) qui peut la faire passer pour une autre adresse&#x202f;; saisissez de nouveau l’URL.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Add a carrier account</source>
        <translation>Ajouter un compte de transporteur</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Welcome to TokenDock</source>
        <translation>Bienvenue dans TokenDock</translation>
    </message>
    <message>
        <source>Keep your carriers&apos; API client credentials in one place, check in a click that they still work, and copy a fresh Authorization header whenever you need one.</source>
        <translation>Conservez les identifiants client d’API de vos transporteurs au même endroit, vérifiez en un clic qu’ils fonctionnent toujours et copiez un en-tête Authorization à jour dès que vous en avez besoin.</translation>
    </message>
    <message>
        <source>Opens demo accounts for every carrier, answered by a built-in sandbox. Your own accounts are not touched.</source>
        <translation>Ouvre des comptes de démo pour chaque transporteur, servis par un bac à sable intégré. Vos propres comptes ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Secrets stay in the keychain</source>
        <translation>Les secrets restent dans le trousseau de clés</translation>
    </message>
    <message>
        <source>Client secrets are kept in %1, never in a file.</source>
        <translation>Les secrets client sont conservés dans %1, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Test in one click</source>
        <translation>Testez en un clic</translation>
    </message>
    <message>
        <source>TokenDock asks the carrier for an OAuth 2.0 token and explains any refusal in plain words.</source>
        <translation>TokenDock demande un jeton OAuth 2.0 au transporteur et explique tout refus en termes simples.</translation>
    </message>
    <message>
        <source>Ready-to-paste headers</source>
        <translation>En-têtes prêts à coller</translation>
    </message>
    <message>
        <source>Copy the header, a curl or HTTPie command, PowerShell or a .env line; the clipboard clears itself.</source>
        <translation>Copiez l’en-tête, une commande curl ou HTTPie, PowerShell ou une ligne .env&#x202f;; le presse-papiers se vide tout seul.</translation>
    </message>
    <message>
        <source>Paste credentials</source>
        <translation>Coller les identifiants</translation>
    </message>
    <message>
        <source>Paste credentials from the clipboard</source>
        <translation>Coller les identifiants depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Copy what the carrier sent (the onboarding e-mail, a curl command or JSON), then paste: the account is filled from it.</source>
        <translation>Copiez ce que le transporteur a envoyé (l’e-mail d’accueil, une commande curl ou du JSON), puis collez-le&#xa0;: le compte est rempli à partir de celui-ci.</translation>
    </message>
</context>
<context>
    <name>carriers</name>
    <message>
        <source>LIVE Connect v3 freight rating, booking and tracking</source>
        <translation>LIVE Connect v3&#xa0;: tarification, réservation et suivi du fret</translation>
    </message>
    <message>
        <source>Banyan does not publish its production token URL; enter the one Banyan gave you.</source>
        <translation>Banyan ne publie pas son URL de jeton de production&#x202f;; saisissez celle que Banyan vous a fournie.</translation>
    </message>
    <message>
        <source>Banyan tokens last about an hour; reuse one until shortly before it expires.</source>
        <translation>Les jetons Banyan durent environ une heure&#x202f;; réutilisez-en un jusqu’à peu avant son expiration.</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Banyan gives the production token URL to each customer; enter it here.</source>
        <translation>Banyan fournit l’URL de jeton de production à chaque client&#x202f;; saisissez-la ici.</translation>
    </message>
    <message>
        <source>Client ref number</source>
        <translation>Numéro de référence client</translation>
    </message>
    <message>
        <source>Optional. Binds the token to one client reference number.</source>
        <translation>Facultatif. Lie le jeton à un numéro de référence client.</translation>
    </message>
    <message>
        <source>Banyan answers 400 Bad Request when a field is missing or malformed; check the client ref number and the token URL.</source>
        <translation>Banyan répond 400 Bad Request lorsqu’un champ est absent ou mal formé&#x202f;; vérifiez le numéro de référence client et l’URL de jeton.</translation>
    </message>
    <message>
        <source>Check the client id and secret Banyan issued for this environment; integration and production credentials differ.</source>
        <translation>Vérifiez l’ID client et le secret fournis par Banyan pour cet environnement&#x202f;; les identifiants d’intégration et de production diffèrent.</translation>
    </message>
    <message>
        <source>production token URL</source>
        <translation>URL de jeton de production</translation>
    </message>
    <message>
        <source>project44 API v4 visibility and shipment tracking</source>
        <translation>project44 API v4&#xa0;: visibilité et suivi des expéditions</translation>
    </message>
    <message>
        <source>project44 asks clients to reuse a token until an API call answers 401, then fetch a new one; at most 5 tokens a minute.</source>
        <translation>project44 demande aux clients de réutiliser un jeton jusqu’à ce qu’un appel d’API réponde 401, puis d’en obtenir un nouveau&#x202f;; 5 jetons par minute au maximum.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Production (North America)</source>
        <translation>Production (Amérique du Nord)</translation>
    </message>
    <message>
        <source>Production (Europe)</source>
        <translation>Production (Europe)</translation>
    </message>
    <message>
        <source>Check the client application id and secret in project44&apos;s OAuth 2.0 client applications; sandbox and production applications differ.</source>
        <translation>Vérifiez l’ID et le secret de l’application cliente dans les applications clientes OAuth 2.0 de project44&#x202f;; les applications de bac à sable et de production diffèrent.</translation>
    </message>
    <message>
        <source>DHL eCommerce Americas API v4 labels, manifests and tracking</source>
        <translation>DHL eCommerce Americas API v4&#xa0;: étiquettes, manifestes et suivi</translation>
    </message>
    <message>
        <source>DHL eCommerce tokens last 60 minutes; DHL recommends fetching a new one every 15 to 30 minutes.</source>
        <translation>Les jetons DHL eCommerce durent 60 minutes&#x202f;; DHL recommande d’en obtenir un nouveau toutes les 15 à 30 minutes.</translation>
    </message>
    <message>
        <source>Check that the client id and secret belong to this DHL eCommerce environment; sandbox and production credentials differ.</source>
        <translation>Vérifiez que l’ID client et le secret correspondent à cet environnement DHL eCommerce&#x202f;; les identifiants de bac à sable et de production diffèrent.</translation>
    </message>
    <message>
        <source>FedEx APIs for parcel and freight shipping, rating and tracking</source>
        <translation>API FedEx pour l’expédition de colis et de fret, la tarification et le suivi</translation>
    </message>
    <message>
        <source>A FedEx token is good for one hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton FedEx est valable une heure&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>Child key</source>
        <translation>Child key</translation>
    </message>
    <message>
        <source>The customer&apos;s child key, for integrator grant types only.</source>
        <translation>La child key du client, uniquement pour les types d’octroi d’intégrateur.</translation>
    </message>
    <message>
        <source>Child secret</source>
        <translation>Child secret</translation>
    </message>
    <message>
        <source>The customer&apos;s child secret, for integrator grant types only. Kept in the keychain.</source>
        <translation>Le child secret du client, uniquement pour les types d’octroi d’intégrateur. Conservé dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>FedEx refuses integrator grant types without a child key and child secret; fill both, or switch to client_credentials.</source>
        <translation>FedEx refuse les types d’octroi d’intégrateur sans child key ni child secret&#x202f;; renseignez les deux ou passez à client_credentials.</translation>
    </message>
    <message>
        <source>Check the API key and secret key of the FedEx project for this environment; sandbox and production keys differ. With an integrator grant type, check the child key and child secret as well.</source>
        <translation>Vérifiez la clé d’API et la clé secrète du projet FedEx pour cet environnement&#x202f;; les clés de bac à sable et de production diffèrent. Avec un type d’octroi d’intégrateur, vérifiez aussi la child key et le child secret.</translation>
    </message>
    <message>
        <source>UPS APIs for shipping, rating, address validation and tracking</source>
        <translation>API UPS pour l’expédition, la tarification, la validation d’adresses et le suivi</translation>
    </message>
    <message>
        <source>UPS takes the client id and secret only as HTTP Basic credentials. UPS sends expires_in as text; TokenDock reads it as seconds. The token format is not confirmed by UPS.</source>
        <translation>UPS n’accepte l’ID client et le secret que sous forme d’identifiants HTTP Basic. UPS envoie expires_in sous forme de texte&#x202f;; TokenDock le lit en secondes. Le format du jeton n’est pas confirmé par UPS.</translation>
    </message>
    <message>
        <source>A UPS token lasts about four hours; reuse it and fetch a new one when most of that time has passed.</source>
        <translation>Un jeton UPS dure environ quatre heures&#x202f;; réutilisez-le et obtenez-en un nouveau lorsque la majeure partie de ce temps est écoulée.</translation>
    </message>
    <message>
        <source>Customer Integration Environment (CIE)</source>
        <translation>Customer Integration Environment (CIE)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Optional. Your UPS account number, sent as the x-merchant-id header.</source>
        <translation>Facultatif. Votre numéro de compte UPS, envoyé dans l’en-tête x-merchant-id.</translation>
    </message>
    <message>
        <source>Read the UPS error code and message; if you set an account number, check that it belongs to this UPS app.</source>
        <translation>Lisez le code et le message d’erreur UPS&#x202f;; si vous avez indiqué un numéro de compte, vérifiez qu’il appartient à cette application UPS.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your UPS app and that the app is enabled for this environment. UPS accepts them only as HTTP Basic credentials, never in the body.</source>
        <translation>Vérifiez l’ID client et le secret de votre application UPS, et que l’application est activée pour cet environnement. UPS ne les accepte que sous forme d’identifiants HTTP Basic, jamais dans le corps.</translation>
    </message>
    <message>
        <source>token format</source>
        <translation>format du jeton</translation>
    </message>
    <message>
        <source>USPS APIs v3 for addresses, prices, labels and tracking</source>
        <translation>API USPS v3 pour les adresses, les tarifs, les étiquettes et le suivi</translation>
    </message>
    <message>
        <source>The client id and secret travel in a JSON request body. That the token is a JWT with a key id, and that it lasts about eight hours, is not confirmed by USPS.</source>
        <translation>L’ID client et le secret sont transmis dans un corps de requête JSON. USPS ne confirme ni que le jeton est un JWT avec un ID de clé, ni qu’il dure environ huit heures.</translation>
    </message>
    <message>
        <source>A USPS token lasts several hours; reuse it for the whole working session and fetch a new one before it runs out.</source>
        <translation>Un jeton USPS dure plusieurs heures&#x202f;; réutilisez-le pendant toute la session de travail et obtenez-en un nouveau avant son expiration.</translation>
    </message>
    <message>
        <source>Testing environment (TEM)</source>
        <translation>Environnement de test (TEM)</translation>
    </message>
    <message>
        <source>Check the consumer key and secret of your USPS app; apps for the testing environment and for production have different keys.</source>
        <translation>Vérifiez la Consumer Key et le Consumer Secret de votre application USPS&#x202f;; les applications de l’environnement de test et de production ont des clés différentes.</translation>
    </message>
    <message>
        <source>token format (JWT with a kid header)</source>
        <translation>format du jeton (JWT avec un en-tête kid)</translation>
    </message>
    <message>
        <source>token lifetime (about 8 hours)</source>
        <translation>durée de vie du jeton (environ 8 heures)</translation>
    </message>
    <message>
        <source>XPO Connect APIs for LTL freight orders, rating and tracking</source>
        <translation>API XPO Connect pour les commandes de fret LTL, la tarification et le suivi</translation>
    </message>
    <message>
        <source>XPO publishes only a production token URL. Requests need the scope connect-orders. The token format is not confirmed by XPO.</source>
        <translation>XPO ne publie qu’une URL de jeton de production. Les requêtes nécessitent l’étendue connect-orders. Le format du jeton n’est pas confirmé par XPO.</translation>
    </message>
    <message>
        <source>An XPO token is good for one hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton XPO est valable une heure&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>XPO publishes no separate test token URL; enter one if XPO gave you one.</source>
        <translation>XPO ne publie pas d’URL de jeton de test distincte&#x202f;; saisissez-en une si XPO vous en a fourni une.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>The API access to request. XPO Connect expects connect-orders.</source>
        <translation>L’accès API à demander. XPO Connect attend connect-orders.</translation>
    </message>
    <message>
        <source>Check the scope field: XPO Connect expects connect-orders.</source>
        <translation>Vérifiez le champ «&#xa0;Étendue&#xa0;»&#xa0;: XPO Connect attend connect-orders.</translation>
    </message>
    <message>
        <source>Check the client id and secret XPO issued for your XPO Connect account.</source>
        <translation>Vérifiez l’ID client et le secret fournis par XPO pour votre compte XPO Connect.</translation>
    </message>
    <message>
        <source>TForce Freight LTL APIs for rating, pickups, shipping and tracking</source>
        <translation>API LTL de TForce Freight pour la tarification, les enlèvements, l’expédition et le suivi</translation>
    </message>
    <message>
        <source>TForce Freight issues tokens through the Microsoft identity platform. Enter the tenant and the scope that the TForce developer portal shows for your app. The token lifetime of about one hour is not confirmed by TForce Freight.</source>
        <translation>TForce Freight émet ses jetons via la plateforme d’identités Microsoft. Saisissez le locataire et l’étendue affichés pour votre application dans le portail développeur TForce. La durée de vie du jeton, d’environ une heure, n’est pas confirmée par TForce Freight.</translation>
    </message>
    <message>
        <source>A TForce Freight token lasts about an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton TForce Freight dure environ une heure&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>TForce Freight publishes no separate test token URL; enter one if TForce gave you one.</source>
        <translation>TForce Freight ne publie pas d’URL de jeton de test distincte&#x202f;; saisissez-en une si TForce vous en a fourni une.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>The Microsoft directory that issues TForce Freight tokens, as the TForce developer portal gives it. It goes into the token URL.</source>
        <translation>L’annuaire Microsoft qui émet les jetons TForce Freight, tel qu’indiqué dans le portail développeur TForce. Il est inséré dans l’URL de jeton.</translation>
    </message>
    <message>
        <source>Copy it from the TForce developer portal. It names your app and ends in /.default.</source>
        <translation>Copiez-la depuis le portail développeur TForce. Elle désigne votre application et se termine par /.default.</translation>
    </message>
    <message>
        <source>Check the tenant and the scope: the scope must be the one the TForce developer portal shows, ending in /.default.</source>
        <translation>Vérifiez le locataire et l’étendue&#xa0;: l’étendue doit être celle qu’affiche le portail développeur TForce, se terminant par /.default.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your app in the TForce developer portal; Microsoft also rejects a secret that has expired.</source>
        <translation>Vérifiez l’ID client et le secret de votre application dans le portail développeur TForce&#x202f;; Microsoft refuse aussi un secret expiré.</translation>
    </message>
    <message>
        <source>token lifetime (about 1 hour)</source>
        <translation>durée de vie du jeton (environ 1 heure)</translation>
    </message>
    <message>
        <source>Reuse the token and fetch a new one when 80% of its lifetime has passed.</source>
        <translation>Réutilisez le jeton et obtenez-en un nouveau lorsque 80&#xa0;% de sa durée de vie est écoulée.</translation>
    </message>
    <message>
        <source>Space-separated scopes to request, if the provider expects them.</source>
        <translation>Étendues à demander, séparées par des espaces, si le fournisseur en attend.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>The API the token is for, if the provider expects an audience (Auth0 and others).</source>
        <translation>L’API à laquelle le jeton est destiné, si le fournisseur attend une audience (Auth0 et autres).</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>RFC 8707 resource indicator, if the provider expects one.</source>
        <translation>Indicateur de ressource RFC 8707, si le fournisseur en attend un.</translation>
    </message>
    <message>
        <source>Check the token URL and the scope, audience and resource fields; many providers refuse a request that names an API they do not know.</source>
        <translation>Vérifiez l’URL de jeton et les champs «&#xa0;Étendue&#xa0;», «&#xa0;Audience&#xa0;» et «&#xa0;Ressource&#xa0;»&#x202f;; de nombreux fournisseurs refusent une requête qui désigne une API qu’ils ne connaissent pas.</translation>
    </message>
    <message>
        <source>Check the client id and secret, and try the other credential placement: some providers take them only as HTTP Basic, others only in the body.</source>
        <translation>Vérifiez l’ID client et le secret, et essayez l’autre mode de transmission des identifiants&#xa0;: certains fournisseurs ne les acceptent qu’en HTTP Basic, d’autres uniquement dans le corps.</translation>
    </message>
    <message>
        <source>UPS account number</source>
        <translation>numéro de compte UPS</translation>
    </message>
    <message>
        <source>directory (tenant) id or domain</source>
        <translation>ID d’annuaire (locataire) ou domaine</translation>
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
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>The API key the carrier issued, sent as a header; kept in the keychain.</source>
        <translation>La clé d’API fournie par le transporteur, envoyée dans un en-tête&#x202f;; conservée dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Parcel DE shipping and returns APIs, for a business-portal user</source>
        <translation>API Parcel DE pour l’expédition et les retours, pour un utilisateur du portail professionnel</translation>
    </message>
    <message>
        <source>DHL issues the token for a business-portal user (password grant): the client id and secret are your developer app&apos;s API key and secret; the portal user&apos;s name and password go below.</source>
        <translation>DHL émet le jeton pour un utilisateur du portail professionnel (type d’octroi password)&#xa0;: l’ID client et le secret sont la clé d’API et le secret d’API de votre application de développeur&#x202f;; le nom et le mot de passe de l’utilisateur du portail se saisissent ci-dessous.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secret d’API</translation>
    </message>
    <message>
        <source>A DHL Parcel Germany token lasts 30 minutes; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton DHL Parcel Germany dure 30 minutes&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>Portal user name</source>
        <translation>Nom d’utilisateur du portail</translation>
    </message>
    <message>
        <source>The business-portal user the token acts for.</source>
        <translation>L’utilisateur du portail professionnel pour lequel le jeton agit.</translation>
    </message>
    <message>
        <source>Portal password</source>
        <translation>Mot de passe du portail</translation>
    </message>
    <message>
        <source>That user&apos;s password. Kept in the keychain.</source>
        <translation>Le mot de passe de cet utilisateur. Conservé dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Check the app&apos;s API key and secret and the portal user&apos;s name and password; sandbox and production logins differ.</source>
        <translation>Vérifiez la clé d’API et le secret d’API de l’application ainsi que le nom et le mot de passe de l’utilisateur du portail&#x202f;; les identifiants de bac à sable et de production diffèrent.</translation>
    </message>
    <message>
        <source>DPD META-API shipping, with a login that returns the token in a header</source>
        <translation>Expédition via la META-API de DPD, avec une connexion qui renvoie le jeton dans un en-tête</translation>
    </message>
    <message>
        <source>DPD answers the login with the token in the X-DPD-TOKEN response header, not in the body. The business unit code comes from DPD with your credentials. The token URLs and the lifetime come from public integration code and are not confirmed by DPD&apos;s own documentation.</source>
        <translation>DPD répond à la connexion avec le jeton dans l’en-tête de réponse X-DPD-TOKEN, pas dans le corps. Le code d’unité commerciale vous est fourni par DPD avec vos identifiants. Les URL de jeton et la durée de vie proviennent de code d’intégration public et ne sont pas confirmées par la documentation de DPD.</translation>
    </message>
    <message>
        <source>A DPD token lasts about a day; log in once and reuse the token.</source>
        <translation>Un jeton DPD dure environ une journée&#x202f;; connectez-vous une fois et réutilisez le jeton.</translation>
    </message>
    <message>
        <source>Pre-production</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Business unit code</source>
        <translation>Code d’unité commerciale</translation>
    </message>
    <message>
        <source>The three-digit code of your DPD business unit.</source>
        <translation>Le code à trois chiffres de votre unité commerciale DPD.</translation>
    </message>
    <message>
        <source>021</source>
        <translation>021</translation>
    </message>
    <message>
        <source>token URLs (from public integration code)</source>
        <translation>URL de jeton (issues de code d’intégration public)</translation>
    </message>
    <message>
        <source>24-hour token lifetime</source>
        <translation>durée de vie du jeton de 24 heures</translation>
    </message>
    <message>
        <source>ODFL LTL rating and tracking APIs with a user login</source>
        <translation>API LTL d’ODFL pour la tarification et le suivi, avec connexion utilisateur</translation>
    </message>
    <message>
        <source>ODFL&apos;s login is a GET with your ODFL user name and password in HTTP Basic; the token comes back as sessionToken. These facts come from public integration code and are not confirmed by ODFL&apos;s own documentation.</source>
        <translation>La connexion ODFL est un GET avec votre nom d’utilisateur et votre mot de passe ODFL en HTTP Basic&#x202f;; le jeton est renvoyé dans sessionToken. Ces informations proviennent de code d’intégration public et ne sont pas confirmées par la documentation d’ODFL.</translation>
    </message>
    <message>
        <source>ODFL user name</source>
        <translation>Nom d’utilisateur ODFL</translation>
    </message>
    <message>
        <source>ODFL password</source>
        <translation>Mot de passe ODFL</translation>
    </message>
    <message>
        <source>ODFL does not say how long a session token lasts; TokenDock assumes an hour.</source>
        <translation>ODFL n’indique pas la durée de vie d’un jeton de session&#x202f;; TokenDock suppose une heure.</translation>
    </message>
    <message>
        <source>token URLs and the sessionToken field (from public integration code)</source>
        <translation>URL de jeton et champ sessionToken (issus de code d’intégration public)</translation>
    </message>
    <message>
        <source>eShipper multi-carrier shipping API v2</source>
        <translation>API v2 d’expédition multitransporteur d’eShipper</translation>
    </message>
    <message>
        <source>eShipper&apos;s login takes a JSON body with principal and credential (your eShipper user name and password) and answers with token and a refresh token, which TokenDock keeps in the keychain. The test URL and how the refresh token is used are not confirmed by eShipper&apos;s documentation, so TokenDock logs in again for a new token.</source>
        <translation>La connexion eShipper attend un corps JSON avec principal et credential (votre nom d’utilisateur et votre mot de passe eShipper) et répond avec token et un jeton d’actualisation, que TokenDock conserve dans le trousseau de clés. L’URL de test et l’usage du jeton d’actualisation ne sont pas confirmés par la documentation d’eShipper&#x202f;; TokenDock se reconnecte donc pour obtenir un nouveau jeton.</translation>
    </message>
    <message>
        <source>User name (principal)</source>
        <translation>Nom d’utilisateur (principal)</translation>
    </message>
    <message>
        <source>Password (credential)</source>
        <translation>Mot de passe (credential)</translation>
    </message>
    <message>
        <source>Reuse the token until shortly before expires_in runs out, then log in again.</source>
        <translation>Réutilisez le jeton jusqu’à peu avant l’échéance indiquée par expires_in, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>test token URL</source>
        <translation>URL de jeton de test</translation>
    </message>
    <message>
        <source>how a refresh token is used (TokenDock logs in again)</source>
        <translation>utilisation d’un jeton d’actualisation (TokenDock se reconnecte)</translation>
    </message>
    <message>
        <source>Navisphere APIs for freight quotes, orders and tracking</source>
        <translation>API Navisphere pour les devis de fret, les commandes et le suivi</translation>
    </message>
    <message>
        <source>C.H. Robinson tokens last 24 hours and the token endpoint rate-limits clients that ask more often than about once a day: reuse the token. The exact limit is not published; TokenDock allows four token requests a day.</source>
        <translation>Les jetons C.H. Robinson durent 24 heures et le point de terminaison de jeton limite les clients qui en demandent plus d’environ une fois par jour&#xa0;: réutilisez le jeton. La limite exacte n’est pas publiée&#x202f;; TokenDock autorise quatre requêtes de jeton par jour.</translation>
    </message>
    <message>
        <source>Request a token about once a day and reuse it until it expires; asking more often gets the client rate limited.</source>
        <translation>Demandez un jeton environ une fois par jour et réutilisez-le jusqu’à son expiration&#x202f;; des demandes plus fréquentes entraînent une limitation du client.</translation>
    </message>
    <message>
        <source>The API the token is for; C.H. Robinson expects this value.</source>
        <translation>L’API à laquelle le jeton est destiné&#x202f;; C.H. Robinson attend cette valeur.</translation>
    </message>
    <message>
        <source>exact token request limit (documented as about once a day)</source>
        <translation>limite exacte de requêtes de jeton (documentée comme environ une fois par jour)</translation>
    </message>
    <message>
        <source>Maersk ocean APIs for schedules, bookings and tracking</source>
        <translation>API maritimes de Maersk pour les horaires, les réservations et le suivi</translation>
    </message>
    <message>
        <source>Maersk wants the consumer key (your client id) in a Consumer-Key header on the token call and on every API call; TokenDock adds it to every copied header. That the token call needs it too, and the token&apos;s lifetime, are not confirmed by Maersk&apos;s documentation.</source>
        <translation>Maersk attend la consumer key (votre ID client) dans un en-tête Consumer-Key lors de l’appel de jeton et de chaque appel d’API&#x202f;; TokenDock l’ajoute à chaque copie des en-têtes. La documentation de Maersk ne confirme ni que l’appel de jeton en a aussi besoin, ni la durée de vie du jeton.</translation>
    </message>
    <message>
        <source>Consumer key (client id)</source>
        <translation>Consumer key (ID client)</translation>
    </message>
    <message>
        <source>Reuse the token and fetch the next one shortly before it expires.</source>
        <translation>Réutilisez le jeton et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Consumer key header</source>
        <translation>En-tête Consumer-Key</translation>
    </message>
    <message>
        <source>Your consumer key, sent as a header with the token request and every API call.</source>
        <translation>Votre consumer key, envoyée dans un en-tête avec la requête de jeton et chaque appel d’API.</translation>
    </message>
    <message>
        <source>Consumer-Key header on the token call</source>
        <translation>en-tête Consumer-Key lors de l’appel de jeton</translation>
    </message>
    <message>
        <source>token lifetime</source>
        <translation>durée de vie du jeton</translation>
    </message>
    <message>
        <source>Royal Mail Shipping API v3 labels and manifests</source>
        <translation>Shipping API v3 de Royal Mail pour les étiquettes et les manifestes</translation>
    </message>
    <message>
        <source>Royal Mail takes the credentials in headers and hands back a token that API calls carry in X-RMG-Auth-Token (not Authorization), together with X-IBM-Client-Id. The token URL and the lifetime are not confirmed by Royal Mail&apos;s documentation; use the address Royal Mail gave you.</source>
        <translation>Royal Mail reçoit les identifiants dans des en-têtes et renvoie un jeton que les appels d’API transmettent dans X-RMG-Auth-Token (et non Authorization), avec X-IBM-Client-Id. L’URL de jeton et la durée de vie ne sont pas confirmées par la documentation de Royal Mail&#x202f;; utilisez l’adresse que Royal Mail vous a fournie.</translation>
    </message>
    <message>
        <source>Royal Mail does not say in the answer how long a token lasts; TokenDock assumes four hours.</source>
        <translation>Royal Mail n’indique pas dans la réponse la durée de vie d’un jeton&#x202f;; TokenDock suppose quatre heures.</translation>
    </message>
    <message>
        <source>Enter the Shipping API v3 token URL (…/shipping/v3/token) Royal Mail gave you.</source>
        <translation>Saisissez l’URL de jeton de la Shipping API v3 (…/shipping/v3/token) que Royal Mail vous a fournie.</translation>
    </message>
    <message>
        <source>Shipping API user name</source>
        <translation>Nom d’utilisateur Shipping API</translation>
    </message>
    <message>
        <source>The user name of your Royal Mail Shipping API account.</source>
        <translation>Le nom d’utilisateur de votre compte Royal Mail Shipping API.</translation>
    </message>
    <message>
        <source>Shipping API password</source>
        <translation>Mot de passe Shipping API</translation>
    </message>
    <message>
        <source>That account&apos;s password. Kept in the keychain.</source>
        <translation>Le mot de passe de ce compte. Conservé dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Client id header</source>
        <translation>En-tête de l’ID client</translation>
    </message>
    <message>
        <source>API calls send your client id in this header too.</source>
        <translation>Les appels d’API envoient aussi votre ID client dans cet en-tête.</translation>
    </message>
    <message>
        <source>token URL host</source>
        <translation>hôte de l’URL de jeton</translation>
    </message>
    <message>
        <source>token lifetime (about 4 hours)</source>
        <translation>durée de vie du jeton (environ 4 heures)</translation>
    </message>
    <message>
        <source>Estes LTL rate quotes, pickups, tracking and invoices</source>
        <translation>Estes LTL&#xa0;: devis tarifaires, enlèvements, suivi et factures</translation>
    </message>
    <message>
        <source>Estes issues a bearer token for your API key and MyEstes login; every API call needs the token and the apikey header, and TokenDock copies both. That the token call takes the MyEstes login in HTTP Basic comes from public integration code and is not confirmed by Estes&apos; documentation.</source>
        <translation>Estes émet un jeton bearer pour votre clé d’API et votre connexion MyEstes&#x202f;; chaque appel d’API nécessite le jeton et l’en-tête apikey, et TokenDock copie les deux. Le fait que l’appel de jeton reçoive la connexion MyEstes en HTTP Basic provient de code d’intégration public et n’est pas confirmé par la documentation d’Estes.</translation>
    </message>
    <message>
        <source>MyEstes user name</source>
        <translation>Nom d’utilisateur MyEstes</translation>
    </message>
    <message>
        <source>MyEstes password</source>
        <translation>Mot de passe MyEstes</translation>
    </message>
    <message>
        <source>An Estes token lasts about ten hours; reuse it and fetch the next one shortly before it expires.</source>
        <translation>Un jeton Estes dure environ dix heures&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>Test (UAT)</source>
        <translation>Test (UAT)</translation>
    </message>
    <message>
        <source>MyEstes login in HTTP Basic on the token call (from public integration code)</source>
        <translation>connexion MyEstes en HTTP Basic lors de l’appel de jeton (issue de code d’intégration public)</translation>
    </message>
    <message>
        <source>Any OAuth 2.0 token endpoint, or a carrier login TokenDock has no preset for</source>
        <translation>Tout point de terminaison de jeton OAuth 2.0, ou une connexion de transporteur sans préréglage dans TokenDock</translation>
    </message>
    <message>
        <source>Enter the token URL your provider documents. Client credentials travel in HTTP Basic, in the body or in headers, as you choose; Advanced describes a login that is not textbook OAuth (another method, body, field names, where the token comes back, how API calls carry it).</source>
        <translation>Saisissez l’URL de jeton documentée par votre fournisseur. Les identifiants client sont transmis en HTTP Basic, dans le corps ou dans des en-têtes, au choix&#x202f;; «&#xa0;Avancé&#xa0;» décrit une connexion qui ne suit pas l’OAuth classique (autre méthode, corps, noms de champs, emplacement du jeton dans la réponse, manière dont les appels d’API le transmettent).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>For the password grant: the user the token acts for.</source>
        <translation>Pour le type d’octroi password&#xa0;: l’utilisateur pour lequel le jeton agit.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>For the password grant: that user&apos;s password. Kept in the keychain.</source>
        <translation>Pour le type d’octroi password&#xa0;: le mot de passe de cet utilisateur. Conservé dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>FedEx Freight LTL accounts use this preset too, with the API key and secret of their own LTL API project; the token URL is the same. Use client_credentials for your own account. The csp_credentials and client_pc_credentials grant types are for integrators acting for a FedEx customer; they also need that customer&apos;s child key and child secret.</source>
        <translation>Les comptes FedEx Freight LTL utilisent aussi ce préréglage, avec la clé d’API et le secret de leur propre projet d’API LTL&#x202f;; l’URL du jeton est la même. Utilisez client_credentials pour votre propre compte. Les types d’octroi csp_credentials et client_pc_credentials sont destinés aux intégrateurs agissant pour un client FedEx&#x202f;; ils nécessitent aussi la child key et le child secret de ce client.</translation>
    </message>
    <message>
        <source>DHL eCommerce global API for labels, products and tracking</source>
        <translation>API mondiale DHL eCommerce pour les étiquettes, les produits et le suivi</translation>
    </message>
    <message>
        <source>The global DHL eCommerce API issues a token for the client id and secret in HTTP Basic, on a GET with no body. Tokens last five hours unless DHL set another lifetime for your account. That the call is a GET, and the token&apos;s format, come from public integration code and are not confirmed by DHL&apos;s documentation. For DHL eCommerce in the Americas, use the DHL eCommerce preset.</source>
        <translation>L’API mondiale DHL eCommerce émet un jeton pour l’identifiant client et le secret transmis en HTTP Basic, via un GET sans corps. Les jetons durent cinq heures, sauf si DHL a fixé une autre durée de vie pour votre compte. Le fait que l’appel soit un GET, ainsi que le format du jeton, proviennent de code d’intégration public et ne sont pas confirmés par la documentation de DHL. Pour DHL eCommerce dans les Amériques, utilisez le préréglage DHL eCommerce.</translation>
    </message>
    <message>
        <source>A DHL eCommerce token lasts about five hours; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton DHL eCommerce dure environ cinq heures&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Check the client id and secret DHL eCommerce issued for this environment; QA and production credentials differ.</source>
        <translation>Vérifiez l’identifiant client et le secret fournis par DHL eCommerce pour cet environnement&#x202f;; les identifiants de QA et de production diffèrent.</translation>
    </message>
    <message>
        <source>GET request without a grant type (from public integration code)</source>
        <translation>requête GET sans type d’octroi (issue de code d’intégration public)</translation>
    </message>
    <message>
        <source>Deutsche Post International APIs for international letters, packets and tracking</source>
        <translation>API Deutsche Post International pour les lettres et petits paquets internationaux et le suivi</translation>
    </message>
    <message>
        <source>Deutsche Post International issues a token for the client id and secret of your DHL developer app, sent in HTTP Basic on a GET with no body; it lasts five hours. The sandbox URL comes from DHL&apos;s sample collection; the production URL is not published and is a guess, so use the address DHL gave you if it differs.</source>
        <translation>Deutsche Post International émet un jeton pour l’identifiant client et le secret de votre application de développeur DHL, transmis en HTTP Basic via un GET sans corps&#x202f;; il dure cinq heures. L’URL du bac à sable provient de la collection d’exemples de DHL&#x202f;; l’URL de production n’est pas publiée et n’est qu’une supposition&#xa0;: utilisez donc l’adresse que DHL vous a fournie si elle diffère.</translation>
    </message>
    <message>
        <source>API key (client id)</source>
        <translation>Clé d’API (identifiant client)</translation>
    </message>
    <message>
        <source>A Deutsche Post International token lasts five hours; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton Deutsche Post International dure cinq heures&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>Check the API key and secret of your DHL developer app and that the app is approved for Deutsche Post International in this environment.</source>
        <translation>Vérifiez la clé d’API et le secret de votre application de développeur DHL, et que l’application est approuvée pour Deutsche Post International dans cet environnement.</translation>
    </message>
    <message>
        <source>sandbox token URL (from a sample collection)</source>
        <translation>URL du jeton du bac à sable (issue d’une collection d’exemples)</translation>
    </message>
    <message>
        <source>SAPIENT multi-carrier shipping gateway for Royal Mail, Evri, DHL and other UK carriers</source>
        <translation>Passerelle d’expédition multi-transporteurs SAPIENT pour Royal Mail, Evri, DHL et d’autres transporteurs britanniques</translation>
    </message>
    <message>
        <source>SAPIENT issues OAuth 2.0 tokens for the client id and secret you create under API credentials in SAPIENT, sent in the form body. SAPIENT publishes one token URL; whether test credentials use another one, and the token&apos;s format, are not confirmed.</source>
        <translation>SAPIENT émet des jetons OAuth 2.0 pour l’identifiant client et le secret que vous créez sous API credentials dans SAPIENT, transmis dans le corps du formulaire. SAPIENT publie une seule URL du jeton&#x202f;; l’usage d’une autre URL par les identifiants de test, ainsi que le format du jeton, ne sont pas confirmés.</translation>
    </message>
    <message>
        <source>SAPIENT publishes no separate test token URL; enter one if Intersoft gave you one.</source>
        <translation>SAPIENT ne publie pas d’URL du jeton de test distincte&#x202f;; saisissez-en une si Intersoft vous en a fourni une.</translation>
    </message>
    <message>
        <source>Check the client id and secret under API credentials in SAPIENT; a deleted or regenerated secret stops working at once.</source>
        <translation>Vérifiez l’identifiant client et le secret sous API credentials dans SAPIENT&#x202f;; un secret supprimé ou régénéré cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>Hermes Shipping Interface (HSI) for parcel labels and returns in Germany</source>
        <translation>Hermes Shipping Interface (HSI) pour les étiquettes de colis et les retours en Allemagne</translation>
    </message>
    <message>
        <source>Hermes issues the token for a Hermes user (password grant): the client id and secret identify your application, and the user&apos;s name and password go below. The token URLs and the one-hour lifetime come from public integration code and are not confirmed by Hermes&apos; documentation.</source>
        <translation>Hermes émet le jeton pour un utilisateur Hermes (type d’octroi password)&#xa0;: l’identifiant client et le secret identifient votre application, et le nom et le mot de passe de l’utilisateur se saisissent ci-dessous. Les URL du jeton et la durée de vie d’une heure proviennent de code d’intégration public et ne sont pas confirmées par la documentation d’Hermes.</translation>
    </message>
    <message>
        <source>A Hermes token is assumed to last an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton Hermes est censé durer une heure&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>Integration (INT)</source>
        <translation>Intégration (INT)</translation>
    </message>
    <message>
        <source>Hermes user name</source>
        <translation>Nom d’utilisateur Hermes</translation>
    </message>
    <message>
        <source>The Hermes user the token acts for.</source>
        <translation>L’utilisateur Hermes pour lequel le jeton agit.</translation>
    </message>
    <message>
        <source>Hermes password</source>
        <translation>Mot de passe Hermes</translation>
    </message>
    <message>
        <source>Check the application&apos;s client id and secret and the Hermes user&apos;s name and password; the INT and production logins differ.</source>
        <translation>Vérifiez l’identifiant client et le secret de l’application ainsi que le nom et le mot de passe de l’utilisateur Hermes&#x202f;; les identifiants INT et de production diffèrent.</translation>
    </message>
    <message>
        <source>J.B. Hunt 360 APIs for intermodal and truckload orders and tracking</source>
        <translation>API J.B. Hunt 360 pour les commandes et le suivi en intermodal et en lot complet</translation>
    </message>
    <message>
        <source>J.B. Hunt does not publish its token URL: enter the one J.B. Hunt gave you. Most of its APIs issue the token for a user (password grant), and every call also carries your API subscription key in a header, which TokenDock adds to the copied headers. Its sign-in server takes the client id and secret in the body or as HTTP Basic. The header name Ocp-Apim-Subscription-Key, where the client credentials go and the token&apos;s lifetime are not confirmed by J.B. Hunt.</source>
        <translation>J.B. Hunt ne publie pas son URL du jeton&#xa0;: saisissez celle que J.B. Hunt vous a fournie. La plupart de ses API émettent le jeton pour un utilisateur (type d’octroi password), et chaque appel transmet aussi votre clé d’abonnement d’API dans un en-tête, que TokenDock ajoute aux en-têtes copiés. Son serveur de connexion accepte l’identifiant client et le secret dans le corps ou en HTTP Basic. Le nom d’en-tête Ocp-Apim-Subscription-Key, l’emplacement des identifiants client et la durée de vie du jeton ne sont pas confirmés par J.B. Hunt.</translation>
    </message>
    <message>
        <source>J.B. Hunt does not publish its token URL; enter the test one J.B. Hunt gave you.</source>
        <translation>J.B. Hunt ne publie pas son URL du jeton&#x202f;; saisissez l’URL de test que J.B. Hunt vous a fournie.</translation>
    </message>
    <message>
        <source>J.B. Hunt does not publish its token URL; enter the one J.B. Hunt gave you.</source>
        <translation>J.B. Hunt ne publie pas son URL du jeton&#x202f;; saisissez celle que J.B. Hunt vous a fournie.</translation>
    </message>
    <message>
        <source>The J.B. Hunt user the token acts for.</source>
        <translation>L’utilisateur J.B. Hunt pour lequel le jeton agit.</translation>
    </message>
    <message>
        <source>Subscription key</source>
        <translation>Clé d’abonnement</translation>
    </message>
    <message>
        <source>Your API subscription key from the J.B. Hunt API portal, sent as a header with the token request and every API call. Kept in the keychain.</source>
        <translation>Votre clé d’abonnement d’API issue du portail API de J.B. Hunt, envoyée dans un en-tête avec la requête de jeton et chaque appel d’API. Conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>Check the token URL J.B. Hunt gave you and that the subscription key is for the API you call.</source>
        <translation>Vérifiez l’URL du jeton fournie par J.B. Hunt et que la clé d’abonnement correspond à l’API que vous appelez.</translation>
    </message>
    <message>
        <source>Check the client id and secret, the user&apos;s name and password, and the subscription key from the J.B. Hunt API portal.</source>
        <translation>Vérifiez l’identifiant client et le secret, le nom et le mot de passe de l’utilisateur, ainsi que la clé d’abonnement issue du portail API de J.B. Hunt.</translation>
    </message>
    <message>
        <source>token URL (not published)</source>
        <translation>URL du jeton (non publiée)</translation>
    </message>
    <message>
        <source>subscription key header name (Ocp-Apim-Subscription-Key)</source>
        <translation>nom de l’en-tête de la clé d’abonnement (Ocp-Apim-Subscription-Key)</translation>
    </message>
    <message>
        <source>subscription key on the token request</source>
        <translation>clé d’abonnement dans la requête de jeton</translation>
    </message>
    <message>
        <source>client credentials in the request body</source>
        <translation>identifiants client dans le corps de la requête</translation>
    </message>
    <message>
        <source>token format and lifetime</source>
        <translation>format et durée de vie du jeton</translation>
    </message>
    <message>
        <source>Asendia Sync API for international e-commerce parcels, labels and tracking</source>
        <translation>API Asendia Sync pour les colis e-commerce internationaux, les étiquettes et le suivi</translation>
    </message>
    <message>
        <source>Asendia&apos;s login takes a JSON body with your Asendia Sync user name and password, no grant type, and answers with a JWT in id_token. The URL and the token&apos;s lifetime of about a day come from public integration code and are not confirmed by Asendia&apos;s documentation; TokenDock reads the expiry from the token itself.</source>
        <translation>La connexion Asendia attend un corps JSON avec votre nom d’utilisateur et votre mot de passe Asendia Sync, sans type d’octroi, et répond avec un JWT dans id_token. L’URL et la durée de vie du jeton, d’environ une journée, proviennent de code d’intégration public et ne sont pas confirmées par la documentation d’Asendia&#x202f;; TokenDock lit l’expiration dans le jeton lui-même.</translation>
    </message>
    <message>
        <source>Asendia user name</source>
        <translation>Nom d’utilisateur Asendia</translation>
    </message>
    <message>
        <source>Asendia password</source>
        <translation>Mot de passe Asendia</translation>
    </message>
    <message>
        <source>An Asendia token lasts about a day; log in once and reuse it until shortly before it expires.</source>
        <translation>Un jeton Asendia dure environ une journée&#x202f;; connectez-vous une fois et réutilisez-le jusqu’à peu avant son expiration.</translation>
    </message>
    <message>
        <source>Asendia publishes no separate test address; enter one if Asendia gave you one.</source>
        <translation>Asendia ne publie pas d’adresse de test distincte&#x202f;; saisissez-en une si Asendia vous en a fourni une.</translation>
    </message>
    <message>
        <source>Check the user name and password of your Asendia Sync account.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe de votre compte Asendia Sync.</translation>
    </message>
    <message>
        <source>token URL (from public integration code)</source>
        <translation>URL du jeton (issue de code d’intégration public)</translation>
    </message>
    <message>
        <source>token lifetime (about 24 hours)</source>
        <translation>durée de vie du jeton (environ 24 heures)</translation>
    </message>
    <message>
        <source>DHL Parcel Benelux API for labels, pickups and tracking</source>
        <translation>API DHL Parcel Benelux pour les étiquettes, les enlèvements et le suivi</translation>
    </message>
    <message>
        <source>DHL Parcel NL issues tokens for a user id and key, which you create under API keys in the My DHL Parcel settings; they travel in a JSON body as userId and key. The answer states the expiry as a point in time (accessTokenExpiration) and brings a refresh token, which TokenDock keeps in the keychain but does not use: it logs in again. The token path and the test address come from public integration code and are not confirmed by DHL&apos;s own documentation.</source>
        <translation>DHL Parcel NL émet des jetons pour un identifiant utilisateur et une clé, que vous créez sous API keys dans les paramètres My DHL Parcel&#x202f;; ils sont transmis dans un corps JSON sous les noms userId et key. La réponse indique l’expiration sous forme d’horodatage (accessTokenExpiration) et fournit un jeton d’actualisation, que TokenDock conserve dans le trousseau sans l’utiliser&#xa0;: il se reconnecte. Le chemin du jeton et l’adresse de test proviennent de code d’intégration public et ne sont pas confirmés par la documentation de DHL.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <source>A DHL Parcel NL token lasts minutes, until the time stated in the answer; fetch a new one shortly before then.</source>
        <translation>Un jeton DHL Parcel NL dure quelques minutes, jusqu’à l’heure indiquée dans la réponse&#x202f;; obtenez-en un nouveau peu avant.</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>DHL Parcel NL answers 400 when the user id or key is missing.</source>
        <translation>DHL Parcel NL répond 400 lorsque l’identifiant utilisateur ou la clé est absent.</translation>
    </message>
    <message>
        <source>Check the user id and key under API keys in the My DHL Parcel settings; a key that was deleted there stops working.</source>
        <translation>Vérifiez l’identifiant utilisateur et la clé sous API keys dans les paramètres My DHL Parcel&#x202f;; une clé supprimée à cet endroit cesse de fonctionner.</translation>
    </message>
    <message>
        <source>token path and test address (from public integration code)</source>
        <translation>chemin du jeton et adresse de test (issus de code d’intégration public)</translation>
    </message>
    <message>
        <source>token lifetime (about 15 minutes in a sample)</source>
        <translation>durée de vie du jeton (environ 15 minutes dans un exemple)</translation>
    </message>
    <message>
        <source>EchoSync APIs for truckload and LTL quotes, loads and tracking</source>
        <translation>API EchoSync pour les devis, les chargements et le suivi en lot complet et en LTL</translation>
    </message>
    <message>
        <source>Echo wants an API key in the x-api-key header on the token call and on every API call, next to the client id and secret in the form body; TokenDock copies the header with the token. Ask for the scopes your integration needs, separated by spaces. Echo allows about three token requests a second. These facts come from a second-hand sample and are not confirmed by Echo&apos;s own documentation.</source>
        <translation>Echo attend une clé d’API dans l’en-tête x-api-key lors de l’appel de jeton et de chaque appel d’API, en plus de l’identifiant client et du secret dans le corps du formulaire&#x202f;; TokenDock copie l’en-tête avec le jeton. Demandez les étendues dont votre intégration a besoin, séparées par des espaces. Echo autorise environ trois requêtes de jeton par seconde. Ces informations proviennent d’un exemple de seconde main et ne sont pas confirmées par la documentation d’Echo.</translation>
    </message>
    <message>
        <source>An Echo token lasts an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton Echo dure une heure&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>TokenDock knows no Echo test token URL; enter the one Echo gave you.</source>
        <translation>TokenDock ne connaît pas d’URL du jeton de test pour Echo&#x202f;; saisissez celle qu’Echo vous a fournie.</translation>
    </message>
    <message>
        <source>The Echo API access to request, separated by spaces.</source>
        <translation>Les accès à l’API Echo à demander, séparés par des espaces.</translation>
    </message>
    <message>
        <source>quotes:create loads:read</source>
        <translation>quotes:create loads:read</translation>
    </message>
    <message>
        <source>Check the scope field: it must name Echo API access your integration was granted.</source>
        <translation>Vérifiez le champ «&#xa0;Étendue&#xa0;»&#xa0;: il doit nommer des accès à l’API Echo accordés à votre intégration.</translation>
    </message>
    <message>
        <source>Check the client id, the secret and the API key Echo issued; all three belong to one Echo integration.</source>
        <translation>Vérifiez l’identifiant client, le secret et la clé d’API fournis par Echo&#x202f;; tous trois appartiennent à une même intégration Echo.</translation>
    </message>
    <message>
        <source>token URL, x-api-key header and scope names (from a second-hand sample)</source>
        <translation>URL du jeton, en-tête x-api-key et noms des étendues (issus d’un exemple de seconde main)</translation>
    </message>
    <message>
        <source>token request limit (3 a second)</source>
        <translation>limite de requêtes de jeton (3 par seconde)</translation>
    </message>
    <message>
        <source>Trimble Identity tokens for Trimble transportation and cloud APIs</source>
        <translation>Jetons Trimble Identity pour les API de transport et cloud de Trimble</translation>
    </message>
    <message>
        <source>Trimble Identity takes the client id and secret of your Trimble application in HTTP Basic and returns a JWT that lasts an hour. Some Trimble APIs may want a scope naming the application; fill it in when the API&apos;s documentation says so. Whether a scope is needed is not confirmed.</source>
        <translation>Trimble Identity reçoit l’identifiant client et le secret de votre application Trimble en HTTP Basic et renvoie un JWT qui dure une heure. Certaines API Trimble peuvent exiger une étendue désignant l’application&#x202f;; renseignez-la lorsque la documentation de l’API l’indique. La nécessité d’une étendue n’est pas confirmée.</translation>
    </message>
    <message>
        <source>A Trimble token lasts an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton Trimble dure une heure&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>TokenDock knows no Trimble test token URL; enter the one Trimble gave you.</source>
        <translation>TokenDock ne connaît pas d’URL du jeton de test pour Trimble&#x202f;; saisissez celle que Trimble vous a fournie.</translation>
    </message>
    <message>
        <source>Optional. The Trimble application or API scope, if the API asks for one.</source>
        <translation>Facultatif. L’étendue de l’application ou de l’API Trimble, si l’API en demande une.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your application in the Trimble developer console; Trimble takes them only as HTTP Basic credentials.</source>
        <translation>Vérifiez l’identifiant client et le secret de votre application dans la console développeur Trimble&#x202f;; Trimble ne les accepte que sous forme d’identifiants HTTP Basic.</translation>
    </message>
    <message>
        <source>whether a scope is needed</source>
        <translation>nécessité d’une étendue</translation>
    </message>
    <message>
        <source>Uber Direct and business APIs for on-demand delivery</source>
        <translation>API Uber Direct et professionnelles pour la livraison à la demande</translation>
    </message>
    <message>
        <source>Uber needs the scope your app was granted in every token request. A token lasts 30 days and Uber allows 100 token requests an hour: fetch one and reuse it. The token format is not confirmed by Uber.</source>
        <translation>Uber exige dans chaque requête de jeton l’étendue accordée à votre application. Un jeton dure 30 jours et Uber autorise 100 requêtes de jeton par heure&#xa0;: obtenez-en un et réutilisez-le. Le format du jeton n’est pas confirmé par Uber.</translation>
    </message>
    <message>
        <source>An Uber token lasts 30 days; keep reusing it, and never fetch one per API call.</source>
        <translation>Un jeton Uber dure 30 jours&#x202f;; continuez à le réutiliser et n’en demandez jamais un par appel d’API.</translation>
    </message>
    <message>
        <source>TokenDock knows no Uber test token URL; enter the one Uber gave you.</source>
        <translation>TokenDock ne connaît pas d’URL du jeton de test pour Uber&#x202f;; saisissez celle qu’Uber vous a fournie.</translation>
    </message>
    <message>
        <source>The scope your Uber app was granted, as the Uber dashboard shows it. Separate several with spaces.</source>
        <translation>L’étendue accordée à votre application Uber, telle que l’affiche le tableau de bord Uber. Séparez-en plusieurs par des espaces.</translation>
    </message>
    <message>
        <source>eats.deliveries</source>
        <translation>eats.deliveries</translation>
    </message>
    <message>
        <source>Check the scope field: Uber refuses a request without a scope, or with one your app was not granted.</source>
        <translation>Vérifiez le champ «&#xa0;Étendue&#xa0;»&#xa0;: Uber refuse une requête sans étendue ou avec une étendue qui n’a pas été accordée à votre application.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your Uber app; test and production apps have different ones.</source>
        <translation>Vérifiez l’identifiant client et le secret de votre application Uber&#x202f;; les applications de test et de production en ont des différents.</translation>
    </message>
    <message>
        <source>Motive Freight Marketplace APIs, formerly KeepTruckin</source>
        <translation>API Motive Freight Marketplace, anciennement KeepTruckin</translation>
    </message>
    <message>
        <source>Motive&apos;s token lasts at most two hours and its token endpoint allows about three requests a second. That the client id and secret go in the form body with grant_type=client_credentials is TokenDock&apos;s assumption, not confirmed by Motive&apos;s documentation; if Motive refuses, try the generic OAuth 2.0 preset with HTTP Basic.</source>
        <translation>Le jeton Motive dure au plus deux heures et son point de terminaison de jeton autorise environ trois requêtes par seconde. Le fait que l’identifiant client et le secret soient transmis dans le corps du formulaire avec grant_type=client_credentials est une hypothèse de TokenDock, non confirmée par la documentation de Motive&#x202f;; si Motive refuse, essayez le préréglage OAuth 2.0 générique avec HTTP Basic.</translation>
    </message>
    <message>
        <source>A Motive token lasts up to two hours; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton Motive dure jusqu’à deux heures&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>TokenDock knows no Motive test token URL; enter the one Motive gave you.</source>
        <translation>TokenDock ne connaît pas d’URL du jeton de test pour Motive&#x202f;; saisissez celle que Motive vous a fournie.</translation>
    </message>
    <message>
        <source>Check the client id and secret Motive issued for the Freight Marketplace.</source>
        <translation>Vérifiez l’identifiant client et le secret fournis par Motive pour le Freight Marketplace.</translation>
    </message>
    <message>
        <source>client id and secret in the form body</source>
        <translation>identifiant client et secret dans le corps du formulaire</translation>
    </message>
    <message>
        <source>grant type client_credentials</source>
        <translation>type d’octroi client_credentials</translation>
    </message>
    <message>
        <source>Loadsmart ShipperGuide APIs for truckload and LTL quotes and shipments</source>
        <translation>API Loadsmart ShipperGuide pour les devis et les expéditions en lot complet et en LTL</translation>
    </message>
    <message>
        <source>Loadsmart takes the client id and secret in HTTP Basic with grant_type=client_credentials. How long a token lasts and its format are not confirmed by Loadsmart; TokenDock reads expires_in from the answer.</source>
        <translation>Loadsmart reçoit l’identifiant client et le secret en HTTP Basic avec grant_type=client_credentials. La durée de vie et le format du jeton ne sont pas confirmés par Loadsmart&#x202f;; TokenDock lit expires_in dans la réponse.</translation>
    </message>
    <message>
        <source>Reuse the token and fetch the next one shortly before expires_in runs out.</source>
        <translation>Réutilisez le jeton et obtenez le suivant peu avant l’échéance indiquée par expires_in.</translation>
    </message>
    <message>
        <source>TokenDock knows no Loadsmart test token URL; enter the one Loadsmart gave you.</source>
        <translation>TokenDock ne connaît pas d’URL du jeton de test pour Loadsmart&#x202f;; saisissez celle que Loadsmart vous a fournie.</translation>
    </message>
    <message>
        <source>Check the client id and secret Loadsmart issued; Loadsmart takes them only as HTTP Basic credentials.</source>
        <translation>Vérifiez l’identifiant client et le secret fournis par Loadsmart&#x202f;; Loadsmart ne les accepte que sous forme d’identifiants HTTP Basic.</translation>
    </message>
    <message>
        <source>Expeditors shipment APIs for forwarding and customs visibility</source>
        <translation>API d’expéditions Expeditors pour le suivi de la commission de transport et du dédouanement</translation>
    </message>
    <message>
        <source>Expeditors does not publish a token URL: each customer gets its own API host, so enter the …/oauth2/token address Expeditors gave you. The client id and secret go in HTTP Basic, only client_credentials is accepted, and a token lasts about two hours. Expeditors allows at most 10 token requests an hour: reuse the token.</source>
        <translation>Expeditors ne publie pas d’URL du jeton&#xa0;: chaque client dispose de son propre hôte d’API, saisissez donc l’adresse …/oauth2/token qu’Expeditors vous a fournie. L’identifiant client et le secret sont transmis en HTTP Basic, seul client_credentials est accepté, et un jeton dure environ deux heures. Expeditors autorise au plus 10 requêtes de jeton par heure&#xa0;: réutilisez le jeton.</translation>
    </message>
    <message>
        <source>An Expeditors token lasts about two hours and only 10 may be requested an hour; reuse it until it expires.</source>
        <translation>Un jeton Expeditors dure environ deux heures et seules 10 demandes sont autorisées par heure&#x202f;; réutilisez-le jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>Expeditors gives each customer its host; enter the …/oauth2/token URL Expeditors gave you.</source>
        <translation>Expeditors attribue à chaque client son propre hôte&#x202f;; saisissez l’URL …/oauth2/token qu’Expeditors vous a fournie.</translation>
    </message>
    <message>
        <source>Check the client id and secret Expeditors issued, and that the token URL is the host Expeditors gave you.</source>
        <translation>Vérifiez l’identifiant client et le secret fournis par Expeditors, et que l’URL du jeton pointe vers l’hôte qu’Expeditors vous a fourni.</translation>
    </message>
    <message>
        <source>token URL (each customer gets its own host)</source>
        <translation>URL du jeton (chaque client a son propre hôte)</translation>
    </message>
    <message>
        <source>GLS ShipIT parcel shipping, labels and tracking</source>
        <translation>GLS ShipIT pour l’expédition de colis, les étiquettes et le suivi</translation>
    </message>
    <message>
        <source>GLS takes the client id and secret in HTTP Basic with grant_type=client_credentials in the form body and says in expires_in how long the token lasts. The token URLs come from public integration code and are not confirmed by GLS&apos;s own documentation.</source>
        <translation>GLS reçoit l’identifiant client et le secret en HTTP Basic avec grant_type=client_credentials dans le corps du formulaire, et indique dans expires_in la durée de vie du jeton. Les URL du jeton proviennent de code d’intégration public et ne sont pas confirmées par la documentation de GLS.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your GLS developer app; sandbox and production apps differ.</source>
        <translation>Vérifiez l’identifiant client et le secret de votre application de développeur GLS&#x202f;; les applications de bac à sable et de production diffèrent.</translation>
    </message>
    <message>
        <source>DHL Authentication API tokens for DHL Freight and other DHL Group APIs</source>
        <translation>Jetons de la DHL Authentication API pour DHL Freight et les autres API du groupe DHL</translation>
    </message>
    <message>
        <source>DHL&apos;s Authentication API takes your app&apos;s API key and secret (consumer key and secret) in HTTP Basic; the request has no body, and the response type and grant type travel in the token URL. The response type chooses the token: access_token for an opaque one, id_token for a JWT. The token path and host, and the id_token choice, come from public samples and integration code and are not confirmed by DHL&apos;s documentation.</source>
        <translation>L’Authentication API de DHL reçoit la clé d’API et le secret de votre application (consumer key et consumer secret) en HTTP Basic&#x202f;; la requête n’a pas de corps, et le type de réponse et le type d’octroi sont transmis dans l’URL du jeton. Le type de réponse détermine le jeton&#xa0;: access_token pour un jeton opaque, id_token pour un JWT. Le chemin et l’hôte du jeton, ainsi que le choix d’id_token, proviennent d’exemples publics et de code d’intégration et ne sont pas confirmés par la documentation de DHL.</translation>
    </message>
    <message>
        <source>API key (consumer key)</source>
        <translation>Clé d’API (consumer key)</translation>
    </message>
    <message>
        <source>API secret (consumer secret)</source>
        <translation>Secret d’API (consumer secret)</translation>
    </message>
    <message>
        <source>A DHL token lasts about 30 minutes; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un jeton DHL dure environ 30 minutes&#x202f;; réutilisez-le et obtenez le suivant peu avant son expiration.</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Format du jeton</translation>
    </message>
    <message>
        <source>access_token asks for an opaque token, id_token for a JWT; the API you call says which it takes.</source>
        <translation>access_token demande un jeton opaque, id_token un JWT&#x202f;; l’API que vous appelez indique lequel elle accepte.</translation>
    </message>
    <message>
        <source>Check the token format field: DHL accepts access_token or id_token.</source>
        <translation>Vérifiez le champ «&#xa0;Format du jeton&#xa0;»&#xa0;: DHL accepte access_token ou id_token.</translation>
    </message>
    <message>
        <source>Check the API key and secret of your DHL developer app, and that the app has access to the API you want to call.</source>
        <translation>Vérifiez la clé d’API et le secret de votre application de développeur DHL, et que l’application a accès à l’API que vous voulez appeler.</translation>
    </message>
    <message>
        <source>token URL path and host</source>
        <translation>chemin et hôte de l’URL du jeton</translation>
    </message>
    <message>
        <source>id_token as the way to get a JWT</source>
        <translation>id_token comme moyen d’obtenir un JWT</translation>
    </message>
    <message>
        <source>token lifetime (about 30 minutes)</source>
        <translation>durée de vie du jeton (environ 30 minutes)</translation>
    </message>
    <message>
        <source>token lifetime (about ten hours)</source>
        <translation>durée de vie du jeton (environ dix heures)</translation>
    </message>
    <message>
        <source>probe path</source>
        <translation>chemin de sonde</translation>
    </message>
    <message>
        <source>the issuer of its tokens&apos; signing keys</source>
        <translation>l’émetteur des clés de signature de ses jetons</translation>
    </message>
    <message>
        <source>Microsoft identity platform client secrets expire after at most 24 months. The Azure portal shows the date under App registrations, Certificates &amp; secrets.</source>
        <translation>Les secrets client de la plateforme d’identités Microsoft expirent au bout de 24 mois au maximum. Le portail Azure indique la date sous Inscriptions d’applications, Certificats &amp; secrets.</translation>
    </message>
</context>
</TS>
