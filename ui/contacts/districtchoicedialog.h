#pragma once

#include <QDialog>

class QListWidget;

namespace majlis {

// Asks which of the districts a postcode spans the contact lives in: never a guess, the
// organizer picks. A small fixed list, so a QListWidget. Object name for tests: "candidateList".
class DistrictChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    // `where`: the legislature and chamber, `postcode` as the contact has it.
    DistrictChoiceDialog(const QString &who, const QString &where, const QString &postcode,
                         const QStringList &candidates, QWidget *parent = nullptr);

    QString chosen() const; // the candidate as the core takes it ("MI-12"), empty when none
    void choose(int row);

private:
    QStringList m_candidates;
    QListWidget *m_list;
};

} // namespace majlis
