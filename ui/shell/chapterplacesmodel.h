#pragma once

#include "contacts/chapter.h"
#include "contacts/workspacesettings.h"

#include <QAbstractTableModel>

namespace majlis {

// The chapters with the country and time zone each reads phone numbers and events in, edited
// in memory until Workspace Settings writes them (workspacesettings::apply). An empty value
// follows the workspace's: shown, greyed and in italics, as what it inherits.
class ChapterPlacesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountryColumn, TimeZoneColumn, ColumnCount };

    explicit ChapterPlacesModel(QObject *parent = nullptr);

    void setChapters(const QList<Chapter> &chapters);
    // What an empty cell inherits: the workspace's country and zone in effect, as the dialog
    // shows them now ("" when there is none).
    void setInherited(const QString &country, const QString &timeZone);
    // The chapters whose country or zone was edited, as they should be written.
    QList<workspacesettings::ChapterPlace> changes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Edit role: a country code or a zone id, "" to inherit. An unknown one is refused, with
    // refused() saying why.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refused(const QString &message);

private:
    QString own(int row, int column) const;

    QList<Chapter> m_stored;
    QList<Chapter> m_edited;
    QString m_inheritedCountry;
    QString m_inheritedZone;
};

} // namespace majlis
