// SPDX-License-Identifier: Apache-2.0
#include "secretservicewire.h"

#include <QDBusMetaType>

void SecretServiceWire::registerTypes()
{
    static const bool registered = [] {
        qDBusRegisterMetaType<Attributes>();
        qDBusRegisterMetaType<Secret>();
        qDBusRegisterMetaType<Secrets>();
        return true;
    }();
    Q_UNUSED(registered)
}

QDBusArgument& SecretServiceWire::operator<<(QDBusArgument& out, const Secret& s)
{
    out.beginStructure();
    out << s.session << s.parameters << s.value << s.contentType;
    out.endStructure();
    return out;
}

const QDBusArgument& SecretServiceWire::operator>>(const QDBusArgument& in, Secret& s)
{
    in.beginStructure();
    in >> s.session >> s.parameters >> s.value >> s.contentType;
    in.endStructure();
    return in;
}
