// SPDX-License-Identifier: Apache-2.0
#pragma once

class QTreeView;

// Expands the carrier groups of an account list, and only them:
// QTreeView::expandAll() also marks every account row expanded, a persistent
// index each, and Qt then walks all of them for every range of rows a filter
// removes.
namespace GroupExpansion {

// Expands each top-level row the view does not show expanded yet.
void expandGroups(QTreeView* view);

} // namespace GroupExpansion
