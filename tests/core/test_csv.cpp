#include "io/csv.h"
#include "support/catchqt.h"

#include <catch2/catch.hpp>

using namespace majlis;

TEST_CASE("CSV reads quoted fields, line breaks inside quotes, CRLF and a byte-order mark", "[io][csv]")
{
    const QByteArray data = "\xEF\xBB\xBF" "name,notes,city\r\n"
                            "\"Rahman, Amina\",\"said \"\"yes\"\"\nthen left\",Dearborn\r\n"
                            "\r\n"
                            "Yusuf,,\"\"\n"
                            "Short\n";
    auto table = CsvTable::parse(data);
    REQUIRE(table.ok());
    CHECK(table->header() == QStringList{QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("city")});
    REQUIRE(table->rowCount() == 3); // the blank line is no row
    CHECK(table->value(0, QStringLiteral("name")) == QStringLiteral("Rahman, Amina"));
    CHECK(table->value(0, QStringLiteral("notes")) == QStringLiteral("said \"yes\"\nthen left"));
    CHECK(table->value(0, QStringLiteral("city")) == QStringLiteral("Dearborn"));
    CHECK(table->value(1, QStringLiteral("city")).isEmpty());
    CHECK(table->value(2, QStringLiteral("city")).isEmpty()); // a short row reads as empty cells
    CHECK(table->value(0, QStringLiteral("no such column")).isEmpty());
    CHECK(table->lineOf(1) == 5); // the quoted line break moved it down
}

TEST_CASE("CSV that is cut short or has too many fields is refused with its line", "[io][csv]")
{
    auto open = CsvTable::parse("a,b\n1,\"unterminated\n2,3\n");
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().message.contains(QStringLiteral("line 2")));
    auto wide = CsvTable::parse("a,b\n1,2\n1,2,3\n");
    REQUIRE_FALSE(wide.ok());
    CHECK(wide.error().message.contains(QStringLiteral("Line 3")));
    CHECK_FALSE(CsvTable::parse("").ok());
}

TEST_CASE("CSV written here reads back cell for cell", "[io][csv]")
{
    const QList<QStringList> rows{{QStringLiteral("a,b"), QStringLiteral("\"q\""), QStringLiteral("line\nbreak")},
                                  {QStringLiteral("محمد"), QString(), QStringLiteral("plain")}};
    CsvWriter writer;
    writer.addRow({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")});
    for (const QStringList &row : rows)
        writer.addRow(row);
    auto table = CsvTable::parse(writer.data());
    REQUIRE(table.ok());
    REQUIRE(table->rowCount() == 2);
    for (int r = 0; r < 2; ++r) {
        CHECK(table->value(r, QStringLiteral("x")) == rows.at(r).at(0));
        CHECK(table->value(r, QStringLiteral("y")) == rows.at(r).at(1));
        CHECK(table->value(r, QStringLiteral("z")) == rows.at(r).at(2));
    }
}
