// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fuzzers' own idea of which client auth answers may give the password away, written apart
// from the gateway's CleartextPasswordGuard so that each checks the other.

#include <QByteArray>

namespace AuthOracle {

// Only these plugins prove the password without revealing it; every other plugin may give it
// away. A handshake response without CLIENT_PLUGIN_AUTH uses mysql_native_password, a lone
// 0xFE asks for the pre-4.1 hash (mysql_old_password).
inline bool givesPasswordAway(const QByteArray &plugin)
{
    return !(plugin == "mysql_native_password" || plugin == "caching_sha2_password"
             || plugin == "client_ed25519" || plugin == "parsec");
}

// The sizes of each plugin's scramble or signature; an empty answer is an empty password.
inline bool answerFits(const QByteArray &plugin, qsizetype size)
{
    if (size == 0)
        return true;
    if (plugin == "mysql_native_password")
        return size == 20;
    if (plugin == "caching_sha2_password")
        return size == 32;
    if (plugin == "client_ed25519")
        return size == 64;
    return true;
}

} // namespace AuthOracle
