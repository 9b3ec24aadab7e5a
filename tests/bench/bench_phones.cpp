// Phone parsing at scale (issue 15): 100,000 numbers as people type them at home in seven
// countries, each turned into E.164 by ContactValidator::normalizePhone (libphonenumber) and
// into its search tokens. Prints the time of each beside the same loop doing only the digit
// extraction the old hand-written rules did, measured in the same run.
//
//   bench_phones [--numbers N]
// Target: 100,000 numbers parsed in under 2 s.

#include "contacts/searchtext.h"
#include "contacts/validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace majlis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("numbers"), QStringLiteral("How many numbers."), QStringLiteral("n"),
                                   QStringLiteral("100000"));
    parser.addOption(count);
    parser.process(app);
    const int n = parser.value(count).toInt();

    // National forms with their trunk prefixes, varied by the loop counter.
    struct Plan
    {
        const char *country;
        const char *pattern; // %1: four varying digits
    };
    const Plan plans[] = {{"DE", "030 1234%1"}, {"GB", "020 7946 %1"}, {"FR", "01 23 45 %1"}, {"CA", "(416) 555-%1"},
                          {"TR", "0212 555 %1"}, {"US", "313-555-%1"},  {"BE", "02 123 %1"}};
    QList<std::pair<QString, QString>> typed;
    typed.reserve(n);
    for (int i = 0; i < n; ++i) {
        const Plan &plan = plans[i % 7];
        typed.append({QString::fromLatin1(plan.pattern).arg(i % 10000, 4, 10, QLatin1Char('0')), QLatin1String(plan.country)});
    }

    QElapsedTimer timer;
    timer.start();
    qsizetype digits = 0;
    for (const auto &[number, country] : std::as_const(typed)) {
        for (QChar c : number)
            digits += c.isDigit() ? 1 : 0;
    }
    const qint64 anchorMs = timer.elapsed();

    timer.restart();
    int stored = 0;
    QStringList e164;
    e164.reserve(n);
    for (const auto &[number, country] : std::as_const(typed)) {
        auto normalized = ContactValidator::normalizePhone(number, country);
        if (normalized) {
            ++stored;
            e164.append(normalized.value());
        }
    }
    const qint64 parseMs = timer.elapsed();

    timer.restart();
    qsizetype tokens = 0;
    for (const QString &number : std::as_const(e164))
        tokens += searchtext::phoneTokens(number).size();
    const qint64 tokenMs = timer.elapsed();

    QTextStream out(stdout);
    out << "numbers: " << n << ", stored as E.164: " << stored << " (" << digits << " digits)\n"
        << "parse to E.164 (libphonenumber): " << parseMs << " ms (target < 2000 ms)\n"
        << "search tokens of the stored numbers: " << tokenMs << " ms (" << tokens << " tokens)\n"
        << "anchor, digit extraction only (the old rules' first step): " << anchorMs << " ms\n";
    return stored == n ? 0 : 1;
}
