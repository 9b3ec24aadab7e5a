#include "contacts/labeledlistedit.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace majlis {

LabeledListEdit::LabeledListEdit(const QStringList &labels, const QString &addText, const QString &placeholder,
                                 QWidget *parent)
    : QWidget(parent), m_labels(labels), m_placeholder(placeholder)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    m_addButton = new QPushButton(addText, this);
    m_addButton->setAccessibleName(addText);
    layout->addWidget(m_addButton, 0, Qt::AlignLeading);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().value->setFocus();
    });
}

void LabeledListEdit::setValues(const QList<LabeledValue> &values)
{
    const QSignalBlocker blocker(this);
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().container);
    for (const LabeledValue &value : values)
        addRow(value);
    if (m_rows.isEmpty())
        addRow();
}

QList<LabeledValue> LabeledListEdit::values() const
{
    QList<LabeledValue> values;
    for (const Row &row : m_rows) {
        if (!row.value->text().trimmed().isEmpty())
            values.append({row.label->currentText().trimmed(), row.value->text()});
    }
    return values;
}

void LabeledListEdit::markInvalid(int index, const QString &message)
{
    int valueIndex = -1;
    for (const Row &row : m_rows) {
        const bool counted = !row.value->text().trimmed().isEmpty();
        if (counted)
            ++valueIndex;
        const bool invalid = counted && valueIndex == index;
        row.value->setProperty("invalid", invalid);
        row.value->setToolTip(invalid ? message : QString());
        row.value->setAccessibleDescription(invalid ? message : QString());
        row.value->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1px solid #c62828; }") : QString());
    }
}

void LabeledListEdit::flag(int index, const QString &message)
{
    int valueIndex = -1;
    for (const Row &row : m_rows) {
        if (row.value->text().trimmed().isEmpty() || ++valueIndex != index)
            continue;
        QAction *sign = row.value->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
        sign->setToolTip(message);
        sign->setObjectName(QStringLiteral("unreadableSign"));
        row.value->setAccessibleDescription(message);
    }
}

void LabeledListEdit::setValuesLeftToRight()
{
    m_leftToRight = true;
    for (const Row &row : m_rows)
        row.value->setLayoutDirection(Qt::LeftToRight);
}

QLineEdit *LabeledListEdit::valueEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : nullptr;
}

void LabeledListEdit::addRow(const LabeledValue &value)
{
    auto *container = new QWidget(this);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QComboBox(container);
    label->setEditable(true);
    label->addItems(m_labels);
    label->setCurrentText(value.label.isEmpty() ? m_labels.value(0) : value.label);
    label->setAccessibleName(tr("Label"));
    auto *edit = new QLineEdit(value.value, container);
    edit->setPlaceholderText(m_placeholder);
    edit->setAccessibleName(m_placeholder);
    if (m_leftToRight)
        edit->setLayoutDirection(Qt::LeftToRight);
    auto *remove = new QToolButton(container);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove"));
    remove->setAccessibleName(tr("Remove"));
    layout->addWidget(label);
    layout->addWidget(edit, 1);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(container);
    m_rows.append({container, label, edit});

    connect(edit, &QLineEdit::textChanged, this, &LabeledListEdit::changed);
    connect(label, &QComboBox::currentTextChanged, this, &LabeledListEdit::changed);
    connect(remove, &QToolButton::clicked, this, [this, container] {
        removeRow(container);
        if (m_rows.isEmpty())
            addRow();
        emit changed();
    });
}

void LabeledListEdit::removeRow(QWidget *container)
{
    m_rows.removeIf([&](const Row &row) { return row.container == container; });
    m_rowsLayout->removeWidget(container);
    container->hide(); // deleteLater waits for the event loop; until then it must not show
    container->deleteLater();
}

} // namespace majlis
