<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not valid</source>
        <translation>el campo «%1» falta o no es válido</translation>
    </message>
</context>
<context>
    <name>AccountCheck</name>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation>Aún no hay ningún secreto de cliente guardado para «%1».</translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation>Introdúzcalo con «tokendock edit %1 --secret-stdin».</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>AccountExchange</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>No se pudo abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a TokenDock export.</source>
        <translation>%1 es demasiado grande para ser una exportación de TokenDock.</translation>
    </message>
    <message>
        <source>The file is not a TokenDock export (it is not a JSON object).</source>
        <translation>El archivo no es una exportación de TokenDock (no es un objeto JSON).</translation>
    </message>
    <message>
        <source>The file is not a TokenDock export (its format is not “%1”).</source>
        <translation>El archivo no es una exportación de TokenDock (su formato no es «%1»).</translation>
    </message>
    <message>
        <source>The file was exported by a newer TokenDock (format %1); update TokenDock to import it.</source>
        <translation>El archivo lo exportó una versión más reciente de TokenDock (formato %1); actualice TokenDock para importarlo.</translation>
    </message>
    <message>
        <source>The file has no format version or no account list.</source>
        <translation>Al archivo le falta la versión de formato o la lista de cuentas.</translation>
    </message>
    <message>
        <source>Account %1 in the file: %2. Nothing was imported.</source>
        <translation>Cuenta %1 del archivo: %2. No se importó nada.</translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”) uses the carrier “%3”, which this TokenDock does not know. Nothing was imported.</source>
        <translation>La cuenta %1 del archivo («%2») usa el transportista «%3», que esta versión de TokenDock no conoce. No se importó nada.</translation>
    </message>
    <message>
        <source>The file holds two accounts named “%1”. Nothing was imported.</source>
        <translation>El archivo contiene dos cuentas llamadas «%1». No se importó nada.</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”): %3 Nothing was imported.</source>
        <translation>Cuenta %1 del archivo («%2»): %3 No se importó nada.</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transportista</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>client credentials sent in</source>
        <translation>envío de las credenciales de cliente</translation>
    </message>
    <message>
        <source>grant type</source>
        <translation>tipo de concesión</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>cabecera %1</translation>
    </message>
    <message>
        <source>An account named “%1” was added while the file was being read. Nothing was imported; import again to see it listed.</source>
        <translation>Se añadió una cuenta llamada «%1» mientras se leía el archivo. No se importó nada; vuelva a importar para verla en la lista.</translation>
    </message>
    <message>
        <source>“%1” changed while the file was being read. Nothing was imported; import again to see the changes.</source>
        <translation>«%1» cambió mientras se leía el archivo. No se importó nada; vuelva a importar para ver los cambios.</translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”) has a token URL with an invisible or control character (%3) that can make it look like another address. Nothing was imported.</source>
        <translation>La cuenta %1 del archivo («%2») tiene una URL del token con un carácter invisible o de control (%3) que puede hacer que parezca otra dirección. No se importó nada.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>token exchange (names and headers the credentials travel in)</source>
        <translation>intercambio de tokens (nombres y cabeceras en los que viajan las credenciales)</translation>
    </message>
    <message>
        <source>grant types</source>
        <translation>tipos de concesión</translation>
    </message>
    <message>
        <source>token request (method, body, names)</source>
        <translation>solicitud de token (método, cuerpo, nombres)</translation>
    </message>
    <message>
        <source>token answer (where the token and its expiry are)</source>
        <translation>respuesta de token (dónde están el token y su caducidad)</translation>
    </message>
    <message>
        <source>API calls (how the token is sent)</source>
        <translation>llamadas a la API (cómo se envía el token)</translation>
    </message>
    <message>
        <source>other settings</source>
        <translation>otros ajustes</translation>
    </message>
    <message>
        <source>token URL (%1)</source>
        <translation>URL del token (%1)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>probe URL (where tests send the token)</source>
        <translation>URL de sondeo (adonde las pruebas envían el token)</translation>
    </message>
    <message>
        <source>probe after each test</source>
        <translation>sondeo tras cada prueba</translation>
    </message>
    <message>
        <source>issuer of the signing keys</source>
        <translation>emisor de las claves de firma</translation>
    </message>
    <message>
        <source>JWKS URL (signing keys)</source>
        <translation>URL de JWKS (claves de firma)</translation>
    </message>
    <message>
        <source>pasted signing key</source>
        <translation>clave de firma pegada</translation>
    </message>
    <message>
        <source>key SHA-256 %1…</source>
        <translation>clave SHA-256 %1…</translation>
    </message>
</context>
<context>
    <name>AccountFinder</name>
    <message>
        <source>Find Account</source>
        <translation>Buscar cuenta</translation>
    </message>
    <message>
        <source>Find an account by name, carrier or client id</source>
        <translation>Busque una cuenta por nombre, transportista o id. de cliente</translation>
    </message>
    <message>
        <source>Find account</source>
        <translation>Buscar cuenta</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Cuentas que coinciden</translation>
    </message>
    <message>
        <source>%1 copies the header, %2 the token, %3 a curl command; %4 closes.</source>
        <translation>%1 copia la cabecera, %2 el token, %3 un comando curl; %4 cierra.</translation>
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
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>AccountListPane</name>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrar cuentas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Ninguna cuenta coincide con «%1».</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Show accounts whose name, carrier, environment or client id contain every word (%1)</source>
        <translation>Muestra las cuentas cuyo nombre, transportista, entorno o ID de cliente contienen todas las palabras (%1)</translation>
    </message>
    <message>
        <source>No accounts yet.
Add one with New (%1).</source>
        <translation>Aún no hay cuentas.
Añada una con Nueva (%1).</translation>
    </message>
</context>
<context>
    <name>AccountOptions</name>
    <message>
        <source>Rename the account.</source>
        <translation>Cambiar el nombre de la cuenta.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>The carrier preset (see “tokendock carriers”).</source>
        <translation>El preajuste del transportista (consulte «tokendock carriers»).</translation>
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
        <translation>La URL del token, en lugar de la del preajuste (https; http solo hacia este equipo).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The client id (API key).</source>
        <translation>El ID de cliente (clave de API).</translation>
    </message>
    <message>
        <source>The grant type, for carriers that have several (FedEx).</source>
        <translation>El tipo de concesión, para transportistas que tienen varios (FedEx).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>A preset field (e.g. clientrefnum, scope, child_Key, tenant) or an extra body parameter. Repeatable; KEY= removes it. Secret fields are read from standard input, never given here.</source>
        <translation>Un campo del preajuste (p. ej., clientrefnum, scope, child_Key, tenant) o un parámetro adicional del cuerpo. Se puede repetir; KEY= lo elimina. Los campos secretos se leen de la entrada estándar; nunca se indican aquí.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>An extra request header. Repeatable; KEY= removes it.</source>
        <translation>Una cabecera adicional de la solicitud. Se puede repetir; KEY= la elimina.</translation>
    </message>
    <message>
        <source>Read a new client secret from standard input (one line; an empty line keeps the stored one), then one line per secret field of the preset, e.g. FedEx child_secret. At a terminal you are asked without echo.</source>
        <translation>Leer un nuevo secreto de cliente de la entrada estándar (una línea; una línea vacía conserva el guardado) y después una línea por cada campo secreto del preajuste, p. ej., child_secret de FedEx. En un terminal se solicita sin eco.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (one line), then one line per secret field of the preset, e.g. FedEx child_secret. Without it you are asked at the terminal, without echo.</source>
        <translation>Leer el secreto de cliente de la entrada estándar (una línea) y después una línea por cada campo secreto del preajuste, p. ej., child_secret de FedEx. Sin esta opción, se solicita en el terminal, sin eco.</translation>
    </message>
    <message>
        <source>TokenDock knows no carrier “%1”.</source>
        <translation>TokenDock no conoce ningún transportista «%1».</translation>
    </message>
    <message>
        <source>Run “tokendock carriers” to see the carrier ids.</source>
        <translation>Ejecute «tokendock carriers» para ver los ID de transportista.</translation>
    </message>
    <message>
        <source>Choose the carrier with --carrier ID.</source>
        <translation>Elija el transportista con --carrier ID.</translation>
    </message>
    <message>
        <source>The account uses the carrier “%1”, which TokenDock does not know; choose one with --carrier ID.</source>
        <translation>La cuenta usa el transportista «%1», que TokenDock no conoce; elija uno con --carrier ID.</translation>
    </message>
    <message>
        <source>%1 has no environment “%2”; choose one of: %3.</source>
        <translation>%1 no tiene ningún entorno «%2»; elija uno de estos: %3.</translation>
    </message>
    <message>
        <source>The custom environment needs a token URL: add --token-url URL.</source>
        <translation>El entorno personalizado necesita una URL del token: añada --token-url URL.</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not “%1”.</source>
        <translation>--param admite KEY=VALUE, no «%1».</translation>
    </message>
    <message>
        <source>Give it on standard input with --secret-stdin (%1).</source>
        <translation>Indíquelo en la entrada estándar con --secret-stdin (%1).</translation>
    </message>
    <message>
        <source>It is only sent with the grant types %1: choose one with --grant-type, then give it on standard input with --secret-stdin.</source>
        <translation>Solo se envía con los tipos de concesión %1: elija uno con --grant-type y luego indíquelo en la entrada estándar con --secret-stdin.</translation>
    </message>
    <message>
        <source>%1 is a secret, so TokenDock does not take it on the command line.</source>
        <translation>%1 es un secreto, por lo que TokenDock no lo acepta en la línea de comandos.</translation>
    </message>
    <message>
        <source>%1 looks like a secret; TokenDock keeps extra parameters in its account file, never secrets.</source>
        <translation>%1 parece un secreto; TokenDock guarda los parámetros adicionales en su archivo de cuentas, nunca secretos.</translation>
    </message>
    <message>
        <source>--header takes KEY=VALUE, not “%1”.</source>
        <translation>--header admite KEY=VALUE, no «%1».</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source> (Enter keeps the stored one)</source>
        <translation> (Intro conserva el guardado)</translation>
    </message>
    <message>
        <source>A line on standard input is longer than %1 KiB; that is not a secret TokenDock can use.</source>
        <translation>Una línea de la entrada estándar supera los %1 KiB; no es un secreto que TokenDock pueda usar.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Pipe the secret in with --secret-stdin, or run the command in a terminal.</source>
        <translation>Pase el secreto con --secret-stdin o ejecute el comando en un terminal.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>Set it with %1.</source>
        <translation>Indíquelo con %1.</translation>
    </message>
    <message>
        <source>Give secrets on standard input with --secret-stdin (%1).</source>
        <translation>Indique los secretos en la entrada estándar con --secret-stdin (%1).</translation>
    </message>
    <message>
        <source>An environment id of the preset (default: its first), or “custom” together with --token-url.</source>
        <translation>Un ID de entorno del preajuste (predeterminado: el primero), o «custom» junto con --token-url.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>el secreto de cliente</translation>
    </message>
    <message>
        <source>How the client id and secret travel: “body”, “basic” (HTTP Basic) or “headers”, where the carrier accepts more than one.</source>
        <translation>Cómo viajan el ID y el secreto de cliente: «body», «basic» (HTTP Basic) o «headers», si el transportista acepta más de una forma.</translation>
    </message>
    <message>
        <source>body|basic|headers</source>
        <translation>body|basic|headers</translation>
    </message>
    <message>
        <source>For the generic preset: one part of a token exchange that is not textbook OAuth, e.g. request.method=GET, request.body=json|form|none, request.clientId=principal, request.grantType=none (no grant type sent), request.apiKeyHeader=x-api-key, response.token=data.token, response.tokenHeader=X-Token, response.expiresIn=ttl, response.expiresAt=expiry, use.header=X-Auth-Token, use.scheme=none (the bare token), use.apiKey=true. Repeatable; KEY= goes back to the default.</source>
        <translation>Para el preajuste genérico: una parte de un intercambio de token que no sigue el OAuth de manual, p. ej., request.method=GET, request.body=json|form|none, request.clientId=principal, request.grantType=none (no se envía tipo de concesión), request.apiKeyHeader=x-api-key, response.token=data.token, response.tokenHeader=X-Token, response.expiresIn=ttl, response.expiresAt=expiry, use.header=X-Auth-Token, use.scheme=none (el token sin más), use.apiKey=true. Se puede repetir; KEY= vuelve al valor predeterminado.</translation>
    </message>
    <message>
        <source>--auth takes “body”, “basic” or “headers”, not “%1”.</source>
        <translation>--auth admite «body», «basic» o «headers», no «%1».</translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <translation>línea 1: %1</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>%1 describes its own token exchange; --exchange is for the generic preset (--carrier oauth2).</source>
        <translation>%1 describe su propio intercambio de token; --exchange es para el preajuste genérico (--carrier oauth2).</translation>
    </message>
    <message>
        <source>--exchange takes PART.KEY=VALUE (e.g. response.token=data.token), not “%1”.</source>
        <translation>--exchange admite PART.KEY=VALUE (p. ej., response.token=data.token), no «%1».</translation>
    </message>
    <message>
        <source>The OpenID issuer of the account&apos;s tokens, whose discovery document names the keys that check their signatures (https). An empty value removes it.</source>
        <translation>El emisor OpenID de los tokens de la cuenta, cuyo documento de descubrimiento indica las claves que comprueban sus firmas (https). Un valor vacío lo elimina.</translation>
    </message>
    <message>
        <source>The JWK set URL with the keys that check the tokens&apos; signatures (https). An empty value removes it.</source>
        <translation>La URL del conjunto JWK con las claves que comprueban las firmas de los tokens (https). Un valor vacío la elimina.</translation>
    </message>
    <message>
        <source>A file with the carrier&apos;s public key (PEM, JWK or JWK set) that checks the tokens&apos; signatures. An empty value removes it.</source>
        <translation>Un archivo con la clave pública del transportista (PEM, JWK o conjunto JWK) que comprueba las firmas de los tokens. Un valor vacío lo elimina.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no public key TokenDock can use: %2</source>
        <translation>%1 no contiene ninguna clave pública que TokenDock pueda usar: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>Whether “tokendock test” makes the probe, a harmless read-only API call with the new token: on (the default) or off.</source>
        <translation>Si «tokendock test» realiza el sondeo, una llamada a la API inofensiva y de solo lectura con el token nuevo: on (valor predeterminado) u off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>The probe&apos;s API call: a path joined to the environment&apos;s API address (e.g. /v1/ping) or a full https URL. The token is sent there. Empty: the preset&apos;s.</source>
        <translation>La llamada a la API del sondeo: una ruta que se añade a la dirección de la API del entorno (p. ej., /v1/ping) o una URL https completa. El token se envía allí. Vacío: la del preajuste.</translation>
    </message>
    <message>
        <source>The probe&apos;s method: GET (the default) or HEAD; a probe only reads.</source>
        <translation>El método del sondeo: GET (valor predeterminado) o HEAD; un sondeo solo lee.</translation>
    </message>
    <message>
        <source>GET|HEAD</source>
        <translation>GET|HEAD</translation>
    </message>
    <message>
        <source>A dotted JSON path a good probe answer must hold, e.g. data.items. Empty: any 2xx answer will do.</source>
        <translation>Una ruta JSON con puntos que debe contener una respuesta correcta del sondeo, p. ej., data.items. Vacío: sirve cualquier respuesta 2xx.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>--probe takes on or off, not “%1”.</source>
        <translation>--probe admite on u off, no «%1».</translation>
    </message>
    <message>
        <source>The probe is not valid: %1</source>
        <translation>El sondeo no es válido: %1</translation>
    </message>
    <message>
        <source>Note: the probe sends the token to %1, a host %2 does not name.</source>
        <translation>Nota: el sondeo envía el token a %1, un host que %2 no indica.</translation>
    </message>
    <message>
        <source>The day the carrier says the client secret expires (its portal shows it), so “tokendock list” and the reminders can warn in time; “none” forgets it. A new client secret without it forgets the old secret&apos;s date.</source>
        <translation>El día en que, según el transportista, caduca el secreto de cliente (lo muestra su portal), para que «tokendock list» y los recordatorios puedan avisar a tiempo; «none» lo olvida. Un secreto de cliente nuevo sin esta opción olvida la fecha del secreto anterior.</translation>
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
        <translation>Detalles de la cuenta</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message numerus="yes">
        <source>No tests yet. Each test&apos;s time, outcome, HTTP status and latency are kept here (the last %n).</source>
        <translation>
            <numerusform>Aún no hay pruebas. Aquí se guardan la hora, el resultado, el estado HTTP y la latencia de cada prueba (como máximo, %n prueba).</numerusform>
            <numerusform>Aún no hay pruebas. Aquí se guardan la hora, el resultado, el estado HTTP y la latencia de cada prueba (las últimas %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep fresh</source>
        <translation>Mantener renovado</translation>
    </message>
    <message>
        <source>Keep fresh was not changed</source>
        <translation>No se cambió «Mantener renovado»</translation>
    </message>
    <message>
        <source>Renew the token before it expires, as the carrier advises, even while the window is closed.</source>
        <translation>Renueva el token antes de que caduque, según aconseja el transportista, incluso con la ventana cerrada.</translation>
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
        <translation>Elija un transportista; TokenDock no conoce «%1».</translation>
    </message>
    <message>
        <source>Choose an environment for %1.</source>
        <translation>Elija un entorno para %1.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Introduzca el ID de cliente.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Introduzca el secreto de cliente.</translation>
    </message>
    <message>
        <source>%1 does not accept the grant type %2.</source>
        <translation>%1 no acepta el tipo de concesión %2.</translation>
    </message>
    <message>
        <source>%1 expects the client credentials in the request body.</source>
        <translation>%1 espera las credenciales de cliente en el cuerpo de la solicitud.</translation>
    </message>
    <message>
        <source>%1 expects the client credentials in HTTP Basic authentication.</source>
        <translation>%1 espera las credenciales de cliente en la autenticación HTTP Basic.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Rellene el campo %1.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser uno de estos: %2.</translation>
    </message>
    <message>
        <source>%1 is set by TokenDock itself; remove it from the extra parameters.</source>
        <translation>TokenDock establece %1 por sí mismo; elimínelo de los parámetros adicionales.</translation>
    </message>
    <message>
        <source>The %1 header is set by TokenDock itself.</source>
        <translation>TokenDock establece la cabecera %1 por sí mismo.</translation>
    </message>
    <message>
        <source>%1 is deprecated; use %2 instead.</source>
        <translation>%1 está obsoleto; use %2 en su lugar.</translation>
    </message>
    <message>
        <source>This token URL is not confirmed by %1&apos;s documentation; check it against what the carrier gave you.</source>
        <translation>La documentación de %1 no confirma esta URL del token; compruébela con la que le proporcionó el transportista.</translation>
    </message>
    <message>
        <source>%1 expects the client credentials in the %2 and %3 headers.</source>
        <translation>%1 espera las credenciales de cliente en las cabeceras %2 y %3.</translation>
    </message>
    <message>
        <source>This exchange sends no request body, so nothing can travel in it: send the credentials in HTTP Basic or headers, or choose a form or JSON body.</source>
        <translation>Este intercambio no envía cuerpo de solicitud, así que nada puede viajar en él: envíe las credenciales con HTTP Basic o en cabeceras, o elija un cuerpo de formulario o JSON.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>The account was kept because its secret could not be removed from the keychain. %1</source>
        <translation>Se conservó la cuenta porque no se pudo eliminar su secreto del llavero. %1</translation>
    </message>
    <message>
        <source>The accounts were imported, but their old secrets could not be removed from the keychain (they will not be used). %1</source>
        <translation>Las cuentas se importaron, pero no se pudieron eliminar sus secretos anteriores del llavero (no se usarán). %1</translation>
    </message>
    <message>
        <source>The account&apos;s token URL, carrier, environment or client id was changed elsewhere while you were editing, so the secret was not saved. Check the account as it is now and enter the secret again.</source>
        <translation>La URL del token, el transportista, el entorno o el ID de cliente de la cuenta se cambiaron en otro lugar mientras la editaba, así que el secreto no se guardó. Revise la cuenta tal como está ahora y vuelva a introducir el secreto.</translation>
    </message>
    <message>
        <source>The file carries carrier presets, which cannot be installed here. Nothing was imported.</source>
        <translation>El archivo incluye preajustes de transportista, que no se pueden instalar aquí. No se importó nada.</translation>
    </message>
    <message>
        <source>No account was imported: a carrier preset the file carries could not be installed. %1</source>
        <translation>No se importó ninguna cuenta: no se pudo instalar un preajuste de transportista que trae el archivo. %1</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>Not tested</source>
        <translation>Sin probar</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Probando</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Por caducar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Expired just now</source>
        <translation>Caducó hace un momento</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Needs secret</source>
        <translation>Requiere secreto</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n s ago</source>
        <translation>
            <numerusform>Caducó hace %n s</numerusform>
            <numerusform>Caducó hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n min ago</source>
        <translation>
            <numerusform>Caducó hace %n min</numerusform>
            <numerusform>Caducó hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n h ago</source>
        <translation>
            <numerusform>Caducó hace %n h</numerusform>
            <numerusform>Caducó hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired %1 h %2 min ago</source>
        <translation>Caducó hace %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Caducó hace %n día</numerusform>
            <numerusform>Caducó hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n s</source>
        <translation>
            <numerusform>Caduca en %n s</numerusform>
            <numerusform>Caduca en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n min</source>
        <translation>
            <numerusform>Caduca en %n min</numerusform>
            <numerusform>Caduca en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n h</source>
        <translation>
            <numerusform>Caduca en %n h</numerusform>
            <numerusform>Caduca en %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires in %1 h %2 min</source>
        <translation>Caduca en %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Caduca en %n día</numerusform>
            <numerusform>Caduca en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n s</source>
        <translation>
            <numerusform>caduca en %n s</numerusform>
            <numerusform>caduca en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>caduca en %n min</numerusform>
            <numerusform>caduca en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>caduca en %n h</numerusform>
            <numerusform>caduca en %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1 h %2 min</source>
        <translation>caduca en %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n days</source>
        <translation>
            <numerusform>caduca en %n día</numerusform>
            <numerusform>caduca en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n s.</source>
        <translation>
            <numerusform>Un token nuevo, válido durante %n s.</numerusform>
            <numerusform>Un token nuevo, válido durante %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n min.</source>
        <translation>
            <numerusform>Un token nuevo, válido durante %n min.</numerusform>
            <numerusform>Un token nuevo, válido durante %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n h.</source>
        <translation>
            <numerusform>Un token nuevo, válido durante %n h.</numerusform>
            <numerusform>Un token nuevo, válido durante %n h.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new token, valid for %1 h %2 min.</source>
        <translation>Un token nuevo, válido durante %1 h %2 min.</translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n days.</source>
        <translation>
            <numerusform>Un token nuevo, válido durante %n día.</numerusform>
            <numerusform>Un token nuevo, válido durante %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>TokenDock could not read its account list at %1: %2. The file was left as it is and a copy was saved as %3. Until you choose to start fresh, TokenDock will not change the file.</source>
        <translation>TokenDock no pudo leer su lista de cuentas en %1: %2. El archivo se dejó como estaba y se guardó una copia en %3. Hasta que decida empezar de cero, TokenDock no modificará el archivo.</translation>
    </message>
    <message>
        <source>TokenDock could not read its account list at %1: %2. The file was left as it is (a copy could not be made). Until you choose to start fresh, TokenDock will not change the file.</source>
        <translation>TokenDock no pudo leer su lista de cuentas en %1: %2. El archivo se dejó como estaba (no se pudo hacer una copia). Hasta que decida empezar de cero, TokenDock no modificará el archivo.</translation>
    </message>
    <message>
        <source>the file is %1 MB, far larger than any account list</source>
        <translation>el archivo ocupa %1 MB, mucho más que cualquier lista de cuentas</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>it was written by a newer version of TokenDock (format %1; this version reads format %2), so update TokenDock to use these accounts</source>
        <translation>lo escribió una versión más reciente de TokenDock (formato %1; esta versión lee el formato %2), así que actualice TokenDock para usar estas cuentas</translation>
    </message>
    <message>
        <source>it has no format version or no account list</source>
        <translation>le falta la versión de formato o la lista de cuentas</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>cuenta %1: %2</translation>
    </message>
    <message>
        <source>account %1 repeats the name or id of another account</source>
        <translation>la cuenta %1 repite el nombre o el ID de otra cuenta</translation>
    </message>
    <message>
        <source>The account list could not be read, so TokenDock will not change it. %1</source>
        <translation>No se pudo leer la lista de cuentas, así que TokenDock no la modificará. %1</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Una cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>An account named “%1” already exists; names must differ by more than letter case.</source>
        <translation>Ya existe una cuenta llamada «%1»; los nombres deben diferir en algo más que en mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation>Ya existe una cuenta con este ID.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>TokenDock could not create the folder %1.</source>
        <translation>TokenDock no pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>TokenDock could not save the account list to %1: %2.</source>
        <translation>TokenDock no pudo guardar la lista de cuentas en %1: %2.</translation>
    </message>
    <message>
        <source>Another TokenDock kept the account list %1 locked; try again.</source>
        <translation>Otro TokenDock mantuvo bloqueada la lista de cuentas %1; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>TokenDock cannot write in the folder %1; check its permissions.</source>
        <translation>TokenDock no puede escribir en la carpeta %1; compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The account list %1 is no longer there, and this command read only one of its accounts, so nothing was saved. Put the file back and try again.</source>
        <translation>La lista de cuentas %1 ya no está, y esta orden leyó solo una de sus cuentas, así que no se guardó nada. Vuelva a poner el archivo en su sitio e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AddEditCommand</name>
    <message>
        <source>Carrier %1, environment %2, token URL %3.</source>
        <translation>Transportista %1, entorno %2, URL del token %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Adds an account. The client secret is read from standard input (--secret-stdin) or asked for at the terminal, never taken from an argument. The settings are checked as the desktop app checks them.</source>
        <translation>Añade una cuenta. El secreto de cliente se lee de la entrada estándar (--secret-stdin) o se solicita en el terminal; nunca se toma de un argumento. La configuración se comprueba igual que en la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Asigne un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>Choose the carrier with --carrier ID (“tokendock carriers” lists them).</source>
        <translation>Elija el transportista con --carrier ID («tokendock carriers» los muestra).</translation>
    </message>
    <message>
        <source>Give the client id with --client-id ID.</source>
        <translation>Indique el ID de cliente con --client-id ID.</translation>
    </message>
    <message>
        <source>No client secret: standard input is not a terminal and --secret-stdin was not given.</source>
        <translation>No hay secreto de cliente: la entrada estándar no es un terminal y no se indicó --secret-stdin.</translation>
    </message>
    <message>
        <source>Pipe the secret in, e.g. printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendock add %1 … --secret-stdin; TokenDock never takes a secret from an argument.</source>
        <translation>Pase el secreto por una tubería, p. ej., printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendock add %1 … --secret-stdin; TokenDock nunca toma un secreto de un argumento.</translation>
    </message>
    <message>
        <source>Added “%1”; its secret is in %2.</source>
        <translation>Se añadió «%1»; su secreto está en %2.</translation>
    </message>
    <message>
        <source>Changes an account. Options not given stay as they are. A new secret is read from standard input with --secret-stdin.</source>
        <translation>Modifica una cuenta. Las opciones no indicadas no cambian. Un secreto nuevo se lee de la entrada estándar con --secret-stdin.</translation>
    </message>
    <message>
        <source>The account to change.</source>
        <translation>La cuenta que se modificará.</translation>
    </message>
    <message>
        <source>Name the account to change.</source>
        <translation>Indique la cuenta que desea modificar.</translation>
    </message>
    <message>
        <source>Nothing to change for “%1”.</source>
        <translation>No hay nada que cambiar en «%1».</translation>
    </message>
    <message>
        <source>Updated “%1”.</source>
        <translation>Se actualizó «%1».</translation>
    </message>
    <message>
        <source>Updated “%1”; its new secret is in %2.</source>
        <translation>Se actualizó «%1»; su nuevo secreto está en %2.</translation>
    </message>
    <message>
        <source>--from-stdin reads the secret from the text: leave out --secret-stdin.</source>
        <translation>--from-stdin lee el secreto del texto: omita --secret-stdin.</translation>
    </message>
    <message>
        <source>Paste what the carrier sent, then press Ctrl+D on a line of its own:</source>
        <translation>Pegue lo que envió el transportista y pulse Ctrl+D en una línea aparte:</translation>
    </message>
    <message>
        <source>The text is longer than any credentials are; paste only the part with the id and secret.</source>
        <translation>El texto es más largo que cualquier credencial; pegue solo la parte con el ID y el secreto.</translation>
    </message>
    <message>
        <source>Nothing came on standard input. Pipe in what the carrier sent, e.g. tokendock add --from-stdin &lt; onboarding.txt</source>
        <translation>No llegó nada por la entrada estándar. Redirija lo que envió el transportista, p.&#xa0;ej. tokendock add --from-stdin &lt; onboarding.txt</translation>
    </message>
    <message>
        <source>A name for the account, e.g. acme-banyan; with --from-stdin it may be left out (carrier and environment, made unique).</source>
        <translation>Un nombre para la cuenta, p.&#xa0;ej. acme-banyan; con --from-stdin puede omitirse (transportista y entorno, hecho único).</translation>
    </message>
    <message>
        <source>Read what the carrier sent from standard input (a curl or HTTPie command, an HTTP request, JSON, .env or e-mail lines) and fill the account from it: carrier, environment, client id, secret and fields. Options given as well take precedence.</source>
        <translation>Lee de la entrada estándar lo que envió el transportista (un comando curl o HTTPie, una solicitud HTTP, JSON, líneas .env o de correo) y rellena la cuenta con ello: transportista, entorno, ID de cliente, secreto y campos. Las opciones indicadas además tienen prioridad.</translation>
    </message>
    <message>
        <source>Nothing in the text looks like a client id or secret. TokenDock reads curl and HTTPie commands, HTTP requests, JSON, .env lines and e-mail lines such as “Client ID: …”; or add the account with --carrier, --client-id and --secret-stdin.</source>
        <translation>Nada en el texto parece un ID de cliente o un secreto. TokenDock lee comandos curl y HTTPie, solicitudes HTTP, JSON, líneas .env y líneas de correo como «Client ID: …»; o añada la cuenta con --carrier, --client-id y --secret-stdin.</translation>
    </message>
    <message>
        <source>The text holds two different client ids or secrets, so TokenDock took none. Pipe in only the part for the one account.</source>
        <translation>El texto contiene dos ID de cliente o secretos distintos, así que TokenDock no tomó ninguno. Redirija solo la parte de esa cuenta.</translation>
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
        <translation>No se pudo modificar el registro de Windows.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>BudgetNote</name>
    <message numerus="yes">
        <source>%1 of %n token requests left this second</source>
        <translation>
            <numerusform>Solicitudes de token restantes en este segundo: %1 de %n</numerusform>
            <numerusform>Solicitudes de token restantes en este segundo: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left this minute</source>
        <translation>
            <numerusform>Solicitudes de token restantes en este minuto: %1 de %n</numerusform>
            <numerusform>Solicitudes de token restantes en este minuto: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left this hour</source>
        <translation>
            <numerusform>Solicitudes de token restantes en esta hora: %1 de %n</numerusform>
            <numerusform>Solicitudes de token restantes en esta hora: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left today</source>
        <translation>
            <numerusform>Solicitudes de token restantes hoy: %1 de %n</numerusform>
            <numerusform>Solicitudes de token restantes hoy: %1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The token budget cannot be checked</source>
        <translation>No se puede comprobar el cupo de tokens</translation>
    </message>
    <message>
        <source>Next token request allowed at %1</source>
        <translation>Próxima solicitud de token permitida a partir de %1</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <comment>%2: e.g. 10 token requests every 15 minutes</comment>
        <translation>Restantes: %1 de %2</translation>
    </message>
    <message>
        <source>%1 allows %2. Every TokenDock of yours on this computer, window and command line alike, counts against it; Test sends nothing while it is spent.</source>
        <translation>%1 permite %2. Cada TokenDock suyo en este equipo, ya sea la ventana o la línea de comandos, cuenta para este cupo; «Probar» no envía nada mientras esté agotado.</translation>
    </message>
</context>
<context>
    <name>CarriedPresets</name>
    <message>
        <source>Carrier preset %1 in the file: %2 Nothing was imported.</source>
        <translation>Preajuste de transportista %1 del archivo: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>no es un objeto JSON.</translation>
    </message>
    <message>
        <source>it is larger than %1 KB; a preset is far smaller.</source>
        <translation>ocupa más de %1 KB; un preajuste es mucho más pequeño.</translation>
    </message>
    <message>
        <source>its name, vendor or summary holds an invisible or control character (%1).</source>
        <translation>su nombre, proveedor o resumen contiene un carácter invisible o de control (%1).</translation>
    </message>
    <message>
        <source>environment %1: %2</source>
        <translation>entorno %1: %2</translation>
    </message>
    <message>
        <source>the field %1 comes with a value that looks like a secret; a preset never holds secrets.</source>
        <translation>el campo %1 trae un valor que parece un secreto; un preajuste nunca contiene secretos.</translation>
    </message>
    <message>
        <source>The file carries %1 carrier presets; an export holds at most %2. Nothing was imported.</source>
        <translation>El archivo incluye %1 preajustes de transportista; una exportación contiene como máximo %2. No se importó nada.</translation>
    </message>
    <message>
        <source>The file carries the carrier preset “%1” twice. Nothing was imported.</source>
        <translation>El archivo incluye dos veces el preajuste de transportista «%1». No se importó nada.</translation>
    </message>
    <message>
        <source>“%1” is a built-in preset, which a file never changes; the accounts use the built-in one.</source>
        <translation>«%1» es un preajuste integrado, que un archivo nunca modifica; las cuentas usan el integrado.</translation>
    </message>
    <message>
        <source>“%1” is a preset an administrator installed on this computer, which a file never changes; the accounts use the administrator&apos;s.</source>
        <translation>«%1» es un preajuste que un administrador instaló en este equipo, y un archivo nunca lo modifica; las cuentas usan el del administrador.</translation>
    </message>
    <message>
        <source>headers %1 and %2</source>
        <translation>cabeceras %1 y %2</translation>
    </message>
    <message>
        <source>request body or HTTP Basic (default: %1)</source>
        <translation>cuerpo de la solicitud o HTTP Basic (predeterminado: %1)</translation>
    </message>
    <message>
        <source>as each account says (default: %1)</source>
        <translation>según indique cada cuenta (predeterminado: %1)</translation>
    </message>
    <message>
        <source>(not published)</source>
        <translation>(sin publicar)</translation>
    </message>
    <message>
        <source>in the header %1</source>
        <translation>en la cabecera %1</translation>
    </message>
    <message>
        <source>in the token URL</source>
        <translation>en la URL del token</translation>
    </message>
    <message>
        <source>in the request as %1</source>
        <translation>en la solicitud como %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
    <message>
        <source>the client id</source>
        <translation>el ID de cliente</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>siempre %1</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <source>on API calls too</source>
        <translation>también en las llamadas a la API</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>as installed here</source>
        <translation>tal como está instalado aquí</translation>
    </message>
    <message>
        <source>different in the file</source>
        <translation>distinto en el archivo</translation>
    </message>
    <message>
        <source>The carrier presets could not be installed: TokenDock could not create the folder %1.</source>
        <translation>No se pudieron instalar los preajustes de transportista: TokenDock no pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The file&apos;s “carriers” is not a list of presets. Nothing was imported.</source>
        <translation>El campo «carriers» del archivo no es una lista de preajustes. No se importó nada.</translation>
    </message>
    <message>
        <source>a text it shows holds an invisible or control character (%1).</source>
        <translation>un texto que muestra contiene un carácter invisible o de control (%1).</translation>
    </message>
</context>
<context>
    <name>CarrierCatalog</name>
    <message>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation>%1, campo «%2»: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation>debe ser una lista de cadenas no vacías</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>is not an http(s) URL</source>
        <translation>no es una URL http(s)</translation>
    </message>
    <message>
        <source>must be at least 60 for an interval policy</source>
        <translation>debe ser al menos 60 para una política de intervalo</translation>
    </message>
    <message>
        <source>carrier entry %1</source>
        <translation>entrada de transportista %1</translation>
    </message>
    <message>
        <source>carrier &quot;%1&quot; (entry %2)</source>
        <translation>transportista «%1» (entrada %2)</translation>
    </message>
    <message>
        <source>must be an https URL</source>
        <translation>debe ser una URL https</translation>
    </message>
    <message>
        <source>is not allowed by &quot;credentials&quot;</source>
        <translation>no lo permite «credentials»</translation>
    </message>
    <message>
        <source>needs at least one environment</source>
        <translation>necesita al menos un entorno</translation>
    </message>
    <message>
        <source>entry %1 must be an object</source>
        <translation>la entrada %1 debe ser un objeto</translation>
    </message>
    <message>
        <source>%1, environment %2</source>
        <translation>%1, entorno %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice or reserved</source>
        <translation>«%1» está repetido o reservado</translation>
    </message>
    <message>
        <source>%1, extra field %2</source>
        <translation>%1, campo adicional %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the carrier&apos;s grant types</source>
        <translation>«%1» no es uno de los tipos de concesión del transportista</translation>
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
        <translation>«%1» no es una categoría de error con sugerencia de texto</translation>
    </message>
    <message>
        <source>%1, deprecated path %2</source>
        <translation>%1, ruta obsoleta %2</translation>
    </message>
    <message>
        <source>The carrier catalog is not valid JSON (%1 at offset %2).</source>
        <translation>El catálogo de transportistas no es JSON válido (%1 en la posición %2).</translation>
    </message>
    <message>
        <source>The carrier catalog must be a JSON object.</source>
        <translation>El catálogo de transportistas debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The carrier catalog has schema %1; this version of TokenDock reads schema 1.</source>
        <translation>El catálogo de transportistas tiene el esquema %1; esta versión de TokenDock lee el esquema 1.</translation>
    </message>
    <message>
        <source>The carrier catalog has no &quot;carriers&quot; list.</source>
        <translation>El catálogo de transportistas no tiene una lista «carriers».</translation>
    </message>
    <message>
        <source>Carrier entry %1 must be a JSON object.</source>
        <translation>La entrada de transportista %1 debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Carrier entry %1, field &quot;id&quot;: &quot;%2&quot; is used twice.</source>
        <translation>Entrada de transportista %1, campo «id»: «%2» está repetido.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a secret never goes into the URL; use a body or header field</source>
        <translation>un secreto nunca va en la URL; use un campo del cuerpo o de cabecera</translation>
    </message>
    <message>
        <source>only header fields go on API calls</source>
        <translation>solo los campos de cabecera van en las llamadas a la API</translation>
    </message>
    <message>
        <source>can only be &quot;client_id&quot;, on a field that is not secret</source>
        <translation>solo puede ser «client_id», en un campo que no sea secreto</translation>
    </message>
    <message>
        <source>needs a &quot;default&quot; value and a field that is not secret</source>
        <translation>necesita un valor «default» y un campo que no sea secreto</translation>
    </message>
    <message>
        <source>is no longer read; give the carrier a &quot;budget&quot; instead</source>
        <translation>ya no se lee; asigne al transportista un «budget» en su lugar</translation>
    </message>
    <message>
        <source>credentials in the body need a form or json body</source>
        <translation>las credenciales en el cuerpo necesitan un cuerpo form o json</translation>
    </message>
    <message>
        <source>holds clientId and clientSecret, each a text</source>
        <translation>contiene clientId y clientSecret, cada uno como texto</translation>
    </message>
    <message>
        <source>%1, budget</source>
        <translation>%1, budget</translation>
    </message>
    <message>
        <source>is not a key TokenDock knows here; known keys are %1</source>
        <translation>no es una clave que TokenDock conozca aquí; las claves conocidas son %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166-1, e.g. &quot;DE&quot;); or give just &quot;worldwide&quot;</source>
        <translation>«%1» no es un código de país de dos letras (ISO 3166-1, p. ej., «DE»); o indique solo «worldwide»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«%1» no es uno de estos: %2</translation>
    </message>
    <message>
        <source>must be 1 to 40 lower-case letters, digits and dashes, e.g. &quot;acme-freight&quot;</source>
        <translation>debe tener de 1 a 40 letras minúsculas, dígitos y guiones, p. ej., «acme-freight»</translation>
    </message>
    <message>
        <source>%1, keys</source>
        <translation>%1, claves</translation>
    </message>
    <message>
        <source>must be https URLs</source>
        <translation>deben ser URL https</translation>
    </message>
    <message>
        <source>must be a PEM public key, a JWK or a JWK set</source>
        <translation>debe ser una clave pública PEM, un JWK o un conjunto JWK</translation>
    </message>
    <message>
        <source>name an issuer, a JWKS URL, a key or an audience</source>
        <translation>indique un emisor, una URL de JWKS, una clave o una audiencia</translation>
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
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Carrier (type to search)</source>
        <translation>Transportista (escriba para buscar)</translation>
    </message>
    <message>
        <source>Type a carrier, country or mode</source>
        <translation>Escriba un transportista, país o modo</translation>
    </message>
    <message>
        <source>Matching carriers</source>
        <translation>Transportistas coincidentes</translation>
    </message>
</context>
<context>
    <name>CarriersCommand</name>
    <message>
        <source>HTTP Basic authentication only</source>
        <translation>solo autenticación HTTP Basic</translation>
    </message>
    <message>
        <source>HTTP Basic (default) or the request body (--auth body)</source>
        <translation>HTTP Basic (predeterminado) o el cuerpo de la solicitud (--auth body)</translation>
    </message>
    <message>
        <source>the request body (default) or HTTP Basic (--auth basic)</source>
        <translation>el cuerpo de la solicitud (predeterminado) o HTTP Basic (--auth basic)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>secret: read from standard input</source>
        <translation>secreto: se lee de la entrada estándar</translation>
    </message>
    <message>
        <source>sent as a header</source>
        <translation>se envía como cabecera</translation>
    </message>
    <message>
        <source>part of the token URL</source>
        <translation>parte de la URL del token</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Environments:</source>
        <translation>Entornos:</translation>
    </message>
    <message>
        <source>(no published URL: give --token-url)</source>
        <translation>(sin URL publicada: indique --token-url)</translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation> (sin confirmar)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Tipos de concesión</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>opaco</translation>
    </message>
    <message>
        <source>JWT or opaque</source>
        <translation>JWT u opaco</translation>
    </message>
    <message>
        <source>, lasts about %1</source>
        <translation>, dura unos %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Mostrar un único array JSON.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the traits of a field, e.g. &quot;required; secret&quot;</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>a budget, then the carrier&apos;s note on it</comment>
        <translation>: %1</translation>
    </message>
    <message>
        <source>in the request body as %1 and %2</source>
        <translation>en el cuerpo de la solicitud como %1 y %2</translation>
    </message>
    <message>
        <source>in the %1 and %2 headers</source>
        <translation>en las cabeceras %1 y %2</translation>
    </message>
    <message>
        <source>HTTP Basic, the request body or headers (--auth), as the carrier wants</source>
        <translation>HTTP Basic, el cuerpo de la solicitud o cabeceras (--auth), según lo pida el transportista</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>cuerpo JSON</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>cuerpo de formulario</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>sin cuerpo</translation>
    </message>
    <message>
        <source>no grant type</source>
        <translation>sin tipo de concesión</translation>
    </message>
    <message>
        <source>grant type in %1</source>
        <translation>tipo de concesión en %1</translation>
    </message>
    <message>
        <source>API key in the %1 header</source>
        <translation>clave de API en la cabecera %1</translation>
    </message>
    <message>
        <source>token in the %1 response header</source>
        <translation>token en la cabecera de respuesta %1</translation>
    </message>
    <message>
        <source>token in %1</source>
        <translation>token en %1</translation>
    </message>
    <message>
        <source>, lifetime in %1</source>
        <translation>, vida útil en %1</translation>
    </message>
    <message>
        <source>, expiry time in %1</source>
        <translation>, hora de caducidad en %1</translation>
    </message>
    <message>
        <source>&lt;token&gt;</source>
        <translation>&lt;token&gt;</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Llamadas a la API</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>%1 (--secret-stdin reads them in this order, one a line)</source>
        <translation>%1 (--secret-stdin los lee en este orden, uno por línea)</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Cupo de tokens</translation>
    </message>
    <message>
        <source>Lists the carrier presets: environments and token URLs, how credentials travel, extra fields, refresh advice and the limit on token requests. With ID, only that carrier.</source>
        <translation>Muestra los preajustes de transportista: entornos y URL del token, cómo viajan las credenciales, campos adicionales, consejos de renovación y el límite de solicitudes de token. Con ID, solo ese transportista.</translation>
    </message>
    <message>
        <source>One carrier preset, e.g. project44.</source>
        <translation>Un preajuste de transportista, p. ej., project44.</translation>
    </message>
    <message>
        <source>There is no carrier preset “%1”; “tokendock carriers” lists them.</source>
        <translation>No hay ningún preajuste de transportista «%1»; «tokendock carriers» los muestra.</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (con %2)</translation>
    </message>
    <message>
        <source>Your preset, from %1</source>
        <translation>Su preajuste, de %1</translation>
    </message>
    <message>
        <source>An administrator&apos;s preset, from %1</source>
        <translation>Preajuste de un administrador, de %1</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Cubre</translation>
    </message>
    <message>
        <source>Check a preset file: is it one TokenDock loads, and does the sandbox issue a token through it (where its exchange is plain OAuth 2.0)? Exit 0 when it holds, 1 when not.</source>
        <translation>Comprobar un archivo de preajuste: ¿lo carga TokenDock y emite el sandbox un token a través de él (cuando el intercambio es OAuth 2.0 puro)? Sale con 0 si es así, con 1 si no.</translation>
    </message>
    <message>
        <source>Preset file not loaded: %1</source>
        <translation>Archivo de preajuste no cargado: %1</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (sin confirmar)</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sondeo</translation>
    </message>
    <message numerus="yes">
        <source>at most %n days</source>
        <translation>
            <numerusform>como máximo %n día</numerusform>
            <numerusform>como máximo %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a secret&apos;s lifetime, then the carrier&apos;s note</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Secret lifetime</source>
        <translation>Vigencia del secreto</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks accounts for monitoring: the named ones, or all of them, one after another, with one line each: verdict, reason, the secret&apos;s age and expiry date, and when the account last worked. Where the carrier asks for a token to be reused (a token budget, or renewal only on expiry), a cached token that is still valid counts as a pass and nothing is sent.</source>
        <translation>Comprueba cuentas para la supervisión: las indicadas, o todas, una tras otra, con una línea por cuenta: veredicto, motivo, antigüedad y fecha de caducidad del secreto, y cuándo funcionó la cuenta por última vez. Cuando el transportista pide reutilizar el token (un cupo de tokens, o renovación solo al caducar), un token en caché que sigue siendo válido se da por bueno y no se envía nada.</translation>
    </message>
    <message>
        <source>The accounts to check (all of them when none is named).</source>
        <translation>Las cuentas que comprobar (todas si no se indica ninguna).</translation>
    </message>
    <message>
        <source>Check every account.</source>
        <translation>Comprobar todas las cuentas.</translation>
    </message>
    <message>
        <source>Print one JSON document with every account&apos;s verdict, secret age, expiry and last success.</source>
        <translation>Mostrar un único documento JSON con el veredicto, la antigüedad del secreto, la caducidad y el último éxito de cada cuenta.</translation>
    </message>
    <message>
        <source>Make each account&apos;s probe (a harmless read-only API call), with the cached token where one counts.</source>
        <translation>Hacer el sondeo de cada cuenta (una llamada a la API inofensiva y de solo lectura), con el token en caché cuando este cuente.</translation>
    </message>
    <message>
        <source>Warn about secrets that expire within N days (0 to 365; default: the setting, 14 days unless changed).</source>
        <translation>Avisar de los secretos que caducan dentro de N días (de 0 a 365; predeterminado: el valor de las preferencias, 14 días salvo que se cambie).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When not all is well, also show a desktop notification.</source>
        <translation>Si no todo está bien, mostrar también una notificación de escritorio.</translation>
    </message>
    <message>
        <source>No desktop notification could be shown: %1</source>
        <translation>No se pudo mostrar ninguna notificación de escritorio: %1</translation>
    </message>
    <message>
        <source>Name the accounts or give --all, not both.</source>
        <translation>Indique los nombres de las cuentas o --all, no ambos.</translation>
    </message>
    <message>
        <source>No accounts to check.</source>
        <translation>No hay cuentas que comprobar.</translation>
    </message>
    <message>
        <source>Exit status: 0 all is well; 9 a secret expires within the warning days or has expired (the accounts still work); 10 an account failed (credentials rejected, carrier error, unusable answer, probe or signature failed, secret missing, settings invalid); 11 an account could not be checked (keychain, network, TLS, timeout, held back by the token budget with no valid cached token) or the account list cannot be read; 2 usage. 10 wins over 11, and 11 over 9.</source>
        <translation>Código de salida: 0 todo está bien; 9 un secreto caduca dentro de los días de aviso o ya ha caducado (las cuentas siguen funcionando); 10 una cuenta falló (credenciales rechazadas, error del transportista, respuesta inutilizable, fallo del sondeo o de la firma, falta el secreto, configuración no válida); 11 una cuenta no se pudo comprobar (llavero, red, TLS, tiempo de espera agotado, retenida por el cupo de tokens sin un token en caché válido) o no se puede leer la lista de cuentas; 2 error de uso. 10 prevalece sobre 11, y 11 sobre 9.</translation>
    </message>
    <message>
        <source>TokenDock could not check the accounts</source>
        <translation>TokenDock no pudo comprobar las cuentas</translation>
    </message>
</context>
<context>
    <name>CheckOutput</name>
    <message>
        <source>FAILED</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>caduca pronto</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Probe: %1 — %2</source>
        <translation>Sondeo: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cached token valid %1 more; a new one is held back by the carrier&apos;s token budget</source>
        <translation>token en caché válido %1 más; el cupo de tokens del transportista impide obtener uno nuevo</translation>
    </message>
    <message>
        <source>cached token valid %1 more</source>
        <translation>token en caché válido %1 más</translation>
    </message>
    <message>
        <source>token issued (HTTP %1, %2 ms)</source>
        <translation>token emitido (HTTP %1, %2 ms)</translation>
    </message>
    <message>
        <source>probe works</source>
        <translation>el sondeo funciona</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>no hay secreto guardado</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>sin fecha de caducidad</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n no se pudo comprobar</numerusform>
            <numerusform>%n no se pudieron comprobar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a secret expiring soon</source>
        <translation>
            <numerusform>%n con el secreto a punto de caducar</numerusform>
            <numerusform>%n con el secreto a punto de caducar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired secret</source>
        <translation>
            <numerusform>%n con el secreto caducado</numerusform>
            <numerusform>%n con el secreto caducado</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDock accounts: %1</source>
        <extracomment>The notification&apos;s title: &quot;TokenDock accounts: 1 failed, 1 with a secret expiring soon&quot;</extracomment>
        <translation>Cuentas de TokenDock: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallidas: %1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Sin comprobar: %1</translation>
    </message>
    <message>
        <source>Secret expires soon: %1</source>
        <translation>Secreto a punto de caducar: %1</translation>
    </message>
    <message>
        <source>Secret expired: %1</source>
        <translation>Secreto caducado: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDescriptions</name>
    <message>
        <source>Signing algorithm</source>
        <translation>Algoritmo de firma</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tipo de token</translation>
    </message>
    <message>
        <source>Key id: which of the issuer&apos;s keys signed it</source>
        <translation>ID de clave: cuál de las claves del emisor lo firmó</translation>
    </message>
    <message>
        <source>Content type of the payload</source>
        <translation>Tipo de contenido de la carga útil</translation>
    </message>
    <message>
        <source>Thumbprint of the signing certificate</source>
        <translation>Huella digital del certificado de firma</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate</source>
        <translation>Huella digital SHA-256 del certificado de firma</translation>
    </message>
    <message>
        <source>Where the signing keys are published</source>
        <translation>Dónde se publican las claves de firma</translation>
    </message>
    <message>
        <source>Where the signing certificate is published</source>
        <translation>Dónde se publica el certificado de firma</translation>
    </message>
    <message>
        <source>Issuer: who issued the token</source>
        <translation>Emisor: quién emitió el token</translation>
    </message>
    <message>
        <source>Subject: whom the token is about</source>
        <translation>Sujeto: a quién se refiere el token</translation>
    </message>
    <message>
        <source>Audience: the API meant to accept it</source>
        <translation>Audiencia: la API que debe aceptarlo</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>No válido antes de</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>Unique id of this token</source>
        <translation>ID único de este token</translation>
    </message>
    <message>
        <source>The client the token was issued to</source>
        <translation>El cliente al que se emitió el token</translation>
    </message>
    <message>
        <source>Authorized party: the requesting client</source>
        <translation>Parte autorizada: el cliente solicitante</translation>
    </message>
    <message>
        <source>The requesting application (Microsoft)</source>
        <translation>La aplicación solicitante (Microsoft)</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Ámbitos concedidos</translation>
    </message>
    <message>
        <source>Granted application roles</source>
        <translation>Roles de aplicación concedidos</translation>
    </message>
    <message>
        <source>Tenant (directory) id</source>
        <translation>ID del inquilino (directorio)</translation>
    </message>
    <message>
        <source>Object id of the client in the directory</source>
        <translation>ID de objeto del cliente en el directorio</translation>
    </message>
    <message>
        <source>When authentication happened</source>
        <translation>Cuándo se produjo la autenticación</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>Clase de contexto de autenticación</translation>
    </message>
    <message>
        <source>Authentication methods used</source>
        <translation>Métodos de autenticación usados</translation>
    </message>
    <message>
        <source>Actor acting on the subject&apos;s behalf</source>
        <translation>Actor que actúa en nombre del sujeto</translation>
    </message>
    <message>
        <source>Who may act on the subject&apos;s behalf</source>
        <translation>Quién puede actuar en nombre del sujeto</translation>
    </message>
    <message>
        <source>Key the token is bound to</source>
        <translation>Clave a la que está vinculado el token</translation>
    </message>
    <message>
        <source>Token format version</source>
        <translation>Versión del formato del token</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Token header and claims</source>
        <translation>Cabecera y claims del token</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
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
        <translation>Mueva el archivo a otro lugar o repárelo y vuelva a intentarlo; la aplicación de escritorio también puede empezar una lista de cuentas nueva.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>No hay ninguna cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>Run “%1 list” to see the accounts.</source>
        <translation>Ejecute «%1 list» para ver las cuentas.</translation>
    </message>
    <message>
        <source>Run “%1 --help” to see what it accepts.</source>
        <translation>Ejecute «%1 --help» para ver qué acepta.</translation>
    </message>
    <message>
        <source>Correct it with “%1 edit %2 …” and try again.</source>
        <translation>Corríjalo con «%1 edit %2 …» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or allow more time with --timeout SECONDS.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, compruebe la red o conceda más tiempo con --timeout SECONDS.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>ClockReading</name>
    <message>
        <source>This computer&apos;s clock is %1 behind %2&apos;s (from its Date header). The countdown follows %2&apos;s clock; set this computer&apos;s time automatically (NTP) to fix it.</source>
        <translation>El reloj de este equipo va %1 por detrás del de %2 (según su cabecera Date). La cuenta atrás sigue el reloj de %2; para corregirlo, configure la hora de este equipo de forma automática (NTP).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2&apos;s (from its Date header). The countdown follows %2&apos;s clock; set this computer&apos;s time automatically (NTP) to fix it.</source>
        <translation>El reloj de este equipo va %1 por delante del de %2 (según su cabecera Date). La cuenta atrás sigue el reloj de %2; para corregirlo, configure la hora de este equipo de forma automática (NTP).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 behind %2&apos;s (from the token&apos;s issue time). The countdown follows %2&apos;s clock; set this computer&apos;s time automatically (NTP) to fix it.</source>
        <translation>El reloj de este equipo va unos %1 por detrás del de %2 (según la hora de emisión del token). La cuenta atrás sigue el reloj de %2; para corregirlo, configure la hora de este equipo de forma automática (NTP).</translation>
    </message>
    <message>
        <source>The token had already expired by this computer&apos;s clock when it arrived: either this clock is about %1 ahead of %2&apos;s (set its time automatically, NTP), or %2 handed out an old token.</source>
        <translation>El token ya había caducado según el reloj de este equipo cuando llegó: o este reloj va unos %1 adelantado respecto al de %2 (ajuste la hora automáticamente, NTP), o %2 entregó un token antiguo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Test carrier API client credentials and print OAuth 2.0 tokens.
Without a command, tokendock starts the desktop app.</source>
        <translation>Prueba credenciales de cliente de API de transportistas y muestra tokens OAuth 2.0.
Sin un comando, tokendock inicia la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Uno de los comandos siguientes.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source>Run “tokendock --help” to see the commands.</source>
        <translation>Ejecute «tokendock --help» para ver los comandos.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run “tokendock &lt;command&gt; --help” for the options of a command.</source>
        <translation>Ejecute «tokendock &lt;comando&gt; --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>List the carrier presets: environments, token URLs, credentials, refresh advice.</source>
        <translation>Mostrar los preajustes de transportistas: entornos, URL del token, credenciales, consejos de renovación.</translation>
    </message>
    <message>
        <source>List the accounts.</source>
        <translation>Mostrar las cuentas.</translation>
    </message>
    <message>
        <source>Add an account; its secret is read from stdin.</source>
        <translation>Añadir una cuenta; su secreto se lee de stdin.</translation>
    </message>
    <message>
        <source>Change an account.</source>
        <translation>Modificar una cuenta.</translation>
    </message>
    <message>
        <source>Remove an account and its secrets.</source>
        <translation>Eliminar una cuenta y sus secretos.</translation>
    </message>
    <message>
        <source>Request a new token and show what the carrier answered.</source>
        <translation>Solicitar un token nuevo y mostrar lo que respondió el transportista.</translation>
    </message>
    <message>
        <source>Print a usable token (the cached one while it stays valid).</source>
        <translation>Mostrar un token utilizable (el de la caché mientras siga siendo válido).</translation>
    </message>
    <message>
        <source>Write the accounts to a file, without secrets.</source>
        <translation>Escribir las cuentas en un archivo, sin secretos.</translation>
    </message>
    <message>
        <source>Add the accounts from an exported file.</source>
        <translation>Añadir las cuentas de un archivo exportado.</translation>
    </message>
    <message>
        <source>Run the built-in carrier sandbox in the foreground.</source>
        <translation>Ejecutar en primer plano el sandbox de transportistas integrado.</translation>
    </message>
    <message>
        <source>“%1” is not a tokendock command.</source>
        <translation>«%1» no es un comando de tokendock.</translation>
    </message>
    <message>
        <source>Options of the desktop app (without a command):</source>
        <translation>Opciones de la aplicación de escritorio (sin comando):</translation>
    </message>
    <message>
        <source>Make one harmless API call with the account&apos;s token: does it open the door?</source>
        <translation>Hacer una llamada inofensiva a la API con el token de la cuenta: ¿abre la puerta?</translation>
    </message>
    <message>
        <source>Replace an account&apos;s secret with a new one, once the new one works.</source>
        <translation>Reemplaza el secreto de una cuenta por uno nuevo, una vez que el nuevo funciona.</translation>
    </message>
    <message>
        <source>Check accounts for monitoring: one line each, exit codes for failed, unchecked and expiring.</source>
        <translation>Comprueba cuentas para la supervisión: una línea por cuenta, con códigos de salida para fallidas, sin comprobar y por caducar.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 admite un número entero de %2 a %3, no «%4».</translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <source>Token lifetime left</source>
        <translation>Vida restante del token</translation>
    </message>
    <message>
        <source>%1% left</source>
        <translation>%1&#xa0;% restante</translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Desc&amp;artar</translation>
    </message>
    <message>
        <source>e.g. acme-dhl-sandbox</source>
        <translation>p. ej., acme-dhl-sandbox</translation>
    </message>
    <message>
        <source>Use the preset&apos;s token URL</source>
        <translation>Usar la URL del token del preajuste</translation>
    </message>
    <message>
        <source>In the request body</source>
        <translation>En el cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>As HTTP Basic authentication</source>
        <translation>Como autenticación HTTP Basic</translation>
    </message>
    <message>
        <source>Save the account</source>
        <translation>Guardar la cuenta</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Descartar los cambios no guardados</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>Trans&amp;portista</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Entorno</translation>
    </message>
    <message>
        <source>&amp;Token URL</source>
        <translation>&amp;URL del token</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Credenciales de cliente</translation>
    </message>
    <message>
        <source>&amp;Grant type</source>
        <translation>&amp;Tipo de concesión</translation>
    </message>
    <message>
        <source>Send c&amp;redentials</source>
        <translation>Enviar cre&amp;denciales</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>&amp;ID de cliente</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>&amp;Secreto de cliente</translation>
    </message>
    <message>
        <source>Kept in %1, never in a file.</source>
        <translation>Se guarda en %1, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>This URL is not confirmed by %1&apos;s documentation.</source>
        <translation>La documentación de %1 no confirma esta URL.</translation>
    </message>
    <message>
        <source>Changed from the preset&apos;s %1.</source>
        <translation>Modificada; la del preajuste es %1.</translation>
    </message>
    <message>
        <source>Parts in {braces} are filled from the carrier fields below.</source>
        <translation>Las partes entre {llaves} se rellenan con los campos del transportista de abajo.</translation>
    </message>
    <message>
        <source>This environment has no published token URL</source>
        <translation>Este entorno no tiene una URL del token publicada</translation>
    </message>
    <message>
        <source>Use the preset&apos;s URL: %1</source>
        <translation>Usar la URL del preajuste: %1</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>Campos de %1</translation>
    </message>
    <message>
        <source>(Not confirmed by %1.)</source>
        <translation>(%1 no lo confirma.)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(no se envía)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Paste Credentials</source>
        <translation>Pegar &amp;credenciales</translation>
    </message>
    <message>
        <source>Paste credentials from the clipboard</source>
        <translation>Pegar las credenciales desde el portapapeles</translation>
    </message>
    <message>
        <source>Copied the carrier&apos;s e-mail, a curl command or JSON? Paste it and the form is filled from it.</source>
        <translation>¿Ha copiado el correo del transportista, un comando curl o JSON? Péguelo y el formulario se rellena con ello.</translation>
    </message>
    <message>
        <source>Filled from the pasted text</source>
        <translation>Tomado del texto pegado</translation>
    </message>
    <message>
        <source>Unsaved changes. This account was also changed elsewhere meanwhile: saving keeps those changes, except in the settings you changed here.</source>
        <translation>Cambios sin guardar. Esta cuenta también se ha cambiado en otro lugar entretanto: al guardar se conservan esos cambios, salvo en los ajustes que ha cambiado aquí.</translation>
    </message>
    <message>
        <source>In request headers</source>
        <translation>En cabeceras de la solicitud</translation>
    </message>
    <message>
        <source>Always sent as shown.</source>
        <translation>Se envía siempre tal como se muestra.</translation>
    </message>
    <message>
        <source>Sent in the %1 header, the secret in %2.</source>
        <translation>Se envía en la cabecera %1; el secreto, en %2.</translation>
    </message>
    <message>
        <source>API calls send it there too.</source>
        <translation>Las llamadas a la API también lo envían ahí.</translation>
    </message>
    <message>
        <source>Also sent in the %1 header, with the token request and every API call.</source>
        <translation>También se envía en la cabecera %1, con la solicitud de token y en cada llamada a la API.</translation>
    </message>
    <message>
        <source>Also sent in the %1 header.</source>
        <translation>También se envía en la cabecera %1.</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Acme DHL (wrong secret)</source>
        <translation>Acme DHL (secreto incorrecto)</translation>
    </message>
    <message>
        <source>Acme Banyan integration</source>
        <translation>Acme Banyan (integración)</translation>
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
        <translation>Globex FedEx para Acme</translation>
    </message>
    <message>
        <source>Acme UPS production</source>
        <translation>Acme UPS (producción)</translation>
    </message>
    <message>
        <source>Acme USPS testing</source>
        <translation>Acme USPS (pruebas)</translation>
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
        <translation>Sandbox OAuth 2.0 genérico</translation>
    </message>
    <message>
        <source>Acme %1</source>
        <translation>Acme %1</translation>
    </message>
    <message>
        <source>Acme Banyan (not entitled)</source>
        <translation>Acme Banyan (sin derecho)</translation>
    </message>
    <message>
        <source>Acme OAuth (wrong signing key)</source>
        <translation>Acme OAuth (clave de firma errónea)</translation>
    </message>
</context>
<context>
    <name>DesktopNotification</name>
    <message>
        <source>The session bus cannot be reached.</source>
        <translation>No se puede acceder al bus de sesión.</translation>
    </message>
    <message>
        <source>This system has no desktop notification service.</source>
        <translation>Este sistema no tiene ningún servicio de notificaciones de escritorio.</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>The demo&apos;s sandbox could not start on this computer&apos;s loopback address.</source>
        <translation>No se pudo iniciar el sandbox de la demo en la dirección de bucle local (loopback) de este equipo.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo accounts could not be set up: %1</source>
        <translation>No se pudieron configurar las cuentas de demostración: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFetch</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The document at %1 is larger than TokenDock reads.</source>
        <translation>El documento en %1 es más grande de lo que TokenDock lee.</translation>
    </message>
    <message>
        <source>%1 redirected to another site; TokenDock did not follow it.</source>
        <translation>%1 redirigió a otro sitio; TokenDock no siguió la redirección.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Falló la conexión con %1: %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message>
        <source>Writes every account&apos;s settings to a file to hand to a colleague: no secrets, tokens or test history.</source>
        <translation>Escribe la configuración de todas las cuentas en un archivo para pasársela a un compañero: sin secretos, tokens ni historial de pruebas.</translation>
    </message>
    <message>
        <source>Where to write; “-” for standard output.</source>
        <translation>Dónde escribir; «-» para la salida estándar.</translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation>Indique el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or “-” for standard output.</source>
        <translation>Elija una carpeta en la que pueda escribir, o «-» para la salida estándar.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (settings only: no secrets, tokens or history).</source>
        <translation>
            <numerusform>Se exportó %n cuenta a %1 (solo la configuración: sin secretos, tokens ni historial).</numerusform>
            <numerusform>Se exportaron %n cuentas a %1 (solo la configuración: sin secretos, tokens ni historial).</numerusform>
        </translation>
    </message>
    <message>
        <source>An export; “-” for standard input.</source>
        <translation>Un archivo exportado; «-» para la entrada estándar.</translation>
    </message>
    <message>
        <source>Replace the accounts whose names are in use (keeping their history).</source>
        <translation>Reemplazar las cuentas cuyo nombre ya está en uso (se conserva su historial).</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>Indique el archivo que se importará.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Adds the accounts from an exported file and lists what each one is or changes. Accounts whose names are in use are left alone unless --overwrite is given. Imported accounts have no secret until one is entered with “tokendock edit NAME --secret-stdin”; a replaced account whose token URL origin, carrier, environment, credential placement or client id changes loses its stored secrets, and that needs --yes.</source>
        <translation>Añade las cuentas de un archivo exportado e indica, para cada una, si es nueva o qué cambia. Las cuentas cuyo nombre ya está en uso no se modifican, salvo que se indique --overwrite. Las cuentas importadas no tienen secreto hasta que se introduce uno con «tokendock edit NAME --secret-stdin»; una cuenta reemplazada en la que cambia el origen de la URL del token, el transportista, el entorno, la forma de enviar las credenciales o el ID de cliente pierde sus secretos guardados, y para ello se necesita --yes.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: replacing %n account(s) would remove their stored secrets, because the file sends them to another address or in another way. Check the changes above, then run the import again with --overwrite --yes.</source>
        <translation>
            <numerusform>No se importó nada: reemplazar %n cuenta eliminaría sus secretos guardados, porque el archivo los envía a otra dirección o de otra forma. Revise los cambios mostrados arriba y vuelva a ejecutar la importación con --overwrite --yes.</numerusform>
            <numerusform>No se importó nada: reemplazar %n cuentas eliminaría sus secretos guardados, porque el archivo los envía a otra dirección o de otra forma. Revise los cambios mostrados arriba y vuelva a ejecutar la importación con --overwrite --yes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the carrier presets the file carries; with --overwrite, also replace accounts whose stored secrets would be removed.</source>
        <translation>Instalar los preajustes de transportista que incluye el archivo; con --overwrite, reemplazar también las cuentas cuyos secretos guardados se eliminarían.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file carries %n carrier preset(s) to install, which decide where the accounts that use them send their secrets. Check the presets and their hosts above, then run the import again with --yes.</source>
        <translation>
            <numerusform>No se importó nada: el archivo incluye %n preajuste de transportista por instalar, que decide a dónde envían sus secretos las cuentas que lo usan. Revise los preajustes y sus hosts mostrados arriba y vuelva a ejecutar la importación con --yes.</numerusform>
            <numerusform>No se importó nada: el archivo incluye %n preajustes de transportista por instalar, que deciden a dónde envían sus secretos las cuentas que los usan. Revise los preajustes y sus hosts mostrados arriba y vuelva a ejecutar la importación con --yes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeShape</name>
    <message>
        <source>&quot;%1&quot; is not part of a token exchange (request, response or use).</source>
        <translation>«%1» no forma parte de un intercambio de token (request, response o use).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>«%1» debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;request.method&quot; must be POST or GET.</source>
        <translation>«request.method» debe ser POST o GET.</translation>
    </message>
    <message>
        <source>&quot;request.body&quot; must be form, json or none.</source>
        <translation>«request.body» debe ser form, json o none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>«%1» debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable %2.</source>
        <translation>«%1» no es válido como %2.</translation>
    </message>
    <message>
        <source>JSON path (names joined by dots)</source>
        <translation>ruta JSON (nombres unidos por puntos)</translation>
    </message>
    <message>
        <source>field or header name</source>
        <translation>nombre de campo o de cabecera</translation>
    </message>
    <message>
        <source>authorization scheme</source>
        <translation>esquema de autorización</translation>
    </message>
    <message>
        <source>A GET request has no body: set &quot;request.body&quot; to none.</source>
        <translation>Una solicitud GET no tiene cuerpo: establezca «request.body» en none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be %2: TokenDock sets that header itself.</source>
        <translation>«%1» no puede ser %2: TokenDock establece esa cabecera por sí mismo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats the name %2; each credential needs its own.</source>
        <translation>«%1» repite el nombre %2; cada credencial necesita el suyo.</translation>
    </message>
    <message>
        <source>&quot;use.header&quot; cannot be %1: an API call sets that header itself.</source>
        <translation>«use.header» no puede ser %1: una llamada a la API establece esa cabecera por sí misma.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is not a key TokenDock knows; see the carrier preset schema for the keys of &quot;%1&quot;.</source>
        <translation>«%1.%2» no es una clave que TokenDock conozca; consulte en el esquema de preajustes de transportista las claves de «%1».</translation>
    </message>
</context>
<context>
    <name>GrantTypes</name>
    <message>
        <source>Client credentials</source>
        <translation>Credenciales de cliente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Código de autorización</translation>
    </message>
    <message>
        <source>CSP (integrator)</source>
        <translation>CSP (integrador)</translation>
    </message>
    <message>
        <source>Parent/child (integrator)</source>
        <translation>Principal/secundaria (integrador)</translation>
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
        <translation>Credenciales de API de transportistas en el llavero del sistema, tokens OAuth 2.0 a dos clics.</translation>
    </message>
    <message>
        <source>Open the demo: every carrier against a built-in sandbox, apart from your own accounts.</source>
        <translation>Abrir la demo: todos los transportistas contra un sandbox integrado, aparte de sus propias cuentas.</translation>
    </message>
    <message>
        <source>TokenDock is still starting.</source>
        <translation>TokenDock aún se está iniciando.</translation>
    </message>
    <message>
        <source>The keychain did not answer; a token may not have been cached or removed.</source>
        <translation>El llavero no respondió; puede que un token no se haya guardado en caché o no se haya eliminado.</translation>
    </message>
    <message>
        <source>Start in the tray (or minimized, on a desktop without a tray).</source>
        <translation>Iniciar en la bandeja del sistema (o minimizado, en un escritorio sin bandeja del sistema).</translation>
    </message>
    <message>
        <source>Copy the account&apos;s token (for a keyboard shortcut); a running TokenDock does it.</source>
        <translation>Copiar el token de la cuenta (para un atajo de teclado); lo hace el TokenDock que ya esté en ejecución.</translation>
    </message>
    <message>
        <source>The format for --copy: %1.</source>
        <translation>El formato para --copy: %1.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>Formato desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>A second tokendock (such as tokendock --copy) cannot reach this one: %1</source>
        <translation>Un segundo tokendock (como tokendock --copy) no puede comunicarse con este: %1</translation>
    </message>
    <message>
        <source>TokenDock runs without its single-instance socket, so a second start opens another window and tokendock --copy copies without this one: %1</source>
        <translation>TokenDock funciona sin su socket de instancia única: un segundo inicio abre otra ventana y tokendock --copy copia sin esta: %1</translation>
    </message>
    <message>
        <source>A running TokenDock cannot be reached, so this copy is made without it: %1</source>
        <translation>No se puede contactar con un TokenDock en ejecución, así que esta copia se hace sin él: %1</translation>
    </message>
</context>
<context>
    <name>HeaderFormat</name>
    <message>
        <source>Authorization header</source>
        <translation>Cabecera Authorization</translation>
    </message>
    <message>
        <source>Bare token</source>
        <translation>Solo el token</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>Comando curl</translation>
    </message>
    <message>
        <source>HTTPie command</source>
        <translation>Comando HTTPie</translation>
    </message>
    <message>
        <source>PowerShell command</source>
        <translation>Comando PowerShell</translation>
    </message>
    <message>
        <source>.env line</source>
        <translation>Línea .env</translation>
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
        <translation>Formato desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>No hay ninguna cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>Nothing copied for %1: %2</source>
        <translation>No se copió nada para %1: %2</translation>
    </message>
    <message>
        <source>TokenDock stays until another application takes the clipboard.</source>
        <translation>TokenDock sigue en ejecución hasta que otra aplicación ocupe el portapapeles.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Test history</source>
        <translation>Historial de pruebas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Token recibido</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>API probe</source>
        <translation>Sondeo de API</translation>
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
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>Check what the file adds or changes. Imported accounts have no secret until you enter one; enter it only if the token URL is the carrier&apos;s.</source>
        <translation>Revise lo que el archivo añade o cambia. Las cuentas importadas no tienen secreto hasta que usted introduzca uno; hágalo solo si la URL del token es la del transportista.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Accounts in the file</source>
        <translation>Cuentas del archivo</translation>
    </message>
    <message>
        <source>Replace the accounts whose names are in use (their history stays)</source>
        <translation>Reemplazar las cuentas cuyo nombre ya está en uso (se conserva su historial)</translation>
    </message>
    <message numerus="yes">
        <source>Remove the stored secrets of %n account(s) whose new settings send them elsewhere</source>
        <translation>
            <numerusform>Eliminar los secretos guardados de %n cuenta cuya nueva configuración los envía a otro lugar</numerusform>
            <numerusform>Eliminar los secretos guardados de %n cuentas cuya nueva configuración los envía a otro lugar</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Not the carrier&apos;s host</source>
        <translation>No es un host del transportista</translation>
    </message>
    <message>
        <source>%1 is not a host %2 publishes</source>
        <translation>%1 no es un host publicado por %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Same settings</source>
        <translation>Misma configuración</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>Stored secrets</source>
        <translation>Secretos guardados</translation>
    </message>
    <message>
        <source>Removed if replaced: the new settings send them elsewhere</source>
        <translation>Se eliminan si se reemplaza: la nueva configuración los envía a otro lugar</translation>
    </message>
    <message>
        <source>The carrier presets it carries decide where secrets go; the new and changed ones are installed in your carriers folder.</source>
        <translation>Los preajustes de transportista que incluye deciden a dónde van los secretos; los nuevos y los modificados se instalan en su carpeta de transportistas.</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Preajuste nuevo</translation>
    </message>
    <message>
        <source>Same preset</source>
        <translation>Mismo preajuste</translation>
    </message>
    <message>
        <source>Changes the preset</source>
        <translation>Modifica el preajuste</translation>
    </message>
    <message>
        <source>Preset ignored</source>
        <translation>Preajuste ignorado</translation>
    </message>
    <message>
        <source>Carrier preset %1</source>
        <translation>Preajuste de transportista %1</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Sends secrets to</source>
        <translation>Envía los secretos a</translation>
    </message>
    <message>
        <source>%1: make sure it is the carrier&apos;s before you enter a secret</source>
        <translation>%1: asegúrese de que pertenece al transportista antes de introducir un secreto</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>Removed for %1: the changed preset sends them elsewhere</source>
        <translation>Se eliminan para %1: el preajuste modificado los envía a otro lugar</translation>
    </message>
    <message>
        <source>Probe sends the token elsewhere</source>
        <translation>El sondeo envía el token a otro sitio</translation>
    </message>
    <message>
        <source>%1 is not a host %2 publishes; each test would send the new token there</source>
        <translation>%1 no es un host que %2 publique; cada prueba enviaría allí el token nuevo</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>The token URL&apos;s host %1 is not one %2 publishes. Make sure it is the carrier&apos;s before you enter a secret for this account.</source>
        <translation>El host %1 de la URL del token no es uno de los que publica %2. Asegúrese de que pertenece al transportista antes de introducir un secreto para esta cuenta.</translation>
    </message>
    <message>
        <source>New %1: %2 · %3, token URL %4</source>
        <translation>Cuenta nueva %1: %2 · %3, URL del token %4</translation>
    </message>
    <message>
        <source>Same %1: the file holds the settings it has now.</source>
        <translation>%1 sin cambios: el archivo contiene su configuración actual.</translation>
    </message>
    <message>
        <source>Replaces %1:</source>
        <translation>Reemplaza %1:</translation>
    </message>
    <message>
        <source>In use, left alone unless --overwrite: %1</source>
        <translation>Nombre en uso, sin --overwrite no se modifica: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>Its stored secrets would be removed: the new settings send them to another address or in another way.</source>
        <translation>Se eliminarían sus secretos guardados: la nueva configuración los envía a otra dirección o de otra forma.</translation>
    </message>
    <message>
        <source>The file holds no accounts.</source>
        <translation>El archivo no contiene ninguna cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s): %1.</source>
        <translation>
            <numerusform>Se importó %n cuenta: %1.</numerusform>
            <numerusform>Se importaron %n cuentas: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n account(s): %1.</source>
        <translation>
            <numerusform>Se reemplazó %n cuenta: %1.</numerusform>
            <numerusform>Se reemplazaron %n cuentas: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n account(s) whose name is already in use: %1. Run the import again with --overwrite to replace them.</source>
        <translation>
            <numerusform>Se omitió %n cuenta cuyo nombre ya está en uso: %1. Vuelva a ejecutar la importación con --overwrite para reemplazarla.</numerusform>
            <numerusform>Se omitieron %n cuentas cuyo nombre ya está en uso: %1. Vuelva a ejecutar la importación con --overwrite para reemplazarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secret yet for: %1. Enter each with “tokendock edit NAME --secret-stdin”.</source>
        <translation>Aún no hay secreto para: %1. Introduzca cada uno con «tokendock edit NAME --secret-stdin».</translation>
    </message>
    <message>
        <source>New carrier preset %1: %2, installed in your carriers folder</source>
        <translation>Preajuste de transportista nuevo %1: %2, instalado en su carpeta de transportistas</translation>
    </message>
    <message>
        <source>Carrier preset %1: the same as the one installed here</source>
        <translation>Preajuste de transportista %1: igual que el instalado aquí</translation>
    </message>
    <message>
        <source>Changes the carrier preset %1 installed here:</source>
        <translation>Modifica el preajuste de transportista %1 instalado aquí:</translation>
    </message>
    <message>
        <source>Carrier preset %1 ignored: %2</source>
        <translation>Preajuste de transportista %1 ignorado: %2</translation>
    </message>
    <message>
        <source>It sends secrets to %1. Make sure that is the carrier&apos;s before you enter a secret for an account that uses it.</source>
        <translation>Envía los secretos a %1. Asegúrese de que pertenece al transportista antes de introducir un secreto para una cuenta que lo use.</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Usado por: %1</translation>
    </message>
    <message>
        <source>The stored secrets of %1 would be removed: the changed preset sends them to another address or in another way.</source>
        <translation>Se eliminarían los secretos guardados de %1: el preajuste modificado los envía a otra dirección o de otra forma.</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n carrier preset(s): %1.</source>
        <translation>
            <numerusform>Se instaló %n preajuste de transportista: %1.</numerusform>
            <numerusform>Se instalaron %n preajustes de transportista: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the stored secrets of %1: the changed carrier preset sends them elsewhere. Enter each again with “tokendock edit NAME --secret-stdin” once you trust it.</source>
        <translation>Se eliminaron los secretos guardados de %1: el preajuste de transportista modificado los envía a otro lugar. Vuelva a introducir cada uno con «tokendock edit NAME --secret-stdin» cuando confíe en él.</translation>
    </message>
    <message>
        <source>The probe URL sends each new token to %1, a host %2 does not publish. Check it before testing this account.</source>
        <translation>La URL de sondeo envía cada token nuevo a %1, un host que %2 no publica. Revísela antes de probar esta cuenta.</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The message is not one TokenDock understands.</source>
        <translation>TokenDock no entiende este mensaje.</translation>
    </message>
    <message>
        <source>The running TokenDock speaks version %1 of its instance protocol; this message is version %2. Start the same version of TokenDock.</source>
        <translation>El TokenDock en ejecución usa la versión %1 de su protocolo de instancias; este mensaje es de la versión %2. Inicie la misma versión de TokenDock.</translation>
    </message>
    <message>
        <source>Copy needs an account name.</source>
        <translation>Para copiar se necesita un nombre de cuenta.</translation>
    </message>
    <message>
        <source>Unknown instance command “%1”.</source>
        <translation>Comando de instancia desconocido: «%1».</translation>
    </message>
</context>
<context>
    <name>Jwks</name>
    <message>
        <source>The RSA key&apos;s “n” or “e” is missing or unreadable.</source>
        <translation>Falta «n» o «e» de la clave RSA, o no se puede leer.</translation>
    </message>
    <message>
        <source>The RSA key could not be read.</source>
        <translation>No se pudo leer la clave RSA.</translation>
    </message>
    <message>
        <source>The EC key on curve “%1” could not be read.</source>
        <translation>No se pudo leer la clave EC de la curva «%1».</translation>
    </message>
    <message>
        <source>Only Ed25519 keys of the OKP type are used.</source>
        <translation>Del tipo OKP solo se usan claves Ed25519.</translation>
    </message>
    <message>
        <source>The Ed25519 key could not be read.</source>
        <translation>No se pudo leer la clave Ed25519.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least 2048 are needed for a signature to mean anything.</source>
        <translation>La clave RSA solo tiene %1 bits; se necesitan al menos 2048 para que una firma tenga algún valor.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits, more than TokenDock reads.</source>
        <translation>La clave RSA tiene %1 bits, más de los que TokenDock lee.</translation>
    </message>
    <message>
        <source>The key is published for encryption, not for signatures (“use”).</source>
        <translation>La clave está publicada para cifrado, no para firmas («use»).</translation>
    </message>
    <message>
        <source>The key&apos;s “key_ops” do not include verifying signatures.</source>
        <translation>Las «key_ops» de la clave no incluyen la verificación de firmas.</translation>
    </message>
    <message>
        <source>The key type “%1” is not one TokenDock checks signatures with.</source>
        <translation>TokenDock no comprueba firmas con claves del tipo «%1».</translation>
    </message>
    <message>
        <source>The PEM key is neither RSA, EC nor Ed25519.</source>
        <translation>La clave PEM no es RSA, EC ni Ed25519.</translation>
    </message>
    <message>
        <source>The text holds no PEM public key (“BEGIN PUBLIC KEY”).</source>
        <translation>El texto no contiene ninguna clave pública PEM («BEGIN PUBLIC KEY»).</translation>
    </message>
    <message>
        <source>The key text is larger than TokenDock reads.</source>
        <translation>El texto de la clave es más grande de lo que TokenDock lee.</translation>
    </message>
    <message>
        <source>The text is neither a JWK, a JWK set nor a PEM public key.</source>
        <translation>El texto no es un JWK, un conjunto JWK ni una clave pública PEM.</translation>
    </message>
    <message>
        <source>A key in the set is not a JSON object.</source>
        <translation>Una clave del conjunto no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The JWK set holds no keys.</source>
        <translation>El conjunto JWK no contiene ninguna clave.</translation>
    </message>
    <message>
        <source>The EC key is on the curve “%1”; JWT signatures use P-256, P-384 or P-521.</source>
        <translation>La clave EC está en la curva «%1»; las firmas JWT usan P-256, P-384 o P-521.</translation>
    </message>
</context>
<context>
    <name>KeepFresh</name>
    <message>
        <source>Renewing now</source>
        <translation>Renovando ahora</translation>
    </message>
    <message>
        <source>No renewal planned: the token&apos;s lifetime is unknown</source>
        <translation>Sin renovación prevista: se desconoce la vida útil del token</translation>
    </message>
    <message numerus="yes">
        <source>Retrying at %1 (failures in a row: %n)</source>
        <translation>
            <numerusform>Reintento a las %1 (%n fallo seguido)</numerusform>
            <numerusform>Reintento a las %1 (%n fallos seguidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renews at %1</source>
        <translation>Se renueva a las %1</translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message>
        <source>KeePassXC has no group exposed to Secret Service. In KeePassXC, open Database ▸ Database Settings ▸ Secret Service Integration, expose a group, then retry.</source>
        <translation>KeePassXC no expone ningún grupo al Secret Service. En KeePassXC, abra Base de datos ▸ Configuración de la base de datos ▸ Integración con Secret Service, exponga un grupo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The KeePassXC database is locked. Unlock it in KeePassXC, then retry.</source>
        <translation>La base de datos de KeePassXC está bloqueada. Desbloquéela en KeePassXC y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KeePassXC refused TokenDock access. Retry and choose Allow in its access dialog.</source>
        <translation>KeePassXC denegó el acceso a TokenDock. Vuelva a intentarlo y elija Permitir en su diálogo de acceso.</translation>
    </message>
    <message>
        <source>The wallet in KWallet is closed. Open it (answer KWallet&apos;s password prompt, or use KWallet Manager), then retry.</source>
        <translation>La cartera de KWallet está cerrada. Ábrala (responda a la petición de contraseña de KWallet o use el Gestor de KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KWallet refused TokenDock access. Retry and allow it when KWallet asks, or in KWallet Manager.</source>
        <translation>KWallet denegó el acceso a TokenDock. Vuelva a intentarlo y permítalo cuando KWallet lo pida, o en el Gestor de KWallet.</translation>
    </message>
    <message>
        <source>KWallet did not answer in time; check that it is not waiting for a password prompt, then retry.</source>
        <translation>KWallet no respondió a tiempo; compruebe que no esté esperando una contraseña y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>GNOME Keyring is locked. Unlock it (answer its password prompt, or use Passwords and Keys), then retry.</source>
        <translation>GNOME Keyring está bloqueado. Desbloquéelo (responda a su petición de contraseña o use Contraseñas y claves) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>GNOME Keyring refused TokenDock access; unlock the keyring when it asks, then retry.</source>
        <translation>GNOME Keyring denegó el acceso a TokenDock; desbloquee el llavero cuando lo pida y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KWallet&apos;s Secret Service lacks the QCA OpenSSL plugin (libqca-ossl). Install the package libqca-qt5-2-plugins, restart KWallet (log out and in), then retry.</source>
        <translation>Al Secret Service de KWallet le falta el complemento OpenSSL de QCA (libqca-ossl). Instale el paquete libqca-qt5-2-plugins, reinicie KWallet (cierre la sesión y vuelva a entrar) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KeePassXC is waiting for an answer in one of its dialogs (access or removal). Allow TokenDock there, then retry.</source>
        <translation>KeePassXC espera una respuesta en uno de sus diálogos (acceso o eliminación). Permita allí el acceso a TokenDock y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KeePassXC keeps removed items in its database&apos;s Recycle Bin until you empty it.</source>
        <translation>KeePassXC conserva los elementos eliminados en la papelera de su base de datos hasta que la vacíe.</translation>
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
            <numerusform>Tiempo agotado tras %n s</numerusform>
            <numerusform>Tiempo agotado tras %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>cached, expiry unknown</source>
        <translation>en caché, caducidad desconocida</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (quedan %2)</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Mostrar un único array JSON.</translation>
    </message>
    <message>
        <source>Cached tokens could not be read: %1</source>
        <translation>No se pudieron leer los tokens en caché: %1</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with “tokendock add NAME --carrier ID --client-id ID”.</source>
        <translation>Aún no hay cuentas. Añada una con «tokendock add NAME --carrier ID --client-id ID».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>TRANSPORTISTA</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENTORNO</translation>
    </message>
    <message>
        <source>TOKEN URL</source>
        <translation>URL DEL TOKEN</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>ID DE CLIENTE</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRETO</translation>
    </message>
    <message>
        <source>LAST TEST</source>
        <translation>ÚLTIMA PRUEBA</translation>
    </message>
    <message>
        <source>CACHED TOKEN</source>
        <translation>TOKEN EN CACHÉ</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>Enter a missing secret with “tokendock edit NAME --secret-stdin”.</source>
        <translation>Introduzca los secretos que faltan con «tokendock edit NAME --secret-stdin».</translation>
    </message>
    <message>
        <source>Lists the accounts: name, carrier, environment, token URL, client id, the last test and when the cached token expires; under each, how old its secret is, when the carrier says it expires and when it last worked.</source>
        <translation>Muestra las cuentas: nombre, transportista, entorno, URL del token, ID de cliente, la última prueba y cuándo caduca el token en caché; debajo de cada una, la antigüedad de su secreto, cuándo caduca según el transportista y cuándo funcionó por última vez.</translation>
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
        <translation>Cuenta añadida.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <source>Fetched a new token and copied it as: %1.</source>
        <translation>Se obtuvo un token nuevo y se copió como: %1.</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>No se copió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Testing %1 of %n accounts…</source>
        <translation>
            <numerusform>Probando %1 de %n cuenta…</numerusform>
            <numerusform>Probando %1 de %n cuentas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: all worked.</source>
        <translation>
            <numerusform>Se probó %n cuenta: funcionó.</numerusform>
            <numerusform>Se probaron %n cuentas: todas funcionaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: %1 failed.</source>
        <translation>
            <numerusform>Se probó %n cuenta; con errores: %1.</numerusform>
            <numerusform>Se probaron %n cuentas; con errores: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>¿Desea guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Nueva cuenta…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>&amp;Duplicate for Other Environment</source>
        <translation>&amp;Duplicar para otro entorno</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>De&amp;lete Account…</source>
        <translation>&amp;Eliminar cuenta…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation>Probar &amp;todas</translation>
    </message>
    <message>
        <source>&amp;Copy Header</source>
        <translation>C&amp;opiar cabecera</translation>
    </message>
    <message>
        <source>Copy Support &amp;Report</source>
        <translation>Copiar &amp;informe de soporte</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Copy a redacted report of the last test for a support ticket: never the secret or the token</source>
        <translation>Copiar un informe de la última prueba, sin datos sensibles, para una incidencia de soporte: nunca incluye el secreto ni el token</translation>
    </message>
    <message>
        <source>&amp;Filter Accounts</source>
        <translation>&amp;Filtrar cuentas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Carrier &amp;Documentation</source>
        <translation>&amp;Documentación del transportista</translation>
    </message>
    <message>
        <source>&amp;About TokenDock</source>
        <translation>&amp;Acerca de TokenDock</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Test all progress</source>
        <translation>Progreso de «Probar todas»</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>El portapapeles se vacía en %n s</numerusform>
            <numerusform>El portapapeles se vacía en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Portapapeles vaciado.</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Desea eliminar «%1»?</translation>
    </message>
    <message>
        <source>Its client secret and cached token are removed from %1. This cannot be undone.</source>
        <translation>Su secreto de cliente y su token en caché, guardados en %1, se eliminarán. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>Fix the highlighted settings</source>
        <translation>Corrija la configuración resaltada</translation>
    </message>
    <message>
        <source>Nothing was sent to the carrier.</source>
        <translation>No se envió nada al transportista.</translation>
    </message>
    <message>
        <source>Support report copied. It holds no secret and no token.</source>
        <translation>Informe de soporte copiado. No contiene ningún secreto ni token.</translation>
    </message>
    <message>
        <source>Start Fresh</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <source>Start with an empty account list?</source>
        <translation>¿Desea empezar con una lista de cuentas vacía?</translation>
    </message>
    <message>
        <source>The unreadable file stays where it is; TokenDock will write a new one.</source>
        <translation>El archivo ilegible se queda donde está; TokenDock escribirá uno nuevo.</translation>
    </message>
    <message>
        <source>About TokenDock</source>
        <translation>Acerca de TokenDock</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenDock %1&lt;/h3&gt;&lt;p&gt;Carrier API client credentials in the OS keychain, OAuth 2.0 tokens two clicks away.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenDock %1&lt;/h3&gt;&lt;p&gt;Credenciales de cliente de API de transportistas en el llavero del sistema, tokens OAuth 2.0 a dos clics.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo: answered by the built-in sandbox at %1</source>
        <translation>Demo: responde el sandbox integrado en %1</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (producción)</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>%1 (production %2)</source>
        <translation>%1 (producción %2)</translation>
    </message>
    <message>
        <source>%1 (sandbox %2)</source>
        <translation>%1 (sandbox %2)</translation>
    </message>
    <message>
        <source>Enter the client id and secret for the production environment, then save.</source>
        <translation>Introduzca el ID y el secreto de cliente del entorno de producción y guarde.</translation>
    </message>
    <message>
        <source>Enter the client id and secret for the sandbox environment, then save.</source>
        <translation>Introduzca el ID y el secreto de cliente del entorno de sandbox y guarde.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Request</source>
        <translation>Cancelar &amp;solicitud</translation>
    </message>
    <message>
        <source>Copy A&amp;s</source>
        <translation>Copiar &amp;como</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>&amp;Importar cuentas…</translation>
    </message>
    <message>
        <source>E&amp;xport Accounts…</source>
        <translation>E&amp;xportar cuentas…</translation>
    </message>
    <message numerus="yes">
        <source>The secrets and tokens of the %n account(s) it names are removed from the keychain.</source>
        <translation>
            <numerusform>El archivo menciona %n cuenta; sus secretos y tokens se eliminarán del llavero.</numerusform>
            <numerusform>El archivo menciona %n cuentas; sus secretos y tokens se eliminarán del llavero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>TokenDock exports (*.json);;All files (*)</source>
        <translation>Exportaciones de TokenDock (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s); enter each one&apos;s secret before testing.</source>
        <translation>
            <numerusform>Se importó %n cuenta; introduzca su secreto antes de probarla.</numerusform>
            <numerusform>Se importaron %n cuentas; introduzca el secreto de cada una antes de probarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exportar cuentas</translation>
    </message>
    <message>
        <source>TokenDock exports (*.json)</source>
        <translation>Exportaciones de TokenDock (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s): settings only, no secrets or tokens.</source>
        <translation>
            <numerusform>Se exportó %n cuenta: solo la configuración, sin secretos ni tokens.</numerusform>
            <numerusform>Se exportaron %n cuentas: solo la configuración, sin secretos ni tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste Credentials</source>
        <translation>Pegar &amp;credenciales</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Fill a new account from the carrier&apos;s e-mail, curl command or JSON in the clipboard</source>
        <translation>Rellenar una cuenta nueva con el correo del transportista, un comando curl o JSON del portapapeles</translation>
    </message>
    <message>
        <source>Test and Cop&amp;y Header</source>
        <translation>Probar y copiar ca&amp;becera</translation>
    </message>
    <message>
        <source>Test and Copy</source>
        <translation>Probar y copiar</translation>
    </message>
    <message>
        <source>Save the account, ask the carrier for a token and copy the header</source>
        <translation>Guardar la cuenta, pedir un token al transportista y copiar la cabecera</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no contiene texto.</translation>
    </message>
    <message>
        <source>The clipboard holds more text than any credentials are.</source>
        <translation>El portapapeles contiene más texto del que ocupan unas credenciales.</translation>
    </message>
    <message>
        <source>The text holds two different client ids or secrets, so nothing was taken from it.</source>
        <translation>El texto contiene dos ID de cliente o secretos distintos, así que no se ha tomado nada de él.</translation>
    </message>
    <message>
        <source>Nothing in the clipboard looks like a client id or secret.</source>
        <translation>Nada en el portapapeles parece un ID de cliente o un secreto.</translation>
    </message>
    <message>
        <source>Paste Credentials</source>
        <translation>Pegar credenciales</translation>
    </message>
    <message>
        <source>Copy the part of what the carrier sent that holds one account&apos;s client id and secret: a curl or HTTPie command, an HTTP request, JSON, .env lines or e-mail lines such as “Client ID: …”. Then paste again. Nothing was changed.</source>
        <translation>Copie la parte de lo que envió el transportista que contiene el ID de cliente y el secreto de una cuenta: un comando curl o HTTPie, una petición HTTP, JSON, líneas .env o líneas de correo como «Client ID: …». Después vuelva a pegar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Add by Hand</source>
        <translation>Añadir a mano</translation>
    </message>
    <message>
        <source>The clipboard was cleared, since it held the secret.</source>
        <translation>Se ha vaciado el portapapeles, ya que contenía el secreto.</translation>
    </message>
    <message>
        <source>Nothing is saved or sent until you choose Test and Copy or Save.</source>
        <translation>No se guarda ni se envía nada hasta que elija «Probar y copiar» o «Guardar».</translation>
    </message>
    <message>
        <source>Check the highlighted fields</source>
        <translation>Compruebe los campos resaltados</translation>
    </message>
    <message>
        <source>No valid token yet</source>
        <translation>Aún no hay un token válido</translation>
    </message>
    <message>
        <source>Test the account to get one, then copy it.</source>
        <translation>Pruebe la cuenta para obtener uno y cópielo después.</translation>
    </message>
    <message>
        <source>%1 header</source>
        <translation>Cabecera %1</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>Cabeceras %1</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>&amp;Rotar secreto…</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rotar secreto</translation>
    </message>
    <message>
        <source>Replace the secret with a new one from the carrier: the new one is tested first, the old one stays until it works</source>
        <translation>Reemplazar el secreto por uno nuevo del transportista: primero se prueba el nuevo y el anterior se conserva hasta que el nuevo funcione</translation>
    </message>
    <message>
        <source>Replaced the secret of “%1”.</source>
        <translation>Se reemplazó el secreto de «%1».</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»: %2</translation>
    </message>
    <message>
        <source>&amp;Pin to Tray</source>
        <translation>&amp;Fijar en la bandeja</translation>
    </message>
    <message>
        <source>List this account at the top of the tray menu</source>
        <translation>Mostrar esta cuenta al principio del menú de la bandeja</translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <source>Test outcome</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Solicitud en curso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Solicitando un token…</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>El transportista</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Token recibido</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 accepted these credentials.</source>
        <translation>%1 aceptó estas credenciales.</translation>
    </message>
    <message>
        <source>%1 said: “%2”</source>
        <translation>%1 respondió: «%2»</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>More about this error: %1</source>
        <translation>Más información sobre este error: %1</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Qué puede hacer: %1</translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation>Tipo de problema: %1</translation>
    </message>
    <message>
        <source>API probe: %1 — %2</source>
        <translation>Sondeo de API: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 Do not use this token; ask the carrier which key signs it.</source>
        <translation>%1: %2 No utilice este token; pregunte al transportista con qué clave lo firma.</translation>
    </message>
</context>
<context>
    <name>PastedText</name>
    <message>
        <source>carrier %1</source>
        <translation>transportista %1</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>entorno %1</translation>
    </message>
    <message>
        <source>token URL %1</source>
        <translation>URL del token %1</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>ID de cliente %1</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>el secreto de cliente</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>Recognised in the text: %1.</source>
        <translation>Reconocido en el texto: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The token URL goes to %1, which is not an address of the %2 preset; make sure it is the carrier&apos;s own.</source>
        <translation>La URL del token va a %1, que no es una dirección del preajuste %2; asegúrese de que es la del propio transportista.</translation>
    </message>
</context>
<context>
    <name>PresetCheck</name>
    <message>
        <source>the sandbox could not start on this computer.</source>
        <translation>el sandbox no pudo iniciarse en este equipo.</translation>
    </message>
    <message>
        <source>a token came back through its request and answer rules (expiry from %1); API calls would send %2.</source>
        <translation>llegó un token a través de sus reglas de solicitud y respuesta (caducidad de %1); las llamadas a la API enviarían %2.</translation>
    </message>
    <message>
        <source>its request is not a form POST</source>
        <translation>su solicitud no es un POST de formulario</translation>
    </message>
    <message>
        <source>it names the grant type or the credentials its own way</source>
        <translation>nombra el tipo de concesión o las credenciales a su manera</translation>
    </message>
    <message>
        <source>its credentials travel in headers</source>
        <translation>sus credenciales viajan en cabeceras</translation>
    </message>
    <message>
        <source>its answer keeps the token somewhere other than access_token</source>
        <translation>su respuesta no lleva el token en access_token</translation>
    </message>
    <message>
        <source>it uses none of the grant types client_credentials and password</source>
        <translation>no usa ninguno de los tipos de concesión client_credentials y password</translation>
    </message>
    <message>
        <source>%1 cannot be read as a preset file (%2).</source>
        <translation>%1 no se puede leer como archivo de preajuste (%2).</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>%1: a valid preset, “%2” (%3).</source>
        <translation>%1: un preajuste válido, «%2» (%3).</translation>
    </message>
    <message>
        <source>Sandbox: not tried, because %1; the sandbox&apos;s generic emulation speaks plain OAuth 2.0.</source>
        <translation>Sandbox: no se ha probado porque %1; la emulación genérica del sandbox solo habla OAuth 2.0 puro.</translation>
    </message>
    <message>
        <source>Sandbox: no token through this preset: %1</source>
        <translation>Sandbox: ningún token a través de este preajuste: %1</translation>
    </message>
    <message>
        <source>Check the preset&apos;s fields and answer rules against the carrier&apos;s docs.</source>
        <translation>Compruebe los campos y las reglas de respuesta del preajuste con la documentación del transportista.</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>Fix that line and run the check again; carrier-preset.schema.json in /usr/share/doc/tokendock lists every key.</source>
        <translation>Corrija esa línea y vuelva a comprobar; carrier-preset.schema.json en /usr/share/doc/tokendock enumera todas las claves.</translation>
    </message>
</context>
<context>
    <name>PresetFiles</name>
    <message>
        <source>not valid JSON (%1); check the commas and quotes near this line.</source>
        <translation>no es JSON válido (%1); compruebe las comas y las comillas cerca de esta línea.</translation>
    </message>
    <message>
        <source>a preset file holds one JSON object, {&quot;id&quot;: …, …}.</source>
        <translation>un archivo de preajuste contiene un único objeto JSON, {&quot;id&quot;: …, …}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of a built-in preset, which a file cannot replace; give this preset an id of its own, e.g. &quot;%1-team&quot;.</source>
        <translation>«%1» es el ID de un preajuste integrado, que un archivo no puede reemplazar; asigne a este preajuste un ID propio, p. ej., «%1-team».</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by %2; give one of them another id.</source>
        <translation>el ID «%1» ya lo usa %2; asigne otro ID a uno de ellos.</translation>
    </message>
    <message>
        <source>more than %1 preset files; the rest are not read.</source>
        <translation>más de %1 archivos de preajuste; el resto no se lee.</translation>
    </message>
    <message>
        <source>larger than %1 KB; a preset is far smaller.</source>
        <translation>ocupa más de %1 KB; un preajuste es mucho más pequeño.</translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation>no se puede leer (%1).</translation>
    </message>
    <message>
        <source>the preset</source>
        <translation>el preajuste</translation>
    </message>
    <message>
        <source>preset “%1”</source>
        <translation>preajuste «%1»</translation>
    </message>
</context>
<context>
    <name>PresetInfo</name>
    <message>
        <source>Not confirmed by %1&apos;s own documentation: %2.</source>
        <translation>No confirmado por la propia documentación de %1: %2.</translation>
    </message>
    <message>
        <source>%1 developer documentation ↗</source>
        <translation>Documentación para desarrolladores de %1 ↗</translation>
    </message>
    <message>
        <source>%1 developer documentation</source>
        <translation>Documentación para desarrolladores de %1</translation>
    </message>
    <message>
        <source>An administrator&apos;s preset, read from %1</source>
        <translation>Preajuste de un administrador, leído de %1</translation>
    </message>
    <message>
        <source>Your preset, read from %1</source>
        <translation>Su preajuste, leído de %1</translation>
    </message>
</context>
<context>
    <name>PresetLabels</name>
    <message>
        <source>Parcel</source>
        <translation>Paquetería</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>Postal</translation>
    </message>
    <message>
        <source>LTL</source>
        <translation>Carga fraccionada (LTL)</translation>
    </message>
    <message>
        <source>Truckload</source>
        <translation>Carga completa</translation>
    </message>
    <message>
        <source>Intermodal</source>
        <translation>Intermodal</translation>
    </message>
    <message>
        <source>Ocean</source>
        <translation>Marítimo</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aéreo</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Transitario</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Intermediación</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Telematics</source>
        <translation>Telemática</translation>
    </message>
    <message>
        <source>Multi-carrier gateway</source>
        <translation>Pasarela multitransportista</translation>
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
        <translation>no es una clave que TokenDock conozca en un sondeo</translation>
    </message>
    <message>
        <source>must be GET or HEAD: a probe only reads</source>
        <translation>debe ser GET o HEAD: un sondeo solo lee</translation>
    </message>
    <message>
        <source>must be a path such as /v1/ping or an https URL</source>
        <translation>debe ser una ruta como /v1/ping o una URL https</translation>
    </message>
    <message>
        <source>must be a list of HTTP status codes</source>
        <translation>debe ser una lista de códigos de estado HTTP</translation>
    </message>
    <message>
        <source>must be a dotted JSON path</source>
        <translation>debe ser una ruta JSON con puntos</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>No probe is set for this account: give it an API URL to read with the token.</source>
        <translation>Esta cuenta no tiene ningún sondeo configurado: indique una URL de la API que leer con el token.</translation>
    </message>
    <message>
        <source>The probe URL is not a valid web address; it should look like https://host/path, or be a path such as /v1/ping.</source>
        <translation>La URL de sondeo no es una dirección web válida; debe tener la forma https://host/ruta o ser una ruta como /v1/ping.</translation>
    </message>
    <message>
        <source>The probe URL must use https:// so the token is encrypted on the way; plain http:// is only allowed to this computer (localhost).</source>
        <translation>La URL de sondeo debe usar https:// para que el token viaje cifrado; http:// sin cifrar solo se permite hacia este equipo (localhost).</translation>
    </message>
    <message>
        <source>Remove the user name, password or #fragment from the probe URL.</source>
        <translation>Quite el nombre de usuario, la contraseña o el #fragmento de la URL de sondeo.</translation>
    </message>
    <message>
        <source>The probe URL holds an invisible or control character (%1); type the URL again.</source>
        <translation>La URL de sondeo contiene un carácter invisible o de control (%1); vuelva a escribir la URL.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>TOKEN  %1: the cached token, still valid for %2</source>
        <translation>TOKEN  %1: el token en caché, válido aún durante %2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un tiempo desconocido</translation>
    </message>
    <message>
        <source>TOKEN  %1: a new token (HTTP %2, %3 ms)</source>
        <translation>TOKEN  %1: un token nuevo (HTTP %2, %3 ms)</translation>
    </message>
    <message>
        <source>Makes one harmless read-only API call with the account&apos;s token and says whether the token opens the door. A cached token still valid for a minute is used, else a new one is requested; the output says which. The token is sent only to the probe URL&apos;s own site. Exit code 7: the token came but the API did not accept it.</source>
        <translation>Hace una llamada a la API inofensiva y de solo lectura con el token de la cuenta e indica si el token abre la puerta. Se usa un token en caché que siga siendo válido durante al menos un minuto; si no, se solicita uno nuevo; la salida indica cuál. El token solo se envía al propio sitio de la URL de sondeo. Código de salida 7: se obtuvo el token, pero la API no lo aceptó.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>La cuenta.</translation>
    </message>
    <message>
        <source>The API call for this run: a path joined to the environment&apos;s API address or a full https URL (default: the account&apos;s probe).</source>
        <translation>La llamada a la API para esta ejecución: una ruta que se añade a la dirección de la API del entorno o una URL https completa (predeterminado: el sondeo de la cuenta).</translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token).</source>
        <translation>Imprimir un documento JSON (nunca contiene el token).</translation>
    </message>
    <message>
        <source>Name the account to probe.</source>
        <translation>Indique la cuenta que desea sondear.</translation>
    </message>
</context>
<context>
    <name>ProbeEditor</name>
    <message>
        <source>Advanced: API probe</source>
        <translation>Avanzado: sondeo de API</translation>
    </message>
    <message>
        <source>After each test, make one harmless read-only API call with the token</source>
        <translation>Tras cada prueba, hacer una llamada a la API inofensiva y de solo lectura con el token</translation>
    </message>
    <message>
        <source>Probe URL</source>
        <translation>URL de sondeo</translation>
    </message>
    <message>
        <source>A path such as /v1/ping, or an https URL</source>
        <translation>Una ruta como /v1/ping o una URL https</translation>
    </message>
    <message>
        <source>%1 has no known probe; enter an API URL that only reads.</source>
        <translation>No se conoce ningún sondeo para %1; introduzca una URL de la API que solo lea.</translation>
    </message>
    <message>
        <source>The preset&apos;s probe is not confirmed by %1&apos;s documentation.</source>
        <translation>La documentación de %1 no confirma el sondeo del preajuste.</translation>
    </message>
    <message>
        <source>The token would be sent to %1, a host %2 does not publish.</source>
        <translation>El token se enviaría a %1, un host que %2 no publica.</translation>
    </message>
    <message>
        <source>Enter a path such as /v1/ping or a full https URL.</source>
        <translation>Introduzca una ruta como /v1/ping o una URL https completa.</translation>
    </message>
</context>
<context>
    <name>ProbeOutcome</name>
    <message>
        <source>Not probed</source>
        <translation>Sin sondear</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Token not accepted</source>
        <translation>Token no aceptado</translation>
    </message>
    <message>
        <source>Not entitled</source>
        <translation>Sin autorización</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Dirección incorrecta</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de solicitudes</translation>
    </message>
    <message>
        <source>Carrier trouble</source>
        <translation>Problema del transportista</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Answer not as expected</source>
        <translation>Respuesta distinta de la esperada</translation>
    </message>
    <message>
        <source>Redirect not followed</source>
        <translation>Redirección no seguida</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>No accesible</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>The API accepted the token: %1 answered HTTP %2.</source>
        <translation>La API aceptó el token: %1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>%1 did not accept the token (HTTP 401).</source>
        <translation>%1 no aceptó el token (HTTP 401).</translation>
    </message>
    <message>
        <source>%1 accepted the token but this account may not use this API (HTTP 403).</source>
        <translation>%1 aceptó el token, pero esta cuenta no puede usar esta API (HTTP 403).</translation>
    </message>
    <message>
        <source>%1 has no API at %2 (HTTP %3).</source>
        <translation>%1 no tiene ninguna API en %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429); it asks to wait %2 s.</source>
        <translation>%1 está limitando las solicitudes (HTTP 429); pide esperar %2 s.</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429).</source>
        <translation>%1 está limitando las solicitudes (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 has trouble of its own (HTTP %2).</source>
        <translation>%1 tiene un problema propio (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered the probe with HTTP %2, which is not a good answer here.</source>
        <translation>%1 respondió al sondeo con HTTP %2, que aquí no es una respuesta válida.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the answer lacks %3.</source>
        <translation>%1 respondió HTTP %2, pero en la respuesta falta %3.</translation>
    </message>
    <message>
        <source>%1 redirected the probe to %2; TokenDock did not follow it, so the token was not sent there.</source>
        <translation>%1 redirigió el sondeo a %2; TokenDock no siguió la redirección, así que el token no se envió allí.</translation>
    </message>
    <message>
        <source>The answer from %1 is too large; TokenDock stopped reading it.</source>
        <translation>La respuesta de %1 es demasiado grande; TokenDock dejó de leerla.</translation>
    </message>
    <message>
        <source>The probe could not reach %1: %2.</source>
        <translation>El sondeo no pudo llegar a %1: %2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>Falló la conexión segura con %1: %2.</translation>
    </message>
    <message>
        <source>%1 did not answer the probe in time.</source>
        <translation>%1 no respondió al sondeo a tiempo.</translation>
    </message>
    <message>
        <source>The probe was not sent: %1</source>
        <translation>El sondeo no se envió: %1</translation>
    </message>
    <message>
        <source>Check that the token is for this API and environment (a sandbox token does not open production), that the audience or scope is right, and that the credentials were not revoked.</source>
        <translation>Compruebe que el token sea para esta API y este entorno (un token de sandbox no abre producción), que la audiencia o el ámbito sean correctos y que las credenciales no se hayan revocado.</translation>
    </message>
    <message>
        <source>Ask the carrier to enable this API for the account, or probe an API the account is provisioned for.</source>
        <translation>Pida al transportista que habilite esta API para la cuenta, o sondee una API para la que la cuenta esté habilitada.</translation>
    </message>
    <message>
        <source>Check the probe URL and the environment&apos;s API address.</source>
        <translation>Compruebe la URL de sondeo y la dirección de la API del entorno.</translation>
    </message>
    <message>
        <source>Wait before probing again; the token itself is fine.</source>
        <translation>Espere antes de volver a sondear; el token en sí está bien.</translation>
    </message>
    <message>
        <source>Try again later or look at the carrier&apos;s status page; the token itself was issued.</source>
        <translation>Vuelva a intentarlo más tarde o consulte la página de estado del transportista; el token en sí se emitió.</translation>
    </message>
    <message>
        <source>Check the probe URL and what it expects; the carrier may have changed its API.</source>
        <translation>Compruebe la URL de sondeo y lo que espera; puede que el transportista haya cambiado su API.</translation>
    </message>
    <message>
        <source>If the new address is the carrier&apos;s real API, set it as the probe URL.</source>
        <translation>Si la nueva dirección es la API real del transportista, establézcala como URL de sondeo.</translation>
    </message>
    <message>
        <source>Probe a smaller read, such as a short list.</source>
        <translation>Sondee una lectura más pequeña, como una lista corta.</translation>
    </message>
    <message>
        <source>Check the network, a proxy or firewall, and the probe URL.</source>
        <translation>Compruebe la red, un proxy o cortafuegos, y la URL de sondeo.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s clock and whether a proxy intercepts TLS.</source>
        <translation>Compruebe el reloj del equipo y si un proxy intercepta TLS.</translation>
    </message>
    <message>
        <source>Fix the probe&apos;s settings, then test again.</source>
        <translation>Corrija la configuración del sondeo y vuelva a probar.</translation>
    </message>
    <message>
        <source>The carrier said: “%1”</source>
        <translation>El transportista dijo: «%1»</translation>
    </message>
</context>
<context>
    <name>ProbeOutput</name>
    <message>
        <source>PROBE OK  %1: %2 — %3 (%4 ms)</source>
        <translation>SONDEO OK  %1: %2 — %3 (%4 ms)</translation>
    </message>
    <message>
        <source>PROBE FAILED  %1: %2 — %3</source>
        <translation>SONDEO FALLIDO  %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>ProbeReply</name>
    <message>
        <source>it was cancelled.</source>
        <translation>se canceló.</translation>
    </message>
    <message>
        <source>there is no token.</source>
        <translation>no hay ningún token.</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <source>Removes an account, its secrets and its cached token. At a terminal you are asked to confirm.</source>
        <translation>Elimina una cuenta, sus secretos y su token en caché. En un terminal se pide confirmación.</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>La cuenta que se eliminará.</translation>
    </message>
    <message>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation>No preguntar; necesario cuando la entrada estándar no es un terminal.</translation>
    </message>
    <message>
        <source>Name the account to remove.</source>
        <translation>Indique la cuenta que desea eliminar.</translation>
    </message>
    <message>
        <source>Removing “%1” needs --yes when standard input is not a terminal.</source>
        <translation>Para eliminar «%1» se necesita --yes cuando la entrada estándar no es un terminal.</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secrets from %2? [y/N] </source>
        <translation>¿Desea eliminar la cuenta «%1» y sus secretos guardados en %2? [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Kept “%1”.</source>
        <translation>Se conservó «%1».</translation>
    </message>
    <message>
        <source>Removed “%1” and its secrets.</source>
        <translation>Se eliminaron «%1» y sus secretos.</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>a whole yes typed to confirm, as in [y/N]; &quot;ja&quot;, &quot;oui&quot;</comment>
        <translation>sí</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>RequestOptions</name>
    <message>
        <source>Give up after this many seconds (1 to 300; default: the request timeout in Settings, 20 seconds unless changed).</source>
        <translation>Abandonar tras este número de segundos (de 1 a 300; predeterminado: el tiempo de espera de la solicitud de Preferencias, 20 segundos si no se ha cambiado).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Send the request even when it exceeds the carrier&apos;s limit on token requests (the carrier may rate-limit or block the client).</source>
        <translation>Enviar la solicitud aunque supere el límite de solicitudes de token del transportista (el transportista puede limitar o bloquear al cliente).</translation>
    </message>
    <message>
        <source>Wait until then, or add --force to send it anyway: the carrier may rate-limit or block the client for exceeding its limit.</source>
        <translation>Espere hasta entonces o añada --force para enviarla de todos modos: el transportista puede limitar o bloquear al cliente por superar su límite.</translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message>
        <source>“%1” has no secret field “%2”.</source>
        <translation>«%1» no tiene ningún campo secreto «%2».</translation>
    </message>
    <message>
        <source>Leave out --field to replace the client secret.</source>
        <translation>Omita --field para reemplazar el secreto de cliente.</translation>
    </message>
    <message>
        <source>Its secret fields: %1; without --field, the client secret.</source>
        <translation>Sus campos secretos: %1; sin --field, el secreto de cliente.</translation>
    </message>
    <message>
        <source>%1 has passed; a secret that works now has not expired then.</source>
        <translation>El %1 ya ha pasado; un secreto que funciona ahora no había caducado entonces.</translation>
    </message>
    <message>
        <source>Give the day the carrier&apos;s portal shows for the new secret, or leave out --expires.</source>
        <translation>Indique el día que muestra el portal del transportista para el secreto nuevo, u omita --expires.</translation>
    </message>
    <message>
        <source>The line on standard input is longer than %1 KiB; that is not a secret TokenDock can use.</source>
        <translation>La línea de la entrada estándar supera los %1 KiB; no es un secreto que TokenDock pueda usar.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>No new secret came on standard input (an empty line is none). Pipe it in, e.g. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate NAME --secret-stdin.</source>
        <translation>No llegó ningún secreto nuevo por la entrada estándar (una línea vacía no cuenta). Rediríjalo, p. ej., printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate NAME --secret-stdin.</translation>
    </message>
    <message>
        <source>token HTTP %1 in %2 ms</source>
        <translation>token HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>probe: %1</source>
        <translation>sondeo: %1</translation>
    </message>
    <message>
        <source>no probe</source>
        <translation>sin sondeo</translation>
    </message>
    <message>
        <source>The new secret works (%1, %2) and replaced the old one in the keychain; the old secret is gone.</source>
        <translation>El secreto nuevo funciona (%1, %2) y reemplazó al anterior en el llavero; el secreto anterior ya no está.</translation>
    </message>
    <message numerus="yes">
        <source>The carrier says the new secret expires on %1 (in %n days).</source>
        <translation>
            <numerusform>Según el transportista, el secreto nuevo caduca el %1 (dentro de %n día).</numerusform>
            <numerusform>Según el transportista, el secreto nuevo caduca el %1 (dentro de %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 Record the new secret&apos;s date with “tokendock edit %2 --secret-expires YYYY-MM-DD”.</source>
        <translation>Nota: %1 Registre la fecha del secreto nuevo con «tokendock edit %2 --secret-expires YYYY-MM-DD».</translation>
    </message>
    <message>
        <source>Nothing changed: the old secret stays and keeps working.</source>
        <translation>No se cambió nada: el secreto anterior se conserva y sigue funcionando.</translation>
    </message>
    <message>
        <source>Replaces an account&apos;s secret without breaking it: the new secret is read from standard input (or asked for at the terminal, without echo) and tested against the carrier first (token, signature, the account&apos;s probe). Only when that works does it replace the old one in the keychain; otherwise nothing changes and the exit code is the one “tokendock test” gives.</source>
        <translation>Reemplaza el secreto de una cuenta sin dejarla inservible: el secreto nuevo se lee de la entrada estándar (o se solicita en el terminal, sin eco) y primero se prueba con el transportista (token, firma, sondeo de la cuenta). Solo si funciona reemplaza al anterior en el llavero; si no, no cambia nada y el código de salida es el que da «tokendock test».</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>La cuenta.</translation>
    </message>
    <message>
        <source>Read the new secret from standard input (one line). Without it you are asked at the terminal, without echo.</source>
        <translation>Leer el secreto nuevo de la entrada estándar (una línea). Sin esta opción, se solicita en el terminal, sin eco.</translation>
    </message>
    <message>
        <source>Replace this secret field of the preset (e.g. FedEx child_secret, a portal password) instead of the client secret.</source>
        <translation>Reemplazar este campo secreto del preajuste (p. ej., child_secret de FedEx, una contraseña de portal) en lugar del secreto de cliente.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The day the carrier says the new secret expires (today or later).</source>
        <translation>El día en que, según el transportista, caduca el secreto nuevo (hoy o posterior).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token or a secret).</source>
        <translation>Mostrar un único documento JSON (nunca contiene el token ni ningún secreto).</translation>
    </message>
    <message>
        <source>Name the account whose secret to replace.</source>
        <translation>Indique la cuenta cuyo secreto se va a reemplazar.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <source>No new secret: standard input is not a terminal and --secret-stdin was not given.</source>
        <translation>No hay secreto nuevo: la entrada estándar no es un terminal y no se indicó --secret-stdin.</translation>
    </message>
    <message>
        <source>Pipe the secret in, e.g. printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate %1 --secret-stdin; TokenDock never takes a secret from an argument.</source>
        <translation>Redirija el secreto, p. ej., printf &apos;%s\n&apos; &quot;$NEW_SECRET&quot; | tokendock rotate %1 --secret-stdin; TokenDock nunca toma un secreto de un argumento.</translation>
    </message>
    <message>
        <source>New %1 for %2</source>
        <translation>Nuevo %1 para %2</translation>
    </message>
    <message>
        <source>The account list could not note the new secret&apos;s date: %1</source>
        <translation>La lista de cuentas no pudo anotar la fecha del nuevo secreto: %1</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation>Rotar secreto</translation>
    </message>
    <message>
        <source>Rotate the secret of “%1”</source>
        <translation>Rotar el secreto de «%1»</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paste the new secret from the carrier&apos;s portal. TokenDock tries the new secret first; the old one stays until the new one works.</source>
        <translation>Pegue el secreto nuevo del portal del transportista. TokenDock prueba primero el secreto nuevo; el anterior se conserva hasta que el nuevo funcione.</translation>
    </message>
    <message>
        <source>&amp;Which secret</source>
        <translation>&amp;Qué secreto</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;New secret</source>
        <translation>Secreto &amp;nuevo</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Secreto nuevo</translation>
    </message>
    <message>
        <source>The carrier says it &amp;expires on</source>
        <translation>Según el transportista, &amp;caduca el</translation>
    </message>
    <message>
        <source>Expiry date of the new secret</source>
        <translation>Fecha de caducidad del secreto nuevo</translation>
    </message>
    <message>
        <source>Nothing changed: the old secret stays and keeps working.</source>
        <translation>No se cambió nada: el secreto anterior se conserva y sigue funcionando.</translation>
    </message>
    <message>
        <source>&amp;Test and Replace</source>
        <translation>&amp;Probar y reemplazar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Replaced the secret of “%1”</source>
        <translation>Se reemplazó el secreto de «%1»</translation>
    </message>
    <message>
        <source>The new secret works and is now the one TokenDock keeps. You can revoke the old one in the carrier&apos;s portal.</source>
        <translation>El secreto nuevo funciona y ahora es el que guarda TokenDock. Puede revocar el anterior en el portal del transportista.</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Sin probar</translation>
    </message>
    <message>
        <source>Not replaced</source>
        <translation>No reemplazado</translation>
    </message>
    <message>
        <source>The account list could not note the new secret&apos;s date: %1</source>
        <translation>La lista de cuentas no pudo anotar la fecha del nuevo secreto: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>TokenDock carrier sandbox listening on %1</source>
        <translation>Sandbox de transportistas de TokenDock escuchando en %1</translation>
    </message>
    <message>
        <source>Sandbox credentials below are fake values that only this sandbox accepts.</source>
        <translation>Las credenciales de sandbox que siguen son valores ficticios que solo acepta este sandbox.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Fault modes (they answer every request badly, on purpose):</source>
        <translation>Modos de fallo (responden mal a todas las solicitudes, a propósito):</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>Pruébelo:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulse Ctrl+C para detenerlo.</translation>
    </message>
    <message>
        <source>Runs the built-in carrier sandbox on 127.0.0.1 in the foreground until Ctrl+C, and prints each carrier&apos;s token URL and sandbox credentials.</source>
        <translation>Ejecuta en primer plano el sandbox de transportistas integrado en 127.0.0.1 hasta pulsar Ctrl+C, y muestra la URL del token y las credenciales de sandbox de cada transportista.</translation>
    </message>
    <message>
        <source>The port to listen on (default: any free port).</source>
        <translation>El puerto en el que escuchar (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1 port %1.</source>
        <translation>El sandbox no pudo escuchar en el puerto %1 de 127.0.0.1.</translation>
    </message>
    <message>
        <source>Another program probably uses that port; choose another with --port, or leave it out to take any free one.</source>
        <translation>Probablemente otro programa usa ese puerto; elija otro con --port, u omítalo para usar cualquiera libre.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox detenido.</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>sin cuerpo</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>cuerpo JSON</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>cuerpo de formulario</translation>
    </message>
    <message>
        <source>client id and secret in the headers %1 and %2</source>
        <extracomment>%1 and %2 are HTTP header names, e.g. X-DPD-CLIENTID and X-DPD-CLIENTSECRET</extracomment>
        <translation>ID y secreto de cliente en las cabeceras %1 y %2</translation>
    </message>
    <message>
        <source>client id and secret with HTTP Basic</source>
        <translation>ID y secreto de cliente con HTTP Basic</translation>
    </message>
    <message>
        <source>client id and secret with HTTP Basic or in the body as %1 and %2</source>
        <translation>ID y secreto de cliente con HTTP Basic o en el cuerpo como %1 y %2</translation>
    </message>
    <message>
        <source>client id and secret in the body as %1 and %2</source>
        <extracomment>%1 and %2 are request body field names, e.g. client_id and client_secret</extracomment>
        <translation>ID y secreto de cliente en el cuerpo como %1 y %2</translation>
    </message>
    <message>
        <source>%1 (the client id)</source>
        <extracomment>%1 is an HTTP header name whose value must be the client id, e.g. Consumer-Key</extracomment>
        <translation>%1 (el ID de cliente)</translation>
    </message>
    <message>
        <source>also the headers %1</source>
        <extracomment>%1 lists HTTP header names, e.g. X-DPD-BUCODE</extracomment>
        <translation>también las cabeceras %1</translation>
    </message>
    <message>
        <source>also the body fields %1</source>
        <extracomment>%1 lists request body fields, e.g. audience=https://inavisphere.chrobinson.com</extracomment>
        <translation>también los campos del cuerpo %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Probe URL</source>
        <translation>URL de sondeo</translation>
    </message>
    <message>
        <source>jwks-wrong-key, foreign-issuer and rotate-keys hand out good tokens whose signing keys are at fault: published wrong, at an issuer on another site, or new with every token; “tokendock test” shows the signature check.</source>
        <translation>jwks-wrong-key, foreign-issuer y rotate-keys entregan tokens válidos cuyas claves de firma fallan: publicadas mal, en un emisor de otro sitio o nuevas con cada token; «tokendock test» muestra la comprobación de la firma.</translation>
    </message>
    <message>
        <source>Probe fault modes (probe URLs whose API answers badly):</source>
        <translation>Modos de fallo del sondeo (URL de sondeo cuya API responde mal):</translation>
    </message>
    <message>
        <source>Run the sandbox&apos;s clock this many seconds ahead of this computer&apos;s (behind when negative), as a carrier whose clock is off; its Date headers and tokens follow it.</source>
        <translation>Adelantar el reloj del sandbox este número de segundos respecto al de este equipo (atrasarlo si es negativo), como un transportista con el reloj desajustado; sus cabeceras Date y sus tokens lo siguen.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock reads %1 UTC.</source>
        <translation>El reloj del sandbox marca %1 UTC.</translation>
    </message>
</context>
<context>
    <name>ScopeChips</name>
    <message>
        <source>Scope %1</source>
        <translation>Ámbito %1</translation>
    </message>
</context>
<context>
    <name>SecretDate</name>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, e.g. 2027-01-05, not “%2”.</source>
        <translation>--%1 requiere un día con el formato YYYY-MM-DD (p. ej., 2027-01-05), no «%2».</translation>
    </message>
</context>
<context>
    <name>SecretExpiryEditor</name>
    <message>
        <source>Secret expiry date</source>
        <translation>Fecha de caducidad del secreto</translation>
    </message>
    <message>
        <source>The carrier says the secret e&amp;xpires on</source>
        <translation>Según el t&amp;ransportista, el secreto caduca el</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show or hide</source>
        <translation>Mostrar u ocultar</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Ocultar el secreto</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Guardado en el llavero; escriba para reemplazarlo</translation>
    </message>
</context>
<context>
    <name>SecretLife</name>
    <message>
        <source>set today</source>
        <translation>establecido hoy</translation>
    </message>
    <message numerus="yes">
        <source>set %n day(s) ago</source>
        <translation>
            <numerusform>establecido hace %n día</numerusform>
            <numerusform>establecido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>has not worked yet</source>
        <translation>aún no ha funcionado</translation>
    </message>
    <message>
        <source>last worked today</source>
        <translation>funcionó por última vez hoy</translation>
    </message>
    <message numerus="yes">
        <source>last worked %n day(s) ago</source>
        <translation>
            <numerusform>funcionó por última vez hace %n día</numerusform>
            <numerusform>funcionó por última vez hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Secreto: %1</translation>
    </message>
    <message>
        <source>No secret entered yet</source>
        <translation>Aún no se ha introducido ningún secreto</translation>
    </message>
    <message numerus="yes">
        <source>Secret set %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Secreto establecido el %1 (hace %n día)</numerusform>
            <numerusform>Secreto establecido el %1 (hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret expires %1</source>
        <translation>El secreto caduca el %1</translation>
    </message>
    <message>
        <source>Secret expiry: not entered</source>
        <translation>Caducidad del secreto: sin indicar</translation>
    </message>
    <message>
        <source>Last worked %1</source>
        <translation>Funcionó por última vez el %1</translation>
    </message>
    <message>
        <source>Not seen working yet</source>
        <translation>Aún no se ha visto funcionar</translation>
    </message>
    <message>
        <source>secret expired</source>
        <translation>secreto caducado</translation>
    </message>
    <message>
        <source>secret expires today</source>
        <translation>el secreto caduca hoy</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>caduca en %n día</numerusform>
            <numerusform>caduca en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not working for %n day(s)</source>
        <translation>
            <numerusform>sin funcionar desde hace %n día</numerusform>
            <numerusform>sin funcionar desde hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretLifeText</name>
    <message>
        <source>secret age unknown</source>
        <translation>antigüedad del secreto desconocida</translation>
    </message>
    <message>
        <source>secret set today</source>
        <translation>secreto establecido hoy</translation>
    </message>
    <message numerus="yes">
        <source>secret %n days old</source>
        <translation>
            <numerusform>secreto con %n día de antigüedad</numerusform>
            <numerusform>secreto con %n días de antigüedad</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today (%1)</source>
        <translation>caduca hoy (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expires %1, in %n days</source>
        <translation>
            <numerusform>caduca el %1, dentro de %n día</numerusform>
            <numerusform>caduca el %1, dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n days ago (%1)</source>
        <translation>
            <numerusform>caducó hace %n día (%1)</numerusform>
            <numerusform>caducó hace %n días (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>last worked %1</source>
        <translation>funcionó por última vez el %1</translation>
    </message>
    <message>
        <source>not seen working yet</source>
        <translation>aún no se ha visto funcionar</translation>
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
        <translation>El secreto de «%1» caducó el %2: rótelo con el nuevo del portal del transportista.</translation>
    </message>
    <message>
        <source>The secret of “%1” expires today (%2): rotate it now.</source>
        <translation>El secreto de «%1» caduca hoy (%2): rótelo ahora.</translation>
    </message>
    <message numerus="yes">
        <source>The secret of “%1” expires in %n day(s), on %2: rotate it before then.</source>
        <translation>
            <numerusform>El secreto de «%1» caduca dentro de %n día, el %2: rótelo antes.</numerusform>
            <numerusform>El secreto de «%1» caduca dentro de %n días, el %2: rótelo antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has not worked in %n day(s) of tests: check its secret and settings.</source>
        <translation>
            <numerusform>«%1» no ha funcionado en %n día de pruebas: revise su secreto y su configuración.</numerusform>
            <numerusform>«%1» no ha funcionado en %n días de pruebas: revise su secreto y su configuración.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” last worked %n day(s) ago: check its secret, or rotate it if the carrier issued a new one.</source>
        <translation>
            <numerusform>«%1» funcionó por última vez hace %n día: revise su secreto, o rótelo si el transportista emitió uno nuevo.</numerusform>
            <numerusform>«%1» funcionó por última vez hace %n días: revise su secreto, o rótelo si el transportista emitió uno nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRotation</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>The new secret is empty.</source>
        <translation>El secreto nuevo está vacío.</translation>
    </message>
    <message>
        <source>Paste the new secret from the carrier&apos;s portal.</source>
        <translation>Pegue el secreto nuevo del portal del transportista.</translation>
    </message>
    <message>
        <source>“%1” has no secret field “%2”.</source>
        <translation>«%1» no tiene ningún campo secreto «%2».</translation>
    </message>
    <message>
        <source>Leave the field out to rotate the client secret, or name one `tokendock carriers CARRIER` lists as secret.</source>
        <translation>Omita el campo para rotar el secreto de cliente, o indique uno que `tokendock carriers CARRIER` muestre como secreto.</translation>
    </message>
    <message>
        <source>Another rotation of this account is still under way, so the secret was not changed.</source>
        <translation>Aún hay otra rotación de esta cuenta en curso, así que no se cambió el secreto.</translation>
    </message>
    <message>
        <source>The rotation lock %1 could not be made, so the secret was not changed.</source>
        <translation>No se pudo crear el bloqueo de rotación %1, así que no se cambió el secreto.</translation>
    </message>
    <message>
        <source>Try again in a minute; the secret stored now still works.</source>
        <translation>Vuelva a intentarlo dentro de un minuto; el secreto guardado ahora sigue funcionando.</translation>
    </message>
    <message>
        <source>The account was changed or removed elsewhere while the new secret was tried, so it was not saved.</source>
        <translation>La cuenta se cambió o se eliminó en otro lugar mientras se probaba el nuevo secreto, así que no se guardó.</translation>
    </message>
    <message>
        <source>Check the account as it is now and rotate again.</source>
        <translation>Revise la cuenta tal como está ahora y vuelva a rotar el secreto.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>el Llavero de macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this account; enter it and save.</source>
        <translation>No hay ningún secreto guardado en el llavero para esta cuenta; introdúzcalo y guarde.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access; unlock it and retry.</source>
        <translation>El llavero está bloqueado o denegó el acceso; desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; check that it is not waiting for a password prompt, then retry.</source>
        <translation>El llavero no respondió a tiempo; compruebe que no esté esperando a que se introduzca una contraseña y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain reported an error; retry, or restart the keychain service.</source>
        <translation>El llavero informó de un error; vuelva a intentarlo o reinicie el servicio de llavero.</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1); retry, or restart the keychain service.</source>
        <translation>El llavero informó de un error (%1); vuelva a intentarlo o reinicie el servicio de llavero.</translation>
    </message>
    <message>
        <source>The keychain refused TokenDock access; allow it in your keyring or password manager, then retry.</source>
        <translation>El llavero denegó el acceso a TokenDock; permítalo en su llavero o gestor de contraseñas y vuelva a intentarlo.</translation>
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
        <translation>el llavero del sistema (Secret Service: GNOME Keyring, KWallet o KeePassXC)</translation>
    </message>
    <message>
        <source>No keychain service is running. Start GNOME Keyring, KWallet, or KeePassXC with Secret Service Integration on, then retry.</source>
        <translation>No se está ejecutando ningún servicio de llavero. Inicie GNOME Keyring, KWallet o KeePassXC con la integración con Secret Service activada y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep the last token of each account in the keychain</source>
        <translation>Guardar el último token de cada cuenta en el llavero</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Iniciar minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation>Iniciar al abrir la sesión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Vaciar el portapapeles tras</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Tiempo de espera de la solicitud</translation>
    </message>
    <message>
        <source>Refresh margin</source>
        <translation>Margen de renovación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>C&amp;lear copied tokens after</source>
        <translation>&amp;Vaciar los tokens copiados tras</translation>
    </message>
    <message>
        <source>Only if the clipboard still holds the token. Never: keep it until you copy something else.</source>
        <translation>Solo si el portapapeles aún contiene el token. Nunca: se conserva hasta que copie otra cosa.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Tiempo de espera de la solicitud</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Refresh margin</source>
        <translation>Margen de &amp;renovación</translation>
    </message>
    <message>
        <source>Copying renews a token that would expire within this time; the list marks it as expiring.</source>
        <translation>Al copiar, se renueva un token que caducaría dentro de este tiempo; la lista lo marca como por caducar.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Inicio al abrir la sesión</translation>
    </message>
    <message>
        <source>Start with the window minimized</source>
        <translation>Iniciar con la ventana minimizada</translation>
    </message>
    <message>
        <source>Closing the window keeps TokenDock in the tray.</source>
        <translation>Al cerrar la ventana, TokenDock sigue en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so TokenDock stays a normal window: closing it quits, and it starts minimized instead of in the tray.</source>
        <translation>Este escritorio no muestra la bandeja del sistema, así que TokenDock es una ventana normal: al cerrarla, la aplicación se cierra, y se inicia minimizada en lugar de en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>&amp;Warn this many days before a secret expires</source>
        <translation>&amp;Avisar esta cantidad de días antes de que caduque un secreto</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Only on the day</source>
        <translation>Solo el mismo día</translation>
    </message>
    <message>
        <source>Days of warning before a secret expires</source>
        <translation>Días de aviso antes de que caduque un secreto</translation>
    </message>
    <message>
        <source>Report an account as &amp;not working after</source>
        <translation>Indicar que una cuenta &amp;no funciona tras</translation>
    </message>
    <message>
        <source> days of failures</source>
        <translation> días de fallos</translation>
    </message>
    <message>
        <source>Days of failures before an account is reported</source>
        <translation>Días de fallos antes de indicar que una cuenta no funciona</translation>
    </message>
</context>
<context>
    <name>ShapeEditor</name>
    <message>
        <source>How this provider&apos;s token exchange differs from OAuth 2.0. Leave what you do not know as it is.</source>
        <translation>En qué se aparta de OAuth 2.0 el intercambio de token de este proveedor. Deje como está lo que no sepa.</translation>
    </message>
    <message>
        <source>Method and body</source>
        <translation>Método y cuerpo</translation>
    </message>
    <message>
        <source>Grant type parameter</source>
        <translation>Parámetro del tipo de concesión</translation>
    </message>
    <message>
        <source>Credential headers</source>
        <translation>Cabeceras de credenciales</translation>
    </message>
    <message>
        <source>Credential fields</source>
        <translation>Campos de credenciales</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>Cabecera de la clave de API</translation>
    </message>
    <message>
        <source>Token from</source>
        <translation>Origen del token</translation>
    </message>
    <message>
        <source>Expires in / at</source>
        <translation>Vida útil / caducidad</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>API calls send</source>
        <translation>Las llamadas a la API envían</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>Método de la solicitud</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Form body</source>
        <translation>Cuerpo de formulario</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>Cuerpo JSON</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Sin cuerpo</translation>
    </message>
    <message>
        <source>empty: no grant type is sent</source>
        <translation>vacío: no se envía tipo de concesión</translation>
    </message>
    <message>
        <source>Client id header name</source>
        <translation>Nombre de la cabecera del ID de cliente</translation>
    </message>
    <message>
        <source>Client id field name</source>
        <translation>Nombre del campo del ID de cliente</translation>
    </message>
    <message>
        <source>Client secret header name</source>
        <translation>Nombre de la cabecera del secreto de cliente</translation>
    </message>
    <message>
        <source>Client secret field name</source>
        <translation>Nombre del campo del secreto de cliente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Also send on API calls</source>
        <translation>Enviar también en las llamadas a la API</translation>
    </message>
    <message>
        <source>Renew with it</source>
        <translation>Usarlo para renovar</translation>
    </message>
    <message>
        <source>Ask for the next token with the refresh token (grant type refresh_token) before the credentials, where the provider documents it.</source>
        <translation>Pedir el siguiente token con el token de actualización (tipo de concesión refresh_token) antes que con las credenciales, si el proveedor lo documenta.</translation>
    </message>
    <message>
        <source>JSON path</source>
        <translation>Ruta JSON</translation>
    </message>
    <message>
        <source>Response header</source>
        <translation>Cabecera de respuesta</translation>
    </message>
    <message>
        <source>Where the token comes back</source>
        <translation>Dónde vuelve el token</translation>
    </message>
    <message>
        <source>Token header name</source>
        <translation>Nombre de la cabecera del token</translation>
    </message>
    <message>
        <source>Token JSON path</source>
        <translation>Ruta JSON del token</translation>
    </message>
    <message>
        <source>Expires-in path</source>
        <translation>Ruta de la vida útil</translation>
    </message>
    <message>
        <source>expires in (seconds): none</source>
        <translation>vida útil (segundos): ninguna</translation>
    </message>
    <message>
        <source>Expiry time path</source>
        <translation>Ruta de la hora de caducidad</translation>
    </message>
    <message>
        <source>expiry time: none</source>
        <translation>hora de caducidad: ninguna</translation>
    </message>
    <message>
        <source>Header API calls carry the token in</source>
        <translation>Cabecera en la que las llamadas a la API llevan el token</translation>
    </message>
    <message>
        <source>Scheme before the token</source>
        <translation>Esquema delante del token</translation>
    </message>
    <message>
        <source>no scheme: the token alone</source>
        <translation>sin esquema: solo el token</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message numerus="yes">
        <source>Advanced (%n changed)</source>
        <translation>
            <numerusform>Avanzado (%n cambio)</numerusform>
            <numerusform>Avanzado (%n cambios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the response header that carries the token.</source>
        <translation>Introduzca la cabecera de respuesta que lleva el token.</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>Signature not checked</source>
        <translation>Firma sin comprobar</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Firma verificada</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Firma no válida</translation>
    </message>
    <message>
        <source>Cannot verify the signature</source>
        <translation>No se puede verificar la firma</translation>
    </message>
    <message>
        <source>Unsigned token</source>
        <translation>Token sin firmar</translation>
    </message>
    <message>
        <source>Signed with a shared secret</source>
        <translation>Firmado con un secreto compartido</translation>
    </message>
    <message>
        <source>The token expired at %1 (“exp”).</source>
        <translation>El token caducó el %1 («exp»).</translation>
    </message>
    <message>
        <source>The token is not valid before %1 (“nbf”).</source>
        <translation>El token no es válido antes del %1 («nbf»).</translation>
    </message>
    <message>
        <source>The token says it was issued in the future, at %1 (“iat”).</source>
        <translation>El token dice que se emitió en el futuro, el %1 («iat»).</translation>
    </message>
    <message>
        <source>The token is not meant for %1 (“aud”).</source>
        <translation>El token no está destinado a %1 («aud»).</translation>
    </message>
    <message>
        <source>The token names the issuer “%1”, but its discovery document says “%2” (“iss”).</source>
        <translation>El token indica el emisor «%1», pero su documento de descubrimiento indica «%2» («iss»).</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The token names the key “%1”, which %2 does not hold.</source>
        <translation>El token indica la clave «%1», que %2 no contiene.</translation>
    </message>
    <message>
        <source>The signature does not match the key; the token was changed or signed with another key.</source>
        <translation>La firma no coincide con la clave; el token se modificó o se firmó con otra clave.</translation>
    </message>
    <message>
        <source>The token says %1, but the key is %2 and does not fit that algorithm (or its JWK names another “alg”).</source>
        <translation>El token indica %1, pero la clave es %2 y no corresponde a ese algoritmo (o su JWK indica otro «alg»).</translation>
    </message>
    <message>
        <source>The token names the issuer %1, which is neither at the token URL&apos;s site nor one the preset lists; TokenDock did not fetch its keys.</source>
        <translation>El token indica el emisor %1, que no está en el sitio de la URL del token ni figura en el preajuste; TokenDock no obtuvo sus claves.</translation>
    </message>
    <message>
        <source>The token is not signed (“alg”: none); anyone could have written it.</source>
        <translation>El token no está firmado («alg»: none); cualquiera podría haberlo escrito.</translation>
    </message>
    <message>
        <source>The token is signed with a secret only the carrier holds (%1); it cannot be checked without it.</source>
        <translation>El token está firmado con un secreto que solo tiene el transportista (%1); sin él no se puede comprobar.</translation>
    </message>
    <message>
        <source>TokenDock does not check %1 signatures.</source>
        <translation>TokenDock no comprueba firmas %1.</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>clave de la cuenta</translation>
    </message>
    <message>
        <source>preset key</source>
        <translation>clave del preajuste</translation>
    </message>
    <message>
        <source>No key to check it with: the token names no issuer and neither the account nor the preset has a JWKS URL or key. Ask the carrier for its public key or JWKS URL and add it to the account.</source>
        <translation>No hay ninguna clave con la que comprobarlo: el token no indica ningún emisor y ni la cuenta ni el preajuste tienen una URL de JWKS o una clave. Pida al transportista su clave pública o su URL de JWKS y añádala a la cuenta.</translation>
    </message>
    <message>
        <source>The issuer&apos;s discovery document could not be fetched: %1</source>
        <translation>No se pudo obtener el documento de descubrimiento del emisor: %1</translation>
    </message>
    <message>
        <source>%1 publishes no JWKS URL (“jwks_uri”) in its discovery document.</source>
        <translation>%1 no publica ninguna URL de JWKS («jwks_uri») en su documento de descubrimiento.</translation>
    </message>
    <message>
        <source>The carrier&apos;s keys could not be fetched: %1</source>
        <translation>No se pudieron obtener las claves del transportista: %1</translation>
    </message>
</context>
<context>
    <name>SigningKeysEditor</name>
    <message>
        <source>Signature keys</source>
        <translation>Claves de firma</translation>
    </message>
    <message>
        <source>Where the keys that check this account&apos;s token signatures come from. TokenDock finds them itself when the carrier publishes OpenID discovery at its token URL&apos;s site; otherwise enter its issuer, JWKS URL or public key. Public keys are not secrets.</source>
        <translation>De dónde proceden las claves que comprueban las firmas de los tokens de esta cuenta. TokenDock las encuentra por sí mismo cuando el transportista publica el descubrimiento OpenID en el sitio de su URL de token; si no, introduzca su emisor, su URL de JWKS o su clave pública. Las claves públicas no son secretos.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>URL de JWKS</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
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
        <translation>-----BEGIN PUBLIC KEY----- … o un JWK</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>TokenDock is running but did not answer in time.</source>
        <translation>TokenDock está en ejecución, pero no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Another TokenDock is already running.</source>
        <translation>Ya hay otro TokenDock en ejecución.</translation>
    </message>
    <message>
        <source>Not ready yet.</source>
        <translation>Aún no está listo.</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set, so there is no private folder for the socket through which a second start reaches the running TokenDock.</source>
        <translation>XDG_RUNTIME_DIR no está definida, así que no hay una carpeta privada para el socket con el que un segundo inicio contacta con el TokenDock en ejecución.</translation>
    </message>
    <message>
        <source>%1 (XDG_RUNTIME_DIR) is not a folder.</source>
        <translation>%1 (XDG_RUNTIME_DIR) no es una carpeta.</translation>
    </message>
    <message>
        <source>%1 (XDG_RUNTIME_DIR) belongs to another user.</source>
        <translation>%1 (XDG_RUNTIME_DIR) pertenece a otro usuario.</translation>
    </message>
    <message>
        <source>%1 (XDG_RUNTIME_DIR) is open to other users (mode %2); it must be 0700.</source>
        <translation>%1 (XDG_RUNTIME_DIR) está abierta a otros usuarios (modo %2); debe ser 0700.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; TokenDock did not use it.</source>
        <translation>%1 pertenece a otro usuario; TokenDock no lo ha usado.</translation>
    </message>
    <message>
        <source>There is no private folder for the socket.</source>
        <translation>No hay una carpeta privada para el socket.</translation>
    </message>
</context>
<context>
    <name>SkippedPresetFiles</name>
    <message numerus="yes">
        <source>%n preset files were not loaded.</source>
        <translation>
            <numerusform>No se cargó %n archivo de preajuste.</numerusform>
            <numerusform>No se cargaron %n archivos de preajuste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide why</source>
        <translation>Ocultar motivos</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>Mostrar motivos</translation>
    </message>
    <message>
        <source>Why preset files were not loaded</source>
        <translation>Por qué no se cargaron los archivos de preajuste</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
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
        <translation>opaco</translation>
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
        <translation>Informe de soporte de TokenDock</translation>
    </message>
    <message>
        <source>TokenDock version</source>
        <translation>Versión de TokenDock</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Tipo de concesión</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Credenciales de cliente</translation>
    </message>
    <message>
        <source>HTTP Basic authentication</source>
        <translation>autenticación HTTP Basic</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>OK: token issued</source>
        <translation>OK: token emitido</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>sin respuesta HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Carrier error code</source>
        <translation>Código de error del transportista</translation>
    </message>
    <message>
        <source>Carrier message</source>
        <translation>Mensaje del transportista</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tipo de token</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Formato del token</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Vida útil</translation>
    </message>
    <message>
        <source>JWT header (signature not verified):</source>
        <translation>Cabecera JWT (firma no verificada):</translation>
    </message>
    <message>
        <source>JWT claims (signature not verified):</source>
        <translation>Claims del JWT (firma no verificada):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>from the carrier&apos;s Date header</source>
        <translation>según la cabecera Date del transportista</translation>
    </message>
    <message>
        <source>from the token&apos;s issue time</source>
        <translation>según la hora de emisión del token</translation>
    </message>
    <message>
        <source>the carrier&apos;s agrees with this computer&apos;s within a minute (%1)</source>
        <translation>el del transportista coincide con el de este equipo con un margen de un minuto (%1)</translation>
    </message>
    <message>
        <source>the carrier&apos;s is %1 ahead of this computer&apos;s (%2)</source>
        <translation>el del transportista va %1 por delante del de este equipo (%2)</translation>
    </message>
    <message>
        <source>the carrier&apos;s is %1 behind this computer&apos;s (%2)</source>
        <translation>el del transportista va %1 por detrás del de este equipo (%2)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>JWT header:</source>
        <translation>Cabecera JWT:</translation>
    </message>
    <message>
        <source>JWT claims:</source>
        <translation>Claims del JWT:</translation>
    </message>
    <message>
        <source>%1 (%2, key %3 from %4)</source>
        <translation>%1 (%2, clave %3 de %4)</translation>
    </message>
    <message>
        <source>without a kid</source>
        <translation>sin kid</translation>
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
        <translation>Sondeo de API</translation>
    </message>
    <message>
        <source>Probe URL</source>
        <translation>URL de sondeo</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>Problema del sondeo</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>Requests a new token for an account (never the cached one) and shows what the carrier answered: outcome, HTTP status, latency, token type, expiry, scopes and the decoded JWT. The token itself is never shown; “tokendock token” prints it.</source>
        <translation>Solicita un token nuevo para una cuenta (nunca el de la caché) y muestra lo que respondió el transportista: resultado, estado HTTP, latencia, tipo de token, caducidad, ámbitos y el JWT decodificado. El token en sí nunca se muestra aquí; para verlo, use «tokendock token».</translation>
    </message>
    <message>
        <source>The account to test.</source>
        <translation>La cuenta que se probará.</translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token or the secret).</source>
        <translation>Mostrar un único documento JSON (nunca contiene el token ni el secreto).</translation>
    </message>
    <message>
        <source>Print the support report: safe to paste into a ticket (the client id abbreviated, never the secret or the token).</source>
        <translation>Mostrar el informe de soporte: se puede pegar sin riesgo en una incidencia (con el ID de cliente abreviado, nunca el secreto ni el token).</translation>
    </message>
    <message>
        <source>Name the account to test.</source>
        <translation>Indique la cuenta que desea probar.</translation>
    </message>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation>Aún no hay ningún secreto de cliente guardado para «%1».</translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation>Introdúzcalo con «tokendock edit %1 --secret-stdin».</translation>
    </message>
    <message>
        <source>After the token, make the account&apos;s probe (a harmless read-only API call) even when its switch is off. A probe that does not work ends with exit code 7.</source>
        <translation>Tras el token, realizar el sondeo de la cuenta (una llamada a la API inofensiva y de solo lectura) aunque esté desactivado. Un sondeo que no funciona termina con el código de salida 7.</translation>
    </message>
    <message>
        <source>Make no probe this time; only the token.</source>
        <translation>Esta vez no sondear; solo el token.</translation>
    </message>
    <message>
        <source>Give --probe or --no-probe, not both.</source>
        <translation>Indique --probe o --no-probe, no ambos.</translation>
    </message>
    <message>
        <source>A JWT&apos;s signature is checked with the carrier&apos;s published or the account&apos;s key; exit status 8 when it does not hold, 0 when no key could be found.</source>
        <translation>La firma de un JWT se comprueba con la clave publicada del transportista o con la de la cuenta; estado de salida 8 si no es válida, 0 si no se encontró ninguna clave.</translation>
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
        <translation>OK  %1: token emitido por %2 (HTTP %3, %4 ms)</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tipo de token</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Caduca en</translation>
    </message>
    <message>
        <source>already expired</source>
        <translation>ya caducado</translation>
    </message>
    <message>
        <source>unknown: the carrier did not say</source>
        <translation>desconocido: el transportista no lo indicó</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Formato del token</translation>
    </message>
    <message>
        <source>JWT header (signature not verified):</source>
        <translation>Cabecera JWT (firma no verificada):</translation>
    </message>
    <message>
        <source>JWT claims (signature not verified):</source>
        <translation>Claims del JWT (firma no verificada):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>FAILED  %1: %2 — %3</source>
        <translation>FALLO  %1: %2 — %3</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>JWT header:</source>
        <translation>Cabecera JWT:</translation>
    </message>
    <message>
        <source>JWT claims:</source>
        <translation>Claims del JWT:</translation>
    </message>
</context>
<context>
    <name>TextPolicy</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Asigne un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>The account name holds an invisible control character (%1); use only visible characters and spaces.</source>
        <translation>El nombre de la cuenta contiene un carácter de control invisible (%1); use solo caracteres visibles y espacios.</translation>
    </message>
    <message>
        <source>The account name has %1 characters; shorten it to at most %2.</source>
        <translation>El nombre de la cuenta tiene %1 caracteres; acórtelo a %2 como máximo.</translation>
    </message>
    <message>
        <source>“%1” is not a valid HTTP header name; use letters, digits and hyphens, e.g. X-Request-Id.</source>
        <translation>«%1» no es un nombre de cabecera HTTP válido; use letras, dígitos y guiones, p. ej., X-Request-Id.</translation>
    </message>
    <message>
        <source>The value of the %1 header holds a control character (%2), such as a line break; remove it.</source>
        <translation>El valor de la cabecera %1 contiene un carácter de control (%2), como un salto de línea; elimínelo.</translation>
    </message>
    <message>
        <source>The parameter name “%1” holds a control character (%2); remove it.</source>
        <translation>El nombre de parámetro «%1» contiene un carácter de control (%2); elimínelo.</translation>
    </message>
    <message>
        <source>The value of %1 holds a control character (%2), such as a line break; remove it.</source>
        <translation>El valor de %1 contiene un carácter de control (%2), como un salto de línea; elimínelo.</translation>
    </message>
    <message>
        <source>The client id holds a control character (%1); remove it.</source>
        <translation>El ID de cliente contiene un carácter de control (%1); elimínelo.</translation>
    </message>
</context>
<context>
    <name>TokenBudget</name>
    <message>
        <source>Use the token you have, or test again at %1.</source>
        <translation>Use el token que tiene o vuelva a probar a las %1.</translation>
    </message>
    <message>
        <source>a second</source>
        <translation>por segundo</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>por minuto</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>al día</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>cada %n hora</numerusform>
            <numerusform>cada %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>cada %n minuto</numerusform>
            <numerusform>cada %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>cada %n segundo</numerusform>
            <numerusform>cada %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token requests %1</source>
        <comment>%1 is a period: a minute, every 15 minutes</comment>
        <translation>
            <numerusform>%n solicitud de token %1</numerusform>
            <numerusform>%n solicitudes de token %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 allows %2. The next one can be sent at %3.</source>
        <translation>No enviada: %1 permite %2. La próxima se puede enviar a partir de %3.</translation>
    </message>
    <message>
        <source>Not sent: TokenDock could not check %1&apos;s token budget (%2), so it does not know whether another request would exceed %3.</source>
        <translation>No enviada: TokenDock no pudo comprobar el cupo de tokens de %1 (%2), así que no sabe si otra solicitud superaría %3.</translation>
    </message>
    <message>
        <source>Try again in a moment; if this persists, check that the folder holding TokenDock&apos;s settings can be written.</source>
        <translation>Vuelva a intentarlo en un momento; si persiste, compruebe que se puede escribir en la carpeta que contiene la configuración de TokenDock.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>The account.</source>
        <translation>La cuenta.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Always request a new token.</source>
        <translation>Solicitar siempre un token nuevo.</translation>
    </message>
    <message>
        <source>Reuse the cached token only while it stays valid this many more seconds (default: the refresh margin in Settings, 60 seconds unless changed).</source>
        <translation>Reutilizar el token en caché solo mientras siga siendo válido durante este número de segundos más (predeterminado: el margen de renovación de Preferencias, 60 segundos si no se ha cambiado).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The API the curl, httpie and powershell formats call (default: the token URL&apos;s host).</source>
        <translation>La API a la que llaman los formatos curl, httpie y powershell (predeterminado: el host de la URL del token).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation>Indique la cuenta.</translation>
    </message>
    <message>
        <source>--format takes one of %1, not “%2”.</source>
        <translation>--format admite uno de estos valores: %1, no «%2».</translation>
    </message>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation>Aún no hay ningún secreto de cliente guardado para «%1».</translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation>Introdúzcalo con «tokendock edit %1 --secret-stdin».</translation>
    </message>
    <message>
        <source>Prints a usable token for an account, and only that and a newline, so H=$(tokendock token NAME --format header) works. The cached token is used while it stays valid for at least --min-valid seconds; otherwise a new one is requested and cached. When the carrier&apos;s limit on token requests is used up, the cached token is printed while it is valid at all, with a note; else nothing is sent until --force.</source>
        <translation>Muestra un token utilizable para una cuenta, y solo eso y un salto de línea, para que H=$(tokendock token NAME --format header) funcione. Se usa el token en caché mientras siga siendo válido durante al menos --min-valid segundos; si no, se solicita uno nuevo y se guarda en caché. Cuando se agota el límite de solicitudes de token del transportista, se muestra el token en caché, con una nota, mientras siga siendo válido; si no, no se envía nada sin --force.</translation>
    </message>
    <message>
        <source>What to print: %1 (default: token). The header is the one the carrier&apos;s API calls use (Authorization: Bearer …, or its own header); where API calls need more headers (Maersk Consumer-Key, Estes apikey), header prints one a line and the other formats carry them all.</source>
        <translation>Qué mostrar: %1 (predeterminado: token). La cabecera es la que usan las llamadas a la API del transportista (Authorization: Bearer … o su propia cabecera); cuando las llamadas a la API necesitan más cabeceras (Maersk Consumer-Key, Estes apikey), header muestra una por línea y los demás formatos las incluyen todas.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>TokenError</name>
    <message>
        <source>The carrier said: “%1”.</source>
        <translation>El transportista respondió: «%1».</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Check the account settings</source>
        <translation>Compruebe la configuración de la cuenta</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Credenciales rechazadas</translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation>Error del transportista</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Unusable response</source>
        <translation>Respuesta no utilizable</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Correct that setting and try again.</source>
        <translation>Corrija ese valor de la configuración y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the client id and secret, and that they belong to this environment.</source>
        <translation>Compruebe el ID y el secreto de cliente, y que pertenezcan a este entorno.</translation>
    </message>
    <message>
        <source>Check the token URL and the account&apos;s extra fields; if they are right, the carrier may be having trouble, so try again later.</source>
        <translation>Compruebe la URL del token y los campos adicionales de la cuenta; si son correctos, puede que el transportista tenga problemas, así que vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Check your internet connection, VPN or proxy, and the host name in the token URL.</source>
        <translation>Compruebe su conexión a Internet, la VPN o el proxy, y el nombre de host de la URL del token.</translation>
    </message>
    <message>
        <source>Check the token URL&apos;s host name; a company proxy that inspects TLS needs its certificate installed in the system.</source>
        <translation>Compruebe el nombre de host de la URL del token; un proxy corporativo que inspecciona TLS necesita su certificado instalado en el sistema.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or allow a longer request timeout.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, compruebe la red o aumente el tiempo de espera de la solicitud.</translation>
    </message>
    <message>
        <source>Check that the token URL points at the carrier&apos;s token endpoint, not a web page.</source>
        <translation>Compruebe que la URL del token apunta al endpoint de token del transportista, no a una página web.</translation>
    </message>
    <message>
        <source>Unlock or start the system keychain, then try again.</source>
        <translation>Desbloquee o inicie el llavero del sistema y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, please report it.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, notifíquelo.</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Aún no enviada</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message numerus="yes">
        <source>The token looks like a JWT but is too long to decode (%n bytes).</source>
        <translation>
            <numerusform>El token parece un JWT, pero es demasiado largo para decodificarlo (%n byte).</numerusform>
            <numerusform>El token parece un JWT, pero es demasiado largo para decodificarlo (%n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has three dot-separated parts, but they are not valid base64url-encoded JSON, so it is treated as opaque.</source>
        <translation>El token tiene tres partes separadas por puntos, pero no son JSON válido codificado en base64url, así que se trata como opaco.</translation>
    </message>
    <message>
        <source>The token&apos;s signature part is not valid base64url, so it is treated as opaque.</source>
        <translation>La parte de la firma del token no es base64url válido, así que se trata como opaco.</translation>
    </message>
    <message>
        <source>The token&apos;s &quot;exp&quot; claim is not a valid time and was ignored.</source>
        <translation>El claim «exp» del token no es una hora válida y se ignoró.</translation>
    </message>
</context>
<context>
    <name>TokenLedger</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>another TokenDock kept %1 locked</source>
        <translation>otro TokenDock mantenía %1 bloqueado</translation>
    </message>
    <message>
        <source>%1 cannot be locked</source>
        <translation>no se puede bloquear %1</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is not a token ledger this TokenDock can read; remove it if no other TokenDock is running</source>
        <translation>%1 no es un registro de tokens que este TokenDock pueda leer; elimínelo si no se está ejecutando ningún otro TokenDock</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>TokenReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Introduzca el ID de cliente.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Introduzca el secreto de cliente.</translation>
    </message>
    <message>
        <source>an unreadable address</source>
        <translation>una dirección ilegible</translation>
    </message>
    <message>
        <source>%1 redirected the token request to %2 (HTTP %3); TokenDock did not follow it.</source>
        <translation>%1 redirigió la solicitud del token a %2 (HTTP %3); TokenDock no siguió la redirección.</translation>
    </message>
    <message>
        <source>%1 redirected the token request to another site, %2 (HTTP %3); TokenDock did not follow it, so your credentials were not sent there.</source>
        <translation>%1 redirigió la solicitud del token a otro sitio, %2 (HTTP %3); TokenDock no siguió la redirección, así que sus credenciales no se enviaron allí.</translation>
    </message>
    <message>
        <source>If the new address is the carrier&apos;s real token endpoint, set it as the token URL.</source>
        <translation>Si la nueva dirección es el endpoint de token real del transportista, establézcala como URL del token.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo.</numerusform>
            <numerusform>%1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2 KiB, far more than any token response; TokenDock stopped reading it.</source>
        <translation>La respuesta de %1 supera los %2 KiB, mucho más que cualquier respuesta de token; TokenDock dejó de leerla.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>Falló la conexión segura con %1: %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing is listening at that address and port.</source>
        <translation>%1 rechazó la conexión; no hay nada escuchando en esa dirección y puerto.</translation>
    </message>
    <message>
        <source>Start the local service or sandbox that should answer there, or correct the port in the token URL.</source>
        <translation>Inicie el servicio local o el sandbox que debería responder ahí, o corrija el puerto en la URL del token.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found.</source>
        <translation>No se encontró el nombre de host %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the response was complete.</source>
        <translation>%1 cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>%1 stopped sending data.</source>
        <translation>%1 dejó de enviar datos.</translation>
    </message>
    <message>
        <source>The proxy refused or dropped the connection to %1 (%2).</source>
        <translation>El proxy rechazó o cortó la conexión con %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Falló la conexión con %1: %2.</translation>
    </message>
    <message>
        <source>%1 is deprecated; use %2 instead.</source>
        <translation>%1 está obsoleto; use %2 en su lugar.</translation>
    </message>
    <message>
        <source>%1 marks this token endpoint as deprecated; check its documentation for the new address.</source>
        <translation>%1 marca este endpoint de token como obsoleto; consulte su documentación para conocer la nueva dirección.</translation>
    </message>
    <message>
        <source>%1 sent a compressed (%2) response although TokenDock asked for an uncompressed one; it was not unpacked.</source>
        <translation>%1 envió una respuesta comprimida (%2) aunque TokenDock pidió una sin comprimir; no se descomprimió.</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>The token endpoint</source>
        <translation>El endpoint de token</translation>
    </message>
    <message>
        <source>The value for the %1 header holds a line break.</source>
        <translation>El valor de la cabecera %1 contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The client secret holds a line break.</source>
        <translation>El secreto de cliente contiene un salto de línea.</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>an empty body</source>
        <translation>un cuerpo vacío</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>una página web</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>data that is not a JSON object</source>
        <translation>datos que no son un objeto JSON</translation>
    </message>
    <message>
        <source>%1 rejected the client credentials (HTTP %2).</source>
        <translation>%1 rechazó las credenciales de cliente (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a token.</source>
        <translation>%1 respondió HTTP %2 en lugar de un token.</translation>
    </message>
    <message>
        <source>The carrier does not allow this client the requested grant type; ask the carrier to enable client credentials.</source>
        <translation>El transportista no permite a este cliente el tipo de concesión solicitado; pida al transportista que habilite el tipo de concesión client_credentials.</translation>
    </message>
    <message>
        <source>Check the scope field: the carrier refused one of the scopes.</source>
        <translation>Compruebe el campo Ámbito: el transportista rechazó uno de los ámbitos.</translation>
    </message>
    <message>
        <source>The endpoint does not support this grant type; check the token URL and grant type.</source>
        <translation>El endpoint no admite este tipo de concesión; compruebe la URL del token y el tipo de concesión.</translation>
    </message>
    <message>
        <source>Check the token URL: the carrier has no token endpoint at that address.</source>
        <translation>Compruebe la URL del token: el transportista no tiene ningún endpoint de token en esa dirección.</translation>
    </message>
    <message>
        <source>The carrier is rate limiting token requests; wait a minute and reuse the token you have.</source>
        <translation>El transportista está limitando la frecuencia de las solicitudes de token; espere un minuto y reutilice el token que ya tiene.</translation>
    </message>
    <message>
        <source>The carrier&apos;s server failed; try again in a few minutes.</source>
        <translation>El servidor del transportista falló; vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 instead of a JSON token response.</source>
        <translation>%1 respondió HTTP %2 con %3 en lugar de una respuesta de token JSON.</translation>
    </message>
    <message>
        <source>The response has no token_type; TokenDock assumes Bearer.</source>
        <translation>La respuesta no contiene token_type; TokenDock supone Bearer.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>%1 issued a token with an unusable lifetime (expires_in is %2).</source>
        <translation>%1 emitió un token con una vida útil no utilizable (expires_in es %2).</translation>
    </message>
    <message numerus="yes">
        <source>expires_in arrived as text (&quot;%1&quot;); read as %n seconds.</source>
        <translation>
            <numerusform>expires_in llegó como texto («%1»); se interpretó como %n segundo.</numerusform>
            <numerusform>expires_in llegó como texto («%1»); se interpretó como %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is an unsigned JWT (alg &quot;none&quot;); APIs should reject it.</source>
        <translation>El token es un JWT sin firmar (alg «none»); las API deberían rechazarlo.</translation>
    </message>
    <message>
        <source>The carrier did not say when the token expires.</source>
        <translation>El transportista no indicó cuándo caduca el token.</translation>
    </message>
    <message>
        <source>JSON that breaks off or is malformed</source>
        <translation>JSON incompleto o mal formado</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a token type TokenDock cannot use safely: it holds characters a token type never has.</source>
        <translation>%1 respondió HTTP %2 con un tipo de token que TokenDock no puede usar de forma segura: contiene caracteres que un tipo de token nunca lleva.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a token TokenDock cannot use safely: it holds spaces or characters a token never has.</source>
        <translation>%1 respondió HTTP %2 con un token que TokenDock no puede usar de forma segura: contiene espacios o caracteres que un token nunca lleva.</translation>
    </message>
    <message>
        <source>Check that the token URL is the carrier&apos;s own token endpoint; if it is, contact the carrier: its token endpoint sent a value no API accepts.</source>
        <translation>Compruebe que la URL del token sea el propio endpoint de token del transportista; si lo es, póngase en contacto con el transportista: su endpoint de token envió un valor que ninguna API acepta.</translation>
    </message>
    <message>
        <source>%1 issued a token with an unusable expiry time (%2 is %3).</source>
        <translation>%1 emitió un token con una hora de caducidad no utilizable (%2 es %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the response has no %3 header.</source>
        <translation>%1 respondió HTTP %2, pero la respuesta no contiene la cabecera %3.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the response has no %3.</source>
        <translation>%1 respondió HTTP %2, pero la respuesta no contiene %3.</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>“%1” has no secret for its current settings, so nothing was sent.</source>
        <translation>«%1» no tiene secreto para su configuración actual, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Check the account&apos;s token URL, then enter its client secret.</source>
        <translation>Compruebe la URL del token de la cuenta y luego introduzca su secreto de cliente.</translation>
    </message>
    <message>
        <source>The account needs its secret entered again.</source>
        <translation>Hay que volver a introducir el secreto de la cuenta.</translation>
    </message>
    <message>
        <source>The cached token was handed out although it stays valid for only %1 more: %2</source>
        <translation>Se entregó el token en caché aunque solo seguirá siendo válido %1 más: %2</translation>
    </message>
    <message>
        <source>The token works but was not cached: %1</source>
        <translation>El token funciona, pero no se guardó en caché: %1</translation>
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
        <translation>Aún no hay token</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostrar el token</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Mostrar u ocultar el token</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Detalles del token</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Token decodificado</translation>
    </message>
    <message>
        <source>Raw response, token values redacted</source>
        <translation>Respuesta sin procesar, valores de token ocultos</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Respuesta sin procesar</translation>
    </message>
    <message>
        <source>%1 (sent as %2)</source>
        <translation>%1 (enviado como %2)</translation>
    </message>
    <message>
        <source>JWT · %1</source>
        <translation>JWT · %1</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>sin algoritmo</translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation>Opaco</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>SCOPES: NONE STATED</source>
        <translation>ÁMBITOS: NINGUNO INDICADO</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>ÁMBITOS</translation>
    </message>
    <message>
        <source>Decoded for information only: the signature is not verified. Never trust these claims for access decisions.</source>
        <translation>Decodificado solo a título informativo: la firma no se verifica. No confíe nunca en estos claims para decisiones de acceso.</translation>
    </message>
    <message>
        <source>This token is not signed at all (alg “none”).</source>
        <translation>Este token no está firmado en absoluto (alg «none»).</translation>
    </message>
    <message>
        <source>No token to decode yet.</source>
        <translation>Aún no hay ningún token que decodificar.</translation>
    </message>
    <message>
        <source>No response arrived.</source>
        <translation>No llegó ninguna respuesta.</translation>
    </message>
    <message>
        <source>No response yet in this session.</source>
        <translation>Aún no hay respuesta en esta sesión.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Token values are replaced by a marker.</source>
        <translation>Los valores de token se sustituyen por un marcador.</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Ocultar el token</translation>
    </message>
    <message numerus="yes">
        <source>  (%n characters)</source>
        <translation>
            <numerusform>  (%n carácter)</numerusform>
            <numerusform>  (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested refresh: %1.</source>
        <translation>Renovación sugerida: %1.</translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation>Caducidad desconocida</translation>
    </message>
    <message>
        <source>The last test returned no token; the banner above says why. Test again (%1) once it is fixed.</source>
        <translation>La última prueba no devolvió ningún token; el aviso de arriba indica por qué. Vuelva a probar (%1) cuando esté corregido.</translation>
    </message>
    <message>
        <source>Test the account (%1) to request a token from %2. Its expiry, scopes and decoded claims appear here.</source>
        <translation>Pruebe la cuenta (%1) para solicitar un token a %2. Aquí aparecerán su caducidad, sus ámbitos y sus claims decodificados.</translation>
    </message>
    <message>
        <source>Expiry source</source>
        <translation>Origen de la caducidad</translation>
    </message>
    <message>
        <source>This token is opaque: it carries no readable claims, so there is nothing to decode.%1</source>
        <translation>Este token es opaco: no contiene claims legibles, así que no hay nada que decodificar.%1</translation>
    </message>
    <message>
        <source>from expires_in</source>
        <translation>según expires_in</translation>
    </message>
    <message>
        <source>from the expiry time in the answer</source>
        <translation>según la hora de caducidad de la respuesta</translation>
    </message>
    <message>
        <source>from the token&apos;s exp claim</source>
        <translation>según el claim exp del token</translation>
    </message>
    <message>
        <source>the carrier&apos;s documented lifetime: the answer did not say</source>
        <translation>la vida útil documentada por el transportista: la respuesta no la indicaba</translation>
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
        <translation>Las llamadas a la API lo envían como «%1: %2».</translation>
    </message>
    <message>
        <source>API calls send it as “%1: %2”, with %3; Copy Header includes them.</source>
        <translation>Las llamadas a la API lo envían como «%1: %2», junto con %3; «Copiar cabecera» las incluye.</translation>
    </message>
    <message>
        <source>A refresh token came with it: TokenDock keeps it in the keychain and never shows it.</source>
        <translation>Llegó acompañado de un token de actualización: TokenDock lo guarda en el llavero y nunca lo muestra.</translation>
    </message>
    <message>
        <source>Never trust these claims for access decisions.</source>
        <translation>No confíe nunca en estos claims para decisiones de acceso.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Header for %1 copied</source>
        <translation>Cabecera de %1 copiada</translation>
    </message>
    <message>
        <source>Token for %1 copied</source>
        <translation>Token de %1 copiado</translation>
    </message>
    <message>
        <source>curl command for %1 copied</source>
        <translation>Comando curl de %1 copiado</translation>
    </message>
    <message>
        <source>HTTPie command for %1 copied</source>
        <translation>Comando HTTPie de %1 copiado</translation>
    </message>
    <message>
        <source>PowerShell command for %1 copied</source>
        <translation>Comando PowerShell de %1 copiado</translation>
    </message>
    <message>
        <source>.env line for %1 copied</source>
        <translation>Línea .env de %1 copiada</translation>
    </message>
    <message>
        <source>JSON for %1 copied</source>
        <translation>JSON de %1 copiado</translation>
    </message>
    <message>
        <source>Keep fresh not changed</source>
        <translation>No se cambió «Mantener renovado»</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>caducidad desconocida</translation>
    </message>
    <message numerus="yes">
        <source>clipboard clears in %n s</source>
        <translation>
            <numerusform>el portapapeles se vacía en %n s</numerusform>
            <numerusform>el portapapeles se vacía en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>Formato desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>No hay ninguna cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Nothing copied for %1</source>
        <translation>No se copió nada para %1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>%1 works</source>
        <translation>%1 funciona</translation>
    </message>
    <message>
        <source>A new token; its expiry is unknown.</source>
        <translation>Un token nuevo; se desconoce su caducidad.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>TokenDock keeps running in the tray, so copies and keep-fresh go on. Quit it from the tray menu.</source>
        <translation>TokenDock sigue en ejecución en la bandeja del sistema, así que las copias y «Mantener renovado» continúan. Para salir, use el menú de la bandeja del sistema.</translation>
    </message>
    <message>
        <source>%1: token received, API probe: %2</source>
        <translation>%1: token recibido, sondeo de API: %2</translation>
    </message>
    <message>
        <source>Secret of %1: %2</source>
        <translation>Secreto de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets need attention</source>
        <translation>
            <numerusform>%n secreto requiere atención</numerusform>
            <numerusform>%n secretos requieren atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Copy &amp;Header</source>
        <translation>Copiar &amp;cabecera</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>Copiar &amp;token</translation>
    </message>
    <message>
        <source>The accounts file cannot be read</source>
        <translation>No se puede leer el archivo de cuentas</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aún no hay cuentas</translation>
    </message>
    <message>
        <source>&amp;Show TokenDock</source>
        <translation>&amp;Mostrar TokenDock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Test &amp;Now</source>
        <translation>&amp;Probar ahora</translation>
    </message>
    <message>
        <source>&amp;Keep Fresh</source>
        <translation>Mantener &amp;renovado</translation>
    </message>
    <message>
        <source>&amp;Open in TokenDock</source>
        <translation>&amp;Abrir en TokenDock</translation>
    </message>
    <message>
        <source>&amp;Keep Fresh (%1)</source>
        <translation>Mantener &amp;renovado (%1)</translation>
    </message>
    <message>
        <source>Copy as curl command</source>
        <translation>Copiar como comando curl</translation>
    </message>
    <message>
        <source>Copy as HTTPie command</source>
        <translation>Copiar como comando HTTPie</translation>
    </message>
    <message>
        <source>Copy as PowerShell command</source>
        <translation>Copiar como comando de PowerShell</translation>
    </message>
    <message>
        <source>Copy as .env line</source>
        <translation>Copiar como línea .env</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Recently Used</source>
        <translation>Usadas recientemente</translation>
    </message>
    <message>
        <source>Accounts you pin or use show here</source>
        <translation>Aquí aparecen las cuentas que fije o use</translation>
    </message>
    <message>
        <source>&amp;Find Account…</source>
        <translation>&amp;Buscar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Pin to Tray</source>
        <translation>&amp;Fijar en la bandeja</translation>
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
        <translation>Aún no hay cuentas</translation>
    </message>
    <message>
        <source>No live token</source>
        <translation>Ningún token vigente</translation>
    </message>
    <message numerus="yes">
        <source>Accounts whose last test failed: %n</source>
        <translation>
            <numerusform>%n cuenta cuya última prueba falló</numerusform>
            <numerusform>%n cuentas cuya última prueba falló</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired tokens: %n</source>
        <translation>
            <numerusform>%n token caducado</numerusform>
            <numerusform>%n tokens caducados</numerusform>
        </translation>
    </message>
    <message>
        <source>Next expiry: %1, %2</source>
        <translation>Próxima caducidad: %1, %2</translation>
    </message>
    <message>
        <source>Secret of %1: %2</source>
        <translation>Secreto de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more secret reminder(s)</source>
        <translation>
            <numerusform>%n recordatorio de secreto más</numerusform>
            <numerusform>%n recordatorios de secretos más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnreadablePanel</name>
    <message>
        <source>Start fresh…</source>
        <translation>Empezar de cero…</translation>
    </message>
    <message>
        <source>Your accounts file could not be read</source>
        <translation>No se pudo leer su archivo de cuentas</translation>
    </message>
    <message>
        <source>Until then nothing can be added, changed or deleted. Starting fresh begins an empty account list; secrets already in the keychain are not removed.</source>
        <translation>Hasta entonces no se puede añadir, modificar ni eliminar nada. Al empezar de cero se inicia una lista de cuentas vacía; los secretos que ya están en el llavero no se eliminan.</translation>
    </message>
    <message>
        <source>Start fresh with no accounts</source>
        <translation>Empezar de cero sin cuentas</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>Enter the carrier&apos;s token URL.</source>
        <translation>Introduzca la URL del token del transportista.</translation>
    </message>
    <message>
        <source>Replace %1 in the token URL with your own value.</source>
        <translation>Sustituya %1 en la URL del token por su propio valor.</translation>
    </message>
    <message>
        <source>The token URL is not a valid web address; it should look like https://host/path.</source>
        <translation>La URL del token no es una dirección web válida; debería tener la forma https://host/ruta.</translation>
    </message>
    <message>
        <source>The token URL must start with https://.</source>
        <translation>La URL del token debe empezar por https://.</translation>
    </message>
    <message>
        <source>The token URL must use https:// so the client secret is encrypted on the way; plain http:// is only allowed to this computer (localhost).</source>
        <translation>La URL del token debe usar https:// para que el secreto de cliente viaje cifrado; http:// sin cifrar solo se permite hacia este equipo (localhost).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the token URL; the client id and secret have their own fields.</source>
        <translation>Quite el nombre de usuario y la contraseña de la URL del token; el ID y el secreto de cliente tienen sus propios campos.</translation>
    </message>
    <message>
        <source>Remove the #fragment from the token URL.</source>
        <translation>Quite el #fragmento de la URL del token.</translation>
    </message>
    <message>
        <source>The token URL holds an invisible or control character (%1) that can make it look like another address; type the URL again.</source>
        <translation>La URL del token contiene un carácter invisible o de control (%1) que puede hacer que parezca otra dirección; vuelva a escribir la URL.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Add a carrier account</source>
        <translation>Añadir una cuenta de transportista</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Welcome to TokenDock</source>
        <translation>Le damos la bienvenida a TokenDock</translation>
    </message>
    <message>
        <source>Keep your carriers&apos; API client credentials in one place, check in a click that they still work, and copy a fresh Authorization header whenever you need one.</source>
        <translation>Guarde las credenciales de cliente de API de sus transportistas en un solo lugar, compruebe con un clic que siguen funcionando y copie una cabecera Authorization nueva siempre que la necesite.</translation>
    </message>
    <message>
        <source>Opens demo accounts for every carrier, answered by a built-in sandbox. Your own accounts are not touched.</source>
        <translation>Abre cuentas de demostración para todos los transportistas, atendidas por un sandbox integrado. Sus propias cuentas no se modifican.</translation>
    </message>
    <message>
        <source>Secrets stay in the keychain</source>
        <translation>Los secretos se quedan en el llavero</translation>
    </message>
    <message>
        <source>Client secrets are kept in %1, never in a file.</source>
        <translation>Los secretos de cliente se guardan en %1, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Test in one click</source>
        <translation>Pruebas con un clic</translation>
    </message>
    <message>
        <source>TokenDock asks the carrier for an OAuth 2.0 token and explains any refusal in plain words.</source>
        <translation>TokenDock solicita un token OAuth 2.0 al transportista y explica cualquier rechazo con palabras sencillas.</translation>
    </message>
    <message>
        <source>Ready-to-paste headers</source>
        <translation>Cabeceras listas para pegar</translation>
    </message>
    <message>
        <source>Copy the header, a curl or HTTPie command, PowerShell or a .env line; the clipboard clears itself.</source>
        <translation>Copie la cabecera, un comando curl o HTTPie, PowerShell o una línea .env; el portapapeles se vacía solo.</translation>
    </message>
    <message>
        <source>Paste credentials</source>
        <translation>Pegar credenciales</translation>
    </message>
    <message>
        <source>Paste credentials from the clipboard</source>
        <translation>Pegar las credenciales desde el portapapeles</translation>
    </message>
    <message>
        <source>Copy what the carrier sent (the onboarding e-mail, a curl command or JSON), then paste: the account is filled from it.</source>
        <translation>Copie lo que envió el transportista (el correo de alta, un comando curl o JSON) y péguelo: la cuenta se rellena con ello.</translation>
    </message>
</context>
<context>
    <name>carriers</name>
    <message>
        <source>LIVE Connect v3 freight rating, booking and tracking</source>
        <translation>LIVE Connect v3: tarificación, reserva y seguimiento de carga</translation>
    </message>
    <message>
        <source>Banyan does not publish its production token URL; enter the one Banyan gave you.</source>
        <translation>Banyan no publica su URL del token de producción; introduzca la que le proporcionó Banyan.</translation>
    </message>
    <message>
        <source>Banyan tokens last about an hour; reuse one until shortly before it expires.</source>
        <translation>Los tokens de Banyan duran aproximadamente una hora; reutilice uno hasta poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Banyan gives the production token URL to each customer; enter it here.</source>
        <translation>Banyan proporciona la URL del token de producción a cada cliente; introdúzcala aquí.</translation>
    </message>
    <message>
        <source>Client ref number</source>
        <translation>Número de referencia de cliente</translation>
    </message>
    <message>
        <source>Optional. Binds the token to one client reference number.</source>
        <translation>Opcional. Vincula el token a un número de referencia de cliente.</translation>
    </message>
    <message>
        <source>Banyan answers 400 Bad Request when a field is missing or malformed; check the client ref number and the token URL.</source>
        <translation>Banyan responde 400 Bad Request cuando falta un campo o tiene un formato incorrecto; compruebe el número de referencia de cliente y la URL del token.</translation>
    </message>
    <message>
        <source>Check the client id and secret Banyan issued for this environment; integration and production credentials differ.</source>
        <translation>Compruebe el ID y el secreto de cliente que Banyan emitió para este entorno; las credenciales de integración y de producción son distintas.</translation>
    </message>
    <message>
        <source>production token URL</source>
        <translation>URL del token de producción</translation>
    </message>
    <message>
        <source>project44 API v4 visibility and shipment tracking</source>
        <translation>project44 API v4: visibilidad y seguimiento de envíos</translation>
    </message>
    <message>
        <source>project44 asks clients to reuse a token until an API call answers 401, then fetch a new one; at most 5 tokens a minute.</source>
        <translation>project44 pide a los clientes que reutilicen un token hasta que una llamada a la API responda 401 y que entonces obtengan uno nuevo; como máximo, 5 tokens por minuto.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production (North America)</source>
        <translation>Producción (Norteamérica)</translation>
    </message>
    <message>
        <source>Production (Europe)</source>
        <translation>Producción (Europa)</translation>
    </message>
    <message>
        <source>Check the client application id and secret in project44&apos;s OAuth 2.0 client applications; sandbox and production applications differ.</source>
        <translation>Compruebe el ID y el secreto de la aplicación cliente en las aplicaciones cliente OAuth 2.0 de project44; las aplicaciones de sandbox y de producción son distintas.</translation>
    </message>
    <message>
        <source>DHL eCommerce Americas API v4 labels, manifests and tracking</source>
        <translation>DHL eCommerce Americas API v4: etiquetas, manifiestos y seguimiento</translation>
    </message>
    <message>
        <source>DHL eCommerce tokens last 60 minutes; DHL recommends fetching a new one every 15 to 30 minutes.</source>
        <translation>Los tokens de DHL eCommerce duran 60 minutos; DHL recomienda obtener uno nuevo cada 15 a 30 minutos.</translation>
    </message>
    <message>
        <source>Check that the client id and secret belong to this DHL eCommerce environment; sandbox and production credentials differ.</source>
        <translation>Compruebe que el ID y el secreto de cliente pertenecen a este entorno de DHL eCommerce; las credenciales de sandbox y de producción son distintas.</translation>
    </message>
    <message>
        <source>FedEx APIs for parcel and freight shipping, rating and tracking</source>
        <translation>API de FedEx para envíos de paquetería y carga, tarificación y seguimiento</translation>
    </message>
    <message>
        <source>A FedEx token is good for one hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de FedEx es válido durante una hora; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Child key</source>
        <translation>Child key</translation>
    </message>
    <message>
        <source>The customer&apos;s child key, for integrator grant types only.</source>
        <translation>La child key del cliente de FedEx, solo para los tipos de concesión de integrador.</translation>
    </message>
    <message>
        <source>Child secret</source>
        <translation>Child secret</translation>
    </message>
    <message>
        <source>The customer&apos;s child secret, for integrator grant types only. Kept in the keychain.</source>
        <translation>El child secret del cliente de FedEx, solo para los tipos de concesión de integrador. Se guarda en el llavero.</translation>
    </message>
    <message>
        <source>FedEx refuses integrator grant types without a child key and child secret; fill both, or switch to client_credentials.</source>
        <translation>FedEx rechaza los tipos de concesión de integrador sin child key y child secret; rellene ambos o cambie a client_credentials.</translation>
    </message>
    <message>
        <source>Check the API key and secret key of the FedEx project for this environment; sandbox and production keys differ. With an integrator grant type, check the child key and child secret as well.</source>
        <translation>Compruebe la clave de API y la clave secreta del proyecto de FedEx para este entorno; las claves de sandbox y de producción son distintas. Con un tipo de concesión de integrador, compruebe también la child key y el child secret.</translation>
    </message>
    <message>
        <source>UPS APIs for shipping, rating, address validation and tracking</source>
        <translation>API de UPS para envíos, tarificación, validación de direcciones y seguimiento</translation>
    </message>
    <message>
        <source>UPS takes the client id and secret only as HTTP Basic credentials. UPS sends expires_in as text; TokenDock reads it as seconds. The token format is not confirmed by UPS.</source>
        <translation>UPS solo acepta el ID y el secreto de cliente como credenciales HTTP Basic. UPS envía expires_in como texto; TokenDock lo interpreta como segundos. UPS no confirma el formato del token.</translation>
    </message>
    <message>
        <source>A UPS token lasts about four hours; reuse it and fetch a new one when most of that time has passed.</source>
        <translation>Un token de UPS dura unas cuatro horas; reutilícelo y obtenga uno nuevo cuando haya pasado la mayor parte de ese tiempo.</translation>
    </message>
    <message>
        <source>Customer Integration Environment (CIE)</source>
        <translation>Entorno de integración de clientes (CIE)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Optional. Your UPS account number, sent as the x-merchant-id header.</source>
        <translation>Opcional. Su número de cuenta de UPS, enviado como cabecera x-merchant-id.</translation>
    </message>
    <message>
        <source>Read the UPS error code and message; if you set an account number, check that it belongs to this UPS app.</source>
        <translation>Lea el código y el mensaje de error de UPS; si indicó un número de cuenta, compruebe que pertenece a esta aplicación de UPS.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your UPS app and that the app is enabled for this environment. UPS accepts them only as HTTP Basic credentials, never in the body.</source>
        <translation>Compruebe el ID y el secreto de cliente de su aplicación de UPS y que la aplicación esté habilitada para este entorno. UPS solo los acepta como credenciales HTTP Basic, nunca en el cuerpo.</translation>
    </message>
    <message>
        <source>token format</source>
        <translation>formato del token</translation>
    </message>
    <message>
        <source>USPS APIs v3 for addresses, prices, labels and tracking</source>
        <translation>API v3 de USPS para direcciones, precios, etiquetas y seguimiento</translation>
    </message>
    <message>
        <source>The client id and secret travel in a JSON request body. That the token is a JWT with a key id, and that it lasts about eight hours, is not confirmed by USPS.</source>
        <translation>El ID y el secreto de cliente viajan en un cuerpo de solicitud JSON. USPS no confirma que el token sea un JWT con un ID de clave ni que dure unas ocho horas.</translation>
    </message>
    <message>
        <source>A USPS token lasts several hours; reuse it for the whole working session and fetch a new one before it runs out.</source>
        <translation>Un token de USPS dura varias horas; reutilícelo durante toda la sesión de trabajo y obtenga uno nuevo antes de que caduque.</translation>
    </message>
    <message>
        <source>Testing environment (TEM)</source>
        <translation>Entorno de pruebas (TEM)</translation>
    </message>
    <message>
        <source>Check the consumer key and secret of your USPS app; apps for the testing environment and for production have different keys.</source>
        <translation>Compruebe la Consumer Key y el Consumer Secret de su aplicación de USPS; las aplicaciones del entorno de pruebas y las de producción tienen claves distintas.</translation>
    </message>
    <message>
        <source>token format (JWT with a kid header)</source>
        <translation>formato del token (JWT con una cabecera kid)</translation>
    </message>
    <message>
        <source>token lifetime (about 8 hours)</source>
        <translation>vida útil del token (unas 8 horas)</translation>
    </message>
    <message>
        <source>XPO Connect APIs for LTL freight orders, rating and tracking</source>
        <translation>API de XPO Connect para pedidos de carga LTL, tarificación y seguimiento</translation>
    </message>
    <message>
        <source>XPO publishes only a production token URL. Requests need the scope connect-orders. The token format is not confirmed by XPO.</source>
        <translation>XPO solo publica una URL del token de producción. Las solicitudes necesitan el ámbito connect-orders. XPO no confirma el formato del token.</translation>
    </message>
    <message>
        <source>An XPO token is good for one hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de XPO es válido durante una hora; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>XPO publishes no separate test token URL; enter one if XPO gave you one.</source>
        <translation>XPO no publica una URL del token de pruebas aparte; introduzca una si XPO se la proporcionó.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>The API access to request. XPO Connect expects connect-orders.</source>
        <translation>El acceso a la API que se solicita. XPO Connect espera connect-orders.</translation>
    </message>
    <message>
        <source>Check the scope field: XPO Connect expects connect-orders.</source>
        <translation>Compruebe el campo Ámbito: XPO Connect espera connect-orders.</translation>
    </message>
    <message>
        <source>Check the client id and secret XPO issued for your XPO Connect account.</source>
        <translation>Compruebe el ID y el secreto de cliente que XPO emitió para su cuenta de XPO Connect.</translation>
    </message>
    <message>
        <source>TForce Freight LTL APIs for rating, pickups, shipping and tracking</source>
        <translation>API LTL de TForce Freight para tarificación, recogidas, envíos y seguimiento</translation>
    </message>
    <message>
        <source>TForce Freight issues tokens through the Microsoft identity platform. Enter the tenant and the scope that the TForce developer portal shows for your app. The token lifetime of about one hour is not confirmed by TForce Freight.</source>
        <translation>TForce Freight emite los tokens a través de la plataforma de identidad de Microsoft. Introduzca el inquilino y el ámbito que el portal para desarrolladores de TForce muestra para su aplicación. TForce Freight no confirma que la vida útil del token sea de aproximadamente una hora.</translation>
    </message>
    <message>
        <source>A TForce Freight token lasts about an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de TForce Freight dura aproximadamente una hora; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>TForce Freight publishes no separate test token URL; enter one if TForce gave you one.</source>
        <translation>TForce Freight no publica una URL del token de pruebas aparte; introduzca una si TForce se la proporcionó.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>The Microsoft directory that issues TForce Freight tokens, as the TForce developer portal gives it. It goes into the token URL.</source>
        <translation>El directorio de Microsoft que emite los tokens de TForce Freight, tal como lo indica el portal para desarrolladores de TForce. Forma parte de la URL del token.</translation>
    </message>
    <message>
        <source>Copy it from the TForce developer portal. It names your app and ends in /.default.</source>
        <translation>Cópielo del portal para desarrolladores de TForce. Identifica su aplicación y termina en /.default.</translation>
    </message>
    <message>
        <source>Check the tenant and the scope: the scope must be the one the TForce developer portal shows, ending in /.default.</source>
        <translation>Compruebe el inquilino y el ámbito: el ámbito debe ser el que muestra el portal para desarrolladores de TForce, terminado en /.default.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your app in the TForce developer portal; Microsoft also rejects a secret that has expired.</source>
        <translation>Compruebe el ID y el secreto de cliente de su aplicación en el portal para desarrolladores de TForce; Microsoft también rechaza un secreto caducado.</translation>
    </message>
    <message>
        <source>token lifetime (about 1 hour)</source>
        <translation>vida útil del token (aproximadamente 1 hora)</translation>
    </message>
    <message>
        <source>Reuse the token and fetch a new one when 80% of its lifetime has passed.</source>
        <translation>Reutilice el token y obtenga uno nuevo cuando haya transcurrido el 80&#xa0;% de su vida útil.</translation>
    </message>
    <message>
        <source>Space-separated scopes to request, if the provider expects them.</source>
        <translation>Ámbitos separados por espacios que se solicitarán, si el proveedor los espera.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>The API the token is for, if the provider expects an audience (Auth0 and others).</source>
        <translation>La API a la que se destina el token, si el proveedor espera una audiencia (Auth0 y otros).</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>RFC 8707 resource indicator, if the provider expects one.</source>
        <translation>Indicador de recurso RFC 8707, si el proveedor espera uno.</translation>
    </message>
    <message>
        <source>Check the token URL and the scope, audience and resource fields; many providers refuse a request that names an API they do not know.</source>
        <translation>Compruebe la URL del token y los campos de ámbito, audiencia y recurso; muchos proveedores rechazan una solicitud que nombra una API que no conocen.</translation>
    </message>
    <message>
        <source>Check the client id and secret, and try the other credential placement: some providers take them only as HTTP Basic, others only in the body.</source>
        <translation>Compruebe el ID y el secreto de cliente, y pruebe la otra forma de enviar las credenciales: algunos proveedores solo las aceptan como HTTP Basic y otros solo en el cuerpo.</translation>
    </message>
    <message>
        <source>UPS account number</source>
        <translation>número de cuenta de UPS</translation>
    </message>
    <message>
        <source>directory (tenant) id or domain</source>
        <translation>ID de directorio (inquilino) o dominio</translation>
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
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>The API key the carrier issued, sent as a header; kept in the keychain.</source>
        <translation>La clave de API que emitió el transportista, enviada como cabecera; se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Parcel DE shipping and returns APIs, for a business-portal user</source>
        <translation>API de Parcel DE para envíos y devoluciones, para un usuario del portal de empresas</translation>
    </message>
    <message>
        <source>DHL issues the token for a business-portal user (password grant): the client id and secret are your developer app&apos;s API key and secret; the portal user&apos;s name and password go below.</source>
        <translation>DHL emite el token para un usuario del portal de empresas (tipo de concesión password): el ID y el secreto de cliente son la clave y el secreto de API de su aplicación de desarrollador; el nombre de usuario y la contraseña del portal se indican abajo.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto de API</translation>
    </message>
    <message>
        <source>A DHL Parcel Germany token lasts 30 minutes; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de DHL Parcel Germany dura 30 minutos; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Portal user name</source>
        <translation>Usuario del portal</translation>
    </message>
    <message>
        <source>The business-portal user the token acts for.</source>
        <translation>El usuario del portal de empresas en cuyo nombre actúa el token.</translation>
    </message>
    <message>
        <source>Portal password</source>
        <translation>Contraseña del portal</translation>
    </message>
    <message>
        <source>That user&apos;s password. Kept in the keychain.</source>
        <translation>La contraseña de ese usuario. Se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Check the app&apos;s API key and secret and the portal user&apos;s name and password; sandbox and production logins differ.</source>
        <translation>Compruebe la clave y el secreto de API de la aplicación y el usuario y la contraseña del portal; los inicios de sesión de sandbox y de producción son distintos.</translation>
    </message>
    <message>
        <source>DPD META-API shipping, with a login that returns the token in a header</source>
        <translation>Envíos con la META-API de DPD, con un inicio de sesión que devuelve el token en una cabecera</translation>
    </message>
    <message>
        <source>DPD answers the login with the token in the X-DPD-TOKEN response header, not in the body. The business unit code comes from DPD with your credentials. The token URLs and the lifetime come from public integration code and are not confirmed by DPD&apos;s own documentation.</source>
        <translation>DPD responde al inicio de sesión con el token en la cabecera de respuesta X-DPD-TOKEN, no en el cuerpo. DPD le facilita el código de unidad de negocio junto con sus credenciales. Las URL del token y la vida útil proceden de código de integración público y la documentación de DPD no las confirma.</translation>
    </message>
    <message>
        <source>A DPD token lasts about a day; log in once and reuse the token.</source>
        <translation>Un token de DPD dura aproximadamente un día; inicie sesión una vez y reutilice el token.</translation>
    </message>
    <message>
        <source>Pre-production</source>
        <translation>Preproducción</translation>
    </message>
    <message>
        <source>Business unit code</source>
        <translation>Código de unidad de negocio</translation>
    </message>
    <message>
        <source>The three-digit code of your DPD business unit.</source>
        <translation>El código de tres dígitos de su unidad de negocio de DPD.</translation>
    </message>
    <message>
        <source>021</source>
        <translation>021</translation>
    </message>
    <message>
        <source>token URLs (from public integration code)</source>
        <translation>URL del token (de código de integración público)</translation>
    </message>
    <message>
        <source>24-hour token lifetime</source>
        <translation>vida útil del token de 24 horas</translation>
    </message>
    <message>
        <source>ODFL LTL rating and tracking APIs with a user login</source>
        <translation>API LTL de ODFL para tarificación y seguimiento, con inicio de sesión de usuario</translation>
    </message>
    <message>
        <source>ODFL&apos;s login is a GET with your ODFL user name and password in HTTP Basic; the token comes back as sessionToken. These facts come from public integration code and are not confirmed by ODFL&apos;s own documentation.</source>
        <translation>El inicio de sesión de ODFL es un GET con su usuario y contraseña de ODFL en HTTP Basic; el token llega como sessionToken. Estos datos proceden de código de integración público y la documentación de ODFL no los confirma.</translation>
    </message>
    <message>
        <source>ODFL user name</source>
        <translation>Usuario de ODFL</translation>
    </message>
    <message>
        <source>ODFL password</source>
        <translation>Contraseña de ODFL</translation>
    </message>
    <message>
        <source>ODFL does not say how long a session token lasts; TokenDock assumes an hour.</source>
        <translation>ODFL no indica cuánto dura un token de sesión; TokenDock supone una hora.</translation>
    </message>
    <message>
        <source>token URLs and the sessionToken field (from public integration code)</source>
        <translation>URL del token y el campo sessionToken (de código de integración público)</translation>
    </message>
    <message>
        <source>eShipper multi-carrier shipping API v2</source>
        <translation>API v2 de envíos multitransportista de eShipper</translation>
    </message>
    <message>
        <source>eShipper&apos;s login takes a JSON body with principal and credential (your eShipper user name and password) and answers with token and a refresh token, which TokenDock keeps in the keychain. The test URL and how the refresh token is used are not confirmed by eShipper&apos;s documentation, so TokenDock logs in again for a new token.</source>
        <translation>El inicio de sesión de eShipper recibe un cuerpo JSON con principal y credential (su usuario y contraseña de eShipper) y responde con token y un token de actualización, que TokenDock guarda en el llavero. La documentación de eShipper no confirma la URL de pruebas ni cómo se usa el token de actualización, así que TokenDock vuelve a iniciar sesión para obtener un token nuevo.</translation>
    </message>
    <message>
        <source>User name (principal)</source>
        <translation>Usuario (principal)</translation>
    </message>
    <message>
        <source>Password (credential)</source>
        <translation>Contraseña (credential)</translation>
    </message>
    <message>
        <source>Reuse the token until shortly before expires_in runs out, then log in again.</source>
        <translation>Reutilice el token hasta poco antes de que venza expires_in y luego vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>test token URL</source>
        <translation>URL del token de pruebas</translation>
    </message>
    <message>
        <source>how a refresh token is used (TokenDock logs in again)</source>
        <translation>cómo se usa un token de actualización (TokenDock vuelve a iniciar sesión)</translation>
    </message>
    <message>
        <source>Navisphere APIs for freight quotes, orders and tracking</source>
        <translation>API de Navisphere para cotizaciones de carga, pedidos y seguimiento</translation>
    </message>
    <message>
        <source>C.H. Robinson tokens last 24 hours and the token endpoint rate-limits clients that ask more often than about once a day: reuse the token. The exact limit is not published; TokenDock allows four token requests a day.</source>
        <translation>Los tokens de C.H. Robinson duran 24 horas y el endpoint de token limita a los clientes que piden uno más de una vez al día, aproximadamente: reutilice el token. El límite exacto no se publica; TokenDock permite cuatro solicitudes de token al día.</translation>
    </message>
    <message>
        <source>Request a token about once a day and reuse it until it expires; asking more often gets the client rate limited.</source>
        <translation>Solicite un token aproximadamente una vez al día y reutilícelo hasta que caduque; si lo pide más a menudo, se limitará al cliente.</translation>
    </message>
    <message>
        <source>The API the token is for; C.H. Robinson expects this value.</source>
        <translation>La API a la que se destina el token; C.H. Robinson espera este valor.</translation>
    </message>
    <message>
        <source>exact token request limit (documented as about once a day)</source>
        <translation>límite exacto de solicitudes de token (documentado como aproximadamente una vez al día)</translation>
    </message>
    <message>
        <source>Maersk ocean APIs for schedules, bookings and tracking</source>
        <translation>API marítimas de Maersk para itinerarios, reservas y seguimiento</translation>
    </message>
    <message>
        <source>Maersk wants the consumer key (your client id) in a Consumer-Key header on the token call and on every API call; TokenDock adds it to every copied header. That the token call needs it too, and the token&apos;s lifetime, are not confirmed by Maersk&apos;s documentation.</source>
        <translation>Maersk quiere la consumer key (su ID de cliente) en una cabecera Consumer-Key en la llamada de token y en cada llamada a la API; TokenDock la añade cada vez que se copian las cabeceras. La documentación de Maersk no confirma que la llamada de token también la necesite, ni la vida útil del token.</translation>
    </message>
    <message>
        <source>Consumer key (client id)</source>
        <translation>Consumer key (ID de cliente)</translation>
    </message>
    <message>
        <source>Reuse the token and fetch the next one shortly before it expires.</source>
        <translation>Reutilice el token y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Consumer key header</source>
        <translation>Cabecera Consumer-Key</translation>
    </message>
    <message>
        <source>Your consumer key, sent as a header with the token request and every API call.</source>
        <translation>Su consumer key, enviada como cabecera con la solicitud de token y con cada llamada a la API.</translation>
    </message>
    <message>
        <source>Consumer-Key header on the token call</source>
        <translation>cabecera Consumer-Key en la llamada de token</translation>
    </message>
    <message>
        <source>token lifetime</source>
        <translation>vida útil del token</translation>
    </message>
    <message>
        <source>Royal Mail Shipping API v3 labels and manifests</source>
        <translation>Shipping API v3 de Royal Mail para etiquetas y manifiestos</translation>
    </message>
    <message>
        <source>Royal Mail takes the credentials in headers and hands back a token that API calls carry in X-RMG-Auth-Token (not Authorization), together with X-IBM-Client-Id. The token URL and the lifetime are not confirmed by Royal Mail&apos;s documentation; use the address Royal Mail gave you.</source>
        <translation>Royal Mail recibe las credenciales en cabeceras y devuelve un token que las llamadas a la API llevan en X-RMG-Auth-Token (no en Authorization), junto con X-IBM-Client-Id. La documentación de Royal Mail no confirma la URL del token ni la vida útil; use la dirección que le proporcionó Royal Mail.</translation>
    </message>
    <message>
        <source>Royal Mail does not say in the answer how long a token lasts; TokenDock assumes four hours.</source>
        <translation>Royal Mail no indica en la respuesta cuánto dura un token; TokenDock supone cuatro horas.</translation>
    </message>
    <message>
        <source>Enter the Shipping API v3 token URL (…/shipping/v3/token) Royal Mail gave you.</source>
        <translation>Introduzca la URL del token de la Shipping API v3 (…/shipping/v3/token) que le proporcionó Royal Mail.</translation>
    </message>
    <message>
        <source>Shipping API user name</source>
        <translation>Usuario de la Shipping API</translation>
    </message>
    <message>
        <source>The user name of your Royal Mail Shipping API account.</source>
        <translation>El nombre de usuario de su cuenta de la Shipping API de Royal Mail.</translation>
    </message>
    <message>
        <source>Shipping API password</source>
        <translation>Contraseña de la Shipping API</translation>
    </message>
    <message>
        <source>That account&apos;s password. Kept in the keychain.</source>
        <translation>La contraseña de esa cuenta. Se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Client id header</source>
        <translation>Cabecera del ID de cliente</translation>
    </message>
    <message>
        <source>API calls send your client id in this header too.</source>
        <translation>Las llamadas a la API también envían su ID de cliente en esta cabecera.</translation>
    </message>
    <message>
        <source>token URL host</source>
        <translation>host de la URL del token</translation>
    </message>
    <message>
        <source>token lifetime (about 4 hours)</source>
        <translation>vida útil del token (unas 4 horas)</translation>
    </message>
    <message>
        <source>Estes LTL rate quotes, pickups, tracking and invoices</source>
        <translation>Cotizaciones de tarifas LTL, recogidas, seguimiento y facturas de Estes</translation>
    </message>
    <message>
        <source>Estes issues a bearer token for your API key and MyEstes login; every API call needs the token and the apikey header, and TokenDock copies both. That the token call takes the MyEstes login in HTTP Basic comes from public integration code and is not confirmed by Estes&apos; documentation.</source>
        <translation>Estes emite un token bearer para su clave de API y su inicio de sesión de MyEstes; cada llamada a la API necesita el token y la cabecera apikey, y TokenDock copia ambos. Que la llamada de token reciba el inicio de sesión de MyEstes en HTTP Basic procede de código de integración público y la documentación de Estes no lo confirma.</translation>
    </message>
    <message>
        <source>MyEstes user name</source>
        <translation>Usuario de MyEstes</translation>
    </message>
    <message>
        <source>MyEstes password</source>
        <translation>Contraseña de MyEstes</translation>
    </message>
    <message>
        <source>An Estes token lasts about ten hours; reuse it and fetch the next one shortly before it expires.</source>
        <translation>Un token de Estes dura unas diez horas; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Test (UAT)</source>
        <translation>Pruebas (UAT)</translation>
    </message>
    <message>
        <source>MyEstes login in HTTP Basic on the token call (from public integration code)</source>
        <translation>inicio de sesión de MyEstes en HTTP Basic en la llamada de token (de código de integración público)</translation>
    </message>
    <message>
        <source>Any OAuth 2.0 token endpoint, or a carrier login TokenDock has no preset for</source>
        <translation>Cualquier endpoint de token OAuth 2.0, o un inicio de sesión de transportista para el que TokenDock no tiene preajuste</translation>
    </message>
    <message>
        <source>Enter the token URL your provider documents. Client credentials travel in HTTP Basic, in the body or in headers, as you choose; Advanced describes a login that is not textbook OAuth (another method, body, field names, where the token comes back, how API calls carry it).</source>
        <translation>Introduzca la URL del token que documenta su proveedor. Las credenciales de cliente viajan en HTTP Basic, en el cuerpo o en cabeceras, según elija; en «Avanzado» se describe un inicio de sesión que no sigue el OAuth de manual (otro método, cuerpo, nombres de campo, dónde vuelve el token, cómo lo llevan las llamadas a la API).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>For the password grant: the user the token acts for.</source>
        <translation>Para el tipo de concesión password: el usuario en cuyo nombre actúa el token.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>For the password grant: that user&apos;s password. Kept in the keychain.</source>
        <translation>Para el tipo de concesión password: la contraseña de ese usuario. Se guarda en el llavero.</translation>
    </message>
    <message>
        <source>FedEx Freight LTL accounts use this preset too, with the API key and secret of their own LTL API project; the token URL is the same. Use client_credentials for your own account. The csp_credentials and client_pc_credentials grant types are for integrators acting for a FedEx customer; they also need that customer&apos;s child key and child secret.</source>
        <translation>Las cuentas de FedEx Freight LTL también usan este preajuste, con la clave y el secreto de API de su propio proyecto de API LTL; la URL del token es la misma. Use client_credentials para su propia cuenta. Los tipos de concesión csp_credentials y client_pc_credentials son para integradores que actúan en nombre de un cliente de FedEx; también necesitan la child key y el child secret de ese cliente.</translation>
    </message>
    <message>
        <source>DHL eCommerce global API for labels, products and tracking</source>
        <translation>API global de DHL eCommerce para etiquetas, productos y seguimiento</translation>
    </message>
    <message>
        <source>The global DHL eCommerce API issues a token for the client id and secret in HTTP Basic, on a GET with no body. Tokens last five hours unless DHL set another lifetime for your account. That the call is a GET, and the token&apos;s format, come from public integration code and are not confirmed by DHL&apos;s documentation. For DHL eCommerce in the Americas, use the DHL eCommerce preset.</source>
        <translation>La API global de DHL eCommerce emite un token para el ID y el secreto de cliente enviados en HTTP Basic, en un GET sin cuerpo. Los tokens duran cinco horas, salvo que DHL haya fijado otra vida útil para su cuenta. Que la llamada sea un GET, y el formato del token, proceden de código de integración público y la documentación de DHL no lo confirma. Para DHL eCommerce en América, use el preajuste DHL eCommerce.</translation>
    </message>
    <message>
        <source>A DHL eCommerce token lasts about five hours; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de DHL eCommerce dura unas cinco horas; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Check the client id and secret DHL eCommerce issued for this environment; QA and production credentials differ.</source>
        <translation>Compruebe el ID y el secreto de cliente que DHL eCommerce emitió para este entorno; las credenciales de QA y de producción son distintas.</translation>
    </message>
    <message>
        <source>GET request without a grant type (from public integration code)</source>
        <translation>solicitud GET sin tipo de concesión (de código de integración público)</translation>
    </message>
    <message>
        <source>Deutsche Post International APIs for international letters, packets and tracking</source>
        <translation>API de Deutsche Post International para cartas y pequeños paquetes internacionales, y seguimiento</translation>
    </message>
    <message>
        <source>Deutsche Post International issues a token for the client id and secret of your DHL developer app, sent in HTTP Basic on a GET with no body; it lasts five hours. The sandbox URL comes from DHL&apos;s sample collection; the production URL is not published and is a guess, so use the address DHL gave you if it differs.</source>
        <translation>Deutsche Post International emite un token para el ID y el secreto de cliente de su aplicación de desarrollador de DHL, enviados en HTTP Basic en un GET sin cuerpo; dura cinco horas. La URL de sandbox procede de la colección de ejemplos de DHL; la URL de producción no se publica y es una suposición, así que use la dirección que le proporcionó DHL si es distinta.</translation>
    </message>
    <message>
        <source>API key (client id)</source>
        <translation>Clave de API (ID de cliente)</translation>
    </message>
    <message>
        <source>A Deutsche Post International token lasts five hours; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de Deutsche Post International dura cinco horas; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Check the API key and secret of your DHL developer app and that the app is approved for Deutsche Post International in this environment.</source>
        <translation>Compruebe la clave y el secreto de API de su aplicación de desarrollador de DHL y que la aplicación esté aprobada para Deutsche Post International en este entorno.</translation>
    </message>
    <message>
        <source>sandbox token URL (from a sample collection)</source>
        <translation>URL del token de sandbox (de una colección de ejemplos)</translation>
    </message>
    <message>
        <source>SAPIENT multi-carrier shipping gateway for Royal Mail, Evri, DHL and other UK carriers</source>
        <translation>Pasarela de envíos multitransportista SAPIENT para Royal Mail, Evri, DHL y otros transportistas del Reino Unido</translation>
    </message>
    <message>
        <source>SAPIENT issues OAuth 2.0 tokens for the client id and secret you create under API credentials in SAPIENT, sent in the form body. SAPIENT publishes one token URL; whether test credentials use another one, and the token&apos;s format, are not confirmed.</source>
        <translation>SAPIENT emite tokens OAuth 2.0 para el ID y el secreto de cliente que usted crea en el apartado de credenciales de API de SAPIENT, enviados en el cuerpo de formulario. SAPIENT publica una sola URL del token; no se ha confirmado si las credenciales de prueba usan otra ni el formato del token.</translation>
    </message>
    <message>
        <source>SAPIENT publishes no separate test token URL; enter one if Intersoft gave you one.</source>
        <translation>SAPIENT no publica una URL del token de pruebas aparte; introduzca una si Intersoft se la proporcionó.</translation>
    </message>
    <message>
        <source>Check the client id and secret under API credentials in SAPIENT; a deleted or regenerated secret stops working at once.</source>
        <translation>Compruebe el ID y el secreto de cliente en el apartado de credenciales de API de SAPIENT; un secreto eliminado o regenerado deja de funcionar de inmediato.</translation>
    </message>
    <message>
        <source>Hermes Shipping Interface (HSI) for parcel labels and returns in Germany</source>
        <translation>Hermes Shipping Interface (HSI) para etiquetas de paquetes y devoluciones en Alemania</translation>
    </message>
    <message>
        <source>Hermes issues the token for a Hermes user (password grant): the client id and secret identify your application, and the user&apos;s name and password go below. The token URLs and the one-hour lifetime come from public integration code and are not confirmed by Hermes&apos; documentation.</source>
        <translation>Hermes emite el token para un usuario de Hermes (tipo de concesión password): el ID y el secreto de cliente identifican su aplicación, y el nombre de usuario y la contraseña se indican abajo. Las URL del token y la vida útil de una hora proceden de código de integración público y la documentación de Hermes no las confirma.</translation>
    </message>
    <message>
        <source>A Hermes token is assumed to last an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Se supone que un token de Hermes dura una hora; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Integration (INT)</source>
        <translation>Integración (INT)</translation>
    </message>
    <message>
        <source>Hermes user name</source>
        <translation>Usuario de Hermes</translation>
    </message>
    <message>
        <source>The Hermes user the token acts for.</source>
        <translation>El usuario de Hermes en cuyo nombre actúa el token.</translation>
    </message>
    <message>
        <source>Hermes password</source>
        <translation>Contraseña de Hermes</translation>
    </message>
    <message>
        <source>Check the application&apos;s client id and secret and the Hermes user&apos;s name and password; the INT and production logins differ.</source>
        <translation>Compruebe el ID y el secreto de cliente de la aplicación y el usuario y la contraseña de Hermes; los inicios de sesión de INT y de producción son distintos.</translation>
    </message>
    <message>
        <source>J.B. Hunt 360 APIs for intermodal and truckload orders and tracking</source>
        <translation>API de J.B. Hunt 360 para pedidos y seguimiento de transporte intermodal y de carga completa</translation>
    </message>
    <message>
        <source>J.B. Hunt does not publish its token URL: enter the one J.B. Hunt gave you. Most of its APIs issue the token for a user (password grant), and every call also carries your API subscription key in a header, which TokenDock adds to the copied headers. Its sign-in server takes the client id and secret in the body or as HTTP Basic. The header name Ocp-Apim-Subscription-Key, where the client credentials go and the token&apos;s lifetime are not confirmed by J.B. Hunt.</source>
        <translation>J.B. Hunt no publica su URL del token: introduzca la que le proporcionó J.B. Hunt. La mayoría de sus API emiten el token para un usuario (tipo de concesión password), y cada llamada lleva además su clave de suscripción de API en una cabecera, que TokenDock añade a las cabeceras copiadas. Su servidor de inicio de sesión acepta el ID y el secreto de cliente en el cuerpo o como HTTP Basic. J.B. Hunt no confirma el nombre de cabecera Ocp-Apim-Subscription-Key, dónde van las credenciales de cliente ni la vida útil del token.</translation>
    </message>
    <message>
        <source>J.B. Hunt does not publish its token URL; enter the test one J.B. Hunt gave you.</source>
        <translation>J.B. Hunt no publica su URL del token; introduzca la de pruebas que le proporcionó J.B. Hunt.</translation>
    </message>
    <message>
        <source>J.B. Hunt does not publish its token URL; enter the one J.B. Hunt gave you.</source>
        <translation>J.B. Hunt no publica su URL del token; introduzca la que le proporcionó J.B. Hunt.</translation>
    </message>
    <message>
        <source>The J.B. Hunt user the token acts for.</source>
        <translation>El usuario de J.B. Hunt en cuyo nombre actúa el token.</translation>
    </message>
    <message>
        <source>Subscription key</source>
        <translation>Clave de suscripción</translation>
    </message>
    <message>
        <source>Your API subscription key from the J.B. Hunt API portal, sent as a header with the token request and every API call. Kept in the keychain.</source>
        <translation>Su clave de suscripción de API del portal de API de J.B. Hunt, enviada como cabecera con la solicitud de token y con cada llamada a la API. Se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Check the token URL J.B. Hunt gave you and that the subscription key is for the API you call.</source>
        <translation>Compruebe la URL del token que le proporcionó J.B. Hunt y que la clave de suscripción sea la de la API a la que llama.</translation>
    </message>
    <message>
        <source>Check the client id and secret, the user&apos;s name and password, and the subscription key from the J.B. Hunt API portal.</source>
        <translation>Compruebe el ID y el secreto de cliente, el usuario y la contraseña, y la clave de suscripción del portal de API de J.B. Hunt.</translation>
    </message>
    <message>
        <source>token URL (not published)</source>
        <translation>URL del token (no publicada)</translation>
    </message>
    <message>
        <source>subscription key header name (Ocp-Apim-Subscription-Key)</source>
        <translation>nombre de la cabecera de la clave de suscripción (Ocp-Apim-Subscription-Key)</translation>
    </message>
    <message>
        <source>subscription key on the token request</source>
        <translation>clave de suscripción en la solicitud de token</translation>
    </message>
    <message>
        <source>client credentials in the request body</source>
        <translation>credenciales de cliente en el cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>token format and lifetime</source>
        <translation>formato y vida útil del token</translation>
    </message>
    <message>
        <source>Asendia Sync API for international e-commerce parcels, labels and tracking</source>
        <translation>API Asendia Sync para paquetes de comercio electrónico internacional, etiquetas y seguimiento</translation>
    </message>
    <message>
        <source>Asendia&apos;s login takes a JSON body with your Asendia Sync user name and password, no grant type, and answers with a JWT in id_token. The URL and the token&apos;s lifetime of about a day come from public integration code and are not confirmed by Asendia&apos;s documentation; TokenDock reads the expiry from the token itself.</source>
        <translation>El inicio de sesión de Asendia recibe un cuerpo JSON con su usuario y contraseña de Asendia Sync, sin tipo de concesión, y responde con un JWT en id_token. La URL y la vida útil del token, de aproximadamente un día, proceden de código de integración público y la documentación de Asendia no las confirma; TokenDock lee la caducidad del propio token.</translation>
    </message>
    <message>
        <source>Asendia user name</source>
        <translation>Usuario de Asendia</translation>
    </message>
    <message>
        <source>Asendia password</source>
        <translation>Contraseña de Asendia</translation>
    </message>
    <message>
        <source>An Asendia token lasts about a day; log in once and reuse it until shortly before it expires.</source>
        <translation>Un token de Asendia dura aproximadamente un día; inicie sesión una vez y reutilícelo hasta poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Asendia publishes no separate test address; enter one if Asendia gave you one.</source>
        <translation>Asendia no publica una dirección de pruebas aparte; introduzca una si Asendia se la proporcionó.</translation>
    </message>
    <message>
        <source>Check the user name and password of your Asendia Sync account.</source>
        <translation>Compruebe el usuario y la contraseña de su cuenta de Asendia Sync.</translation>
    </message>
    <message>
        <source>token URL (from public integration code)</source>
        <translation>URL del token (de código de integración público)</translation>
    </message>
    <message>
        <source>token lifetime (about 24 hours)</source>
        <translation>vida útil del token (unas 24 horas)</translation>
    </message>
    <message>
        <source>DHL Parcel Benelux API for labels, pickups and tracking</source>
        <translation>API de DHL Parcel Benelux para etiquetas, recogidas y seguimiento</translation>
    </message>
    <message>
        <source>DHL Parcel NL issues tokens for a user id and key, which you create under API keys in the My DHL Parcel settings; they travel in a JSON body as userId and key. The answer states the expiry as a point in time (accessTokenExpiration) and brings a refresh token, which TokenDock keeps in the keychain but does not use: it logs in again. The token path and the test address come from public integration code and are not confirmed by DHL&apos;s own documentation.</source>
        <translation>DHL Parcel NL emite tokens para un ID de usuario y una clave, que usted crea en el apartado de claves de API de la configuración de My DHL Parcel; viajan en un cuerpo JSON como userId y key. La respuesta indica la caducidad como un momento concreto (accessTokenExpiration) e incluye un token de actualización, que TokenDock guarda en el llavero pero no usa: vuelve a iniciar sesión. La ruta del token y la dirección de pruebas proceden de código de integración público y la propia documentación de DHL no las confirma.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>A DHL Parcel NL token lasts minutes, until the time stated in the answer; fetch a new one shortly before then.</source>
        <translation>Un token de DHL Parcel NL dura minutos, hasta la hora indicada en la respuesta; obtenga uno nuevo poco antes de ese momento.</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>DHL Parcel NL answers 400 when the user id or key is missing.</source>
        <translation>DHL Parcel NL responde 400 cuando falta el ID de usuario o la clave.</translation>
    </message>
    <message>
        <source>Check the user id and key under API keys in the My DHL Parcel settings; a key that was deleted there stops working.</source>
        <translation>Compruebe el ID de usuario y la clave en el apartado de claves de API de la configuración de My DHL Parcel; una clave que se eliminó allí deja de funcionar.</translation>
    </message>
    <message>
        <source>token path and test address (from public integration code)</source>
        <translation>ruta del token y dirección de pruebas (de código de integración público)</translation>
    </message>
    <message>
        <source>token lifetime (about 15 minutes in a sample)</source>
        <translation>vida útil del token (unos 15 minutos en un ejemplo)</translation>
    </message>
    <message>
        <source>EchoSync APIs for truckload and LTL quotes, loads and tracking</source>
        <translation>API de EchoSync para cotizaciones de carga completa y LTL, cargas y seguimiento</translation>
    </message>
    <message>
        <source>Echo wants an API key in the x-api-key header on the token call and on every API call, next to the client id and secret in the form body; TokenDock copies the header with the token. Ask for the scopes your integration needs, separated by spaces. Echo allows about three token requests a second. These facts come from a second-hand sample and are not confirmed by Echo&apos;s own documentation.</source>
        <translation>Echo quiere una clave de API en la cabecera x-api-key en la llamada de token y en cada llamada a la API, junto al ID y el secreto de cliente en el cuerpo de formulario; TokenDock copia la cabecera con el token. Solicite los ámbitos que necesita su integración, separados por espacios. Echo permite unas tres solicitudes de token por segundo. Estos datos proceden de un ejemplo de segunda mano y la propia documentación de Echo no los confirma.</translation>
    </message>
    <message>
        <source>An Echo token lasts an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de Echo dura una hora; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>TokenDock knows no Echo test token URL; enter the one Echo gave you.</source>
        <translation>TokenDock no conoce ninguna URL del token de pruebas de Echo; introduzca la que le proporcionó Echo.</translation>
    </message>
    <message>
        <source>The Echo API access to request, separated by spaces.</source>
        <translation>El acceso a la API de Echo que se solicita, separado por espacios.</translation>
    </message>
    <message>
        <source>quotes:create loads:read</source>
        <translation>quotes:create loads:read</translation>
    </message>
    <message>
        <source>Check the scope field: it must name Echo API access your integration was granted.</source>
        <translation>Compruebe el campo Ámbito: debe indicar un acceso a la API de Echo que se haya concedido a su integración.</translation>
    </message>
    <message>
        <source>Check the client id, the secret and the API key Echo issued; all three belong to one Echo integration.</source>
        <translation>Compruebe el ID de cliente, el secreto y la clave de API que emitió Echo; los tres pertenecen a una misma integración de Echo.</translation>
    </message>
    <message>
        <source>token URL, x-api-key header and scope names (from a second-hand sample)</source>
        <translation>URL del token, cabecera x-api-key y nombres de ámbito (de un ejemplo de segunda mano)</translation>
    </message>
    <message>
        <source>token request limit (3 a second)</source>
        <translation>límite de solicitudes de token (3 por segundo)</translation>
    </message>
    <message>
        <source>Trimble Identity tokens for Trimble transportation and cloud APIs</source>
        <translation>Tokens de Trimble Identity para las API de transporte y en la nube de Trimble</translation>
    </message>
    <message>
        <source>Trimble Identity takes the client id and secret of your Trimble application in HTTP Basic and returns a JWT that lasts an hour. Some Trimble APIs may want a scope naming the application; fill it in when the API&apos;s documentation says so. Whether a scope is needed is not confirmed.</source>
        <translation>Trimble Identity recibe el ID y el secreto de cliente de su aplicación de Trimble en HTTP Basic y devuelve un JWT que dura una hora. Algunas API de Trimble pueden requerir un ámbito que nombre la aplicación; rellénelo cuando lo indique la documentación de la API. No se ha confirmado si se necesita un ámbito.</translation>
    </message>
    <message>
        <source>A Trimble token lasts an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de Trimble dura una hora; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>TokenDock knows no Trimble test token URL; enter the one Trimble gave you.</source>
        <translation>TokenDock no conoce ninguna URL del token de pruebas de Trimble; introduzca la que le proporcionó Trimble.</translation>
    </message>
    <message>
        <source>Optional. The Trimble application or API scope, if the API asks for one.</source>
        <translation>Opcional. La aplicación de Trimble o el ámbito de la API, si la API lo solicita.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your application in the Trimble developer console; Trimble takes them only as HTTP Basic credentials.</source>
        <translation>Compruebe el ID y el secreto de cliente de su aplicación en la consola para desarrolladores de Trimble; Trimble solo los acepta como credenciales HTTP Basic.</translation>
    </message>
    <message>
        <source>whether a scope is needed</source>
        <translation>si se necesita un ámbito</translation>
    </message>
    <message>
        <source>Uber Direct and business APIs for on-demand delivery</source>
        <translation>Uber Direct y API empresariales para repartos a demanda</translation>
    </message>
    <message>
        <source>Uber needs the scope your app was granted in every token request. A token lasts 30 days and Uber allows 100 token requests an hour: fetch one and reuse it. The token format is not confirmed by Uber.</source>
        <translation>Uber necesita en cada solicitud de token el ámbito que se concedió a su aplicación. Un token dura 30 días y Uber permite 100 solicitudes de token por hora: obtenga uno y reutilícelo. Uber no confirma el formato del token.</translation>
    </message>
    <message>
        <source>An Uber token lasts 30 days; keep reusing it, and never fetch one per API call.</source>
        <translation>Un token de Uber dura 30 días; siga reutilizándolo y nunca obtenga uno por cada llamada a la API.</translation>
    </message>
    <message>
        <source>TokenDock knows no Uber test token URL; enter the one Uber gave you.</source>
        <translation>TokenDock no conoce ninguna URL del token de pruebas de Uber; introduzca la que le proporcionó Uber.</translation>
    </message>
    <message>
        <source>The scope your Uber app was granted, as the Uber dashboard shows it. Separate several with spaces.</source>
        <translation>El ámbito que se concedió a su aplicación de Uber, tal como lo muestra el panel de Uber. Separe varios con espacios.</translation>
    </message>
    <message>
        <source>eats.deliveries</source>
        <translation>eats.deliveries</translation>
    </message>
    <message>
        <source>Check the scope field: Uber refuses a request without a scope, or with one your app was not granted.</source>
        <translation>Compruebe el campo Ámbito: Uber rechaza una solicitud sin ámbito o con uno que no se concedió a su aplicación.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your Uber app; test and production apps have different ones.</source>
        <translation>Compruebe el ID y el secreto de cliente de su aplicación de Uber; las aplicaciones de pruebas y de producción tienen credenciales distintas.</translation>
    </message>
    <message>
        <source>Motive Freight Marketplace APIs, formerly KeepTruckin</source>
        <translation>API de Motive Freight Marketplace, antes KeepTruckin</translation>
    </message>
    <message>
        <source>Motive&apos;s token lasts at most two hours and its token endpoint allows about three requests a second. That the client id and secret go in the form body with grant_type=client_credentials is TokenDock&apos;s assumption, not confirmed by Motive&apos;s documentation; if Motive refuses, try the generic OAuth 2.0 preset with HTTP Basic.</source>
        <translation>El token de Motive dura como máximo dos horas y su endpoint de token permite unas tres solicitudes por segundo. Que el ID y el secreto de cliente vayan en el cuerpo de formulario con grant_type=client_credentials es una suposición de TokenDock que la documentación de Motive no confirma; si Motive los rechaza, pruebe el preajuste genérico OAuth 2.0 con HTTP Basic.</translation>
    </message>
    <message>
        <source>A Motive token lasts up to two hours; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de Motive dura hasta dos horas; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>TokenDock knows no Motive test token URL; enter the one Motive gave you.</source>
        <translation>TokenDock no conoce ninguna URL del token de pruebas de Motive; introduzca la que le proporcionó Motive.</translation>
    </message>
    <message>
        <source>Check the client id and secret Motive issued for the Freight Marketplace.</source>
        <translation>Compruebe el ID y el secreto de cliente que Motive emitió para Freight Marketplace.</translation>
    </message>
    <message>
        <source>client id and secret in the form body</source>
        <translation>ID y secreto de cliente en el cuerpo de formulario</translation>
    </message>
    <message>
        <source>grant type client_credentials</source>
        <translation>tipo de concesión client_credentials</translation>
    </message>
    <message>
        <source>Loadsmart ShipperGuide APIs for truckload and LTL quotes and shipments</source>
        <translation>API de Loadsmart ShipperGuide para cotizaciones y envíos de carga completa y LTL</translation>
    </message>
    <message>
        <source>Loadsmart takes the client id and secret in HTTP Basic with grant_type=client_credentials. How long a token lasts and its format are not confirmed by Loadsmart; TokenDock reads expires_in from the answer.</source>
        <translation>Loadsmart recibe el ID y el secreto de cliente en HTTP Basic con grant_type=client_credentials. Loadsmart no confirma cuánto dura un token ni su formato; TokenDock lee expires_in de la respuesta.</translation>
    </message>
    <message>
        <source>Reuse the token and fetch the next one shortly before expires_in runs out.</source>
        <translation>Reutilice el token y obtenga el siguiente poco antes de que venza expires_in.</translation>
    </message>
    <message>
        <source>TokenDock knows no Loadsmart test token URL; enter the one Loadsmart gave you.</source>
        <translation>TokenDock no conoce ninguna URL del token de pruebas de Loadsmart; introduzca la que le proporcionó Loadsmart.</translation>
    </message>
    <message>
        <source>Check the client id and secret Loadsmart issued; Loadsmart takes them only as HTTP Basic credentials.</source>
        <translation>Compruebe el ID y el secreto de cliente que emitió Loadsmart; Loadsmart solo los acepta como credenciales HTTP Basic.</translation>
    </message>
    <message>
        <source>Expeditors shipment APIs for forwarding and customs visibility</source>
        <translation>API de envíos de Expeditors para la visibilidad de transitarios y aduanas</translation>
    </message>
    <message>
        <source>Expeditors does not publish a token URL: each customer gets its own API host, so enter the …/oauth2/token address Expeditors gave you. The client id and secret go in HTTP Basic, only client_credentials is accepted, and a token lasts about two hours. Expeditors allows at most 10 token requests an hour: reuse the token.</source>
        <translation>Expeditors no publica una URL del token: cada cliente tiene su propio host de API, así que introduzca la dirección …/oauth2/token que le proporcionó Expeditors. El ID y el secreto de cliente van en HTTP Basic, solo se acepta client_credentials y un token dura unas dos horas. Expeditors permite como máximo 10 solicitudes de token por hora: reutilice el token.</translation>
    </message>
    <message>
        <source>An Expeditors token lasts about two hours and only 10 may be requested an hour; reuse it until it expires.</source>
        <translation>Un token de Expeditors dura unas dos horas y solo se pueden solicitar 10 por hora; reutilícelo hasta que caduque.</translation>
    </message>
    <message>
        <source>Expeditors gives each customer its host; enter the …/oauth2/token URL Expeditors gave you.</source>
        <translation>Expeditors asigna a cada cliente su propio host; introduzca la URL …/oauth2/token que le proporcionó Expeditors.</translation>
    </message>
    <message>
        <source>Check the client id and secret Expeditors issued, and that the token URL is the host Expeditors gave you.</source>
        <translation>Compruebe el ID y el secreto de cliente que emitió Expeditors, y que la URL del token sea la del host que le proporcionó Expeditors.</translation>
    </message>
    <message>
        <source>token URL (each customer gets its own host)</source>
        <translation>URL del token (cada cliente tiene su propio host)</translation>
    </message>
    <message>
        <source>GLS ShipIT parcel shipping, labels and tracking</source>
        <translation>GLS ShipIT: envíos de paquetería, etiquetas y seguimiento</translation>
    </message>
    <message>
        <source>GLS takes the client id and secret in HTTP Basic with grant_type=client_credentials in the form body and says in expires_in how long the token lasts. The token URLs come from public integration code and are not confirmed by GLS&apos;s own documentation.</source>
        <translation>GLS recibe el ID y el secreto de cliente en HTTP Basic con grant_type=client_credentials en el cuerpo de formulario e indica en expires_in cuánto dura el token. Las URL del token proceden de código de integración público y la propia documentación de GLS no las confirma.</translation>
    </message>
    <message>
        <source>Check the client id and secret of your GLS developer app; sandbox and production apps differ.</source>
        <translation>Compruebe el ID y el secreto de cliente de su aplicación de desarrollador de GLS; las aplicaciones de sandbox y de producción son distintas.</translation>
    </message>
    <message>
        <source>DHL Authentication API tokens for DHL Freight and other DHL Group APIs</source>
        <translation>Tokens de la Authentication API de DHL para DHL Freight y otras API de DHL Group</translation>
    </message>
    <message>
        <source>DHL&apos;s Authentication API takes your app&apos;s API key and secret (consumer key and secret) in HTTP Basic; the request has no body, and the response type and grant type travel in the token URL. The response type chooses the token: access_token for an opaque one, id_token for a JWT. The token path and host, and the id_token choice, come from public samples and integration code and are not confirmed by DHL&apos;s documentation.</source>
        <translation>La Authentication API de DHL recibe la clave y el secreto de API de su aplicación (consumer key y consumer secret) en HTTP Basic; la solicitud no tiene cuerpo, y el tipo de respuesta y el tipo de concesión viajan en la URL del token. El tipo de respuesta elige el token: access_token para uno opaco, id_token para un JWT. La ruta y el host del token, y la opción id_token, proceden de ejemplos públicos y de código de integración, y la documentación de DHL no los confirma.</translation>
    </message>
    <message>
        <source>API key (consumer key)</source>
        <translation>Clave de API (consumer key)</translation>
    </message>
    <message>
        <source>API secret (consumer secret)</source>
        <translation>Secreto de API (consumer secret)</translation>
    </message>
    <message>
        <source>A DHL token lasts about 30 minutes; reuse it and fetch the next one shortly before it runs out.</source>
        <translation>Un token de DHL dura unos 30 minutos; reutilícelo y obtenga el siguiente poco antes de que caduque.</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Formato del token</translation>
    </message>
    <message>
        <source>access_token asks for an opaque token, id_token for a JWT; the API you call says which it takes.</source>
        <translation>access_token solicita un token opaco e id_token, un JWT; la API a la que llama indica cuál acepta.</translation>
    </message>
    <message>
        <source>Check the token format field: DHL accepts access_token or id_token.</source>
        <translation>Compruebe el campo Formato del token: DHL acepta access_token o id_token.</translation>
    </message>
    <message>
        <source>Check the API key and secret of your DHL developer app, and that the app has access to the API you want to call.</source>
        <translation>Compruebe la clave y el secreto de API de su aplicación de desarrollador de DHL, y que la aplicación tenga acceso a la API a la que quiere llamar.</translation>
    </message>
    <message>
        <source>token URL path and host</source>
        <translation>ruta y host de la URL del token</translation>
    </message>
    <message>
        <source>id_token as the way to get a JWT</source>
        <translation>id_token como forma de obtener un JWT</translation>
    </message>
    <message>
        <source>token lifetime (about 30 minutes)</source>
        <translation>vida útil del token (unos 30 minutos)</translation>
    </message>
    <message>
        <source>token lifetime (about ten hours)</source>
        <translation>vida útil del token (unas diez horas)</translation>
    </message>
    <message>
        <source>probe path</source>
        <translation>ruta de sondeo</translation>
    </message>
    <message>
        <source>the issuer of its tokens&apos; signing keys</source>
        <translation>el emisor de las claves de firma de sus tokens</translation>
    </message>
    <message>
        <source>Microsoft identity platform client secrets expire after at most 24 months. The Azure portal shows the date under App registrations, Certificates &amp; secrets.</source>
        <translation>Los secretos de cliente de la plataforma de identidad de Microsoft caducan como máximo a los 24 meses. El portal de Azure muestra la fecha en Registros de aplicaciones, Certificados y secretos.</translation>
    </message>
</context>
</TS>
