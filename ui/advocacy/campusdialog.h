#pragma once

#include "legislatures/legislativebody.h"

#include <QDialog>

class QStandardItemModel;
class QTableView;

namespace majlis {

class Database;

// The buildings of a legislature's capitol and the walking group of each, edited as a table
// and saved with BodyRepository::setCampus. The scheduler reads the groups: buildings of one
// group are a short walk apart.
//
// Object names for tests: "campusTable", "addBuildingButton", "removeBuildingButton".
class CampusDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { BuildingColumn, GroupColumn };

    CampusDialog(Database &database, const LegislativeBody &body, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    // Writes the table; says why in a message box and keeps the dialog open when it cannot.
    void accept() override;

private:
    void addBuilding();
    void removeBuilding();

    Database &m_database;
    LegislativeBody m_body;
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace majlis
