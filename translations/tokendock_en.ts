<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message numerus="yes">
        <source>No tests yet. Each test&apos;s time, outcome, HTTP status and latency are kept here (the last %n).</source>
        <translation>
            <numerusform>No tests yet. Each test&apos;s time, outcome, HTTP status and latency are kept here (the last %n).</numerusform>
            <numerusform>No tests yet. Each test&apos;s time, outcome, HTTP status and latency are kept here (the last %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message numerus="yes">
        <source>Expired %n s ago</source>
        <translation>
            <numerusform>Expired %n s ago</numerusform>
            <numerusform>Expired %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n min ago</source>
        <translation>
            <numerusform>Expired %n min ago</numerusform>
            <numerusform>Expired %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n h ago</source>
        <translation>
            <numerusform>Expired %n h ago</numerusform>
            <numerusform>Expired %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n s</source>
        <translation>
            <numerusform>Expires in %n s</numerusform>
            <numerusform>Expires in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n min</source>
        <translation>
            <numerusform>Expires in %n min</numerusform>
            <numerusform>Expires in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n h</source>
        <translation>
            <numerusform>Expires in %n h</numerusform>
            <numerusform>Expires in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n s</source>
        <translation>
            <numerusform>expires in %n s</numerusform>
            <numerusform>expires in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>expires in %n min</numerusform>
            <numerusform>expires in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>expires in %n h</numerusform>
            <numerusform>expires in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n days</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n s.</source>
        <translation>
            <numerusform>A new token, valid for %n s.</numerusform>
            <numerusform>A new token, valid for %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n min.</source>
        <translation>
            <numerusform>A new token, valid for %n min.</numerusform>
            <numerusform>A new token, valid for %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n h.</source>
        <translation>
            <numerusform>A new token, valid for %n h.</numerusform>
            <numerusform>A new token, valid for %n h.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new token, valid for %n days.</source>
        <translation>
            <numerusform>A new token, valid for %n day.</numerusform>
            <numerusform>A new token, valid for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetNote</name>
    <message numerus="yes">
        <source>%1 of %n token requests left this second</source>
        <translation>
            <numerusform>%1 of %n token request left this second</numerusform>
            <numerusform>%1 of %n token requests left this second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left this minute</source>
        <translation>
            <numerusform>%1 of %n token request left this minute</numerusform>
            <numerusform>%1 of %n token requests left this minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left this hour</source>
        <translation>
            <numerusform>%1 of %n token request left this hour</numerusform>
            <numerusform>%1 of %n token requests left this hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token requests left today</source>
        <translation>
            <numerusform>%1 of %n token request left today</numerusform>
            <numerusform>%1 of %n token requests left today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriersCommand</name>
    <message numerus="yes">
        <source>at most %n days</source>
        <translation>
            <numerusform>at most %n day</numerusform>
            <numerusform>at most %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckOutput</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n could not be checked</numerusform>
            <numerusform>%n could not be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a secret expiring soon</source>
        <translation>
            <numerusform>%n with a secret expiring soon</numerusform>
            <numerusform>%n with a secret expiring soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired secret</source>
        <translation>
            <numerusform>%n with an expired secret</numerusform>
            <numerusform>%n with an expired secret</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (settings only: no secrets, tokens or history).</source>
        <translation>
            <numerusform>Exported %n account to %1 (settings only: no secrets, tokens or history).</numerusform>
            <numerusform>Exported %n accounts to %1 (settings only: no secrets, tokens or history).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: replacing %n account(s) would remove their stored secrets, because the file sends them to another address or in another way. Check the changes above, then run the import again with --overwrite --yes.</source>
        <translation>
            <numerusform>Nothing was imported: replacing %n account would remove its stored secrets, because the file sends them to another address or in another way. Check the changes above, then run the import again with --overwrite --yes.</numerusform>
            <numerusform>Nothing was imported: replacing %n accounts would remove their stored secrets, because the file sends them to another address or in another way. Check the changes above, then run the import again with --overwrite --yes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file carries %n carrier preset(s) to install, which decide where the accounts that use them send their secrets. Check the presets and their hosts above, then run the import again with --yes.</source>
        <translation>
            <numerusform>Nothing was imported: the file carries %n carrier preset to install, which decides where the accounts that use it send their secrets. Check the preset and its hosts above, then run the import again with --yes.</numerusform>
            <numerusform>Nothing was imported: the file carries %n carrier presets to install, which decide where the accounts that use them send their secrets. Check the presets and their hosts above, then run the import again with --yes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Remove the stored secrets of %n account(s) whose new settings send them elsewhere</source>
        <translation>
            <numerusform>Remove the stored secrets of %n account whose new settings send them elsewhere</numerusform>
            <numerusform>Remove the stored secrets of %n accounts whose new settings send them elsewhere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Imported %n account(s): %1.</source>
        <translation>
            <numerusform>Imported %n account: %1.</numerusform>
            <numerusform>Imported %n accounts: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n account(s): %1.</source>
        <translation>
            <numerusform>Replaced %n account: %1.</numerusform>
            <numerusform>Replaced %n accounts: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n account(s) whose name is already in use: %1. Run the import again with --overwrite to replace them.</source>
        <translation>
            <numerusform>Skipped %n account whose name is already in use: %1. Run the import again with --overwrite to replace it.</numerusform>
            <numerusform>Skipped %n accounts whose names are already in use: %1. Run the import again with --overwrite to replace them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed %n carrier preset(s): %1.</source>
        <translation>
            <numerusform>Installed %n carrier preset: %1.</numerusform>
            <numerusform>Installed %n carrier presets: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepFresh</name>
    <message numerus="yes">
        <source>Retrying at %1 (failures in a row: %n)</source>
        <translation>
            <numerusform>Retrying at %1 (failures in a row: %n)</numerusform>
            <numerusform>Retrying at %1 (failures in a row: %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatencyText</name>
    <message numerus="yes">
        <source>Timed out after %n s</source>
        <translation>
            <numerusform>Timed out after %n s</numerusform>
            <numerusform>Timed out after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>The clipboard clears in %n second.</numerusform>
            <numerusform>The clipboard clears in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Testing %1 of %n accounts…</source>
        <translation>
            <numerusform>Testing %1 of %n account…</numerusform>
            <numerusform>Testing %1 of %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: all worked.</source>
        <translation>
            <numerusform>Tested %n account: all worked.</numerusform>
            <numerusform>Tested %n accounts: all worked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n accounts: %1 failed.</source>
        <translation>
            <numerusform>Tested %n account: %1 failed.</numerusform>
            <numerusform>Tested %n accounts: %1 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secrets and tokens of the %n account(s) it names are removed from the keychain.</source>
        <translation>
            <numerusform>The secrets and tokens of the %n account it names are removed from the keychain.</numerusform>
            <numerusform>The secrets and tokens of the %n accounts it names are removed from the keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s); enter each one&apos;s secret before testing.</source>
        <translation>
            <numerusform>Imported %n account; enter its secret before testing.</numerusform>
            <numerusform>Imported %n accounts; enter each one&apos;s secret before testing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s): settings only, no secrets or tokens.</source>
        <translation>
            <numerusform>Exported %n account: settings only, no secrets or tokens.</numerusform>
            <numerusform>Exported %n accounts: settings only, no secrets or tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message numerus="yes">
        <source>The carrier says the new secret expires on %1 (in %n days).</source>
        <translation>
            <numerusform>The carrier says the new secret expires on %1 (in %n day).</numerusform>
            <numerusform>The carrier says the new secret expires on %1 (in %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretLife</name>
    <message numerus="yes">
        <source>set %n day(s) ago</source>
        <translation>
            <numerusform>set %n day ago</numerusform>
            <numerusform>set %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last worked %n day(s) ago</source>
        <translation>
            <numerusform>last worked %n day ago</numerusform>
            <numerusform>last worked %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secret set %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Secret set %1 (%n day ago)</numerusform>
            <numerusform>Secret set %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not working for %n day(s)</source>
        <translation>
            <numerusform>not working for %n day</numerusform>
            <numerusform>not working for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretLifeText</name>
    <message numerus="yes">
        <source>secret %n days old</source>
        <translation>
            <numerusform>secret %n day old</numerusform>
            <numerusform>secret %n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires %1, in %n days</source>
        <translation>
            <numerusform>expires %1, in %n day</numerusform>
            <numerusform>expires %1, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n days ago (%1)</source>
        <translation>
            <numerusform>expired %n day ago (%1)</numerusform>
            <numerusform>expired %n days ago (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretReminder</name>
    <message numerus="yes">
        <source>The secret of “%1” expires in %n day(s), on %2: rotate it before then.</source>
        <translation>
            <numerusform>The secret of “%1” expires in %n day, on %2: rotate it before then.</numerusform>
            <numerusform>The secret of “%1” expires in %n days, on %2: rotate it before then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has not worked in %n day(s) of tests: check its secret and settings.</source>
        <translation>
            <numerusform>“%1” has not worked in %n day of tests: check its secret and settings.</numerusform>
            <numerusform>“%1” has not worked in %n days of tests: check its secret and settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” last worked %n day(s) ago: check its secret, or rotate it if the carrier issued a new one.</source>
        <translation>
            <numerusform>“%1” last worked %n day ago: check its secret, or rotate it if the carrier issued a new one.</numerusform>
            <numerusform>“%1” last worked %n days ago: check its secret, or rotate it if the carrier issued a new one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeEditor</name>
    <message numerus="yes">
        <source>Advanced (%n changed)</source>
        <translation>
            <numerusform>Advanced (%n changed)</numerusform>
            <numerusform>Advanced (%n changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkippedPresetFiles</name>
    <message numerus="yes">
        <source>%n preset files were not loaded.</source>
        <translation>
            <numerusform>%n preset file was not loaded.</numerusform>
            <numerusform>%n preset files were not loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenBudget</name>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>every %n second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token requests %1</source>
        <comment>%1 is a period: a minute, every 15 minutes</comment>
        <translation>
            <numerusform>%n token request %1</numerusform>
            <numerusform>%n token requests %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message numerus="yes">
        <source>The token looks like a JWT but is too long to decode (%n bytes).</source>
        <translation>
            <numerusform>The token looks like a JWT but is too long to decode (%n byte).</numerusform>
            <numerusform>The token looks like a JWT but is too long to decode (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenReply</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message numerus="yes">
        <source>expires_in arrived as text (&quot;%1&quot;); read as %n seconds.</source>
        <translation>
            <numerusform>expires_in arrived as text (&quot;%1&quot;); read as %n second.</numerusform>
            <numerusform>expires_in arrived as text (&quot;%1&quot;); read as %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message numerus="yes">
        <source>  (%n characters)</source>
        <translation>
            <numerusform>  (%n character)</numerusform>
            <numerusform>  (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>clipboard clears in %n s</source>
        <translation>
            <numerusform>clipboard clears in %n s</numerusform>
            <numerusform>clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets need attention</source>
        <translation>
            <numerusform>%n secret needs attention</numerusform>
            <numerusform>%n secrets need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message numerus="yes">
        <source>Accounts whose last test failed: %n</source>
        <translation>
            <numerusform>Accounts whose last test failed: %n</numerusform>
            <numerusform>Accounts whose last test failed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired tokens: %n</source>
        <translation>
            <numerusform>Expired tokens: %n</numerusform>
            <numerusform>Expired tokens: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more secret reminder(s)</source>
        <translation>
            <numerusform>%n more secret reminder</numerusform>
            <numerusform>%n more secret reminders</numerusform>
        </translation>
    </message>
</context>
</TS>
