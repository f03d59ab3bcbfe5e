// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What both programs do first thing in main(): passwords, key passphrases and decrypted keys
// pass through their memory, so that memory never goes into a core file, and other processes of
// the same user cannot attach to it as a debugger or read it through /proc (as password managers
// do).
class ProcessHardening
{
public:
    // Sets RLIMIT_CORE to 0 and marks the process not dumpable (prctl PR_SET_DUMPABLE 0). False
    // if either could not be done; the program carries on either way.
    static bool disableCoreDumps();
};
