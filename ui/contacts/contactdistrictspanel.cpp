#include "contacts/contactdistrictspanel.h"

#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include "contacts/contactdistrictmodel.h"
#include "contacts/districtchoicedialog.h"
#include "contacts/districtcommand.h"
#include "contacts/districtsetdialog.h"
#include "legislatures/bodyrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace majlis {

namespace {

bool sameRows(const ContactDistrictsSnapshot &a, const ContactDistrictsSnapshot &b)
{
    if (a.houseDistrict != b.houseDistrict || a.state != b.state || a.rows.size() != b.rows.size())
        return false;
    for (const ContactDistrictsSnapshot::Row &r : a.rows) {
        const auto match = std::find_if(b.rows.cbegin(), b.rows.cend(), [&](const ContactDistrictsSnapshot::Row &o) {
            return o.bodyId == r.bodyId && o.chamber == r.chamber && o.row.deleted == r.row.deleted
                   && (r.row.deleted || o.row.holds(r.row));
        });
        if (match == b.rows.cend())
            return false;
    }
    return true;
}

// "Michigan Legislature, Senate": the legislature and the chamber of an entry, as people read it.
QString placeOf(Database &database, const QString &bodyCode, const QString &bodyName, Chamber chamber)
{
    auto body = BodyRepository(database).find(bodyCode);
    const QString chamberName = body ? body->chamberName(chamber) : chamberKey(chamber);
    return ContactDistrictsPanel::tr("%1, %2", "a legislature and its chamber").arg(bodyName, chamberName);
}

} // namespace

ContactDistrictsPanel::ContactDistrictsPanel(Database &database, QWidget *parent)
    : QWidget(parent), m_database(database)
{
    m_model = new ContactDistrictModel(this);
    m_view = new QTableView(this);
    copyWithoutIsolates(m_view);
    m_view->setObjectName(QStringLiteral("districtTable"));
    m_view->setAccessibleName(tr("Districts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Seats and names are short; whole words read better than cut ones.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 6);

    m_lookUp = new QPushButton(tr("Look &Up from ZIP"), this);
    m_lookUp->setObjectName(QStringLiteral("lookUpDistrictsButton"));
    m_lookUp->setToolTip(tr("Find the districts from the contact's ZIP code, offline"));
    m_set = new QPushButton(tr("Set Dis&trict…"), this);
    m_set->setObjectName(QStringLiteral("setDistrictButton"));
    m_confirm = new QPushButton(tr("Con&firm"), this);
    m_confirm->setObjectName(QStringLiteral("confirmDistrictButton"));
    m_confirm->setToolTip(tr("The selected district is right"));
    m_checkLater = new QPushButton(tr("Check &Later"), this);
    m_checkLater->setObjectName(QStringLiteral("checkDistrictLaterButton"));
    m_checkLater->setToolTip(tr("List the selected district among those to check"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("districtMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lookUp);
    buttons->addWidget(m_set);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_checkLater);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_lookUp, &QPushButton::clicked, this, &ContactDistrictsPanel::lookUp);
    connect(m_set, &QPushButton::clicked, this, &ContactDistrictsPanel::setDistrict);
    connect(m_confirm, &QPushButton::clicked, this, &ContactDistrictsPanel::confirmSelected);
    connect(m_checkLater, &QPushButton::clicked, this, &ContactDistrictsPanel::checkSelectedLater);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactDistrictsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactDistrictsPanel::updateButtons);
    updateButtons();
}

void ContactDistrictsPanel::setUndoStack(QUndoStack *stack, std::function<void()> refresh)
{
    m_undoStack = stack;
    m_refresh = std::move(refresh);
}

void ContactDistrictsPanel::setContact(const QString &id, const QString &name, const QString &postcode)
{
    if (id != m_contactId)
        showMessage({});
    m_contactId = id;
    m_name = name;
    m_postcode = postcode;
    reload();
}

void ContactDistrictsPanel::setEditsPending(bool pending)
{
    m_editsPending = pending;
    updateButtons();
}

void ContactDistrictsPanel::reload()
{
    auto districts = m_contactId.isEmpty() ? Result<QList<ContactDistrict>>(QList<ContactDistrict>())
                                           : ContactDistricts(m_database).list(m_contactId);
    auto bodies = BodyRepository(m_database).list();
    if (!districts || !bodies) {
        showMessage(!districts ? districts.error().message : bodies.error().message);
        m_model->setDistricts({}, {});
        return;
    }
    m_model->setDistricts(*districts, *bodies);
}

QString ContactDistrictsPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ContactDistrictsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ContactDistrictsPanel::updateButtons()
{
    const bool ready = !m_contactId.isEmpty() && !m_editsPending;
    const ContactDistrict *d = m_model->district(m_view->currentIndex().row());
    m_lookUp->setEnabled(ready);
    m_set->setEnabled(ready);
    m_confirm->setEnabled(ready && d && !d->district.isEmpty() && d->status != DistrictStatus::Confirmed);
    m_checkLater->setEnabled(ready && d && d->status != DistrictStatus::Ambiguous);
    const QString waiting = m_editsPending ? tr("Save or revert the contact's edits first") : QString();
    for (QPushButton *b : {m_set, m_confirm, m_checkLater})
        b->setStatusTip(waiting);
    m_lookUp->setToolTip(waiting.isEmpty() ? tr("Find the districts from the contact's ZIP code, offline") : waiting);
}

Status ContactDistrictsPanel::change(const QString &text, const std::function<Status()> &change)
{
    ContactDistricts districts(m_database);
    auto before = districts.snapshot(m_contactId);
    if (!before)
        return before.error();
    const Status done = change();
    // A look-up that filled and then failed to record a choice did change something: it is
    // undoable all the same.
    auto after = districts.snapshot(m_contactId);
    reload();
    emit districtsChanged();
    if (after && m_undoStack && !sameRows(*before, *after)) {
        m_undoStack->push(new DistrictChangeCommand(text, m_database, *before, *after,
                                                    m_refresh ? m_refresh : [this] { reload(); },
                                                    [this](const QString &message) { showMessage(message); }));
    }
    return done;
}

QString ContactDistrictsPanel::chooseInDialog(const DistrictFill::Entry &entry)
{
    DistrictChoiceDialog dialog(entry.name, placeOf(m_database, entry.bodyCode, entry.bodyName, entry.chamber),
                                entry.postcode, entry.candidates, this);
    return dialog.exec() == QDialog::Accepted ? dialog.chosen() : QString();
}

void ContactDistrictsPanel::lookUp()
{
    if (m_contactId.isEmpty())
        return;
    if (m_postcode.trimmed().isEmpty()) {
        showMessage(tr("%1 has no postal code yet: enter it above and save, then look up the districts.")
                        .arg(bidi::isolate(m_name)));
        return;
    }
    QString summary;
    const Status done = change(tr("Look Up Districts of %1").arg(m_name), [&]() -> Status {
        auto report = DistrictFill(m_database).fill({{m_contactId}, {}, {}});
        if (!report)
            return report.error();
        int chosen = 0;
        for (const DistrictFill::Entry &entry : std::as_const(report->ambiguous)) {
            const QString pick = m_chooser ? m_chooser(entry) : chooseInDialog(entry);
            if (pick.isEmpty())
                continue;
            auto body = BodyRepository(m_database).find(entry.bodyCode);
            if (!body)
                return body.error();
            if (auto s = ContactDistricts(m_database).choose(m_contactId, body->id, entry.chamber, pick); !s)
                return s;
            ++chosen;
        }
        summary = lookUpMessage(*report, chosen);
        return success();
    });
    showMessage(done ? summary : done.error().message);
}

QString ContactDistrictsPanel::lookUpMessage(const DistrictFill::Report &r, int chosen) const
{
    QStringList lines;
    const QString postcode = bidi::isolateLtr(m_postcode.trimmed());
    if (r.filled > 0)
        lines.append(tr("%n district(s) found from postcode %1, marked estimated.", nullptr, r.filled).arg(postcode));
    if (chosen > 0)
        lines.append(tr("%n district(s) chosen among the candidates.", nullptr, chosen));
    if (r.ambiguous.size() > chosen)
        lines.append(tr("%n district(s) still to choose: the postcode spans several. Look up again to choose.", nullptr,
                        int(r.ambiguous.size()) - chosen));
    if (!r.unknownPostcode.isEmpty()) {
        QStringList where;
        for (const DistrictFill::Entry &e : r.unknownPostcode)
            where.append(bidi::isolate(placeOf(m_database, e.bodyCode, e.bodyName, e.chamber)));
        lines.append(tr("No district file knows postcode %1 for %2. A ZIP code of post office boxes only has no area; "
                        "for a legislature without a file, import one with \"majlis-cli districts import FILE --body "
                        "CODE --chamber house\" (or senate), then look up again.")
                         .arg(postcode, where.join(QStringLiteral("; "))));
    }
    for (const DistrictFill::Entry &e : r.otherState)
        lines.append(tr("ZIP code %1 lies only in %2, not in the contact's state: check the address.")
                         .arg(postcode, bidi::isolateEach(e.candidates, bidi::Kind::Ltr)));
    if (r.kept > 0)
        lines.append(tr("%n district(s) entered by hand or confirmed were kept; choose Check Later on one to let a "
                        "look-up replace it.",
                        nullptr, r.kept));
    if (lines.isEmpty() && r.alreadyFilled > 0)
        lines.append(tr("The districts of postcode %1 were already set.").arg(postcode));
    if (lines.isEmpty() && r.noPostcode > 0)
        lines.append(tr("No legislature here has a postcode file for the contact's country."));
    if (!r.notice.isEmpty())
        lines.append(r.notice);
    return lines.join(u'\n');
}

void ContactDistrictsPanel::setDistrict()
{
    if (m_contactId.isEmpty())
        return;
    auto bodies = BodyRepository(m_database).list();
    if (!bodies) {
        showMessage(bodies.error().message);
        return;
    }
    const ContactDistrict *current = m_model->district(m_view->currentIndex().row());
    DistrictSetDialog dialog(
        *bodies, current ? current->bodyId : bodies::congressId(), current ? current->chamber : Chamber::House,
        current ? current->label() : QString(),
        [this](const QString &bodyId, Chamber chamber, const QString &district) {
            return change(tr("Set District of %1").arg(m_name), [&] {
                return ContactDistricts(m_database).choose(m_contactId, bodyId, chamber, district);
            });
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage({});
}

void ContactDistrictsPanel::confirmSelected()
{
    const ContactDistrict *d = m_model->district(m_view->currentIndex().row());
    if (!d)
        return;
    const ContactDistrict district = *d; // the model is reset by the change
    const Status done = change(tr("Confirm District of %1").arg(m_name), [&] {
        return ContactDistricts(m_database).confirm(m_contactId, district.bodyId, district.chamber);
    });
    showMessage(done ? QString() : done.error().message);
}

void ContactDistrictsPanel::checkSelectedLater()
{
    const ContactDistrict *d = m_model->district(m_view->currentIndex().row());
    if (!d)
        return;
    const ContactDistrict district = *d;
    const Status done = change(tr("Check District of %1 Later").arg(m_name), [&] {
        return ContactDistricts(m_database).markToCheck(m_contactId, district.bodyId, district.chamber);
    });
    showMessage(done ? QString() : done.error().message);
}

} // namespace majlis
