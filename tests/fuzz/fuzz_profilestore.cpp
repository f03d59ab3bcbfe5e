// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the profile store file, as ProfileStore::load() reads it (another program,
// a newer sslcm or a broken disk may have written it). What was read must survive a save and a
// load unchanged, so opening and saving a store never loses or alters data. Read piece by piece
// (ProfileDocumentReader), it gives exactly what the whole-document reading gives.
#include "FuzzCheck.h"
#include "profile/ProfileStore.h"

#include <QBuffer>
#include <QSet>

#include <cstddef>
#include <cstdint>

using Problem = StoreLoadResult::Problem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ProfileStore::Parsed parsed = ProfileStore::parse(bytes);

    // Read piece by piece (as load() reads a file), in pieces of a size the input picks, it gives
    // exactly what the whole-document reading gives.
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    const qsizetype chunk = size > 0 ? 1 + data[size - 1] % 97 : 1;
    const ProfileStore::Parsed pieces = ProfileStore::parse(device, chunk);
    fuzzRequire(pieces.problem == parsed.problem && pieces.detail == parsed.detail);
    fuzzRequire(pieces.skipped == parsed.skipped && pieces.profiles == parsed.profiles);
    fuzzRequire(pieces.unknownTopLevel == parsed.unknownTopLevel);

    // Problems come with a reason; profiles only from a document that was read.
    fuzzRequire((parsed.problem == Problem::None) == parsed.detail.isEmpty());
    fuzzRequire((parsed.problem == Problem::InvalidValues) == !parsed.skipped.isEmpty());
    if (parsed.problem == Problem::InvalidValues)
        fuzzRequire(parsed.detail == parsed.skipped.first());
    const bool read = parsed.problem == Problem::None || parsed.problem == Problem::InvalidValues;
    if (!read)
        fuzzRequire(parsed.profiles.isEmpty() && parsed.unknownTopLevel.isEmpty());

    QSet<QUuid> ids;
    for (const Profile &p : parsed.profiles) {
        fuzzRequire(!p.id.isNull() && !ids.contains(p.id));
        ids.insert(p.id);
        p.validate();
        p.addressText();
        p.pinnedSha256Text();
    }
    if (!read)
        return 0;

    // Saved and loaded again: the same profiles and unknown fields, and the same bytes after.
    const QByteArray saved = ProfileStore::serialize(parsed.profiles, parsed.unknownTopLevel);
    const ProfileStore::Parsed again = ProfileStore::parse(saved);
    fuzzRequire(again.problem == Problem::None);
    fuzzRequire(again.profiles == parsed.profiles);
    fuzzRequire(again.unknownTopLevel == parsed.unknownTopLevel);
    fuzzRequire(ProfileStore::serialize(again.profiles, again.unknownTopLevel) == saved);
    return 0;
}
