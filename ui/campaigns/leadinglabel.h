#pragma once

#include <QLabel>

namespace majlis {

// A label whose text starts at the leading edge of the layout, whatever the text is. A plain
// QLabel aligns by the text's first strong letter, and text made of isolated names and dates
// ("⁨November calls⁩, ⁨3 November⁩") has none outside its isolates: in a right-to-left layout
// it would sit on the left.
class LeadingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit LeadingLabel(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void align();
};

} // namespace majlis
