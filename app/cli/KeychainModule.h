// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class SecretStore;

// sslcm-cli's way to the system keychain: KeychainSecretStore lives in a module of its own
// (libsslcm-keychain.so, next to sslcm-cli in the build and in sslcm's library folder when
// installed), loaded on first use, so that commands that need no secret from the keychain do
// not load QtKeychain, Qt D-Bus and libdbus at start-up.
namespace KeychainModule {

// The module's factory: a new KeychainSecretStore.
using CreateStore = SecretStore *(*)();
inline constexpr const char *createStoreSymbol = "sslcm_keychain_create_store";

// A KeychainSecretStore from the module; when the module cannot be loaded, a store whose every
// operation ends with Unavailable and says why (the same as when no keychain service answers:
// secrets then come from standard input or a prompt, never from a file).
std::unique_ptr<SecretStore> createStore();

} // namespace KeychainModule
