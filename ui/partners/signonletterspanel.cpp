#include "partners/signonletterspanel.h"

#include "i18n/bidi.h"
#include "partners/askpartnersdialog.h"
#include "partners/letteranswerdialog.h"
#include "partners/letterdialog.h"
#include "shell/emptystatepage.h"
#include "shell/plaincopy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace majlis {

namespace {

enum RightSide { NoLettersPage, NoneSelectedPage, LetterPage };

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// A date inside a sentence. Isolated by its first strong letter, not forced left to right: the
// Arabic locale writes its dates with right-to-left marks, to be read day first from the right.
QString dateInLine(const QDate &date)
{
    return bidi::isolate(shortDate(date));
}

} // namespace

SignOnLettersPanel::SignOnLettersPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *add = new QPushButton(tr("New &Letter…"), this);
    add->setObjectName(QStringLiteral("newLetterButton"));
    connect(add, &QPushButton::clicked, this, &SignOnLettersPanel::newLetter);
    m_list = new QListWidget(this);
    copyWithoutIsolates(m_list);
    m_list->setObjectName(QStringLiteral("letterList"));
    m_list->setAccessibleName(tr("Sign-on letters"));
    m_list->setSpacing(3);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(add, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_list, 1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("letterTitle"));
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_title->setFont(heading);
    m_title->setWordWrap(true);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("letterInfo"));
    m_info->setTextFormat(Qt::RichText);
    m_info->setOpenExternalLinks(true);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("letterBody"));
    m_body->setAccessibleName(tr("Letter text"));
    m_body->setReadOnly(true);
    m_body->setMaximumHeight(120);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("letterSummary"));
    auto *ask = new QPushButton(tr("&Ask Partners…"), this);
    ask->setObjectName(QStringLiteral("askPartnersButton"));
    m_record = new QPushButton(tr("&Record Answer…"), this);
    m_record->setObjectName(QStringLiteral("recordAnswerButton"));
    connect(ask, &QPushButton::clicked, this, &SignOnLettersPanel::chooseAskedPartners);
    connect(m_record, &QPushButton::clicked, this, &SignOnLettersPanel::recordSelectedAnswer);
    auto *bar = new QHBoxLayout;
    bar->addWidget(ask);
    bar->addWidget(m_record);
    bar->addWidget(m_summary, 1);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("letterAnswerTable"));
    m_table->setAccessibleName(tr("Partners' answers"));
    m_table->setHorizontalHeaderLabels({tr("Partner"), tr("Answer"), tr("Answered on"), tr("Signed by")});
    m_table->horizontalHeader()->setSectionResizeMode(PartnerColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SignedByColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    copyWithoutIsolates(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SignOnLettersPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SignOnLettersPanel::recordSelectedAnswer);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("letterPending"));
    m_pending->setWordWrap(true);
    m_pending->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *letter = new QWidget(this);
    auto *letterLayout = new QVBoxLayout(letter);
    letterLayout->addWidget(m_title);
    letterLayout->addWidget(m_info);
    letterLayout->addWidget(m_body);
    letterLayout->addLayout(bar);
    letterLayout->addWidget(m_table, 1);
    letterLayout->addWidget(m_pending);

    auto *noLetters = new EmptyStatePage(tr("No sign-on letters yet"),
        tr("When a coalition circulates a letter, add it with New Letter…, ask the partners you want on it, "
           "then record who signed and who declined. Signatures go into each partner's history."),
        this);
    auto *noneSelected = new EmptyStatePage(
        tr("No letter selected"), tr("Choose a letter in the list to see who was asked and who answered."), this);
    m_right = new QStackedWidget(this);
    m_right->setObjectName(QStringLiteral("letterStack"));
    m_right->insertWidget(NoLettersPage, noLetters);
    m_right->insertWidget(NoneSelectedPage, noneSelected);
    m_right->insertWidget(LetterPage, letter);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_right);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 860});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &SignOnLettersPanel::showLetter);
    refresh();
}

void SignOnLettersPanel::refresh()
{
    const QString current = currentLetterId();
    auto letters = SignOnLetters(m_database).list();
    m_letters = letters ? letters.value() : QList<SignOnLetter>();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        if (!letters)
            (new QListWidgetItem(letters.error().message, m_list))->setFlags(Qt::NoItemFlags);
        for (const SignOnLetter &letter : std::as_const(m_letters)) {
            const QString deadline
                = letter.deadline.isValid() ? tr("Deadline %1").arg(dateInLine(letter.deadline)) : tr("No deadline");
            auto *item
                = new QListWidgetItem(QStringLiteral("%1\n%2").arg(bidi::isolate(letter.title), deadline), m_list);
            item->setData(Qt::UserRole, letter.id);
        }
    }
    selectLetter(current);
    // The nearest deadline comes first, and is the one most likely wanted.
    if (!m_list->currentItem() && !m_letters.isEmpty()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(0);
    }
    showLetter();
}

QString SignOnLettersPanel::currentLetterId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void SignOnLettersPanel::selectLetter(const QString &letterId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (!letterId.isEmpty() && m_list->item(row)->data(Qt::UserRole).toString() == letterId)
            m_list->setCurrentRow(row);
    }
}

void SignOnLettersPanel::showLetter()
{
    const QString letterId = currentLetterId();
    if (letterId.isEmpty()) {
        m_answers.clear();
        m_table->setRowCount(0);
        m_right->setCurrentIndex(m_letters.isEmpty() ? NoLettersPage : NoneSelectedPage);
        return;
    }
    const auto letter
        = std::find_if(m_letters.cbegin(), m_letters.cend(), [&](const SignOnLetter &l) { return l.id == letterId; });
    if (letter == m_letters.cend())
        return;
    m_title->setText(bidi::isolate(letter->title));
    QStringList info;
    if (!letter->deadline.isValid())
        info << tr("No deadline");
    else if (letter->deadline < QDate::currentDate())
        info << tr("The deadline, %1, has passed").arg(bidi::richText(shortDate(letter->deadline)));
    else
        info << tr("Deadline %1").arg(bidi::richText(shortDate(letter->deadline)));
    if (!letter->link.isEmpty())
        info << QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(letter->link.toHtmlEscaped(), bidi::richText(letter->link, bidi::Kind::Ltr));
    m_info->setText(info.join(QStringLiteral(" · ")));
    m_body->setPlainText(letter->body);
    m_body->setVisible(!letter->body.isEmpty());
    m_right->setCurrentIndex(LetterPage);
    loadAnswers();
}

void SignOnLettersPanel::loadAnswers()
{
    const QString selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), PartnerColumn)
        ? m_table->item(m_table->currentRow(), PartnerColumn)->data(Qt::UserRole).toString()
        : QString();
    m_table->setRowCount(0);
    auto answers = SignOnLetters(m_database).answers(currentLetterId());
    if (!answers) {
        m_answers.clear();
        m_summary->setText(answers.error().message);
        m_pending->clear();
        updateButtons();
        return;
    }
    m_answers = answers.value();
    int signedCount = 0;
    int declined = 0;
    QStringList pending;
    for (const LetterAnswer &a : std::as_const(m_answers)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *partner = new QTableWidgetItem(bidi::isolate(a.organizationName));
        partner->setData(Qt::UserRole, a.organizationId);
        m_table->setItem(row, PartnerColumn, partner);
        m_table->setItem(row, AnswerColumn, new QTableWidgetItem(answerName(a.answer)));
        m_table->setItem(row, AnsweredOnColumn, new QTableWidgetItem(shortDate(a.answeredOn)));
        m_table->setItem(row, SignedByColumn, new QTableWidgetItem(bidi::isolate(a.signedBy)));
        if (a.organizationId == selected)
            m_table->selectRow(row);
        switch (a.answer) {
        case LetterAnswer::Answer::Signed:
            ++signedCount;
            break;
        case LetterAnswer::Answer::Declined:
            ++declined;
            break;
        case LetterAnswer::Answer::Asked:
            pending << a.organizationName;
            break;
        }
    }
    if (m_answers.isEmpty()) {
        m_summary->setText(tr("Nobody asked yet: click Ask Partners… to choose who should sign."));
        m_pending->clear();
    } else {
        m_summary->setText(
            tr("%1 signed, %2 declined, %3 not yet answered").arg(signedCount).arg(declined).arg(pending.size()));
        m_pending->setText(pending.isEmpty() ? tr("Every partner asked has answered.")
                                             : tr("Not yet answered: %1").arg(bidi::isolateEach(pending)));
    }
    updateButtons();
}

QString SignOnLettersPanel::createLetter(const SignOnLetter &letter)
{
    auto created = SignOnLetters(m_database).create(letter);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot add the letter"), created.error().message);
        return {};
    }
    refresh();
    selectLetter(created->id);
    return created->id;
}

bool SignOnLettersPanel::askPartners(const QStringList &organizationIds)
{
    if (auto s = SignOnLetters(m_database).ask(currentLetterId(), organizationIds); !s) {
        QMessageBox::warning(this, tr("Cannot ask the partners"), s.error().message);
        return false;
    }
    loadAnswers();
    return true;
}

bool SignOnLettersPanel::recordAnswer(
    const QString &organizationId, LetterAnswer::Answer answer, const QDate &on, const QString &signedBy)
{
    if (auto s = SignOnLetters(m_database).answer(currentLetterId(), organizationId, answer, on, signedBy); !s) {
        QMessageBox::warning(this, tr("Cannot record the answer"), s.error().message);
        return false;
    }
    loadAnswers();
    return true;
}

void SignOnLettersPanel::newLetter()
{
    LetterDialog dialog(this);
    // A refused letter (no title) reopens the dialog with everything typed still there.
    while (dialog.exec() == QDialog::Accepted) {
        if (!createLetter(dialog.letter()).isEmpty())
            return;
    }
}

void SignOnLettersPanel::chooseAskedPartners()
{
    if (currentLetterId().isEmpty())
        return;
    QStringList asked;
    for (const LetterAnswer &a : std::as_const(m_answers))
        asked << a.organizationId;
    AskPartnersDialog dialog(m_database, asked, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenOrganizationIds().isEmpty())
        askPartners(dialog.chosenOrganizationIds());
}

void SignOnLettersPanel::recordSelectedAnswer()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_answers.size())
        return;
    const LetterAnswer current = m_answers.at(row);
    if (current.answer != LetterAnswer::Answer::Asked) {
        // Recording a signature again adds it to the partner's history again.
        const auto replace = QMessageBox::question(this, tr("Change the Answer"),
            tr("%1 already answered: %2 on %3. Record a new answer instead?")
                .arg(bidi::isolate(current.organizationName), answerName(current.answer),
                    dateInLine(current.answeredOn)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (replace != QMessageBox::Yes)
            return;
    }
    LetterAnswerDialog dialog(current.organizationName, this);
    if (dialog.exec() == QDialog::Accepted)
        recordAnswer(current.organizationId, dialog.answer(), dialog.answeredOn(), dialog.signedBy());
}

void SignOnLettersPanel::updateButtons()
{
    m_record->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
}

} // namespace majlis
