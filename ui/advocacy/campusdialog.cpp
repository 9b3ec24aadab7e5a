#include "advocacy/campusdialog.h"

#include "i18n/bidi.h"
#include "legislatures/bodyrepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace majlis {

CampusDialog::CampusDialog(Database &database, const LegislativeBody &body, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_body(body)
{
    setWindowTitle(tr("Campus of %1").arg(bidi::isolate(body.name)));
    auto *explanation
        = new QLabel(tr("Buildings of one walking group are a short walk apart; going to another group takes longer. "
                        "The walking minutes on the day's Details tab apply."),
            this);
    explanation->setWordWrap(true);
    auto *state = new QLabel(this);
    state->setWordWrap(true);
    if (body.campus.isEmpty())
        state->setText(body.isCongress()
                ? tr("The U.S. Capitol's buildings are built in: the Senate's and the House's office buildings and "
                     "the Capitol. List buildings here only to replace them.")
                : tr("No buildings listed: every office is taken to be in the capitol."));
    state->setVisible(body.campus.isEmpty());

    // An editor of a few rows typed by hand: the text is kept as typed, without isolates, so
    // what is saved is exactly what was written.
    m_model = new QStandardItemModel(0, 2, this);
    m_model->setHorizontalHeaderLabels({tr("Building"), tr("Walking group")});
    for (const CampusBuilding &b : body.campus)
        m_model->appendRow({new QStandardItem(b.name), new QStandardItem(b.group)});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("campusTable"));
    m_view->setAccessibleName(tr("Buildings of the capitol"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(BuildingColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *add = new QPushButton(tr("&Add Building"), this);
    add->setObjectName(QStringLiteral("addBuildingButton"));
    connect(add, &QPushButton::clicked, this, &CampusDialog::addBuilding);
    auto *remove = new QPushButton(tr("&Remove Building"), this);
    remove->setObjectName(QStringLiteral("removeBuildingButton"));
    connect(remove, &QPushButton::clicked, this, &CampusDialog::removeBuilding);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(state);
    layout->addWidget(m_view, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);
    resize(520, 360);
}

void CampusDialog::addBuilding()
{
    m_model->appendRow({new QStandardItem, new QStandardItem});
    const QModelIndex name = m_model->index(m_model->rowCount() - 1, BuildingColumn);
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void CampusDialog::removeBuilding()
{
    if (m_view->currentIndex().isValid())
        m_model->removeRow(m_view->currentIndex().row());
}

void CampusDialog::accept()
{
    QList<CampusBuilding> campus;
    for (int row = 0; row < m_model->rowCount(); ++row)
        campus.append({m_model->index(row, BuildingColumn).data(Qt::EditRole).toString(),
            m_model->index(row, GroupColumn).data(Qt::EditRole).toString()});
    if (auto status = BodyRepository(m_database).setCampus(m_body.id, campus); !status) {
        QMessageBox::warning(this, tr("Cannot save the campus"), status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace majlis
