#pragma once

#include "common/result.h"
#include "legislatures/legislativebody.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace majlis {

// "Set District…": a chamber of a legislature and the district typed by hand. The choice is
// handed to `apply`; a refusal (no such House seat) is shown here and the dialog stays open, so
// nothing typed is lost. Object names for tests: "districtChamberCombo", "districtEdit".
class DistrictSetDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Status(const QString &bodyId, Chamber chamber, const QString &district)>;

    // Every chamber with districts of every body; `bodyId` and `chamber` are preselected.
    DistrictSetDialog(const QList<LegislativeBody> &bodies, const QString &bodyId, Chamber chamber,
                      const QString &district, Apply apply, QWidget *parent = nullptr);

    void accept() override;
    QComboBox *chamberCombo() const { return m_chamber; }
    QLineEdit *districtEdit() const { return m_district; }

private:
    QComboBox *m_chamber;
    QLineEdit *m_district;
    QLabel *m_error;
    Apply m_apply;
};

} // namespace majlis
