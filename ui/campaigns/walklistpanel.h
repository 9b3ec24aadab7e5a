#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace majlis {

class Database;
class WalkListDocument;

// Walk lists of a door-knocking campaign for the organizer to hand out: choose the whole list,
// every volunteer's share (each on its own pages) or one volunteer's, see it, then print it or
// save it as PDF. A campaign of another kind says it has no walk list.
//
// Object names for tests: "walkListChoice", "walkListPreview", "walkListPrintButton",
// "walkListPdfButton", "walkListMessage".
class WalkListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WalkListPanel(Database &database, QWidget *parent = nullptr);
    ~WalkListPanel() override;

    void setCampaign(const QString &campaignId);
    QString campaignId() const { return m_campaignId; }
    // The document as it would be printed now.
    WalkListDocument &document() { return *m_document; }

    // Writes the chosen list to `path`, or says why not in a message box.
    bool savePdfTo(const QString &path);

public slots:
    void refresh();
    void print();
    void savePdf();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    QString chosenVolunteer() const;

    Database &m_database;
    QString m_campaignId;
    std::unique_ptr<WalkListDocument> m_document;
    QComboBox *m_choice = nullptr;
    QLabel *m_message = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
};

} // namespace majlis
