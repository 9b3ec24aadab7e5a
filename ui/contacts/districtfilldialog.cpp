#include "contacts/districtfilldialog.h"

#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include "contacts/ambiguousdistrictmodel.h"
#include "contacts/candidatedelegate.h"
#include "legislatures/bodyrepository.h"
#include "legislatures/contactdistricts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace majlis {

namespace {

QStringList names(const QList<DistrictFill::Entry> &entries)
{
    QStringList list;
    for (const DistrictFill::Entry &e : entries)
        list.append(e.name);
    list.removeDuplicates();
    return list;
}

} // namespace

DistrictFillDialog::DistrictFillDialog(Database &database, const DistrictSelection &selection, const QString &bodyId,
                                       const QString &scope, QWidget *parent)
    : QDialog(parent), m_database(database), m_selection(selection), m_bodyId(bodyId), m_scope(scope)
{
    setWindowTitle(tr("Fill Districts from ZIP Codes"));
    resize(640, 420);

    // First page: what a fill would do.
    auto *previewPage = new QWidget(this);
    m_summary = new QLabel(previewPage);
    m_summary->setObjectName(QStringLiteral("fillSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *previewButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, previewPage);
    m_fill = previewButtons->addButton(tr("&Fill"), QDialogButtonBox::AcceptRole);
    m_fill->setObjectName(QStringLiteral("fillButton"));
    m_fill->setDefault(true);
    connect(m_fill, &QPushButton::clicked, this, &DistrictFillDialog::fill);
    connect(previewButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(m_summary, 1, Qt::AlignTop);
    previewLayout->addWidget(previewButtons);

    // Second page: what was filled, and who is left to choose.
    auto *resultPage = new QWidget(this);
    m_result = new QLabel(resultPage);
    m_result->setObjectName(QStringLiteral("fillResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new AmbiguousDistrictModel(
        [this](const DistrictFill::Entry &e, const QString &district) -> Status {
            auto body = BodyRepository(m_database).find(e.bodyCode);
            if (!body)
                return body.error();
            const Status done = ContactDistricts(m_database).choose(e.contactId, body->id, e.chamber, district);
            m_changed = m_changed || done.ok();
            return done;
        },
        [this](const DistrictFill::Entry &e) {
            auto body = BodyRepository(m_database).find(e.bodyCode);
            return body ? body->chamberName(e.chamber) : chamberKey(e.chamber);
        },
        this);
    m_view = new QTableView(resultPage);
    copyWithoutIsolates(m_view);
    m_view->setObjectName(QStringLiteral("ambiguousTable"));
    m_view->setAccessibleName(tr("Districts to choose"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AmbiguousDistrictModel::ChoiceColumn, new CandidateDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    // Seats and names are short; whole words read better than cut ones.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *choose = new QPushButton(tr("&Choose District…"), resultPage);
    choose->setObjectName(QStringLiteral("chooseDistrictButton"));
    choose->setToolTip(tr("Pick the district of the selected row among its candidates (F2)"));
    connect(choose, &QPushButton::clicked, this, &DistrictFillDialog::chooseCurrent);
    connect(m_model, &AmbiguousDistrictModel::errorOccurred, m_result, &QLabel::setText);
    auto *resultButtons = new QDialogButtonBox(QDialogButtonBox::Close, resultPage);
    resultButtons->addButton(choose, QDialogButtonBox::ActionRole);
    connect(resultButtons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_view, 1);
    resultLayout->addWidget(resultButtons);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(previewPage);
    m_pages->addWidget(resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    preview();
}

QString DistrictFillDialog::summary() const
{
    return m_summary->text();
}

QString DistrictFillDialog::result() const
{
    return m_result->text();
}

void DistrictFillDialog::preview()
{
    auto report = DistrictFill(m_database).fill(m_selection, m_bodyId, true);
    m_fill->setEnabled(report && (report->filled > 0 || !report->ambiguous.isEmpty()));
    m_summary->setText(report ? summaryText(*report) : report.error().message);
}

QString DistrictFillDialog::summaryText(const DistrictFill::Report &r) const
{
    QStringList lines{tr("Looking up the districts of %1 from their postal codes:").arg(m_scope)};
    lines.append(tr("%n district(s) would be filled, marked estimated.", nullptr, r.filled));
    lines.append(tr("%n postcode(s) span several districts: you choose among the candidates after the fill.", nullptr,
                    int(r.ambiguous.size())));
    lines.append(tr("%n postcode(s) no district file knows.", nullptr, int(r.unknownPostcode.size())));
    if (!r.otherState.isEmpty())
        lines.append(tr("%n ZIP code(s) lie only in another state than the contact's: check the address.", nullptr,
                        int(r.otherState.size())));
    lines.append(tr("Left as they are: %1 entered by hand or confirmed, %2 already filled, %3 without a postcode.")
                     .arg(r.kept)
                     .arg(r.alreadyFilled)
                     .arg(r.noPostcode));
    if (!r.notice.isEmpty())
        lines.append(r.notice);
    if (r.filled == 0 && r.ambiguous.isEmpty())
        lines.append(tr("There is nothing to fill."));
    return lines.join(u'\n');
}

void DistrictFillDialog::fill()
{
    auto report = DistrictFill(m_database).fill(m_selection, m_bodyId, false);
    if (!report) {
        m_summary->setText(report.error().message);
        return;
    }
    m_changed = m_changed || report->filled > 0 || !report->ambiguous.isEmpty();
    // Everyone still to choose, those of earlier fills and those marked to check included.
    auto open = DistrictFill(m_database).ambiguous(m_selection, m_bodyId);
    m_model->setEntries(open ? *open : report->ambiguous);
    QString text = resultText(*report);
    if (!open)
        text += u'\n' + open.error().message;
    m_result->setText(text);
    m_pages->setCurrentIndex(1);
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, AmbiguousDistrictModel::ChoiceColumn));
        m_view->setFocus();
    }
}

QString DistrictFillDialog::resultText(const DistrictFill::Report &r) const
{
    QStringList lines{tr("Filled %n district(s) from postal codes, marked estimated.", nullptr, r.filled)};
    if (m_model->rowCount() > 0)
        lines.append(tr("%n district(s) to choose: pick one in each row below (F2 or Choose District…).", nullptr,
                        m_model->rowCount()));
    else
        lines.append(tr("No district is left to choose."));
    if (!r.unknownPostcode.isEmpty())
        lines.append(tr("No district file knows the postcodes of: %1. Import a postcode file with \"majlis-cli districts "
                        "import FILE --body CODE --chamber house\" (or senate).")
                         .arg(bidi::isolateEach(names(r.unknownPostcode))));
    if (!r.otherState.isEmpty())
        lines.append(tr("Check the address of: %1 (the ZIP code lies in another state).")
                         .arg(bidi::isolateEach(names(r.otherState))));
    return lines.join(u'\n');
}

void DistrictFillDialog::chooseCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const QModelIndex cell = m_model->index(row, AmbiguousDistrictModel::ChoiceColumn);
    m_view->setCurrentIndex(cell);
    m_view->edit(cell);
}

} // namespace majlis
