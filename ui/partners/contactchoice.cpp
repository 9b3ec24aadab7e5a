#include "partners/contactchoice.h"

#include "advocacy/contactpickerdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace majlis {

namespace {

class ContactChoice
{
    Q_DECLARE_TR_FUNCTIONS(ContactChoice)

public:
    ContactChoice(Database &database, QWidget *parent, const QString &title, const QString &acceptText)
        : m_parent(parent)
        , m_dialog(database, parent)
    {
        m_dialog.setWindowTitle(title);
        if (auto *role = m_dialog.findChild<QComboBox *>(QStringLiteral("pickerRole"))) {
            role->hide();
            for (QLabel *label : m_dialog.findChildren<QLabel *>()) {
                if (label->buddy() == role)
                    label->hide();
            }
        }
        if (auto *buttons = m_dialog.findChild<QDialogButtonBox *>()) {
            if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
                ok->setText(acceptText);
        }
    }

    QStringList many()
    {
        return m_dialog.exec() == QDialog::Accepted ? m_dialog.chosenContactIds() : QStringList();
    }

    QString one()
    {
        // The same dialog runs again, so what was typed and ticked is still there to correct.
        while (m_dialog.exec() == QDialog::Accepted) {
            const QStringList chosen = m_dialog.chosenContactIds();
            if (chosen.size() <= 1)
                return chosen.value(0);
            QMessageBox::warning(m_parent, tr("One Person"), tr("Tick only one person."));
        }
        return {};
    }

private:
    QWidget *m_parent;
    ContactPickerDialog m_dialog;
};

} // namespace

QStringList chooseContacts(Database &database, QWidget *parent, const QString &title, const QString &acceptText)
{
    return ContactChoice(database, parent, title, acceptText).many();
}

QString chooseContact(Database &database, QWidget *parent, const QString &title, const QString &acceptText)
{
    return ContactChoice(database, parent, title, acceptText).one();
}

} // namespace majlis
