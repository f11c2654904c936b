// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"
#include "failure.h"
#include "probeoutcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QUuid>

#include <optional>

// One outcome of a token request, kept for the account's history.
struct TestRecord
{
    QDateTime at;     // UTC
    QString category; // Failure::categoryId(); "none" on success
    int httpStatus = 0;
    qint64 latencyMs = -1;
    // What a failed test said (our sentence, the carrier's words, what to
    // try), so it shows again after a restart and in other processes; never
    // a secret or a token. Its category is `category`.
    std::optional<Failure> failure;
    // The API call made with the token, when the test made one.
    std::optional<ProbeOutcome> probe = std::nullopt;
    // What the carrier said on a failure: its description, else its code
    // (cleaned and scrubbed of the request's secrets by the core).
    QString carrierWords() const;

    bool ok() const { return category == QLatin1String("none"); }
    // A token came and the probe, if one ran, worked.
    bool worked() const { return ok() && (!probe || probe->ok()); }
    bool operator==(const TestRecord& other) const
    {
        return at == other.at && category == other.category && httpStatus == other.httpStatus &&
               latencyMs == other.latencyMs && carrierWords() == other.carrierWords() &&
               probe == other.probe;
    }
    QJsonObject toJson() const;
    static std::optional<TestRecord> fromJson(const QJsonObject& obj);
};

// One carrier account: everything but its secrets, which live in the keychain.
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Account)

public:
    static constexpr int kMaxHistory = 20;
    static inline const QString kCustomEnvironment = QStringLiteral("custom");

    QUuid id;
    QString name;
    QString carrierId;
    QString environmentId; // an environment of the preset, or "custom"
    QString tokenUrl;      // empty = the environment's URL from the preset
    QString clientId;
    std::optional<CredentialPlacement> placement; // only where the preset allows a choice
    QString grantType;                            // empty = the preset's first grant type
    QMap<QString, QString> fields;  // non-secret extra fields and custom body parameters
    QMap<QString, QString> headers; // custom request headers
    // The account's own token exchange, over the preset's (ExchangeShape::apply
    // form); only for a preset that lets an account describe it (the generic one).
    QJsonObject shape;
    // Where the keys that check its JWTs' signatures come from (public, not
    // secrets): an OpenID issuer, a JWK set URL, a pasted PEM or JWK (set).
    QString issuer;
    QString jwksUrl;
    QString signingKey;
    bool keepFresh = false;
    // The account's own probe (ProbeSpec); unset: the preset's, if it has one.
    ProbeSpec probe;
    bool probeOn = true;        // tests make the probe after the token
    bool secretMissing = false; // e.g. imported: no secret entered yet
    QStringList keychainFields; // secret field keys ever written for this account, to remove
    QDateTime created;
    QDateTime updated;
    // The client secret's life (dates, never the secret): when it was last
    // set (invalid: before these were kept; `created` stands in), when a test
    // last worked as recordTest() saw it (see lastWorked()), and the day the
    // carrier says it stops working (invalid = not known). Local: none of
    // them travels in an export.
    QDateTime secretSetAt;
    QDateTime workedAt;
    QDateTime failingSince; // the first failed test since the last that worked
    QDate secretExpires;
    QList<TestRecord> history; // newest first, at most kMaxHistory

    bool isValid() const { return !id.isNull() && !name.trimmed().isEmpty(); }
    // Also moves workedAt when the test worked (a token, and its probe if one ran).
    void recordTest(const TestRecord& record);
    // When a test last worked: workedAt, or the history's newest success for
    // an account saved before it was kept. Invalid: never, as far as is known.
    QDateTime lastWorked() const;
    // When the failing tests began (failingSince, or for an account saved
    // before it was kept, the oldest failure after the history's last success);
    // invalid while the last test worked or there is none.
    QDateTime failingStart() const;
    std::optional<TestRecord> lastTest() const;

    // Resolved against the preset (nullptr = no preset known).
    QString effectiveTokenUrl(const CarrierPreset* preset) const;
    CredentialPlacement effectivePlacement(const CarrierPreset* preset) const;
    QString effectiveGrantType(const CarrierPreset* preset) const;
    EnvironmentKind environmentKind(const CarrierPreset* preset) const;
    QString environmentLabel(const CarrierPreset* preset) const;

    // Names are unique without regard to case: two names are the same when
    // their keys are equal (so a set of keys finds repeats in one pass).
    static QString nameKey(const QString& name);
    static bool sameName(const QString& a, const QString& b);

    // `current` with the settings that `edited` changed from `base`: a form
    // saved late keeps what another process changed in the other settings.
    static Account merged(const Account& base, const Account& edited, const Account& current);

    // Whole days since the secret was set (nothing while it is missing or
    // its date is unknown), and until the carrier's expiry date (negative
    // once it has passed; nothing without one), both on the calendar.
    std::optional<qint64> secretAgeDays(const QDateTime& now) const;
    // When the secret was set as far as is known: secretSetAt, else `created`.
    QDateTime secretSet() const { return secretSetAt.isValid() ? secretSetAt : created; }
    std::optional<qint64> daysUntilSecretExpires(const QDateTime& now) const;

    static constexpr int kMaxKeySettingLength = 2048;
    static constexpr int kMaxSigningKeyLength = 64 * 1024;

    // Without history: the settings only (no history, no workedAt).
    QJsonObject toJson(bool withHistory = true) const;
    void insertKeySettings(QJsonObject* obj) const;
    bool readKeySettings(const QJsonObject& obj);
    void insertSecretLife(QJsonObject* obj) const;
    bool readSecretLife(const QJsonObject& obj);
    // Reads one account; on failure says which field is wrong.
    static std::optional<Account> fromJson(const QJsonObject& obj, QString* error);
    // The test results an account's "history" holds: those that read, at most kMaxHistory.
    static QList<TestRecord> historyFromJson(const QJsonArray& list);
    // A time as the account list writes it, in UTC; invalid when it is not one.
    static QDateTime timeFromText(const QString& text);
};
