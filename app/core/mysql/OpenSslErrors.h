// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OpenSslErrors {
// Empties this thread's OpenSSL error queue and returns its reasons, most relevant first,
// "; "-separated; empty if there were none.
QString take();
} // namespace OpenSslErrors
