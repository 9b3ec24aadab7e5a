#pragma once

#include "contacts/contactdirectory.h"
#include "contacts/phonenumber.h"

#include <QAbstractTableModel>

#include <optional>

namespace majlis {

class Database;

// The contacts list as a table. Rows arrive a page at a time through canFetchMore/fetchMore,
// so a workspace of 100,000 contacts opens and scrolls without loading them all; sorting and
// filtering happen in SQL, not in a proxy model. DisplayRole text is isolated for right-to-left
// layouts (bidi.h) and phone numbers are formatted for the contact's country; EditRole gives
// the stored values, clean.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, PhoneColumn, ChapterColumn, DistrictColumn, OrganizationColumn, TagsColumn,
                  ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole + 1 };

    static constexpr int kPageSize = 200;

    explicit ContactTableModel(Database &database, QObject *parent = nullptr);

    void setQuery(const ContactQuery &query);
    const ContactQuery &query() const { return m_query; }
    // Re-runs the query after the data changed, keeping as many rows loaded as before.
    void reload();

    // How many contacts match the query, loaded or not.
    int totalCount() const { return m_total; }
    QString contactId(int row) const;
    // The row of a loaded contact, or -1.
    int rowOf(const QString &contactId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(int total);
    void errorOccurred(const QString &message);

private:
    void load(int rowsWanted);
    // Formatted the first time a row is painted, not for every page fetched or every paint.
    const phone::Display &shownPhone(int row) const;

    ContactDirectory m_directory;
    ContactQuery m_query;
    QList<ContactRow> m_rows;
    mutable QList<std::optional<phone::Display>> m_shownPhones; // by row; shorter until rows are painted
    int m_total = 0;
    bool m_fetching = false; // views and testers may ask for more while a page is being inserted
};

} // namespace majlis
