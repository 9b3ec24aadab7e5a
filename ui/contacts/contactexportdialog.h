#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;

namespace majlis {

// Which contacts to export and in which format.
//
// Object names for tests: "exportScopeAll", "exportScopeListed", "exportScopeSelected",
// "exportFormat".
class ContactExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { All, Listed, Selected };
    enum class Format { Csv, VCard4, VCard3, VCard21 };

    ContactExportDialog(int total, int listed, int selected, QWidget *parent = nullptr);

    Scope scope() const;
    Format format() const;
    static QString suffix(Format format);

private:
    QButtonGroup *m_scope;
    QComboBox *m_format;
};

} // namespace majlis
