#include "campaigns/callerwindow.h"

#include "campaigns/answerpanel.h"
#include "campaigns/calllistmodel.h"
#include "campaigns/calllistproxy.h"
#include "campaigns/resultbar.h"
#include "i18n/bidi.h"
#include "i18n/languagenames.h"
#include "shell/plaincopy.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace majlis {

namespace {

void enlarge(QWidget *widget, double factor, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

QLabel *line(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CallerWindow::CallerWindow(
    Database &database, const Campaign &campaign, const QString &caller, Mode mode, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_database(database)
    , m_campaign(campaign)
    , m_session(database, campaign.id, caller)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Calling ? tr("Calling: %1").arg(bidi::isolate(campaign.name))
                                         : tr("Entering Results: %1").arg(bidi::isolate(campaign.name)));
    enlarge(this, 1.2);
    // Keys that answer and choose results reach the window when no text field has the focus.
    setFocusPolicy(Qt::StrongFocus);

    auto *title = new QLabel(campaign.name, this);
    title->setObjectName(QStringLiteral("callerHeader"));
    enlarge(title, 1.3, true);
    // A Latin name would otherwise sit by its own direction, against the count in Arabic.
    title->setAlignment(QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft | Qt::AlignVCenter));
    auto *who = new QLabel(mode == Mode::Calling ? tr("Calling as %1").arg(bidi::isolate(caller))
                                                 : tr("Entered as %1").arg(bidi::isolate(caller)),
        this);
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("callerRemaining"));
    enlarge(m_remaining, 1.2, true);
    m_remaining->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(who);
    header->addSpacing(16);
    header->addWidget(m_remaining);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("callerStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);

    // The person.
    m_cardPage = new QWidget(this);
    m_name = line(m_cardPage, QStringLiteral("callerName"));
    enlarge(m_name, 1.6, true);
    m_phone = line(m_cardPage, QStringLiteral("callerPhone"));
    enlarge(m_phone, 1.6, true);
    auto *who2 = new QHBoxLayout;
    who2->addWidget(m_name, 1);
    who2->addWidget(m_phone);
    m_address = line(m_cardPage, QStringLiteral("callerAddress"));
    m_languages = line(m_cardPage, QStringLiteral("callerLanguages"));
    m_lastContact = line(m_cardPage, QStringLiteral("callerLastContact"));
    m_attempt = line(m_cardPage, QStringLiteral("callerAttempt"));
    auto *facts = new QHBoxLayout;
    facts->addWidget(m_languages, 1);
    facts->addWidget(m_attempt);
    m_introduction = line(m_cardPage, QStringLiteral("callerIntroduction"));
    m_introduction->setFrameShape(QFrame::StyledPanel);
    m_introduction->setMargin(8);
    m_answers = new AnswerPanel(m_cardPage);
    m_answers->setObjectName(QStringLiteral("callerAnswers"));
    m_answers->setScript(campaign.script);
    auto *scroll = new QScrollArea(m_cardPage);
    scroll->setWidget(m_answers);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_results = new ResultBar(m_cardPage);
    m_results->setObjectName(QStringLiteral("callerResults"));
    auto *save = new QPushButton(tr("Save and Next (Enter)"), m_cardPage);
    save->setObjectName(QStringLiteral("callerSaveButton"));
    connect(save, &QPushButton::clicked, this, &CallerWindow::save);
    m_skip = new QPushButton(tr("Skip for Later (F12)"), m_cardPage);
    m_skip->setObjectName(QStringLiteral("callerSkipButton"));
    m_skip->setVisible(mode == Mode::Calling);
    connect(m_skip, &QPushButton::clicked, this, &CallerWindow::skip);
    // Not the button's own shortcut, which clicks a moment later: the key skips at once.
    auto *skipKey = new QShortcut(QKeySequence(Qt::Key_F12), m_skip);
    connect(skipKey, &QShortcut::activated, this, &CallerWindow::skip);
    m_close = new QPushButton(mode == Mode::Calling ? tr("Close (Esc)") : tr("Back to the List (Esc)"), m_cardPage);
    m_close->setObjectName(QStringLiteral("callerCloseButton"));
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::DataEntry)
            backToList();
        else
            close();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_skip);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *keys = new QLabel(tr("Keys: 1–9 answer the current question, ↑ ↓ move between questions, F1–F11 choose the "
                               "result, Enter saves."),
        m_cardPage);
    keys->setWordWrap(true);
    auto *cardLayout = new QVBoxLayout(m_cardPage);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->addLayout(who2);
    cardLayout->addWidget(m_address);
    cardLayout->addLayout(facts);
    cardLayout->addWidget(m_lastContact);
    cardLayout->addWidget(m_introduction);
    cardLayout->addWidget(scroll, 1);
    cardLayout->addWidget(m_results);
    cardLayout->addWidget(keys);
    cardLayout->addLayout(buttons);
    connect(m_results, &ResultBar::resultChosen, this, [this](ResultCode code) {
        // Answers count only for a person reached; they stay on screen in case the key was wrong.
        m_answers->setEnabled(code == ResultCode::Contacted);
    });
    connect(m_answers, &AnswerPanel::answered, this, [this] {
        // Answers mean the person was reached.
        if (m_answers->hasAnswers() && m_results->selected() != ResultCode::Contacted) {
            m_results->select(ResultCode::Contacted);
            m_answers->setEnabled(true);
        }
    });

    // Nobody left.
    auto *donePage = new QWidget(this);
    m_done = new QLabel(donePage);
    m_done->setObjectName(QStringLiteral("callerDone"));
    m_done->setWordWrap(true);
    m_done->setAlignment(Qt::AlignCenter);
    enlarge(m_done, 1.4);
    auto *doneClose = new QPushButton(tr("Close (Esc)"), donePage);
    connect(doneClose, &QPushButton::clicked, this, &QWidget::close);
    auto *doneLayout = new QVBoxLayout(donePage);
    doneLayout->addStretch();
    doneLayout->addWidget(m_done);
    doneLayout->addWidget(doneClose, 0, Qt::AlignCenter);
    doneLayout->addStretch();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_cardPage);
    m_pages->addWidget(donePage);

    if (mode == Mode::DataEntry) {
        // The list of the campaign's people, to find the one whose paper result is entered next.
        auto *listPage = new QWidget(this);
        m_search = new QLineEdit(listPage);
        m_search->setObjectName(QStringLiteral("entrySearch"));
        m_search->setAccessibleName(tr("Find the person"));
        m_search->setPlaceholderText(tr("Type a name or the number on the list, then press Enter"));
        m_search->setClearButtonEnabled(true);
        m_search->installEventFilter(this);
        m_listModel = new CallListModel(this);
        m_listProxy = new CallListProxy(this);
        m_listProxy->setSourceModel(m_listModel);
        m_listProxy->setOpenOnly(true);
        m_list = new QTableView(listPage);
        m_list->setObjectName(QStringLiteral("entryList"));
        m_list->setAccessibleName(tr("People on the list"));
        m_list->setModel(m_listProxy);
        m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the search field
        m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_list->setSelectionMode(QAbstractItemView::SingleSelection);
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_list->verticalHeader()->hide();
        CallListModel::fitColumns(m_list->horizontalHeader());
        copyWithoutIsolates(m_list);
        connect(m_list, &QTableView::activated, this, &CallerWindow::pickCurrent);
        m_showDone = new QCheckBox(tr("Show people already done"), listPage);
        m_showDone->setObjectName(QStringLiteral("entryShowDone"));
        connect(m_showDone, &QCheckBox::toggled, this, [this](bool on) {
            m_listProxy->setOpenOnly(!on);
            m_list->selectRow(0);
        });
        connect(m_search, &QLineEdit::textChanged, this, [this](const QString &typed) {
            m_listProxy->setSearch(typed);
            m_list->selectRow(0);
        });
        auto *closeList = new QPushButton(tr("Close (Esc)"), listPage);
        connect(closeList, &QPushButton::clicked, this, &QWidget::close);
        auto *listButtons = new QHBoxLayout;
        listButtons->addWidget(m_showDone);
        listButtons->addStretch();
        listButtons->addWidget(closeList);
        auto *listLayout = new QVBoxLayout(listPage);
        listLayout->setContentsMargins(0, 0, 0, 0);
        listLayout->addWidget(m_search);
        listLayout->addWidget(m_list, 1);
        listLayout->addLayout(listButtons);
        m_pages->insertWidget(0, listPage);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);

    if (mode == Mode::DataEntry)
        backToList();
    else
        showNext();
}

QString CallerWindow::statusText() const
{
    return m_status->text();
}

bool CallerWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the list and Enter opens the person, while the typing stays in
    // the search field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_listProxy->rowCount() > 0) {
            const int row = std::clamp(
                m_list->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1), 0, m_listProxy->rowCount() - 1);
            m_list->selectRow(row);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            pickCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallerWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        if (m_mode == Mode::DataEntry && m_pages->currentWidget() == m_cardPage)
            backToList();
        else
            close();
        return;
    }
    if (m_pages->currentWidget() != m_cardPage || !m_card) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        save();
        return;
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        m_answers->previousQuestion();
        return;
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        m_answers->nextQuestion();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_answers->clearCurrent();
        return;
    default:
        break;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (m_results->takesDigits())
            m_results->pressDigit(digit);
        else if (!m_answers->pressDigit(digit))
            say(tr("The current question has no answer %1.").arg(digit), false);
        return;
    }
    QWidget::keyPressEvent(event);
}

void CallerWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

void CallerWindow::showNext()
{
    auto next = m_session.next(m_skipping);
    if (next && !next->has_value() && !m_skipping.isEmpty()) {
        // Everyone else is done: the people passed over come round again.
        m_skipping.clear();
        say(tr("Back to the people you skipped."), true);
        next = m_session.next();
    }
    if (!next) {
        showDone(next.error().message);
        return;
    }
    if (!next->has_value()) {
        showDone(tr("Nobody is left for you to call in this campaign. Thank you!"));
        return;
    }
    showCard(next->value());
}

void CallerWindow::showCard(const CallCard &card)
{
    m_card = card;
    const QLocale locale;
    m_name->setText(card.name);
    if (card.phone.isEmpty()) {
        m_phone->setText(m_campaign.kind == CampaignKind::Door ? QString() : tr("No number"));
    } else {
        // A number reads left to right inside an Arabic line: "+1 313…" must not become "…313 1+".
        const QString number = bidi::isolateLtr(card.phoneDisplay);
        m_phone->setText(card.phoneReadable ? number : tr("%1 (as typed: check it)").arg(number));
    }
    // Street, town, postcode: in that order the parts read in any country without a format of its own.
    QStringList address;
    for (const QString &part : {card.street, card.locality, card.postalCode}) {
        if (!part.trimmed().isEmpty())
            address.append(part.trimmed());
    }
    m_address->setText(bidi::isolateEach(address));
    m_address->setVisible(!address.isEmpty());
    m_languages->setText(card.languages.isEmpty() ? tr("Languages: not known")
                                                  : tr("Speaks: %1").arg(languages::joinedNames(card.languages, locale)));
    const auto last = resultCodeFromKey(card.lastResult);
    if (!last) {
        m_lastContact->setText(tr("No earlier contact."));
    } else {
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(card.lastResultAt), QLocale::ShortFormat);
        m_lastContact->setText(
            tr("Last contact: %1, %2 (%3)").arg(when, resultCodeName(*last), bidi::isolate(card.lastCampaign)));
    }
    m_attempt->setText(tr("Attempt %1 of %2").arg(card.attempts + 1).arg(CallSession::kMaxAttempts));
    const QString introduction = fillIntroduction(m_campaign.script.introduction, m_session.caller(), card.name);
    m_introduction->setText(introduction);
    m_introduction->setVisible(!introduction.isEmpty());
    m_results->clear();
    m_answers->setEnabled(true);
    m_pages->setCurrentWidget(m_cardPage);
    setFocus();
    m_answers->clear(); // puts the focus in the first question's field when it takes text
    updateRemaining();
}

void CallerWindow::showDone(const QString &why)
{
    m_card.reset();
    m_done->setText(why);
    m_pages->setCurrentIndex(m_pages->count() - 1);
    setFocus();
    updateRemaining();
}

bool CallerWindow::save()
{
    if (!m_card)
        return false;
    const QJsonObject answers = m_answers->answers();
    std::optional<ResultCode> code = m_results->selected();
    if (!code) {
        if (answers.isEmpty()) {
            say(tr("Choose a result with F1 to F11, or answer a question, then press Enter."), false);
            return false;
        }
        code = ResultCode::Contacted;
    }
    RecordOptions options;
    options.optOut = m_results->optOut();
    options.phone = m_card->phone;
    const Status saved
        = m_session.record(m_card->contactId, *code, *code == ResultCode::Contacted ? answers : QJsonObject(), options);
    if (!saved) {
        say(tr("Not saved: %1").arg(saved.error().message), false);
        return false;
    }
    QString text = tr("✓ Saved for %1: %2.").arg(bidi::isolate(m_card->name), resultCodeName(*code));
    if (!options.optOut.isEmpty())
        text += u' ' + tr("They will not be contacted again.");
    say(text, true);
    emit resultSaved();
    if (m_mode == Mode::Calling) {
        m_skipping.removeAll(m_card->contactId);
        showNext();
    } else {
        backToList();
    }
    return true;
}

void CallerWindow::skip()
{
    if (!m_card || m_mode != Mode::Calling)
        return;
    m_skipping.append(m_card->contactId);
    say(tr("%1 skipped for later.").arg(bidi::isolate(m_card->name)), true);
    showNext();
}

bool CallerWindow::openPerson(const QString &contactId)
{
    auto card = m_session.card(contactId);
    if (!card) {
        say(card.error().message, false);
        return false;
    }
    showCard(card.value());
    return true;
}

void CallerWindow::pickCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        say(tr("Nobody on the list matches what you typed."), false);
        return;
    }
    openPerson(current.data(CallListModel::ContactIdRole).toString());
}

void CallerWindow::backToList()
{
    if (m_mode != Mode::DataEntry)
        return;
    m_card.reset();
    reloadList();
    m_pages->setCurrentIndex(0);
    m_search->clear();
    m_list->selectRow(0);
    m_search->setFocus();
    updateRemaining();
}

void CallerWindow::reloadList()
{
    auto entries = CallList(m_database).entries(m_campaign.id);
    if (!entries) {
        say(entries.error().message, false);
        return;
    }
    m_listModel->setEntries(entries.value());
    m_listProxy->sort(-1); // the list's own order, as on paper
}

void CallerWindow::updateRemaining()
{
    int open = 0;
    if (m_mode == Mode::DataEntry) {
        for (const ListEntry &e : m_listModel->entries())
            open += e.done ? 0 : 1;
        m_remaining->setText(tr("%n still open", nullptr, open));
    } else {
        open = m_card ? m_card->remaining : 0;
        m_remaining->setText(tr("%n left to call", nullptr, open));
    }
    m_remaining->setAccessibleName(m_remaining->text());
}

void CallerWindow::say(const QString &text, bool good)
{
    // Green or red, and the words say it too: nothing relies on colour alone.
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, good ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb3, 0x26, 0x1e));
    m_status->setPalette(palette);
}

} // namespace majlis
