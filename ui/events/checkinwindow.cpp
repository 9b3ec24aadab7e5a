#include "events/checkinwindow.h"

#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace majlis {

namespace {

enum ItemData { ContactIdRole = Qt::UserRole, NameRole, CheckedInRole };

void enlarge(QWidget *widget, double factor)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    widget->setFont(font);
}

} // namespace

CheckInWindow::CheckInWindow(Database &database, const QString &eventId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_database(database)
    , m_desk(database, eventId)
    , m_matchTimer(new QTimer(this))
{
    const Status loaded = m_desk.load();
    m_ready = loaded.ok();
    setWindowTitle(tr("Check-in: %1").arg(bidi::isolate(m_desk.eventTitle())));
    enlarge(this, 1.5);

    auto *title = new QLabel(m_desk.eventTitle(), this);
    enlarge(title, 1.4);
    // A Latin title would otherwise sit by its own text direction, against the count in Arabic.
    title->setAlignment(QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft | Qt::AlignVCenter));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("checkInCount"));
    enlarge(m_count, 1.4);
    m_count->setAlignment(Qt::AlignVCenter | Qt::AlignTrailing);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_count);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkInStatus"));
    m_status->setWordWrap(true);
    enlarge(m_status, 1.2);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    if (!m_ready)
        say(loaded.error().message, false);

    // Search mode.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("checkInSearch"));
    m_search->setPlaceholderText(tr("Type a name, email or phone, then press Enter"));
    m_search->setAccessibleName(tr("Find the person arriving"));
    m_search->setClearButtonEnabled(true);
    enlarge(m_search, 1.3);
    m_search->installEventFilter(this);
    m_results = new QListWidget(this);
    copyWithoutIsolates(m_results);
    m_results->setObjectName(QStringLiteral("checkInResults"));
    m_results->setAccessibleName(tr("People found"));
    m_results->setFocusPolicy(Qt::NoFocus); // typing always goes to the search field
    connect(m_search, &QLineEdit::textChanged, this, &CheckInWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, &CheckInWindow::checkInCurrent);
    connect(m_results, &QListWidget::itemActivated, this, &CheckInWindow::checkInCurrent);
    auto *walkInButton = new QPushButton(tr("New Walk-in (Ctrl+N)"), this);
    connect(walkInButton, &QPushButton::clicked, this, &CheckInWindow::startWalkIn);
    auto *undoButton = new QPushButton(tr("Undo Last Check-in (Ctrl+Z)"), this);
    connect(undoButton, &QPushButton::clicked, this, &CheckInWindow::undoLast);
    auto *closeButton = new QPushButton(tr("Close Check-in (Esc)"), this);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto *searchButtons = new QHBoxLayout;
    searchButtons->addWidget(walkInButton);
    searchButtons->addWidget(undoButton);
    searchButtons->addStretch();
    searchButtons->addWidget(closeButton);
    auto *searchPage = new QWidget(this);
    auto *searchLayout = new QVBoxLayout(searchPage);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addWidget(m_search);
    searchLayout->addWidget(m_results, 1);
    searchLayout->addLayout(searchButtons);

    // Walk-in mode.
    m_given = new QLineEdit(this);
    m_given->setObjectName(QStringLiteral("walkInGiven"));
    m_family = new QLineEdit(this);
    m_family->setObjectName(QStringLiteral("walkInFamily"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("walkInPhone"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("walkInEmail"));
    m_emailConsent = new QCheckBox(tr("May we email you?"), this);
    m_smsConsent = new QCheckBox(tr("May we text you?"), this);
    m_photoConsent = new QCheckBox(tr("May we use photos of you?"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    auto *consents = new QHBoxLayout;
    consents->addWidget(m_emailConsent);
    consents->addWidget(m_smsConsent);
    consents->addWidget(m_photoConsent);
    consents->addStretch();
    form->addRow(tr("Consent:"), consents);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("walkInMatches"));
    m_matches->setAccessibleName(tr("Already a contact?"));
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        checkIn(item->data(ContactIdRole).toString(), item->data(NameRole).toString());
        backToSearch();
    });
    m_save = new QPushButton(tr("&Add and Check In"), this);
    m_save->setObjectName(QStringLiteral("walkInSave"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CheckInWindow::saveWalkIn);
    auto *cancel = new QPushButton(tr("Back to Search (Esc)"), this);
    connect(cancel, &QPushButton::clicked, this, &CheckInWindow::backToSearch);
    auto *walkInButtons = new QHBoxLayout;
    walkInButtons->addWidget(m_save);
    walkInButtons->addWidget(cancel);
    walkInButtons->addStretch();
    auto *walkInPage = new QWidget(this);
    auto *walkInLayout = new QVBoxLayout(walkInPage);
    walkInLayout->setContentsMargins(0, 0, 0, 0);
    walkInLayout->addLayout(form);
    walkInLayout->addWidget(new QLabel(tr("Already a contact? Double-click to check them in instead:"), this));
    walkInLayout->addWidget(m_matches, 1);
    walkInLayout->addLayout(walkInButtons);
    for (QLineEdit *field : {m_given, m_family, m_phone, m_email}) {
        connect(field, &QLineEdit::textChanged, m_matchTimer, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::returnPressed, this, &CheckInWindow::saveWalkIn);
    }
    m_matchTimer->setSingleShot(true);
    m_matchTimer->setInterval(150);
    connect(m_matchTimer, &QTimer::timeout, this, &CheckInWindow::updateMatches);

    m_modes = new QStackedWidget(this);
    m_modes->addWidget(searchPage);
    m_modes->addWidget(walkInPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_modes, 1);

    auto *newWalkIn = new QShortcut(QKeySequence::New, this);
    connect(newWalkIn, &QShortcut::activated, this, &CheckInWindow::startWalkIn);
    auto *undo = new QShortcut(QKeySequence::Undo, this);
    connect(undo, &QShortcut::activated, this, &CheckInWindow::undoLast);

    updateCount();
    search();
    m_search->setFocus();
}

bool CheckInWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the results while the cursor stays in the search field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->count() > 0) {
            const int row
                = std::clamp(m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckInWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_modes->currentIndex() == 1)
            backToSearch();
        else
            close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CheckInWindow::search()
{
    m_results->clear();
    const QList<CheckInCandidate> found = m_desk.search(m_search->text());
    for (const CheckInCandidate &c : found) {
        // The name and the email or phone each keep their own direction: "+1 313…" beside an
        // Arabic name would otherwise read "…313 1+".
        const QString name = bidi::isolate(c.name);
        QString text = c.detail.isEmpty() ? name : tr("%1 — %2").arg(name, bidi::isolateLtr(c.detail));
        if (c.checkedIn)
            text = tr("%1 (already checked in)").arg(text);
        else if (!c.registered)
            text = tr("%1 (not registered)").arg(text);
        auto *item = new QListWidgetItem(text, m_results);
        item->setData(ContactIdRole, c.contactId);
        item->setData(NameRole, c.name);
        item->setData(CheckedInRole, c.checkedIn);
    }
    if (found.isEmpty() && !m_search->text().trimmed().isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("Nobody found. Press Ctrl+N to add \"%1\" as a walk-in.").arg(bidi::isolate(m_search->text().trimmed())), m_results);
        item->setFlags(Qt::NoItemFlags);
    }
    if (!found.isEmpty())
        m_results->setCurrentRow(0);
}

void CheckInWindow::checkInCurrent()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item || item->data(ContactIdRole).toString().isEmpty()) {
        if (!m_search->text().trimmed().isEmpty())
            startWalkIn();
        return;
    }
    checkIn(item->data(ContactIdRole).toString(), item->data(NameRole).toString());
}

void CheckInWindow::checkIn(const QString &contactId, const QString &name)
{
    const int before = m_desk.checkedInCount();
    if (auto s = m_desk.checkIn(contactId); !s) {
        say(tr("Not saved: %1").arg(s.error().message), false);
        return;
    }
    if (m_desk.checkedInCount() == before) {
        say(tr("%1 was already checked in.").arg(bidi::isolate(name)), true);
    } else {
        m_lastContactId = contactId;
        m_lastName = name;
        say(tr("✓ %1 is checked in.").arg(bidi::isolate(name)), true);
        emit checkedIn();
    }
    m_search->clear();
    m_search->setFocus();
    updateCount();
}

void CheckInWindow::undoLast()
{
    if (m_lastContactId.isEmpty())
        return;
    if (auto s = m_desk.undoCheckIn(m_lastContactId); !s) {
        say(tr("Not undone: %1").arg(s.error().message), false);
        return;
    }
    say(tr("Check-in of %1 taken back.").arg(bidi::isolate(m_lastName)), true);
    m_lastContactId.clear();
    updateCount();
    search();
}

void CheckInWindow::startWalkIn()
{
    // What was typed in the search is most likely the name.
    const QStringList words = m_search->text().simplified().split(u' ', Qt::SkipEmptyParts);
    for (QLineEdit *field : {m_given, m_family, m_phone, m_email})
        field->clear();
    for (QCheckBox *box : {m_emailConsent, m_smsConsent, m_photoConsent})
        box->setChecked(false);
    if (!words.isEmpty()) {
        m_given->setText(words.first());
        m_family->setText(words.mid(1).join(u' '));
    }
    m_matches->clear();
    m_modes->setCurrentIndex(1);
    (m_given->text().isEmpty() ? m_given : m_phone)->setFocus();
    updateMatches();
}

Contact CheckInWindow::typedWalkIn() const
{
    Contact c;
    c.givenName = m_given->text();
    c.familyName = m_family->text();
    if (!m_email->text().trimmed().isEmpty())
        c.emails = {{QString(), m_email->text()}};
    if (!m_phone->text().trimmed().isEmpty())
        c.phones = {{QString(), m_phone->text()}};
    return c;
}

void CheckInWindow::updateMatches()
{
    m_matches->clear();
    for (const CheckInCandidate &match : m_desk.likelyMatches(typedWalkIn())) {
        QString text = tr("%1 — %2 (%3)").arg(bidi::isolate(match.name), bidi::isolateLtr(match.detail), match.reason);
        if (match.checkedIn)
            text = tr("%1, already checked in").arg(text);
        auto *item = new QListWidgetItem(text, m_matches);
        item->setData(ContactIdRole, match.contactId);
        item->setData(NameRole, match.name);
    }
    m_save->setText(m_matches->count() > 0 ? tr("&Add as a New Person Anyway") : tr("&Add and Check In"));
}

void CheckInWindow::saveWalkIn()
{
    Contact c = typedWalkIn();
    const QDate today = QDate::currentDate();
    const QString source = tr("check-in at %1").arg(m_desk.eventTitle());
    // Only a yes is recorded: an unticked box may mean nobody asked, which is not a no.
    const QList<std::pair<QCheckBox *, ConsentChannel>> boxes {{m_emailConsent, ConsentChannel::Email},
        {m_smsConsent, ConsentChannel::Sms}, {m_photoConsent, ConsentChannel::Photo}};
    for (const auto &[box, channel] : boxes) {
        if (box->isChecked())
            c.consents.append({channel, true, today, source});
    }
    auto created = m_desk.walkIn(c);
    if (!created) {
        say(created.error().message, false);
        return;
    }
    m_lastContactId = created.value();
    m_lastName = (c.givenName + u' ' + c.familyName).simplified();
    say(tr("✓ %1 is added and checked in.").arg(bidi::isolate(m_lastName)), true);
    emit checkedIn();
    backToSearch();
}

void CheckInWindow::backToSearch()
{
    m_modes->setCurrentIndex(0);
    m_search->clear();
    m_search->setFocus();
    updateCount();
    search();
}

void CheckInWindow::say(const QString &text, bool good)
{
    // Green or red, and the words say it too: nothing relies on colour alone.
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, good ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb3, 0x26, 0x1e));
    m_status->setPalette(palette); // a style sheet would drop the door's large font
}

void CheckInWindow::updateCount()
{
    const int capacity = m_desk.capacity();
    if (capacity > 0)
        m_count->setText(tr("%1 of %2 places taken").arg(m_desk.checkedInCount()).arg(capacity));
    else
        m_count->setText(tr("%n checked in", nullptr, m_desk.checkedInCount()));
    m_count->setAccessibleName(m_count->text());
}

} // namespace majlis
