#include "contacts/districtsetdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace majlis {

DistrictSetDialog::DistrictSetDialog(const QList<LegislativeBody> &bodies, const QString &bodyId, Chamber chamber,
                                     const QString &district, Apply apply, QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply))
{
    setWindowTitle(tr("Set District"));
    m_chamber = new QComboBox(this);
    m_chamber->setObjectName(QStringLiteral("districtChamberCombo"));
    m_chamber->setAccessibleName(tr("Legislature and chamber"));
    for (const LegislativeBody &body : bodies) {
        for (Chamber c : body.chambers()) {
            if (body.isCongress() && c == Chamber::Senate)
                continue; // senators are elected state-wide: no district
            m_chamber->addItem(tr("%1 — %2", "a legislature and one of its chambers").arg(body.name, body.chamberName(c)),
                               QStringList{body.id, chamberKey(c)});
            if (body.id == bodyId && c == chamber)
                m_chamber->setCurrentIndex(m_chamber->count() - 1);
        }
    }
    m_district = new QLineEdit(district, this);
    m_district->setObjectName(QStringLiteral("districtEdit"));
    m_district->setAccessibleName(tr("District"));
    m_district->setPlaceholderText(tr("MI-12 for the U.S. House; the district's name or number elsewhere"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Legislature:"), m_chamber);
    form->addRow(tr("&District:"), m_district);
    auto *note = new QLabel(tr("A district set here is marked as entered by hand; no look-up changes it."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DistrictSetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_district->setFocus();
}

void DistrictSetDialog::accept()
{
    const QStringList key = m_chamber->currentData().toStringList();
    const auto chamber = chamberFromKey(key.value(1));
    if (key.size() != 2 || !chamber)
        return;
    const Status done = m_apply(key.first(), *chamber, m_district->text());
    if (!done) {
        m_error->setText(done.error().message);
        m_error->setVisible(true);
        m_district->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace majlis
