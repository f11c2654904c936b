// SPDX-License-Identifier: Apache-2.0
#include "secretservicepaths.h"

#include "logging.h"
#include "privatefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <optional>
#include <utility>

namespace {

const QByteArray kHeader = QByteArrayLiteral("tokendock keychain paths 1");
// a service's, key's or label's UTF-8 bytes
constexpr qsizetype kMaxFieldBytes = 800;
// the longest line: a service, key, path (at most 255 bytes) and label
constexpr qsizetype kMaxLineBytes = 3 * kMaxFieldBytes + 255 + 3;
constexpr qint64 kMaxFileBytes = qint64(SecretServicePaths::kMaxEntries + 1) * kMaxLineBytes;

struct Entry
{
    QString service;
    QString key;
    QString path;
    QString label; // as this program last gave it to the item; empty: not known
};

struct Paths
{
    QMutex mutex;
    QString file;
    bool loaded = false; // the file was read (into text)
    // The file's text until it is parsed: a command that only looks its
    // item up (and uses it) finds the one line, not every line's fields.
    QByteArray text;
    bool parsed = false;
    int lookUps = 0;                         // in the text: past a few, parsing it once costs less
    QList<std::pair<QString, QString>> used; // looked up and used before the parse
    QList<Entry> entries;                    // the most recently learned last
    bool dirty = false;                      // changed since the file was written
    bool scheduled = false;                  // a write is due
};

// lookups in the text before it is parsed (a Test All asks a thousand)
constexpr int kQuickLookUps = 8;

// what changed is written a moment later, with whatever else changes by
// then (a Test All makes a thousand items), and when the application ends
constexpr int kSaveDelayMs = 1000;

Paths& paths()
{
    static Paths p;
    return p;
}

// A service or key a line can hold: tabs and line ends separate the fields.
bool fitsALine(const QString& text)
{
    return !text.isEmpty() && text.toUtf8().size() <= kMaxFieldBytes &&
           !text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n')) &&
           !text.contains(QLatin1Char('\r'));
}

qsizetype indexOf(const Paths& p, const QString& service, const QString& key)
{
    for (qsizetype i = p.entries.size() - 1; i >= 0; --i) {
        if (p.entries.at(i).key == key && p.entries.at(i).service == service)
            return i;
    }
    return -1;
}

// A line of the file as this version writes it; nothing for any other.
std::optional<Entry> entryOf(QByteArrayView line)
{
    const QList<QByteArray> fields = line.toByteArray().split('\t');
    if (fields.size() < 3 || fields.size() > 4 || line.size() > kMaxLineBytes)
        return std::nullopt;
    Entry entry{QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)),
                QString::fromUtf8(fields.at(2)), QString::fromUtf8(fields.value(3))};
    if (!fitsALine(entry.service) || !fitsALine(entry.key) ||
        !SecretServicePaths::isItemPath(entry.path) ||
        (fields.size() == 4 && !fitsALine(entry.label)))
        return std::nullopt;
    return entry;
}

// Reads the file's text once.
void load(Paths& p)
{
    if (p.loaded)
        return;
    p.loaded = true;
    p.parsed = false;
    p.lookUps = 0;
    p.text.clear();
    p.used.clear();
    p.entries.clear();
    QFile file(p.file);
    if (p.file.isEmpty() || file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return;
    p.text = file.readAll();
}

// What the file holds; lines that are not what this version writes are
// left out (the file is rewritten without them at the next change).
void parse(Paths& p)
{
    load(p);
    if (p.parsed)
        return;
    p.parsed = true;
    const QList<QByteArray> lines = std::exchange(p.text, QByteArray()).split('\n');
    if (lines.isEmpty() || lines.constFirst() != kHeader)
        return;
    QSet<QByteArray> seen; // the first line of a service and key counts
    for (qsizetype i = 1; i < lines.size() && p.entries.size() < SecretServicePaths::kMaxEntries;
         ++i) {
        std::optional<Entry> entry = entryOf(lines.at(i));
        if (!entry)
            continue;
        const QByteArray name = entry->service.toUtf8() + '\t' + entry->key.toUtf8();
        if (seen.contains(name))
            continue;
        seen.insert(name);
        p.entries.append(std::move(*entry));
    }
    // what was used before is the newest, as if parsed then
    for (const auto& [service, key] : std::exchange(p.used, {})) {
        const qsizetype at = indexOf(p, service, key);
        if (at >= 0)
            p.entries.move(at, p.entries.size() - 1);
    }
}

// The service and key's entry from the text not parsed yet: found, not
// there, or only the parse can say (its first line is not valid, or the
// file has more lines than are read).
enum class Quick
{
    Found,
    NotThere,
    Unsure
};
Quick lookUp(Paths& p, const QString& service, const QString& key, Entry* found)
{
    ++p.lookUps;
    const QByteArrayView text(p.text);
    if (!text.startsWith(kHeader) ||
        (text.size() > kHeader.size() && text.at(kHeader.size()) != '\n'))
        return Quick::NotThere;
    // every line but the header may be an entry: more than are read, and
    // the parse could stop before the one found (the last line may lack its end)
    const qsizetype lines = text.count('\n') - (text.endsWith('\n') ? 1 : 0);
    if (p.lookUps >= kQuickLookUps || lines > SecretServicePaths::kMaxEntries)
        return Quick::Unsure;
    const QByteArray start = '\n' + service.toUtf8() + '\t' + key.toUtf8() + '\t';
    const qsizetype at = text.indexOf(start);
    if (at < 0)
        return Quick::NotThere;
    const qsizetype end = text.indexOf('\n', at + 1);
    const std::optional<Entry> entry =
        entryOf(text.sliced(at + 1, (end < 0 ? text.size() : end) - at - 1));
    if (!entry || entry->service != service || entry->key != key)
        return Quick::Unsure;
    *found = *entry;
    return Quick::Found;
}

void save(Paths& p)
{
    p.dirty = false;
    if (p.file.isEmpty())
        return;
    QByteArray text = kHeader + '\n';
    for (const Entry& entry : p.entries) {
        text += entry.service.toUtf8() + '\t' + entry.key.toUtf8() + '\t' + entry.path.toUtf8();
        if (!entry.label.isEmpty())
            text += '\t' + entry.label.toUtf8();
        text += '\n';
    }
    QSaveFile file(p.file);
    if (PrivateFiles::makeOwnFolder(QFileInfo(p.file).absolutePath()) &&
        file.open(QIODevice::WriteOnly) && PrivateFiles::restrict(file) &&
        file.write(text) == text.size() && file.commit())
        return;
    // a file not written only makes the next read search
    qCInfo(lcKeychain) << "keychain item paths not kept:" << file.errorString();
}

void changed(Paths& p)
{
    p.dirty = true;
    auto* app = QCoreApplication::instance();
    if (!app)
        return save(p);
    static const bool atExit = [] {
        qAddPostRoutine(&SecretServicePaths::flush);
        return true;
    }();
    Q_UNUSED(atExit)
    if (p.scheduled)
        return;
    p.scheduled = true;
    QTimer::singleShot(kSaveDelayMs, app, &SecretServicePaths::flush);
}

} // namespace

void SecretServicePaths::setFile(const QString& path)
{
    Paths& p = paths();
    const QMutexLocker lock(&p.mutex);
    if (p.file == path)
        return;
    if (p.dirty)
        save(p);
    p.file = path;
    p.loaded = false;
    p.parsed = false;
    p.text.clear();
    p.used.clear();
    p.entries.clear();
}

QString SecretServicePaths::file()
{
    Paths& p = paths();
    const QMutexLocker lock(&p.mutex);
    return p.file;
}

namespace {
Entry entryOf(const QString& service, const QString& key)
{
    Paths& p = paths();
    const QMutexLocker lock(&p.mutex);
    load(p);
    Entry found;
    if (!p.parsed) {
        const Quick quick = lookUp(p, service, key, &found);
        if (quick != Quick::Unsure)
            return found;
        parse(p);
    }
    const qsizetype i = indexOf(p, service, key);
    return i < 0 ? Entry() : p.entries.at(i);
}
} // namespace

QString SecretServicePaths::find(const QString& service, const QString& key)
{
    return entryOf(service, key).path;
}

QString SecretServicePaths::label(const QString& service, const QString& key)
{
    return entryOf(service, key).label;
}

void SecretServicePaths::remember(const QString& service, const QString& key, const QString& path,
                                  const QString& label)
{
    Paths& p = paths();
    const QMutexLocker lock(&p.mutex);
    if (p.file.isEmpty() || !fitsALine(service) || !fitsALine(key) || !isItemPath(path))
        return;
    // a label that cannot be kept is not known
    const QString given = fitsALine(label) ? label : QString();
    load(p);
    Entry known;
    if (!p.parsed && lookUp(p, service, key, &known) == Quick::Found && known.path == path &&
        (label.isEmpty() || known.label == given)) {
        p.used.append({service, key});
        return;
    }
    parse(p);
    const qsizetype i = indexOf(p, service, key);
    // the file is written only when a path or label is new; a use moves the
    // path to the newest, and the file keeps that order from its next write on
    if (i >= 0 && p.entries.at(i).path == path &&
        (label.isEmpty() || p.entries.at(i).label == given)) {
        p.entries.move(i, p.entries.size() - 1);
        return;
    }
    if (i >= 0)
        p.entries.removeAt(i);
    p.entries.append(Entry{service, key, path, given});
    while (p.entries.size() > kMaxEntries)
        p.entries.removeFirst();
    changed(p);
}

void SecretServicePaths::forget(const QString& service, const QString& key)
{
    Paths& p = paths();
    const QMutexLocker lock(&p.mutex);
    if (p.file.isEmpty())
        return;
    parse(p);
    const qsizetype i = indexOf(p, service, key);
    if (i < 0)
        return;
    p.entries.removeAt(i);
    changed(p);
}

void SecretServicePaths::forgetLabel(const QString& service, const QString& key)
{
    Paths& p = paths();
    const QMutexLocker lock(&p.mutex);
    if (p.file.isEmpty())
        return;
    load(p);
    Entry known;
    if (!p.parsed && lookUp(p, service, key, &known) != Quick::Unsure && known.label.isEmpty())
        return;
    parse(p);
    const qsizetype i = indexOf(p, service, key);
    if (i < 0 || p.entries.at(i).label.isEmpty())
        return;
    p.entries[i].label.clear();
    changed(p);
}

void SecretServicePaths::flush()
{
    Paths& p = paths();
    const QMutexLocker lock(&p.mutex);
    p.scheduled = false;
    if (p.dirty)
        save(p);
}

bool SecretServicePaths::isItemPath(const QString& path)
{
    static const QLatin1String prefix("/org/freedesktop/secrets/collection/");
    if (!path.startsWith(prefix) || path.size() > 255 || path.endsWith(QLatin1Char('/')) ||
        path.contains(QLatin1String("//")))
        return false;
    // an object path's characters: [A-Za-z0-9_] between the slashes
    for (const QChar c : path) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                             (u >= '0' && u <= '9') || u == '_' || u == '/';
        if (!allowed)
            return false;
    }
    // a collection and an item below it
    return path.count(QLatin1Char('/')) >= 6;
}
