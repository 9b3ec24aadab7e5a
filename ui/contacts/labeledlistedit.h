#pragma once

#include "contacts/contact.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace majlis {

// Several labeled values (emails or phones): a row of label and value per item, a remove
// button on each, and an "Add" button below.
class LabeledListEdit : public QWidget
{
    Q_OBJECT

public:
    LabeledListEdit(const QStringList &labels, const QString &addText, const QString &placeholder,
                    QWidget *parent = nullptr);

    void setValues(const QList<LabeledValue> &values);
    // Rows whose value is blank are left out.
    QList<LabeledValue> values() const;
    // Marks the row at `index` (in values() numbering) as invalid with the given message, or
    // clears the marks when index is -1.
    void markInvalid(int index, const QString &message);
    // A warning sign at the end of the row at `index` (in values() numbering) that says
    // `message` when pointed at; cleared by setValues().
    void flag(int index, const QString &message);
    // For emails and phone numbers: they read left to right, also in an Arabic form.
    void setValuesLeftToRight();
    QLineEdit *valueEdit(int row) const;
    int rowCountForTest() const { return static_cast<int>(m_rows.size()); }

signals:
    void changed();

public slots:
    void addRow(const LabeledValue &value = {});

private:
    struct Row
    {
        QWidget *container;
        QComboBox *label;
        QLineEdit *value;
    };
    void removeRow(QWidget *container);

    QStringList m_labels;
    QString m_placeholder;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_addButton;
    QList<Row> m_rows;
    bool m_leftToRight = false;
};

} // namespace majlis
