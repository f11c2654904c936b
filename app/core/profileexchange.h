#pragma once

#include "profile.h"

#include <QCoreApplication>

class CarrierCatalog;
class ProfileStore;

// Hands a set of accounts to a colleague: settings only, never secrets,
// tokens or history.
class ProfileExchange
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExchange)

public:
    static constexpr int kSchemaVersion = 1;
    static inline const QString kFormat = QStringLiteral("tokendock-profiles");

    static QByteArray exportJson(const QList<Profile>& profiles);
    static bool exportToFile(const QString& path, const QList<Profile>& profiles, QString* error);

    struct Conflict
    {
        Profile incoming;
        Profile existing;
    };
    struct Plan
    {
        QList<Profile> fresh;      // new names: added with new ids and no secret
        QList<Conflict> conflicts; // names already in use
        QString error;             // the file as a whole is unusable; nothing is imported
        bool ok() const { return error.isEmpty(); }
    };
    // Reads an export and sorts its accounts against the store.
    static Plan plan(const QByteArray& json, const ProfileStore& store,
                     const CarrierCatalog& catalog);
    static Plan planFile(const QString& path, const ProfileStore& store,
                         const CarrierCatalog& catalog);
    // Adds the fresh accounts and, only when overwrite is true, replaces the
    // conflicting ones (keeping their id and history). Returns the ids whose
    // cached tokens no longer match their settings.
    static bool apply(const Plan& plan, bool overwrite, ProfileStore* store,
                      QList<QUuid>* staleTokens, QString* error);
};
