<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Could not open %1 as an archive: %2</source>
        <translation type="unfinished">%1 arşiv olarak açılamadı: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not an archive Majlis reads (.tar.gz or .zip): %2</source>
        <translation type="unfinished">%1 hasarlı ya da Majlis&apos;in okuduğu bir arşiv değil (.tar.gz veya .zip): %2</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &quot;%2&quot; points outside the folder it would be unpacked into. Nothing was imported; download the data set again from its source.</source>
        <translation type="unfinished">%1 reddedildi: içindeki &quot;%2&quot; girdisi, açılacağı klasörün dışını gösteriyor. Hiçbir şey içe aktarılmadı; veri kümesini kaynağından yeniden indirin.</translation>
    </message>
    <message>
        <source>%1 was refused: its file &quot;%2&quot; is larger than any file of a member list.</source>
        <translation type="unfinished">%1 reddedildi: içindeki &quot;%2&quot; dosyası bir üye listesinin herhangi bir dosyasından büyük.</translation>
    </message>
    <message>
        <source>%1 is damaged: its file &quot;%2&quot; cannot be read (%3).</source>
        <translation type="unfinished">%1 hasarlı: içindeki &quot;%2&quot; dosyası okunamıyor (%3).</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>That legislature is not in this workspace.</source>
        <translation type="unfinished">Bu yasama organı bu çalışma alanında yok.</translation>
    </message>
    <message>
        <source>No legislature &quot;%1&quot; in this workspace; `majlis-cli bodies list` shows the codes, and importing a legislature&apos;s members adds it.</source>
        <translation type="unfinished">Bu çalışma alanında &quot;%1&quot; adlı yasama organı yok; `majlis-cli bodies list` kodları gösterir, bir yasama organının üyelerini içe aktarmak onu ekler.</translation>
    </message>
    <message>
        <source>A legislature needs a code and a name.</source>
        <translation type="unfinished">Bir yasama organının bir kodu ve adı olmalıdır.</translation>
    </message>
    <message>
        <source>A building of the group &quot;%1&quot; has no name; name it or leave its group empty.</source>
        <translation type="unfinished">&quot;%1&quot; grubundaki bir binanın adı yok; ona bir ad verin ya da grubunu boş bırakın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; a building belongs to one group.</source>
        <translation type="unfinished">&quot;%1&quot; iki kez yazılmış; bir bina tek bir gruba aittir.</translation>
    </message>
</context>
<context>
    <name>BundledCongress</name>
    <message>
        <source>This build of Majlis was made without the members of Congress; import legislators-current.csv from the congress-legislators project instead.</source>
        <translation type="unfinished">Bu Majlis sürümü Kongre üyeleri olmadan derlendi; bunun yerine congress-legislators projesinden legislators-current.csv dosyasını içe aktarın.</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Say which campaign the answer was given in.</source>
        <translation>Yanıtın hangi kampanyada verildiğini belirtin.</translation>
    </message>
    <message>
        <source>Say which election the pledges or votes are for.</source>
        <translation>Taahhütlerin veya oyların hangi seçim için olduğunu belirtin.</translation>
    </message>
    <message>
        <source>Say which legislature the district is of.</source>
        <translation>Seçim bölgesinin hangi meclise ait olduğunu belirtin.</translation>
    </message>
    <message>
        <source>Name at least one volunteer to give the list to.</source>
        <translation>Listeyi vermek için en az bir gönüllü belirtin.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>The campaign &quot;%1&quot; is closed.</source>
        <translation>&quot;%1&quot; kampanyası kapatıldı.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is closed and takes no more results.</source>
        <translation>&quot;%1&quot; kampanyası kapatıldı ve artık sonuç kabul etmiyor.</translation>
    </message>
    <message>
        <source>Answers are recorded only for a person who was reached.</source>
        <translation>Yanıtlar yalnızca ulaşılan bir kişi için kaydedilir.</translation>
    </message>
    <message>
        <source>A refusal opts out as &quot;refused&quot; or &quot;hostile&quot;.</source>
        <translation>Bir ret, &quot;refused&quot; veya &quot;hostile&quot; olarak listeden çıkarır.</translation>
    </message>
    <message>
        <source>This person is not on the campaign&apos;s list.</source>
        <translation>Bu kişi kampanyanın listesinde değil.</translation>
    </message>
</context>
<context>
    <name>CampaignExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Arayan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Sonuç</translation>
    </message>
    <message>
        <source>Result Name</source>
        <translation type="unfinished">Sonuç (metin)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished">Kaydedildi (UTC)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">Takip</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished">İletişim reddi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Evet</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Sıra</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Sokak</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Şehir</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished">Posta kodu</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Diller</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Gönüllü</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Deneme</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Tamamlandı</translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation type="unfinished">Son sonuç</translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message numerus="yes">
        <source>%n results entered within one minute</source>
        <translation>
            <numerusform>Bir dakika içinde %n sonuç girildi</numerusform>
        </translation>
    </message>
    <message>
        <source>reached %1% of the people called; most phone banks reach far fewer</source>
        <translation>aranan kişilerin %%1 kadarına ulaştı; çoğu telefon kampanyası çok daha azına ulaşır</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Give the election a name.</source>
        <translation>Seçime bir ad verin.</translation>
    </message>
    <message>
        <source>The election no longer exists.</source>
        <translation>Seçim artık mevcut değil.</translation>
    </message>
    <message>
        <source>No election is called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; adında bir seçim yok.</translation>
    </message>
    <message>
        <source>More than one election&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Birden fazla seçim kimliği &quot;%1&quot; ile başlıyor; daha fazlasını yazın.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Kampanyaya bir ad verin.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>Kampanya başladığı gün ya da sonrasında bitmelidir.</translation>
    </message>
    <message>
        <source>A get-out-the-vote drive needs the election it is for.</source>
        <translation>Oy verdirme kampanyası, hangi seçim için olduğunu gerektirir.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Kampanya artık mevcut değil.</translation>
    </message>
    <message>
        <source>No campaign is called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; adında bir kampanya yok.</translation>
    </message>
    <message>
        <source>More than one campaign&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Birden fazla kampanya kimliği &quot;%1&quot; ile başlıyor; daha fazlasını yazın.</translation>
    </message>
</context>
<context>
    <name>CampaignScriptFormat</name>
    <message>
        <source>The script is not valid YAML (line %1): %2</source>
        <translation>Metin geçerli bir YAML değil (satır %1): %2</translation>
    </message>
    <message>
        <source>A script starts with &quot;introduction:&quot; and &quot;questions:&quot;.</source>
        <translation>Bir metin &quot;introduction:&quot; ve &quot;questions:&quot; ile başlar.</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>&quot;questions&quot; bir soru listesi olmalıdır.</translation>
    </message>
    <message>
        <source>Question %1 needs a key of letters, digits, &apos;_&apos; or &apos;-&apos; (at most 40).</source>
        <translation>Soru %1, harf, rakam, &apos;_&apos; veya &apos;-&apos; içeren bir anahtar gerektirir (en çok 40).</translation>
    </message>
    <message>
        <source>Two questions have the key &quot;%1&quot;.</source>
        <translation>İki sorunun anahtarı &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no text to read.</source>
        <translation>&quot;%1&quot; sorusunun okunacak metni yok.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has the kind &quot;%2&quot;; use single, multiple, yes_no or text.</source>
        <translation>&quot;%1&quot; sorusunun türü &quot;%2&quot;; single, multiple, yes_no veya text kullanın.</translation>
    </message>
    <message>
        <source>An answer of question &quot;%1&quot; needs a key of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; sorusunun bir yanıtı harf, rakam, &apos;_&apos; veya &apos;-&apos; içeren bir anahtar gerektirir.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has two answers with the key &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; sorusunun &quot;%2&quot; anahtarlı iki yanıtı var.</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of question &quot;%2&quot; has the action &quot;%3&quot;; use pledge, follow_up, do_not_contact or tag:NAME.</source>
        <translation>&quot;%2&quot; sorusunun &quot;%1&quot; yanıtının eylemi &quot;%3&quot;; pledge, follow_up, do_not_contact veya tag:AD kullanın.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Hayır</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes free text and cannot list answers.</source>
        <translation>&quot;%1&quot; sorusu serbest metin alır, yanıt listeleyemez.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; lists no answers to choose from.</source>
        <translation>&quot;%1&quot; sorusu seçilecek yanıt listelemiyor.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has more than nine answers; a caller picks them with keys 1 to 9.</source>
        <translation>&quot;%1&quot; sorusunun dokuzdan fazla yanıtı var; arayan kişi bunları 1-9 tuşlarıyla seçer.</translation>
    </message>
    <message>
        <source>The script has no question &quot;%1&quot;.</source>
        <translation>Metinde &quot;%1&quot; sorusu yok.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes text.</source>
        <translation>&quot;%1&quot; sorusu metin alır.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes a list of answers.</source>
        <translation>&quot;%1&quot; sorusu bir yanıt listesi alır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of question &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;, &quot;%2&quot; sorusunun bir yanıtı değil.</translation>
    </message>
</context>
<context>
    <name>ChapterRepository</name>
    <message>
        <source>A chapter needs a name.</source>
        <translation type="unfinished">Şubenin bir adı olmalı.</translation>
    </message>
    <message>
        <source>There is already a chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; adında bir şube zaten var.</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; adında bir şube yok.</translation>
    </message>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished">Şube artık yok.</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>same email</source>
        <translation type="unfinished">aynı e-posta</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished">aynı telefon</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">aynı ad</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>This conflict is no longer in the log.</source>
        <translation type="unfinished">Bu çakışma artık günlükte yok.</translation>
    </message>
    <message>
        <source>This conflict names a field Majlis does not know, so it cannot be restored.</source>
        <translation type="unfinished">Bu çakışma Majlis&apos;in tanımadığı bir alandan söz ediyor, bu nedenle geri yüklenemez.</translation>
    </message>
    <message>
        <source>The record this value belonged to has been deleted since.</source>
        <translation type="unfinished">Bu değerin ait olduğu kayıt o zamandan beri silinmiş.</translation>
    </message>
</context>
<context>
    <name>ConflictLogModel</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Soyadı</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Tercih edilen ad</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Sokak</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Şehir</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Posta kodu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Ülke</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Eyalet</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Şube</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Diller</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Kuruluş</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Görev</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished">Beceriler</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">İlgi alanları</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notlar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Başlık</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Durum</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Silindi</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>One Person</source>
        <translation type="unfinished">Tek Kişi</translation>
    </message>
    <message>
        <source>Tick only one person.</source>
        <translation type="unfinished">Yalnızca bir kişiyi işaretleyin.</translation>
    </message>
</context>
<context>
    <name>ContactDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a contact id; use the id shown by &quot;contacts list&quot; (at least 4 characters).</source>
        <translation type="unfinished">&quot;%1&quot; bir kişi kimliği değil; &quot;contacts list&quot; komutunun gösterdiği kimliği kullanın (en az 4 karakter).</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation type="unfinished">%1 kimliğine sahip kişi yok.</translation>
    </message>
    <message>
        <source>More than one contact has an id starting with %1; give more of it.</source>
        <translation type="unfinished">Birden fazla kişinin kimliği %1 ile başlıyor; kimliğin daha fazlasını yazın.</translation>
    </message>
</context>
<context>
    <name>ContactDistricts</name>
    <message>
        <source>That contact is not in this workspace.</source>
        <translation type="unfinished">Bu kişi bu çalışma alanında yok.</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished">elle girildi</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">doğrulandı</translation>
    </message>
    <message>
        <source>estimated from the postcode</source>
        <translation type="unfinished">posta kodundan tahmin edildi</translation>
    </message>
    <message>
        <source>to choose</source>
        <translation type="unfinished">seçilecek</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot; with districts.</source>
        <translation type="unfinished">%1 içinde seçim bölgeleri olan &quot;%2&quot; meclisi yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it with its state, such as MI-12 (MI-0 or MI-AL at-large).</source>
        <translation type="unfinished">&quot;%1&quot; bir Temsilciler Meclisi koltuğu değil; eyaletiyle birlikte yazın, örneğin MI-12 (eyalet genelinde MI-0 veya MI-AL).</translation>
    </message>
    <message>
        <source>Name the district to choose.</source>
        <translation type="unfinished">Seçilecek bölgeyi belirtin.</translation>
    </message>
    <message>
        <source>The contact has no district there to confirm yet; choose one first (--set).</source>
        <translation type="unfinished">Kişinin orada doğrulanacak bir bölgesi henüz yok; önce birini seçin (--set).</translation>
    </message>
    <message>
        <source>The contact has no district there to check.</source>
        <translation type="unfinished">Kişinin orada kontrol edilecek bir bölgesi yok.</translation>
    </message>
    <message>
        <source>No current member of the %1 of %2 holds district &quot;%3&quot;. Check the district, or import the current members if the districts were redrawn.</source>
        <translation type="unfinished">%2 bünyesindeki %1 üyelerinden hiçbiri şu anda «%3» bölgesini temsil etmiyor. Bölgeyi kontrol edin ya da bölgeler yeniden çizildiyse güncel üyeleri içe aktarın.</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">aynı e-posta %1</translation>
    </message>
    <message>
        <source>same email as line %1 of this file</source>
        <translation type="unfinished">bu dosyanın %1. satırıyla aynı e-posta</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">aynı telefon %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">aynı ad ve posta kodu</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds.</source>
        <translation type="unfinished">Dosyanın her sütununun ne içerdiğini seçin.</translation>
    </message>
    <message>
        <source>No column holds a name: map at least one column to a name field.</source>
        <translation type="unfinished">Hiçbir sütun ad içermiyor: en az bir sütunu bir ad alanıyla eşleyin.</translation>
    </message>
    <message>
        <source>The line has more fields than the header; the extra fields were left out.</source>
        <translation type="unfinished">Satırda başlıktan daha fazla alan var; fazla alanlar dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished">İptal edildi; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district number; it was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bir bölge numarası değil; dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; the birthday was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bir tarih değil; doğum günü dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Line %1 could not be merged: %2</source>
        <translation type="unfinished">%1. satır birleştirilemedi: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished">İçe aktarma iptal edildi; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Satır</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Sütun</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Sorun</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <source>A record the merge needs is missing (%1 %2).</source>
        <translation type="unfinished">Birleştirmenin gerektirdiği bir kayıt eksik (%1 %2).</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished">Birleştirmek için iki farklı kişi seçin.</translation>
    </message>
    <message>
        <source>%1 or %2 changed after they were merged, so the merge cannot be undone without losing that change.</source>
        <translation type="unfinished">%1 veya %2 birleştirildikten sonra değişti; bu nedenle birleştirme, o değişiklik kaybolmadan geri alınamaz.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation type="unfinished">Kişi %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cancelled; no contacts were added.</source>
        <translation type="unfinished">İptal edildi; hiç kişi eklenmedi.</translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
        <translation type="unfinished">En az bir etiket girin.</translation>
    </message>
    <message>
        <source>The contact was deleted meanwhile; nothing was saved.</source>
        <translation type="unfinished">Kişi bu arada silindi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Kişi artık yok; silinmiş olabilir.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished">E-posta adresi boş.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished">&quot;%1&quot; e-posta adresi boşluk içeriyor.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign; it should look like name@example.org.</source>
        <translation type="unfinished">&quot;%1&quot; e-posta adresinde @ işareti yok; ad@example.org gibi görünmelidir.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished">&quot;%1&quot; e-posta adresinde @ işaretinden önce hiçbir şey yok.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished">&quot;%1&quot; e-posta adresinde birden fazla @ işareti var.</translation>
    </message>
    <message>
        <source>The part after @ in &quot;%1&quot; is not a valid domain such as example.org.</source>
        <translation type="unfinished">&quot;%1&quot; içindeki @ sonrası kısım, example.org gibi geçerli bir alan adı değil.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished">Telefon numarası boş.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain only digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished">&quot;%1&quot; telefon numarası yalnızca rakam, boşluk, + ( ) - . ve / içerebilir.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished">&quot;%1&quot; telefon numarası çok kısa.</translation>
    </message>
    <message>
        <source>Enter a given name, a family name or a preferred name.</source>
        <translation type="unfinished">Bir ad, soyadı veya tercih edilen ad girin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a U.S. state code; use two letters such as MI or CA.</source>
        <translation type="unfinished">&quot;%1&quot; bir ABD eyalet kodu değil; MI veya CA gibi iki harf kullanın.</translation>
    </message>
    <message>
        <source>A congressional district needs a state.</source>
        <translation type="unfinished">Kongre seçim bölgesi için eyalet gerekir.</translation>
    </message>
    <message>
        <source>District %1 does not exist; use 0 for an at-large seat or 1 to %2.</source>
        <translation type="unfinished">%1 bölgesi yok; eyalet geneli koltuk için 0 veya 1 ile %2 arasında bir değer kullanın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: check the country code and the number of digits after it.</source>
        <translation type="unfinished">&quot;%1&quot; bir telefon numarası değil: ülke kodunu ve ondan sonraki rakam sayısını kontrol edin.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; does not look like a whole number in %2: check the digits and the area code, or write it with + and the country code.</source>
        <translation type="unfinished">&quot;%1&quot; telefon numarası %2 için tam bir numara gibi görünmüyor: rakamları ve alan kodunu kontrol edin ya da numarayı + ve ülke koduyla yazın.</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished">%1 ekle</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; it may be cut short.</source>
        <translation type="unfinished">Dosya, %1. satırda başlayan tırnak içindeki bir alanın içinde bitiyor; kesilmiş olabilir.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished">Dosya boş: başlık satırı yok.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header names only %3.</source>
        <translation type="unfinished">%1. satırda %2 alan var, ancak başlık yalnızca %3 alan adlandırıyor.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder. Choose a workspace file instead.</source>
        <translation type="unfinished">%1 bir klasör. Bunun yerine bir çalışma alanı dosyası seçin.</translation>
    </message>
    <message>
        <source>Majlis cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished">Majlis %1 dosyasını okuyamıyor: %2. Dosyanın izinlerini denetleyin.</translation>
    </message>
    <message>
        <source>%1 is not a Majlis workspace (it is not an SQLite database). Choose another file.</source>
        <translation type="unfinished">%1 bir Majlis çalışma alanı değil (SQLite veritabanı değil). Başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished">%1 salt okunur. Yazabileceğiniz bir klasöre kopyalayın veya izinlerini değiştirin.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Majlis needs to write beside the workspace. Move the file to a writable folder.</source>
        <translation type="unfinished">%1 klasörü salt okunur ve Majlis&apos;in çalışma alanının yanına yazması gerekiyor. Dosyayı yazılabilir bir klasöre taşıyın.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished">%1 konumunda çalışma alanı yok.</translation>
    </message>
    <message>
        <source>Majlis cannot create the folder %1. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis %1 klasörünü oluşturamıyor. Yazabileceğiniz bir konum seçin.</translation>
    </message>
    <message>
        <source>Majlis cannot create a workspace in %1: %2. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis %1 içinde çalışma alanı oluşturamıyor: %2. Yazabileceğiniz bir konum seçin.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 hasarlı ve açılamıyor. Bir yedekten veya eşitlenmiş bir kopyadan geri yükleyin.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 hasarlı (%2). Bir yedekten veya eşitlenmiş bir kopyadan geri yükleyin.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Majlis workspace. Choose another file.</source>
        <translation type="unfinished">%1 başka bir programa ait bir SQLite veritabanı, Majlis çalışma alanı değil. Başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Majlis (workspace format %2; this version reads up to %3). Update Majlis to open it.</source>
        <translation type="unfinished">%1, Majlis&apos;in daha yeni bir sürümüyle yazılmış (çalışma alanı biçimi %2; bu sürüm en fazla %3 okuyabilir). Açmak için Majlis&apos;i güncelleyin.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A Gregorian date or time, then the same day in the Hijri calendar: &quot;13 March 2026 (24 Ramadan 1447)&quot;</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Hijri dates follow the Islamic civil (tabular) calendar. Where months begin with the sighting of the moon, or by the Umm al-Qura calendar, the date announced locally may differ by a day.</source>
        <translation type="unfinished">Hicri tarihler İslami sivil (tablo) takvimini izler. Ayların hilalin görülmesiyle ya da Ümmülkura takvimine göre başladığı yerlerde, yerel olarak duyurulan tarih bir gün farklı olabilir.</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished">%1 ile görüşme</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, oda %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished">Yer: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Ekip: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Lider: %1</translation>
    </message>
    <message>
        <source>The asks:</source>
        <translation type="unfinished">Talepler:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Bitiş</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Ofis</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Meclis</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Koltuk</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Bina</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Oda</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Lider</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Ekip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Durum</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Sabitlendi</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Yapıldı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">İptal edildi</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Planlandı</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation type="unfinished">Senato</translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished">Temsilciler Meclisi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Hayır</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>There are no members of %1 in this workspace yet; import its current members first.</source>
        <translation type="unfinished">Bu çalışma alanında henüz %1 üyesi yok; önce mevcut üyelerini içe aktarın.</translation>
    </message>
</context>
<context>
    <name>DayRepository</name>
    <message>
        <source>Give the day a title.</source>
        <translation type="unfinished">Güne bir başlık verin.</translation>
    </message>
    <message>
        <source>Choose the day&apos;s date.</source>
        <translation type="unfinished">Günün tarihini seçin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation type="unfinished">&quot;%1&quot; bu bilgisayarın bildiği bir saat dilimi değil.</translation>
    </message>
    <message>
        <source>The meeting window must start before it ends, within the day.</source>
        <translation type="unfinished">Görüşme aralığı gün içinde, bitmeden önce başlamalıdır.</translation>
    </message>
    <message>
        <source>A meeting slot must be at least 5 minutes and fit in the window.</source>
        <translation type="unfinished">Bir görüşme dilimi en az 5 dakika olmalı ve aralığa sığmalıdır.</translation>
    </message>
    <message>
        <source>A team needs room for at least one person.</source>
        <translation type="unfinished">Bir ekipte en az bir kişilik yer olmalıdır.</translation>
    </message>
    <message>
        <source>Walking times cannot be negative.</source>
        <translation type="unfinished">Yürüme süreleri negatif olamaz.</translation>
    </message>
    <message>
        <source>The advocacy day no longer exists.</source>
        <translation type="unfinished">Savunuculuk günü artık yok.</translation>
    </message>
    <message>
        <source>There is no advocacy day &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; savunuculuk günü yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 advocacy days; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; %2 savunuculuk günüyle eşleşiyor; kimliğin daha fazlasını yazın.</translation>
    </message>
    <message>
        <source>A contact to register no longer exists; nothing was added.</source>
        <translation type="unfinished">Kaydedilecek bir kişi artık yok; hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <source>The time must end after it starts.</source>
        <translation type="unfinished">Süre başladıktan sonra bitmelidir.</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n kişiyi sil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAdvocacy</name>
    <message>
        <source>Capitol Advocacy Day (demo)</source>
        <translation type="unfinished">Capitol Savunuculuk Günü (demo)</translation>
    </message>
    <message>
        <source>Civil rights and community safety</source>
        <translation type="unfinished">Sivil haklar ve toplum güvenliği</translation>
    </message>
    <message>
        <source>Protect travellers from profiling by religion or origin</source>
        <translation type="unfinished">Yolcuları din veya kökene göre fişlemeden koruyun</translation>
    </message>
    <message>
        <source>Share a story of a family stopped at the border; ask the office to speak up.</source>
        <translation type="unfinished">Sınırda durdurulan bir ailenin hikâyesini anlatın; ofisten sesini yükseltmesini isteyin.</translation>
    </message>
    <message>
        <source>Fund community violence-prevention grants</source>
        <translation type="unfinished">Toplumsal şiddeti önleme hibelerini finanse edin</translation>
    </message>
    <message>
        <source>Name the programmes in your district that the grants keep open.</source>
        <translation type="unfinished">Bölgenizde bu hibelerle açık kalan programları sayın.</translation>
    </message>
</context>
<context>
    <name>DistrictFill</name>
    <message>
        <source>No postcode file was imported for %1; import one with &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (or senate).</source>
        <translation type="unfinished">%1 için posta kodu dosyası içe aktarılmadı; &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (veya senate) ile bir tane içe aktarın.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">aynı e-posta %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">aynı telefon %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">aynı ad ve posta kodu</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">aynı ad</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished">Yinelenen kayıt araması iptal edildi.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Kişi artık yok; silinmiş olabilir.</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">%1 düzenle</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished">Etkinliğe bir başlık verin.</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation type="unfinished">Etkinliğin başladığı tarih ve saati girin.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation type="unfinished">Etkinlik başladıktan sonra bitmelidir.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished">Etkinlik artık yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 events; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; %2 etkinlikle eşleşiyor; kimliğin daha fazlasını yazın.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; etkinliği yok.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Kayıtlı</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Kayıtsız gelen</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Giriş yaptı</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Hayır</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished">Sunucu adresi https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <source>No certificate or fingerprint is set for this server, so it cannot be trusted.</source>
        <translation type="unfinished">Bu sunucu için bir sertifika veya parmak izi ayarlanmamış; bu nedenle sunucuya güvenilemez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one set for this organization.</source>
        <translation type="unfinished">Sunucunun sertifikası, bu kuruluş için ayarlanan sertifika değil.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted for this organization (%1).</source>
        <translation type="unfinished">Sunucunun sertifikası bu kuruluş için güvenilir değil (%1).</translation>
    </message>
    <message>
        <source>The sync server answered with a redirect to another address; Majlis does not follow it. Check the server address.</source>
        <translation type="unfinished">Eşitleme sunucusu başka bir adrese yönlendirmeyle yanıt verdi; Majlis bu yönlendirmeyi izlemez. Sunucu adresini kontrol edin.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;.</source>
        <translation type="unfinished">%1. satır bir iCalendar satırı (AD:değer) değil: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, which is not the open component.</source>
        <translation type="unfinished">%1. satır, açık bileşen olmayan %2 öğesini bitiriyor.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished">%1. satır herhangi bir BEGIN:VCALENDAR … END:VCALENDAR dışında.</translation>
    </message>
    <message>
        <source>%1 opened on line %2 is never closed; the file may be cut short.</source>
        <translation type="unfinished">%2. satırda açılan %1 hiç kapatılmıyor; dosya kesilmiş olabilir.</translation>
    </message>
    <message>
        <source>The file holds no calendar.</source>
        <translation type="unfinished">Dosyada takvim yok.</translation>
    </message>
    <message>
        <source>%1 names the time zone &quot;%2&quot;, which this computer does not know; its time %3 is kept as written, without a zone.</source>
        <translation type="unfinished">%1, bu bilgisayarın tanımadığı &quot;%2&quot; saat dilimini belirtiyor; %3 saati yazıldığı gibi, dilimsiz tutuldu.</translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Give the date of the interaction.</source>
        <translation type="unfinished">Etkileşimin tarihini girin.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished">Ne olduğunu birkaç kelimeyle yazın.</translation>
    </message>
</context>
<context>
    <name>Itineraries</name>
    <message>
        <source>Team for %1</source>
        <translation type="unfinished">%1 için ekip</translation>
    </message>
    <message>
        <source>No meetings are scheduled yet.</source>
        <translation type="unfinished">Henüz planlanmış görüşme yok.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Saat</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Ofis</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Bina</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Oda</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Ekip</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Lider: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">İptal edildi</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Talepler</translation>
    </message>
</context>
<context>
    <name>ItineraryPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">%1 yazılamadı: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorFile</name>
    <message>
        <source>This is not a congress-legislators file: it has no &quot;%1&quot; column.</source>
        <translation type="unfinished">Bu bir congress-legislators dosyası değil: &quot;%1&quot; sütunu yok.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: it needs a bioguide id, a state and a type of &quot;sen&quot; or &quot;rep&quot;.</source>
        <translation type="unfinished">%1. satır atlandı: bir bioguide kimliği, bir eyalet ve &quot;sen&quot; veya &quot;rep&quot; türü gerekir.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: %2 is listed twice.</source>
        <translation type="unfinished">%1. satır atlandı: %2 iki kez listelenmiş.</translation>
    </message>
    <message>
        <source>%1 has no Capitol office building in the address &quot;%2&quot;; add it by hand before scheduling meetings with this office.</source>
        <translation type="unfinished">%1 için &quot;%2&quot; adresinde Capitol ofis binası yok; bu ofisle görüşme planlamadan önce elle ekleyin.</translation>
    </message>
    <message>
        <source>The file lists no members of Congress.</source>
        <translation type="unfinished">Dosyada hiç Kongre üyesi listelenmiyor.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 okunamadı: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorRepository</name>
    <message>
        <source>No member of Congress has the bioguide id &quot;%1&quot;; import the current legislators first.</source>
        <translation type="unfinished">Hiçbir Kongre üyesinin bioguide kimliği &quot;%1&quot; değil; önce güncel yasa koyucuları içe aktarın.</translation>
    </message>
    <message>
        <source>A member of %1 has no id, so a later import could not find them again.</source>
        <translation type="unfinished">%1 üyelerinden birinin kimliği yok; sonraki bir içe aktarma onu yeniden bulamaz.</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2; nothing was imported.</source>
        <translation type="unfinished">%1, %2 için iki kez listelenmiş; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>That legislator is not in this workspace.</source>
        <translation type="unfinished">Bu milletvekili bu çalışma alanında yok.</translation>
    </message>
</context>
<context>
    <name>MarkVotedCommand</name>
    <message>
        <source>Mark %1 Voted</source>
        <translation type="unfinished">%1 oy verdi olarak işaretle</translation>
    </message>
    <message>
        <source>Mark %1 Not Voted</source>
        <translation type="unfinished">%1 oy vermedi olarak işaretle</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Voted</source>
        <translation type="unfinished">
            <numerusform>%Ln kişiyi oy verdi olarak işaretle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Not Voted</source>
        <translation type="unfinished">
            <numerusform>%Ln kişiyi oy vermedi olarak işaretle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished">Görüşme artık yok.</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished">Görüşme başladıktan sonra bitmelidir.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>&quot;%1&quot; does not map a field to a column: write FIELD=COLUMN, a field being one of %2 and a column one of the file&apos;s header (%3).</source>
        <translation type="unfinished">&quot;%1&quot; bir alanı bir sütuna eşlemiyor: FIELD=COLUMN yazın; alan %2 içinden, sütun dosyanın başlığından (%3) biri olmalı.</translation>
    </message>
    <message>
        <source>The member list needs a column of names and one of constituencies; its header is: %1.</source>
        <translation type="unfinished">Üye listesinin bir ad sütunu ve bir seçim bölgesi sütunu olmalı; başlığı: %1.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: a member needs a name and a constituency.</source>
        <translation type="unfinished">%1. satır atlandı: bir üyenin adı ve seçim bölgesi olmalı.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: &quot;%2&quot; is not a chamber of %3.</source>
        <translation type="unfinished">%1. satır atlandı: &quot;%2&quot;, %3 meclislerinden biri değil.</translation>
    </message>
    <message>
        <source>Lines %1 and %2 both list %3 (%4); a member list names each member once. Nothing was imported.</source>
        <translation type="unfinished">%1 ve %2. satırların ikisi de %3 (%4) kişisini listeliyor; bir üye listesi her üyeyi bir kez anar. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The member list has no member with a name and a constituency.</source>
        <translation type="unfinished">Üye listesinde adı ve seçim bölgesi olan hiçbir üye yok.</translation>
    </message>
</context>
<context>
    <name>MergeContactsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished">%1 kişisini %2 ile birleştir</translation>
    </message>
</context>
<context>
    <name>OpenStates</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not valid YAML (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, satır %2: bu geçerli bir YAML değil (%3). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1, line %2: this is not an Open States person file (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, satır %2: bu bir Open States kişi dosyası değil (%3). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: it has no &quot;%2&quot;. Nothing was imported.</source>
        <translation type="unfinished">%1 bir Open States kişi dosyası değil: &quot;%2&quot; alanı yok. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: its id, name or roles are not what the people schema writes. Nothing was imported.</source>
        <translation type="unfinished">%1 bir Open States kişi dosyası değil: kimliği, adı ya da rolleri people şemasının yazdığı gibi değil. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1 (%2) was skipped: no current role in a state legislature.</source>
        <translation type="unfinished">%1 (%2) atlandı: bir eyalet yasama organında güncel görevi yok.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished">%1 yok.</translation>
    </message>
    <message>
        <source>%1 holds no Open States legislators: they are YAML files in data/&lt;state&gt;/legislature/.</source>
        <translation type="unfinished">%1 hiç Open States yasa koyucusu içermiyor: bunlar data/&lt;state&gt;/legislature/ içindeki YAML dosyalarıdır.</translation>
    </message>
    <message>
        <source>%1 and %2 both describe the person %3; remove one and import again. Nothing was imported.</source>
        <translation type="unfinished">%1 ve %2 aynı kişiyi (%3) tanımlıyor; birini kaldırıp yeniden içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Congress in data/us was skipped (%1 files): import Congress from congress-legislators&apos; legislators-current.csv.</source>
        <translation type="unfinished">data/us içindeki Kongre atlandı (%1 dosya): Kongre&apos;yi congress-legislators&apos;ın legislators-current.csv dosyasından içe aktarın.</translation>
    </message>
    <message>
        <source>The Open States data names no current member of a state legislature.</source>
        <translation type="unfinished">Open States verileri hiçbir eyalet yasama organının güncel üyesini içermiyor.</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <source>&quot;%1&quot; is not a reason; use requested, refused, hostile or deceased.</source>
        <translation>&quot;%1&quot; bir gerekçe değil; requested, refused, hostile veya deceased kullanın.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Kişi artık mevcut değil.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished">Ortağın bir adı olmalı.</translation>
    </message>
    <message>
        <source>There is already a partner named &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; adında bir ortak zaten var.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished">Ortak artık yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 partners; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; %2 ortakla eşleşiyor; kimliğin daha fazlasını yazın.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; ortağı yok.</translation>
    </message>
    <message>
        <source>Choose the person who belongs to the partner.</source>
        <translation type="unfinished">Ortağa bağlı kişiyi seçin.</translation>
    </message>
    <message>
        <source>%1 is already listed at this partner; record that they left before adding them again.</source>
        <translation type="unfinished">%1 bu ortakta zaten listeleniyor; yeniden eklemeden önce ayrıldığını kaydedin.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished">O kişi artık yok.</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished">%1 kimlikli bir kişi yok.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number could not be read as a phone number; it is kept as typed.</source>
        <translation type="unfinished">Bu numara bir telefon numarası olarak okunamadı; yazıldığı gibi saklanıyor.</translation>
    </message>
    <message>
        <source>This number could not be read as a phone number of %1; it is kept as typed.</source>
        <translation type="unfinished">Bu numara %1 telefon numarası olarak okunamadı; yazıldığı gibi saklanıyor.</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>&quot;%1&quot; is not a country code Majlis knows; use two letters such as DE, GB or CA.</source>
        <translation type="unfinished">&quot;%1&quot;, Majlis&apos;in tanıdığı bir ülke kodu değil; DE, GB veya CA gibi iki harf kullanın.</translation>
    </message>
</context>
<context>
    <name>PostcodeFile</name>
    <message>
        <source>The file needs a postcode column (postcode, zip or zcta) and a district column (district or cd) in its first line; it has: %1.</source>
        <translation type="unfinished">Dosyanın ilk satırında bir posta kodu sütunu (postcode, zip veya zcta) ve bir bölge sütunu (district veya cd) olmalı; içindekiler: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bir posta kodu değil; satır atlandı.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP code; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bir ZIP kodu değil; satır atlandı.</translation>
    </message>
    <message>
        <source>Postcode %1 has no district; the row was left out.</source>
        <translation type="unfinished">%1 posta kodunun bölgesi yok; satır atlandı.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it as MI-12, or give the state in a state column; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bir Temsilciler Meclisi koltuğu değil; MI-12 biçiminde yazın ya da eyaleti bir state sütununda verin; satır atlandı.</translation>
    </message>
</context>
<context>
    <name>PostcodeImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber; use senate (the upper chamber), house (the lower one) or unicameral.</source>
        <translation type="unfinished">&quot;%1&quot; bir meclis değil; senate (üst meclis), house (alt meclis) veya unicameral kullanın.</translation>
    </message>
    <message>
        <source>Senators of the U.S. Congress represent a whole state; a postcode file is for the House.</source>
        <translation type="unfinished">ABD Kongresi senatörleri bütün bir eyaleti temsil eder; posta kodu dosyası Temsilciler Meclisi içindir.</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot;.</source>
        <translation type="unfinished">%1 içinde &quot;%2&quot; meclisi yok.</translation>
    </message>
    <message>
        <source>The file has no usable rows, so the districts held for %1 were left as they were.</source>
        <translation type="unfinished">Dosyada kullanılabilir satır yok; %1 için kayıtlı bölgeler olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>No current member of %1 holds district %2 (postcode %3); the row was imported.</source>
        <translation type="unfinished">%1 üyelerinden hiçbiri şu anda %2 bölgesini (posta kodu %3) temsil etmiyor; satır içe aktarıldı.</translation>
    </message>
</context>
<context>
    <name>PostcodeLookup</name>
    <message>
        <source>&quot;%1&quot; is not a U.S. ZIP code; give five digits, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">&quot;%1&quot; bir ABD ZIP kodu değil; 48126 veya 48126-1234 gibi beş rakam verin.</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">artık listelenmeyen bir ofis</translation>
    </message>
    <message>
        <source>someone no longer registered</source>
        <translation type="unfinished">artık kayıtlı olmayan biri</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the day&apos;s meeting window.</source>
        <translation type="unfinished">%1 – %2 günün görüşme aralığının dışında.</translation>
    </message>
    <message>
        <source>The team has %1 people; the day allows %2.</source>
        <translation type="unfinished">Ekipte %1 kişi var; gün en fazla %2 kişiye izin veriyor.</translation>
    </message>
    <message>
        <source>%1 cannot meet from %2 to %3.</source>
        <translation type="unfinished">%1, %2 ile %3 arasında görüşemez.</translation>
    </message>
    <message>
        <source>%1 confirmed other times for meetings.</source>
        <translation type="unfinished">%1 görüşmeler için başka saatler onayladı.</translation>
    </message>
    <message>
        <source>%1 has another meeting at %2.</source>
        <translation type="unfinished">%1 kişisinin %2 saatinde başka bir görüşmesi var.</translation>
    </message>
    <message>
        <source>%1 is also meeting %2 at %3.</source>
        <translation type="unfinished">%1, %3 saatinde %2 ile de görüşüyor.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to walk here from %3, which ends at %4.</source>
        <translation type="unfinished">%1 kişisinin %4 saatinde biten %3 görüşmesinden buraya yürümesi %2 dakika sürer.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The office has no free time left in the day&apos;s window, its blackouts and its confirmed times.</source>
        <translation type="unfinished">Günün aralığı, kapalı saatleri ve onaylı saatleri içinde ofisin boş zamanı kalmadı.</translation>
    </message>
    <message>
        <source>Whenever the office is free, the attendee is in another meeting or could not walk there in time.</source>
        <translation type="unfinished">Ofisin boş olduğu her zaman katılımcı başka bir görüşmede ya da oraya zamanında yürüyemiyor.</translation>
    </message>
    <message>
        <source>The contact has no U.S. state, or lives outside the legislature&apos;s state, so their members are unknown.</source>
        <translation type="unfinished">Kişinin bir ABD eyaleti yok ya da yasama organının eyaleti dışında yaşıyor; temsilcileri bilinmiyor.</translation>
    </message>
    <message>
        <source>The contact has no district for this chamber, so their member is unknown; fill districts from ZIP codes or enter it.</source>
        <translation type="unfinished">Kişinin bu meclis için bölgesi yok, bu yüzden temsilcisi bilinmiyor; bölgeleri ZIP kodlarından doldurun ya da girin.</translation>
    </message>
    <message>
        <source>No current member holds this seat.</source>
        <translation type="unfinished">Bu koltukta şu anda kimse yok.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Enter the server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Sunucu adresini girin, örneğin https://sync.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like https://sync.example.org.</source>
        <translation type="unfinished">“%1” bir sunucu adresi değil. Sunucu adresi https://sync.example.org gibi görünür.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so the password and the workspace travel encrypted. Plain http:// is only for a server on this computer (localhost).</source>
        <translation type="unfinished">Parolanın ve çalışma alanının şifreli aktarılması için sunucu adresi https:// ile başlamalıdır. Düz http:// yalnızca bu bilgisayardaki bir sunucu (localhost) içindir.</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 of the server&apos;s certificate: 64 hexadecimal digits (0–9 and A–F), colons allowed.</source>
        <translation type="unfinished">Parmak izi, sunucu sertifikasının SHA-256 değeri olmalıdır: 64 onaltılık basamak (0–9 ve A–F); iki nokta üst üste kullanılabilir.</translation>
    </message>
</context>
<context>
    <name>SignOnLetters</name>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished">Henüz yanıt yok</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">İmzaladı</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Reddetti</translation>
    </message>
    <message>
        <source>A sign-on letter needs a title.</source>
        <translation type="unfinished">İmza mektubunun bir başlığı olmalı.</translation>
    </message>
    <message>
        <source>That partner was not asked to sign this letter.</source>
        <translation type="unfinished">O ortaktan bu mektubu imzalaması istenmedi.</translation>
    </message>
    <message>
        <source>Signed &quot;%1&quot;</source>
        <translation type="unfinished">&quot;%1&quot; imzalandı</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The workspace is in use by another program or another Majlis window. Close it there and try again.</source>
        <translation type="unfinished">Çalışma alanı başka bir program veya başka bir Majlis penceresi tarafından kullanılıyor. Orada kapatıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation type="unfinished">Çalışma alanı dosyasına yazılamıyor. Dosyanın ve klasörünün yazılabilir olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">Çalışma alanı dosyası hasarlı. Bir yedekten veya eşitlenmiş bir kopyadan geri yükleyin.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished">Disk dolu. Biraz yer açıp yeniden deneyin; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished">Çalışma alanı okunamadı veya yazılamadı: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync server could not be reached: %1</source>
        <translation type="unfinished">Eşitleme sunucusuna ulaşılamadı: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login. Log in again.</source>
        <translation type="unfinished">Sunucu oturum açmayı kabul etmedi. Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished">Sunucu reddetti: %1</translation>
    </message>
    <message>
        <source>The sync server needs a newer Majlis. Update Majlis on this laptop, then sync again.</source>
        <translation type="unfinished">Eşitleme sunucusu Majlis&apos;in daha yeni bir sürümünü gerektiriyor. Bu dizüstü bilgisayarda Majlis&apos;i güncelleyin, ardından yeniden eşitleyin.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation type="unfinished">Çok fazla deneme yapıldı. Birkaç dakika bekleyin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation type="unfinished">Eşitleme sunucusu %1 yanıtını verdi: %2</translation>
    </message>
    <message>
        <source>This workspace syncs with another server. Open a new workspace to sync with this one.</source>
        <translation type="unfinished">Bu çalışma alanı başka bir sunucuyla eşitleniyor. Bu sunucuyla eşitlemek için yeni bir çalışma alanı açın.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished">Kullanıcı adı veya parola yanlış.</translation>
    </message>
    <message>
        <source>The sync server keeps refusing to acknowledge this laptop&apos;s changes.</source>
        <translation type="unfinished">Eşitleme sunucusu, bu dizüstü bilgisayardaki değişikliklerin alındığını onaylamayı reddetmeye devam ediyor.</translation>
    </message>
    <message>
        <source>The server refused this workspace&apos;s new device id as well. Try again later.</source>
        <translation type="unfinished">Sunucu, bu çalışma alanının yeni cihaz kimliğini de reddetti. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Ask for at least one person.</source>
        <translation>En az bir kişi isteyin.</translation>
    </message>
    <message>
        <source>The server has no such campaign in your chapters. Sync, then choose the campaign again.</source>
        <translation>Sunucuda şubelerinizde böyle bir kampanya yok. Eşitleyin, ardından kampanyayı yeniden seçin.</translation>
    </message>
    <message>
        <source>This campaign is closed: nobody can take people from its list.</source>
        <translation>Bu kampanya kapatıldı: kimse listesinden kişi alamaz.</translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n kişiyi etiketle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished">Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation type="unfinished">Unicode (UTF-16 little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation type="unfinished">Unicode (UTF-16 big-endian)</translation>
    </message>
    <message>
        <source>Arabic (Windows-1256)</source>
        <translation type="unfinished">Arapça (Windows-1256)</translation>
    </message>
    <message>
        <source>Arabic (ISO-8859-6)</source>
        <translation type="unfinished">Arapça (ISO-8859-6)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished">Batı Avrupa (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished">Batı Avrupa (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Line %1 has bytes (%2) that are not %3 text; the file is written in another encoding. Choose the one it was saved in.</source>
        <translation type="unfinished">%1. satırda %3 metni olmayan baytlar (%2) var; dosya başka bir kodlamayla yazılmış. Kaydedildiği kodlamayı seçin.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use an IANA name such as Europe/London, America/New_York or Asia/Karachi.</source>
        <translation type="unfinished">&quot;%1&quot; bu bilgisayarın tanıdığı bir saat dilimi değil; Europe/London, America/New_York ya da Asia/Karachi gibi bir IANA adı kullanın.</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>A person to mark is no longer in the workspace.</source>
        <translation>İşaretlenecek bir kişi artık çalışma alanında değil.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Line %1 is not a vCard line (NAME:value) and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">%1. satır bir vCard satırı (AD:değer) değil ve atlandı: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 was not imported</source>
        <translation type="unfinished">%1: %2 içe aktarılmadı</translation>
    </message>
    <message>
        <source>%1: another %2 (&quot;%3&quot;) was not imported; Majlis keeps one</source>
        <translation type="unfinished">%1: başka bir %2 (&quot;%3&quot;) içe aktarılmadı; Majlis bir tane tutar</translation>
    </message>
    <message>
        <source>%1: BDAY %2 has no year, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY %2 yıl içermiyor, bu yüzden doğum günü içe aktarılmadı</translation>
    </message>
    <message>
        <source>%1: BDAY &quot;%2&quot; is not a date Majlis can read, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY &quot;%2&quot; Majlis&apos;in okuyabildiği bir tarih değil, bu yüzden doğum günü içe aktarılmadı</translation>
    </message>
    <message>
        <source>%1: the %2 nested inside it on line %3 was not imported</source>
        <translation type="unfinished">%1: %3. satırda içine yerleştirilmiş %2 içe aktarılmadı</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped.</source>
        <translation type="unfinished">%2. satırda başlayan %1. kartın adı (N veya FN) yok ve atlandı.</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped: %3</source>
        <translation type="unfinished">%2. satırda başlayan %1. kartın adı (N veya FN) yok ve atlandı: %3</translation>
    </message>
    <message>
        <source>%1: ADR was not imported for %2; Majlis keeps one address per contact</source>
        <translation type="unfinished">%1: %2 için ADR içe aktarılmadı; Majlis kişi başına bir adres tutar</translation>
    </message>
    <message>
        <source>%1: ROLE (&quot;%2&quot;) was not imported; the role comes from TITLE</source>
        <translation type="unfinished">%1: ROLE (&quot;%2&quot;) içe aktarılmadı; görev TITLE alanından alınır</translation>
    </message>
    <message>
        <source>%1: the name parts &quot;%2&quot; in N were not imported</source>
        <translation type="unfinished">%1: N içindeki &quot;%2&quot; ad parçaları içe aktarılmadı</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished">Kart %1 (%2)</translation>
    </message>
    <message>
        <source>The file is empty; there is no vCard in it.</source>
        <translation type="unfinished">Dosya boş; içinde vCard yok.</translation>
    </message>
    <message>
        <source>Line %1 is &quot;%2&quot; where a vCard should begin with BEGIN:VCARD; this does not look like a vCard (.vcf) file.</source>
        <translation type="unfinished">%1. satır &quot;%2&quot;; oysa bir vCard BEGIN:VCARD ile başlamalıdır; bu bir vCard (.vcf) dosyasına benzemiyor.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but no vCard is open there.</source>
        <translation type="unfinished">%1. satır %2 öğesini bitiriyor, ancak orada açık bir vCard yok.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCARD … END:VCARD and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">%1. satır herhangi bir BEGIN:VCARD … END:VCARD dışında ve atlandı: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the %3 begun on line %4 is still open.</source>
        <translation type="unfinished">%1. satır %2 öğesini bitiriyor, ancak %4. satırda başlayan %3 hâlâ açık.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the vCard begun on line %3 is still open.</source>
        <translation type="unfinished">%1. satır %2 öğesini bitiriyor, ancak %3. satırda başlayan vCard hâlâ açık.</translation>
    </message>
    <message>
        <source>The vCard begun on line %1 is never closed (END:VCARD is missing); the file may be cut short.</source>
        <translation type="unfinished">%1. satırda başlayan vCard hiç kapatılmıyor (END:VCARD eksik); dosya kesilmiş olabilir.</translation>
    </message>
    <message>
        <source>Line %1 names the character set &quot;%2&quot;, but its text cannot be read in it; it was read as %3 (detected) and may look wrong.</source>
        <translation type="unfinished">%1. satır &quot;%2&quot; karakter kümesini belirtiyor, ancak metni bu kümeyle okunamıyor; %3 (algılanan) olarak okundu ve yanlış görünebilir.</translation>
    </message>
</context>
<context>
    <name>WalkList</name>
    <message>
        <source>Only a door-knocking campaign has a walk list; &quot;%1&quot; is not one.</source>
        <translation type="unfinished">Yalnızca kapı kapı kampanyalarının yürüyüş listesi olur; &quot;%1&quot; böyle bir kampanya değil.</translation>
    </message>
</context>
<context>
    <name>WalkListDocument</name>
    <message>
        <source>Walk list: %1</source>
        <translation type="unfinished">Yürüyüş listesi: %1</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">Listenin tamamı</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished">%1 payı</translation>
    </message>
    <message>
        <source>Not given to anyone yet</source>
        <translation type="unfinished">Henüz kimseye verilmedi</translation>
    </message>
    <message>
        <source>%1: %2 on %3, printed %4</source>
        <comment>share, doors, streets, date</comment>
        <translation type="unfinished">%1: %3 üzerinde %2, yazdırma %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doors</source>
        <translation type="unfinished">
            <numerusform>%Ln kapı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln streets</source>
        <translation type="unfinished">
            <numerusform>%Ln sokak</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one result at each door. Write a short answer for each question the person answered; the answers are entered afterwards.</source>
        <translation type="unfinished">Her kapıda bir sonucu işaretleyin. Kişinin yanıtladığı her soru için kısa bir yanıt yazın; yanıtlar sonradan girilir.</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <comment>question number, then its text</comment>
        <translation type="unfinished">S%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>question, then its answers</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is left to visit here.</source>
        <translation type="unfinished">Burada ziyaret edilecek kimse kalmadı.</translation>
    </message>
    <message>
        <source>Street without a name</source>
        <translation type="unfinished">Adı olmayan sokak</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>street, then town and postal code</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln doors)</source>
        <translation type="unfinished">
            <numerusform>%1 (%Ln kapı)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>question number</comment>
        <translation type="unfinished">S%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">%1 yazılamadı: %2</translation>
    </message>
    <message>
        <source>Walk list %1</source>
        <comment>file name: the campaign</comment>
        <translation type="unfinished">Yürüyüş listesi %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceArchive</name>
    <message>
        <source>%1 already exists; choose a new file name for the archive.</source>
        <translation type="unfinished">%1 zaten var; arşiv için yeni bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>This workspace already has records. Import an archive into a new, empty workspace (File &gt; New Workspace), so nothing is mixed or overwritten.</source>
        <translation type="unfinished">Bu çalışma alanında zaten kayıtlar var. Hiçbir şeyin karışmaması veya üzerine yazılmaması için arşivi yeni, boş bir çalışma alanına (Dosya &gt; Yeni Çalışma Alanı) içe aktarın.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first organizer for civic and advocacy organizations.</source>
        <translation type="unfinished">Sivil toplum ve savunuculuk kuruluşları için çevrimdışı öncelikli düzenleyici.</translation>
    </message>
    <message>
        <source>Open this workspace file (default: %1).</source>
        <translation type="unfinished">Bu çalışma alanı dosyasını aç (varsayılan: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">yol</translation>
    </message>
    <message>
        <source>Open a fictional demo workspace, creating it if needed.</source>
        <translation type="unfinished">Kurgusal bir demo çalışma alanı aç, gerekirse oluştur.</translation>
    </message>
    <message>
        <source>Language, such as ar or en.</source>
        <translation type="unfinished">Dil, örneğin ar veya en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">kod</translation>
    </message>
</context>
<context>
    <name>majlis-cli</name>
    <message>
        <source>majlis-cli: error: %1</source>
        <translation type="unfinished">majlis-cli: hata: %1</translation>
    </message>
    <message>
        <source>majlis-cli: %1</source>
        <translation type="unfinished">majlis-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;majlis-cli --help&quot; for the commands.</source>
        <translation type="unfinished">Komutlar için &quot;majlis-cli --help&quot; çalıştırın.</translation>
    </message>
    <message>
        <source>Workspace file (default: %1).</source>
        <translation type="unfinished">Çalışma alanı dosyası (varsayılan: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">yol</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished">Makinece okunabilir JSON yazdır.</translation>
    </message>
    <message>
        <source>Language of messages, such as ar.</source>
        <translation type="unfinished">İletilerin dili, örneğin ar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">kod</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Bu yardımı göster.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished">Sürümü göster.</translation>
    </message>
    <message>
        <source>init, contacts, chapters, legislators, day, partners, events, import, export or demo</source>
        <translation type="unfinished">init, contacts, chapters, legislators, day, partners, events, import, export veya demo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a verb, such as list.</source>
        <translation type="unfinished">&quot;%1&quot; bir fiil gerektirir, örneğin list.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished">bilinmeyen komut &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  sync                        sync with the organization&apos;s server (--server, --user, --ca or --fingerprint, --password-stdin)</source>
        <translation type="unfinished">  sync                        kuruluşun sunucusuyla eşitle (--server, --user, --ca veya --fingerprint, --password-stdin)</translation>
    </message>
    <message>
        <source>  chapters time-zone [ZONE]   show or set the workspace&apos;s time zone (--chapter NAME: a chapter&apos;s)
  events show EVENT           one event, with its time zone (--hijri)
  --hijri on events list, day list and day export --pdf adds the Hijri date</source>
        <translation type="unfinished">  chapters time-zone [ZONE]   çalışma alanının saat dilimini göster ya da ayarla (--chapter AD: bir şubeninkini)
  events show EVENT           bir etkinlik, saat dilimiyle (--hijri)
  events list, day list ve day export --pdf ile --hijri Hicri tarihi ekler</translation>
    </message>
    <message>
        <source>Commands:
  init                        create or upgrade the workspace
  contacts add [options]      add a contact (--given, --family, --email, --phone, --country, --chapter, ...)
  contacts list               list contacts (--chapter, --tag, --limit)
  contacts search TEXT        find contacts by name, email, phone, tag, organization or notes
  contacts show ID            show one contact
  contacts edit ID [options]  change a contact
  contacts delete ID...       delete contacts
  contacts merge KEEP OTHER   merge a duplicate into the contact kept (its emails, phones, tags, history)
  contacts export-data ID FILE  write everything held about one person to a JSON file
  contacts erase ID --yes     erase everything held about one person, here and on every synced laptop
  chapters add NAME           add a chapter (--city, --region, --country)
  chapters list               list chapters
  chapters region [CODE]      show or set the workspace&apos;s country, for phone numbers without + (--chapter NAME: a chapter&apos;s)
  legislators import FILE     import or update members of Congress (legislators-current.csv)
  legislators list            list members of a legislature (--body, --state, --chamber)
  bodies list                 list the legislatures of this workspace and their chambers
  bodies campus BODY          show or set a capitol&apos;s buildings (--building NAME=GROUP ...)
  day create TITLE --date D   plan an advocacy day (--body, --time-zone, --start, --end, --slot, --team-size, --ask)
  day list                    list advocacy days
  day attendees add DAY ID... register contacts for a day (--role, --tag)
  day attendees list DAY      list a day&apos;s attendees
  day schedule DAY            build the day&apos;s meeting schedule
  day export DAY --ics|--pdf|--csv FILE   write calendars, itineraries or the schedule
  partners add NAME           add a coalition partner (--kind, --area, --status, --city, ...)
  partners list               list partners (--kind, --area, --status, --search)
  partners show NAME|ID       a partner with its people and history
  events create TITLE --start T   create an event (--end, --kind, --place, --capacity, --chapter)
  events list                 list events
  events checkin EVENT ID...  check contacts in (or --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   write who registered and who came
  events calendar FILE        write every event to an iCalendar (.ics) file
  import csv FILE             import contacts from a spreadsheet (--dry-run, --map, --duplicates, --report)
  import vcard FILE           import contacts from a vCard file (--dry-run, --duplicates)
  import archive FILE         bring a workspace archive into this empty workspace
  export csv FILE             export contacts as CSV (--search, --tag)
  export vcard FILE           export contacts as vCard (--version 4.0|3.0|2.1, --search, --tag)
  export archive FILE         write the whole workspace to one portable file
  demo [--count N]            fill the workspace with fictional demo data
Run &quot;majlis-cli COMMAND VERB --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished">Komutlar:
  init                        çalışma alanını oluştur veya yükselt
  contacts add [options]      kişi ekle (--given, --family, --email, --phone, --country, --chapter, ...)
  contacts list               kişileri listele (--chapter, --tag, --limit)
  contacts search TEXT        kişileri ada, e-postaya, telefona, etikete, kuruluşa veya notlara göre bul
  contacts show ID            bir kişiyi göster
  contacts edit ID [options]  bir kişiyi değiştir
  contacts delete ID...       kişileri sil
  contacts merge KEEP OTHER   bir kopyayı tutulan kişiyle birleştirir (e-postaları, telefonları, etiketleri, geçmişi)
  contacts export-data ID FILE  bir kişi hakkında tutulan her şeyi bir JSON dosyasına yaz
  contacts erase ID --yes     bir kişi hakkında tutulan her şeyi burada ve eşitlenen her dizüstünde siler
  chapters add NAME           şube ekle (--city, --region, --country)
  chapters list               şubeleri listele
  chapters region [CODE]      + olmadan yazılan telefon numaraları için çalışma alanının ülkesini göster ya da ayarla (--chapter NAME: bir şubeninki)
  legislators import FILE     Kongre üyelerini içe aktar veya güncelle (legislators-current.csv)
  legislators list            bir yasama organının üyelerini listele (--body, --state, --chamber)
  bodies list                 bu çalışma alanının yasama organlarını ve meclislerini listele
  bodies campus BODY          bir meclis yerleşkesinin binalarını göster veya ayarla (--building NAME=GROUP ...)
  day create TITLE --date D   savunuculuk günü planla (--body, --time-zone, --start, --end, --slot, --team-size, --ask)
  day list                    savunuculuk günlerini listele
  day attendees add DAY ID... kişileri bir güne kaydet (--role, --tag)
  day attendees list DAY      bir günün katılımcılarını listele
  day schedule DAY            günün görüşme programını oluştur
  day export DAY --ics|--pdf|--csv FILE   takvimleri, güzergâhları veya programı yaz
  partners add NAME           koalisyon ortağı ekle (--kind, --area, --status, --city, ...)
  partners list               ortakları listele (--kind, --area, --status, --search)
  partners show NAME|ID       bir ortağı kişileri ve geçmişiyle göster
  events create TITLE --start T   etkinlik oluştur (--end, --kind, --place, --capacity, --chapter)
  events list                 etkinlikleri listele
  events checkin EVENT ID...  kişilerin girişini yap (veya --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   kimin kaydolduğunu ve kimin geldiğini yaz
  events calendar FILE        tüm etkinlikleri bir iCalendar (.ics) dosyasına yaz
  import csv FILE             kişileri bir tablodan içe aktar (--dry-run, --map, --duplicates, --report)
  import vcard FILE           kişileri bir vCard dosyasından içe aktar (--dry-run, --duplicates)
  import archive FILE         bir çalışma alanı arşivini bu boş çalışma alanına getir
  export csv FILE             kişileri CSV olarak dışa aktar (--search, --tag)
  export vcard FILE           kişileri vCard olarak dışa aktar (--version 4.0|3.0|2.1, --search, --tag)
  export archive FILE         tüm çalışma alanını tek bir taşınabilir dosyaya yaz
  demo [--count N]            çalışma alanını kurgusal demo verileriyle doldur
Bir komutun seçenekleri için &quot;majlis-cli COMMAND VERB --help&quot; çalıştırın.</translation>
    </message>
    <message>
        <source>  districts lookup --zip ZIP  the districts a ZIP code lies in
  districts import FILE --body CODE --chamber C   import a postcode to district file for a legislature
  contacts districts ID       a contact&apos;s districts (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   fill districts from postcodes (--tag, --day, --body, --dry-run; --ambiguous lists who has districts to choose)</source>
        <translation type="unfinished">  districts lookup --zip ZIP  bir ZIP kodunun bulunduğu bölgeler
  districts import FILE --body CODE --chamber C   bir yasama organı için posta kodu-bölge dosyası içe aktar
  contacts districts ID       bir kişinin bölgeleri (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   bölgeleri posta kodlarından doldur (--tag, --day, --body, --dry-run; --ambiguous seçilecek bölgesi olanları listeler)</translation>
    </message>
    <message>
        <source>  legislators import PATH     also an Open States folder or download (state legislatures), or any parliament&apos;s member list CSV with --body CODE (--body-name, --country, --map, --dry-run)</source>
        <translation type="unfinished">  legislators import PATH     ayrıca bir Open States klasörü ya da indirmesi (eyalet yasama organları) veya herhangi bir parlamentonun CSV üye listesi, --body CODE ile (--body-name, --country, --map, --dry-run)</translation>
    </message>
    <message>
        <source>  legislators import --bundled  the members of Congress built into this program (--dry-run)</source>
        <translation type="unfinished">  legislators import --bundled  bu programa gömülü Kongre üyeleri (--dry-run)</translation>
    </message>
    <message>
        <source>  campaigns elections add NAME --date D   add an election (--jurisdiction, --chapter); elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   a phone bank, door list or GOTV drive (--election, --chapter, --starts, --ends)
  campaigns list | show C | entries C   campaigns, one with its script and counts, its list
  campaigns build C [filter]  add people to the list (--tag, --chapter, --language, --state, --body --district, --event, --voter-status, --answered --question --answer, --election --pledged|--not-voted, --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   split the list; release C [--volunteer V]
  campaigns next C [--caller NAME]   the next person to call, with the script
  campaigns record C ID --result CODE   save a result (--answer Q=A, --opt-out, --phone, --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   the results as CSV (--list: the people to call or visit)
  gotv summary|chase ELECTION   pledges and votes; who pledged and has not voted, by district
  gotv voted ELECTION ID...   mark people as having voted (--undo)</source>
        <translation type="unfinished">  campaigns elections add NAME --date D   bir seçim ekle (--jurisdiction, --chapter); elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   bir telefon kampanyası, kapı kapı listesi ya da oy verdirme çalışması (--election, --chapter, --starts, --ends)
  campaigns list | show C | entries C   kampanyalar, biri senaryosu ve sayılarıyla, listesi
  campaigns build C [filtre]  listeye kişi ekle (--tag, --chapter, --language, --state, --body --district, --event, --voter-status, --answered --question --answer, --election --pledged|--not-voted, --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   listeyi paylaştır; release C [--volunteer V]
  campaigns next C [--caller NAME]   aranacak sıradaki kişi, senaryoyla
  campaigns record C ID --result CODE   bir sonuç kaydet (--answer Q=A, --opt-out, --phone, --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   sonuçlar CSV olarak (--list: aranacak ya da ziyaret edilecek kişiler)
  gotv summary|chase ELECTION   sözler ve oylar; söz verip henüz oy vermeyenler, seçim bölgesine göre
  gotv voted ELECTION ID...   kişileri oy vermiş olarak işaretle (--undo)</translation>
    </message>
</context>
<context>
    <name>majlis::AdvocacyPage</name>
    <message>
        <source>Advocacy days</source>
        <translation type="unfinished">Savunuculuk günleri</translation>
    </message>
    <message>
        <source>&amp;New Day</source>
        <translation type="unfinished">&amp;Yeni Gün</translation>
    </message>
    <message>
        <source>Delete Day</source>
        <translation type="unfinished">Günü Sil</translation>
    </message>
    <message>
        <source>&amp;Legislators…</source>
        <translation type="unfinished">Yasa &amp;Koyucular…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Ayrıntılar</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished">&amp;Katılımcılar</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished">&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation type="unfinished">&amp;Güzergâhlar</translation>
    </message>
    <message>
        <source>&amp;Report-back</source>
        <translation type="unfinished">&amp;Geri Bildirim</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished">&amp;Pano</translation>
    </message>
    <message>
        <source>No advocacy days yet</source>
        <translation type="unfinished">Henüz savunuculuk günü yok</translation>
    </message>
    <message>
        <source>New advocacy day</source>
        <translation type="unfinished">Yeni savunuculuk günü</translation>
    </message>
    <message>
        <source>Cannot create the day</source>
        <translation type="unfinished">Gün oluşturulamıyor</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its schedule and reports? Contacts are not touched.</source>
        <translation type="unfinished">&quot;%1&quot; programı ve raporlarıyla birlikte silinsin mi? Kişilere dokunulmaz.</translation>
    </message>
    <message>
        <source>Cannot delete the day</source>
        <translation type="unfinished">Gün silinemiyor</translation>
    </message>
    <message>
        <source>Look up the members of each legislature, import or update them, and list a capitol&apos;s buildings.</source>
        <translation type="unfinished">Her yasama organının üyelerini arayın, içe aktarın veya güncelleyin ve bir meclis yerleşkesinin binalarını listeleyin.</translation>
    </message>
    <message>
        <source>Plan an advocacy day at the U.S. Capitol, a state capitol or a parliament: bring in its members with Legislators…, create a day with New Day, register attendees, then build the schedule. Everything works offline.</source>
        <translation type="unfinished">ABD Kongre Binası&apos;nda, bir eyalet meclisinde ya da bir parlamentoda savunuculuk günü planlayın: üyelerini Yasa Koyucular… ile getirin, Yeni Gün ile bir gün oluşturun, katılımcıları kaydedin, ardından programı oluşturun. Her şey çevrimdışı çalışır.</translation>
    </message>
</context>
<context>
    <name>majlis::AmbiguousDistrictModel</name>
    <message>
        <source>%1, %2</source>
        <comment>a legislature and its chamber</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>choose: %1</source>
        <translation type="unfinished">seçin: %1</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished">%1 (seçildi)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Yasama organı</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">Posta kodu</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>%1 is not among the districts postcode %2 spans.</source>
        <translation type="unfinished">%1, %2 posta kodunun kapsadığı bölgeler arasında değil.</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerChart</name>
    <message>
        <source>Answers to the question</source>
        <translation type="unfinished">Sorunun yanıtları</translation>
    </message>
    <message>
        <source>Answers to this question are written, not chosen: they are not counted.</source>
        <translation type="unfinished">Bu sorunun yanıtları seçilmez, yazılır: sayılmazlar.</translation>
    </message>
    <message>
        <source>Nobody has answered this question yet.</source>
        <translation type="unfinished">Bu soruyu henüz kimse yanıtlamadı.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Yanıtlar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>answer: count</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chart category: a name, then a number</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>People who gave the answer</source>
        <translation type="unfinished">Bu yanıtı verenler</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerCountModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">Soru</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Yanıt</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished">Yanıtlardaki payı</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerPanel</name>
    <message>
        <source>This campaign has no survey: record the result with the keys below.</source>
        <translation>Bu kampanyanın anketi yok: sonucu aşağıdaki tuşlarla kaydedin.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <comment>question number, question, kind of answer</comment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Type what they said</source>
        <translation>Kişinin söylediğini yazın</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Geçerli soru</translation>
    </message>
</context>
<context>
    <name>majlis::AskPartnersDialog</name>
    <message>
        <source>Ask Partners to Sign</source>
        <translation type="unfinished">Ortaklardan İmza İste</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished">Ortak bul</translation>
    </message>
    <message>
        <source>%1 (already asked)</source>
        <translation type="unfinished">%1 (zaten istendi)</translation>
    </message>
    <message>
        <source>There are no partners yet: add them in the Partners view.</source>
        <translation type="unfinished">Henüz ortak yok: onları Ortaklar görünümünde ekleyin.</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished">&amp;İste</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation type="unfinished">&amp;Tümünü İşaretle</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation type="unfinished">İstenecek ortaklar</translation>
    </message>
</context>
<context>
    <name>majlis::AssignDialog</name>
    <message>
        <source>Assign Callers: %1</source>
        <translation>Arayanlara dağıt: %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Gönüllüler</translation>
    </message>
    <message>
        <source>A&amp;dd Volunteer</source>
        <translation>Gönüllü &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove from the Table</source>
        <translation>Tablodan &amp;kaldır</translation>
    </message>
    <message>
        <source>%1 still has people to call: take back their share first.</source>
        <translation>%1 kişisinin hâlâ arayacağı kişiler var: önce payını geri alın.</translation>
    </message>
    <message>
        <source>&amp;Take Back Their Share</source>
        <translation>Payını &amp;geri al</translation>
    </message>
    <message>
        <source>The selected volunteer&apos;s people still to call go back to nobody, for others to call.</source>
        <translation>Seçili gönüllünün henüz aramadığı kişiler, başkaları arasın diye kimseye atanmamış hâle gelir.</translation>
    </message>
    <message>
        <source>By &amp;count: runs of about equal size, neighbours together</source>
        <translation>&amp;Sayıya göre: yaklaşık eşit büyüklükte dilimler, komşular bir arada</translation>
    </message>
    <message>
        <source>By &amp;language: each person to a volunteer who speaks one of their languages</source>
        <translation>&amp;Dile göre: her kişi, dillerinden birini konuşan bir gönüllüye</translation>
    </message>
    <message>
        <source>&amp;Give Out the List</source>
        <translation>Listeyi &amp;dağıt</translation>
    </message>
    <message>
        <source>Name each volunteer as they log in to sync, so their laptop receives their share. Only the people nobody has yet are given out.</source>
        <translation>Her gönüllüyü eşitlemeye giriş yaptığı adla yazın; böylece dizüstü bilgisayarı kendi payını alır. Yalnızca henüz kimseye verilmemiş kişiler dağıtılır.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people nobody has yet.</source>
        <translation>
            <numerusform>Henüz kimseye verilmemiş %Ln kişi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people given out.</source>
        <translation>
            <numerusform>%Ln kişi dağıtıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a volunteer who has people to call.</source>
        <translation>Arayacağı kişiler olan bir gönüllü seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people taken back from %1.</source>
        <translation>
            <numerusform>%1 kişisinden %Ln kişi geri alındı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::AttendeeRole</name>
    <message>
        <source>Constituent</source>
        <translation type="unfinished">Seçmen</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished">Ekip lideri</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished">Not tutan</translation>
    </message>
    <message>
        <source>First-timer</source>
        <translation type="unfinished">İlk kez katılan</translation>
    </message>
</context>
<context>
    <name>majlis::AttendeesPanel</name>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">Kişileri &amp;Kaydet…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;Kaldır</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">Eyalet ve bölge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Görev</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <translation type="unfinished">Önceki günler</translation>
    </message>
    <message>
        <source>No state: cannot be matched</source>
        <translation type="unfinished">Eyalet yok: eşleştirilemez</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">%1 kişisinin görevi</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished">Görev değiştirilemiyor</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform>%n katılımcı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a state on their contact</source>
        <translation type="unfinished">
            <numerusform>; %n kişinin kaydında eyalet yok</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet: register contacts to plan their meetings.</source>
        <translation type="unfinished">Henüz kimse kayıtlı değil: görüşmelerini planlamak için kişileri kaydedin.</translation>
    </message>
    <message>
        <source>Cannot register attendees</source>
        <translation type="unfinished">Katılımcılar kaydedilemiyor</translation>
    </message>
    <message>
        <source>Remove Attendees</source>
        <translation type="unfinished">Katılımcıları Kaldır</translation>
    </message>
    <message>
        <source>Remove %1 from this day? They are also taken out of their meetings.</source>
        <translation type="unfinished">%1 bu günden kaldırılsın mı? Görüşmelerinden de çıkarılır.</translation>
    </message>
    <message>
        <source>Cannot remove the attendee</source>
        <translation type="unfinished">Katılımcı kaldırılamıyor</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">Katılımcılar</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">ZIP kodlarından &amp;bölgeleri doldur…</translation>
    </message>
    <message>
        <source>Find the attendees&apos; districts in the day&apos;s legislature from their ZIP codes</source>
        <translation type="unfinished">Katılımcıların günün meclisindeki bölgelerini ZIP kodlarından bul</translation>
    </message>
    <message>
        <source>Cannot fill districts</source>
        <translation type="unfinished">Bölgeler doldurulamıyor</translation>
    </message>
    <message>
        <source>the attendees of %1</source>
        <translation type="unfinished">%1 katılımcıları</translation>
    </message>
</context>
<context>
    <name>majlis::BuildListDialog</name>
    <message>
        <source>Build the List of %1</source>
        <translation>%1 listesini oluştur</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>Bu etiketlerden herhangi biri, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>A language code, such as ar or ur</source>
        <translation>Bir dil kodu, ör. ar veya ur</translation>
    </message>
    <message>
        <source>Two letters, such as MI</source>
        <translation>İki harf, ör. MI</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Yasama organı</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>District, such as 12</source>
        <translation>Bölge, ör. 12</translation>
    </message>
    <message>
        <source>Answered in the campaign</source>
        <translation>Kampanyada yanıtladı</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Soru</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Yanıt</translation>
    </message>
    <message>
        <source>Only people who pledged to vote</source>
        <translation>Yalnızca oy vereceğine söz verenler</translation>
    </message>
    <message>
        <source>Only people who have not voted yet</source>
        <translation>Yalnızca henüz oy vermemiş olanlar</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">Ş&amp;ube:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">E&amp;tiketler:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Eyalet:</translation>
    </message>
    <message>
        <source>&amp;District of:</source>
        <translation>&amp;Bölgesi:</translation>
    </message>
    <message>
        <source>Came to the &amp;event:</source>
        <translation>&amp;Etkinliğe katıldı:</translation>
    </message>
    <message>
        <source>&amp;Voter registration:</source>
        <translation>Seçmen &amp;kaydı:</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>&amp;Yanıtladı:</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>Seçim:</translation>
    </message>
    <message>
        <source>Election (none):</source>
        <translation>Seçim (yok):</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people without a street address, and people already on the list.</source>
        <translation>Asla eklenmez: iletişim kurulmamasını isteyenler ya da listeden çıkanlar, sokak adresi olmayanlar ve zaten listede olanlar.</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people who have not agreed to be phoned, people whose every number is marked wrong or disconnected, and people already on the list.</source>
        <translation>Asla eklenmez: iletişim kurulmamasını isteyenler ya da listeden çıkanlar, aranmayı kabul etmemiş olanlar, tüm numaraları yanlış ya da kullanım dışı olarak işaretlenmiş olanlar ve zaten listede olanlar.</translation>
    </message>
    <message>
        <source>&amp;Add to the List</source>
        <translation>Listeye &amp;ekle</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>Herhangi bir şube</translation>
    </message>
    <message>
        <source>Any legislature</source>
        <translation>Herhangi bir yasama organı</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Herhangi biri ya da hiçbiri</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event: title (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier answer needed</source>
        <translation>Önceki yanıt gerekmez</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people would be added.</source>
        <translation>
            <numerusform>%Ln kişi eklenecek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CallListModel</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Henüz kimse yok</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Tamamlandı</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Henüz denenmedi</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Diller</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Arayan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Denemeler</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Son sonuç</translation>
    </message>
</context>
<context>
    <name>majlis::CallerProgressModel</name>
    <message>
        <source>Check this work before counting it: %1</source>
        <translation type="unfinished">Saymadan önce bu çalışmayı denetleyin: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Gönüllü</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Denemeler</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Ulaşma oranı</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Sözler</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation type="unfinished">En yoğun dakika</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">Uyarı</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Kişiye ulaşan denemeler</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Denemeler içinde ulaşılanların payı</translation>
    </message>
    <message>
        <source>The most results entered within any sixty seconds</source>
        <translation type="unfinished">Herhangi bir altmış saniyede girilen en çok sonuç</translation>
    </message>
    <message>
        <source>Why an organizer should check this volunteer&apos;s work</source>
        <translation type="unfinished">Düzenleyicinin bu gönüllünün işini neden denetlemesi gerektiği</translation>
    </message>
</context>
<context>
    <name>majlis::CallerWindow</name>
    <message>
        <source>Calling: %1</source>
        <translation>Arama: %1</translation>
    </message>
    <message>
        <source>Entering Results: %1</source>
        <translation>Sonuç girişi: %1</translation>
    </message>
    <message>
        <source>Calling as %1</source>
        <translation>Arayan: %1</translation>
    </message>
    <message>
        <source>Entered as %1</source>
        <translation>Giren: %1</translation>
    </message>
    <message>
        <source>Save and Next (Enter)</source>
        <translation>Kaydet ve sonraki (Enter)</translation>
    </message>
    <message>
        <source>Skip for Later (F12)</source>
        <translation>Sonraya bırak (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <source>Back to the List (Esc)</source>
        <translation>Listeye dön (Esc)</translation>
    </message>
    <message>
        <source>Keys: 1–9 answer the current question, ↑ ↓ move between questions, F1–F11 choose the result, Enter saves.</source>
        <translation>Tuşlar: 1–9 geçerli soruyu yanıtlar, ↑ ↓ sorular arasında gezinir, F1–F11 sonucu seçer, Enter kaydeder.</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Kişiyi bul</translation>
    </message>
    <message>
        <source>Type a name or the number on the list, then press Enter</source>
        <translation>Bir ad ya da listedeki numarayı yazın, ardından Enter&apos;a basın</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Listedeki kişiler</translation>
    </message>
    <message>
        <source>Show people already done</source>
        <translation>Tamamlanmış kişileri göster</translation>
    </message>
    <message>
        <source>The current question has no answer %1.</source>
        <translation>Geçerli sorunun %1 numaralı yanıtı yok.</translation>
    </message>
    <message>
        <source>Back to the people you skipped.</source>
        <translation>Atladığınız kişilere dönülüyor.</translation>
    </message>
    <message>
        <source>Nobody is left for you to call in this campaign. Thank you!</source>
        <translation>Bu kampanyada arayacağınız kimse kalmadı. Teşekkürler!</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Numara yok</translation>
    </message>
    <message>
        <source>%1 (as typed: check it)</source>
        <translation>%1 (yazıldığı gibi: kontrol edin)</translation>
    </message>
    <message>
        <source>Languages: not known</source>
        <translation>Diller: bilinmiyor</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>Konuştuğu diller: %1</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Önceki temas yok.</translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Son iletişim: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Deneme %1 / %2</translation>
    </message>
    <message>
        <source>Choose a result with F1 to F11, or answer a question, then press Enter.</source>
        <translation>F1–F11 ile bir sonuç seçin ya da bir soruyu yanıtlayın, ardından Enter&apos;a basın.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>✓ Saved for %1: %2.</source>
        <translation>✓ %1 için kaydedildi: %2.</translation>
    </message>
    <message>
        <source>They will not be contacted again.</source>
        <translation>Bu kişiyle bir daha iletişim kurulmayacak.</translation>
    </message>
    <message>
        <source>%1 skipped for later.</source>
        <translation>%1 sonraya bırakıldı.</translation>
    </message>
    <message>
        <source>Nobody on the list matches what you typed.</source>
        <translation>Listede yazdığınızla eşleşen kimse yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n kişi açık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to call</source>
        <translation>
            <numerusform>Aranacak %n kişi kaldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::Campaign</name>
    <message>
        <source>Phone bank</source>
        <translation>Telefon kampanyası</translation>
    </message>
    <message>
        <source>Door knocking</source>
        <translation>Kapı kapı ziyaret</translation>
    </message>
    <message>
        <source>Get out the vote</source>
        <translation>Oy verdirme</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Ulaşıldı</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Evde değil</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Mesaj bırakıldı</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Meşgul</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Reddetti</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Taşınmış</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Yanlış numara</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Hizmet dışı</translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation>Dil engeli</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Vefat etmiş</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>İletişime geçmeyin</translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>Kendisiyle iletişime geçilmemesini istedi</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Düşmanca</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDayChart</name>
    <message>
        <source>Attempts, contacts and pledges per day</source>
        <translation type="unfinished">Günlük denemeler, ulaşılanlar ve sözler</translation>
    </message>
    <message>
        <source>No results recorded yet.</source>
        <translation type="unfinished">Henüz sonuç kaydedilmedi.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Denemeler</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Sözler</translation>
    </message>
    <message>
        <source>%1: attempts %2, contacts %3, pledges %4</source>
        <comment>a day, then its counts</comment>
        <translation type="unfinished">%1: deneme %2, ulaşılan %3, söz %4</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Sonuçlar</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Yeni kampanya</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Kampanyayı düzenle</translation>
    </message>
    <message>
        <source>Such as November phone bank</source>
        <translation>Ör. Kasım telefon kampanyası</translation>
    </message>
    <message>
        <source>Such as General election 2026</source>
        <translation>Ör. Genel seçim 2026</translation>
    </message>
    <message>
        <source>Such as Michigan, or Dearborn</source>
        <translation>Ör. Michigan ya da Dearborn</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>Seçimin &amp;adı:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>Seçimin &amp;tarihi:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Yetki alanı:</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Tarih yok</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bitiş</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Konuşma metni</translation>
    </message>
    <message>
        <source>introduction: &quot;Hello {name}, this is {caller} with our chapter.&quot;
questions:
  - key: plan
    text: &quot;Do you plan to vote on election day?&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;Yes&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;No&quot;}</source>
        <comment>YAML example: translate only the text in quotes</comment>
        <translation>introduction: &quot;Merhaba {name}, ben şubemizden {caller}.&quot;
questions:
  - key: plan
    text: &quot;Seçim günü oy vermeyi düşünüyor musunuz?&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;Evet&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;Hayır&quot;}</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>Dosyadan &amp;yükle…</translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation>Metni yükle</translation>
    </message>
    <message>
        <source>Scripts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Metinler (*.yaml *.yml *.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>An introduction ({caller} and {name} are filled in for each call), then questions of the kind single, multiple, yes_no or text. An answer can record a pledge, ask for a follow_up, opt the person out (do_not_contact) or add a tag (tag:NAME).</source>
        <translation>Bir giriş (her aramada {caller} ve {name} doldurulur), ardından single, multiple, yes_no ya da text türünde sorular. Bir yanıt oy verme sözü kaydedebilir (pledge), takip isteyebilir (follow_up), kişiyi listelerden çıkarabilir (do_not_contact) ya da etiket ekleyebilir (tag:NAME).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Seçim:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">Ş&amp;ube:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>&amp;Script (YAML):</source>
        <translation>&amp;Konuşma metni (YAML):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Oluştur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Kaydet</translation>
    </message>
    <message>
        <source>No election</source>
        <translation>Seçim yok</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>New Election…</source>
        <translation>Yeni seçim…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Tüm kuruluş</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>The script cannot be used: %1</source>
        <translation>Metin kullanılamıyor: %1</translation>
    </message>
    <message numerus="yes">
        <source>The script reads well: %n question(s).</source>
        <translation>
            <numerusform>Metin düzgün: %n soru.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignListModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Kampanya</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tür</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Seçim</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Listede</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Tamamlandı</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Durum</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignProgressPanel</name>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Listede</translation>
    </message>
    <message>
        <source>People on the campaign&apos;s list</source>
        <translation type="unfinished">Kampanya listesindeki kişiler</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">Tamamlanan</translation>
    </message>
    <message>
        <source>People with a final result, or tried three times</source>
        <translation type="unfinished">Kesin sonucu olan ya da üç kez denenen kişiler</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Denemeler</translation>
    </message>
    <message>
        <source>Results recorded, one per call or knock</source>
        <translation type="unfinished">Kaydedilen sonuçlar, her arama ya da kapı için bir</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Kişiye ulaşan denemeler</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Ulaşma oranı</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Denemeler içinde ulaşılanların payı</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Sözler</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Oy verme sözü veren kişiler</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Takipler</translation>
    </message>
    <message>
        <source>Voter-registration follow-ups asked for</source>
        <translation type="unfinished">İstenen seçmen kaydı takipleri</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished">İletişim istemeyenler</translation>
    </message>
    <message>
        <source>People who asked not to be contacted again</source>
        <translation type="unfinished">Bir daha aranmak istemeyen kişiler</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished">&amp;Gönüllüler</translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished">&amp;Yanıtlar</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation type="unfinished">&amp;Zaman içinde</translation>
    </message>
    <message>
        <source>Progress per volunteer</source>
        <translation type="unfinished">Gönüllü başına ilerleme</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished">Geri &amp;çek…</translation>
    </message>
    <message>
        <source>Withdraw every result the selected volunteer entered in this campaign</source>
        <translation type="unfinished">Seçili gönüllünün bu kampanyaya girdiği tüm sonuçları geri çek</translation>
    </message>
    <message>
        <source>Work that looks implausible (dozens of results a minute, nearly everyone reached) is shown in bold with a warning sign. Check it with the volunteer; if it was not really done, roll it back.</source>
        <translation type="unfinished">Akla yatkın görünmeyen çalışma (dakikada onlarca sonuç, neredeyse herkese ulaşılmış) kalın ve uyarı işaretiyle gösterilir. Gönüllüyle kontrol edin; gerçekten yapılmadıysa geri çekin.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Soru</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Yanıtlar</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished">&amp;Soru:</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation type="unfinished">Günlük sonuçlar</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it is going.</source>
        <translation type="unfinished">Nasıl gittiğini görmek için bir kampanya seçin.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>campaign dates</comment>
        <translation type="unfinished">%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>campaign name, then its kind</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>campaign, then its dates</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <comment>a campaign that takes no more results</comment>
        <translation type="unfinished">%1 (kapalı)</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %Ln days; the table lists every day with results.</source>
        <translation type="unfinished">
            <numerusform>Grafik son %Ln günü gösterir; tablo sonuç olan her günü listeler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on this campaign&apos;s list yet. Build its list, then progress appears here as volunteers record results.</source>
        <translation type="unfinished">Bu kampanyanın listesinde henüz kimse yok. Listesini oluşturun; gönüllüler sonuç kaydettikçe ilerleme burada görünür.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded yet: %Ln people are on the list. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">
            <numerusform>Henüz bir şey kaydedilmedi: listede %Ln kişi var. Gönüllüler sonuç kaydettikçe ilerleme burada görünür.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Results</source>
        <translation type="unfinished">Sonuçları geri çek</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all %Ln results %1 entered in &quot;%2&quot;?</source>
        <translation type="unfinished">
            <numerusform>%1 adlı gönüllünün &quot;%2&quot; içine girdiği %Ln sonucun tümü geri çekilsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results will no longer count. The people they recorded are reopened, to be called or visited again, and the pledges to vote and the opt-outs that only their results made are lifted. This cannot be undone.</source>
        <translation type="unfinished">Sonuçları artık sayılmaz. Kaydettiği kişiler yeniden aranmak ya da ziyaret edilmek üzere açılır; yalnızca onun sonuçlarından doğan oy sözleri ve iletişim retleri kaldırılır. Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <comment>why the work looks implausible</comment>
        <translation type="unfinished">Uyarı: %1.</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished">&amp;Geri çek</translation>
    </message>
    <message>
        <source>Cannot roll back the results</source>
        <translation type="unfinished">Sonuçlar geri çekilemiyor</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln results by %1.</source>
        <translation type="unfinished">
            <numerusform>%1 adlı gönüllünün %Ln sonucu geri çekildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignsPage</name>
    <message>
        <source>Who Is Calling?</source>
        <translation>Kim arıyor?</translation>
    </message>
    <message>
        <source>Your name, as the organizer gave you your part of the list. It is asked once and kept on this computer.</source>
        <translation>Düzenleyicinin listedeki payınızı verdiği adınız. Bir kez sorulur ve bu bilgisayarda saklanır.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Henüz kampanya yok</translation>
    </message>
    <message>
        <source>A campaign is a phone bank, a door-knocking effort or a get-out-the-vote drive: a list of people built from your contacts, a script with its questions, and volunteers who work through the list, offline, each result saved the moment it is entered.</source>
        <translation>Kampanya bir telefon kampanyası, kapı kapı ziyaret ya da oy verme seferberliğidir: kişilerinizden oluşturulan bir liste, soruları olan bir konuşma metni ve listeyi çevrimdışı işleyen gönüllüler; her sonuç girildiği anda kaydedilir.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Yeni kampanya…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Build List…</source>
        <translation>Liste &amp;oluştur…</translation>
    </message>
    <message>
        <source>&amp;Assign Callers…</source>
        <translation>Arayanlar&amp;a dağıt…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>Kampanyayı &amp;kapat…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <source>Start &amp;Calling (Ctrl+Enter)</source>
        <translation>Aramaya &amp;başla (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The caller&apos;s window: the next person on your part of the list, the script, and the results by keys. Works without a network.</source>
        <translation>Arayan penceresi: listedeki payınızdan sıradaki kişi, konuşma metni ve tuşlarla sonuçlar. Ağ olmadan çalışır.</translation>
    </message>
    <message>
        <source>Enter &amp;Results from Paper…</source>
        <translation>Kâğıttaki &amp;sonuçları gir…</translation>
    </message>
    <message>
        <source>For a door list walked on paper: find each person, then type their result and answers.</source>
        <translation>Kâğıt üzerinde yapılmış bir kapı listesi için: her kişiyi bulun, sonra sonucunu ve yanıtlarını yazın.</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Listedeki kişiler</translation>
    </message>
    <message>
        <source>Find on the list</source>
        <translation>Listede ara</translation>
    </message>
    <message>
        <source>Find on the list by name or number</source>
        <translation>Listede ada ya da numaraya göre ara</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Sorular ve yanıtlar</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Giriş:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Metin</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;İlerleme</translation>
    </message>
    <message>
        <source>Cannot show the campaigns</source>
        <translation>Kampanyalar gösterilemiyor</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished">%1 (kapalı)</translation>
    </message>
    <message>
        <source>The list is empty: build it from your contacts with Build List.</source>
        <translation>Liste boş: «Liste oluştur» ile kişilerinizden oluşturun.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the list, %1 done, %2 not given to a caller yet.</source>
        <translation>
            <numerusform>Listede %Ln kişi, %1 tamamlandı, %2 henüz bir arayana verilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No introduction.</source>
        <translation>Giriş yok.</translation>
    </message>
    <message>
        <source>Re&amp;open Campaign</source>
        <translation>Kampanyayı yeniden &amp;aç</translation>
    </message>
    <message>
        <source>Close Campaign</source>
        <translation>Kampanyayı kapat</translation>
    </message>
    <message>
        <source>Close %1? Callers can no longer record results for it, and every assignment ends. Its results stay, and it can be reopened.</source>
        <translation>%1 kapatılsın mı? Arayanlar artık sonuç kaydedemez ve tüm atamalar sona erer. Sonuçları kalır ve yeniden açılabilir.</translation>
    </message>
    <message>
        <source>Cannot close the campaign</source>
        <translation>Kampanya kapatılamıyor</translation>
    </message>
    <message>
        <source>Cannot remember your name</source>
        <translation>Adınız hatırlanamıyor</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>&amp;Katılım</translation>
    </message>
    <message>
        <source>&amp;Walk Lists</source>
        <translation>&amp;Yürüyüş listeleri</translation>
    </message>
</context>
<context>
    <name>majlis::CampusDialog</name>
    <message>
        <source>Campus of %1</source>
        <translation type="unfinished">%1 yerleşkesi</translation>
    </message>
    <message>
        <source>Buildings of one walking group are a short walk apart; going to another group takes longer. The walking minutes on the day&apos;s Details tab apply.</source>
        <translation type="unfinished">Aynı yürüme grubundaki binalar birbirine kısa bir yürüyüş mesafesindedir; başka bir gruba gitmek daha uzun sürer. Günün Ayrıntılar sekmesindeki yürüme dakikaları geçerlidir.</translation>
    </message>
    <message>
        <source>The U.S. Capitol&apos;s buildings are built in: the Senate&apos;s and the House&apos;s office buildings and the Capitol. List buildings here only to replace them.</source>
        <translation type="unfinished">ABD Capitol binaları yerleşiktir: Senato ve Temsilciler Meclisi ofis binaları ile Capitol. Buraya yalnızca onların yerine geçecek binaları yazın.</translation>
    </message>
    <message>
        <source>No buildings listed: every office is taken to be in the capitol.</source>
        <translation type="unfinished">Listede bina yok: her ofis meclis binasında sayılır.</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Bina</translation>
    </message>
    <message>
        <source>Walking group</source>
        <translation type="unfinished">Yürüme grubu</translation>
    </message>
    <message>
        <source>Buildings of the capitol</source>
        <translation type="unfinished">Meclis binaları</translation>
    </message>
    <message>
        <source>&amp;Add Building</source>
        <translation type="unfinished">Bina &amp;Ekle</translation>
    </message>
    <message>
        <source>&amp;Remove Building</source>
        <translation type="unfinished">Binayı &amp;Kaldır</translation>
    </message>
    <message>
        <source>Cannot save the campus</source>
        <translation type="unfinished">Yerleşke kaydedilemiyor</translation>
    </message>
</context>
<context>
    <name>majlis::CandidateDelegate</name>
    <message>
        <source>District of %1</source>
        <translation type="unfinished">%1 bölgesi</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlaceDelegate</name>
    <message>
        <source>Follow the workspace</source>
        <translation type="unfinished">Çalışma alanını izle</translation>
    </message>
    <message>
        <source>Empty: follow the workspace</source>
        <translation type="unfinished">Boş: çalışma alanını izle</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlacesModel</name>
    <message>
        <source>None: numbers without + are kept as typed</source>
        <translation type="unfinished">Yok: + olmadan yazılan numaralar yazıldığı gibi saklanır</translation>
    </message>
    <message>
        <source>Workspace&apos;s: %1</source>
        <translation type="unfinished">Çalışma alanının: %1</translation>
    </message>
    <message>
        <source>Not set for this chapter: it follows the workspace&apos;s setting above. Double-click to set one.</source>
        <translation type="unfinished">Bu şube için ayarlanmadı: yukarıdaki çalışma alanı ayarını izler. Ayarlamak için çift tıklayın.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Şube</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">Telefon numaralarının ülkesi</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished">Saat dilimi</translation>
    </message>
</context>
<context>
    <name>majlis::CheckInWindow</name>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished">Giriş: %1</translation>
    </message>
    <message>
        <source>Type a name, email or phone, then press Enter</source>
        <translation type="unfinished">Bir ad, e-posta veya telefon yazın, ardından Enter&apos;a basın</translation>
    </message>
    <message>
        <source>Find the person arriving</source>
        <translation type="unfinished">Gelen kişiyi bulun</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Bulunan kişiler</translation>
    </message>
    <message>
        <source>New Walk-in (Ctrl+N)</source>
        <translation type="unfinished">Yeni Kayıtsız Gelen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo Last Check-in (Ctrl+Z)</source>
        <translation type="unfinished">Son Girişi Geri Al (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close Check-in (Esc)</source>
        <translation type="unfinished">Girişi Kapat (Esc)</translation>
    </message>
    <message>
        <source>May we email you?</source>
        <translation type="unfinished">Size e-posta gönderebilir miyiz?</translation>
    </message>
    <message>
        <source>May we text you?</source>
        <translation type="unfinished">Size mesaj gönderebilir miyiz?</translation>
    </message>
    <message>
        <source>May we use photos of you?</source>
        <translation type="unfinished">Fotoğraflarınızı kullanabilir miyiz?</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">&amp;Soyadı:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished">&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished">&amp;E-posta:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished">İzin:</translation>
    </message>
    <message>
        <source>Already a contact?</source>
        <translation type="unfinished">Zaten kayıtlı bir kişi mi?</translation>
    </message>
    <message>
        <source>&amp;Add and Check In</source>
        <translation type="unfinished">Ekle ve &amp;Giriş Yap</translation>
    </message>
    <message>
        <source>Back to Search (Esc)</source>
        <translation type="unfinished">Aramaya Dön (Esc)</translation>
    </message>
    <message>
        <source>Already a contact? Double-click to check them in instead:</source>
        <translation type="unfinished">Zaten kayıtlı mı? Bunun yerine giriş yapmak için çift tıklayın:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already checked in)</source>
        <translation type="unfinished">%1 (zaten giriş yaptı)</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation type="unfinished">%1 (kayıtlı değil)</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add &quot;%1&quot; as a walk-in.</source>
        <translation type="unfinished">Kimse bulunamadı. &quot;%1&quot; kişisini kayıtsız gelen olarak eklemek için Ctrl+N&apos;ye basın.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>%1 was already checked in.</source>
        <translation type="unfinished">%1 zaten giriş yapmıştı.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation type="unfinished">✓ %1 giriş yaptı.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished">Geri alınmadı: %1</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation type="unfinished">%1 girişi geri alındı.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished">%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, already checked in</source>
        <translation type="unfinished">%1, zaten giriş yaptı</translation>
    </message>
    <message>
        <source>&amp;Add as a New Person Anyway</source>
        <translation type="unfinished">Yine de &amp;Yeni Kişi Olarak Ekle</translation>
    </message>
    <message>
        <source>check-in at %1</source>
        <translation type="unfinished">%1 girişi</translation>
    </message>
    <message>
        <source>✓ %1 is added and checked in.</source>
        <translation type="unfinished">✓ %1 eklendi ve giriş yaptı.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished">%2 yerin %1 tanesi dolu</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation type="unfinished">
            <numerusform>%n kişi giriş yaptı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CoalitionMap</name>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Konu alanına göre ortaklar</translation>
    </message>
    <message>
        <source>Issue area and partners</source>
        <translation type="unfinished">Konu alanı ve ortaklar</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Ortaklar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tür</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Durum</translation>
    </message>
    <message>
        <source>No issue area</source>
        <translation type="unfinished">Konu alanı yok</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners view, with their issue areas.</source>
        <translation type="unfinished">Henüz ortak yok: onları konu alanlarıyla birlikte Ortaklar görünümünde ekleyin.</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <comment>partners across issue areas</comment>
        <translation type="unfinished">%2 genelinde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n ortak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue area(s)</source>
        <translation type="unfinished">
            <numerusform>%n konu alanı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::ColumnMappingTable</name>
    <message>
        <source>Column</source>
        <translation type="unfinished">Sütun</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished">İlk satırlar</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">Şu olarak içe aktar</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished">%1 sütununu şu olarak içe aktar</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished">Eşitleme Çakışmaları</translation>
    </message>
    <message>
        <source>When two laptops change the same field before they sync, the later edit is kept and the other is listed here. Restoring a lost value puts it back, and it then syncs like any other edit.</source>
        <translation type="unfinished">İki dizüstü bilgisayar eşitlenmeden önce aynı alanı değiştirirse sonraki düzenleme tutulur, diğeri burada listelenir. Kaybolan bir değeri geri yüklemek onu yerine koyar; değer ardından diğer düzenlemeler gibi eşitlenir.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Çakışmalar</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished">&amp;Çözülenleri göster</translation>
    </message>
    <message>
        <source>Restore &amp;Lost Value</source>
        <translation type="unfinished">Kaybolan &amp;Değeri Geri Yükle</translation>
    </message>
    <message>
        <source>Put the lost value back into the record, replacing the kept one.</source>
        <translation type="unfinished">Kaybolan değeri, tutulan değerin yerine kayda geri koyar.</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished">&amp;Mevcut Değeri Koru</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the entry.</source>
        <translation type="unfinished">Kaydı olduğu gibi bırakır ve girdiyi kapatır.</translation>
    </message>
    <message>
        <source>No conflicts: every edit from every laptop was kept.</source>
        <translation type="unfinished">Çakışma yok: her dizüstü bilgisayardaki her düzenleme tutuldu.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">Geri yüklenemiyor</translation>
    </message>
    <message>
        <source>Cannot keep the current value</source>
        <translation type="unfinished">Mevcut değer korunamıyor</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Hayır</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Kişi</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Ortak</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Etkinlik</translation>
    </message>
    <message>
        <source>Advocacy day</source>
        <translation type="unfinished">Savunuculuk günü</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Şube</translation>
    </message>
    <message>
        <source>Sign-on letter</source>
        <translation type="unfinished">İmza mektubu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">Bu dizüstü bilgisayar</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation type="unfinished">Dizüstü bilgisayar %1</translation>
    </message>
    <message>
        <source>Edit made %1; logged %2.</source>
        <translation type="unfinished">Düzenleme: %1; kayıt: %2.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Kayıt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Alan</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished">Tutulan değer</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished">Kaybolan değer</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation type="unfinished">Kaynak dizüstü bilgisayar</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Zaman</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDetailPane</name>
    <message>
        <source>Added to Majlis</source>
        <translation type="unfinished">Majlis&apos;e eklendi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Silindi</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished">Geri yüklendi</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation type="unfinished">%1 ile birleştirildi</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation type="unfinished">%1 etkinliğine geldi</translation>
    </message>
    <message>
        <source>Tagged: %1</source>
        <translation type="unfinished">Etiketlendi: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation type="unfinished">Kaldırılan etiketler: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ad</translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished">e-postalar</translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished">telefonlar</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">adres</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">bölge</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation type="unfinished">şube</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">diller</translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished">kuruluş</translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished">etiketler</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">izin</translation>
    </message>
    <message>
        <source>skills and interests</source>
        <translation type="unfinished">beceriler ve ilgi alanları</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">notlar</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished">doğum günü</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished">Düzenlendi: %1</translation>
    </message>
    <message>
        <source>Select a contact to see and edit it here,
or press Ctrl+N to add one.</source>
        <translation type="unfinished">Burada görmek ve düzenlemek için bir kişi seçin
veya eklemek için Ctrl+N&apos;ye basın.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Geçmiş</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Kaydet</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished">Değişiklikleri kaydet (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Geri Döndür</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>history entry: date, what happened</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">Bölgeler</translation>
    </message>
    <message>
        <source>Marked do not contact: %1</source>
        <translation>İletişime geçilmeyecek olarak işaretlendi: %1</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>Yeniden iletişime geçilebilir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not contact&lt;/b&gt; (%1): left out of every list, calling export and campaign.</source>
        <translation>&lt;b&gt;İletişime geçmeyin&lt;/b&gt; (%1): her listeden, arama dışa aktarımından ve kampanyadan çıkarılır.</translation>
    </message>
    <message>
        <source>Allow Contact &amp;Again…</source>
        <translation>İletişime &amp;yeniden izin ver…</translation>
    </message>
    <message>
        <source>Do &amp;Not Contact</source>
        <translation>İletişime &amp;geçme</translation>
    </message>
    <message>
        <source>The person asked to be contacted again, or the mark was a mistake</source>
        <translation>Kişi yeniden aranmak istedi ya da işaret bir hataydı</translation>
    </message>
    <message>
        <source>Leave this person out of every list and campaign from now on</source>
        <translation>Bu kişiyi bundan sonra her listeden ve kampanyadan çıkar</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>İletişime geçmeyin</translation>
    </message>
    <message>
        <source>Allow Contact Again</source>
        <translation>İletişime yeniden izin ver</translation>
    </message>
    <message>
        <source>%1 is marked &quot;%2&quot;. Allow contacting them again? Only do this when they asked for it.</source>
        <translation>%1 &quot;%2&quot; olarak işaretli. Yeniden iletişime izin verilsin mi? Bunu yalnızca kendisi istediyse yapın.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>question: answers</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the answers to two questions</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>campaign: result</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>campaign: result (answers)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDistrictModel</name>
    <message>
        <source>The postcode spans %1</source>
        <translation type="unfinished">Posta kodu şunları kapsıyor: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Bilinmiyor</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished">şunlardan biri: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">Kaynak: %1</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Yasama organı</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Meclis</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Durum</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDistrictsPanel</name>
    <message>
        <source>%1, %2</source>
        <comment>a legislature and its chamber</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">Bölgeler</translation>
    </message>
    <message>
        <source>Look &amp;Up from ZIP</source>
        <translation type="unfinished">ZIP&apos;ten &amp;bul</translation>
    </message>
    <message>
        <source>Find the districts from the contact&apos;s ZIP code, offline</source>
        <translation type="unfinished">Bölgeleri kişinin ZIP kodundan çevrimdışı bul</translation>
    </message>
    <message>
        <source>Set Dis&amp;trict…</source>
        <translation type="unfinished">Bölge &amp;belirle…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished">&amp;Onayla</translation>
    </message>
    <message>
        <source>The selected district is right</source>
        <translation type="unfinished">Seçili bölge doğru</translation>
    </message>
    <message>
        <source>Check &amp;Later</source>
        <translation type="unfinished">&amp;Sonra kontrol et</translation>
    </message>
    <message>
        <source>List the selected district among those to check</source>
        <translation type="unfinished">Seçili bölgeyi kontrol edilecekler arasına ekle</translation>
    </message>
    <message>
        <source>Save or revert the contact&apos;s edits first</source>
        <translation type="unfinished">Önce kişideki değişiklikleri kaydedin veya geri alın</translation>
    </message>
    <message>
        <source>%1 has no postal code yet: enter it above and save, then look up the districts.</source>
        <translation type="unfinished">%1 için henüz posta kodu yok: yukarıya girip kaydedin, sonra bölgeleri arayın.</translation>
    </message>
    <message>
        <source>Look Up Districts of %1</source>
        <translation type="unfinished">%1 için bölgeleri bul</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) found from postcode %1, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%1 posta kodundan %n bölge bulundu, tahmini olarak işaretlendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen among the candidates.</source>
        <translation type="unfinished">
            <numerusform>Adaylar arasından %n bölge seçildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) still to choose: the postcode spans several. Look up again to choose.</source>
        <translation type="unfinished">
            <numerusform>%n bölge hâlâ seçilmeli: posta kodu birden çok bölgeyi kapsıyor. Seçmek için yeniden arayın.</numerusform>
        </translation>
    </message>
    <message>
        <source>No district file knows postcode %1 for %2. A ZIP code of post office boxes only has no area; for a legislature without a file, import one with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate), then look up again.</source>
        <translation type="unfinished">Hiçbir bölge dosyası %2 için %1 posta kodunu bilmiyor. Yalnızca posta kutularına ait bir ZIP kodunun alanı yoktur; dosyası olmayan bir meclis için &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (veya senate) ile bir dosya içe aktarın, sonra yeniden arayın.</translation>
    </message>
    <message>
        <source>ZIP code %1 lies only in %2, not in the contact&apos;s state: check the address.</source>
        <translation type="unfinished">%1 ZIP kodu yalnızca %2 içinde, kişinin eyaletinde değil: adresi kontrol edin.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) entered by hand or confirmed were kept; choose Check Later on one to let a look-up replace it.</source>
        <translation type="unfinished">
            <numerusform>Elle girilen veya onaylanan %n bölge korundu; bir aramanın değiştirmesi için birinde «Sonra kontrol et»i seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The districts of postcode %1 were already set.</source>
        <translation type="unfinished">%1 posta kodunun bölgeleri zaten belirlenmişti.</translation>
    </message>
    <message>
        <source>No legislature here has a postcode file for the contact&apos;s country.</source>
        <translation type="unfinished">Burada hiçbir meclisin kişinin ülkesi için posta kodu dosyası yok.</translation>
    </message>
    <message>
        <source>Set District of %1</source>
        <translation type="unfinished">%1 için bölge belirle</translation>
    </message>
    <message>
        <source>Confirm District of %1</source>
        <translation type="unfinished">%1 bölgesini onayla</translation>
    </message>
    <message>
        <source>Check District of %1 Later</source>
        <translation type="unfinished">%1 bölgesini sonra kontrol et</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditor</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Soyadı</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Tercih edilen ad</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished">Kendisine nasıl hitap edilmesini istediği</translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished">ev</translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished">iş</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">diğer</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished">E-posta ekle</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">E-posta adresi</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished">cep</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished">Telefon ekle</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Telefon numarası</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Şube</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Sokak</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Şehir</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">Eyalet veya bölge</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Posta kodu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Ülke</translation>
    </message>
    <message>
        <source>Two letters, such as US</source>
        <translation type="unfinished">İki harf, örneğin US</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">ABD eyaleti</translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished">MI</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Kongre seçim bölgesi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Bilinmiyor</translation>
    </message>
    <message>
        <source>0 for an at-large seat</source>
        <translation type="unfinished">Eyalet geneli koltuk için 0</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Diller</translation>
    </message>
    <message>
        <source>Comma-separated, such as ar, en</source>
        <translation type="unfinished">Virgülle ayrılmış, örneğin ar, en</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Kuruluş</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Görev</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Etiketler</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished">Virgülle ayrılmış</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation type="unfinished">Gönüllü becerileri</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">İlgi alanları</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notlar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">Sorunlar</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">&amp;Soyadı:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished">&amp;Tercih edilen ad:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished">&amp;E-postalar:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation type="unfinished">Tele&amp;fonlar:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">Ş&amp;ube:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished">Bölge:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished">Sokak:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">Şehir:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Bölge:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished">Posta kodu:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">Ülke:</translation>
    </message>
    <message>
        <source>U.S. &amp;state:</source>
        <translation type="unfinished">ABD e&amp;yaleti:</translation>
    </message>
    <message>
        <source>Address and district</source>
        <translation type="unfinished">Adres ve bölge</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished">&amp;Diller:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished">&amp;Kuruluş:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Görev:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">E&amp;tiketler:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished">&amp;Beceriler:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation type="unfinished">&amp;İlgi alanları:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notlar:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">İzin</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished">Kaydedildi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Tarih</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Kaynak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-posta</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished">Kısa mesajlar</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished">Telefon aramaları</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished">Fotoğraflar</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Kaydedilmedi</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished">Verildi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Reddedildi</translation>
    </message>
    <message>
        <source>Consent to %1</source>
        <translation type="unfinished">%1 izni</translation>
    </message>
    <message>
        <source>Date of consent to %1</source>
        <translation type="unfinished">%1 izninin tarihi</translation>
    </message>
    <message>
        <source>Sign-up form, event, call…</source>
        <translation type="unfinished">Kayıt formu, etkinlik, arama…</translation>
    </message>
    <message>
        <source>Source of consent to %1</source>
        <translation type="unfinished">%1 izninin kaynağı</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Şube yok</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditorDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Yeni Kişi</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation type="unfinished">Kişi kaydedilmedi</translation>
    </message>
</context>
<context>
    <name>majlis::ContactExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Kişileri Dışa Aktar</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished">Hangi kişiler</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;Tüm %n kişi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) &amp;listed now</source>
        <translation type="unfinished">
            <numerusform>Şu an &amp;listelenen %n kişi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;Seçili %n kişi</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished">CSV tablosu</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation type="unfinished">vCard 4.0 (adres defterleri)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older address books)</source>
        <translation type="unfinished">vCard 3.0 (eski adres defterleri)</translation>
    </message>
    <message>
        <source>vCard 2.1 (old phones and Outlook)</source>
        <translation type="unfinished">vCard 2.1 (eski telefonlar ve Outlook)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Biçim:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Dışa Aktar…</translation>
    </message>
</context>
<context>
    <name>majlis::ContactField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">İçe aktarma</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Soyadı</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Tam ad</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Tercih edilen ad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-posta</translation>
    </message>
    <message>
        <source>Home email</source>
        <translation type="unfinished">Ev e-postası</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation type="unfinished">İş e-postası</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished">Cep telefonu</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished">Ev telefonu</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished">İş telefonu</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Sokak</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Şehir</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">Eyalet veya bölge</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Posta kodu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Ülke</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">ABD eyaleti</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Kongre seçim bölgesi</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Kuruluş</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished">Görev veya unvan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Etiketler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notlar</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Doğum günü</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Diller</translation>
    </message>
    <message>
        <source>Department (added to the role)</source>
        <translation type="unfinished">Bölüm (göreve eklenir)</translation>
    </message>
    <message>
        <source>Whole address (used when there is no street)</source>
        <translation type="unfinished">Tam adres (sokak yoksa kullanılır)</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished">Sokak, ikinci satır</translation>
    </message>
    <message>
        <source>Label of the next email</source>
        <translation type="unfinished">Sonraki e-postanın etiketi</translation>
    </message>
    <message>
        <source>Label of the next phone</source>
        <translation type="unfinished">Sonraki telefonun etiketi</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">Doğum yılı</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished">Doğum ayı</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation type="unfinished">Doğum günü (gün)</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished">İletişime geçmeyin</translation>
    </message>
</context>
<context>
    <name>majlis::ContactPickerDialog</name>
    <message>
        <source>Register Attendees</source>
        <translation type="unfinished">Katılımcıları Kaydet</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag</source>
        <translation type="unfinished">Ad, e-posta, telefon veya etikete göre ara</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Bul:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Görev:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished">&amp;Kaydet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished">Eşleşen kişi yok.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
</context>
<context>
    <name>majlis::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Şube</translation>
    </message>
    <message>
        <source>District</source>
        <comment>congressional district</comment>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Kuruluş</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Etiketler</translation>
    </message>
    <message>
        <source>%1 — do not contact (%2)</source>
        <translation>%1 — iletişime geçmeyin (%2)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactsPage</name>
    <message>
        <source>Search names, emails, phones, tags, notes… (Ctrl+F)</source>
        <translation type="unfinished">Ad, e-posta, telefon, etiket, not ara… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished">Kişilerde ara</translation>
    </message>
    <message>
        <source>Filter by chapter</source>
        <translation type="unfinished">Şubeye göre filtrele</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">Etikete göre filtrele</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Yeni Kişi</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished">Kişi ekle (Ctrl+N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message>
        <source>contacts.%1</source>
        <translation type="unfinished">kisiler.%1</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Kişileri Dışa Aktar</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Tüm şubeler</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">Tüm etiketler</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.</source>
        <translation type="unfinished">Arama ve filtrelerle eşleşen kişi yok.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one, or try File &gt; New Demo Workspace to explore Majlis with fictional data.</source>
        <translation type="unfinished">Henüz kişi yok.
İlkini eklemek için Ctrl+N tuşuna basın veya Majlis&apos;i kurgusal verilerle keşfetmek için Dosya &gt; Yeni Demo Çalışma Alanı&apos;nı deneyin.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished">%1 üzerindeki değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished">%1 silinsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation type="unfinished">
            <numerusform>%n kişi silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished">Kişileri Sil</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished">Bunu Düzen &gt; Geri Al (Ctrl+Z) ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Sil</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished">Etiket Ekle</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n contact(s), separated by commas:</source>
        <translation type="unfinished">
            <numerusform>%n kişiye eklenecek etiketler, virgülle ayrılmış:</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Export a Person&apos;s Data</source>
        <translation type="unfinished">Bir kişinin verilerini dışa aktar</translation>
    </message>
    <message>
        <source>Select one contact first.</source>
        <translation type="unfinished">Önce tek bir kişi seçin.</translation>
    </message>
    <message>
        <source>%1 - data.json</source>
        <translation type="unfinished">%1 - veriler.json</translation>
    </message>
    <message>
        <source>Export Everything About %1</source>
        <translation type="unfinished">%1 hakkındaki her şeyi dışa aktar</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. It is personal data: send it only to them.</source>
        <translation type="unfinished">%1 hakkında tutulan her şey %2 dosyasına yazıldı. Bunlar kişisel verilerdir: yalnızca o kişiye gönderin.</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation type="unfinished">Bir kişiyi sil</translation>
    </message>
    <message>
        <source>Erase everything held about %1?</source>
        <translation type="unfinished">%1 hakkında tutulan her şey silinsin mi?</translation>
    </message>
    <message>
        <source>Their contact, emails, phones, tags, consents, history, registrations and advocacy-day roles are removed from this workspace, and from every laptop and the server at their next sync. This cannot be undone. If they asked for a copy, export it first.</source>
        <translation type="unfinished">Kişi kaydı, e-postaları, telefonları, etiketleri, onayları, geçmişi, kayıtları ve savunuculuk günü rolleri bu çalışma alanından ve bir sonraki eşitlemede her dizüstü bilgisayardan ve sunucudan kaldırılır. Bu geri alınamaz. Bir kopya istediyse önce dışa aktarın.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished">Bunun geri alınamayacağını anlıyorum</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">Sil</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 and %n row(s) about them.</source>
        <translation type="unfinished">
            <numerusform>%1 ve onunla ilgili %n satır silindi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n contact(s) listed</source>
        <translation type="unfinished">
            <numerusform>listelenen %n kişi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>seçili %n kişi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::DayDashboard</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Talebe göre sonuçlar</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Kaydedilmedi</translation>
    </message>
    <message>
        <source>Held meetings that recorded nothing for this ask</source>
        <translation type="unfinished">Bu talep için hiçbir şey kaydetmeyen yapılmış görüşmeler</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished">Açık takip yok.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished">Açık takipler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Tamamlandı</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Açıklama</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Son tarih</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Ofis</translation>
    </message>
    <message>
        <source>Tick a follow-up off once it is done</source>
        <translation type="unfinished">Tamamlanan takibi işaretleyin</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">Savunuculuk günü seçilmedi.</translation>
    </message>
    <message>
        <source>Meetings held: %1 of %2 scheduled</source>
        <translation type="unfinished">Yapılan görüşmeler: planlanan %2 görüşmeden %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished">İptal edilen: %1</translation>
    </message>
    <message>
        <source>Reports received: %1 of %2 held</source>
        <translation type="unfinished">Alınan raporlar: yapılan %2 görüşmeden %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Gecikmiş</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation type="unfinished">Takip güncellenmedi</translation>
    </message>
</context>
<context>
    <name>majlis::DayDetailsPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"> dk</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Tarih:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">Ş&amp;ehir:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished">Te&amp;ma:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">–</translation>
    </message>
    <message>
        <source>&amp;Meetings from:</source>
        <translation type="unfinished">Görüşme &amp;saatleri:</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation type="unfinished">&amp;Dilim uzunluğu:</translation>
    </message>
    <message>
        <source>Largest &amp;team:</source>
        <translation type="unfinished">En büyük e&amp;kip:</translation>
    </message>
    <message>
        <source>Walking time between meetings</source>
        <translation type="unfinished">Görüşmeler arası yürüme süresi</translation>
    </message>
    <message>
        <source>In the same building:</source>
        <translation type="unfinished">Aynı binada:</translation>
    </message>
    <message>
        <source>Same side (Senate or House buildings):</source>
        <translation type="unfinished">Aynı taraf (Senato veya Temsilciler Meclisi binaları):</translation>
    </message>
    <message>
        <source>Across the Capitol:</source>
        <translation type="unfinished">Capitol&apos;ün karşı tarafı:</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Talepler</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished">Yasa tasarısı</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Başlık</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished">Konuşma noktaları</translation>
    </message>
    <message>
        <source>Add Ask</source>
        <translation type="unfinished">Talep Ekle</translation>
    </message>
    <message>
        <source>Remove Ask</source>
        <translation type="unfinished">Talebi Kaldır</translation>
    </message>
    <message>
        <source>Leave-behind files</source>
        <translation type="unfinished">Bırakılacak belgeler</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished">Dosya Ekle…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished">Dosyayı Kaldır</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Ortak düzenleyen ortaklar</translation>
    </message>
    <message>
        <source>Notes for the organizers</source>
        <translation type="unfinished">Düzenleyiciler için notlar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Geri Döndür</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Henüz ortak yok: onları Ortaklar bölümünde ekleyin.</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">Ortak düzenleyenler kaydedilemiyor</translation>
    </message>
    <message>
        <source>Cannot save the day</source>
        <translation type="unfinished">Gün kaydedilemiyor</translation>
    </message>
    <message>
        <source>Add Leave-behind Files</source>
        <translation type="unfinished">Bırakılacak Belgeleri Ekle</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation type="unfinished">Belgeler (*.pdf *.docx *.odt *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The times of the day&apos;s meetings are in this time zone: the capitol&apos;s.</source>
        <translation type="unfinished">Günün görüşme saatleri bu saat dilimindedir: meclisin saat dilimi.</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Yasama organı:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">Saat &amp;dilimi:</translation>
    </message>
    <message>
        <source>Unknown legislature</source>
        <translation type="unfinished">Bilinmeyen yasama organı</translation>
    </message>
    <message>
        <source>This day already has meetings with the members of this legislature, so it stays at it. Plan a day at another legislature as a new day.</source>
        <translation type="unfinished">Bu günün bu yasama organının üyeleriyle görüşmeleri var, bu yüzden burada kalır. Başka bir yasama organındaki günü yeni bir gün olarak planlayın.</translation>
    </message>
    <message>
        <source>The legislature whose members the day&apos;s teams meet.</source>
        <translation type="unfinished">Günün ekiplerinin üyeleriyle görüştüğü yasama organı.</translation>
    </message>
    <message>
        <source>Same walking group (Legislators, Campus…):</source>
        <translation type="unfinished">Aynı yürüme grubu (Yasa Koyucular, Yerleşke…):</translation>
    </message>
    <message>
        <source>Between walking groups:</source>
        <translation type="unfinished">Yürüme grupları arasında:</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation type="unfinished">Toplantılar şu saate kadar</translation>
    </message>
</context>
<context>
    <name>majlis::DayProgressModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Gün</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Denemeler</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Sözler</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictChoiceDialog</name>
    <message>
        <source>Choose the District</source>
        <translation type="unfinished">Bölgeyi seçin</translation>
    </message>
    <message>
        <source>%1&apos;s postcode %2 spans several districts of %3. Which one does the address lie in?</source>
        <translation type="unfinished">%1 kişisinin %2 posta kodu %3 içinde birden çok bölgeyi kapsıyor. Adres hangisinde?</translation>
    </message>
    <message>
        <source>Candidate districts</source>
        <translation type="unfinished">Aday bölgeler</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Seç</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictFillDialog</name>
    <message>
        <source>Fill Districts from ZIP Codes</source>
        <translation type="unfinished">ZIP kodlarından bölgeleri doldur</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished">&amp;Doldur</translation>
    </message>
    <message>
        <source>Districts to choose</source>
        <translation type="unfinished">Seçilecek bölgeler</translation>
    </message>
    <message>
        <source>&amp;Choose District…</source>
        <translation type="unfinished">Bölge &amp;seç…</translation>
    </message>
    <message>
        <source>Pick the district of the selected row among its candidates (F2)</source>
        <translation type="unfinished">Seçili satırın bölgesini adaylar arasından seçin (F2)</translation>
    </message>
    <message>
        <source>Looking up the districts of %1 from their postal codes:</source>
        <translation type="unfinished">%1 için bölgeler posta kodlarından aranıyor:</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) would be filled, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n bölge doldurulacak, tahmini olarak işaretlenecek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts: you choose among the candidates after the fill.</source>
        <translation type="unfinished">
            <numerusform>%n posta kodu birden çok bölgeyi kapsıyor: doldurmadan sonra adaylar arasından seçersiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows.</source>
        <translation type="unfinished">
            <numerusform>%n posta kodunu hiçbir bölge dosyası bilmiyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s: check the address.</source>
        <translation type="unfinished">
            <numerusform>%n ZIP kodu yalnızca kişininkinden başka bir eyalette: adresi kontrol edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are: %1 entered by hand or confirmed, %2 already filled, %3 without a postcode.</source>
        <translation type="unfinished">Olduğu gibi bırakılanlar: %1 elle girilmiş veya onaylanmış, %2 zaten dolu, %3 posta kodu yok.</translation>
    </message>
    <message>
        <source>There is nothing to fill.</source>
        <translation type="unfinished">Doldurulacak bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postal codes, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>Posta kodlarından %n bölge dolduruldu, tahmini olarak işaretlendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose: pick one in each row below (F2 or Choose District…).</source>
        <translation type="unfinished">
            <numerusform>Seçilecek %n bölge: aşağıdaki her satırda birini seçin (F2 veya «Bölge seç…»).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district is left to choose.</source>
        <translation type="unfinished">Seçilecek bölge kalmadı.</translation>
    </message>
    <message>
        <source>No district file knows the postcodes of: %1. Import a postcode file with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate).</source>
        <translation type="unfinished">Hiçbir bölge dosyası şu kişilerin posta kodlarını bilmiyor: %1. &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (veya senate) ile bir posta kodu dosyası içe aktarın.</translation>
    </message>
    <message>
        <source>Check the address of: %1 (the ZIP code lies in another state).</source>
        <translation type="unfinished">Şu kişilerin adresini kontrol edin: %1 (ZIP kodu başka bir eyalette).</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictSetDialog</name>
    <message>
        <source>Set District</source>
        <translation type="unfinished">Bölge belirle</translation>
    </message>
    <message>
        <source>Legislature and chamber</source>
        <translation type="unfinished">Meclis ve kamara</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a legislature and one of its chambers</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>MI-12 for the U.S. House; the district&apos;s name or number elsewhere</source>
        <translation type="unfinished">ABD Temsilciler Meclisi için MI-12; diğerlerinde bölgenin adı veya numarası</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Yasama organı:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;Bölge:</translation>
    </message>
    <message>
        <source>A district set here is marked as entered by hand; no look-up changes it.</source>
        <translation type="unfinished">Burada belirlenen bölge elle girilmiş olarak işaretlenir; hiçbir arama onu değiştirmez.</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictTurnoutModel</name>
    <message>
        <source>District</source>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Söz verdi</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">Oy verdi</translation>
    </message>
    <message>
        <source>Still to vote</source>
        <translation type="unfinished">Henüz oy vermeyen</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished">Katılım</translation>
    </message>
    <message>
        <source>Of those who pledged, the share who have voted</source>
        <translation type="unfinished">Söz verenlerden oy verenlerin payı</translation>
    </message>
</context>
<context>
    <name>majlis::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished">Yinelenenleri Bul</translation>
    </message>
    <message>
        <source>Looking for contacts entered more than once…</source>
        <translation type="unfinished">Birden fazla girilmiş kişiler aranıyor…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Olası yinelenenler</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">Puan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Neden</translation>
    </message>
    <message>
        <source>Contacts in this group; the first two selected are merged:</source>
        <translation type="unfinished">Bu gruptaki kişiler; seçilen ilk ikisi birleştirilir:</translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation type="unfinished">Seçili gruptaki kişiler</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Birleştir…</translation>
    </message>
    <message>
        <source>Choose, field by field, what the merged contact keeps</source>
        <translation type="unfinished">Birleştirilen kişinin neleri tutacağını alan alan seçin</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation type="unfinished">Yeniden Ara</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Geri Al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Yinele</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">İptal</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Search Again to look for duplicates.</source>
        <translation type="unfinished">Arama iptal edildi. Yinelenenleri aramak için Yeniden Ara&apos;ya basın.</translation>
    </message>
    <message>
        <source>No contacts look like duplicates of each other.</source>
        <translation type="unfinished">Birbirinin yineleneni gibi görünen kişi yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts may be the same person, most likely first. Select one, check its contacts, then Merge.</source>
        <translation type="unfinished">
            <numerusform>%n kişi grubu aynı kişi olabilir, en olası olan önce. Birini seçin, kişilerini denetleyin, ardından Birleştir&apos;e basın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">Bu kişilerden biri artık yok; bu arada birleştirilmiş veya silinmiş olabilir.</translation>
    </message>
</context>
<context>
    <name>majlis::Event</name>
    <message>
        <source>Voter-registration drive</source>
        <translation type="unfinished">Seçmen kaydı kampanyası</translation>
    </message>
    <message>
        <source>Interfaith gathering</source>
        <translation type="unfinished">Dinlerarası buluşma</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished">Halk toplantısı</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">Eğitim</translation>
    </message>
    <message>
        <source>Cultural evening</source>
        <translation type="unfinished">Kültür gecesi</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation type="unfinished">Topluluk etkinliği</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Diğer</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Sorulmadı</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation type="unfinished">Burada kaydoldu</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished">Zaten kayıtlı</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation type="unfinished">Takip gerekiyor</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished">Uygun değil</translation>
    </message>
</context>
<context>
    <name>majlis::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished">Etkinlikler</translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation type="unfinished">&amp;Yeni Etkinlik</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished">Etkinliği Sil</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished">&amp;Takvimi Dışa Aktar…</translation>
    </message>
    <message>
        <source>Every event as an iCalendar (.ics) file for phones and calendar programs.</source>
        <translation type="unfinished">Telefonlar ve takvim programları için her etkinlik bir iCalendar (.ics) dosyası olarak.</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation type="unfinished">events.ics</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished">Takvimi Dışa Aktar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished">Sınır yok</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Ortak düzenleyen ortaklar</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">Ortak düzenleyenler kaydedilemiyor</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tür:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">Ş&amp;ube:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished">Baş&amp;langıç:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished">B&amp;itiş:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Yer:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished">&amp;Kapasite:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notlar:</translation>
    </message>
    <message>
        <source>Co-sponsors:</source>
        <translation type="unfinished">Ortak düzenleyenler:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Geri Döndür</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Kayıtlı</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Giriş yaptı</translation>
    </message>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">Kişileri &amp;Kaydet…</translation>
    </message>
    <message>
        <source>E&amp;xport Attendance…</source>
        <translation type="unfinished">Katılımı &amp;Dışa Aktar…</translation>
    </message>
    <message>
        <source>%1 attendance.csv</source>
        <translation type="unfinished">%1 katilim.csv</translation>
    </message>
    <message>
        <source>Export Attendance</source>
        <translation type="unfinished">Katılımı Dışa Aktar</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">Uygun</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">Kayıt</translation>
    </message>
    <message>
        <source>Pledged to vote</source>
        <translation type="unfinished">Oy verme sözü verdi</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished">Takip yapıldı</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notlar</translation>
    </message>
    <message>
        <source>Everyone registered or checked in; changes are saved as you make them.</source>
        <translation type="unfinished">Kaydolan veya giriş yapan herkes; değişiklikler yaptıkça kaydedilir.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups still open:</source>
        <translation type="unfinished">&amp;Hâlâ açık takipler:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Ayrıntılar</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Katılım</translation>
    </message>
    <message>
        <source>&amp;Voter Registration</source>
        <translation type="unfinished">&amp;Seçmen Kaydı</translation>
    </message>
    <message>
        <source>Open &amp;Check-in (F9)</source>
        <translation type="unfinished">&amp;Giriş Ekranını Aç (F9)</translation>
    </message>
    <message>
        <source>A full-screen window for the door: find people as you type, Enter checks them in.</source>
        <translation type="unfinished">Kapı için tam ekran bir pencere: yazarken kişileri bulun, Enter ile giriş yapın.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished">Henüz etkinlik yok</translation>
    </message>
    <message>
        <source>Create an event with New Event, register people for it, then open check-in at the door. Check-in works without a network and saves every arrival at once.</source>
        <translation type="unfinished">Yeni Etkinlik ile bir etkinlik oluşturun, kişileri kaydedin, ardından kapıda giriş ekranını açın. Giriş ağ olmadan çalışır ve her gelişi anında kaydeder.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Şube yok</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Henüz ortak yok: onları Ortaklar bölümünde ekleyin.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Kayıtsız gelen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Hayır</translation>
    </message>
    <message>
        <source>%1 registered or came; %2 checked in, %3 of them new at the door.</source>
        <translation type="unfinished">%1 kişi kaydoldu veya geldi; %2 giriş yaptı, bunların %3 tanesi kapıda yeni eklendi.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Sorulmadı</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation type="unfinished">Uygun: %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation type="unfinished">Kayıt: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">Yok.</translation>
    </message>
    <message>
        <source>Cannot save the voter record</source>
        <translation type="unfinished">Seçmen kaydı kaydedilemiyor</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished">Etkinlik kaydedilemiyor</translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished">Yeni etkinlik</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished">Etkinlik oluşturulamıyor</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its registrations and attendance? The contacts stay.</source>
        <translation type="unfinished">&quot;%1&quot; kayıtları ve katılımıyla birlikte silinsin mi? Kişiler kalır.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished">Etkinlik silinemiyor</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation type="unfinished">Kaydedilemiyor</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished">Takvim dışa aktarılamıyor</translation>
    </message>
    <message>
        <source>Cannot export the attendance</source>
        <translation type="unfinished">Katılım dışa aktarılamıyor</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished">Kayıtlar</translation>
    </message>
    <message>
        <source>Voter registration</source>
        <translation type="unfinished">Seçmen kaydı</translation>
    </message>
    <message>
        <source>Voter registration follow-ups</source>
        <translation type="unfinished">Seçmen kaydı takipleri</translation>
    </message>
    <message>
        <source>The time zone of the event&apos;s place, such as Europe/London: calendar exports name it, so the event shows at the right time wherever it is opened. Type part of a city to find it.</source>
        <translation type="unfinished">Etkinlik yerinin saat dilimi, örneğin Europe/London: takvim dışa aktarımları bunu belirtir, böylece etkinlik nerede açılırsa açılsın doğru saatte görünür. Bulmak için bir şehir adının bir kısmını yazın.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">Saat &amp;dilimi:</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReportModel</name>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Yasama organı</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation type="unfinished">Listelenen üyeler</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Yeni</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Güncellenen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished">Değişmeyen</translation>
    </message>
    <message>
        <source>No longer in office</source>
        <translation type="unfinished">Artık görevde değil</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReviewDialog</name>
    <message>
        <source>Review the Import</source>
        <translation type="unfinished">İçe Aktarmayı Gözden Geçir</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been written yet. %Ln legislature(s) listed: %1 new members, %2 updated, %3 unchanged, %4 no longer in office. Meetings already planned are kept.</source>
        <translation type="unfinished">
            <numerusform>Henüz hiçbir şey yazılmadı. %Ln meclis listelendi: %1 yeni üye, %2 güncellenen, %3 değişmeyen, %4 artık görevde değil. Planlanmış görüşmeler korunur.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import does to each legislature</source>
        <translation type="unfinished">İçe aktarmanın her meclise yaptığı</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;İçe Aktar</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, or read with a doubt (%n):</source>
        <translation type="unfinished">
            <numerusform>İçe aktarılmadı ya da şüpheyle okundu (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows and files not imported</source>
        <translation type="unfinished">İçe aktarılmayan satırlar ve dosyalar</translation>
    </message>
</context>
<context>
    <name>majlis::ImportWizard</name>
    <message>
        <source>Merge into the existing contact</source>
        <translation type="unfinished">Mevcut kişiyle birleştir</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished">Bu satırı atla</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation type="unfinished">Yine de yeni kişi oluştur</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished">Kişileri İçe Aktar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;İçe Aktar</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished">Dosyayı seçin</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text: from Excel, Google Contacts, Outlook or an organizing tool.</source>
        <translation type="unfinished">CSV veya metin olarak kaydedilmiş bir tablo: Excel, Google Kişiler, Outlook veya bir örgütleme aracından.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">İçe aktarılacak dosya</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Gözat…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Tablolar (*.csv *.txt *.tsv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Her sütunun içeriği</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check them against the first rows.</source>
        <translation type="unfinished">Tanıdık adlı sütunlar zaten eşlendi; bunları ilk satırlarla karşılaştırarak denetleyin.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Sütun</translation>
    </message>
    <message>
        <source>Put everyone in &amp;chapter:</source>
        <translation type="unfinished">Herkesi şu &amp;şubeye koy:</translation>
    </message>
    <message>
        <source>When a row matches a &amp;contact:</source>
        <translation type="unfinished">Bir satır bir &amp;kişiyle eşleştiğinde:</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation type="unfinished">İçe aktarmadan önce gözden geçirin</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything at once, or nothing if it is cancelled.</source>
        <translation type="unfinished">Henüz hiçbir şey yazılmadı. İçe aktarma her şeyi tek seferde yazar, iptal edilirse hiçbir şey yazmaz.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Satır</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished">Dosyada</translation>
    </message>
    <message>
        <source>Already a contact</source>
        <translation type="unfinished">Zaten kişi</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished">Yapılacak</translation>
    </message>
    <message>
        <source>Merge All</source>
        <translation type="unfinished">Tümünü Birleştir</translation>
    </message>
    <message>
        <source>Skip All</source>
        <translation type="unfinished">Tümünü Atla</translation>
    </message>
    <message>
        <source>Create All</source>
        <translation type="unfinished">Tümünü Oluştur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Sorun</translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation type="unfinished">Sorunları &amp;Kaydet…</translation>
    </message>
    <message>
        <source>Rows that look like someone already here:</source>
        <translation type="unfinished">Zaten burada olan birine benzeyen satırlar:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported as they are:</source>
        <translation type="unfinished">Olduğu gibi içe aktarılamayan satırlar:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished">sekme</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished">noktalı virgül</translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished">dikey çizgi</translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished">virgül</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns; text in %3, fields separated by %4.</source>
        <translation type="unfinished">%2 sütunda %1 satır; metin %3 kodlamasında, alanlar %4 ile ayrılmış.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Şube yok</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">%1 içe aktarımı</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished">Satırlar denetleniyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">İptal</translation>
    </message>
    <message>
        <source>Checking the rows… %1 of %2</source>
        <translation type="unfinished">Satırlar denetleniyor… %1 / %2</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">İçe aktarılamıyor</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 problems.</source>
        <translation type="unfinished">%1 satır okundu: %2 yeni kişi, %3 mevcut kişilerle birleştirildi, %4 atlandı; %5 sorun.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished">Sorunları Kaydet</translation>
    </message>
    <message>
        <source>import problems.csv</source>
        <translation type="unfinished">ice aktarma sorunlari.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished">Kaydedilemiyor</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished">Kişiler içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Importing contacts… %1 of %2</source>
        <translation type="unfinished">Kişiler içe aktarılıyor… %1 / %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">İçe aktarma yapılmadı</translation>
    </message>
    <message>
        <source>The first rows, as read in this encoding</source>
        <translation type="unfinished">Bu kodlamayla okunan ilk satırlar</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished">Metin &amp;kodlaması:</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; if names look wrong, choose another encoding:</source>
        <translation type="unfinished">İçe aktarılacakları haliyle ilk satırlar; adlar yanlış görünüyorsa başka bir kodlama seçin:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished">%1 (algılandı)</translation>
    </message>
</context>
<context>
    <name>majlis::InteractionDialog</name>
    <message>
        <source>Add Interaction</source>
        <translation type="unfinished">Etkileşim Ekle</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation type="unfinished">Birkaç kelimeyle ne oldu</translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished">&amp;Kişi Ekle…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;Kaldır</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Tarih:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished">Ö&amp;zet:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notlar:</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation type="unfinished">Katılanlar:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Ekle</translation>
    </message>
    <message>
        <source>Who Took Part</source>
        <translation type="unfinished">Katılanlar</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation type="unfinished">Katılan kişiler</translation>
    </message>
</context>
<context>
    <name>majlis::ItineraryPanel</name>
    <message>
        <source>Itinerary of</source>
        <translation type="unfinished">Güzergâh:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Yazdır…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">&amp;PDF Kaydet…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation type="unfinished">&amp;Takvimi Kaydet…</translation>
    </message>
    <message>
        <source>Save Schedule as CS&amp;V…</source>
        <translation type="unfinished">Programı CS&amp;V Olarak Kaydet…</translation>
    </message>
    <message>
        <source>Every attendee (one page each)</source>
        <translation type="unfinished">Her katılımcı (her biri bir sayfa)</translation>
    </message>
    <message>
        <source>Every team (one page each)</source>
        <translation type="unfinished">Her ekip (her biri bir sayfa)</translation>
    </message>
    <message>
        <source>No meetings yet. Build the schedule on the Schedule tab, then print or save itineraries here.</source>
        <translation type="unfinished">Henüz görüşme yok. Program sekmesinde programı oluşturun, ardından güzergâhları burada yazdırın veya kaydedin.</translation>
    </message>
    <message>
        <source>Print Itineraries</source>
        <translation type="unfinished">Güzergâhları Yazdır</translation>
    </message>
    <message>
        <source>Save Itineraries as PDF</source>
        <translation type="unfinished">Güzergâhları PDF Olarak Kaydet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">PDF kaydedilemiyor</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation type="unfinished">Takvimi Kaydet</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Save Schedule as CSV</source>
        <translation type="unfinished">Programı CSV Olarak Kaydet</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished">Dosya kaydedilemiyor</translation>
    </message>
    <message>
        <source>Itinerary preview</source>
        <translation type="unfinished">Güzergâh önizlemesi</translation>
    </message>
</context>
<context>
    <name>majlis::LabeledListEdit</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">Etiket</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Kaldır</translation>
    </message>
</context>
<context>
    <name>majlis::LegislativeBody</name>
    <message>
        <source>Upper chamber</source>
        <translation type="unfinished">Üst meclis</translation>
    </message>
    <message>
        <source>Lower chamber</source>
        <translation type="unfinished">Alt meclis</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Meclis</translation>
    </message>
</context>
<context>
    <name>majlis::Legislator</name>
    <message>
        <source>Sen. %1 (%2)</source>
        <translation type="unfinished">Senatör %1 (%2)</translation>
    </message>
    <message>
        <source>Rep. %1 (%2)</source>
        <translation type="unfinished">Temsilci %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorDownload</name>
    <message>
        <source>The download address is not a web address. Set it in Preferences.</source>
        <translation type="unfinished">İndirme adresi bir web adresi değil. Tercihler&apos;de ayarlayın.</translation>
    </message>
    <message>
        <source>The download address must start with https://, so nobody on the network can change the list on its way. Set it in Preferences.</source>
        <translation type="unfinished">İndirme adresi https:// ile başlamalıdır; böylece ağdaki hiç kimse listeyi yolda değiştiremez. Tercihler&apos;de ayarlayın.</translation>
    </message>
    <message>
        <source>The download is larger than any list of legislators; check the address in Preferences.</source>
        <translation type="unfinished">İndirilen dosya herhangi bir yasa koyucu listesinden büyük; Tercihler&apos;deki adresi denetleyin.</translation>
    </message>
    <message>
        <source>Could not download the legislators: %1</source>
        <translation type="unfinished">Yasa koyucular indirilemedi: %1</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished">bilinmiyor</translation>
    </message>
    <message>
        <source>No longer in office: the last import did not list this member. Meetings already planned with them are kept.</source>
        <translation type="unfinished">Artık görevde değil: son içe aktarma bu üyeyi listelemedi. Onunla planlanmış görüşmeler korunur.</translation>
    </message>
    <message>
        <source>Double-click to set the building and room.</source>
        <translation type="unfinished">Bina ve odayı ayarlamak için çift tıklayın.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Koltuk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Parti</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Meclis</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Bina</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Oda</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-posta</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorsDialog</name>
    <message>
        <source>&amp;Update from the Internet</source>
        <translation type="unfinished">İnternetten &amp;Güncelle</translation>
    </message>
    <message>
        <source>Set &amp;Office…</source>
        <translation type="unfinished">&amp;Ofisi Ayarla…</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known office building</source>
        <translation type="unfinished">
            <numerusform>; %n üyenin ofis binası bilinmiyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import legislators</source>
        <translation type="unfinished">Yasa koyucular içe aktarılamıyor</translation>
    </message>
    <message>
        <source>Downloading the current members of Congress…</source>
        <translation type="unfinished">Güncel Kongre üyeleri indiriliyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">İptal</translation>
    </message>
    <message>
        <source>Cannot update legislators</source>
        <translation type="unfinished">Yasa koyucular güncellenemiyor</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation type="unfinished">Yasa Koyucuları İçe Aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished">CSV dosyaları (*.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Set Office</source>
        <translation type="unfinished">Ofisi Ayarla</translation>
    </message>
    <message>
        <source>Office of %1, as room and building (&quot;2107 Rayburn&quot;):</source>
        <translation type="unfinished">%1 ofisi, oda ve bina olarak (&quot;2107 Rayburn&quot;):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Capitol building. Write the room and the building, such as &quot;2107 Rayburn&quot; or &quot;511 Hart&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; hiçbir Capitol binasını belirtmiyor. Oda ve binayı yazın, örneğin &quot;2107 Rayburn&quot; veya &quot;511 Hart&quot;.</translation>
    </message>
    <message>
        <source>Legislators</source>
        <translation type="unfinished">Yasa Koyucular</translation>
    </message>
    <message>
        <source>Filter by name, seat or building</source>
        <translation type="unfinished">Ada, koltuk veya binaya göre süz</translation>
    </message>
    <message>
        <source>Download the current members of Congress from the address in Preferences and import them.</source>
        <translation type="unfinished">Güncel Kongre üyelerini Tercihler’deki adresten indirip içe aktarın.</translation>
    </message>
    <message>
        <source>Legislatures and their chambers</source>
        <translation type="unfinished">Yasama organları ve meclisleri</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Üyeler</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished">&amp;Eski üyeleri göster</translation>
    </message>
    <message>
        <source>Also list members a newer import no longer lists; meetings planned with them are kept.</source>
        <translation type="unfinished">Daha yeni bir içe aktarmanın artık listelemediği üyeleri de göster; onlarla planlanan görüşmeler korunur.</translation>
    </message>
    <message>
        <source>Set the building and room of the chosen member&apos;s office; double-clicking a member does the same.</source>
        <translation type="unfinished">Seçili üyenin ofisinin binasını ve odasını ayarlayın; bir üyeye çift tıklamak da aynısını yapar.</translation>
    </message>
    <message>
        <source>&amp;Campus…</source>
        <translation type="unfinished">&amp;Yerleşke…</translation>
    </message>
    <message>
        <source>List the buildings of this legislature&apos;s capitol and which are a short walk apart.</source>
        <translation type="unfinished">Bu yasama organının meclis binalarını ve hangilerinin yürüyerek yakın olduğunu listeleyin.</translation>
    </message>
    <message>
        <source>No members of %1 in this workspace yet; they arrive with an import of the legislature&apos;s members.</source>
        <translation type="unfinished">Bu çalışma alanında henüz %1 üyesi yok; yasama organının üyeleri içe aktarıldığında gelirler.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%n üye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer in office</source>
        <translation type="unfinished">
            <numerusform>; %n artık görevde değil</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no building of the capitol&apos;s campus (%2). Write the room and the building, or add the building with Campus….</source>
        <translation type="unfinished">&quot;%1&quot; meclis yerleşkesinden bir bina adı içermiyor (%2). Odayı ve binayı yazın ya da binayı &quot;Yerleşke…&quot; ile ekleyin.</translation>
    </message>
    <message>
        <source>the capitol alone</source>
        <translation type="unfinished">yalnızca meclis binası</translation>
    </message>
    <message>
        <source>No members of Congress yet. Use Update from the Internet, or Import and the members built in or legislators-current.csv from the congress-legislators project.</source>
        <translation type="unfinished">Henüz Kongre üyesi yok. İnternetten Güncelle&apos;yi ya da İçe Aktar ile gömülü üyeleri veya congress-legislators projesinin legislators-current.csv dosyasını kullanın.</translation>
    </message>
    <message>
        <source>Reading the Open States data…</source>
        <translation type="unfinished">Open States verileri okunuyor…</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation type="unfinished">%1

Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The file lists no legislature&apos;s members.</source>
        <translation type="unfinished">Dosya hiçbir meclisin üyelerini listelemiyor.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;İçe Aktar</translation>
    </message>
    <message>
        <source>Import or update the members of a legislature. What an import changes is shown before anything is written.</source>
        <translation type="unfinished">Bir meclisin üyelerini içe aktarın veya güncelleyin. İçe aktarmanın değiştirdikleri, bir şey yazılmadan önce gösterilir.</translation>
    </message>
    <message>
        <source>&amp;Congress (Built In)</source>
        <translation type="unfinished">&amp;Kongre (gömülü)</translation>
    </message>
    <message>
        <source>The members of Congress this version of Majlis was made with, for use with no network.</source>
        <translation type="unfinished">Majlis&apos;in bu sürümünün birlikte derlendiği Kongre üyeleri, ağ olmadan kullanım için.</translation>
    </message>
    <message>
        <source>Congress from congress-legislators &amp;CSV…</source>
        <translation type="unfinished">congress-legislators &amp;CSV dosyasından Kongre…</translation>
    </message>
    <message>
        <source>legislators-current.csv of the congress-legislators project.</source>
        <translation type="unfinished">congress-legislators projesinin legislators-current.csv dosyası.</translation>
    </message>
    <message>
        <source>State Legislatures from &amp;Open States Download…</source>
        <translation type="unfinished">&amp;Open States indirmesinden eyalet meclisleri…</translation>
    </message>
    <message>
        <source>The Open States people data downloaded as a .tar.gz or .zip file: every state legislature.</source>
        <translation type="unfinished">Open States kişi verileri .tar.gz veya .zip dosyası olarak indirilmiş: tüm eyalet meclisleri.</translation>
    </message>
    <message>
        <source>State Legislatures from Open States &amp;Folder…</source>
        <translation type="unfinished">Open States &amp;klasöründen eyalet meclisleri…</translation>
    </message>
    <message>
        <source>A folder of the Open States people data: the project, its data folder or one state&apos;s.</source>
        <translation type="unfinished">Open States kişi verilerinin bir klasörü: proje, data klasörü ya da bir eyaletinki.</translation>
    </message>
    <message>
        <source>&amp;Member List of a Parliament (CSV)…</source>
        <translation type="unfinished">Bir parlamentonun &amp;üye listesi (CSV)…</translation>
    </message>
    <message>
        <source>Any legislature&apos;s members from a spreadsheet, one member a row, with what each column holds.</source>
        <translation type="unfinished">Herhangi bir meclisin üyeleri bir elektronik tablodan, her satırda bir üye, her sütunun içeriğiyle.</translation>
    </message>
    <message>
        <source>Import from Open States</source>
        <translation type="unfinished">Open States&apos;ten içe aktar</translation>
    </message>
    <message>
        <source>Open States downloads (*.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished">Open States indirmeleri (*.tar.gz *.tgz *.zip);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatureTreeModel</name>
    <message>
        <source>All chambers. The capitol is in %1 (time zone %2).</source>
        <translation type="unfinished">Tüm meclisler. Meclis binası %1 konumunda (saat dilimi %2).</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Yasama organı</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Üyeler</translation>
    </message>
</context>
<context>
    <name>majlis::LetterAnswerDialog</name>
    <message>
        <source>Answer of %1</source>
        <translation type="unfinished">%1 yanıtı</translation>
    </message>
    <message>
        <source>Name and title as it appears on the letter</source>
        <translation type="unfinished">Mektupta göründüğü şekliyle ad ve unvan</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished">&amp;Yanıt:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished">&amp;Tarih:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished">İ&amp;mzalayan:</translation>
    </message>
</context>
<context>
    <name>majlis::LetterDialog</name>
    <message>
        <source>New Sign-on Letter</source>
        <translation type="unfinished">Yeni İmza Mektubu</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Son tarih yok</translation>
    </message>
    <message>
        <source>The text of the letter, or the part partners need to read</source>
        <translation type="unfinished">Mektubun metni veya ortakların okuması gereken kısım</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished">&amp;Bağlantı:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;Son tarih:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">&amp;Metin:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Oluştur</translation>
    </message>
</context>
<context>
    <name>majlis::MainWindow</name>
    <message>
        <source>Majlis workspaces (*.majlis);;All files (*)</source>
        <translation type="unfinished">Majlis çalışma alanları (*.majlis);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished">Çalışma alanları</translation>
    </message>
    <message>
        <source>Advocacy Days</source>
        <translation type="unfinished">Savunuculuk Günleri</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Ortaklar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">Etkinlikler</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Raporlar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">&amp;Yeni Çalışma Alanı…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished">Çalışma Alanı &amp;Aç…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">&amp;Son Kullanılanlar</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished">Yeni &amp;Demo Çalışma Alanı…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts from CSV…</source>
        <translation type="unfinished">CSV&apos;den Kişileri &amp;İçe Aktar…</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;vCard…</source>
        <translation type="unfinished">&amp;vCard&apos;dan Kişileri İçe Aktar…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished">Kişileri Dı&amp;şa Aktar…</translation>
    </message>
    <message>
        <source>Export Workspace &amp;Archive…</source>
        <translation type="unfinished">Çalışma Alanı A&amp;rşivini Dışa Aktar…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace Archive…</source>
        <translation type="unfinished">Çalışma Alanı Arşivini İçe Ak&amp;tar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Tercihler…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished">Yeni &amp;Kişi…</translation>
    </message>
    <message>
        <source>&amp;Delete Contacts…</source>
        <translation type="unfinished">Kişileri &amp;Sil…</translation>
    </message>
    <message>
        <source>Add &amp;Tags to Selected…</source>
        <translation type="unfinished">Seçilenlere &amp;Etiket Ekle…</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished">Kişileri &amp;Bul</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation type="unfinished">Yi&amp;nelenenleri Bul…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished">Yinelenenler</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Majlis</source>
        <translation type="unfinished">Majlis &amp;Hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">&amp;Qt Hakkında</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished">Açık çalışma alanı yok</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O), create one with File &gt; New Workspace, or explore a demo with File &gt; New Demo Workspace.</source>
        <translation type="unfinished">Dosya &gt; Çalışma Alanı Aç (Ctrl+O) ile bir çalışma alanı açın, Dosya &gt; Yeni Çalışma Alanı ile bir tane oluşturun veya Dosya &gt; Yeni Demo Çalışma Alanı ile bir demoyu keşfedin.</translation>
    </message>
    <message>
        <source>Plan Capitol advocacy days: legislators, constituent meetings, schedules and itineraries. Open or create a workspace first.</source>
        <translation type="unfinished">Capitol savunuculuk günlerini planlayın: yasa koyucular, seçmen görüşmeleri, programlar ve güzergâhlar. Önce bir çalışma alanı açın veya oluşturun.</translation>
    </message>
    <message>
        <source>Keep track of coalition partners, sign-on letters and the history of every relationship. Open or create a workspace first.</source>
        <translation type="unfinished">Koalisyon ortaklarını, imza mektuplarını ve her ilişkinin geçmişini takip edin. Önce bir çalışma alanı açın veya oluşturun.</translation>
    </message>
    <message>
        <source>Run community events with offline check-in and voter-registration drives. Open or create a workspace first.</source>
        <translation type="unfinished">Çevrimdışı giriş kaydıyla topluluk etkinlikleri ve seçmen kaydı kampanyaları düzenleyin. Önce bir çalışma alanı açın veya oluşturun.</translation>
    </message>
    <message>
        <source>Attendance, voter registration, partners and sign-on letters in charts. Open or create a workspace first.</source>
        <translation type="unfinished">Katılım, seçmen kaydı, ortaklar ve imza mektupları grafiklerde. Önce bir çalışma alanı açın veya oluşturun.</translation>
    </message>
    <message>
        <source>%1 — Majlis</source>
        <translation type="unfinished">%1 — Majlis</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished">Çalışma alanı açılamıyor</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished">Demo çalışma alanı</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the demo workspace.</source>
        <translation type="unfinished">%1 zaten var. Demo çalışma alanı için yeni bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished">Çalışma alanı oluşturulamıyor</translation>
    </message>
    <message>
        <source>Creating fictional contacts…</source>
        <translation type="unfinished">Kurgusal kişiler oluşturuluyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">İptal</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished">Yeni Çalışma Alanı</translation>
    </message>
    <message>
        <source>%1 already exists. To open it, use File &gt; Open Workspace.</source>
        <translation type="unfinished">%1 zaten var. Açmak için Dosya &gt; Çalışma Alanı Aç komutunu kullanın.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished">Çalışma Alanı Aç</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished">Yeni Demo Çalışma Alanı</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln kişi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%1 / %Ln kişi</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majlis</source>
        <translation type="unfinished">Majlis Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;An offline-first organizer for Muslim civic and advocacy organizations: contacts, advocacy days, coalition partners and community events.&lt;/p&gt;&lt;p&gt;Majlis is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;Müslüman sivil toplum ve savunuculuk kuruluşları için çevrimdışı öncelikli bir düzenleyici: kişiler, savunuculuk günleri, koalisyon ortakları ve topluluk etkinlikleri.&lt;/p&gt;&lt;p&gt;Majlis özgür yazılımdır; GNU Genel Kamu Lisansı sürüm 3 veya (tercihinize göre) daha sonraki bir sürümü ile lisanslanmıştır. Hiçbir garanti verilmez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged, %3 skipped.</source>
        <translation type="unfinished">İçe aktarıldı: %1 yeni, %2 birleştirildi, %3 atlandı.</translation>
    </message>
    <message>
        <source>Import Contacts from vCard</source>
        <translation type="unfinished">vCard&apos;dan Kişileri İçe Aktar</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished">vCard dosyaları (*.vcf *.vcard);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">İçe aktarılamıyor</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">%1 içe aktarımı</translation>
    </message>
    <message>
        <source>%1 cards: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 with problems. Import?</source>
        <translation type="unfinished">%1 kart: %2 yeni kişi, %3 mevcut kişilerle birleştirildi, %4 atlandı; %5 sorunlu. İçe aktarılsın mı?</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished">Kart %1: %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">İçe aktarma yapılmadı</translation>
    </message>
    <message>
        <source>%1 archive %2.majlis</source>
        <translation type="unfinished">%1 arşiv %2.majlis</translation>
    </message>
    <message>
        <source>Export Workspace Archive</source>
        <translation type="unfinished">Çalışma Alanı Arşivini Dışa Aktar</translation>
    </message>
    <message>
        <source>Majlis workspaces (*.majlis)</source>
        <translation type="unfinished">Majlis çalışma alanları (*.majlis)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">Dışa aktarılamıyor</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Çalışma alanı arşivi %1 yazıldı.</translation>
    </message>
    <message>
        <source>Import Workspace Archive</source>
        <translation type="unfinished">Çalışma Alanı Arşivini İçe Aktar</translation>
    </message>
    <message>
        <source>Cannot import the archive</source>
        <translation type="unfinished">Arşiv içe aktarılamıyor</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">%1 arşivi içe aktarıldı.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished">&amp;Eşitleme</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished">&amp;Şimdi Eşitle</translation>
    </message>
    <message>
        <source>Sync &amp;Server…</source>
        <translation type="unfinished">Eşitleme &amp;Sunucusu…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">&amp;Çakışmalar…</translation>
    </message>
    <message>
        <source>Sync &amp;Automatically</source>
        <translation type="unfinished">&amp;Otomatik Eşitle</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation type="unfinished">Bu Kişi Hakkındaki Her Şeyi Dışa A&amp;ktar…</translation>
    </message>
    <message>
        <source>Erase This &amp;Person…</source>
        <translation type="unfinished">Bu &amp;kişiyi sil…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation type="unfinished">&amp;Hicri Tarihleri Göster</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation type="unfinished">Çalışma &amp;Alanı Ayarları…</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">ZIP kodlarından &amp;bölgeleri doldur…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <source>Run phone banks, door knocking and get-out-the-vote drives: lists built from your contacts, scripts, and results entered offline. Open or create a workspace first.</source>
        <translation>Telefon kampanyaları, kapı kapı ziyaretler ve oy verme seferberlikleri yürütün: kişilerinizden oluşturulan listeler, konuşma metinleri ve çevrimdışı girilen sonuçlar. Önce bir çalışma alanı açın veya oluşturun.</translation>
    </message>
</context>
<context>
    <name>majlis::MemberField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">İçe aktarma</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished">Üye kimliği</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Tam ad</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Soyadı</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Meclis</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished">Seçim bölgesi</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Parti</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished">Ofis adresi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-posta</translation>
    </message>
</context>
<context>
    <name>majlis::MemberListDialog</name>
    <message>
        <source>Import a Member List</source>
        <translation type="unfinished">Üye Listesi İçe Aktar</translation>
    </message>
    <message>
        <source>A new legislature</source>
        <translation type="unfinished">Yeni bir meclis</translation>
    </message>
    <message>
        <source>such as gb-parliament</source>
        <translation type="unfinished">örneğin gb-parliament</translation>
    </message>
    <message>
        <source>such as UK Parliament</source>
        <translation type="unfinished">örneğin UK Parliament</translation>
    </message>
    <message>
        <source>such as GB</source>
        <translation type="unfinished">örneğin GB</translation>
    </message>
    <message>
        <source>The member list to import</source>
        <translation type="unfinished">İçe aktarılacak üye listesi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Gözat…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Tablolar (*.csv *.txt *.tsv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Yasama organı:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished">&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Ad:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">Ü&amp;lke:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished">&amp;Dosya:</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Her sütunun içeriği</translation>
    </message>
    <message>
        <source>The first members, as they will be imported</source>
        <translation type="unfinished">İlk üyeler, içe aktarılacakları hâliyle</translation>
    </message>
    <message>
        <source>&amp;Review Import…</source>
        <translation type="unfinished">İçe Aktarmayı &amp;Gözden Geçir…</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check what each holds:</source>
        <translation type="unfinished">Tanıdık adlı sütunlar zaten eşlendi; her birinin içeriğini kontrol edin:</translation>
    </message>
    <message>
        <source>The first members, as they will be imported:</source>
        <translation type="unfinished">İlk üyeler, içe aktarılacakları hâliyle:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns.</source>
        <translation type="unfinished">%2 sütunda %1 satır.</translation>
    </message>
    <message>
        <source>Give the new legislature a code of letters, digits and dashes, such as gb-parliament.</source>
        <translation type="unfinished">Yeni meclise harf, rakam ve tirelerden oluşan bir kod verin, örneğin gb-parliament.</translation>
    </message>
    <message>
        <source>Give the new legislature its name, such as UK Parliament.</source>
        <translation type="unfinished">Yeni meclise adını verin, örneğin UK Parliament.</translation>
    </message>
    <message>
        <source>The workspace has %1 as %2 already; choose it in the list.</source>
        <translation type="unfinished">Çalışma alanında %1 zaten %2 olarak var; listeden seçin.</translation>
    </message>
    <message>
        <source>Choose the member list to import, saved as CSV.</source>
        <translation type="unfinished">İçe aktarılacak, CSV olarak kaydedilmiş üye listesini seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read</source>
        <translation type="unfinished">
            <numerusform>%n üye okundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, listed when you review the import</source>
        <translation type="unfinished">
            <numerusform>; %n satır atlandı, içe aktarmayı gözden geçirirken listelenir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished">Kişileri Birleştir</translation>
    </message>
    <message>
        <source>These records look like the same person. Choose the record that stays and, for each field, the value to keep. Nothing is lost: emails, phones and tags of both are kept, and the other record&apos;s history and event records move to the one that stays.</source>
        <translation type="unfinished">Bu kayıtlar aynı kişiye ait görünüyor. Kalacak kaydı ve her alan için tutulacak değeri seçin. Hiçbir şey kaybolmaz: ikisinin e-postaları, telefonları ve etiketleri tutulur; diğer kaydın geçmişi ve etkinlik kayıtları kalan kayda taşınır.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished">eklenme %1</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation type="unfinished">Kalacak kayıt</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished">Bu kaydı tut</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished">%1 tut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Tercih edilen ad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">Eyalet ve bölge</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Şube</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation type="unfinished">Kuruluş ve görev</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Doğum günü</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notlar</translation>
    </message>
    <message>
        <source>Emails (both kept)</source>
        <translation type="unfinished">E-postalar (ikisi de tutulur)</translation>
    </message>
    <message>
        <source>Phones (both kept)</source>
        <translation type="unfinished">Telefonlar (ikisi de tutulur)</translation>
    </message>
    <message>
        <source>Tags (both kept)</source>
        <translation type="unfinished">Etiketler (ikisi de tutulur)</translation>
    </message>
    <message>
        <source>Languages, skills and interests (both kept)</source>
        <translation type="unfinished">Diller, beceriler ve ilgi alanları (ikisi de tutulur)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished">Birleştir</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">Bu kişilerden biri artık yok; bu arada birleştirilmiş veya silinmiş olabilir.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(yok)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>The second record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">İkinci kayıt, yukarıda seçilen değerlerle “%1” adıyla kalır.</translation>
    </message>
    <message>
        <source>The first record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">İlk kayıt, yukarıda seçilen değerlerle “%1” adıyla kalır.</translation>
    </message>
    <message>
        <source>The other is removed once its emails, phones, tags, consents, history and event records have moved to it. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished">Diğeri, e-postaları, telefonları, etiketleri, izinleri, geçmişi ve etkinlik kayıtları ona taşındıktan sonra kaldırılır. Düzen &gt; Geri Al birleştirmeyi geri alır.</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimeDialog</name>
    <message>
        <source>Office Time</source>
        <translation type="unfinished">Ofis Saati</translation>
    </message>
    <message>
        <source>Confirmed meeting time</source>
        <translation type="unfinished">Onaylı görüşme saati</translation>
    </message>
    <message>
        <source>Cannot meet (blackout)</source>
        <translation type="unfinished">Görüşemez (kapalı saat)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished">&amp;Ofis:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">B&amp;itiş:</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimesPanel</name>
    <message>
        <source>Office times</source>
        <translation type="unfinished">Ofis saatleri</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished">Ekle…</translation>
    </message>
    <message>
        <source>A time an office confirmed for your meeting, or a time it cannot meet.</source>
        <translation type="unfinished">Bir ofisin görüşmeniz için onayladığı ya da görüşemeyeceği bir saat.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Kaldır</translation>
    </message>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">artık listelenmeyen bir ofis</translation>
    </message>
    <message>
        <source>%1: confirmed %2–%3</source>
        <translation type="unfinished">%1: onaylandı %2–%3</translation>
    </message>
    <message>
        <source>%1: cannot meet %2–%3</source>
        <translation type="unfinished">%1: görüşemez %2–%3</translation>
    </message>
    <message>
        <source>No confirmed times or blackouts: every office can meet all day.</source>
        <translation type="unfinished">Onaylı saat veya kapalı saat yok: her ofis gün boyu görüşebilir.</translation>
    </message>
    <message>
        <source>Cannot add the office time</source>
        <translation type="unfinished">Ofis saati eklenemiyor</translation>
    </message>
    <message>
        <source>Cannot remove the office time</source>
        <translation type="unfinished">Ofis saati kaldırılamıyor</translation>
    </message>
</context>
<context>
    <name>majlis::Organization</name>
    <message>
        <source>Mosque or Islamic center</source>
        <translation type="unfinished">Cami veya İslam merkezi</translation>
    </message>
    <message>
        <source>Interfaith</source>
        <translation type="unfinished">Dinlerarası</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation type="unfinished">Sivil haklar</translation>
    </message>
    <message>
        <source>Immigrant rights</source>
        <translation type="unfinished">Göçmen hakları</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished">Emek</translation>
    </message>
    <message>
        <source>Student association</source>
        <translation type="unfinished">Öğrenci derneği</translation>
    </message>
    <message>
        <source>Other faith-based</source>
        <translation type="unfinished">Diğer inanç temelli</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation type="unfinished">Devlet dairesi</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Medya</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Diğer</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished">Aday</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Aktif</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished">Pasif</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Toplantı</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished">Arama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-posta</translation>
    </message>
    <message>
        <source>Joint event</source>
        <translation type="unfinished">Ortak etkinlik</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished">İmza</translation>
    </message>
</context>
<context>
    <name>majlis::Outcome</name>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Destekliyor</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished">Kararsız</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished">Karşı</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished">Yanıt yok</translation>
    </message>
</context>
<context>
    <name>majlis::OutcomeChart</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Talebe göre sonuçlar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>outcome: count</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished">Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>No outcomes reported yet.</source>
        <translation type="unfinished">Henüz sonuç bildirilmedi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>ask: its counts</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished">hiçbiri kaydedilmedi</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerBrowser</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Ortaklar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tür</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Durum</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Şehir</translation>
    </message>
    <message>
        <source>Issue areas</source>
        <translation type="unfinished">Konu alanları</translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished">&amp;Yeni Ortak</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Sil</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Ayrıntılar</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished">&amp;Kişiler</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished">&amp;Geçmiş</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished">Henüz ortak yok</translation>
    </message>
    <message>
        <source>Keep track of the mosques, interfaith councils, civil-rights and labor groups you work with: click New Partner, give its name, then fill in its details, the people you know there and the history of the relationship.</source>
        <translation type="unfinished">Birlikte çalıştığınız camileri, dinlerarası konseyleri, sivil haklar ve işçi gruplarını takip edin: Yeni Ortak&apos;a tıklayın, adını verin, ardından ayrıntılarını, orada tanıdığınız kişileri ve ilişkinin geçmişini doldurun.</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished">Ortak seçilmedi</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its details, its people and its history.</source>
        <translation type="unfinished">Ayrıntılarını, kişilerini ve geçmişini görmek için listeden bir ortak seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n ortak</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners match these filters.</source>
        <translation type="unfinished">Bu filtrelerle eşleşen ortak yok.</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished">Henüz ortak yok.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Kaydedilmemiş Değişiklikler</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation type="unfinished">Önce &quot;%1&quot; üzerindeki değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Cannot add the partner</source>
        <translation type="unfinished">Ortak eklenemiyor</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished">Yeni Ortak</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation type="unfinished">Kuruluşun adı:</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation type="unfinished">Ortağı Sil</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its people and history go with it, and it leaves the sign-on letters. The contacts themselves are not touched.</source>
        <translation type="unfinished">&quot;%1&quot; silinsin mi? Kişileri ve geçmişi de silinir ve imza mektuplarından çıkar. Kişilerin kendisine dokunulmaz.</translation>
    </message>
    <message>
        <source>Cannot delete the partner</source>
        <translation type="unfinished">Ortak silinemiyor</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerDetailsPanel</name>
    <message>
        <source>civil rights, immigration, voting</source>
        <translation type="unfinished">sivil haklar, göç, oy hakkı</translation>
    </message>
    <message>
        <source>Separate issue areas with commas.</source>
        <translation type="unfinished">Konu alanlarını virgülle ayırın.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US or CA.</source>
        <translation type="unfinished">İki harfli ülke kodu, örneğin US veya CA.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;Seç…</translation>
    </message>
    <message>
        <source>The person in your organization who keeps this relationship.</source>
        <translation type="unfinished">Kuruluşunuzda bu ilişkiyi yürüten kişi.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;Temizle</translation>
    </message>
    <message>
        <source>What matters to them, what they asked of us, what we promised</source>
        <translation type="unfinished">Onlar için önemli olanlar, bizden istedikleri, bizim söz verdiklerimiz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tür:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished">&amp;Durum:</translation>
    </message>
    <message>
        <source>&amp;Issue areas:</source>
        <translation type="unfinished">&amp;Konu alanları:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">Ş&amp;ehir:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;Bölge:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">Ü&amp;lke:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished">&amp;Web sitesi:</translation>
    </message>
    <message>
        <source>Cha&amp;pter:</source>
        <translation type="unfinished">Ş&amp;ube:</translation>
    </message>
    <message>
        <source>Relationship owner:</source>
        <translation type="unfinished">İlişki sorumlusu:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished">&amp;Notlar:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Geri Döndür</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Şube yok</translation>
    </message>
    <message>
        <source>Unknown chapter</source>
        <translation type="unfinished">Bilinmeyen şube</translation>
    </message>
    <message>
        <source>Cannot save the partner</source>
        <translation type="unfinished">Ortak kaydedilemiyor</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Henüz kimse yok</translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation type="unfinished">Silinmiş bir kişi</translation>
    </message>
    <message>
        <source>Relationship Owner</source>
        <translation type="unfinished">İlişki Sorumlusu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Seç</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerFilterBar</name>
    <message>
        <source>Search name, city, website or notes</source>
        <translation type="unfinished">Ad, şehir, web sitesi veya notlarda ara</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished">Ortaklarda ara</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation type="unfinished">Ortak türü</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">Tüm türler</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Konu alanı</translation>
    </message>
    <message>
        <source>All issue areas</source>
        <translation type="unfinished">Tüm konu alanları</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Durum</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Her durum</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Şube</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Tüm şubeler</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerHistoryPanel</name>
    <message>
        <source>&amp;Add Interaction…</source>
        <translation type="unfinished">&amp;Etkileşim Ekle…</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Geçmiş</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tür</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Özet</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished">Katılanlar</translation>
    </message>
    <message>
        <source>Nothing recorded yet: add meetings, calls and joint events as they happen.</source>
        <translation type="unfinished">Henüz bir şey kaydedilmedi: toplantıları, aramaları ve ortak etkinlikleri gerçekleştikçe ekleyin.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform>%n etkileşim</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation type="unfinished">Etkileşim eklenemiyor</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerPeoplePanel</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished">&amp;Kişi Ekle…</translation>
    </message>
    <message>
        <source>&amp;Left the Organization…</source>
        <translation type="unfinished">Kuruluştan &amp;Ayrıldı…</translation>
    </message>
    <message>
        <source>Records that the person left today; they stay in the partner&apos;s history.</source>
        <translation type="unfinished">Kişinin bugün ayrıldığını kaydeder; kişi ortağın geçmişinde kalır.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Görev</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished">Başlangıç</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished">Bitiş</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) there now</source>
        <translation type="unfinished">
            <numerusform>şu anda orada %n kişi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who left</source>
        <translation type="unfinished">
            <numerusform>; %n kişi ayrıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded yet: add the people you work with there.</source>
        <translation type="unfinished">Henüz kimse kaydedilmedi: orada birlikte çalıştığınız kişileri ekleyin.</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation type="unfinished">Kişi eklenemiyor</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation type="unfinished">Ayrılış kaydedilemiyor</translation>
    </message>
    <message>
        <source>Add People</source>
        <translation type="unfinished">Kişi Ekle</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;İleri</translation>
    </message>
    <message>
        <source>Role at the partner (director, imam, organizer…):</source>
        <translation type="unfinished">Ortaktaki görevi (direktör, imam, örgütleyici…):</translation>
    </message>
    <message>
        <source>Left the Organization</source>
        <translation type="unfinished">Kuruluştan Ayrıldı</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? They stay in the partner&apos;s history.</source>
        <translation type="unfinished">%1 kişisinin %2 tarihinde ayrıldığı kaydedilsin mi? Kişi ortağın geçmişinde kalır.</translation>
    </message>
</context>
<context>
    <name>majlis::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Ortaklar</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">İmza mektupları</translation>
    </message>
    <message>
        <source>Coalition map</source>
        <translation type="unfinished">Koalisyon haritası</translation>
    </message>
</context>
<context>
    <name>majlis::PostcodeLookup</name>
    <message>
        <source>This build of Majlis has no ZIP code to congressional district file (it is added when the program is built with MAJLIS_DISTRICT_FILE). Import one with &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: a CSV with zip, state and district columns, such as zccd.csv of the us-zipcodes-congress project.</source>
        <translation type="unfinished">Majlis&apos;in bu derlemesinde ZIP kodu-Kongre seçim bölgesi dosyası yok (program MAJLIS_DISTRICT_FILE ile derlenirken eklenir). &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot; ile bir tane içe aktarın: us-zipcodes-congress projesinin zccd.csv dosyası gibi zip, state ve district sütunlu bir CSV.</translation>
    </message>
</context>
<context>
    <name>majlis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished">Tercihler</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation type="unfinished">&amp;Varsayılanı Kullan</translation>
    </message>
    <message>
        <source>&amp;Legislators download address:</source>
        <translation type="unfinished">&amp;Yasa koyucular indirme adresi:</translation>
    </message>
    <message>
        <source>Advocacy Days &gt; Legislators… &gt; Update from the Internet downloads legislators-current.csv from here. It must be an https:// address.</source>
        <translation type="unfinished">Savunuculuk Günleri &gt; Yasa Koyucular… &gt; İnternetten Güncelle, legislators-current.csv dosyasını buradan indirir. Bir https:// adresi olmalıdır.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Sistem dili</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Dil:</translation>
    </message>
</context>
<context>
    <name>majlis::ReportBackPanel</name>
    <message>
        <source>planned</source>
        <translation type="unfinished">planlandı</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished">yapıldı</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">iptal edildi</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Görüşmeler</translation>
    </message>
    <message>
        <source>Select a meeting to report on it.</source>
        <translation type="unfinished">Rapor vermek için bir görüşme seçin.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Planlandı</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Yapıldı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">İptal edildi</translation>
    </message>
    <message>
        <source>Name and title, e.g. Jordan Lee, legislative director</source>
        <translation type="unfinished">Ad ve unvan, örn. Jordan Lee, yasama direktörü</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Kaydedilmedi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Üye</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation type="unfinished">Personel</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Durum:</translation>
    </message>
    <message>
        <source>Met &amp;with:</source>
        <translation type="unfinished">Gö&amp;rüşülen:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Görev:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">Sonuçlar</translation>
    </message>
    <message>
        <source>The day has no asks yet. Add them on the Details tab.</source>
        <translation type="unfinished">Günün henüz talebi yok. Ayrıntılar sekmesinde ekleyin.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Takipler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Tamamlandı</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Açıklama</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Son tarih</translation>
    </message>
    <message>
        <source>Due date as year-month-day, for example %1</source>
        <translation type="unfinished">Son tarih yıl-ay-gün biçiminde, örneğin %1</translation>
    </message>
    <message>
        <source>&amp;Add Follow-up</source>
        <translation type="unfinished">&amp;Takip Ekle</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">&amp;Kaldır</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notlar</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notlar:</translation>
    </message>
    <message>
        <source>&amp;Save Report</source>
        <translation type="unfinished">Raporu &amp;Kaydet</translation>
    </message>
    <message>
        <source>Save the report (%1)</source>
        <translation type="unfinished">Raporu kaydet (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Geri Döndür</translation>
    </message>
    <message>
        <source>Go back to the report as last saved</source>
        <translation type="unfinished">Raporun son kaydedilen hâline dön</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">Savunuculuk günü seçilmedi.</translation>
    </message>
    <message>
        <source>No meetings yet: schedule the day first on the Schedule tab.</source>
        <translation type="unfinished">Henüz görüşme yok: önce Program sekmesinde günü planlayın.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished">%1:</translation>
    </message>
    <message>
        <source>Unknown office</source>
        <translation type="unfinished">Bilinmeyen ofis</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <comment>meeting list: start time, office, report status</comment>
        <translation type="unfinished">%1  %2 — %3</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished">Kaydedilmemiş rapor</translation>
    </message>
    <message>
        <source>Save the report of the meeting with %1?</source>
        <translation type="unfinished">%1 ile yapılan görüşmenin raporu kaydedilsin mi?</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>meeting heading: start, end, office</comment>
        <translation type="unfinished">%1–%2  %3</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (lider)</translation>
    </message>
    <message>
        <source>No team assigned.</source>
        <translation type="unfinished">Ekip atanmadı.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Ekip: %1</translation>
    </message>
    <message>
        <source>Follow-up row %1: “%2” is not a date. Write due dates as year-month-day, for example %3.</source>
        <translation type="unfinished">Takip satırı %1: “%2” bir tarih değil. Son tarihleri yıl-ay-gün biçiminde yazın, örneğin %3.</translation>
    </message>
    <message>
        <source>Follow-up row %1 has a due date but no description. Say what is to be done, or remove the row.</source>
        <translation type="unfinished">Takip satırı %1 son tarih içeriyor ama açıklaması yok. Ne yapılacağını yazın veya satırı kaldırın.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished">Rapor kaydedilmedi</translation>
    </message>
    <message>
        <source>Not a date. Write it as year-month-day, for example %1.</source>
        <translation type="unfinished">Tarih değil. Yıl-ay-gün biçiminde yazın, örneğin %1.</translation>
    </message>
</context>
<context>
    <name>majlis::ReportsPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Katılım</translation>
    </message>
    <message>
        <source>Attendance per event</source>
        <translation type="unfinished">Etkinlik başına katılım</translation>
    </message>
    <message>
        <source>How many registered for each event, how many came, and how many new people walked in.</source>
        <translation type="unfinished">Her etkinlik için kaç kişinin kaydolduğu, kaç kişinin geldiği ve kaç yeni kişinin kayıtsız geldiği.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Etkinlik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Tarih</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Kayıtlı</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Giriş yaptı</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished">Yeni kişiler</translation>
    </message>
    <message>
        <source>People who walked in without registering and were added as new contacts</source>
        <translation type="unfinished">Kayıt olmadan gelip yeni kişi olarak eklenen kişiler</translation>
    </message>
    <message>
        <source>By &amp;chapter</source>
        <translation type="unfinished">&amp;Şubeye göre</translation>
    </message>
    <message>
        <source>Attendance per chapter by month</source>
        <translation type="unfinished">Aylara göre şube başına katılım</translation>
    </message>
    <message>
        <source>How many people each chapter checked in at its events, month by month.</source>
        <translation type="unfinished">Her şubenin etkinliklerinde ay ay kaç kişinin giriş yaptığı.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Ay</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">Kampanya</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Toplam</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Söz verdi</translation>
    </message>
    <message>
        <source>&amp;Voter registration</source>
        <translation type="unfinished">&amp;Seçmen kaydı</translation>
    </message>
    <message>
        <source>Voter registration per drive</source>
        <translation type="unfinished">Kampanya başına seçmen kaydı</translation>
    </message>
    <message>
        <source>What each voter-registration drive recorded, person by person, and how many pledged to vote.</source>
        <translation type="unfinished">Her seçmen kaydı kampanyasının kişi kişi kaydettikleri ve kaç kişinin oy verme sözü verdiği.</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Oy verme sözü veren kişiler</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished">&amp;Ortaklar</translation>
    </message>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Konu alanına göre ortaklar</translation>
    </message>
    <message>
        <source>How many coalition partners work on each issue, and who they are.</source>
        <translation type="unfinished">Her konuda kaç koalisyon ortağının çalıştığı ve kim oldukları.</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Konu alanı</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Ortaklar</translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished">Adlar</translation>
    </message>
    <message>
        <source>&amp;Sign-on letters</source>
        <translation type="unfinished">İ&amp;mza mektupları</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">İmza mektupları</translation>
    </message>
    <message>
        <source>For each letter, how many partners asked have signed, declined, or not answered yet.</source>
        <translation type="unfinished">Her mektup için, istenen ortaklardan kaçının imzaladığı, reddettiği veya henüz yanıtlamadığı.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Mektup</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">Son tarih</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished">İstenen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">İmzaladı</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Reddetti</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">Yanıtlanmadı</translation>
    </message>
    <message>
        <source>A chart of the numbers in the table below.</source>
        <translation type="unfinished">Aşağıdaki tablodaki sayıların grafiği.</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <comment>chart tooltip: what the bar stands for, the series, its count</comment>
        <translation type="unfinished">%1
%2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chart category: a name, then what tells it apart</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest events with attendance; the table lists every event.</source>
        <translation type="unfinished">
            <numerusform>Grafik, katılımı olan en son %n etkinliği gösterir; tablo her etkinliği listeler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see attendance here.</source>
        <translation type="unfinished">Katılımı burada görmek için etkinliklerde kişilerin girişini yapın.</translation>
    </message>
    <message>
        <source>No one has registered or checked in yet. Check people in at events to see attendance here.</source>
        <translation type="unfinished">Henüz kimse kaydolmadı veya giriş yapmadı. Katılımı burada görmek için etkinliklerde kişilerin girişini yapın.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Şube yok</translation>
    </message>
    <message>
        <source>People checked in</source>
        <translation type="unfinished">Giriş yapan kişiler</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n months; the table lists every month.</source>
        <translation type="unfinished">
            <numerusform>Grafik son %n ayı gösterir; tablo her ayı listeler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see each chapter&apos;s attendance by month here.</source>
        <translation type="unfinished">Her şubenin aylık katılımını burada görmek için etkinliklerde kişilerin girişini yapın.</translation>
    </message>
    <message>
        <source>People recorded</source>
        <translation type="unfinished">Kaydedilen kişiler</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest drives with records; the table lists every drive.</source>
        <translation type="unfinished">
            <numerusform>Grafik, kaydı olan en son %n kampanyayı gösterir; tablo her kampanyayı listeler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record who registered at voter-registration drives to see the results here.</source>
        <translation type="unfinished">Sonuçları burada görmek için seçmen kaydı kampanyalarında kimin kaydolduğunu kaydedin.</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n issue areas with the most partners; the table lists every area.</source>
        <translation type="unfinished">
            <numerusform>Grafik en çok ortağı olan %n konu alanını gösterir; tablo her alanı listeler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issue areas to partners to see the coalition by issue here.</source>
        <translation type="unfinished">Koalisyonu konuya göre burada görmek için ortaklara konu alanları ekleyin.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <translation type="unfinished">Yok</translation>
    </message>
    <message>
        <source>Partners asked</source>
        <translation type="unfinished">İstenen ortaklar</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n letters with the latest deadlines; the table lists every letter.</source>
        <translation type="unfinished">
            <numerusform>Grafik son tarihi en geç olan %n mektubu gösterir; tablo her mektubu listeler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sign-on letter and ask partners to sign it to see who signed here.</source>
        <translation type="unfinished">Kimin imzaladığını burada görmek için bir imza mektubu oluşturun ve ortaklardan imzalamalarını isteyin.</translation>
    </message>
    <message>
        <source>No partner has been asked to sign yet. Ask partners to sign a letter to see who signed here.</source>
        <translation type="unfinished">Henüz hiçbir ortaktan imza istenmedi. Kimin imzaladığını burada görmek için ortaklardan bir mektubu imzalamalarını isteyin.</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished">Kampan&amp;yalar</translation>
    </message>
    <message>
        <source>Open campaigns</source>
        <translation type="unfinished">Açık kampanyalar</translation>
    </message>
    <message>
        <source>How each open phone bank, door-knocking effort and get-out-the-vote drive is going: attempts, people reached and pledges to vote, in all and day by day.</source>
        <translation type="unfinished">Açık her telefon kampanyasının, kapı kapı ziyaretin ve oy verdirme çalışmasının durumu: denemeler, ulaşılan kişiler ve oy sözleri, toplamda ve gün gün.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Kampanya</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tür</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Listede</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Denemeler</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kişiler</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Ulaşma oranı</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Sözler</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Kişiye ulaşan denemeler</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Sonuçlar</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %Ln newest open campaigns with results; the table lists every open campaign.</source>
        <translation type="unfinished">
            <numerusform>Grafik sonuç olan en yeni %Ln açık kampanyayı gösterir; tablo her açık kampanyayı listeler.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attempts, contacts and pledges per day</source>
        <translation type="unfinished">%1: günlük denemeler, ulaşılanlar ve sözler</translation>
    </message>
    <message>
        <source>Start a phone bank, door-knocking effort or get-out-the-vote drive to see its progress here.</source>
        <translation type="unfinished">İlerlemesini burada görmek için bir telefon kampanyası, kapı kapı ziyaret ya da oy verdirme çalışması başlatın.</translation>
    </message>
    <message>
        <source>No results recorded yet in the open campaigns. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">Açık kampanyalarda henüz sonuç kaydedilmedi. Gönüllüler sonuç kaydettikçe ilerleme burada görünür.</translation>
    </message>
</context>
<context>
    <name>majlis::ResultBar</name>
    <message>
        <source>%1  %2</source>
        <comment>function key, result</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Also opt them out?</source>
        <translation>Tüm listelerden de çıkarılsın mı?</translation>
    </message>
    <message>
        <source>Keep them on future lists</source>
        <translation>Gelecek listelerde kalsın</translation>
    </message>
    <message>
        <source>Opt out: refused</source>
        <translation>Çıkar: reddetti</translation>
    </message>
    <message>
        <source>Opt out: hostile</source>
        <translation>Çıkar: düşmanca</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Sonuç: %1</translation>
    </message>
    <message>
        <source>Result: none chosen yet</source>
        <translation>Sonuç: henüz seçilmedi</translation>
    </message>
</context>
<context>
    <name>majlis::RowWriter</name>
    <message>
        <source>The record was deleted meanwhile, perhaps in another window.</source>
        <translation type="unfinished">Kayıt bu arada, belki başka bir pencerede silindi.</translation>
    </message>
</context>
<context>
    <name>majlis::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">%1 yazılamadı: %2</translation>
    </message>
</context>
<context>
    <name>majlis::ScheduleGridModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation type="unfinished">
            <numerusform>%1 (%n kişi)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, oda %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (lider)</translation>
    </message>
    <message>
        <source>Pinned: scheduling again keeps it here.</source>
        <translation type="unfinished">Sabitlendi: yeniden planlama onu burada tutar.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished">Çakışma</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Sabitlendi</translation>
    </message>
</context>
<context>
    <name>majlis::SchedulePanel</name>
    <message>
        <source>Move meeting to %1</source>
        <translation type="unfinished">Görüşmeyi %1 saatine taşı</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation type="unfinished">Görüşme taşınamıyor</translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation type="unfinished">%1: çakışma yok</translation>
    </message>
    <message>
        <source>&amp;Build Schedule</source>
        <translation type="unfinished">Programı &amp;Oluştur</translation>
    </message>
    <message>
        <source>Place every constituent with their senators and representative. Pinned and reported meetings stay where they are. (Ctrl+R)</source>
        <translation type="unfinished">Her seçmeni senatörleri ve temsilcisiyle eşleştirin. Sabitlenmiş ve raporlanmış görüşmeler yerinde kalır. (Ctrl+R)</translation>
    </message>
    <message>
        <source>By office</source>
        <translation type="unfinished">Ofise göre</translation>
    </message>
    <message>
        <source>By attendee</source>
        <translation type="unfinished">Katılımcıya göre</translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished">Ekibe göre</translation>
    </message>
    <message>
        <source>Show the schedule</source>
        <translation type="unfinished">Programı göster</translation>
    </message>
    <message>
        <source>&amp;Pin / Unpin</source>
        <translation type="unfinished">&amp;Sabitle / Sabitlemeyi Kaldır</translation>
    </message>
    <message>
        <source>A pinned meeting keeps its time when the schedule is built again.</source>
        <translation type="unfinished">Sabitlenmiş bir görüşme, program yeniden oluşturulduğunda saatini korur.</translation>
    </message>
    <message>
        <source>Schedule grid: drag a meeting to another time to move it</source>
        <translation type="unfinished">Program tablosu: taşımak için bir görüşmeyi başka bir saate sürükleyin</translation>
    </message>
    <message>
        <source>Time and office</source>
        <translation type="unfinished">Saat ve ofis</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Yer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Görev</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">Ç&amp;akışmalar</translation>
    </message>
    <message>
        <source>&amp;Not scheduled</source>
        <translation type="unfinished">&amp;Planlanmamış</translation>
    </message>
    <message>
        <source>&amp;Office times</source>
        <translation type="unfinished">&amp;Ofis saatleri</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished">Çakışma yok.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Sabitlendi</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Lider</translation>
    </message>
    <message>
        <source>no office</source>
        <translation type="unfinished">ofis yok</translation>
    </message>
    <message>
        <source>%1 — %2: not scheduled yet; build the schedule to place this meeting.</source>
        <translation type="unfinished">%1 — %2: henüz planlanmadı; bu görüşmeyi yerleştirmek için programı oluşturun.</translation>
    </message>
    <message>
        <source>Register attendees on the Attendees tab, then build the schedule.</source>
        <translation type="unfinished">Katılımcılar sekmesinde katılımcıları kaydedin, ardından programı oluşturun.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); </source>
        <translation type="unfinished">
            <numerusform>%n görüşme; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not scheduled.</source>
        <translation type="unfinished">
            <numerusform>%n istek planlanmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has every meeting they can have.</source>
        <translation type="unfinished">Herkes yapabileceği tüm görüşmelere sahip.</translation>
    </message>
    <message>
        <source>Cannot build the schedule</source>
        <translation type="unfinished">Program oluşturulamıyor</translation>
    </message>
    <message>
        <source>Cannot pin the meeting</source>
        <translation type="unfinished">Görüşme sabitlenemiyor</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Çakışmalar</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished">Planlanmadı</translation>
    </message>
</context>
<context>
    <name>majlis::ScriptTreeModel</name>
    <message>
        <source>Choose one</source>
        <translation>Birini seçin</translation>
    </message>
    <message>
        <source>Choose any</source>
        <translation>İstediklerinizi seçin</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Evet ya da hayır</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Serbest metin</translation>
    </message>
    <message>
        <source>Adds the tag %1</source>
        <translation>%1 etiketini ekler</translation>
    </message>
    <message>
        <source>Records a pledge to vote</source>
        <translation>Oy verme sözü kaydeder</translation>
    </message>
    <message>
        <source>Asks for a voter-registration follow-up</source>
        <translation>Seçmen kaydı takibi ister</translation>
    </message>
    <message>
        <source>Opts the person out of every list</source>
        <translation>Kişiyi tüm listelerden çıkarır</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>question number, question</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Question and answers</source>
        <translation>Soru ve yanıtlar</translation>
    </message>
    <message>
        <source>Kind, or what the answer does</source>
        <translation>Tür ya da yanıtın etkisi</translation>
    </message>
</context>
<context>
    <name>majlis::SignOnLettersPanel</name>
    <message>
        <source>New &amp;Letter…</source>
        <translation type="unfinished">Yeni &amp;Mektup…</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">İmza mektupları</translation>
    </message>
    <message>
        <source>&amp;Ask Partners…</source>
        <translation type="unfinished">&amp;Ortaklardan İste…</translation>
    </message>
    <message>
        <source>&amp;Record Answer…</source>
        <translation type="unfinished">&amp;Yanıtı Kaydet…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Ortak</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Yanıt</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished">Yanıt tarihi</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">İmzalayan</translation>
    </message>
    <message>
        <source>No sign-on letters yet</source>
        <translation type="unfinished">Henüz imza mektubu yok</translation>
    </message>
    <message>
        <source>When a coalition circulates a letter, add it with New Letter…, ask the partners you want on it, then record who signed and who declined. Signatures go into each partner&apos;s history.</source>
        <translation type="unfinished">Bir koalisyon bir mektup dolaştırdığında, onu Yeni Mektup… ile ekleyin, imzalamasını istediğiniz ortaklara sorun, ardından kimin imzaladığını ve kimin reddettiğini kaydedin. İmzalar her ortağın geçmişine işlenir.</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation type="unfinished">Mektup seçilmedi</translation>
    </message>
    <message>
        <source>Choose a letter in the list to see who was asked and who answered.</source>
        <translation type="unfinished">Kimden istendiğini ve kimin yanıtladığını görmek için listeden bir mektup seçin.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished">Son tarih %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Son tarih yok</translation>
    </message>
    <message>
        <source>The deadline, %1, has passed</source>
        <translation type="unfinished">Son tarih (%1) geçti</translation>
    </message>
    <message>
        <source>Nobody asked yet: click Ask Partners… to choose who should sign.</source>
        <translation type="unfinished">Henüz kimseden istenmedi: kimin imzalaması gerektiğini seçmek için Ortaklardan İste…&apos;ye tıklayın.</translation>
    </message>
    <message>
        <source>%1 signed, %2 declined, %3 not yet answered</source>
        <translation type="unfinished">%1 imzaladı, %2 reddetti, %3 henüz yanıtlamadı</translation>
    </message>
    <message>
        <source>Every partner asked has answered.</source>
        <translation type="unfinished">İstenen her ortak yanıtladı.</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation type="unfinished">Henüz yanıtlamayan: %1</translation>
    </message>
    <message>
        <source>Cannot add the letter</source>
        <translation type="unfinished">Mektup eklenemiyor</translation>
    </message>
    <message>
        <source>Cannot ask the partners</source>
        <translation type="unfinished">Ortaklardan istenemiyor</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation type="unfinished">Yanıt kaydedilemiyor</translation>
    </message>
    <message>
        <source>Change the Answer</source>
        <translation type="unfinished">Yanıtı Değiştir</translation>
    </message>
    <message>
        <source>%1 already answered: %2 on %3. Record a new answer instead?</source>
        <translation type="unfinished">%1 zaten yanıtladı: %3 tarihinde %2. Bunun yerine yeni bir yanıt kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished">Mektup metni</translation>
    </message>
    <message>
        <source>Partners&apos; answers</source>
        <translation type="unfinished">Ortakların yanıtları</translation>
    </message>
</context>
<context>
    <name>majlis::SyncController</name>
    <message>
        <source>This computer has no keychain Majlis can use, so the sync login is kept only until Majlis closes: the password will be asked again next time.</source>
        <translation type="unfinished">Bu bilgisayarda Majlis&apos;in kullanabileceği bir anahtar zinciri yok; bu nedenle eşitleme oturumu yalnızca Majlis kapanana kadar tutulur: parola bir dahaki sefere yeniden sorulur.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncServerDialog</name>
    <message>
        <source>Sync Server</source>
        <translation type="unfinished">Eşitleme Sunucusu</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation type="unfinished">https://sync.example.org</translation>
    </message>
    <message>
        <source>How this laptop recognizes the server</source>
        <translation type="unfinished">Bu dizüstü bilgisayar sunucuyu nasıl tanır</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate &amp;authority</source>
        <translation type="unfinished">Kuruluşun sertifika &amp;yetkilisi</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished">&amp;Dosya Seç…</translation>
    </message>
    <message>
        <source>The server certificate&apos;s SHA-256 &amp;fingerprint</source>
        <translation type="unfinished">Sunucu sertifikasının SHA-256 parmak &amp;izi</translation>
    </message>
    <message>
        <source>AB:CD:EF:… (64 hexadecimal digits)</source>
        <translation type="unfinished">AB:CD:EF:… (64 onaltılık basamak)</translation>
    </message>
    <message>
        <source>Your organization&apos;s administrator gives you one of the two.</source>
        <translation type="unfinished">Kuruluşunuzun yöneticisi size bu ikisinden birini verir.</translation>
    </message>
    <message>
        <source>Majlis does not save your password: the server gives this laptop a session, which is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished">Majlis parolanızı kaydetmez: sunucu bu dizüstü bilgisayara bir oturum verir ve bu oturum bu bilgisayarın anahtar zincirinde tutulur.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished">&amp;Oturum Aç</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished">Oturumu &amp;Kapat</translation>
    </message>
    <message>
        <source>Forget the session on this laptop. Changes stay here until you log in again.</source>
        <translation type="unfinished">Bu dizüstü bilgisayardaki oturumu unutur. Yeniden oturum açana kadar değişiklikler burada kalır.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished">&amp;Sunucu adresi:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">Kullanıcı &amp;adı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Parola:</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished">Sunucudaki kullanıcı adınızı girin.</translation>
    </message>
    <message>
        <source>Choose the file of the organization&apos;s certificate authority, or give the server certificate&apos;s fingerprint instead.</source>
        <translation type="unfinished">Kuruluşun sertifika yetkilisi dosyasını seçin veya bunun yerine sunucu sertifikasının parmak izini girin.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (a text file starting with “-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished">%1 PEM biçiminde bir sertifika içermiyor (“-----BEGIN CERTIFICATE-----” ile başlayan bir metin dosyası).</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished">Sertifika Yetkilisi</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished">Sertifikalar (*.pem *.crt *.cer);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished">Dosya seçilmedi.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished">%1, %2 tarihine kadar geçerli</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">Parolanızı girin.</translation>
    </message>
    <message>
        <source>A sync is running. Log in once it is done, or cancel it in the status bar.</source>
        <translation type="unfinished">Bir eşitleme sürüyor. Bittiğinde oturum açın veya eşitlemeyi durum çubuğundan iptal edin.</translation>
    </message>
    <message>
        <source>Logged out. Changes stay on this laptop until you log in again.</source>
        <translation type="unfinished">Oturum kapatıldı. Yeniden oturum açana kadar değişiklikler bu dizüstü bilgisayarda kalır.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">Oturum açılıyor…</translation>
    </message>
    <message>
        <source>A sync is running; logging in is possible once it is done.</source>
        <translation type="unfinished">Bir eşitleme sürüyor; bittiğinde oturum açılabilir.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished">%1 olarak oturum açıldı.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished">Oturum açık değil.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncStatusWidget</name>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished">Az önce eşitlendi</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform>%n dakika önce eşitlendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform>%n saat önce eşitlendi</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation type="unfinished">%1 tarihinde eşitlendi</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished">Son eşitleme: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished">Henüz eşitlenmedi.</translation>
    </message>
    <message>
        <source>Sent: %1 · Received: %2 · Removed: %3 · New conflicts: %4 · Refused: %5</source>
        <translation type="unfinished">Gönderilen: %1 · Alınan: %2 · Kaldırılan: %3 · Yeni çakışmalar: %4 · Reddedilen: %5</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished">Eşitleme: ayarlanmadı</translation>
    </message>
    <message>
        <source>This workspace is only on this laptop. Click to choose the sync server.</source>
        <translation type="unfinished">Bu çalışma alanı yalnızca bu dizüstü bilgisayarda. Eşitleme sunucusunu seçmek için tıklayın.</translation>
    </message>
    <message>
        <source>Offline — will retry</source>
        <translation type="unfinished">Çevrimdışı — yeniden denenecek</translation>
    </message>
    <message>
        <source>Majlis tries again every few minutes. Click to try now.</source>
        <translation type="unfinished">Majlis birkaç dakikada bir yeniden dener. Şimdi denemek için tıklayın.</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation type="unfinished">Eşitleniyor: bağlanılıyor…</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation type="unfinished">Eşitleniyor: gönderiliyor…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation type="unfinished">%2 değişiklikten %1 tanesi gönderildi.</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation type="unfinished">Eşitleniyor: alınıyor…</translation>
    </message>
    <message>
        <source>Received %1 changes so far.</source>
        <translation type="unfinished">Şu ana kadar %1 değişiklik alındı.</translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation type="unfinished">Eşitleme: henüz eşitlenmedi</translation>
    </message>
    <message>
        <source>Majlis syncs every few minutes. Click to sync now.</source>
        <translation type="unfinished">Majlis birkaç dakikada bir eşitler. Şimdi eşitlemek için tıklayın.</translation>
    </message>
    <message>
        <source>Sync: log in again</source>
        <translation type="unfinished">Eşitleme: yeniden oturum açın</translation>
    </message>
    <message>
        <source>Your changes stay on this laptop until then. Click to log in.</source>
        <translation type="unfinished">O zamana kadar değişiklikleriniz bu dizüstü bilgisayarda kalır. Oturum açmak için tıklayın.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished">Eşitleme başarısız oldu</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation type="unfinished">Yeniden denemek için tıklayın.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished">Eşitleme durumu</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished">Eşitleme ilerlemesi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">İptal</translation>
    </message>
    <message>
        <source>Stop syncing. What was already sent or received is kept.</source>
        <translation type="unfinished">Eşitlemeyi durdurur. Önceden gönderilen veya alınanlar korunur.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform>%n çakışma</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that lost to an edit made on another laptop. Click to review them.</source>
        <translation type="unfinished">Başka bir dizüstü bilgisayarda yapılan bir düzenlemeye karşı kaybeden değerler. İncelemek için tıklayın.</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutPanel</name>
    <message>
        <source>Turnout per district</source>
        <translation type="unfinished">Bölgeye göre katılım</translation>
    </message>
    <message>
        <source>Chase list: pledged, not voted yet</source>
        <translation type="unfinished">Takip listesi: söz verdi, henüz oy vermedi</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>Chase list</source>
        <translation type="unfinished">Takip listesi</translation>
    </message>
    <message>
        <source>&amp;Mark Voted</source>
        <translation type="unfinished">Oy verdi olarak &amp;işaretle</translation>
    </message>
    <message>
        <source>Mark the selected people on the chase list as voted</source>
        <translation type="unfinished">Takip listesinde seçili kişileri oy verdi olarak işaretle</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Geri Al</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation type="unfinished">Son işaretlemeyi geri al</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">B&amp;ölge:</translation>
    </message>
    <message>
        <source>Find anyone</source>
        <translation type="unfinished">Herhangi birini bul</translation>
    </message>
    <message>
        <source>Find by name or phone</source>
        <translation type="unfinished">Ada veya telefona göre bul</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation type="unfinished">Ad veya telefon numarası</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Bulunan kişiler</translation>
    </message>
    <message>
        <source>Mark &amp;Voted</source>
        <translation type="unfinished">Oy &amp;verdi işaretle</translation>
    </message>
    <message>
        <source>Mark the people found as voted</source>
        <translation type="unfinished">Bulunan kişileri oy verdi olarak işaretle</translation>
    </message>
    <message>
        <source>Mark &amp;Not Voted</source>
        <translation type="unfinished">Oy ver&amp;medi işaretle</translation>
    </message>
    <message>
        <source>Take the voted mark off the people found</source>
        <translation type="unfinished">Bulunan kişilerden oy işaretini kaldır</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Bul:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Yinele</translation>
    </message>
    <message>
        <source>Choose an election to follow its turnout.</source>
        <translation type="unfinished">Katılımını izlemek için bir seçim seçin.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>election name, then its date</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Nobody has pledged to vote in this election yet. Pledges come from the answers people give to campaign scripts.</source>
        <translation type="unfinished">Bu seçimde henüz kimse oy vermeye söz vermedi. Sözler, kampanya metinlerine verilen yanıtlardan gelir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledged to vote; %1 of them (%2) have voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln kişi oy vermeye söz verdi; bunlardan %1 kişi (%2) oy verdi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more voted without having pledged.</source>
        <translation type="unfinished">
            <numerusform>%Ln kişi daha söz vermeden oy verdi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every district</source>
        <translation type="unfinished">Tüm bölgeler</translation>
    </message>
    <message>
        <source>Nobody to chase: nobody has pledged yet.</source>
        <translation type="unfinished">Takip edilecek kimse yok: henüz kimse söz vermedi.</translation>
    </message>
    <message>
        <source>Nobody left to chase: everyone who pledged has voted.</source>
        <translation type="unfinished">Takip edilecek kimse kalmadı: söz veren herkes oy verdi.</translation>
    </message>
    <message>
        <source>Type a name or phone number to find anyone, pledged or not, and mark them voted.</source>
        <translation type="unfinished">Söz vermiş olsun olmasın herkesi bulmak ve oy verdi olarak işaretlemek için bir ad ya da telefon numarası yazın.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; ile eşleşen kimse yok.</translation>
    </message>
    <message>
        <source>Already marked voted.</source>
        <translation type="unfinished">Zaten oy verdi olarak işaretli.</translation>
    </message>
    <message>
        <source>Not marked voted.</source>
        <translation type="unfinished">Oy verdi olarak işaretli değil.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln people voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln kişi oy verdi olarak işaretlendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the voted mark off %Ln people.</source>
        <translation type="unfinished">
            <numerusform>%Ln kişiden oy işareti kaldırıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with %1.</source>
        <translation type="unfinished">%1 ile geri alın.</translation>
    </message>
    <message>
        <source>Cannot mark the vote</source>
        <translation type="unfinished">Oy işaretlenemiyor</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutRowModel</name>
    <message>
        <source>Unknown district</source>
        <translation type="unfinished">Bilinmeyen bölge</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Söz verdi</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">Oy verdi</translation>
    </message>
    <message>
        <source>Marked voted at %1</source>
        <translation type="unfinished">%1 tarihinde oy verdi olarak işaretlendi</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Bölge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
</context>
<context>
    <name>majlis::VolunteerModel</name>
    <message>
        <source>Volunteer (sync user name)</source>
        <translation>Gönüllü (eşitleme kullanıcı adı)</translation>
    </message>
    <message>
        <source>Languages they call in</source>
        <translation>Arama dilleri</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Aranacak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Tamamlandı</translation>
    </message>
</context>
<context>
    <name>majlis::WalkListPanel</name>
    <message>
        <source>Walk list of</source>
        <translation type="unfinished">Yürüyüş listesi:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Yazdır…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">&amp;PDF Kaydet…</translation>
    </message>
    <message>
        <source>Walk list preview</source>
        <translation type="unfinished">Yürüyüş listesi önizlemesi</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">Listenin tamamı</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s share (each on its own pages)</source>
        <translation type="unfinished">Her gönüllünün payı (her biri kendi sayfalarında)</translation>
    </message>
    <message>
        <source>Choose a door-knocking campaign to print its walk lists.</source>
        <translation type="unfinished">Yürüyüş listelerini yazdırmak için bir kapı kapı kampanyası seçin.</translation>
    </message>
    <message>
        <source>Print Walk Lists</source>
        <translation type="unfinished">Yürüyüş listelerini yazdır</translation>
    </message>
    <message>
        <source>Save Walk Lists as PDF</source>
        <translation type="unfinished">Yürüyüş listelerini PDF olarak kaydet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">PDF kaydedilemiyor</translation>
    </message>
</context>
<context>
    <name>majlis::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation type="unfinished">Çalışma Alanı Ayarları</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s country</source>
        <translation type="unfinished">Ayarlanmadı: bu bilgisayarın ülkesi</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">Telefon numaralarının ülkesi</translation>
    </message>
    <message>
        <source>Time zone of events</source>
        <translation type="unfinished">Etkinliklerin saat dilimi</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s time zone</source>
        <translation type="unfinished">Ayarlanmadı: bu bilgisayarın saat dilimi</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation type="unfinished">Telefon numaralarının ül&amp;kesi:</translation>
    </message>
    <message>
        <source>&amp;Time zone of events:</source>
        <translation type="unfinished">Etkinliklerin &amp;saat dilimi:</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished">Şubeler</translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation type="unfinished">Şu&amp;beler</translation>
    </message>
    <message>
        <source>A chapter&apos;s own country and time zone come before the workspace&apos;s for its contacts and events. Double-click a cell to change it; an empty one follows the workspace.</source>
        <translation type="unfinished">Bir şubenin kendi ülkesi ve saat dilimi, kişileri ve etkinlikleri için çalışma alanınınkinden önce gelir. Değiştirmek için bir hücreye çift tıklayın; boş bir hücre çalışma alanını izler.</translation>
    </message>
    <message>
        <source>The chapters could not be read: %1</source>
        <translation type="unfinished">Şubeler okunamadı: %1</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of %1, unless the contact or its chapter names another country.</source>
        <translation type="unfinished">+ olmadan yazılan numaralar, kişi ya da şubesi başka bir ülke belirtmedikçe %1 numarası olarak okunur.</translation>
    </message>
    <message>
        <source>In effect: %1, from this computer&apos;s language and region settings.</source>
        <translation type="unfinished">Geçerli: %1, bu bilgisayarın dil ve bölge ayarlarından.</translation>
    </message>
    <message>
        <source>None in effect: this computer&apos;s settings name no country, so numbers typed without + and without a country are kept as typed. Choose one.</source>
        <translation type="unfinished">Geçerli ülke yok: bu bilgisayarın ayarları bir ülke belirtmiyor, bu yüzden + ve ülke olmadan yazılan numaralar yazıldığı gibi saklanır. Bir ülke seçin.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows; choose one from the list.</source>
        <translation type="unfinished">%1 bu bilgisayarın bildiği bir saat dilimi değil; listeden birini seçin.</translation>
    </message>
    <message>
        <source>In effect: %1, this computer&apos;s time zone.</source>
        <translation type="unfinished">Geçerli: %1, bu bilgisayarın saat dilimi.</translation>
    </message>
    <message>
        <source>Events without a zone of their own or of their chapter are at %1.</source>
        <translation type="unfinished">Kendi saat dilimi ya da şubesinin saat dilimi olmayan etkinlikler %1 saatindedir.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished">Hiçbir şey değiştirilmedi. %1</translation>
    </message>
</context>
<context>
    <name>majlis::cli::Context</name>
    <message>
        <source>The chapter&apos;s city.</source>
        <translation type="unfinished">Şubenin şehri.</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ad</translation>
    </message>
    <message>
        <source>State, province or region.</source>
        <translation type="unfinished">Eyalet, il veya bölge.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US.</source>
        <translation type="unfinished">İki harfli ülke kodu, örneğin US.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">kod</translation>
    </message>
    <message>
        <source>&quot;chapters add&quot; needs the chapter&apos;s name.</source>
        <translation type="unfinished">&quot;chapters add&quot; şubenin adını gerektirir.</translation>
    </message>
    <message>
        <source>Added chapter %1.</source>
        <translation type="unfinished">%1 şubesi eklendi.</translation>
    </message>
    <message>
        <source>No chapters yet. Add one with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">Henüz şube yok. &quot;majlis-cli chapters add NAME&quot; ile ekleyin.</translation>
    </message>
    <message>
        <source>Workspace ready at %1 (format %2).</source>
        <translation type="unfinished">Çalışma alanı %1 konumunda hazır (biçim %2).</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished">Ad.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished">Soyadı.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation type="unfinished">Tercih edilen ad.</translation>
    </message>
    <message>
        <source>Email address; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">E-posta adresi; birden fazlası için tekrarlayın (düzenlemede mevcutların yerini alır).</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">adres</translation>
    </message>
    <message>
        <source>Phone number; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Telefon numarası; birden fazlası için tekrarlayın (düzenlemede mevcutların yerini alır).</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">numara</translation>
    </message>
    <message>
        <source>Chapter name.</source>
        <translation type="unfinished">Şube adı.</translation>
    </message>
    <message>
        <source>U.S. state, two letters.</source>
        <translation type="unfinished">ABD eyaleti, iki harf.</translation>
    </message>
    <message>
        <source>Congressional district (0 for at-large).</source>
        <translation type="unfinished">Kongre seçim bölgesi (eyalet geneli için 0).</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation type="unfinished">Kuruluş.</translation>
    </message>
    <message>
        <source>Role at the organization.</source>
        <translation type="unfinished">Kuruluştaki görevi.</translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished">görev</translation>
    </message>
    <message>
        <source>Tag; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Etiket; birden fazlası için tekrarlayın (düzenlemede mevcutların yerini alır).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished">etiket</translation>
    </message>
    <message>
        <source>Language spoken, such as ar; repeatable.</source>
        <translation type="unfinished">Konuşulan dil, örneğin ar; tekrarlanabilir.</translation>
    </message>
    <message>
        <source>Consent given today, on the command line: email, sms, phone or photo; repeatable.</source>
        <translation type="unfinished">Bugün komut satırında verilen izin: email, sms, phone veya photo; tekrarlanabilir.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">kanal</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished">Notlar.</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">metin</translation>
    </message>
    <message>
        <source>--district takes a number, such as 12 or 0 for at-large.</source>
        <translation type="unfinished">--district bir sayı alır, örneğin 12 veya eyalet geneli için 0.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; use email, sms, phone or photo.</source>
        <translation type="unfinished">Bilinmeyen izin &quot;%1&quot;; email, sms, phone veya photo kullanın.</translation>
    </message>
    <message>
        <source>%1 Add it first with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">%1 Önce &quot;majlis-cli chapters add NAME&quot; ile ekleyin.</translation>
    </message>
    <message>
        <source>  id: %1</source>
        <translation type="unfinished">  kimlik: %1</translation>
    </message>
    <message>
        <source>  email: %1</source>
        <translation type="unfinished">  e-posta: %1</translation>
    </message>
    <message>
        <source>  phone: %1</source>
        <translation type="unfinished">  telefon: %1</translation>
    </message>
    <message>
        <source>  chapter: %1</source>
        <translation type="unfinished">  şube: %1</translation>
    </message>
    <message>
        <source>  district: %1</source>
        <translation type="unfinished">  bölge: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation type="unfinished">  etiketler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n kişi</numerusform>
        </translation>
    </message>
    <message>
        <source>Show at most this many (default 50).</source>
        <translation type="unfinished">En fazla bu kadarını göster (varsayılan 50).</translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished">sayı</translation>
    </message>
    <message>
        <source>Only this chapter.</source>
        <translation type="unfinished">Yalnızca bu şube.</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation type="unfinished">Yalnızca bu etikete sahip kişiler.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished">%1 eklendi.</translation>
    </message>
    <message>
        <source>&quot;contacts search&quot; needs something to search for.</source>
        <translation type="unfinished">&quot;contacts search&quot; aranacak bir şey gerektirir.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished">--limit pozitif bir sayı alır.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; needs a contact id.</source>
        <translation type="unfinished">&quot;contacts %1&quot; bir kişi kimliği gerektirir.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; takes one contact id.</source>
        <translation type="unfinished">&quot;contacts %1&quot; tek bir kişi kimliği alır.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 kaydedildi.</translation>
    </message>
    <message>
        <source>--date takes a date like 2027-03-04.</source>
        <translation type="unfinished">--date 2027-03-04 gibi bir tarih alır.</translation>
    </message>
    <message>
        <source>--%1 takes a time like 09:00.</source>
        <translation type="unfinished">--%1 09:00 gibi bir saat alır.</translation>
    </message>
    <message>
        <source>--slot and --team-size take whole numbers.</source>
        <translation type="unfinished">--slot ve --team-size tam sayı alır.</translation>
    </message>
    <message>
        <source>Created advocacy day %1 (%2).</source>
        <translation type="unfinished">%1 savunuculuk günü oluşturuldu (%2).</translation>
    </message>
    <message>
        <source>No advocacy days yet. Create one with &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Henüz savunuculuk günü yok. &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot; ile oluşturun.</translation>
    </message>
    <message>
        <source>--role is one of constituent, team_lead, note_taker, first_timer.</source>
        <translation type="unfinished">--role şunlardan biridir: constituent, team_lead, note_taker, first_timer.</translation>
    </message>
    <message>
        <source>Name the contacts to register, by id or with --tag.</source>
        <translation type="unfinished">Kaydedilecek kişileri kimlikle veya --tag ile belirtin.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n new attendee(s) for %1.</source>
        <translation type="unfinished">
            <numerusform>%1 için %n yeni katılımcı kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet. Use &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</source>
        <translation type="unfinished">Henüz kimse kayıtlı değil. &quot;majlis-cli day attendees add DAY CONTACT...&quot; kullanın.</translation>
    </message>
    <message>
        <source>Scheduled %1 meetings; %2 of %3 constituents have all their meetings.</source>
        <translation type="unfinished">%1 görüşme planlandı; %3 seçmenden %2 tanesinin tüm görüşmeleri var.</translation>
    </message>
    <message>
        <source>Not scheduled:</source>
        <translation type="unfinished">Planlanmadı:</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished">%1 klasörü oluşturulamadı.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation type="unfinished">
            <numerusform>%n dosya yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;day attendees&quot; needs add or list.</source>
        <translation type="unfinished">&quot;day attendees&quot; add veya list gerektirir.</translation>
    </message>
    <message>
        <source>The day&apos;s date, such as 2027-03-04.</source>
        <translation type="unfinished">Günün tarihi, örneğin 2027-03-04.</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">tarih</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">şehir</translation>
    </message>
    <message>
        <source>The day&apos;s theme.</source>
        <translation type="unfinished">Günün teması.</translation>
    </message>
    <message>
        <source>First meeting time (default 09:00).</source>
        <translation type="unfinished">İlk görüşme saati (varsayılan 09:00).</translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished">saat</translation>
    </message>
    <message>
        <source>End of the last meeting (default 17:00).</source>
        <translation type="unfinished">Son görüşmenin bitişi (varsayılan 17:00).</translation>
    </message>
    <message>
        <source>Minutes per meeting (default 30).</source>
        <translation type="unfinished">Görüşme başına dakika (varsayılan 30).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished">dakika</translation>
    </message>
    <message>
        <source>Most people in one team (default 8).</source>
        <translation type="unfinished">Bir ekipteki en fazla kişi (varsayılan 8).</translation>
    </message>
    <message>
        <source>An ask, as &quot;BILL: title&quot;; repeat for more.</source>
        <translation type="unfinished">Bir talep, &quot;BILL: başlık&quot; biçiminde; daha fazlası için tekrarlayın.</translation>
    </message>
    <message>
        <source>ask</source>
        <translation type="unfinished">talep</translation>
    </message>
    <message>
        <source>constituent (default), team_lead, note_taker or first_timer.</source>
        <translation type="unfinished">constituent (varsayılan), team_lead, note_taker veya first_timer.</translation>
    </message>
    <message>
        <source>Register every contact with this tag.</source>
        <translation type="unfinished">Bu etikete sahip her kişiyi kaydet.</translation>
    </message>
    <message>
        <source>Write the day as an iCalendar file.</source>
        <translation type="unfinished">Günü bir iCalendar dosyası olarak yaz.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">dosya</translation>
    </message>
    <message>
        <source>Write the itineraries as a PDF, one per page.</source>
        <translation type="unfinished">Güzergâhları sayfa başına bir tane olmak üzere PDF olarak yaz.</translation>
    </message>
    <message>
        <source>Write the schedule as CSV.</source>
        <translation type="unfinished">Programı CSV olarak yaz.</translation>
    </message>
    <message>
        <source>With --ics: one file per attendee, in the folder given.</source>
        <translation type="unfinished">--ics ile: verilen klasörde katılımcı başına bir dosya.</translation>
    </message>
    <message>
        <source>unknown command &quot;day %1&quot;; use create, list, attendees add, attendees list, schedule or export.</source>
        <translation type="unfinished">bilinmeyen komut &quot;day %1&quot;; create, list, attendees add, attendees list, schedule veya export kullanın.</translation>
    </message>
    <message>
        <source>&quot;day create&quot; needs the day&apos;s title.</source>
        <translation type="unfinished">&quot;day create&quot; günün başlığını gerektirir.</translation>
    </message>
    <message>
        <source>Name the advocacy day, by the id &quot;day list&quot; shows or by its title.</source>
        <translation type="unfinished">Savunuculuk gününü &quot;day list&quot; komutunun gösterdiği kimlikle veya başlığıyla belirtin.</translation>
    </message>
    <message>
        <source>This walk-in may already be a contact: %1. Check in that contact by id instead.</source>
        <translation type="unfinished">Bu kayıtsız gelen zaten bir kişi olabilir: %1. Bunun yerine o kişinin girişini kimlikle yapın.</translation>
    </message>
    <message>
        <source>Added and checked in %1.</source>
        <translation type="unfinished">%1 eklendi ve giriş yaptı.</translation>
    </message>
    <message>
        <source>Name the contacts to check in by id, or add a walk-in with --walk-in --given NAME.</source>
        <translation type="unfinished">Girişi yapılacak kişileri kimlikle belirtin veya --walk-in --given NAME ile kayıtsız gelen ekleyin.</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation type="unfinished">%1, %2 etkinliğinde giriş yaptı.</translation>
    </message>
    <message>
        <source>When it starts, such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">Başlangıç zamanı, örneğin &quot;2027-05-01 18:30&quot;.</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation type="unfinished">Bitiş zamanı.</translation>
    </message>
    <message>
        <source>voter_registration, interfaith, town_hall, training, cultural, community or other.</source>
        <translation type="unfinished">voter_registration, interfaith, town_hall, training, cultural, community veya other.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">tür</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation type="unfinished">Yer.</translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished">yer</translation>
    </message>
    <message>
        <source>How many people fit (0: no limit).</source>
        <translation type="unfinished">Kaç kişi sığar (0: sınır yok).</translation>
    </message>
    <message>
        <source>The chapter running it.</source>
        <translation type="unfinished">Düzenleyen şube.</translation>
    </message>
    <message>
        <source>Add a new contact at the door and check them in.</source>
        <translation type="unfinished">Kapıda yeni bir kişi ekle ve girişini yap.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s given name.</source>
        <translation type="unfinished">Kayıtsız gelenin adı.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s family name.</source>
        <translation type="unfinished">Kayıtsız gelenin soyadı.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s email.</source>
        <translation type="unfinished">Kayıtsız gelenin e-postası.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s phone.</source>
        <translation type="unfinished">Kayıtsız gelenin telefonu.</translation>
    </message>
    <message>
        <source>Write attendance as CSV to this file (- for the screen).</source>
        <translation type="unfinished">Katılımı CSV olarak bu dosyaya yaz (ekran için -).</translation>
    </message>
    <message>
        <source>--start takes a time such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">--start &quot;2027-05-01 18:30&quot; gibi bir zaman alır.</translation>
    </message>
    <message>
        <source>--end takes a time such as &quot;2027-05-01 21:00&quot;.</source>
        <translation type="unfinished">--end &quot;2027-05-01 21:00&quot; gibi bir zaman alır.</translation>
    </message>
    <message>
        <source>--kind is one of voter_registration, interfaith, town_hall, training, cultural, community, other.</source>
        <translation type="unfinished">--kind şunlardan biridir: voter_registration, interfaith, town_hall, training, cultural, community, other.</translation>
    </message>
    <message>
        <source>Created event %1 (%2).</source>
        <translation type="unfinished">%1 etkinliği oluşturuldu (%2).</translation>
    </message>
    <message>
        <source>&quot;events calendar&quot; needs the .ics file to write.</source>
        <translation type="unfinished">&quot;events calendar&quot; yazılacak .ics dosyasını gerektirir.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%1 dosyasına %n etkinlik yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet. Create one with &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</source>
        <translation type="unfinished">Henüz etkinlik yok. &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot; ile oluşturun.</translation>
    </message>
    <message>
        <source>Name the event, by the id &quot;events list&quot; shows or by its title.</source>
        <translation type="unfinished">Etkinliği &quot;events list&quot; komutunun gösterdiği kimlikle veya başlığıyla belirtin.</translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 to %2.</source>
        <translation type="unfinished">%1 katılımı %2 dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer in office.</source>
        <translation type="unfinished">%1 Kongre üyesi içe aktarıldı: %2 yeni, %3 güncellendi, %4 değişmedi, %5 artık görevde değil.</translation>
    </message>
    <message>
        <source>Only this state, such as WA.</source>
        <translation type="unfinished">Yalnızca bu eyalet, örneğin WA.</translation>
    </message>
    <message>
        <source>unknown command &quot;legislators %1&quot;; use import or list.</source>
        <translation type="unfinished">bilinmeyen komut &quot;legislators %1&quot;; import veya list kullanın.</translation>
    </message>
    <message>
        <source>How many contacts (default 2000).</source>
        <translation type="unfinished">Kaç kişi (varsayılan 2000).</translation>
    </message>
    <message>
        <source>--count takes a number.</source>
        <translation type="unfinished">--count bir sayı alır.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform>%n demo kişi eklendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished">Kişiler:</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"> (%1 tarihine kadar)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished">Geçmiş:</translation>
    </message>
    <message>
        <source>mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media or other.</source>
        <translation type="unfinished">mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media veya other.</translation>
    </message>
    <message>
        <source>An issue area; repeat for several.</source>
        <translation type="unfinished">Bir konu alanı; birden fazlası için tekrarlayın.</translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished">alan</translation>
    </message>
    <message>
        <source>prospect, active or dormant.</source>
        <translation type="unfinished">prospect, active veya dormant.</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">durum</translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished">Şehir.</translation>
    </message>
    <message>
        <source>State or region.</source>
        <translation type="unfinished">Eyalet veya bölge.</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished">Web adresi.</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished">url</translation>
    </message>
    <message>
        <source>The chapter that keeps the relationship.</source>
        <translation type="unfinished">İlişkiyi yürüten şube.</translation>
    </message>
    <message>
        <source>Only partners whose name, city or notes contain this.</source>
        <translation type="unfinished">Yalnızca adı, şehri veya notları bunu içeren ortaklar.</translation>
    </message>
    <message>
        <source>unknown command &quot;partners %1&quot;; use add, list or show.</source>
        <translation type="unfinished">bilinmeyen komut &quot;partners %1&quot;; add, list veya show kullanın.</translation>
    </message>
    <message>
        <source>--kind is one of mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</source>
        <translation type="unfinished">--kind şunlardan biridir: mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</translation>
    </message>
    <message>
        <source>--status is one of prospect, active, dormant.</source>
        <translation type="unfinished">--status şunlardan biridir: prospect, active, dormant.</translation>
    </message>
    <message>
        <source>&quot;partners show&quot; needs the partner&apos;s name or id.</source>
        <translation type="unfinished">&quot;partners show&quot; ortağın adını veya kimliğini gerektirir.</translation>
    </message>
    <message>
        <source>&quot;partners add&quot; needs the partner&apos;s name.</source>
        <translation type="unfinished">&quot;partners add&quot; ortağın adını gerektirir.</translation>
    </message>
    <message>
        <source>Added partner %1 (%2).</source>
        <translation type="unfinished">%1 ortağı eklendi (%2).</translation>
    </message>
    <message>
        <source>No partners match. Add one with &quot;majlis-cli partners add NAME --kind interfaith&quot;.</source>
        <translation type="unfinished">Eşleşen ortak yok. &quot;majlis-cli partners add NAME --kind interfaith&quot; ile ekleyin.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>--duplicates is one of merge, skip, create.</source>
        <translation type="unfinished">--duplicates şunlardan biridir: merge, skip, create.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with a column of the file&apos;s header and a field such as email; &quot;%1&quot; is neither.</source>
        <translation type="unfinished">--map, dosya başlığından bir sütun ve email gibi bir alanla COLUMN=FIELD alır; &quot;%1&quot; ikisi de değil.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">%1 içe aktarımı</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read; %4 to create, %5 to merge, %6 to skip, %7 problems.</source>
        <translation type="unfinished">%1 (%2): %3 satır okundu; %4 oluşturulacak, %5 birleştirilecek, %6 atlanacak, %7 sorun.</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation type="unfinished">  satır %1, %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation type="unfinished">İçe aktarıldı: %1 oluşturuldu, %2 birleştirildi, %3 atlandı.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished">Deneme çalıştırması: hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>%1: %2 cards; %3 to create, %4 to merge, %5 to skip, %6 problems.</source>
        <translation type="unfinished">%1: %2 kart; %3 oluşturulacak, %4 birleştirilecek, %5 atlanacak, %6 sorun.</translation>
    </message>
    <message>
        <source>Show what would be created, merged and skipped, and write nothing.</source>
        <translation type="unfinished">Neyin oluşturulacağını, birleştirileceğini ve atlanacağını göster, hiçbir şey yazma.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD; repeatable. Fields: %1.</source>
        <translation type="unfinished">COLUMN=FIELD; tekrarlanabilir. Alanlar: %1.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished">eşleme</translation>
    </message>
    <message>
        <source>What to do with rows that match a contact: merge (default), skip or create.</source>
        <translation type="unfinished">Bir kişiyle eşleşen satırlarla ne yapılacağı: merge (varsayılan), skip veya create.</translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished">eylem</translation>
    </message>
    <message>
        <source>Put every imported contact in this chapter.</source>
        <translation type="unfinished">İçe aktarılan her kişiyi bu şubeye koy.</translation>
    </message>
    <message>
        <source>Write the problems found, row by row, to this CSV file.</source>
        <translation type="unfinished">Bulunan sorunları satır satır bu CSV dosyasına yaz.</translation>
    </message>
    <message>
        <source>unknown command &quot;import %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">bilinmeyen komut &quot;import %1&quot;; csv, vcard veya archive kullanın.</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to import.</source>
        <translation type="unfinished">&quot;import %1&quot; içe aktarılacak dosyayı gerektirir.</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">%1 arşivi içe aktarıldı.</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished">Yalnızca bu aramayla eşleşen kişiler.</translation>
    </message>
    <message>
        <source>vCard version: 4.0 (default), 3.0 or 2.1.</source>
        <translation type="unfinished">vCard sürümü: 4.0 (varsayılan), 3.0 veya 2.1.</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished">sürüm</translation>
    </message>
    <message>
        <source>unknown command &quot;export %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">bilinmeyen komut &quot;export %1&quot;; csv, vcard veya archive kullanın.</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; needs the file to write.</source>
        <translation type="unfinished">&quot;export %1&quot; yazılacak dosyayı gerektirir.</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Çalışma alanı arşivi %1 yazıldı.</translation>
    </message>
    <message>
        <source>No contacts match; nothing was written.</source>
        <translation type="unfinished">Eşleşen kişi yok; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>--version is one of 4.0, 3.0, 2.1.</source>
        <translation type="unfinished">--version şunlardan biridir: 4.0, 3.0, 2.1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n kişi %1 dosyasına dışa aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Sunucu adresi, örneğin https://sync.example.org.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished">Sunucudaki kullanıcı adı.</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate authority (PEM file).</source>
        <translation type="unfinished">Kuruluşun sertifika yetkilisi (PEM dosyası).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate.</source>
        <translation type="unfinished">Sunucu sertifikasının SHA-256 parmak izi.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished">Parolayı standart girdiden oku.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished">%1 okunamıyor.</translation>
    </message>
    <message>
        <source>Give --server and --user the first time.</source>
        <translation type="unfinished">İlk seferde --server ve --user seçeneklerini verin.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished">Parolayı --password-stdin ile standart girdiden verin.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 received, %3 removed, %4 conflict(s), %5 refused.</source>
        <translation type="unfinished">Eşitlendi: %1 değişiklik gönderildi, %2 alındı, %3 kaldırıldı, %4 çakışma, %5 reddedildi.</translation>
    </message>
    <message>
        <source>&quot;contacts export-data&quot; takes a contact id and the file to write.</source>
        <translation type="unfinished">&quot;contacts export-data&quot; bir kişi kimliği ve yazılacak dosyayı alır.</translation>
    </message>
    <message>
        <source>Wrote everything this workspace holds about the contact to %1.</source>
        <translation type="unfinished">Bu çalışma alanının kişi hakkında tuttuğu her şey %1 dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone.</source>
        <translation type="unfinished">Silmenin geri alınamayacağını onaylayın.</translation>
    </message>
    <message>
        <source>&quot;contacts erase&quot; takes one contact id.</source>
        <translation type="unfinished">&quot;contacts erase&quot; bir kişi kimliği alır.</translation>
    </message>
    <message>
        <source>Erasing a person removes everything held about them, here and at the next sync on every laptop, and cannot be undone. Export it first with &quot;contacts export-data&quot; if they asked for a copy, then run the command again with --yes.</source>
        <translation type="unfinished">Bir kişiyi silmek, onunla ilgili tutulan her şeyi burada ve bir sonraki eşitlemede her dizüstü bilgisayarda kaldırır ve geri alınamaz. Bir kopya istediyse önce &quot;contacts export-data&quot; ile dışa aktarın, ardından komutu --yes ile yeniden çalıştırın.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the contact and %n row(s) about them. The erasure reaches other laptops at their next sync.</source>
        <translation type="unfinished">
            <numerusform>Kişi ve onunla ilgili %n satır silindi. Silme, diğer dizüstü bilgisayarlara bir sonraki eşitlemelerinde ulaşır.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;contacts %1&quot;; use add, list, search, show, edit, delete, merge, export-data or erase.</source>
        <translation type="unfinished">bilinmeyen komut &quot;contacts %1&quot;; add, list, search, show, edit, delete, merge, export-data veya erase kullanın.</translation>
    </message>
    <message>
        <source>&quot;contacts merge&quot; takes the id of the contact to keep and of the one to merge into it.</source>
        <translation type="unfinished">&quot;contacts merge&quot;, tutulacak kişinin kimliğini ve onunla birleştirilecek kişinin kimliğini alır.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished">%1 ile birleştirildi.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished">Sokak adresi.</translation>
    </message>
    <message>
        <source>City or town.</source>
        <translation type="unfinished">Şehir veya kasaba.</translation>
    </message>
    <message>
        <source>State, province or region of the address.</source>
        <translation type="unfinished">Adresin eyaleti, ili veya bölgesi.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished">Posta kodu.</translation>
    </message>
    <message>
        <source>Country, two letters such as DE or GB; phone numbers without + are read as numbers of this country.</source>
        <translation type="unfinished">Ülke, DE veya GB gibi iki harf; + olmadan yazılan telefon numaraları bu ülkenin numaraları olarak okunur.</translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE, GB, FR, CA or TR.</source>
        <translation type="unfinished">--country iki harfli bir ülke kodu alır, örneğin DE, GB, FR, CA veya TR.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value and its label, such as an email and home</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>  given name: %1</source>
        <translation type="unfinished">  ad: %1</translation>
    </message>
    <message>
        <source>  family name: %1</source>
        <translation type="unfinished">  soyadı: %1</translation>
    </message>
    <message>
        <source>  preferred name: %1</source>
        <translation type="unfinished">  tercih edilen ad: %1</translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation type="unfinished">  adres: %1</translation>
    </message>
    <message>
        <source>  organization: %1</source>
        <translation type="unfinished">  kuruluş: %1</translation>
    </message>
    <message>
        <source>  role: %1</source>
        <translation type="unfinished">  görev: %1</translation>
    </message>
    <message>
        <source>  languages: %1</source>
        <translation type="unfinished">  diller: %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished">%1 tarihinde verildi</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished">%1 tarihinde reddedildi</translation>
    </message>
    <message>
        <source>  consent to %1: %2</source>
        <translation type="unfinished">  %1 için izin: %2</translation>
    </message>
    <message>
        <source>  skills: %1</source>
        <translation type="unfinished">  beceriler: %1</translation>
    </message>
    <message>
        <source>  interests: %1</source>
        <translation type="unfinished">  ilgi alanları: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation type="unfinished">  doğum günü: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation type="unfinished">  notlar: %1</translation>
    </message>
    <message>
        <source>No workspace country: numbers without + and without a country are kept as typed.</source>
        <translation type="unfinished">Çalışma alanının ülkesi yok: + işareti ve ülkesi olmayan numaralar yazıldığı gibi saklanır.</translation>
    </message>
    <message>
        <source>Workspace country: %1</source>
        <translation type="unfinished">Çalışma alanının ülkesi: %1</translation>
    </message>
    <message>
        <source>Choose one of --ics, --pdf, --html or --csv, with the file to write.</source>
        <translation type="unfinished">Yazılacak dosyayla birlikte --ics, --pdf, --html veya --csv seçeneklerinden birini seçin.</translation>
    </message>
    <message>
        <source>With --pdf or --html: one page per team instead of per attendee.</source>
        <translation type="unfinished">--pdf veya --html ile: katılımcı başına değil, ekip başına bir sayfa.</translation>
    </message>
    <message>
        <source>Write the itineraries as a web page, to send or open in a browser.</source>
        <translation type="unfinished">Güzergâhları göndermek veya tarayıcıda açmak için bir web sayfası olarak yaz.</translation>
    </message>
    <message>
        <source>&quot;chapters time-zone&quot; takes one zone, such as Europe/London.</source>
        <translation type="unfinished">&quot;chapters time-zone&quot; tek bir saat dilimi alır, örneğin Europe/London.</translation>
    </message>
    <message>
        <source>Workspace time zone: %1</source>
        <translation type="unfinished">Çalışma alanının saat dilimi: %1</translation>
    </message>
    <message>
        <source>Time zone of %1: %2</source>
        <translation type="unfinished">%1 saat dilimi: %2</translation>
    </message>
    <message>
        <source>The IANA time zone of the chapter&apos;s events, such as Europe/London.</source>
        <translation type="unfinished">Şubenin etkinliklerinin IANA saat dilimi, örneğin Europe/London.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished">dilim</translation>
    </message>
    <message>
        <source>The chapter to show or set.</source>
        <translation type="unfinished">Gösterilecek ya da ayarlanacak şube.</translation>
    </message>
    <message>
        <source>unknown command &quot;chapters %1&quot;; use add, list, region or time-zone.</source>
        <translation type="unfinished">bilinmeyen komut &quot;chapters %1&quot;; add, list, region ya da time-zone kullanın.</translation>
    </message>
    <message>
        <source>Also print the Hijri date (Islamic civil calendar).</source>
        <translation type="unfinished">Hicri tarihi de yaz (İslami sivil takvim).</translation>
    </message>
    <message>
        <source>The IANA time zone of its place, such as Europe/London (default: the chapter&apos;s).</source>
        <translation type="unfinished">Yerinin IANA saat dilimi, örneğin Europe/London (varsayılan: şubeninki).</translation>
    </message>
    <message>
        <source>unknown command &quot;events %1&quot;; use create, list, show, checkin, attendance or calendar.</source>
        <translation type="unfinished">bilinmeyen komut &quot;events %1&quot;; create, list, show, checkin, attendance ya da calendar kullanın.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished">Tür: %1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished">Başlangıç: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished">Bitiş: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished">Saat dilimi: %1</translation>
    </message>
    <message>
        <source>%1 (the chapter&apos;s or the workspace&apos;s)</source>
        <translation type="unfinished">%1 (şubenin ya da çalışma alanının)</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished">Yer: %1</translation>
    </message>
    <message>
        <source>--encoding &quot;%1&quot; is not one Majlis reads; use one of %2.</source>
        <translation type="unfinished">--encoding &quot;%1&quot; Majlis&apos;in okuduğu bir kodlama değil; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation type="unfinished">%1, algılandı</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation type="unfinished">%1, seçildiği gibi</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding, when detection guesses wrong: %1.</source>
        <translation type="unfinished">Algılama yanlış tahmin ettiğinde dosyanın metin kodlaması: %1.</translation>
    </message>
    <message>
        <source>&quot;chapters region&quot; takes one country code, such as DE.</source>
        <translation type="unfinished">&quot;chapters region&quot; tek bir ülke kodu alır, örneğin DE.</translation>
    </message>
    <message>
        <source>Country of %1: %2</source>
        <translation type="unfinished">%1 ülkesi: %2</translation>
    </message>
    <message>
        <source>--building takes a name, and after = the group it is a short walk from, such as &quot;Binsfeld Office Building=offices&quot;.</source>
        <translation type="unfinished">--building bir ad alır, = işaretinden sonra da yürüyerek yakın olduğu grubu, örneğin &quot;Binsfeld Office Building=offices&quot;.</translation>
    </message>
    <message>
        <source>%1: the U.S. Capitol&apos;s buildings, as Majlis knows them.</source>
        <translation type="unfinished">%1: ABD Capitol binaları, Majlis’in bildiği şekliyle.</translation>
    </message>
    <message>
        <source>%1: one building, the capitol.</source>
        <translation type="unfinished">%1: tek bina, meclis binası.</translation>
    </message>
    <message>
        <source>With campus: a building of the capitol as NAME=GROUP; buildings of one group are a short walk apart. Repeat for each; the list replaces the campus.</source>
        <translation type="unfinished">campus ile: meclisin bir binası NAME=GROUP biçiminde; bir gruptaki binalar yürüyerek yakındır. Her biri için tekrarlayın; liste yerleşkenin yerini alır.</translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished">bina</translation>
    </message>
    <message>
        <source>unknown command &quot;bodies %1&quot;; use list or campus.</source>
        <translation type="unfinished">bilinmeyen komut &quot;bodies %1&quot;; list veya campus kullanın.</translation>
    </message>
    <message>
        <source>&quot;bodies campus&quot; needs the body&apos;s code, such as us-mi.</source>
        <translation type="unfinished">&quot;bodies campus&quot; yasama organının kodunu ister, örneğin us-mi.</translation>
    </message>
    <message>
        <source>The legislature the day lobbies, by code or name (default: the U.S. Congress).</source>
        <translation type="unfinished">Günün savunuculuk yaptığı yasama organı, kod veya adla (varsayılan: ABD Kongresi).</translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished">organ</translation>
    </message>
    <message>
        <source>The day&apos;s time zone, such as America/Detroit (default: the capitol&apos;s).</source>
        <translation type="unfinished">Günün saat dilimi, örneğin America/Detroit (varsayılan: meclisinki).</translation>
    </message>
    <message>
        <source>Only this legislature, by its code or name (default: every one; see &quot;bodies list&quot;).</source>
        <translation type="unfinished">Yalnızca bu yasama organı, kodu veya adıyla (varsayılan: hepsi; bkz. &quot;bodies list&quot;).</translation>
    </message>
    <message>
        <source>Only this chamber: upper, lower or unicameral (senate and house also work).</source>
        <translation type="unfinished">Yalnızca bu meclis: upper, lower veya unicameral (senate ve house da olur).</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation type="unfinished">meclis</translation>
    </message>
    <message>
        <source>--chamber is one of upper, lower or unicameral.</source>
        <translation type="unfinished">--chamber upper, lower veya unicameral olmalıdır.</translation>
    </message>
    <message>
        <source>No members match. Import a legislature&apos;s members with &quot;majlis-cli legislators import FILE&quot;.</source>
        <translation type="unfinished">Eşleşen üye yok. Bir yasama organının üyelerini &quot;majlis-cli legislators import FILE&quot; ile içe aktarın.</translation>
    </message>
    <message>
        <source>  %1 (%2, %3)</source>
        <comment>a contact, their postcode and a legislature</comment>
        <translation type="unfinished">  %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&quot;districts lookup&quot; needs a ZIP code: --zip 48126.</source>
        <translation type="unfinished">&quot;districts lookup&quot; bir ZIP kodu ister: --zip 48126.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a legislature, its chamber and a district</comment>
        <translation type="unfinished">%1 (%2): %3</translation>
    </message>
    <message>
        <source>No district file knows ZIP %1 (ZIP codes of post office boxes only have no area).</source>
        <translation type="unfinished">Hiçbir bölge dosyası %1 ZIP kodunu bilmiyor (yalnızca posta kutularına ait ZIP kodlarının bir alanı yoktur).</translation>
    </message>
    <message>
        <source>ZIP %1 spans several districts; the address decides which:</source>
        <translation type="unfinished">%1 ZIP kodu birkaç bölgeye yayılıyor; hangisi olduğunu adres belirler:</translation>
    </message>
    <message>
        <source>&quot;districts import&quot; takes one CSV file, --body CODE and --chamber senate|house|unicameral.</source>
        <translation type="unfinished">&quot;districts import&quot; bir CSV dosyası, --body CODE ve --chamber senate|house|unicameral alır.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">satır %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 postcodes in %2 rows for %3 (%4); %5 rows left out.</source>
        <translation type="unfinished">%3 (%4) için %2 satırda %1 posta kodu içe aktarıldı; %5 satır atlandı.</translation>
    </message>
    <message>
        <source>The ZIP code, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">ZIP kodu, örneğin 48126 veya 48126-1234.</translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished">zip</translation>
    </message>
    <message>
        <source>The legislature&apos;s code, such as us-mi.</source>
        <translation type="unfinished">Yasama organının kodu, örneğin us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral.</source>
        <translation type="unfinished">senate, house veya unicameral.</translation>
    </message>
    <message>
        <source>unknown command &quot;districts %1&quot;; use lookup or import.</source>
        <translation type="unfinished">bilinmeyen komut &quot;districts %1&quot;; lookup veya import kullanın.</translation>
    </message>
    <message numerus="yes">
        <source>Would fill %n district(s) from postcodes (dry run: nothing was written).</source>
        <translation type="unfinished">
            <numerusform>Posta kodlarından %n bölge doldurulacaktı (deneme: hiçbir şey yazılmadı).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postcodes.</source>
        <translation type="unfinished">
            <numerusform>Posta kodlarından %n bölge dolduruldu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already filled, %2 kept (entered by hand or confirmed), %3 without a postcode, of %4 contacts.</source>
        <translation type="unfinished">%1 zaten dolu, %2 korundu (elle girilmiş ya da doğrulanmış), %3 posta kodu yok; toplam %4 kişi.</translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts; choose with &quot;contacts districts ID --set DISTRICT&quot;:</source>
        <translation type="unfinished">
            <numerusform>%n posta kodu birkaç bölgeye yayılıyor; &quot;contacts districts ID --set DISTRICT&quot; ile seçin:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows:</source>
        <translation type="unfinished">
            <numerusform>Hiçbir bölge dosyasının bilmediği %n posta kodu:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s; check the address:</source>
        <translation type="unfinished">
            <numerusform>%n ZIP kodu yalnızca kişinin eyaleti dışındaki bir eyalette; adresi kontrol edin:</numerusform>
        </translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation type="unfinished">adaylar: %1</translation>
    </message>
    <message>
        <source>No districts yet; &quot;contacts districts --fill&quot; finds them from postcodes.</source>
        <translation type="unfinished">Henüz bölge yok; &quot;contacts districts --fill&quot; onları posta kodlarından bulur.</translation>
    </message>
    <message>
        <source>Fill districts from postcodes.</source>
        <translation type="unfinished">Bölgeleri posta kodlarından doldur.</translation>
    </message>
    <message>
        <source>List who still has districts to choose.</source>
        <translation type="unfinished">Hâlâ seçilecek bölgesi olanları listele.</translation>
    </message>
    <message>
        <source>Only this advocacy day&apos;s attendees.</source>
        <translation type="unfinished">Yalnızca bu savunuculuk gününün katılımcıları.</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished">gün</translation>
    </message>
    <message>
        <source>Only this legislature, such as us-congress or us-mi.</source>
        <translation type="unfinished">Yalnızca bu yasama organı, örneğin us-congress veya us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral (default house).</source>
        <translation type="unfinished">senate, house veya unicameral (varsayılan house).</translation>
    </message>
    <message>
        <source>Report what would be filled; write nothing.</source>
        <translation type="unfinished">Neyin doldurulacağını bildir; hiçbir şey yazma.</translation>
    </message>
    <message>
        <source>Choose the district, such as MI-12 for the U.S. House.</source>
        <translation type="unfinished">Bölgeyi seç, örneğin ABD Temsilciler Meclisi için MI-12.</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">bölge</translation>
    </message>
    <message>
        <source>The district held is right.</source>
        <translation type="unfinished">Kayıtlı bölge doğru.</translation>
    </message>
    <message>
        <source>Mark the district to be checked.</source>
        <translation type="unfinished">Bölgeyi kontrol edilecek olarak işaretle.</translation>
    </message>
    <message>
        <source>Give one of --fill, --ambiguous, --set, --confirm and --check-later.</source>
        <translation type="unfinished">--fill, --ambiguous, --set, --confirm ve --check-later seçeneklerinden birini verin.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose.</source>
        <translation type="unfinished">
            <numerusform>Seçilecek %n bölge.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;contacts districts&quot; takes one contact id, or --fill or --ambiguous.</source>
        <translation type="unfinished">&quot;contacts districts&quot; bir kişi kimliği ya da --fill veya --ambiguous alır.</translation>
    </message>
    <message>
        <source>--chamber takes senate, house or unicameral.</source>
        <translation type="unfinished">--chamber senate, house veya unicameral alır.</translation>
    </message>
    <message>
        <source>Count what would be added, updated and marked departed, and write nothing.</source>
        <translation type="unfinished">Neyin ekleneceğini, güncelleneceğini ve ayrılmış olarak işaretleneceğini say, hiçbir şey yazma.</translation>
    </message>
    <message>
        <source>Read PATH as a member list (CSV) of this legislature, by its code, such as gb-parliament.</source>
        <translation type="unfinished">PATH&apos;i bu yasama organının üye listesi (CSV) olarak oku; organ koduyla verilir, örneğin gb-parliament.</translation>
    </message>
    <message>
        <source>The legislature&apos;s name, for a new one, such as &quot;UK Parliament&quot;.</source>
        <translation type="unfinished">Yeni bir yasama organıysa adı, örneğin &quot;UK Parliament&quot;.</translation>
    </message>
    <message>
        <source>The legislature&apos;s country, such as GB.</source>
        <translation type="unfinished">Yasama organının ülkesi, örneğin GB.</translation>
    </message>
    <message>
        <source>The name of its upper chamber.</source>
        <translation type="unfinished">Üst meclisinin adı.</translation>
    </message>
    <message>
        <source>The name of its lower chamber, where members go when the list names none.</source>
        <translation type="unfinished">Alt meclisinin adı; liste meclis belirtmediğinde üyeler buraya girer.</translation>
    </message>
    <message>
        <source>The time zone of its capital, such as Europe/London.</source>
        <translation type="unfinished">Başkentinin saat dilimi, örneğin Europe/London.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated, for the columns a guess misses. Fields: %1.</source>
        <translation type="unfinished">Tahminin kaçırdığı sütunlar için virgülle ayrılmış FIELD=COLUMN çiftleri. Alanlar: %1.</translation>
    </message>
    <message>
        <source>--body takes a legislature&apos;s code, letters, digits and dashes such as gb-parliament; &quot;%1&quot; is none in this workspace.</source>
        <translation type="unfinished">--body bir yasama organının kodunu alır: harf, rakam ve tire, örneğin gb-parliament; &quot;%1&quot; bu çalışma alanında böyle bir kod değil.</translation>
    </message>
    <message>
        <source>%1 is a new legislature: give its name with --body-name.</source>
        <translation type="unfinished">%1 yeni bir yasama organı: adını --body-name ile verin.</translation>
    </message>
    <message>
        <source>--time-zone takes a zone such as Europe/London; &quot;%1&quot; is none.</source>
        <translation type="unfinished">--time-zone, Europe/London gibi bir saat dilimi alır; &quot;%1&quot; bir saat dilimi değil.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 members; %4 new, %5 updated, %6 unchanged, %7 no longer in office.</source>
        <translation type="unfinished">%1 (%2): %3 üye; %4 yeni, %5 güncellendi, %6 değişmedi, %7 artık görevde değil.</translation>
    </message>
    <message>
        <source>&quot;legislators import&quot; needs one path: legislators-current.csv, an Open States folder or download, or a member list with --body.</source>
        <translation type="unfinished">&quot;legislators import&quot; bir yol ister: legislators-current.csv, bir Open States klasörü ya da indirmesi veya --body ile bir üye listesi.</translation>
    </message>
    <message>
        <source>--map reads a member list: say whose with --body.</source>
        <translation type="unfinished">--map bir üye listesi okur: hangi organa ait olduğunu --body ile belirtin.</translation>
    </message>
    <message>
        <source>Where (default: the legislature&apos;s capital, such as Washington, DC).</source>
        <translation type="unfinished">Yer (varsayılan: yasama organının başkenti, örneğin Washington, DC).</translation>
    </message>
    <message>
        <source>Import the members of Congress built into this program instead of a file.</source>
        <translation type="unfinished">Bir dosya yerine bu programa gömülü Kongre üyelerini içe aktar.</translation>
    </message>
    <message>
        <source>--bundled imports the members of Congress built in: give no path, --body or --map with it.</source>
        <translation type="unfinished">--bundled gömülü Kongre üyelerini içe aktarır: yanında yol, --body veya --map vermeyin.</translation>
    </message>
    <message>
        <source>Say who is calling with --caller NAME: this workspace syncs with no server, so there is no user name to call as.</source>
        <translation type="unfinished">Kimin aradığını --caller AD ile belirtin: bu çalışma alanı hiçbir sunucuyla eşitlenmiyor, bu yüzden aranacak bir kullanıcı adı yok.</translation>
    </message>
    <message>
        <source>--answer takes QUESTION=ANSWER, such as plan=yes (&quot;%1&quot; is not).</source>
        <translation type="unfinished">--answer SORU=YANIT bekler, örneğin plan=yes (&quot;%1&quot; böyle değil).</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; takes one answer, and was given two.</source>
        <translation type="unfinished">&quot;%1&quot; sorusu tek yanıt alır, ama iki yanıt verildi.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Telefon: %1</translation>
    </message>
    <message>
        <source>%1 (as typed; check it)</source>
        <translation type="unfinished">%1 (yazıldığı gibi; kontrol edin)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished">Diller: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished">Adres: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) before in this campaign.</source>
        <translation type="unfinished">
            <numerusform>Bu kampanyada daha önce %n kez denendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Son iletişim: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Last contact: never</source>
        <translation type="unfinished">Son iletişim: hiç</translation>
    </message>
    <message>
        <source>Still to call: %1, this one included.</source>
        <translation type="unfinished">Aranacak kalan: %1, bu kişi dahil.</translation>
    </message>
    <message>
        <source>Record it with: majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=ANSWER]</source>
        <translation type="unfinished">Kaydetmek için: majlis-cli campaigns record %1 %2 --result CODE [--answer SORU=YANIT]</translation>
    </message>
    <message>
        <source>Nobody is left for %1 to call on %2.</source>
        <translation type="unfinished">%2 kampanyasında %1 için aranacak kimse kalmadı.</translation>
    </message>
    <message>
        <source>&quot;campaigns record&quot; needs the campaign and the person: campaigns record CAMPAIGN CONTACT --result CODE.</source>
        <translation type="unfinished">&quot;campaigns record&quot; kampanyayı ve kişiyi ister: campaigns record KAMPANYA KİŞİ --result CODE.</translation>
    </message>
    <message>
        <source>--result is one of %1.</source>
        <translation type="unfinished">--result şunlardan biridir: %1.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for %2 by %3.</source>
        <translation type="unfinished">%2 için &quot;%1&quot; kaydedildi, kaydeden %3.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2</source>
        <translation type="unfinished">Listede: %1; tamamlanan: %2</translation>
    </message>
    <message>
        <source>Attempts: %1; reached: %2 (%3%); pledges: %4; follow-ups: %5; opt-outs: %6</source>
        <translation type="unfinished">Deneme: %1; ulaşılan: %2 (yüzde %3); söz: %4; takip: %5; iletişim reddi: %6</translation>
    </message>
    <message>
        <source>Per volunteer:</source>
        <translation type="unfinished">Gönüllüye göre:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3 (%4%), pledges %5, from %6 to %7</source>
        <translation type="unfinished">  %1: deneme %2, ulaşılan %3 (yüzde %4), söz %5, %6 ile %7 arası</translation>
    </message>
    <message>
        <source>    check: %1</source>
        <translation type="unfinished">    kontrol edin: %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished">Yanıtlar:</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished">Güne göre:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3, pledges %4</source>
        <translation type="unfinished">  %1: deneme %2, ulaşılan %3, söz %4</translation>
    </message>
    <message>
        <source>--caller names the volunteer whose results to withdraw.</source>
        <translation type="unfinished">--caller, sonuçları geri çekilecek gönüllüyü belirtir.</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2026-11-01T14:00 (this computer&apos;s time, or end it with Z for UTC) or a day such as 2026-11-01.</source>
        <translation type="unfinished">--%1, 2026-11-01T14:00 gibi bir zaman (bu bilgisayarın saati; UTC için sonuna Z ekleyin) ya da 2026-11-01 gibi bir gün bekler.</translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation type="unfinished">--from, --to&apos;dan önce gelmelidir.</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %n result(s) by %1 from %2; those people can be called again.</source>
        <translation type="unfinished">
            <numerusform>%1 tarafından %2 kampanyasında girilen %n sonuç geri çekildi; bu kişiler yeniden aranabilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is calling (default: the user this workspace syncs as).</source>
        <translation type="unfinished">Kim arıyor (varsayılan: bu çalışma alanının eşitlendiği kullanıcı).</translation>
    </message>
    <message>
        <source>Pass over this person for now; repeatable.</source>
        <translation type="unfinished">Bu kişiyi şimdilik atla; tekrarlanabilir.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished">kişi</translation>
    </message>
    <message>
        <source>What came of it: %1.</source>
        <translation type="unfinished">Ne oldu: %1.</translation>
    </message>
    <message>
        <source>QUESTION=ANSWER from the script; repeatable. Several answers to a multiple-choice question: QUESTION=A,B.</source>
        <translation type="unfinished">Senaryodan SORU=YANIT; tekrarlanabilir. Çoktan seçmeli bir soruya birden fazla yanıt: SORU=A,B.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished">yanıt</translation>
    </message>
    <message>
        <source>refused or hostile: the person is never contacted again.</source>
        <translation type="unfinished">refused ya da hostile: kişiyle bir daha asla iletişim kurulmaz.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished">neden</translation>
    </message>
    <message>
        <source>The number dialled, when not the card&apos;s (marked bad by wrong_number or disconnected).</source>
        <translation type="unfinished">Kartınki değilse aranan numara (wrong_number ya da disconnected ile geçersiz işaretlenir).</translation>
    </message>
    <message>
        <source>The volunteer whose results to withdraw.</source>
        <translation type="unfinished">Sonuçları geri çekilecek gönüllü.</translation>
    </message>
    <message>
        <source>Only results recorded from this time on.</source>
        <translation type="unfinished">Yalnızca bu zamandan itibaren kaydedilen sonuçlar.</translation>
    </message>
    <message>
        <source>Only results recorded up to this time.</source>
        <translation type="unfinished">Yalnızca bu zamana kadar kaydedilen sonuçlar.</translation>
    </message>
    <message>
        <source>Election day, such as 2026-11-03.</source>
        <translation type="unfinished">Seçim günü, örneğin 2026-11-03.</translation>
    </message>
    <message>
        <source>Where it is held, such as Michigan or Dearborn.</source>
        <translation type="unfinished">Nerede yapıldığı, örneğin Michigan ya da Dearborn.</translation>
    </message>
    <message>
        <source>The chapter mobilizing for it.</source>
        <translation type="unfinished">Bunun için seferber olan şube.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns elections %1&quot;; use add or list.</source>
        <translation type="unfinished">bilinmeyen komut &quot;campaigns elections %1&quot;; add ya da list kullanın.</translation>
    </message>
    <message>
        <source>--date takes the election day, such as 2026-11-03.</source>
        <translation type="unfinished">--date seçim gününü bekler, örneğin 2026-11-03.</translation>
    </message>
    <message>
        <source>Added the election %1 on %2 (%3).</source>
        <translation type="unfinished">%2 tarihli %1 seçimi eklendi (%3).</translation>
    </message>
    <message>
        <source>No elections yet. Add one with &quot;majlis-cli campaigns elections add NAME --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Henüz seçim yok. &quot;majlis-cli campaigns elections add AD --date YYYY-AA-GG&quot; ile bir tane ekleyin.</translation>
    </message>
    <message>
        <source>phone (a phone bank), door (door knocking) or gotv (get out the vote).</source>
        <translation type="unfinished">phone (telefon kampanyası), door (kapı kapı ziyaret) ya da gotv (oy verdirme).</translation>
    </message>
    <message>
        <source>The script: a YAML or JSON file with the introduction and questions.</source>
        <translation type="unfinished">Senaryo: giriş ve sorularla bir YAML ya da JSON dosyası.</translation>
    </message>
    <message>
        <source>The election it is for, by name or id.</source>
        <translation type="unfinished">İlgili olduğu seçim, adıyla ya da kimliğiyle.</translation>
    </message>
    <message>
        <source>election</source>
        <translation type="unfinished">seçim</translation>
    </message>
    <message>
        <source>The chapter running it (default: the whole organization).</source>
        <translation type="unfinished">Yürüten şube (varsayılan: tüm kuruluş).</translation>
    </message>
    <message>
        <source>First day, such as 2026-10-01.</source>
        <translation type="unfinished">İlk gün, örneğin 2026-10-01.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished">Son gün.</translation>
    </message>
    <message>
        <source>Give the campaign a name: &quot;campaigns create NAME --kind phone --script FILE&quot;.</source>
        <translation type="unfinished">Kampanyaya bir ad verin: &quot;campaigns create AD --kind phone --script DOSYA&quot;.</translation>
    </message>
    <message>
        <source>--kind is one of phone, door, gotv.</source>
        <translation type="unfinished">--kind şunlardan biridir: phone, door, gotv.</translation>
    </message>
    <message>
        <source>--script names the script file (YAML or JSON).</source>
        <translation type="unfinished">--script senaryo dosyasını belirtir (YAML ya da JSON).</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-01.</source>
        <translation type="unfinished">--%1, 2026-10-01 gibi bir tarih bekler.</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished">%1 senaryosu okunamıyor: %2</translation>
    </message>
    <message>
        <source>The script %1: %2</source>
        <translation type="unfinished">%1 senaryosu: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2). Kind: %3; %n question(s) in its script.</source>
        <translation type="unfinished">
            <numerusform>%1 (%2) oluşturuldu. Tür: %3; senaryosunda %n soru var.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished">kapalı</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">açık</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &quot;majlis-cli campaigns create NAME --kind phone --script FILE.yaml&quot;.</source>
        <translation type="unfinished">Henüz kampanya yok. &quot;majlis-cli campaigns create AD --kind phone --script DOSYA.yaml&quot; ile bir tane oluşturun.</translation>
    </message>
    <message>
        <source>Election: %1 on %2</source>
        <translation type="unfinished">Seçim: %1, %2</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation type="unfinished">Tarihler: %1 - %2</translation>
    </message>
    <message>
        <source>Closed: it takes no more results.</source>
        <translation type="unfinished">Kapalı: artık sonuç almıyor.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2; attempts: %3; reached: %4</source>
        <translation type="unfinished">Listede: %1; tamamlanan: %2; deneme: %3; ulaşılan: %4</translation>
    </message>
    <message>
        <source>  still to call for %1: %2</source>
        <translation type="unfinished">  %1 için aranacak kalan: %2</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(henüz kimse)</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished">Senaryo:</translation>
    </message>
    <message>
        <source>People with this tag; repeat for any of several.</source>
        <translation type="unfinished">Bu etiketi taşıyan kişiler; birkaçından herhangi biri için tekrarlayın.</translation>
    </message>
    <message>
        <source>People of this chapter.</source>
        <translation type="unfinished">Bu şubenin kişileri.</translation>
    </message>
    <message>
        <source>People who speak this language, such as ar.</source>
        <translation type="unfinished">Bu dili konuşan kişiler, örneğin ar.</translation>
    </message>
    <message>
        <source>People in this U.S. state, two letters.</source>
        <translation type="unfinished">Bu ABD eyaletindeki kişiler, iki harf.</translation>
    </message>
    <message>
        <source>With --district: the legislature, such as us-mi.</source>
        <translation type="unfinished">--district ile: yasama organı, örneğin us-mi.</translation>
    </message>
    <message>
        <source>People in this district of --body.</source>
        <translation type="unfinished">--body&apos;nin bu seçim bölgesindeki kişiler.</translation>
    </message>
    <message>
        <source>People who checked in at this event.</source>
        <translation type="unfinished">Bu etkinliğe giriş yapan kişiler.</translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished">etkinlik</translation>
    </message>
    <message>
        <source>People with this voter-registration status at any drive: %1.</source>
        <translation type="unfinished">Herhangi bir çalışmada bu seçmen kaydı durumuna sahip kişiler: %1.</translation>
    </message>
    <message>
        <source>With --question and --answer: people who gave that answer in this campaign.</source>
        <translation type="unfinished">--question ve --answer ile: bu kampanyada o yanıtı veren kişiler.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished">kampanya</translation>
    </message>
    <message>
        <source>The question&apos;s key.</source>
        <translation type="unfinished">Sorunun anahtarı.</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">anahtar</translation>
    </message>
    <message>
        <source>The answer&apos;s key.</source>
        <translation type="unfinished">Yanıtın anahtarı.</translation>
    </message>
    <message>
        <source>With --pledged or --not-voted: the election.</source>
        <translation type="unfinished">--pledged ya da --not-voted ile: seçim.</translation>
    </message>
    <message>
        <source>People who pledged to vote in --election.</source>
        <translation type="unfinished">--election seçiminde oy vermeye söz veren kişiler.</translation>
    </message>
    <message>
        <source>People not yet marked as voted in --election.</source>
        <translation type="unfinished">--election seçiminde henüz oy vermiş olarak işaretlenmemiş kişiler.</translation>
    </message>
    <message>
        <source>Say how many would be added, and add nobody.</source>
        <translation type="unfinished">Kaç kişinin ekleneceğini söyle, kimseyi ekleme.</translation>
    </message>
    <message>
        <source>--state takes two letters, such as MI.</source>
        <translation type="unfinished">--state iki harf bekler, örneğin MI.</translation>
    </message>
    <message>
        <source>--body and --district go together: the district of which legislature.</source>
        <translation type="unfinished">--body ve --district birlikte kullanılır: hangi yasama organının seçim bölgesi.</translation>
    </message>
    <message>
        <source>--voter-status is one of %1.</source>
        <translation type="unfinished">--voter-status şunlardan biridir: %1.</translation>
    </message>
    <message>
        <source>--answered, --question and --answer go together: who gave which answer where.</source>
        <translation type="unfinished">--answered, --question ve --answer birlikte kullanılır: kim nerede hangi yanıtı verdi.</translation>
    </message>
    <message>
        <source>--election goes with --pledged or --not-voted.</source>
        <translation type="unfinished">--election, --pledged ya da --not-voted ile kullanılır.</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n person(s) to the list of %1; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform>%1 listesine %n kişi eklenecekti; hiçbir şey değiştirilmedi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%1 listesine %n kişi eklendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">tamamlandı</translation>
    </message>
    <message>
        <source>Nobody is on the list yet. Add people with &quot;majlis-cli campaigns build %1 --tag TAG&quot;.</source>
        <translation type="unfinished">Listede henüz kimse yok. &quot;majlis-cli campaigns build %1 --tag ETİKET&quot; ile kişi ekleyin.</translation>
    </message>
    <message>
        <source>Split the list with --to a,b,c (by count) or --by-language NAME=LANG,LANG (repeat per volunteer), not both.</source>
        <translation type="unfinished">Listeyi --to a,b,c (sayıya göre) ya da --by-language AD=DİL,DİL (her gönüllü için tekrarlayarak) ile paylaştırın, ikisini birden değil.</translation>
    </message>
    <message>
        <source>--by-language takes NAME=LANG,LANG, such as amina=ar,en.</source>
        <translation type="unfinished">--by-language AD=DİL,DİL bekler, örneğin amina=ar,en.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n person(s) on the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%1 listesinde %n kişi atandı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n to call</source>
        <translation type="unfinished">
            <numerusform>  %1: aranacak %n</numerusform>
        </translation>
    </message>
    <message>
        <source>--out names the CSV file to write.</source>
        <translation type="unfinished">--out yazılacak CSV dosyasını belirtir.</translation>
    </message>
    <message>
        <source>--volunteer goes with --list: one volunteer&apos;s share of the list.</source>
        <translation type="unfinished">--volunteer, --list ile kullanılır: bir gönüllünün listedeki payı.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to call or visit to %1.</source>
        <translation type="unfinished">
            <numerusform>Aranacak ya da ziyaret edilecek %n kişi %1 dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n sonuç %1 dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the campaign, by the id &quot;campaigns list&quot; shows or by its name.</source>
        <translation type="unfinished">Kampanyayı &quot;campaigns list&quot; komutunun gösterdiği kimlikle ya da adıyla belirtin.</translation>
    </message>
    <message>
        <source>Volunteers to split the list among by count, such as amina,bilal.</source>
        <translation type="unfinished">Listenin sayıya göre paylaştırılacağı gönüllüler, örneğin amina,bilal.</translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished">adlar</translation>
    </message>
    <message>
        <source>A volunteer and the languages they call in, such as amina=ar,en; repeat per volunteer.</source>
        <translation type="unfinished">Bir gönüllü ve aradığı diller, örneğin amina=ar,en; her gönüllü için tekrarlayın.</translation>
    </message>
    <message>
        <source>name=languages</source>
        <translation type="unfinished">ad=diller</translation>
    </message>
    <message>
        <source>Take back only this volunteer&apos;s share.</source>
        <translation type="unfinished">Yalnızca bu gönüllünün payını geri al.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished">Yazılacak CSV dosyası.</translation>
    </message>
    <message>
        <source>Write the list to call or walk instead of the results.</source>
        <translation type="unfinished">Sonuçlar yerine aranacak ya da dolaşılacak listeyi yaz.</translation>
    </message>
    <message>
        <source>With --list: only this volunteer&apos;s share.</source>
        <translation type="unfinished">--list ile: yalnızca bu gönüllünün payı.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns %1&quot;; use elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close or export.</source>
        <translation type="unfinished">bilinmeyen komut &quot;campaigns %1&quot;; elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close ya da export kullanın.</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from every volunteer.</source>
        <translation type="unfinished">
            <numerusform>Tüm gönüllülerden %n kişi geri alındı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from %1.</source>
        <translation type="unfinished">
            <numerusform>%1 adlı gönüllüden %n kişi geri alındı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1: it takes no more results, and its assignments have ended.</source>
        <translation type="unfinished">%1 kapatıldı: artık sonuç almıyor ve atamaları sona erdi.</translation>
    </message>
    <message>
        <source>(district unknown)</source>
        <translation type="unfinished">(seçim bölgesi bilinmiyor)</translation>
    </message>
    <message>
        <source>Pledged: %1; of them voted: %2; everyone marked voted: %3</source>
        <translation type="unfinished">Söz veren: %1; bunlardan oy veren: %2; toplam oy vermiş işaretli: %3</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 pledged have voted</source>
        <translation type="unfinished">  %1: söz veren %3 kişiden %2 kişi oy verdi</translation>
    </message>
    <message>
        <source>Everyone who pledged to vote in %1 has voted (or nobody pledged yet).</source>
        <translation type="unfinished">%1 seçiminde oy vermeye söz veren herkes oy verdi (ya da henüz kimse söz vermedi).</translation>
    </message>
    <message>
        <source>Name the people who voted, by contact id: gotv voted ELECTION ID...</source>
        <translation type="unfinished">Oy verenleri kişi kimliğiyle belirtin: gotv voted SEÇİM ID...</translation>
    </message>
    <message numerus="yes">
        <source>Took back the vote of %n person(s) in %1.</source>
        <translation type="unfinished">
            <numerusform>%1 seçiminde %n kişinin oyu geri alındı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) as having voted in %1.</source>
        <translation type="unfinished">
            <numerusform>%1 seçiminde %n kişi oy vermiş olarak işaretlendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the mark back: they have not voted after all.</source>
        <translation type="unfinished">İşareti geri al: aslında oy vermediler.</translation>
    </message>
    <message>
        <source>unknown command &quot;gotv %1&quot;; use summary, chase or voted.</source>
        <translation type="unfinished">bilinmeyen komut &quot;gotv %1&quot;; summary, chase ya da voted kullanın.</translation>
    </message>
    <message>
        <source>Name the election, by the id &quot;campaigns elections list&quot; shows or by its name.</source>
        <translation type="unfinished">Seçimi &quot;campaigns elections list&quot; komutunun gösterdiği kimlikle ya da adıyla belirtin.</translation>
    </message>
</context>
<context>
    <name>majlis::languages</name>
    <message>
        <source>, </source>
        <comment>between two languages in a list</comment>
        <translation type="unfinished">, </translation>
    </message>
</context>
</TS>
