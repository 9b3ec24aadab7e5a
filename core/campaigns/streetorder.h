#pragma once

#include <QList>
#include <QString>

namespace majlis {

// A house on a door list.
struct StreetStop
{
    QString id;
    QString locality;
    QString postalCode;
    QString street; // as entered: "123 Main St", "Hauptstraße 12", "12 rue de la Paix"
};

// The street a house is on and its number, wherever the number is written: a walk list groups
// by the street, then goes up the numbers (and 12 comes after 9, not before).
struct StreetKey
{
    QString name;     // folded for comparing
    qint64 number = 0; // 0 when the address has none
    QString rest;     // "12b": the letter after the number
};
StreetKey streetKey(const QString &street);
// The street a house is on as a person writes it, without the house number: "Main St" for
// "123 Main St", "Hauptstraße" for "Hauptstraße 12"; what a walk list heads each street with.
QString streetName(const QString &street);
// Whether two addresses are on the same street of the same town, as sortForWalking groups them.
bool sameStreet(const StreetStop &a, const StreetStop &b);

// Town, then street, then house number.
void sortForWalking(QList<StreetStop> &stops);

} // namespace majlis
