#include "demo/demodata.h"

#include "contacts/contactrepository.h"
#include "storage/database.h"

#include <QRandomGenerator>

#include <array>
#include <span>

namespace majlis {

namespace {

// A name as written, and how it is spelled in an email address.
struct Name
{
    const char *written;
    const char *latin;
};

struct Culture
{
    std::span<const Name> given;
    std::span<const Name> family;
    std::span<const char *const> languages;
};

constexpr Name kArabGiven[] = {{"Mohammed", "mohammed"}, {"Ahmed", "ahmed"}, {"Fatima", "fatima"}, {"Aisha", "aisha"},
                               {"Omar", "omar"}, {"Layla", "layla"}, {"Yusuf", "yusuf"}, {"Mariam", "mariam"},
                               {"Khalid", "khalid"}, {"Nour", "nour"}, {"Hadi", "hadi"}, {"Rania", "rania"}};
constexpr Name kArabFamily[] = {{"Al-Sayed", "alsayed"}, {"Haddad", "haddad"}, {"Khalil", "khalil"},
                                {"Mansour", "mansour"}, {"Saleh", "saleh"}, {"Nasser", "nasser"},
                                {"Abboud", "abboud"}, {"Bazzi", "bazzi"}, {"Beydoun", "beydoun"}};
constexpr Name kArabicScriptGiven[] = {{"محمد", "mohamed"}, {"أحمد", "ahmad"}, {"فاطمة", "fatma"}, {"عائشة", "aaisha"},
                                       {"عمر", "umar"}, {"ليلى", "laila"}, {"يوسف", "yousef"}, {"مريم", "maryam"},
                                       {"حسن", "hassan"}, {"زينب", "zaynab"}};
constexpr Name kArabicScriptFamily[] = {{"علي", "ali"}, {"حداد", "hadad"}, {"خليل", "khaleel"}, {"منصور", "mansoor"},
                                        {"الصالح", "alsaleh"}, {"العمري", "alomari"}, {"شرارة", "sharara"}};
constexpr Name kSouthAsianGiven[] = {{"Imran", "imran"}, {"Ayesha", "ayesha"}, {"Bilal", "bilal"}, {"Sana", "sana"},
                                     {"Zainab", "zainab"}, {"Faisal", "faisal"}, {"Nadia", "nadia"}, {"Tariq", "tariq"},
                                     {"Farhana", "farhana"}, {"Asif", "asif"}};
constexpr Name kSouthAsianFamily[] = {{"Qureshi", "qureshi"}, {"Siddiqui", "siddiqui"}, {"Chaudhry", "chaudhry"},
                                      {"Rahman", "rahman"}, {"Hossain", "hossain"}, {"Khan", "khan"},
                                      {"Malik", "malik"}, {"Ansari", "ansari"}};
constexpr Name kUrduGiven[] = {{"عمران", "imraan"}, {"عائشہ", "aishah"}, {"بلال", "bilaal"}, {"ثنا", "sanaa"}};
constexpr Name kUrduFamily[] = {{"قریشی", "qureshy"}, {"صدیقی", "siddiqy"}, {"چودھری", "chaudhary"}};
constexpr Name kSomaliGiven[] = {{"Abdirahman", "abdirahman"}, {"Hodan", "hodan"}, {"Farhan", "farhan"},
                                 {"Ifrah", "ifrah"}, {"Mahad", "mahad"}, {"Sagal", "sagal"}};
constexpr Name kSomaliFamily[] = {{"Warsame", "warsame"}, {"Farah", "farah"}, {"Abdi", "abdi"}, {"Hassan", "hassan"},
                                  {"Jama", "jama"}, {"Osman", "osman"}};
constexpr Name kTurkishGiven[] = {{"Emre", "emre"}, {"Elif", "elif"}, {"Mehmet", "mehmet"}, {"Zeynep", "zeynep"},
                                  {"Büşra", "busra"}, {"Oğuz", "oguz"}};
constexpr Name kTurkishFamily[] = {{"Yılmaz", "yilmaz"}, {"Şahin", "sahin"}, {"Öztürk", "ozturk"}, {"Çelik", "celik"},
                                   {"Doğan", "dogan"}};
constexpr Name kPersianGiven[] = {{"Dariush", "dariush"}, {"Shirin", "shirin"}, {"رضا", "reza"}, {"Parisa", "parisa"},
                                  {"شیرین", "shireen"}, {"Kaveh", "kaveh"}};
constexpr Name kPersianFamily[] = {{"Hosseini", "hosseini"}, {"Rezaei", "rezaei"}, {"Karimi", "karimi"},
                                   {"حسینی", "hosseiny"}, {"Tehrani", "tehrani"}};
constexpr Name kBosnianGiven[] = {{"Amir", "amir"}, {"Lejla", "lejla"}, {"Emir", "emir"}, {"Amra", "amra"},
                                  {"Adnan", "adnan"}};
constexpr Name kBosnianFamily[] = {{"Hodžić", "hodzic"}, {"Begović", "begovic"}, {"Kovačević", "kovacevic"},
                                   {"Mehmedović", "mehmedovic"}};
constexpr Name kIndonesianGiven[] = {{"Siti", "siti"}, {"Budi", "budi"}, {"Putri", "putri"}, {"Rizky", "rizky"},
                                     {"Dewi", "dewi"}};
constexpr Name kIndonesianFamily[] = {{"Wijaya", "wijaya"}, {"Nugroho", "nugroho"}, {"Hidayat", "hidayat"},
                                      {"Setiawan", "setiawan"}};
constexpr Name kWestAfricanGiven[] = {{"Amadou", "amadou"}, {"Fatoumata", "fatoumata"}, {"Ibrahima", "ibrahima"},
                                      {"Aminata", "aminata"}, {"Moussa", "moussa"}};
constexpr Name kWestAfricanFamily[] = {{"Diallo", "diallo"}, {"Traoré", "traore"}, {"Ndiaye", "ndiaye"},
                                       {"Camara", "camara"}, {"Sow", "sow"}};
constexpr Name kLatinoGiven[] = {{"José", "jose"}, {"María", "maria"}, {"Lucía", "lucia"}, {"Andrés", "andres"},
                                 {"Sofía", "sofia"}};
constexpr Name kLatinoFamily[] = {{"García", "garcia"}, {"Hernández", "hernandez"}, {"Núñez", "nunez"},
                                  {"Peña", "pena"}, {"Ortiz", "ortiz"}};
constexpr Name kAfricanAmericanGiven[] = {{"Jamal", "jamal"}, {"Khadijah", "khadijah"}, {"Malik", "malik"},
                                          {"Aaliyah", "aaliyah"}, {"Rasheed", "rasheed"}};
constexpr Name kAfricanAmericanFamily[] = {{"Washington", "washington"}, {"Jackson", "jackson"},
                                           {"Muhammad", "muhammad"}, {"Abdullah", "abdullah"}, {"Shabazz", "shabazz"}};
constexpr Name kChineseGiven[] = {{"明", "ming"}, {"丽", "li"}, {"伟", "wei"}, {"芳", "fang"}};
constexpr Name kChineseFamily[] = {{"马", "ma"}, {"杨", "yang"}, {"丁", "ding"}};
constexpr Name kEuropeanGiven[] = {{"Daniel", "daniel"}, {"Sarah", "sarah"}, {"Thomas", "thomas"}, {"Emily", "emily"},
                                   {"Chloé", "chloe"}};
constexpr Name kEuropeanFamily[] = {{"Miller", "miller"}, {"O'Connor", "oconnor"}, {"Müller", "mueller"},
                                    {"Smith", "smith"}, {"Lefèvre", "lefevre"}};

constexpr const char *kArabic[] = {"ar", "en"};
constexpr const char *kUrdu[] = {"ur", "en"};
constexpr const char *kBangla[] = {"bn", "en"};
constexpr const char *kSomali[] = {"so", "en", "ar"};
constexpr const char *kTurkish[] = {"tr", "en"};
constexpr const char *kPersian[] = {"fa", "en"};
constexpr const char *kBosnian[] = {"bs", "en"};
constexpr const char *kIndonesian[] = {"id", "en"};
constexpr const char *kFrench[] = {"fr", "wo", "en"};
constexpr const char *kSpanish[] = {"es", "en"};
constexpr const char *kEnglish[] = {"en"};
constexpr const char *kChinese[] = {"zh", "en"};

const std::array<Culture, 15> kCultures = {{
    {kArabGiven, kArabFamily, kArabic},
    {kArabicScriptGiven, kArabicScriptFamily, kArabic},
    {kSouthAsianGiven, kSouthAsianFamily, kUrdu},
    {kSouthAsianGiven, kSouthAsianFamily, kBangla},
    {kUrduGiven, kUrduFamily, kUrdu},
    {kSomaliGiven, kSomaliFamily, kSomali},
    {kTurkishGiven, kTurkishFamily, kTurkish},
    {kPersianGiven, kPersianFamily, kPersian},
    {kBosnianGiven, kBosnianFamily, kBosnian},
    {kIndonesianGiven, kIndonesianFamily, kIndonesian},
    {kWestAfricanGiven, kWestAfricanFamily, kFrench},
    {kLatinoGiven, kLatinoFamily, kSpanish},
    {kAfricanAmericanGiven, kAfricanAmericanFamily, kEnglish},
    {kChineseGiven, kChineseFamily, kChinese},
    {kEuropeanGiven, kEuropeanFamily, kEnglish},
}};

// Where each demo chapter is: state, a few real districts, area codes, and streets.
struct Place
{
    const char *state;
    std::array<int, 4> districts;
    std::array<const char *, 2> areaCodes;
    const char *city;
    const char *zipPrefix;
};

constexpr Place kPlaces[] = {
    {"MI", {6, 12, 13, 11}, {"313", "734"}, "Dearborn", "481"},
    {"IL", {1, 3, 7, 9}, {"312", "773"}, "Chicago", "606"},
    {"TX", {7, 9, 18, 29}, {"713", "832"}, "Houston", "770"},
    {"MN", {3, 4, 5, 5}, {"612", "651"}, "Minneapolis", "554"},
    {"VA", {8, 10, 11, 11}, {"703", "571"}, "Fairfax", "220"},
};

constexpr const char *kStreets[] = {"Warren Ave", "Michigan Ave", "Devon Ave", "Bellaire Blvd", "Lake St",
                                    "Leesburg Pike", "Cedar Ave", "Schaefer Rd", "Kedzie Ave", "Main St"};
constexpr const char *kTags[] = {"volunteer", "donor", "board", "youth", "advocacy-day-2027", "interfaith",
                                 "voter-registration", "first-timer", "media", "legal-team", "student"};
constexpr const char *kSkills[] = {"translation", "graphic design", "social media", "legal", "medical", "driving",
                                   "photography", "public speaking", "data entry", "cooking"};
constexpr const char *kInterests[] = {"civil rights", "voter registration", "immigration", "interfaith dialogue",
                                      "youth programs", "health care", "education", "foreign policy"};
constexpr const char *kOrganizations[] = {"", "", "", "Wayne State University", "Islamic Center of Houston",
                                          "Legal Aid Society", "Dearborn Public Schools", "Al-Amal Clinic",
                                          "Masjid An-Nur", "Northern Virginia Interfaith Council"};
constexpr const char *kRoles[] = {"", "student", "attorney", "teacher", "physician", "imam", "engineer", "nurse"};
constexpr const char *kSources[] = {"sign-up form", "event check-in", "web form", "phone call"};
constexpr const char *kDomains[] = {"example.org", "example.com", "example.net"};

template<typename T>
const T &pick(QRandomGenerator &rng, std::span<const T> items)
{
    return items[rng.bounded(static_cast<quint32>(items.size()))];
}

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(static_cast<quint32>(N))];
}

bool chance(QRandomGenerator &rng, int percent)
{
    return rng.bounded(100) < percent;
}

} // namespace

QList<Chapter> DemoData::chapters()
{
    return {
        {{}, QStringLiteral("Dearborn"), QStringLiteral("Dearborn"), QStringLiteral("MI"), QStringLiteral("US"),
         QStringLiteral("America/Detroit")},
        {{}, QStringLiteral("Chicago"), QStringLiteral("Chicago"), QStringLiteral("IL"), QStringLiteral("US"),
         QStringLiteral("America/Chicago")},
        {{}, QStringLiteral("Houston"), QStringLiteral("Houston"), QStringLiteral("TX"), QStringLiteral("US"),
         QStringLiteral("America/Chicago")},
        {{}, QStringLiteral("Twin Cities"), QStringLiteral("Minneapolis"), QStringLiteral("MN"), QStringLiteral("US"),
         QStringLiteral("America/Chicago")},
        {{}, QStringLiteral("Northern Virginia"), QStringLiteral("Fairfax"), QStringLiteral("VA"), QStringLiteral("US"),
         QStringLiteral("America/New_York")},
    };
}

QList<Contact> DemoData::contacts(int count, quint32 seed, const QStringList &chapterIds)
{
    QRandomGenerator rng(seed);
    QList<Contact> contacts;
    contacts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Culture &culture = kCultures[rng.bounded(static_cast<quint32>(kCultures.size()))];
        const Name &given = pick(rng, culture.given);
        const Name &family = pick(rng, culture.family);
        const int placeIndex = static_cast<int>(rng.bounded(static_cast<quint32>(std::size(kPlaces))));
        const Place &place = kPlaces[placeIndex];

        Contact c;
        c.givenName = QString::fromUtf8(given.written);
        c.familyName = QString::fromUtf8(family.written);
        // People whose names are written in another script often give a Latin name to use too.
        if (QString::fromUtf8(given.written) != QLatin1String(given.latin) && c.givenName.at(0).unicode() > 0x2FF
            && chance(rng, 30)) {
            const QString latin = QLatin1String(given.latin);
            c.preferredName = latin.left(1).toUpper() + latin.mid(1);
        }
        const QString local = QStringLiteral("%1.%2%3").arg(QLatin1String(given.latin), QLatin1String(family.latin)).arg(i);
        c.emails.append({QStringLiteral("home"), local + QLatin1Char('@') + QLatin1String(pick(rng, kDomains))});
        if (chance(rng, 20))
            c.emails.append({QStringLiteral("work"), QLatin1String(given.latin) + QStringLiteral("@work.example.com")});
        const QString area = QLatin1String(place.areaCodes[rng.bounded(2)]);
        c.phones.append({QStringLiteral("mobile"), QStringLiteral("+1 %1 555 01%2").arg(area).arg(rng.bounded(100), 2, 10, QLatin1Char('0'))});
        c.address = {QStringLiteral("%1 %2").arg(rng.bounded(100, 20000)).arg(QLatin1String(pick(rng, kStreets))),
                     QLatin1String(place.city), QLatin1String(place.state),
                     QStringLiteral("%1%2").arg(QLatin1String(place.zipPrefix)).arg(rng.bounded(100), 2, 10, QLatin1Char('0')),
                     QStringLiteral("US")};
        c.usState = QLatin1String(place.state);
        c.district = place.districts[rng.bounded(static_cast<quint32>(place.districts.size()))];
        if (placeIndex < chapterIds.size())
            c.chapterId = chapterIds[placeIndex];
        for (const char *language : culture.languages)
            c.languages.append(QLatin1String(language));
        c.organization = QLatin1String(pick(rng, kOrganizations));
        c.role = QLatin1String(pick(rng, kRoles));
        const int tagCount = static_cast<int>(rng.bounded(4));
        for (int t = 0; t < tagCount; ++t) {
            const QString tag = QLatin1String(pick(rng, kTags));
            if (!c.tags.contains(tag))
                c.tags.append(tag);
        }
        for (ConsentChannel channel : allConsentChannels()) {
            if (chance(rng, 70))
                c.consents.append({channel, chance(rng, 85),
                                   QDate(2023, 1, 1).addDays(rng.bounded(1000)), QLatin1String(pick(rng, kSources))});
        }
        if (chance(rng, 40))
            c.skills.append(QLatin1String(pick(rng, kSkills)));
        if (chance(rng, 60))
            c.interests.append(QLatin1String(pick(rng, kInterests)));
        if (chance(rng, 10))
            c.notes = QStringLiteral("Met at the community iftar; wants to help with the next advocacy day.");
        contacts.append(std::move(c));
    }
    return contacts;
}

Result<int> DemoData::populate(Database &database, int count, quint32 seed, const std::function<bool(int)> &progress)
{
    ChapterRepository chapterRepository(database);
    QStringList chapterIds;
    for (const Chapter &chapter : chapters()) {
        auto existing = chapterRepository.findByName(chapter.name);
        auto saved = existing ? existing : chapterRepository.create(chapter);
        if (!saved)
            return saved.error();
        chapterIds.append(saved->id);
    }
    return ContactRepository(database).createMany(contacts(count, seed, chapterIds), progress);
}

} // namespace majlis
