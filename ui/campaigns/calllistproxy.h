#pragma once

#include <QSortFilterProxyModel>

namespace majlis {

// Sorts a CallListModel by its values (place 10 after 9) and keeps the rows where every word
// typed starts a word of the place or the name, folded as contact search folds them: "fatima" finds Fátima,
// "فاطمه" finds فاطمة, "12" finds the twelfth house of a walk list.
class CallListProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CallListProxy(QObject *parent = nullptr);

    void setSearch(const QString &typed);
    // Only people not finished yet (for results entered from paper).
    void setOpenOnly(bool openOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    bool m_openOnly = false;
};

} // namespace majlis
