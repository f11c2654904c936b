// SPDX-License-Identifier: Apache-2.0
#include "groupexpansion.h"

#include <QAbstractItemModel>
#include <QTreeView>

namespace GroupExpansion {

void expandGroups(QTreeView* view)
{
    const QAbstractItemModel* model = view->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        if (!view->isExpanded(group))
            view->expand(group);
    }
}

} // namespace GroupExpansion
