#pragma once

#include "headerformat.h"
#include "tokenresult.h"

#include <QObject>
#include <QUuid>

class AppServices;
class Clipboard;

// Copies an account's token in a ready-to-paste format. A token that has
// expired or would within the refresh margin is renewed first.
class TokenCopier : public QObject
{
    Q_OBJECT

public:
    TokenCopier(AppServices* services, Clipboard* clipboard, QObject* parent = nullptr);

    void copy(const QUuid& id, HeaderFormat::Format format);
    bool isBusy() const { return m_pending > 0; }

signals:
    void copied(const QUuid& id, HeaderFormat::Format format, bool renewed);
    void failed(const QUuid& id, const TokenResult& result);

private:
    AppServices* m_services;
    Clipboard* m_clipboard;
    int m_pending = 0;
};
