#pragma once

#include "common/result.h"
#include "contacts/chapter.h"
#include "contacts/contact.h"

#include <QCoreApplication>

#include <functional>

namespace majlis {

class Database;

// A realistic, entirely fictional workspace for trying Majlis, demos and benchmarks: chapters in
// five U.S. cities and contacts whose names come from the many cultures of American Muslim
// communities, some written in Arabic, Urdu, Persian or Chinese script. Phone numbers use the
// 555-01xx range and emails the example.* domains, both reserved for fiction.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static QList<Chapter> chapters();
    // Deterministic for a given seed. chapterIds are the saved chapters, in chapters() order.
    static QList<Contact> contacts(int count, quint32 seed, const QStringList &chapterIds);

    // Adds the chapters and `count` contacts to an empty workspace in one transaction.
    static Result<int> populate(Database &database, int count = 2000, quint32 seed = 20261125,
                                const std::function<bool(int)> &progress = {});
};

} // namespace majlis
