#include "shell/preferencesdialog.h"

#include "advocacy/legislatordownload.h"
#include "i18n/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLocale>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace majlis {

namespace {

const QString kLegislatorsKey = QStringLiteral("advocacy/legislatorsAddress");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kHijriKey = QStringLiteral("display/hijri");

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_legislatorsAddress = new QLineEdit(legislatorsAddress().toString(), this);
    m_legislatorsAddress->setObjectName(QStringLiteral("legislatorsAddressEdit"));
    m_legislatorsAddress->setMinimumWidth(420);
    auto *restore = new QPushButton(tr("Use the &Default"), this);
    connect(restore, &QPushButton::clicked, this,
        [this] { m_legislatorsAddress->setText(LegislatorDownload::defaultAddress().toString()); });
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        // Each language by its own name, so a reader finds theirs whatever is shown now.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *row = new QHBoxLayout;
    row->addWidget(m_legislatorsAddress, 1);
    row->addWidget(restore);
    // The row holds a layout, so the label is given its buddy by hand: for its shortcut, and
    // so that screen readers say it.
    auto *addressLabel = new QLabel(tr("&Legislators download address:"), this);
    addressLabel->setBuddy(m_legislatorsAddress);
    form->addRow(addressLabel, row);
    auto *hint = new QLabel(tr("Advocacy Days > Legislators… > Update from the Internet downloads "
                               "legislators-current.csv from here. It must be an https:// address."),
        this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
}

QString PreferencesDialog::language()
{
    return QSettings().value(kLanguageKey).toString();
}

DateDisplay PreferencesDialog::dateDisplay()
{
    return {QSettings().value(kHijriKey, false).toBool(), QLocale()};
}

void PreferencesDialog::setHijriDates(bool on)
{
    QSettings().setValue(kHijriKey, on);
}

QUrl PreferencesDialog::legislatorsAddress()
{
    const QString stored = QSettings().value(kLegislatorsKey).toString();
    return stored.isEmpty() ? LegislatorDownload::defaultAddress() : QUrl(stored);
}

void PreferencesDialog::accept()
{
    const QUrl address = QUrl::fromUserInput(m_legislatorsAddress->text().trimmed());
    if (auto status = LegislatorDownload::checkAddress(address); !status) {
        m_problem->setText(status.error().message);
        m_problem->show();
        m_legislatorsAddress->setFocus();
        return;
    }
    QSettings().setValue(kLegislatorsKey, address.toString());
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
    QDialog::accept();
}

} // namespace majlis
