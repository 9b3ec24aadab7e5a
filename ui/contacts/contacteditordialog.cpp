#include "contacts/contacteditordialog.h"

#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "contacts/contacteditor.h"
#include "contacts/contactrepository.h"
#include "contacts/phoneregion.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace majlis {

ContactEditorDialog::ContactEditorDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_editor(new ContactEditor(this))
{
    setWindowTitle(tr("New Contact"));
    if (auto chapters = ChapterRepository(database).list())
        m_editor->setChapters(*chapters, phoneregion::workspaceRegion(database));
    if (auto tags = ContactDirectory(database).tags())
        m_editor->setTagSuggestions(*tags);

    auto *scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus, one by one
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactEditorDialog::reject);
    connect(m_editor, &ContactEditor::changed, this, [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_editor->isValid());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_buttons);
    resize(620, 720);
}

void ContactEditorDialog::accept()
{
    if (!m_editor->isValid())
        return;
    auto saved = ContactRepository(m_database).create(m_editor->contact());
    if (!saved) {
        QMessageBox::warning(this, tr("Contact not saved"), saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace majlis
