// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain module (libsslcm-keychain.so) that sslcm-cli loads the first time a command really
// reads, writes or removes a secret: QtKeychain and with it Qt D-Bus and libdbus are then loaded
// only for those commands, not for every start of sslcm-cli (a password on standard input needs
// none of them).
#include "KeychainModule.h"
#include "profile/KeychainSecretStore.h"

extern "C" Q_DECL_EXPORT SecretStore *sslcm_keychain_create_store()
{
    return new KeychainSecretStore();
}
