<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountDelegate</name>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListPane</name>
    <message>
        <source>Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show accounts whose name, carrier, environment or client id contain every word (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet.
Add one with New (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No tests yet. Each test&apos;s time, outcome, HTTP status and latency is kept here (the last %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was kept because its secret could not be removed from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddEditCommand</name>
    <message>
        <source>Carrier %1, environment %2, token URL %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an account. The client secret is read from standard input (--secret-stdin) or asked for at the terminal, never taken from an argument. The settings are checked as the desktop app checks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the account, e.g. acme-banyan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the carrier with --carrier ID (“tokendock carriers” lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client id with --client-id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret: standard input is not a terminal and --secret-stdin was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe the secret in, e.g. printf &apos;%s\n&apos; &quot;$SECRET&quot; | tokendock add %1 … --secret-stdin; TokenDock never takes a secret from an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”; its secret is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes an account. Options not given stay as they are. A new secret is read from standard input with --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated “%1”; its new secret is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarrierCatalog</name>
    <message>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only body fields can be secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 60 for an interval policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier &quot;%1&quot; (entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not allowed by &quot;credentials&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, environment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice or reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, extra field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the carrier&apos;s grant types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error category with a text hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, deprecated path %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier catalog is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier catalog must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier catalog has schema %1; this version of TokenDock reads schema 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier catalog has no &quot;carriers&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier entry %1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier entry %1, field &quot;id&quot;: &quot;%2&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarrierPicker</name>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarriersCommand</name>
    <message>
        <source>in the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic authentication only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic (default) or the request body (--auth body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body (default) or HTTP Basic (--auth basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: read from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent as a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no published URL: give --token-url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT or opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, lasts about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the carrier presets: environments and token URLs, how credentials travel, extra fields and refresh advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDescriptions</name>
    <message>
        <source>Signing algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id: which of the issuer&apos;s keys signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type of the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint of the signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the signing keys are published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the signing certificate is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: who issued the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: whom the token is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: the API meant to accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique id of this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client the token was issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party: the requesting client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requesting application (Microsoft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted application roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant (directory) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id of the client in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When authentication happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor acting on the subject&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may act on the subject&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key the token is bound to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token format version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Token header and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Move the file aside or repair it, then try again; the desktop app can also start a fresh account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 list” to see the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 --help” to see what it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it with “%1 edit %2 …” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or allow more time with --timeout SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Test carrier API client credentials and print OAuth 2.0 tokens.
Without a command, tokendock starts the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “tokendock --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “tokendock &lt;command&gt; --help” for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the carrier presets: environments, token URLs, credentials, refresh advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account; its secret is read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an account and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a new token and show what the carrier answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a usable token (the cached one while it stays valid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the accounts to a file, without secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the accounts from an exported file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in carrier sandbox in the foreground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tokendock command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <source>Token lifetime left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme-dhl-sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the preset&apos;s token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As HTTP Basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send c&amp;redentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL is not confirmed by %1&apos;s documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from the preset&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts in {braces} are filled from the carrier fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This environment has no published token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the preset&apos;s URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Not confirmed by %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Acme DHL (wrong secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Banyan integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme project44 NA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme DHL eCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Globex FedEx for Acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme UPS production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme USPS testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme XPO Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme TForce Freight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox generic OAuth 2.0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message>
        <source>Writes every account&apos;s settings to a file to hand to a colleague: no secrets, tokens or test history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write; “-” for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or “-” for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (settings only: no secrets, tokens or history).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Adds the accounts from an exported file. Accounts whose names are in use are listed and left alone unless --overwrite is given. Imported accounts have no secret until one is entered with “tokendock edit NAME --secret-stdin”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export; “-” for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the accounts whose names are in use (keeping their history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n account(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n account(s) whose name is already in use: %1. Run the import again with --overwrite to replace them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret yet for: %1. Enter each with “tokendock edit NAME --secret-stdin”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s sandbox could not start on this computer&apos;s loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: answered by the built-in sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo accounts could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier API credentials in the OS keychain, OAuth 2.0 tokens two clicks away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo: every carrier against a built-in sandbox, apart from your own accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the window minimized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for the tray: copy the account&apos;s header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for the tray: the format for --copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderFormat</name>
    <message>
        <source>Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPie command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Test history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached, expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the accounts: name, carrier, environment, token URL, client id, the last test and when the cached token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached tokens could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add one with “tokendock add NAME --carrier ID --client-id ID”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CACHED TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a missing secret with “tokendock edit NAME --secret-stdin”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDock — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched a new token and copied it as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The clipboard clears in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Testing %1 of %n accounts…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: all worked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: %1 failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id and secret for the %1 environment, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate for Other Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Support &amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a redacted report of the last test for a support ticket: never the secret or the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier &amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TokenDock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test all progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its client secret and cached token are removed from %1. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the highlighted settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support report copied. It holds no secret and no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty account list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unreadable file stays where it is; TokenDock will write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TokenDock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenDock %1&lt;/h3&gt;&lt;p&gt;Carrier API client credentials in the OS keychain, OAuth 2.0 tokens two clicks away.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <source>Test outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about this error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetInfo</name>
    <message>
        <source>Not confirmed by %1&apos;s own documentation: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 developer documentation ↗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 developer documentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a TokenDock export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a TokenDock export (it is not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a TokenDock export (its format is not “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was exported by a newer TokenDock (format %1); update TokenDock to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no format version or no account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 in the file: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 in the file (“%2”) uses the carrier “%3”, which this TokenDock does not know. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds two accounts named “%1”. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileOptions</name>
    <message>
        <source>Rename the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier preset (see “tokendock carriers”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment id of the preset (default: its first), or ǌustom” together with --token-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL, in place of the preset&apos;s (https; http only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id (API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client id and secret travel: ǋody” or Ჺsic” (HTTP Basic), where the carrier accepts both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body|basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant type, for carriers that have several (FedEx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset field (e.g. clientrefnum, scope, child_Key, tenant) or an extra body parameter. Repeatable; KEY= removes it. Secret fields are read from standard input, never given here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra request header. Repeatable; KEY= removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a new client secret from standard input (one line; an empty line keeps the stored one), then one line per secret field of the preset, e.g. FedEx child_secret. At a terminal you are asked without echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from standard input (one line), then one line per secret field of the preset, e.g. FedEx child_secret. Without it you are asked at the terminal, without echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDock knows no carrier “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “tokendock carriers” to see the carrier ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the carrier with --carrier ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account uses the carrier “%1”, which TokenDock does not know; choose one with --carrier ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no environment “%2”; choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom environment needs a token URL: add --token-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth takes ǋody” or Ჺsic”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it on standard input with --secret-stdin (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is only sent with the grant types %1: choose one with --grant-type, then give it on standard input with --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret, so TokenDock does not take it on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a secret; TokenDock keeps extra parameters in its account file, never secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header takes KEY=VALUE, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Enter keeps the stored one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line on standard input is longer than %1 KiB; that is not a secret TokenDock can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe the secret in with --secret-stdin, or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give secrets on standard input with --secret-stdin (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRequest</name>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name under 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a carrier; “%1” is not one TokenDock knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an environment for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept the grant type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects the client credentials in the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects the client credentials in HTTP Basic authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by TokenDock itself; remove it from the extra parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid HTTP header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header is set by TokenDock itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header values cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deprecated; use %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token URL is not confirmed by %1&apos;s documentation; check it against what the carrier gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>TokenDock could not read its account list at %1: %2. The file was left as it is and a copy was saved as %3. Until you choose to start fresh, TokenDock will not change the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDock could not read its account list at %1: %2. The file was left as it is (a copy could not be made). Until you choose to start fresh, TokenDock will not change the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB, far larger than any account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of TokenDock (format %1; this version reads format %2), so update TokenDock to use these accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no format version or no account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 repeats the name or id of another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list could not be read, so TokenDock will not change it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” already exists; names must differ by more than letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDock could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDock could not save the account list to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <source>Removes an account, its secrets and its cached token. At a terminal you are asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask; needed when standard input is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing “%1” needs --yes when standard input is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secrets from %2? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestOptions</name>
    <message>
        <source>Give up after this many seconds (1 to 300; default: the request timeout in Settings, 20 seconds unless changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>TokenDock carrier sandbox listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox credentials below are fake values that only this sandbox accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault modes (they answer every request badly, on purpose):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the built-in carrier sandbox on 127.0.0.1 in the foreground until Ctrl+C, and prints each carrier&apos;s token URL and sandbox credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port to listen on (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1 port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program probably uses that port; choose another with --port, or leave it out to take any free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeChips</name>
    <message>
        <source>Scope %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show or hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring (Secret Service: GNOME Keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this account; enter it and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running. On Linux, start gnome-keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access; unlock it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time; check that it is not waiting for a password prompt, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error; retry, or restart the keychain service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error (%1); retry, or restart the keychain service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep the last token of each account in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear copied tokens after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the clipboard still holds the token. Never: keep it until you copy something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying renews a token that would expire within this time; the list marks it as expiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations and the tray icon arrive in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDock support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDock version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: token issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT header (signature not verified):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT claims (signature not verified):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>Requests a new token for an account (never the cached one) and shows what the carrier answered: outcome, HTTP status, latency, token type, expiry, scopes and the decoded JWT. The token itself is never shown; “tokendock token” prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document (it never holds the token or the secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the support report: safe to paste into a ticket (the client id abbreviated, never the secret or the token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestOutput</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK  %1: token issued by %2 (HTTP %3, %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the carrier did not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT header (signature not verified):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT claims (signature not verified):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED  %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Prints a usable token for an account, and only that and a newline, so H=$(tokendock token NAME --format header) works. The cached token is used while it stays valid for at least --min-valid seconds; otherwise a new one is requested and cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print: %1 (default: token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always request a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse the cached token only while it stays valid this many more seconds (default: the refresh margin in Settings, 60 seconds unless changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API the curl, httpie and powershell formats call (default: the token URL&apos;s host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes one of %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it with “tokendock edit %1 --secret-stdin”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenError</name>
    <message>
        <source>The carrier said: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct that setting and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and secret, and that they belong to this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token URL and the account&apos;s extra fields; if they are right, the carrier may be having trouble, so try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection, VPN or proxy, and the host name in the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token URL&apos;s host name; a company proxy that inspects TLS needs its certificate installed in the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or allow a longer request timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the token URL points at the carrier&apos;s token endpoint, not a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock or start the system keychain, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message numerus="yes">
        <source>The token looks like a JWT but is too long to decode (%n bytes).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The token has three dot-separated parts, but they are not valid base64url-encoded JSON, so it is treated as opaque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s signature part is not valid base64url, so it is treated as opaque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s &quot;exp&quot; claim is not a valid time and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the token request to %2 (HTTP %3); TokenDock did not follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the token request to another site, %2 (HTTP %3); TokenDock did not follow it, so your credentials were not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the new address is the carrier&apos;s real token endpoint, set it as the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2 KiB, far more than any token response; TokenDock stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing is listening at that address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local service or sandbox that should answer there, or correct the port in the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped sending data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused or dropped the connection to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deprecated; use %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks this token endpoint as deprecated; check its documentation for the new address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>The token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the client credentials (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier does not allow this client the requested grant type; ask the carrier to enable client credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scope field: the carrier refused one of the scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint does not support this grant type; check the token URL and grant type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token URL: the carrier has no token endpoint at that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier is rate limiting token requests; wait a minute and reuse the token you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s server failed; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 instead of a JSON token response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the response has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no token_type; TokenDock assumes Bearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued a token with an unusable lifetime (expires_in is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires_in arrived as text (&quot;%1&quot;); read as %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The token is an unsigned JWT (alg &quot;none&quot;); APIs should reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier did not say when the token expires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw response, token values redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the account (Ctrl+T) to request a token from %1. Its expiry, scopes and decoded claims appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sent as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPES: NONE STATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded for information only: the signature is not verified. Never trust these claims for access decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not signed at all (alg “none”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token to decode yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is opaque: it carries no readable claims, so there is nothing to decode. Its expiry comes from the response&apos;s expires_in.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last test returned no token; the banner above says why. Test again (Ctrl+T) once it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token values are replaced by a marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  (%n characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested refresh: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreadablePanel</name>
    <message>
        <source>Start fresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then nothing can be added, changed or deleted. Starting fresh begins an empty account list; secrets already in the keychain are not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh with no accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>Enter the carrier&apos;s token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 in the token URL with your own value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL is not a valid web address; it should look like https://host/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL must use https:// so the client secret is encrypted on the way; plain http:// is only allowed to this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the token URL; the client id and secret have their own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the #fragment from the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Add a carrier account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to TokenDock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your carriers&apos; API client credentials in one place, check in a click that they still work, and copy a fresh Authorization header whenever you need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens demo accounts for every carrier, answered by a built-in sandbox. Your own accounts are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets stay in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secrets are kept in %1, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test in one click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDock asks the carrier for an OAuth 2.0 token and explains any refusal in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-to-paste headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the header, a curl or HTTPie command, PowerShell or a .env line; the clipboard clears itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carriers</name>
    <message>
        <source>LIVE Connect v3 freight rating, booking and tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banyan does not publish its production token URL; enter the one Banyan gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banyan tokens last about an hour; reuse one until shortly before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banyan gives the production token URL to each customer; enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ref number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Binds the token to one client reference number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banyan answers 400 Bad Request when a field is missing or malformed; check the client ref number and the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and secret Banyan issued for this environment; integration and production credentials differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project44 API v4 visibility and shipment tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project44 asks clients to reuse a token until an API call answers 401, then fetch a new one; at most 5 tokens a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (North America)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client application id and secret in project44&apos;s OAuth 2.0 client applications; sandbox and production applications differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHL eCommerce Americas API v4 labels, manifests and tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHL eCommerce tokens last 60 minutes; DHL recommends fetching a new one every 15 to 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the client id and secret belong to this DHL eCommerce environment; sandbox and production credentials differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedEx APIs for parcel and freight shipping, rating and tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use client_credentials for your own account. The csp_credentials and client_pc_credentials grant types are for integrators acting for a FedEx customer; they also need that customer&apos;s child key and child secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FedEx token is good for one hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s child key, for integrator grant types only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s child secret, for integrator grant types only. Kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedEx refuses integrator grant types without a child key and child secret; fill both, or switch to client_credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key and secret key of the FedEx project for this environment; sandbox and production keys differ. With an integrator grant type, check the child key and child secret as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS APIs for shipping, rating, address validation and tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS takes the client id and secret only as HTTP Basic credentials. UPS sends expires_in as text; TokenDock reads it as seconds. The token format is not confirmed by UPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UPS token lasts about four hours; reuse it and fetch a new one when most of that time has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Integration Environment (CIE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Your UPS account number, sent as the x-merchant-id header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the UPS error code and message; if you set an account number, check that it belongs to this UPS app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and secret of your UPS app and that the app is enabled for this environment. UPS accepts them only as HTTP Basic credentials, never in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USPS APIs v3 for addresses, prices, labels and tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id and secret travel in a JSON request body. That the token is a JWT with a key id, and that it lasts about eight hours, is not confirmed by USPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USPS token lasts several hours; reuse it for the whole working session and fetch a new one before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing environment (TEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the consumer key and secret of your USPS app; apps for the testing environment and for production have different keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token format (JWT with a kid header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token lifetime (about 8 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XPO Connect APIs for LTL freight orders, rating and tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XPO publishes only a production token URL. Requests need the scope connect-orders. The token format is not confirmed by XPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XPO token is good for one hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XPO publishes no separate test token URL; enter one if XPO gave you one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API access to request. XPO Connect expects connect-orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scope field: XPO Connect expects connect-orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and secret XPO issued for your XPO Connect account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TForce Freight LTL APIs for rating, pickups, shipping and tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TForce Freight issues tokens through the Microsoft identity platform. Enter the tenant and the scope that the TForce developer portal shows for your app. The token lifetime of about one hour is not confirmed by TForce Freight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TForce Freight token lasts about an hour; reuse it and fetch the next one shortly before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TForce Freight publishes no separate test token URL; enter one if TForce gave you one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft directory that issues TForce Freight tokens, as the TForce developer portal gives it. It goes into the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it from the TForce developer portal. It names your app and ends in /.default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant and the scope: the scope must be the one the TForce developer portal shows, ending in /.default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and secret of your app in the TForce developer portal; Microsoft also rejects a secret that has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token lifetime (about 1 hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any OAuth 2.0 client-credentials token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token URL your provider documents. Client credentials travel in HTTP Basic or in the body, as you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse the token and fetch a new one when 80% of its lifetime has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated scopes to request, if the provider expects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API the token is for, if the provider expects an audience (Auth0 and others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8707 resource indicator, if the provider expects one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token URL and the scope, audience and resource fields; many providers refuse a request that names an API they do not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and secret, and try the other credential placement: some providers take them only as HTTP Basic, others only in the body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
