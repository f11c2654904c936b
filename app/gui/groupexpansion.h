// SPDX-License-Identifier: Apache-2.0
#pragma once

class QTreeView;

// Opens the carrier groups of an account list. Only the groups:
// QTreeView::expandAll() also marks every account row expanded, a persistent
// index each, and Qt then walks all of them for every range of rows a filter
// removes (half of a filter keystroke at 5,000 accounts).
namespace GroupExpansion {

// Expands each top-level row the view does not show expanded yet.
void expandGroups(QTreeView* view);

} // namespace GroupExpansion
