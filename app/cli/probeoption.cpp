// SPDX-License-Identifier: Apache-2.0
// --probe on|off, --probe-url, --probe-method, --probe-expect: an account's probe
#include "accountoptions.h"
#include "clisession.h"
#include "commandparser.h"
#include "textpolicy.h"

namespace {
const QString kProbe = QStringLiteral("probe");
const QString kProbeUrl = QStringLiteral("probe-url");
const QString kProbeMethod = QStringLiteral("probe-method");
const QString kProbeExpect = QStringLiteral("probe-expect");
} // namespace

void AccountOptions::declareProbe(CommandParser& parser)
{
    const auto option = [&parser](const QString& name, const QString& description,
                                  const QString& valueName) {
        parser.addOption(QCommandLineOption(name, description, valueName));
    };
    option(kProbe,
           tr("Whether \u201ctokendock test\u201d makes the probe, a harmless read-only API call "
              "with the new token: on (the default) or off."),
           tr("on|off"));
    option(kProbeUrl,
           tr("The probe's API call: a path joined to the environment's API address (e.g. "
              "/v1/ping) or a full https URL. The token is sent there. Empty: the preset's."),
           tr("URL"));
    option(kProbeMethod, tr("The probe's method: GET (the default) or HEAD; a probe only reads."),
           tr("GET|HEAD"));
    option(kProbeExpect,
           tr("A dotted JSON path a good probe answer must hold, e.g. data.items. Empty: any "
              "2xx answer will do."),
           tr("PATH"));
}

bool AccountOptions::applyProbe(const CommandParser& parser, CliSession& session,
                                const CarrierPreset& preset, Account* account, Failure* error)
{
    const auto fail = [&](const QString& message) {
        *error = session.usage(message);
        return false;
    };
    if (parser.isSet(kProbe)) {
        const QString v = parser.value(kProbe).trimmed().toLower();
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            return fail(
                tr("--probe takes on or off, not \u201c%1\u201d.").arg(TextPolicy::oneLine(v)));
        account->probeOn = v == QLatin1String("on");
    }
    const bool touched =
        parser.isSet(kProbeUrl) || parser.isSet(kProbeMethod) || parser.isSet(kProbeExpect);
    if (!touched)
        return true;
    // the account's own probe starts from what it has, else the preset's
    ProbeSpec spec = account->probe.isSet() ? account->probe : preset.probe;
    // an empty URL goes back to the preset's probe
    const bool backToPreset =
        parser.isSet(kProbeUrl) && parser.value(kProbeUrl).trimmed().isEmpty();
    if (backToPreset)
        spec = preset.probe;
    else if (parser.isSet(kProbeUrl))
        spec.target = parser.value(kProbeUrl).trimmed();
    if (spec.target.isEmpty() ||
        (backToPreset && !parser.isSet(kProbeMethod) && !parser.isSet(kProbeExpect))) {
        account->probe = ProbeSpec();
        return true;
    }
    QJsonObject obj = spec.toJson();
    if (parser.isSet(kProbeMethod))
        obj.insert(QStringLiteral("method"), parser.value(kProbeMethod).trimmed());
    if (parser.isSet(kProbeExpect)) {
        const QString path = parser.value(kProbeExpect).trimmed();
        if (path.isEmpty())
            obj.remove(QStringLiteral("json"));
        else
            obj.insert(QStringLiteral("json"), path);
    }
    obj.remove(QStringLiteral("unconfirmed"));
    QString problem;
    const auto checked = ProbeSpec::fromJson(obj, &problem);
    if (!checked)
        return fail(tr("The probe is not valid: %1").arg(problem));
    account->probe = *checked;
    const ProbePlan plan = Probe::plan(*account, &preset);
    if (!plan.problem.isEmpty())
        return fail(plan.problem.text());
    if (const QString host = Probe::unexpectedHost(*account, &preset); !host.isEmpty())
        CliSession::err(tr("Note: the probe sends the token to %1, a host %2 does not name.")
                            .arg(TextPolicy::oneLine(host), preset.name) +
                        QLatin1Char('\n'));
    return true;
}
