#include "profileexchange.h"

#include "carriercatalog.h"
#include "privatefiles.h"
#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
constexpr qint64 kMaxImportBytes = 8 * 1024 * 1024;

// The fields that travel; ids, history and local state do not.
QJsonObject portable(const Profile& p)
{
    QJsonObject obj = p.toJson(false);
    for (const char* local : {"id", "keep_fresh", "secret_missing", "created", "updated"})
        obj.remove(QLatin1String(local));
    return obj;
}
} // namespace

QByteArray ProfileExchange::exportJson(const QList<Profile>& profiles)
{
    QJsonArray list;
    for (const Profile& p : profiles)
        list.append(portable(p));
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("schema"), kSchemaVersion},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("profiles"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProfileExchange::exportToFile(const QString& path, const QList<Profile>& profiles,
                                   QString* error)
{
    QSaveFile file(path);
    // 0600 whatever the umask, also over an earlier export that was not
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file)) {
        if (error)
            *error = tr("Could not write %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(exportJson(profiles));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

ProfileExchange::Plan ProfileExchange::planFile(const QString& path, const ProfileStore& store,
                                                const CarrierCatalog& catalog)
{
    QFile file(path);
    Plan plan;
    if (!file.open(QIODevice::ReadOnly)) {
        plan.error =
            tr("Could not open %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return plan;
    }
    if (file.size() > kMaxImportBytes) {
        plan.error =
            tr("%1 is too large to be a TokenDock export.").arg(QDir::toNativeSeparators(path));
        return plan;
    }
    return ProfileExchange::plan(file.readAll(), store, catalog);
}

ProfileExchange::Plan ProfileExchange::plan(const QByteArray& json, const ProfileStore& store,
                                            const CarrierCatalog& catalog)
{
    Plan plan;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        plan.error = tr("The file is not a TokenDock export (it is not a JSON object).");
        return plan;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        plan.error = tr("The file is not a TokenDock export (its format is not \u201c%1\u201d).")
                         .arg(kFormat);
        return plan;
    }
    const int schema = root.value(QStringLiteral("schema")).toInt(0);
    if (schema > kSchemaVersion) {
        plan.error = tr("The file was exported by a newer TokenDock (format %1); update TokenDock "
                        "to import it.")
                         .arg(schema);
        return plan;
    }
    if (schema < 1 || !root.value(QStringLiteral("profiles")).isArray()) {
        plan.error = tr("The file has no format version or no account list.");
        return plan;
    }
    const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
    QStringList namesSeen;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < list.size(); ++i) {
        QJsonObject obj = list.at(i).toObject();
        // ids are local: every imported account gets a new one
        obj.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        obj.remove(QStringLiteral("history"));
        QString error;
        auto profile = Profile::fromJson(obj, &error);
        if (!profile) {
            plan.error =
                tr("Account %1 in the file: %2. Nothing was imported.").arg(i + 1).arg(error);
            return plan;
        }
        if (!catalog.find(profile->carrierId)) {
            plan.error = tr("Account %1 in the file (\u201c%2\u201d) uses the carrier "
                            "\u201c%3\u201d, which this "
                            "TokenDock does not know. Nothing was imported.")
                             .arg(i + 1)
                             .arg(profile->name, profile->carrierId);
            return plan;
        }
        for (const QString& seen : std::as_const(namesSeen)) {
            if (Profile::sameName(seen, profile->name)) {
                plan.error =
                    tr("The file holds two accounts named \u201c%1\u201d. Nothing was imported.")
                        .arg(seen);
                return plan;
            }
        }
        namesSeen << profile->name;
        profile->secretMissing = true;
        profile->created = now;
        profile->updated = now;
        if (const Profile* existing = store.findByName(profile->name))
            plan.conflicts.append({*profile, *existing});
        else
            plan.fresh.append(*profile);
    }
    return plan;
}

bool ProfileExchange::apply(const Plan& plan, bool overwrite, ProfileStore* store,
                            QList<QUuid>* staleTokens, QString* error)
{
    if (!plan.ok()) {
        if (error)
            *error = plan.error;
        return false;
    }
    QList<Profile> next = store->profiles();
    for (const Profile& p : plan.fresh)
        next.append(p);
    if (overwrite) {
        for (const Conflict& c : plan.conflicts) {
            for (Profile& existing : next) {
                if (existing.id != c.existing.id)
                    continue;
                Profile replaced = c.incoming;
                replaced.id = existing.id;
                replaced.history = existing.history;
                replaced.created = existing.created;
                replaced.keepFresh = existing.keepFresh;
                // the stored secret still fits only if the client id is the same
                replaced.secretMissing =
                    existing.secretMissing || existing.clientId != replaced.clientId;
                if (staleTokens)
                    staleTokens->append(existing.id);
                existing = replaced;
            }
        }
    }
    return store->replaceAll(next, error);
}
