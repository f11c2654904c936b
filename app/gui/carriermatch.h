// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// How well what someone typed matches a carrier: by its name, as people
// remember names, and word by word by everything a preset says about itself.
namespace CarrierMatch {
// Lower case without accents, so "osterreich" finds "Österreich".
QString fold(const QString& text);
// How well `typed` (folded) matches a name or id: 6 the whole name or id, 5
// its start, 4 the start of a word in it, 3 the start of the id, 2 any part,
// 1 only its letters in order ("p44" is project44), 0 not at all.
int nameScore(const QString& typed, const QString& name, const QString& id);
// Whether every word of `typed` (folded) starts a word of `text` (folded),
// and how well: 3 a word for each whole word, 2 for a word's start; 0 = some
// word starts none.
int wordsScore(const QString& typed, const QString& text);
// Whether every word of `typed` (folded) is anywhere in `text` (folded).
bool containsAll(const QString& typed, const QString& text);
} // namespace CarrierMatch
