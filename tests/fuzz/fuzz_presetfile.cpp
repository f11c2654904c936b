// SPDX-License-Identifier: Apache-2.0
// A preset file a colleague wrote, with any mistake in it: read it, find the
// line of what is wrong, and search it as the picker would.
#include "carriercatalog.h"
#include "jsonlocation.h"
#include "presetfiles.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    PresetFileProblem problem;
    if (const auto preset =
            PresetFiles::read(bytes, QStringLiteral("fuzz.json"), PresetOrigin::User, &problem)) {
        (void)preset->searchText();
        (void)PresetFiles::clash(CarrierCatalog::builtin(), *preset);
    } else {
        (void)problem.text();
    }
    (void)JsonLocation::lineOf(
        bytes, {QStringLiteral("fields"), QStringLiteral("0"), QStringLiteral("key")});
    return 0;
}
