#pragma once

#include "profile.h"

#include <QObject>

// The one file holding every account's non-secret settings.
//
// A file it cannot read (corrupt, or written by a newer TokenDock) is never
// overwritten: it is copied aside, problem() explains both paths, and every
// write is refused until startFresh().
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 1;

    enum class State
    {
        Ready,
        Unreadable
    };

    explicit ProfileStore(const QString& filePath = defaultPath(), QObject* parent = nullptr);

    // AppConfigLocation/profiles.json
    static QString defaultPath();

    // Reads the file (a missing file is an empty, writable store).
    State load();
    // Parses a profiles file's bytes; on failure returns false and says why.
    static bool parse(const QByteArray& bytes, QList<Profile>* profiles, QString* reason);
    State state() const { return m_state; }
    // A sentence for people when state() is Unreadable.
    QString problem() const { return m_problem; }
    QString backupPath() const { return m_backupPath; }
    QString filePath() const { return m_path; }
    // Accept losing the unreadable file (its copy stays) and start empty.
    bool startFresh(QString* error = nullptr);

    const QList<Profile>& profiles() const { return m_profiles; }
    const Profile* find(const QUuid& id) const;
    const Profile* findByName(const QString& name) const;

    // Whether add() or update() would accept the profile (writable store, unique name).
    bool canSave(const Profile& profile, QString* error = nullptr) const;
    bool isWritable() const { return m_state == State::Ready; }

    // Each change is saved at once; on failure nothing changes and *error says why.
    bool add(const Profile& profile, QString* error = nullptr);
    bool update(const Profile& profile, QString* error = nullptr);
    bool remove(const QUuid& id, QString* error = nullptr);
    // Replaces everything (used by import with overwrite); same rules.
    bool replaceAll(const QList<Profile>& profiles, QString* error = nullptr);

signals:
    void changed();

private:
    bool write(const QList<Profile>& profiles, QString* error);
    bool checkWritable(QString* error) const;
    QString validateName(const Profile& profile, QString* error) const;
    void markUnreadable(const QString& reason);
    QString existingBackup() const;

    QString m_path;
    State m_state = State::Ready;
    QString m_problem;
    QString m_backupPath;
    QList<Profile> m_profiles;
};
