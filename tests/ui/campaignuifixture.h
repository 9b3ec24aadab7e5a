#pragma once

#include "campaigns/campaign.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace majlis::test {

// A phone bank (the sample script of tests/campaigns) with a list of four callable people in
// Michigan: Amina Ahmed, Bilal Baker, Camila Castro, Dawud Daniels, in that order.
struct PhoneBank
{
    TempWorkspace ws;
    Campaign campaign;
    QStringList ids;

    explicit PhoneBank(CampaignKind kind = CampaignKind::Phone);
};

// A key as the person at the keyboard presses it: to the widget that has the focus.
inline void press(QWidget &window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && window.isAncestorOf(focus) ? focus : &window, Qt::Key(key), modifiers);
}

inline void type(QWidget &window, const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClicks(focus && window.isAncestorOf(focus) ? focus : &window, text);
}

} // namespace majlis::test
