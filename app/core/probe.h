// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "message.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

struct Account;
struct CarrierPreset;

// Probes only read: nothing an API call could change is ever sent.
enum class ProbeMethod
{
    Get,
    Head
};

// One harmless read-only API call that shows whether a token opens the
// door: where it goes and what a good answer looks like. A preset names the
// carrier's documented read; an account may name its own.
struct ProbeSpec
{
    ProbeMethod method = ProbeMethod::Get;
    // a path joined to the environment's API base, or a full https URL
    QString target;
    QList<int> statuses; // the good answers; empty: any 2xx
    QString jsonPath;    // a dotted path that must exist in a good answer; empty: none
    bool unconfirmed = false;

    bool isSet() const { return !target.isEmpty(); }
    bool isFullUrl() const;
    // {"method", "url", "status", "json", "unconfirmed"}; what is default is left out.
    QJsonObject toJson() const;
    // Reads the keys above; a sentence naming the key at fault, or nothing.
    static std::optional<ProbeSpec> fromJson(const QJsonObject& obj, QString* problem);
    bool operator==(const ProbeSpec& other) const { return toJson() == other.toJson(); }
    bool operator!=(const ProbeSpec& other) const { return !(*this == other); }
};

QString probeMethodId(ProbeMethod m); // "GET", "HEAD"
// GET and HEAD; nothing for a method that could change something.
std::optional<ProbeMethod> probeMethodFromId(const QString& id);

// Where an account's probe goes and what it expects.
struct ProbePlan
{
    ProbeSpec spec;
    QUrl url;
    Message problem; // set: the probe cannot go (no probe, a refused URL)

    bool ok() const { return problem.isEmpty() && url.isValid(); }
};

namespace Probe {
// The account's own probe, else its preset's; nothing when neither has one.
std::optional<ProbeSpec> specFor(const Account& account, const CarrierPreset* preset);
// The API base: the environment's when the account uses that environment's
// own token URL and the preset names one, else the token URL's origin.
QUrl apiBase(const Account& account, const CarrierPreset* preset);
// The probe's URL and expectation; `overrideUrl` (a path or a full URL)
// replaces the target for one run.
ProbePlan plan(const Account& account, const CarrierPreset* preset,
               const QString& overrideUrl = {});
// Why a probe may not go to `url`: https only (http to this computer), no
// user info or fragment, no hidden characters. Empty when it may.
Message urlProblem(const QUrl& url);
// The hosts a probe is expected at: the token URL's, and every one the preset
// names (token URLs, API bases).
QStringList expectedHosts(const Account& account, const CarrierPreset* preset);
// The probe URL's host when it is none of expectedHosts(); empty otherwise.
QString unexpectedHost(const Account& account, const CarrierPreset* preset);
// The probe URL for display: the full URL, or the path the API base takes.
QString displayUrl(const Account& account, const CarrierPreset* preset);
} // namespace Probe
